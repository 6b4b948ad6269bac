// SPDX-License-Identifier: MIT
#include "conflictdialog.h"
#include "changecompare.h"
#include "changedescription.h"
#include "diffview.h"
#include "pushengine.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QString shown(const ChangeOperation& op, const QJsonValue& value)
{
    if (op.target.type == "ownership"_L1)
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

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* rebase = buttons->addButton(tr("Re-base my edit on theirs"), QDialogButtonBox::AcceptRole);
    QPushButton* overwrite = buttons->addButton(tr("Overwrite theirs"), QDialogButtonBox::DestructiveRole);
    QPushButton* skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    rebase->setObjectName(u"rebaseButton"_s);
    overwrite->setObjectName(u"overwriteButton"_s);
    skip->setObjectName(u"skipButton"_s);
    connect(rebase, &QPushButton::clicked, this, [this] { choose(Rebase); });
    connect(overwrite, &QPushButton::clicked, this, [this] { choose(Overwrite); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(Skip); });
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

ChangeOperation ConflictDialog::resolvedOperation() const
{
    switch (m_resolution) {
    case Rebase: return PushEngine::rebased(m_op, m_outcome.theirs);
    case Overwrite: return PushEngine::overwriting(m_op, m_outcome.theirs);
    case Skip: break;
    }
    return m_op;
}

} // namespace sc
