// SPDX-License-Identifier: MIT
#pragma once

#include "architectureaudit.h"
#include "orgsnapshot.h"
#include "tieraudit.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sc {

// One tier over the organization: of the projects (services) the policy asks this tier of, how
// many express it as the policy says.
struct TierHealth {
    int required = 0; // m
    int covered = 0;  // n: state ok
    int drifted = 0;
    int missing = 0;
};

// One row of "Projects with problems": a project, a team or the organization itself.
struct HealthProblem {
    enum class Kind { Project, Team, Organization };
    Kind kind = Kind::Project;
    QString slug;                // project or team slug; empty for the organization
    QStringList teams;           // a project's teams, Sentry's order
    QStringList tierGaps;        // "P0 missing", "P2 drifted" (required tiers only)
    QString ownership;           // what is wrong with the ownership rules; empty when fine
    QStringList failingChecks;   // other architecture checks that fail (severity error), policy order
    QStringList warningChecks;   // other architecture checks with a problem of severity warning
    QStringList details;         // one sentence per problem, "check: detail", for the tool tip
    int weight = 0;              // worst first: P0 gaps outweigh everything else

    bool operator==(const HealthProblem&) const = default;
};

// One unpushed change set in the draft store.
struct DraftHealth {
    QString key;        // "ownership/payment-api", "tiers/plan", …
    int operations = 0;
};

// What the client knows from X-Sentry-Rate-Limit-* (Qt Core copy of the client's RateLimitState).
struct RateBudget {
    int limit = -1;          // -1: not reported (no answer carried the headers yet)
    int remaining = -1;
    qint64 resetEpoch = 0;   // seconds since the epoch, 0 unknown
    int concurrentLimit = -1;
    int concurrentRemaining = -1;
};

// The "Org health" page's numbers: coverage per tier, the architecture audit's failures and the
// objects with problems. Audits still being computed count as not audited (tiersAudited /
// architectureAudited false) rather than as healthy.
struct OrgHealth {
    int projects = 0;
    int teams = 0;
    bool tiersAudited = false;
    bool architectureAudited = false;
    std::array<TierHealth, TierCount> tiers{};
    int architectureFailures = 0; // ArchitectureAudit::failures()
    int architectureProblems = 0; // ArchitectureAudit::problems()
    QList<HealthProblem> problems; // worst first, then by kind and slug

    int projectsWithProblems() const;
};

// Pure: summarizes the snapshot's audits. `tiers` and `architecture` may be null (not computed yet).
// Thread-safe on values.
OrgHealth summarizeOrgHealth(const OrgSnapshot& snapshot, const AuditReport* tiers, const ArchitectureAudit* architecture);

// The page's sentences, pure so their wording and edge cases are tested.
QString tierHealthText(const TierHealth& tier);                    // "5 of 7 services covered"
QString tierHealthDetail(const TierHealth& tier);                  // "1 missing, 1 drifted"
QString unpushedText(const QList<DraftHealth>& drafts);            // "3 changes in 2 drafts"
QString rateBudgetText(const RateBudget& budget);                  // "37 of 40 requests left in this window"
// "Concurrent requests: 24 of 25 free. The window ends at 14:03:05." (Sentry's windows are short:
// a time, not a countdown that would go stale on a page that is not repainted every second).
QString rateBudgetDetail(const RateBudget& budget);
// "14:02 (3 minutes ago)", or "never"; `fromCache` and a failure after it are said too.
QString lastSyncText(const QDateTime& takenAt, bool fromCache, const std::optional<QString>& failure, const QDateTime& now);

} // namespace sc
