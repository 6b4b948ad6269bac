// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "connectionprofilestore.h"
#include "consolesession.h"
#include "coveragemarksdelegate.h"
#include "coverageview.h"
#include "architectureview.h"
#include "newservicedialog.h"
#include "detailsview.h"
#include "orgfilterproxymodel.h"
#include "orghealthview.h"
#include "orgtreemodel.h"
#include "profiledialog.h"
#include "quickopendialog.h"
#include "themedicon.h"

#include "applytiersdialog.h"
#include "chartsview.h"
#include "historyview.h"
#include "ownershipeditor.h"
#include "pendingchangespanel.h"
#include "tierpolicyeditor.h"

#include <QTextDocument> // Qt::convertFromPlainText
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sc {

namespace {
// Beyond this many project rows the tree opens with teams collapsed, so the first paint stays cheap.
constexpr int ExpandAllLimit = 400;

QString ageText(const QDateTime& takenAt)
{
    const qint64 seconds = takenAt.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return MainWindow::tr("just now");
    if (seconds < 3600)
        return MainWindow::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return MainWindow::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return MainWindow::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}
} // namespace

MainWindow::MainWindow(ConsoleSession* session, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_treeModel(new OrgTreeModel(this))
    , m_filterModel(new OrgFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new DetailsView(session, this))
    , m_coverage(new CoverageView(session, this))
    , m_ownershipEditor(new OwnershipEditor(session, this))
    , m_ownershipPage(new QScrollArea(this))
    , m_charts(new ChartsView(session, this))
    , m_history(new HistoryView(session, this))
    , m_profileLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_ageTimer(new QTimer(this))
    , m_legend(new QLabel(this))
    , m_pending(new PendingChangesPanel(session, this))
{
    setWindowTitle(tr("Sentry Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sentry-console.svg")));

    m_filterModel->setSourceModel(m_treeModel);
    m_filter->setPlaceholderText(tr("Filter: name, team:payments, platform:python, missing:P0…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the organization tree"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterModel->setQuery(text);
        if (text.trimmed().isEmpty())
            restoreExpansion();
        else
            m_tree->expandAll();
        syncCoverageFilter();
    });

    m_tree->setModel(m_filterModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Organization tree"));
    m_tree->setItemDelegateForColumn(OrgTreeModel::CoverageColumn,
                                     new CoverageMarksDelegate(CoverageMarksDelegate::Mode::Marks, OrgTreeModel::CoverageRole, this));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::PlatformColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::CoverageColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::RulesColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onTreeCurrentChanged(current); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree, 1);
    m_legend->setObjectName(QStringLiteral("tierLegend"));
    m_legend->setToolTip(tr("P0–P3 columns: each mark says whether the project's alerts express that tier of the policy"));
    leftLayout->addWidget(m_legend);
    updateLegend();

    // The start page: what needs attention, each row a way into the object.
    m_health = new OrgHealthView(session, this);
    m_tabs->addTab(m_health, tr("O&rg health"));
    connect(m_health, &OrgHealthView::openRequested, this, &MainWindow::openFromHealth);
    connect(m_health, &OrgHealthView::reviewPendingRequested, this, [this] {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("pendingChangesDock"))) {
            dock->show();
            dock->raise();
        }
        m_pending->setFocus(Qt::OtherFocusReason);
    });
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_coverage, tr("Tier covera&ge"));
    m_tabs->addTab(new ArchitectureView(session, this), tr("Architect&ure"));
    // The editor is tall (rules, tester, settings, impact); scrolled, it no longer sets the
    // window's minimum height, so the pending-changes dock can grow.
    m_ownershipPage->setObjectName(QStringLiteral("ownershipPage"));
    m_ownershipPage->setWidgetResizable(true);
    m_ownershipPage->setFrameShape(QFrame::NoFrame);
    m_ownershipPage->setWidget(m_ownershipEditor);
    m_tabs->addTab(m_ownershipPage, tr("&Ownership"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    connect(m_details, &DetailsView::editOwnershipRequested, this, &MainWindow::editOwnership);
    connect(m_details, &DetailsView::linkActivated, this, [this](const QString& kind, const QString& slug) {
        if (kind == QLatin1String("project"))
            selectProject(slug);
        else if (kind == QLatin1String("team"))
            selectTeam(slug);
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760});
    setCentralWidget(splitter);
    // Minimums of our own instead of the pages' (the tallest page would fix the dock's height).
    m_tabs->setMinimumHeight(180);
    left->setMinimumHeight(180);

    auto* dock = new QDockWidget(tr("Pending changes"), this);
    dock->setObjectName(QStringLiteral("pendingChangesDock"));
    dock->setWidget(m_pending);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The tree and details come first; the panel grows when there is something pending.
    resizeDocks({dock}, {240}, Qt::Vertical);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_tabs);

    buildMenus();
    buildStatusBar();

    connect(session, &ConsoleSession::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    connect(session, &ConsoleSession::auditChanged, this, [this] {
        m_treeModel->setAudit(m_session->hasAudit() ? m_session->audit() : AuditReport());
    });
    connect(session, &ConsoleSession::refreshStarted, this, &MainWindow::showRefreshStarted);
    connect(session, &ConsoleSession::refreshProgress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(session, &ConsoleSession::refreshFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_refreshAction->setEnabled(true);
        m_fullRefreshAction->setEnabled(true);
        updateStatus();
    });
    connect(session, &ConsoleSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(session, &ConsoleSession::rateLimitChanged, this, &MainWindow::updateStatus);
    connect(session, &ConsoleSession::profileChanged, this, &MainWindow::updateStatus);
    connect(session, &ConsoleSession::profileChanged, this, &MainWindow::rememberSessionProfile);
    connect(session, &ConsoleSession::profileChanged, this, [this] { m_tabs->setCurrentWidget(m_health); });
    connect(session, &ConsoleSession::projectSelected, this, [this](const QString& slug) {
        if (!m_syncingSelection && !slug.isEmpty())
            selectProject(slug);
    });
    connect(m_cancel, &QPushButton::clicked, session, &ConsoleSession::cancelRefresh);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_ageTimer->start(30 * 1000);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);

    onSnapshotChanged();
    // A window opened during a pull shows it: the window follows the session's state. Re-emitting
    // the session's signal from here would tell every other listener that another pull started.
    if (session->isRefreshing())
        showRefreshStarted();
}

void MainWindow::showRefreshStarted()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_errorDetails->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_refreshAction->setEnabled(false);
    m_fullRefreshAction->setEnabled(false);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* profiles = file->addAction(tr("Connection &profiles…"), this, &MainWindow::openProfiles);
    profiles->setEnabled(m_secrets != nullptr);
    m_refreshAction = file->addAction(tr("&Refresh"), m_session, &ConsoleSession::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // A refresh reads only what the audit log names; this one re-reads everything.
    m_fullRefreshAction = file->addAction(tr("&Full refresh"), m_session, &ConsoleSession::fullRefresh);
    m_fullRefreshAction->setObjectName(QStringLiteral("fullRefreshAction"));
    m_fullRefreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Filter the tree"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* quickOpen = edit->addAction(tr("&Go to project or team…"), this, &MainWindow::openQuickOpen);
    quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* action = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* tiers = menuBar()->addMenu(tr("&Tiers"));
    m_policyAction = tiers->addAction(tr("Tier &policy…"), this, &MainWindow::openTierPolicyEditor);
    m_policyAction->setStatusTip(tr("Edit the P0–P3 tier policy the audit and the planner use"));
    m_applyTiersAction = tiers->addAction(tr("&Apply tiers to selection…"), this, &MainWindow::applyTiersToSelection);
    m_applyTiersAction->setStatusTip(tr("Plan the alerts that bring the selected project, team or organization to the tier policy"));
    m_applyOrgAction = tiers->addAction(tr("Apply tiers to the whole &organization…"), this,
                                        [this] { openApplyTiers({}); });

    QMenu* changes = menuBar()->addMenu(tr("&Changes"));
    m_editOwnershipAction = changes->addAction(tr("&Edit ownership rules"), this, [this] {
        if (!m_session->selectedProject().isEmpty())
            editOwnership(m_session->selectedProject());
    });
    m_saveDraftAction = changes->addAction(tr("&Save draft"), m_ownershipEditor, &OwnershipEditor::saveDraft);
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    m_pushAction = changes->addAction(tr("&Push selected changes"), m_pending, &PendingChangesPanel::push);
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pushAction->setShortcutContext(Qt::WindowShortcut);
    m_chartsAction = new QAction(tr("Charts"), this);
    connect(m_chartsAction, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_charts); });
    m_quickOpenAction = quickOpen;

    if (auto* architecture = findChild<ArchitectureView*>())
        menuBar()->addMenu(architecture->createMenu(this));

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : {m_refreshAction, m_quickOpenAction, m_applyTiersAction, m_editOwnershipAction,
                            m_pushAction, m_chartsAction})
        m_toolBar->addAction(action);
    m_refreshAction->setToolTip(tr("Refresh from Sentry (F5)"));
    m_quickOpenAction->setToolTip(tr("Go to a project or team (Ctrl+K)"));
    m_pushAction->setToolTip(tr("Push the checked pending changes (Ctrl+Shift+P)"));
    m_chartsAction->setToolTip(tr("Error charts for the selection"));
    updateIcons();
    connect(m_session, &ConsoleSession::projectSelected, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::teamSelected, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::snapshotChanged, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::draftsChanged, this, &MainWindow::updateActions);
    connect(m_session, &ConsoleSession::profileChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_pending, &PendingChangesPanel::pushStarted, this, &MainWindow::updateActions);
    connect(m_pending, &PendingChangesPanel::pushFinished, this, &MainWindow::updateActions);
    updateActions();
}

