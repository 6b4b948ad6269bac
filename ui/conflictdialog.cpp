// SPDX-License-Identifier: MIT
#include "conflictdialog.h"
#include "changecompare.h"
#include "changedescription.h"
#include "diffview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QString shown(const ChangeOperation& op, const QJsonValue& value)
{
    if (op.target.type == TargetType::Ownership)
        return value.toObject().value(u"raw"_s).toString();
    const QJsonValue normalized = normalizeForCompare(value, op.target.type);
    return normalized.isObject() ? QString::fromUtf8(QJsonDocument(normalized.toObject()).toJson(QJsonDocument::Indented))
                                 : displayValue(normalized);
}

QWidget* column(const QString& title, const QString& text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box));
    auto* edit = new QPlainTextEdit(text, box);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(edit);
    return box;
}

} // namespace

ConflictDialog::ConflictDialog(const ChangeOperation& op, const PushOutcome& outcome, QWidget* parent)
    : QDialog(parent)
    , m_op(op)
    , m_outcome(outcome)
{
    setWindowTitle(tr("Conflict: %1").arg(operationLabel(op)));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 changed on the server since your change was planned (%2). Nothing was "
                                "written. Choose how to go on:")
                                 .arg(operationLabel(op), outcome.fields.join(u", "_s)),
                             this);
    intro->setTextFormat(Qt::PlainText); // object names come from the server: never rich text
    layout->addWidget(intro);
    auto* columns = new QHBoxLayout;
    columns->addWidget(column(tr("Base (as fetched)"), shown(op, outcome.base), this));
    columns->addWidget(column(tr("Mine (your draft)"), shown(op, outcome.mine), this));
    columns->addWidget(column(tr("Theirs (server now)"), shown(op, outcome.theirs), this));
    layout->addLayout(columns, 1);
    auto* theirsDiff = new QTextBrowser(this);
    theirsDiff->setHtml(u"<p><b>%1</b></p>"_s.arg(tr("What changed on the server (base → theirs):").toHtmlEscaped())
                        + unifiedDiffHtml(shown(op, outcome.base), shown(op, outcome.theirs)));
    layout->addWidget(theirsDiff, 1);

    buildMergeSection(layout);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* rebase = buttons->addButton(tr("Re-base my edit on theirs"), QDialogButtonBox::AcceptRole);
    QPushButton* overwrite = buttons->addButton(tr("Overwrite theirs"), QDialogButtonBox::DestructiveRole);
    QPushButton* skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    rebase->setObjectName(u"rebaseButton"_s);
    overwrite->setObjectName(u"overwriteButton"_s);
    skip->setObjectName(u"skipButton"_s);
    overwrite->setToolTip(tr("Write your version over the server's: their change is lost."));
    m_rebaseButton = rebase;
    connect(rebase, &QPushButton::clicked, this, [this] { choose(Rebase); });
    connect(overwrite, &QPushButton::clicked, this, [this] { choose(Overwrite); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(Skip); });
    updateRebaseEnabled();
    layout->addWidget(buttons);
    resize(1000, 600);
}

void ConflictDialog::choose(Resolution resolution)
{
    m_resolution = resolution;
    emit resolved(resolution);
    if (resolution == Skip)
        reject();
    else
        accept();
}

