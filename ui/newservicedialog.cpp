// SPDX-License-Identifier: MIT
#include "newservicedialog.h"
#include "architectureplanner.h"
#include "architecturesnapshot.h"
#include "consolesession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc {

NewServiceDialog::NewServiceDialog(ConsoleSession* session, ArchitecturePolicy policy, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_policy(std::move(policy))
    , m_team(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_ownership(new QPlainTextEdit(this))
    , m_ops(new QTreeWidget(this))
    , m_snippet(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("newServiceDialog"));
    setWindowTitle(tr("New service"));
    if (m_session && m_session->hasSnapshot()) {
        for (const Team& t : m_session->snapshot().teams)
            m_team->addItem(t.slug);
    }
    m_name->setPlaceholderText(tr("e.g. ledger-worker"));
    m_platform->setEditable(true);
    m_platform->addItems({QStringLiteral("python-django"), QStringLiteral("python-fastapi"), QStringLiteral("python-celery"),
                          QStringLiteral("node-express"), QStringLiteral("node-nestjs"), QStringLiteral("javascript-react"),
                          QStringLiteral("go"), QStringLiteral("java-spring-boot"), QStringLiteral("react-native")});
    m_ownership->setPlaceholderText(tr("Ownership rules (empty: \"* #team\")"));
    m_ownership->setMaximumHeight(80);
    m_ops->setHeaderLabels({tr("Operation"), tr("Request")});
    m_ops->setRootIsDecorated(false);
    m_ops->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Ownership:"), m_ownership);

    auto* copy = new QPushButton(tr("&Copy snippet"), this);
    copy->setObjectName(QStringLiteral("copySnippet"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_snippet->toPlainText()); });
    auto* snippetBox = new QWidget(this);
    auto* snippetLayout = new QVBoxLayout(snippetBox);
    snippetLayout->setContentsMargins(0, 0, 0, 0);
    snippetLayout->addWidget(new QLabel(tr("Start-up code:"), snippetBox));
    snippetLayout->addWidget(m_snippet, 1);
    snippetLayout->addWidget(copy, 0, Qt::AlignRight);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_ops);
    split->addWidget(snippetBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save as &Draft"), QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, &NewServiceDialog::saveDraft);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(m_team, &QComboBox::currentTextChanged, this, &NewServiceDialog::replan);
    connect(m_name, &QLineEdit::textChanged, this, &NewServiceDialog::replan);
    connect(m_platform, &QComboBox::currentTextChanged, this, &NewServiceDialog::replan);
    connect(m_ownership, &QPlainTextEdit::textChanged, this, &NewServiceDialog::replan);
    if (m_session)
        connect(m_session, &ConsoleSession::snapshotChanged, this, &NewServiceDialog::updateSnippet);
    replan();
    m_name->setFocus();
}

QString NewServiceDialog::draftKey() const
{
    return QStringLiteral("service/%1").arg(m_slug);
}

void NewServiceDialog::replan()
{
    m_ops->clear();
    m_changes = {};
    m_slug = serviceSlug(m_name->text());
    m_save->setEnabled(false);
    if (!m_session || !m_session->hasSnapshot()) {
        m_message->setText(tr("No organization loaded."));
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Name the service; its project slug is derived from the name."));
        updateSnippet();
        return;
    }
    const Result<ServicePlan> plan = planNewService(m_session->snapshot(), m_policy,
                                                    {m_team->currentText(), m_name->text(), m_platform->currentText(),
                                                     m_ownership->toPlainText()});
    if (!plan) {
        m_message->setText(plan.error().message);
        updateSnippet();
        return;
    }
    m_changes = plan->changes;
    m_changes.server = m_session->serverUrl().toString();
    for (const ChangeOperation& op : std::as_const(m_changes.operations))
        new QTreeWidgetItem(m_ops, {op.summary, op.request.method + QLatin1Char(' ') + op.request.path});
    m_message->setText(tr("Project %1: %n operation(s) in one change set.", nullptr, int(m_changes.operations.size())).arg(m_slug)
                       + (plan->notes.isEmpty() ? QString() : QLatin1Char('\n') + plan->notes.join(QLatin1Char('\n'))));
    m_save->setEnabled(true);
    updateSnippet();
}

void NewServiceDialog::updateSnippet()
{
    QString dsn;
    if (m_session && m_session->hasSnapshot() && !m_slug.isEmpty()) {
        const ArchitectureSnapshot arch = ArchitectureSnapshot::of(m_session->snapshot());
        for (const QJsonValue& key : arch.projects.value(m_slug).keys) {
            if (key.toObject().value(QLatin1String("isActive")).toBool(true)) {
                dsn = key.toObject().value(QLatin1String("dsn")).toObject().value(QLatin1String("public")).toString();
                break;
            }
        }
    }
    m_snippet->setPlainText(startupSnippet(m_platform->currentText(), m_slug.isEmpty() ? QStringLiteral("my-service") : m_slug,
                                           dsn.isEmpty() ? tr("<DSN after the push>") : dsn));
}

bool NewServiceDialog::saveDraft()
{
    if (!m_session || m_changes.operations.isEmpty())
        return false;
    if (const Result<void> saved = m_session->drafts().save(m_session->profileName(), draftKey(), m_changes); !saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_session->notifyDraftsChanged();
    m_message->setText(tr("Saved to Pending changes: review the diff there and push. The DSN appears here after the refresh."));
    return true;
}

} // namespace sc