void MainWindow::updateLegend()
{
    const QPalette p = palette();
    auto mark = [&p](int kind, const QString& glyph, const QString& text) {
        return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
            .arg(CoverageMarksDelegate::colorFor(kind, p).name(), glyph, text.toHtmlEscaped());
    };
    m_legend->setText(tr("P0–P3:") + QStringLiteral("&nbsp; ")
                      + QStringList{mark(OrgTreeModel::OkMark, QStringLiteral("●"), tr("present")),
                                    mark(OrgTreeModel::DriftedMark, QStringLiteral("◐"), tr("drifted from the policy")),
                                    mark(OrgTreeModel::MissingMark, QStringLiteral("○"), tr("missing"))}
                            .join(QStringLiteral(" &nbsp; ")));
}

void MainWindow::updateIcons()
{
    const QPalette p = palette();
    m_refreshAction->setIcon(themedIcon(QStringLiteral("refresh"), p));
    m_quickOpenAction->setIcon(themedIcon(QStringLiteral("quick-open"), p));
    m_applyTiersAction->setIcon(themedIcon(QStringLiteral("apply-tiers"), p));
    m_editOwnershipAction->setIcon(themedIcon(QStringLiteral("edit-ownership"), p));
    m_pushAction->setIcon(themedIcon(QStringLiteral("push"), p));
    m_chartsAction->setIcon(themedIcon(QStringLiteral("charts"), p));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcons(); // light ↔ dark: the icons and marks follow the palette
        updateLegend();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool snapshot = m_session->hasSnapshot();
    const QString project = m_session->selectedProject();
    const QString team = m_session->selectedTeam();
    m_policyAction->setEnabled(true);
    m_applyTiersAction->setEnabled(snapshot);
    m_applyOrgAction->setEnabled(snapshot);
    m_applyTiersAction->setToolTip(!project.isEmpty() ? tr("Apply tiers to project %1").arg(project)
                                   : !team.isEmpty()  ? tr("Apply tiers to team %1").arg(team)
                                                      : tr("Apply tiers to the whole organization"));
    m_editOwnershipAction->setEnabled(!project.isEmpty());
    m_editOwnershipAction->setToolTip(project.isEmpty() ? tr("Select a project to edit its ownership rules")
                                                        : tr("Edit the ownership rules of %1").arg(project));
    m_saveDraftAction->setEnabled(m_tabs->currentWidget() == m_ownershipPage && !m_ownershipEditor->project().isEmpty());
    m_pushAction->setEnabled(m_session->hasUnpushedDrafts() && m_session->client() && !m_pending->isPushing());
}

