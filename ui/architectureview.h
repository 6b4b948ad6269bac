// SPDX-License-Identifier: MIT
#pragma once

#include "architectureplanner.h"
#include "architecturepolicy.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace sc {

class ArchitectureAuditModel;
class ConsoleSession;

// "Architecture": the reference-architecture matrix (projects × checks: ok, drifted, missing, n/a,
// with the drifting fields as tool tips) beside Tier coverage. "Fix selected" plans the fixes for the
// selected projects (all when none is selected) into the "architecture/fixes" draft, which the
// pending-changes panel previews, pushes and verifies. "New service…" opens the onboarding dialog.
// The matrix is the session's ArchitectureAuditor result (computed off the UI thread); while a newer
// run is out the summary says "Checking…" and the previous matrix stays. Fix selected plans off the
// UI thread too (the planner audits again) and saves the draft when the plan arrives.
class ArchitectureView : public QWidget
{
    Q_OBJECT
public:
    explicit ArchitectureView(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    QTableView* table() const { return m_table; }
    ArchitectureAuditModel* model() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    QAction* fixSelectedAction() const { return m_fix; }
    QAction* newServiceAction() const { return m_newService; }
    QMenu* createMenu(QWidget* parent); // "Architecture" for the menu bar: both actions

    static QString fixesDraftKey() { return QStringLiteral("architecture/fixes"); }

public slots:
    void fixSelected();
    void openNewService();

private:
    void showAudit(); // the session's newest finished architecture audit, or "checking…"
    ArchitecturePolicy policy() const;
    void savePlan(const Result<ArchitecturePlan>& plan); // on the UI thread, once planned

    QPointer<ConsoleSession> m_session; // not owned
    ArchitectureAuditModel* m_model;    // child
    QTableView* m_table;                // child
    QLabel* m_summary;                  // child
    QLabel* m_message;                  // child
    QAction* m_fix;                     // child
    QAction* m_newService;              // child
    bool m_planning = false;            // a Fix selected is being planned off the UI thread
};

} // namespace sc
