// SPDX-License-Identifier: MIT
#include "applytiersdialog.h"
#include "consolesession.h"
#include "tierplanner.h"

#include <QTextDocument> // Qt::convertFromPlainText
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc {

ApplyTiersDialog::ApplyTiersDialog(ConsoleSession* session, QStringList projectSlugs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_projects(std::move(projectSlugs))
{
    setWindowTitle(tr("Apply Tiers to Selection"));
    resize(900, 560);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText); // plan notes name server objects: never rich text

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Change"), tr("Kind"), tr("Object"), tr("Request")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_request = new QPlainTextEdit(splitter);
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setPlaceholderText(tr("Select an operation to see the request it sends."));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_request);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save as Draft"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            accept();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ApplyTiersDialog::showRequest);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    plan();
}

void ApplyTiersDialog::plan()
{
    m_tree->clear();
    m_changes = ChangeSet();
    m_error.clear();
    if (!m_session || !m_session->hasSnapshot()) {
        m_error = tr("There is no snapshot of the organization yet: refresh first.");
    } else {
        const OrgSnapshot& snapshot = m_session->snapshot();
        const TierPlanner planner(snapshot, m_session->policy());
        const Result<QStringList> selection = planner.selectProjects(m_projects, {});
        const Result<TierPlan> plan = selection ? planner.plan(*selection) : tl::unexpected(selection.error());
        if (!plan) {
            m_error = plan.error().message;
        } else {
            m_changes = plan->changes;
            if (!plan->notes.isEmpty())
                m_message->setText(plan->notes.join(QLatin1Char('\n')));
        }
        const int projects = selection ? int(selection->size()) : 0;
        m_header->setText(m_projects.isEmpty()
                              ? tr("The whole organization (%n project(s)) against the tier policy:", nullptr, projects)
                              : tr("%n selected project(s) against the tier policy:", nullptr, projects));
    }
    if (!m_error.isEmpty()) {
        m_message->setText(m_error);
        m_message->setStyleSheet(QStringLiteral("color: #a40000"));
    }
    for (const ChangeOperation& op : std::as_const(m_changes.operations)) {
        const QStringList parts = op.summary.split(QStringLiteral("; "));
        auto* item = new QTreeWidgetItem(m_tree, {parts.size() == 1 ? parts.first() : tr("%n change(s)", nullptr, int(parts.size())),
                                                  operationKindName(op.kind),
                                                  op.target.id.isEmpty() ? tr("new %1").arg(targetTypeName(op.target.type))
                                                                         : QStringLiteral("%1 %2").arg(targetTypeName(op.target.type), op.target.id),
                                                  QStringLiteral("%1 %2").arg(op.request.method, op.request.path)});
        item->setData(0, Qt::UserRole, op.id);
        item->setToolTip(0, Qt::convertFromPlainText(op.summary)); // never rich text from the server
        if (parts.size() > 1) {
            for (const QString& part : parts)
                new QTreeWidgetItem(item, {part});
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    if (m_error.isEmpty() && m_changes.operations.isEmpty())
        m_message->setText(tr("Nothing to do: the selection follows the tier policy."));
    m_save->setEnabled(m_error.isEmpty() && !m_changes.operations.isEmpty());
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void ApplyTiersDialog::showRequest()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
    for (const ChangeOperation& op : std::as_const(m_changes.operations)) {
        if (op.id != id)
            continue;
        const QJsonDocument body = op.request.body.isObject() ? QJsonDocument(op.request.body.toObject()) : QJsonDocument();
        m_request->setPlainText(QStringLiteral("%1 %2\n\n%3").arg(op.request.method, op.request.path,
                                                                 QString::fromUtf8(body.toJson(QJsonDocument::Indented))));
        return;
    }
    m_request->clear();
}

bool ApplyTiersDialog::saveDraft()
{
    if (!m_session || m_changes.operations.isEmpty())
        return false;
    const Result<void> saved = m_session->drafts().save(m_session->profileName(), draftKey(), m_changes);
    if (!saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_session->notifyDraftsChanged();
    return true;
}

} // namespace sc