QStringList MainWindow::tierSelection() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(OrgTreeModel::KindRole).toInt() == OrgTreeModel::OrganizationKind)
        return {}; // the whole organization
    return projectsUnder(current);
}

void MainWindow::openApplyTiers(const QStringList& projects)
{
    if (!m_session->hasSnapshot())
        return;
    auto* dialog = new ApplyTiersDialog(m_session, projects, this);
    dialog->setObjectName(QStringLiteral("applyTiersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    dialog->show();
}

void MainWindow::buildStatusBar()
{
    m_errorLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 1px 6px; border-radius: 3px;"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Server error texts and profile names: never rendered as rich text.
    for (QLabel* label : {m_profileLabel, m_syncLabel, m_rateLabel, m_errorLabel})
        label->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    m_errorDetails = new QPushButton(tr("Details…"), this);
    m_errorDetails->setObjectName(QStringLiteral("errorDetailsButton"));
    m_errorDetails->setFlat(true);
    m_errorDetails->hide();
    connect(m_errorDetails, &QPushButton::clicked, this, &MainWindow::showLastError);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setToolTip(tr("Stop the refresh and keep the data shown"));
    m_cancel->hide();
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addWidget(m_errorDetails);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_rateLabel);
    updateStatus();
}

QString MainWindow::statusText() const
{
    QStringList parts{m_profileLabel->text(), m_syncLabel->text(), m_rateLabel->text()};
    if (!m_errorLabel->text().isEmpty())
        parts << m_lastErrorText;
    return parts.join(QStringLiteral(" | "));
}

void MainWindow::updateStatus()
{
    m_profileLabel->setText(m_session->profileName().isEmpty()
                                ? tr("No profile")
                                : tr("Profile: %1 (%2)").arg(m_session->profileName(), m_session->orgSlug()));
    const QDateTime taken = m_session->snapshotTakenAt();
    QString sync;
    if (!taken.isValid())
        sync = m_session->isRefreshing() ? tr("Loading…") : tr("Never synced");
    else if (m_session->isSnapshotFromCache())
        sync = tr("Cached snapshot from %1 (%2)").arg(QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat), ageText(taken));
    else if (m_session->lastError() && m_session->lastError()->kind != ErrorKind::Canceled)
        sync = tr("Last successful sync %1 (%2)").arg(QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat), ageText(taken));
    else
        sync = tr("Synced %1 (%2)").arg(QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat), ageText(taken));
    if (m_session->isRefreshing() && taken.isValid())
        sync += QLatin1Char(' ') + tr("— refreshing…");
    else if (const std::optional<RefreshReport> report = m_session->lastRefreshReport();
             report && !m_session->isSnapshotFromCache())
        sync = tr("%1 — %2").arg(sync, report->summary()); // which kind ran and why

    m_syncLabel->setText(sync);
    const RateLimitState rate = m_session->rateLimit();
    m_rateLabel->setText(rate.limit < 0 || rate.remaining < 0
                             ? tr("Rate limit: not reported")
                             : tr("Rate limit: %1 of %2 left").arg(rate.remaining).arg(rate.limit));
}

