// SPDX-License-Identifier: MIT
#include "tierpolicyeditor.h"
#include "consolesession.h"
#include "tierpolicytext.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace sc {

namespace {
QStringList pathOf(const QString& dotted)
{
    return dotted.split(QLatin1Char('.'));
}
} // namespace

TierPolicyEditor::TierPolicyEditor(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* formScroll = new QScrollArea(splitter);
    formScroll->setWidgetResizable(true);
    auto* formContainer = new QWidget(formScroll);
    buildForm(formContainer);
    formScroll->setWidget(formContainer);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Policy file (YAML)"), right));
    m_text = new QPlainTextEdit(right);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    rightLayout->addWidget(m_text, 3);
    m_problems = new QListWidget(right);
    m_problems->setMaximumHeight(110);
    rightLayout->addWidget(m_problems, 1);
    splitter->addWidget(formScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // file paths and YAML texts: never rich text
    m_apply = new QPushButton(tr("Apply to Audit"), this);
    auto* reset = new QPushButton(tr("Reset to Default"), this);
    auto* save = new QPushButton(tr("Save As…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(reset);
    buttons->addWidget(save);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TierPolicyEditor::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TierPolicyEditor::scheduleValidation);
    connect(m_apply, &QPushButton::clicked, this, &TierPolicyEditor::apply);
    connect(reset, &QPushButton::clicked, this, [this] { setText(TierPolicy::defaultPolicyText()); });
    connect(save, &QPushButton::clicked, this, &TierPolicyEditor::saveAs);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_text->document()->findBlockByNumber(line - 1));
        m_text->setTextCursor(cursor);
        m_text->setFocus();
    });

    const QString initial = m_session ? m_session->policy().toYaml() : TierPolicy::defaultPolicyText();
    setText(initial);
}

void TierPolicyEditor::buildForm(QWidget* container)
{
    auto* layout = new QVBoxLayout(container);
    auto addField = [this](QFormLayout* form, const QString& label, const QString& path) {
        auto* edit = new QLineEdit(form->parentWidget());
        edit->setObjectName(path);
        form->addRow(label, edit);
        m_fields.insert(path, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, path] { fieldEdited(path); });
    };
    struct PartRow { const char* key; QString label; };
    const QList<std::pair<QString, QList<PartRow>>> tiers = {
        {QStringLiteral("P0"), {{"errors", tr("Errors per minute above")}, {"crash-free", tr("Crash-free rate below (%)")}}},
        {QStringLiteral("P1"), {}},
        {QStringLiteral("P2"), {{"p95", tr("P95 duration above (ms)")}, {"apdex", tr("Apdex below")}}},
        {QStringLiteral("P3"), {}},
    };
    const QStringList titles = {tr("P0 critical: PagerDuty"), tr("P1 warning: new or regressed issue"),
                                tr("P2 performance"), tr("P3 info: new issue")};
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString tier = tiers.at(i).first;
        auto* box = new QGroupBox(titles.at(i), container);
        auto* form = new QFormLayout(box);
        const QString base = QStringLiteral("tiers.") + tier;
        addField(form, tr("Environment"), base + QStringLiteral(".environment"));
        for (const PartRow& part : tiers.at(i).second) {
            const QString partPath = base + QStringLiteral(".parts.") + QLatin1String(part.key);
            addField(form, part.label, partPath + QStringLiteral(".threshold"));
            addField(form, tr("%1: window (s)").arg(QLatin1String(part.key)), partPath + QStringLiteral(".window"));
        }
        if (tier == QLatin1String("P0"))
            addField(form, tr("PagerDuty service"), base + QStringLiteral(".action.service"));
        else
            addField(form, tr("Slack channel"), base + QStringLiteral(".action.channel"));
        layout->addWidget(box);
    }
    auto* hint = new QLabel(tr("Routing per team and overrides per project are edited in the file."), container);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
}

QString TierPolicyEditor::text() const
{
    return m_text->toPlainText();
}

void TierPolicyEditor::setText(const QString& text)
{
    m_text->setPlainText(text);
    validate();
}

QStringList TierPolicyEditor::problems() const
{
    QStringList list;
    for (int i = 0; i < m_problems->count(); ++i)
        list.append(m_problems->item(i)->text());
    return list;
}

void TierPolicyEditor::scheduleValidation()
{
    m_debounce->start();
}

void TierPolicyEditor::validate()
{
    m_debounce->stop();
    const QString source = QStringLiteral("policy");
    QList<PolicyDiagnostic> diagnostics = TierPolicy::check(text(), source);
    m_valid.reset();
    if (diagnostics.isEmpty()) {
        Result<TierPolicy> policy = TierPolicy::fromYaml(text(), source);
        if (policy) {
            if (m_session && m_session->hasSnapshot())
                diagnostics = policy->validateFor(m_session->snapshot());
            if (diagnostics.isEmpty())
                m_valid = *policy;
        }
    }
    m_problems->clear();
    for (const PolicyDiagnostic& d : std::as_const(diagnostics)) {
        auto* item = new QListWidgetItem(d.where.line > 0 ? tr("line %1: %2").arg(d.where.line).arg(d.message) : d.message,
                                         m_problems);
        item->setData(Qt::UserRole, d.where.line);
        item->setForeground(Qt::darkRed);
    }
    m_problems->setVisible(!diagnostics.isEmpty());
    m_status->setText(diagnostics.isEmpty() ? tr("The policy is valid.")
                                            : tr("%n problem(s) in the policy.", nullptr, int(diagnostics.size())));
    m_apply->setEnabled(m_valid.has_value() && m_session);
    updateForm();
}

void TierPolicyEditor::updateForm()
{
    m_updatingForm = true;
    const QString current = text();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const std::optional<QString> value = TierPolicyText::value(current, pathOf(it.key()));
        QLineEdit* edit = it.value();
        // A value absent from the file (e.g. a PagerDuty service resolved per team) is edited in the text.
        edit->setEnabled(value.has_value());
        edit->setPlaceholderText(value ? QString() : tr("not set in the file (resolved per team)"));
        if (value && !edit->hasFocus())
            edit->setText(*value);
        if (!value)
            edit->clear();
    }
    m_updatingForm = false;
}

void TierPolicyEditor::fieldEdited(const QString& path)
{
    if (m_updatingForm)
        return;
    const Result<QString> updated = TierPolicyText::withValue(text(), pathOf(path), m_fields.value(path)->text());
    if (!updated)
        return;
    m_text->setPlainText(*updated);
    validate();
}

void TierPolicyEditor::apply()
{
    if (!m_valid || !m_session)
        return;
    m_session->setPolicy(*m_valid);
    m_status->setText(tr("Applied: the audit is being recomputed."));
    emit policyApplied();
}

void TierPolicyEditor::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Tier Policy"), QStringLiteral("tier-policy.yaml"),
                                                      tr("YAML files (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit())
        m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace sc
