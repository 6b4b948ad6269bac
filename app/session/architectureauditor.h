// SPDX-License-Identifier: MIT
#pragma once

#include "architectureaudit.h"
#include "architecturepolicy.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace sc {

class ConsoleSession;

// The reference-architecture audit of the session's snapshot, computed off the UI thread (on 2,000
// projects it takes far longer than a frame). A new snapshot or tier policy starts a new run; its
// result is applied on the UI thread when the run's watcher finishes, and a result for an older
// snapshot or policy is dropped (and a run still queued for one is skipped). While a run is out,
// isPending() is true and views say "checking…". Owned by the session (see
// ConsoleSession::architectureAuditor()); one audit serves every view.
class ArchitectureAuditor : public QObject
{
    Q_OBJECT
public:
    explicit ArchitectureAuditor(ConsoleSession* session); // a child of the session
    ~ArchitectureAuditor() override;

    // The default architecture policy with the session's tier policy (the one the Tiers menu edits).
    ArchitecturePolicy policy() const;
    bool hasAudit() const { return m_hasAudit; }
    const ArchitectureAudit& audit() const { return m_audit; } // empty without hasAudit()
    bool isPending() const { return m_pending > 0; }
    // Where the runs go, one at a time (tests hold it to watch the pending state).
    QThreadPool* threadPool() { return &m_pool; }

public slots:
    void restart(); // audits the session's current snapshot (clears the audit when there is none)

signals:
    void started();  // a run for a newer snapshot or policy is out: the shown audit is stale
    void finished(); // audit() / hasAudit() changed (also when cleared)

private:
    ConsoleSession* m_session; // the parent
    ArchitectureAudit m_audit;
    bool m_hasAudit = false;
    int m_pending = 0;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0); // read by queued runs
    QThreadPool m_pool;
};

} // namespace sc