void MainWindow::onRefreshFailed(const Error& error)
{
    m_progress->hide();
    m_cancel->hide();
    m_refreshAction->setEnabled(true);
    m_fullRefreshAction->setEnabled(true);
    const QString text = error.kind == ErrorKind::Canceled
        ? tr("Refresh canceled; showing the previous data.")
        : tr("Refresh failed at %1: %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), error.message);
    m_lastErrorText = text;
    m_lastErrorDetail = error.detail;
    // One line in the status bar; the whole message is in the tooltip and behind Details….
    m_errorLabel->setText(m_errorLabel->fontMetrics().elidedText(text, Qt::ElideRight, 520));
    m_errorLabel->setToolTip(Qt::convertFromPlainText(error.detail.isEmpty() ? text : text + QLatin1Char('\n') + error.detail)); // never rich text from the server
    m_errorLabel->setVisible(true);
    m_errorDetails->setVisible(error.kind != ErrorKind::Canceled);
    updateStatus();
}

void MainWindow::showLastError()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Refresh failed"), m_lastErrorText, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("lastErrorBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_lastErrorDetail.isEmpty())
        box->setDetailedText(m_lastErrorDetail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreExpansion()
{
    const QModelIndex org = m_filterModel->index(0, 0);
    if (!org.isValid())
        return;
    if (m_treeModel->projectRowCount() <= ExpandAllLimit)
        m_tree->expandAll();
    else
        m_tree->expand(org);
}

void MainWindow::onSnapshotChanged()
{
    // Keep the user's place across the reset a refresh causes.
    const QString project = m_session->selectedProject();
    const QString team = m_session->selectedTeam();
    m_treeModel->setSnapshot(m_session->snapshot());
    if (!m_session->hasSnapshot())
        m_treeModel->clear();
    if (m_session->hasAudit())
        m_treeModel->setAudit(m_session->audit());
    restoreExpansion();
    syncCoverageFilter();
    m_restoringSelection = true; // the same place again, not a request to leave the start page
    if (!project.isEmpty())
        selectProject(project);
    else if (!team.isEmpty())
        selectTeam(team);
    m_restoringSelection = false;
    updateStatus();
}

void MainWindow::syncCoverageFilter()
{
    // The coverage matrix shows what the tree shows.
    if (m_filter->text().trimmed().isEmpty()) {
        m_coverage->setVisibleProjects(std::nullopt);
        return;
    }
    QSet<QString> slugs;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_filterModel->rowCount(parent); ++r) {
            const QModelIndex child = m_filterModel->index(r, 0, parent);
            if (child.data(OrgTreeModel::KindRole).toInt() == OrgTreeModel::ProjectKind)
                slugs.insert(child.data(OrgTreeModel::SlugRole).toString());
            else
                walk(child);
        }
    };
    walk({});
    m_coverage->setVisibleProjects(slugs);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    // Picking an object in the tree from the start page means "show it".
    if (m_tabs->currentWidget() == m_health && m_tree->hasFocus())
        m_tabs->setCurrentWidget(m_details);
    m_syncingSelection = true;
    const QString slug = current.data(OrgTreeModel::SlugRole).toString();
    switch (current.data(OrgTreeModel::KindRole).toInt()) {
    case OrgTreeModel::ProjectKind: m_session->selectProject(slug); break;
    case OrgTreeModel::TeamKind: m_session->selectTeam(slug); break;
    default:
        m_session->selectProject({});
        break;
    }
    m_syncingSelection = false;
}