void ConflictDialog::buildMergeSection(QVBoxLayout* layout)
{
    m_rebase = rebasedOperation(m_op, m_outcome.theirs);
    const bool ownership = m_op.target.type == TargetType::Ownership;
    QStringList fields;
    for (const MergeConflict& c : m_rebase.conflicts)
        if (!(ownership && c.path == "raw"_L1))
            fields.append(c.path);
    m_mergeStatus = new QLabel(this);
    m_mergeStatus->setObjectName(u"mergeStatus"_s);
    m_mergeStatus->setWordWrap(true);
    layout->addWidget(m_mergeStatus);
    if (ownership) {
        // The re-based rules: both sides' separate edits applied; overlapping ones between markers
        // for the admin to resolve here before re-basing.
        m_mergedText = new QPlainTextEdit(m_rebase.operation.desired.toObject().value(u"raw"_s).toString(), this);
        m_mergedText->setObjectName(u"mergedText"_s);
        m_mergedText->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(m_mergedText, 1);
        connect(m_mergedText, &QPlainTextEdit::textChanged, this, &ConflictDialog::updateRebaseEnabled);
    }
    if (!fields.isEmpty()) {
        m_fieldChoices = new QTreeWidget(this);
        m_fieldChoices->setObjectName(u"conflictFields"_s);
        m_fieldChoices->setHeaderLabels({tr("Field changed on both sides"), tr("Mine"), tr("Theirs"), tr("Keep")});
        m_fieldChoices->setRootIsDecorated(false);
        for (const MergeConflict& c : std::as_const(m_rebase.conflicts)) {
            if (!fields.contains(c.path))
                continue;
            auto* item = new QTreeWidgetItem(m_fieldChoices, {c.path, displayValue(c.mine), displayValue(c.theirs)});
            item->setToolTip(1, displayValue(c.mine));
            item->setToolTip(2, displayValue(c.theirs));
            auto* choice = new QComboBox(m_fieldChoices);
            choice->addItems({tr("Choose…"), tr("Mine"), tr("Theirs")});
            m_fieldChoices->setItemWidget(item, 3, choice);
            connect(choice, &QComboBox::currentIndexChanged, this, &ConflictDialog::updateRebaseEnabled);
        }
        m_fieldChoices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        layout->addWidget(m_fieldChoices, 1);
    }
}

bool ConflictDialog::mergeResolved() const
{
    if (m_mergedText && hasConflictMarkers(m_mergedText->toPlainText()))
        return false;
    if (m_fieldChoices) {
        for (int i = 0; i < m_fieldChoices->topLevelItemCount(); ++i) {
            auto* choice = qobject_cast<QComboBox*>(m_fieldChoices->itemWidget(m_fieldChoices->topLevelItem(i), 3));
            if (choice && choice->currentIndex() == 0)
                return false;
        }
    }
    return true;
}

void ConflictDialog::updateRebaseEnabled()
{
    const bool resolved = mergeResolved();
    if (m_rebaseButton)
        m_rebaseButton->setEnabled(resolved);
    if (m_rebase.clean())
        m_mergeStatus->setText(tr("Re-base keeps the server's change and applies yours on top (below)."));
    else if (!resolved)
        m_mergeStatus->setText(tr("Both sides changed the same part. Resolve it below (remove the <<<<<<< / "
                                  "======= / >>>>>>> lines, or choose a side per field) to re-base, or overwrite "
                                  "the server's version."));
    else
        m_mergeStatus->setText(tr("Conflicts resolved: Re-base writes the result below."));
}

QJsonValue ConflictDialog::mergedDesired() const
{
    QJsonValue desired = m_rebase.operation.desired;
    if (m_fieldChoices) {
        for (int i = 0; i < m_fieldChoices->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_fieldChoices->topLevelItem(i);
            auto* choice = qobject_cast<QComboBox*>(m_fieldChoices->itemWidget(item, 3));
            const QString path = item->text(0);
            for (const MergeConflict& c : m_rebase.conflicts)
                if (c.path == path && choice && choice->currentIndex() == 2)
                    desired = withValueAt(desired, path, c.theirs);
        }
    }
    if (m_mergedText)
        desired = withValueAt(desired, u"raw"_s, m_mergedText->toPlainText());
    return desired;
}

ChangeOperation ConflictDialog::resolvedOperation() const
{
    switch (m_resolution) {
    case Rebase: return withDesired(m_op, m_outcome.theirs, mergedDesired());
    case Overwrite: return overwritingOperation(m_op, m_outcome.theirs);
    case Skip: break;
    }
    return m_op;
}

} // namespace sc
