// SPDX-License-Identifier: MIT
#include "architectureview.h"
#include "architectureauditmodel.h"
#include "architectureauditor.h"
#include "architectureplanner.h"
#include "consolesession.h"
#include "newservicedialog.h"
#include "tierpolicy.h"

#include <QAction>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sc {

namespace {

// Check cells as coloured chips: green ok, amber drifted, red missing, grey n/a (muted for warnings).
class CheckCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant state = index.data(ArchitectureAuditModel::StateRole);
        if (!state.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
        QColor fill;
        switch (CheckState(state.toInt())) {
        case CheckState::Ok: fill = dark ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc8, 0xe6, 0xc9); break;
        case CheckState::Drifted: fill = dark ? QColor(0x9a, 0x67, 0x00) : QColor(0xff, 0xe0, 0x82); break;
        case CheckState::Missing: fill = dark ? QColor(0xb3, 0x26, 0x1e) : QColor(0xff, 0xcd, 0xd2); break;
        case CheckState::NotApplicable: fill = option.palette.color(QPalette::AlternateBase); break;
        }
        if (CheckSeverity(index.data(ArchitectureAuditModel::SeverityRole).toInt()) == CheckSeverity::Warning
            && CheckState(state.toInt()) != CheckState::Ok)
            fill.setAlpha(150);
        const QRect chip = option.rect.adjusted(3, 3, -3, -3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(dark || CheckState(state.toInt()) == CheckState::NotApplicable ? option.palette.color(QPalette::Text)
                                                                                       : QColor(0x21, 0x21, 0x21));
        painter->drawText(chip, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(6, 6);
    }
};

} // namespace

ArchitectureView::ArchitectureView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ArchitectureAuditModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fix(new QAction(tr("&Fix selected"), this))
    , m_newService(new QAction(tr("&New service…"), this))
{
    setObjectName(QStringLiteral("architectureView"));
    m_fix->setObjectName(QStringLiteral("architectureFixSelected"));
    m_fix->setToolTip(tr("Plan the fixes for the selected projects (all when none is selected) as pending changes"));
    m_newService->setObjectName(QStringLiteral("architectureNewService"));
    m_newService->setToolTip(tr("Create a project for a new service with tiers, ownership, filters, scrubbing and quota"));
    connect(m_fix, &QAction::triggered, this, &ArchitectureView::fixSelected);
    connect(m_newService, &QAction::triggered, this, &ArchitectureView::openNewService);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new CheckCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Every check in view at once: the check columns share the width, the names take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArchitectureAuditModel::ProjectColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArchitectureAuditModel::TeamsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(56);
    m_table->setAccessibleName(tr("Architecture checks by project"));

    auto* fixButton = new QToolButton(this);
    fixButton->setDefaultAction(m_fix);
    fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newService);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(fixButton);
    bar->addWidget(newButton);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    m_summary->setObjectName(QStringLiteral("architectureSummary"));
    if (m_session) {
        // The audit runs off the UI thread; the view shows the newest finished one, and says so
        // while a newer one is being computed.
        ArchitectureAuditor* auditor = m_session->architectureAuditor();
        connect(auditor, &ArchitectureAuditor::started, this, &ArchitectureView::showAudit);
        connect(auditor, &ArchitectureAuditor::finished, this, &ArchitectureView::showAudit);
    }
    showAudit();
}

QMenu* ArchitectureView::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Architecture"), parent);
    menu->setObjectName(QStringLiteral("architectureMenu"));
    menu->addAction(m_newService);
    menu->addAction(m_fix);
    return menu;
}

ArchitecturePolicy ArchitectureView::policy() const
{
    return m_session ? m_session->architectureAuditor()->policy() : ArchitecturePolicy::defaultPolicy();
}

void ArchitectureView::showAudit()
{
    if (!m_session || !m_session->hasSnapshot()) {
        m_model->setAudit({});
        m_summary->setText(tr("No organization loaded."));
        return;
    }
    const ArchitectureAuditor* auditor = m_session->architectureAuditor();
    if (auditor->isPending() || !auditor->hasAudit()) {
        // Keep the last matrix in view (no flicker on a refresh); it is replaced when the run ends.
        m_summary->setText(tr("Checking the reference architecture…"));
        return;
    }
    const ArchitectureAudit& audit = auditor->audit();
    m_model->setAudit(audit);
    m_summary->setText(audit.failed() ? tr("%n failing check(s); %1 problem(s) in all.", nullptr, audit.failures()).arg(audit.problems())
                                      : audit.problems() ? tr("No failing checks; %n warning(s).", nullptr, audit.problems())
                                                         : tr("Every project follows the reference architecture."));
}

void ArchitectureView::fixSelected()
{
    if (!m_session || !m_session->hasSnapshot() || m_planning)
        return;
    QStringList projects;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        projects.append(row.data(ArchitectureAuditModel::SlugRole).toString());
    // Planning audits the whole snapshot again: off the UI thread, like the audit itself.
    m_planning = true;
    m_fix->setEnabled(false);
    m_message->setText(tr("Planning the fixes…"));
    const QString profile = m_session->profileName();
    auto* watcher = new QFutureWatcher<Result<ArchitecturePlan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, profile] {
        watcher->deleteLater();
        m_planning = false;
        m_fix->setEnabled(true);
        // Planned for a profile that is no longer open: its drafts are not this one's.
        if (m_session && m_session->profileName() == profile)
            savePlan(watcher->result());
        else
            m_message->clear();
    });
    watcher->setFuture(QtConcurrent::run([snapshot = m_session->snapshot(), policy = policy(), projects] {
        return planArchitectureFixes(snapshot, policy, projects, {});
    }));
}

void ArchitectureView::savePlan(const Result<ArchitecturePlan>& plan)
{
    if (!plan) {
        m_message->setText(plan.error().message);
        return;
    }
    QString text;
    if (plan->changes.operations.isEmpty()) {
        text = tr("Nothing to fix through the API.");
    } else {
        ChangeSet changes = plan->changes;
        changes.server = m_session->serverUrl().toString();
        if (const Result<void> saved = m_session->drafts().save(m_session->profileName(), fixesDraftKey(), changes); !saved) {
            m_message->setText(saved.error().message);
            return;
        }
        m_session->notifyDraftsChanged();
        text = tr("%n fix(es) saved to Pending changes: review the diff there and push.", nullptr,
                  int(changes.operations.size()));
    }
    if (!plan->notes.isEmpty())
        text += QLatin1Char('\n') + plan->notes.join(QLatin1Char('\n'));
    m_message->setText(text);
}

void ArchitectureView::openNewService()
{
    auto* dialog = new NewServiceDialog(m_session, policy(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    dialog->show();
}

} // namespace sc