void MainWindow::selectProject(const QString& slug)
{
    const QModelIndexList rows = m_treeModel->projectIndexes(slug);
    if (rows.isEmpty())
        return;
    QModelIndex proxy = m_filterModel->mapFromSource(rows.first());
    if (!proxy.isValid()) {
        m_filter->clear(); // the filter hid it; the user asked for it by name
        proxy = m_filterModel->mapFromSource(rows.first());
    }
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    leaveStartPage();
}

void MainWindow::leaveStartPage()
{
    // Going to an object from the start page (quick open, a link, a health row) shows it.
    if (!m_restoringSelection && m_tabs->currentWidget() == m_health)
        m_tabs->setCurrentWidget(m_details);
}

void MainWindow::selectTeam(const QString& slug)
{
    const QModelIndex row = m_treeModel->teamIndex(slug);
    QModelIndex proxy = m_filterModel->mapFromSource(row);
    if (!proxy.isValid() && row.isValid()) {
        m_filter->clear();
        proxy = m_filterModel->mapFromSource(row);
    }
    if (proxy.isValid()) {
        m_tree->setCurrentIndex(proxy);
        m_tree->scrollTo(proxy);
        leaveStartPage();
    }
}

void MainWindow::openFromHealth(const QString& kind, const QString& slug)
{
    if (kind == QLatin1String("project"))
        selectProject(slug);
    else if (kind == QLatin1String("team"))
        selectTeam(slug);
    if (kind == QLatin1String("architecture"))
        m_tabs->setCurrentWidget(findChild<ArchitectureView*>());
    else
        m_tabs->setCurrentWidget(m_details);
}

bool MainWindow::showView(const QString& view)
{
    if (view == QLatin1String("health")) {
        m_tabs->setCurrentWidget(m_health);
        return true;
    }
    if (view.isEmpty() || view == QLatin1String("tree")) {
        m_tabs->setCurrentWidget(m_details);
        return true;
    }
    if (view == QLatin1String("coverage")) {
        m_tabs->setCurrentWidget(m_coverage);
        return true;
    }
    if (view == QLatin1String("architecture") || view.startsWith(QLatin1String("new-service"))) {
        auto* architecture = findChild<ArchitectureView*>();
        m_tabs->setCurrentWidget(architecture);
        if (view.startsWith(QLatin1String("new-service"))) { // new-service[:NAME[:TEAM]]
            architecture->newServiceAction()->trigger();
            if (auto* dialog = findChild<NewServiceDialog*>(); dialog && view.count(QLatin1Char(':')) >= 1) {
                if (view.count(QLatin1Char(':')) >= 2)
                    dialog->teamBox()->setCurrentText(view.section(QLatin1Char(':'), 2, 2));
                dialog->nameEdit()->setText(view.section(QLatin1Char(':'), 1, 1));
            }
        }
        return true;
    }
    if (view == QLatin1String("charts")) {
        m_tabs->setCurrentWidget(m_charts);
        return true;
    }
    if (view == QLatin1String("history")) {
        m_tabs->setCurrentWidget(m_history);
        return true;
    }
    if (view.startsWith(QLatin1String("project:"))) {
        const QString slug = view.mid(8);
        if (!m_session->snapshot().projectBySlug(slug))
            return false;
        selectProject(slug);
        m_tabs->setCurrentWidget(m_details);
        return true;
    }
    if (view.startsWith(QLatin1String("team:"))) {
        const QString slug = view.mid(5);
        if (!m_session->snapshot().teamBySlug(slug))
            return false;
        selectTeam(slug);
        m_tabs->setCurrentWidget(m_details);
        return true;
    }
    return false;
}

