// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace sc {

class ConsoleSession;
class CoverageView;
class DetailsView;
class OrgHealthView;
class OwnershipEditor;
class PendingChangesPanel;
class OrgFilterProxyModel;
class OrgTreeModel;
class SecretStore;
struct Error;

// The console window: the org tree with its filter on the left, the selection's details, the
// tier coverage matrix, the ownership editor, charts and history as
// tabs on the right, pending changes as a dock, and a status bar with the profile, the last
// sync and the rate-limit budget. Never blocks: the session does the work and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // session and secrets: not owned (secrets may be null: no profile switching then).
    explicit MainWindow(ConsoleSession* session, SecretStore* secrets = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // "health" | "tree" | "coverage" | "architecture" | "charts" | "history" | "project:SLUG" |
    // "team:SLUG". False if unknown.
    bool showView(const QString& view);
    void selectProject(const QString& slug);
    void selectTeam(const QString& slug);

    QTreeView* treeView() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    OrgTreeModel* treeModel() const { return m_treeModel; }
    OrgFilterProxyModel* filterModel() const { return m_filterModel; }
    DetailsView* detailsView() const { return m_details; }
    CoverageView* coverageView() const { return m_coverage; }
    OrgHealthView* healthView() const { return m_health; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    PendingChangesPanel* pendingChanges() const { return m_pending; }
    QString statusText() const; // the status bar's labels joined, for tests

public slots:
    void openQuickOpen();
    void openProfiles();
    void applyTiersToSelection();
    void openTierPolicyEditor();
    void editOwnership(const QString& projectSlug);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void onSnapshotChanged();
    void showRefreshStarted(); // progress and Cancel shown, Refresh disabled, old error cleared
    void onTreeCurrentChanged(const QModelIndex& current);
    void openFromHealth(const QString& kind, const QString& slug);
    void leaveStartPage(); // Org health → Details, unless the selection is only being restored
    void onRefreshFailed(const sc::Error& error);
    void updateStatus();
    void showTreeContextMenu(const QPoint& pos);
    QStringList projectsUnder(const QModelIndex& proxyIndex) const;
    void restoreExpansion();
    void updateActions();
    void updateIcons();
    void updateLegend();
    void rememberSessionProfile();
    void showLastError();
    void syncCoverageFilter();
    QStringList tierSelection() const; // the current project, the team's projects, or {} for the org
    void openApplyTiers(const QStringList& projects);

    ConsoleSession* m_session; // not owned
    SecretStore* m_secrets;    // not owned, may be null
    OrgTreeModel* m_treeModel;
    OrgFilterProxyModel* m_filterModel;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QTabWidget* m_tabs;
    DetailsView* m_details;
    CoverageView* m_coverage;
    OrgHealthView* m_health = nullptr; // the start page
    // Every widget below is made in the constructor's initializer list: never null.
    OwnershipEditor* m_ownershipEditor;
    QScrollArea* m_ownershipPage; // holds the editor (the tab's page)
    QWidget* m_charts;
    QWidget* m_history;
    QLabel* m_profileLabel;
    QLabel* m_syncLabel;
    QLabel* m_rateLabel;
    QLabel* m_errorLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer* m_ageTimer;
    QAction* m_refreshAction = nullptr;
    QAction* m_fullRefreshAction = nullptr;
    QAction* m_quickOpenAction = nullptr;
    QAction* m_policyAction = nullptr;
    QAction* m_applyTiersAction = nullptr;
    QAction* m_applyOrgAction = nullptr;
    QAction* m_editOwnershipAction = nullptr;
    QAction* m_saveDraftAction = nullptr;
    QAction* m_pushAction = nullptr;
    QAction* m_chartsAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_legend;             // what the P0–P3 marks mean
    PendingChangesPanel* m_pending; // in the dock
    QPushButton* m_errorDetails = nullptr;
    QString m_lastErrorText;
    QString m_lastErrorDetail;
    QList<std::pair<ConnectionProfile, QString>> m_sessionProfiles; // not stored (demo): profile, token
    bool m_closeConfirmed = false;
    bool m_syncingSelection = false;
    bool m_restoringSelection = false;
};

} // namespace sc
