// SPDX-License-Identifier: MIT
#pragma once

#include "orghealth.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace sc {

class ConsoleSession;
class OrgHealthModel;

// "Org health", the console's start page: coverage per tier P0–P3 (n of m services), the
// architecture audit's failures, unpushed drafts, the last sync and the rate-limit budget as cards,
// then the projects, teams and org-level findings with problems, worst first. Activating a row
// (double-click, Enter) asks the window to open that object (openRequested). Reads only the session
// and its audits (both computed off the UI thread); the summary itself is a pure function of them
// (summarizeOrgHealth), recomputed once per change after the event loop turns.
class OrgHealthView : public QWidget
{
    Q_OBJECT
public:
    explicit OrgHealthView(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    const OrgHealth& health() const { return m_health; }
    OrgHealthModel* model() const { return m_model; }
    QTreeView* problemsView() const { return m_problems; }

signals:
    // kind: "project" | "team" | "architecture" (an org-level finding: the matrix shows it).
    void openRequested(const QString& kind, const QString& slug);
    void reviewPendingRequested();

private:
    struct Card {
        QWidget* frame = nullptr;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
        QProgressBar* bar = nullptr;
    };
    Card addCard(const QString& objectName, const QString& title, bool withBar);
    void scheduleRebuild();
    void rebuild();
    void updateDrafts();
    void updateDraft(const QString& key); // one draft changed; empty: any
    void showDrafts();
    void updateSync();
    void updateBudget();
    void updateProblemsTitle();
    void updateColors();
    void activate(const QModelIndex& index);

protected:
    void changeEvent(QEvent* event) override;

private:
    QPointer<ConsoleSession> m_session; // not owned
    OrgHealth m_health;
    QList<DraftHealth> m_drafts; // sorted by key, of m_draftsProfile
    QString m_draftsProfile;
    OrgHealthModel* m_model;            // child
    QLabel* m_title;                    // child
    std::array<Card, 4> m_tiers;
    Card m_architecture;
    Card m_unpushed;
    Card m_sync;
    Card m_budget;
    QPushButton* m_review = nullptr;    // child: raise the pending-changes panel
    QLabel* m_problemsTitle;            // child
    QTreeView* m_problems;              // child
    QTimer* m_rebuild;                  // child: coalesces the signals of one refresh
    QTimer* m_ageTimer;                 // child: "3 minutes ago" keeps up
};

} // namespace sc