void MainWindow::openQuickOpen()
{
    auto* dialog = new QuickOpenDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::chosen, this, [this](const QString& kind, const QString& slug) {
        if (kind == QLatin1String("project"))
            selectProject(slug);
        else
            selectTeam(slug);
        m_tree->setFocus();
    });
    dialog->open();
}

void MainWindow::rememberSessionProfile()
{
    // The demo (or an environment-only) profile is not in the store; keep it reachable from the
    // profiles dialog for the rest of the session, with its token in memory only.
    const ConnectionProfile profile = m_session->profile();
    if (!profile.isValid() || !m_session->client() || ConnectionProfileStore().profile(profile.name))
        return;
    for (auto& entry : m_sessionProfiles)
        if (entry.first.name == profile.name) {
            entry = {profile, m_session->client()->config().token};
            return;
        }
    m_sessionProfiles.append({profile, m_session->client()->config().token});
}

void MainWindow::openProfiles()
{
    if (!m_secrets)
        return;
    auto* dialog = new ProfileDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto& [profile, token] : std::as_const(m_sessionProfiles))
        dialog->addSessionProfile(profile, token);
    connect(dialog, &ProfileDialog::profileChosen, this, [this](const ConnectionProfile& profile, const QString& token) {
        m_session->openProfile(profile, token);
    });
    dialog->open();
}

QStringList MainWindow::projectsUnder(const QModelIndex& proxyIndex) const
{
    QStringList slugs;
    const QModelIndex source = m_filterModel->mapToSource(proxyIndex);
    const int kind = source.data(OrgTreeModel::KindRole).toInt();
    if (kind == OrgTreeModel::ProjectKind)
        return {source.data(OrgTreeModel::SlugRole).toString()};
    // A team or the org: every project below, once.
    std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex child = m_treeModel->index(r, 0, parent);
            if (child.data(OrgTreeModel::KindRole).toInt() == OrgTreeModel::ProjectKind) {
                const QString slug = child.data(OrgTreeModel::SlugRole).toString();
                if (!slugs.contains(slug))
                    slugs << slug;
            } else {
                collect(child);
            }
        }
    };
    collect(source);
    return slugs;
}

void MainWindow::showTreeContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int kind = index.data(OrgTreeModel::KindRole).toInt();
    const QString name = index.data(OrgTreeModel::SlugRole).toString();
    const QString applyText = kind == OrgTreeModel::ProjectKind ? tr("Apply tiers to project %1…").arg(name)
                              : kind == OrgTreeModel::TeamKind  ? tr("Apply tiers to team %1…").arg(name)
                                                                : tr("Apply tiers to the whole organization…");
    menu->addAction(applyText, this, &MainWindow::applyTiersToSelection);
    menu->addAction(tr("Tier policy…"), this, &MainWindow::openTierPolicyEditor);
    if (kind == OrgTreeModel::ProjectKind) {
        const QString slug = index.data(OrgTreeModel::SlugRole).toString();
        menu->addAction(tr("Edit ownership rules…"), this, [this, slug] { editOwnership(slug); });
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::applyTiersToSelection()
{
    openApplyTiers(tierSelection());
}

void MainWindow::openTierPolicyEditor()
{
    auto* editor = new TierPolicyEditor(m_session, this);
    editor->setObjectName(QStringLiteral("tierPolicyEditor"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    editor->show();
}

void MainWindow::editOwnership(const QString& projectSlug)
{
    m_ownershipEditor->openProject(projectSlug);
    m_tabs->setCurrentWidget(m_ownershipPage);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed || !m_session->hasUnpushedDrafts()) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        event->accept();
        return;
    }
    // Ask without a nested event loop: ignore this close, close again once answered.
    event->ignore();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unpushed changes"),
                                tr("There are changes that have not been pushed to Sentry. They stay saved as drafts "
                                   "and will be here next time. Close the window?"),
                                QMessageBox::Close | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Close) {
            m_closeConfirmed = true;
            close();
        }
    });
    box->open();
}

} // namespace sc
