// SPDX-License-Identifier: MIT
#include "diffview.h"
#include "changecompare.h"
#include "textdiff.h"

#include <QJsonDocument>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

const char* kAddBg = "#d7f5dd";
const char* kDelBg = "#fbdde0";
const char* kAddStrong = "#8fdf9f";
const char* kDelStrong = "#f2a5ad";

QString indentedJson(const QJsonValue& value, TargetType type)
{
    const QJsonValue normalized = normalizeForCompare(value, type);
    if (normalized.isObject())
        return QString::fromUtf8(QJsonDocument(normalized.toObject()).toJson(QJsonDocument::Indented));
    if (normalized.isArray())
        return QString::fromUtf8(QJsonDocument(normalized.toArray()).toJson(QJsonDocument::Indented));
    return normalized.isNull() || normalized.isUndefined() ? QString() : displayValue(normalized) + u'\n';
}

QString segmentsHtml(const QList<TextSegment>& segments, const char* strong)
{
    QString html;
    for (const TextSegment& s : segments) {
        const QString text = s.text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
        html += s.changed ? u"<span style=\"background:%1\">%2</span>"_s.arg(QLatin1String(strong), text) : text;
    }
    return html;
}

QTextBrowser* makeBrowser(QWidget* parent)
{
    auto* browser = new QTextBrowser(parent);
    browser->setOpenLinks(false);
    browser->setLineWrapMode(QTextEdit::NoWrap);
    return browser;
}

} // namespace

QString unifiedDiffHtml(const QString& before, const QString& after)
{
    const QString diff = unifiedDiff(before, after, QObject::tr("server"), QObject::tr("draft"));
    if (diff.isEmpty())
        return u"<p><i>%1</i></p>"_s.arg(QObject::tr("No difference.").toHtmlEscaped());
    QString html = u"<pre style=\"font-family:monospace\">"_s;
    for (const QString& line : diff.split(u'\n', Qt::SkipEmptyParts)) {
        const QString text = line.toHtmlEscaped();
        if (line.startsWith(u"+++"_s) || line.startsWith(u"---"_s))
            html += u"<b>%1</b>\n"_s.arg(text);
        else if (line.startsWith(u'+'))
            html += u"<span style=\"background:%1\">%2</span>\n"_s.arg(QLatin1String(kAddBg), text);
        else if (line.startsWith(u'-'))
            html += u"<span style=\"background:%1\">%2</span>\n"_s.arg(QLatin1String(kDelBg), text);
        else if (line.startsWith(u"@@"_s))
            html += u"<span style=\"color:#6a4fb3\">%1</span>\n"_s.arg(text);
        else
            html += text + u'\n';
    }
    return html + u"</pre>"_s;
}

QString sideBySideHtml(const QString& before, const QString& after)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-family:monospace\">"_s;
    html += u"<tr><th></th><th align=\"left\">%1</th><th></th><th align=\"left\">%2</th></tr>"_s.arg(
        QObject::tr("server").toHtmlEscaped(), QObject::tr("draft").toHtmlEscaped());
    for (const SideBySideRow& row : sideBySideDiff(before, after)) {
        const bool left = row.kind == SideBySideRow::Removed || row.kind == SideBySideRow::Changed;
        const bool right = row.kind == SideBySideRow::Added || row.kind == SideBySideRow::Changed;
        html += u"<tr><td style=\"color:#888\">%1</td><td width=\"50%\" style=\"%2\">%3</td>"
                "<td style=\"color:#888\">%4</td><td width=\"50%\" style=\"%5\">%6</td></tr>"_s
                    .arg(row.oldLine ? QString::number(row.oldLine) : QString(),
                         left ? u"background:%1"_s.arg(QLatin1String(kDelBg)) : QString(),
                         segmentsHtml(row.left, kDelStrong),
                         row.newLine ? QString::number(row.newLine) : QString(),
                         right ? u"background:%1"_s.arg(QLatin1String(kAddBg)) : QString(),
                         segmentsHtml(row.right, kAddStrong));
    }
    return html + u"</table>"_s;
}

DiffView::DiffView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_changes = makeBrowser(m_tabs);
    m_unified = makeBrowser(m_tabs);
    m_sideBySide = makeBrowser(m_tabs);
    m_rawJson = makeBrowser(m_tabs);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_unified, tr("Unified"));
    m_tabs->addTab(m_sideBySide, tr("Side by side"));
    m_tabs->addTab(m_rawJson, tr("Raw JSON"));
    layout->addWidget(m_tabs);
    clear();
}

void DiffView::clear()
{
    m_changes->setHtml(u"<p><i>%1</i></p>"_s.arg(tr("Select an operation to see what it changes.").toHtmlEscaped()));
    m_unified->clear();
    m_sideBySide->clear();
    m_rawJson->clear();
    m_tabs->setTabEnabled(UnifiedTab, false);
    m_tabs->setTabEnabled(SideBySideTab, false);
}

void DiffView::setOperation(const ChangeOperation& op, const DiffLabels& labels)
{
    QString html = u"<p><b>%1</b> — %2 %3</p><ul>"_s.arg(op.id.toHtmlEscaped(), operationKindName(op.kind),
                                                         op.summary.toHtmlEscaped());
    const QList<DiffLine> lines = describeOperation(op, labels);
    for (const DiffLine& line : lines) {
        const char* colour = line.kind == DiffLine::Added || line.kind == DiffLine::Created ? "#1a7f37"
                             : line.kind == DiffLine::Removed || line.kind == DiffLine::Deleted ? "#c62828"
                                                                                                 : "#8a5a00";
        html += u"<li><span style=\"color:%1\">%2</span></li>"_s.arg(QLatin1String(colour), line.toString().toHtmlEscaped());
    }
    if (lines.isEmpty())
        html += u"<li><i>%1</i></li>"_s.arg(tr("No visible change (server-managed fields and order are ignored).").toHtmlEscaped());
    html += u"</ul><p style=\"color:#666\">%1 %2</p>"_s.arg(op.request.method.toHtmlEscaped(), op.request.path.toHtmlEscaped());
    m_changes->setHtml(html);

    const bool ownership = op.target.type == TargetType::Ownership;
    m_tabs->setTabEnabled(UnifiedTab, ownership);
    m_tabs->setTabEnabled(SideBySideTab, ownership);
    if (ownership) {
        const QString before = op.base.toObject().value(u"raw"_s).toString();
        const QString after = op.desired.toObject().value(u"raw"_s).toString();
        m_unified->setHtml(unifiedDiffHtml(before, after));
        m_sideBySide->setHtml(sideBySideHtml(before, after));
    } else {
        m_unified->clear();
        m_sideBySide->clear();
    }
    m_rawJson->setHtml(unifiedDiffHtml(indentedJson(op.base, op.target.type), indentedJson(op.desired, op.target.type)));
}

QString DiffView::tabText(Tab tab) const
{
    switch (tab) {
    case ChangesTab: return m_changes->toPlainText();
    case UnifiedTab: return m_unified->toPlainText();
    case SideBySideTab: return m_sideBySide->toPlainText();
    case RawJsonTab: return m_rawJson->toPlainText();
    }
    return {};
}

void DiffView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

} // namespace sc
