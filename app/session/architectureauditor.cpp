// SPDX-License-Identifier: MIT
#include "architectureauditor.h"

#include "consolesession.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <optional>

namespace sc {

ArchitectureAuditor::ArchitectureAuditor(ConsoleSession* session)
    : QObject(session)
    , m_session(session)
{
    m_pool.setMaxThreadCount(1);
    connect(session, &ConsoleSession::snapshotChanged, this, &ArchitectureAuditor::restart);
    connect(session, &ConsoleSession::policyChanged, this, &ArchitectureAuditor::restart);
}

ArchitectureAuditor::~ArchitectureAuditor()
{
    m_latest->store(-1); // queued runs return at once; the one running finishes on its own values
    m_pool.waitForDone();
}

ArchitecturePolicy ArchitectureAuditor::policy() const
{
    ArchitecturePolicy policy = ArchitecturePolicy::defaultPolicy();
    policy.setTiers(m_session->policy());
    return policy;
}

void ArchitectureAuditor::restart()
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (!m_session->hasSnapshot()) {
        m_audit = {};
        m_hasAudit = false;
        emit finished();
        return;
    }
    ++m_pending;
    auto* watcher = new QFutureWatcher<std::optional<ArchitectureAudit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        const std::optional<ArchitectureAudit> audit = watcher->result();
        if (generation != m_generation || !audit)
            return; // a newer snapshot or policy is being audited: this one is stale
        m_audit = *audit;
        m_hasAudit = true;
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [snapshot = m_session->snapshot(), policy = policy(), generation,
                                                   latest = m_latest]() -> std::optional<ArchitectureAudit> {
        if (latest->load() != generation)
            return std::nullopt; // superseded while queued
        return auditArchitecture(snapshot, policy);
    }));
    emit started();
}

} // namespace sc
