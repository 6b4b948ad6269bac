// SPDX-License-Identifier: MIT
#include "orghealth.h"

#include "tr.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace sc {

using namespace Qt::StringLiterals;

namespace {

// Tiers and ownership have their own columns; the rest of the architecture checks share one.
bool ownColumn(const QString& checkId)
{
    return checkId == u"tiers"_s || checkId == u"ownership"_s;
}

void addChecks(HealthProblem& row, const QList<CheckResult>& checks)
{
    for (const CheckResult& r : checks) {
        if (!r.problem())
            continue;
        if (r.id == u"ownership"_s) {
            row.ownership = r.detail;
            row.weight += r.fails() ? 40 : 4;
        } else if (!ownColumn(r.id)) {
            (r.fails() ? row.failingChecks : row.warningChecks).append(r.id);
            row.weight += r.fails() ? 10 : 1;
        } else {
            continue; // tiers: from the tier audit, per tier
        }
        row.details.append(u"%1: %2"_s.arg(r.id, r.detail));
    }
}

void addTierGaps(HealthProblem& row, const ProjectAudit& audit)
{
    for (int t = 0; t < TierCount; ++t) {
        const TierCoverage& c = audit.tiers[size_t(t)];
        if (!c.required || c.state == TierState::Ok)
            continue;
        const QString tier = tierName(Tier(t));
        const bool missing = c.state == TierState::Missing;
        row.tierGaps.append(missing ? Tr::tr("%1 missing").arg(tier) : Tr::tr("%1 drifted").arg(tier));
        // P0 first: a missing page for an outage matters more than anything else on the page.
        row.weight += (missing ? 2 : 1) * (1 << (2 * (TierCount - 1 - t))) * 10;
    }
    if (!row.tierGaps.isEmpty())
        row.details.prepend(u"tiers: %1"_s.arg(row.tierGaps.join(u", "_s)));
}

bool hasProblem(const HealthProblem& row)
{
    return !row.tierGaps.isEmpty() || !row.ownership.isEmpty() || !row.failingChecks.isEmpty()
        || !row.warningChecks.isEmpty();
}

} // namespace

int OrgHealth::projectsWithProblems() const
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const HealthProblem& p) { return p.kind == HealthProblem::Kind::Project; }));
}

OrgHealth summarizeOrgHealth(const OrgSnapshot& snapshot, const AuditReport* tiers, const ArchitectureAudit* architecture)
{
    OrgHealth health;
    health.projects = int(snapshot.projects.size());
    health.teams = int(snapshot.teams.size());
    health.tiersAudited = tiers != nullptr;
    health.architectureAudited = architecture != nullptr;
    if (architecture) {
        health.architectureFailures = architecture->failures();
        health.architectureProblems = architecture->problems();
    }
    // Slug → audit row, so 2,000 projects cost one pass, not a search per project.
    QHash<QString, const ProjectAudit*> tierRows;
    if (tiers) {
        for (const ProjectAudit& p : tiers->projects)
            tierRows.insert(p.slug, &p);
    }
    QHash<QString, const ProjectArchitectureAudit*> architectureRows;
    if (architecture) {
        for (const ProjectArchitectureAudit& p : architecture->projects)
            architectureRows.insert(p.slug, &p);
    }
    for (const Project& project : snapshot.projects) {
        HealthProblem row;
        row.slug = project.slug;
        for (const TeamRef& t : project.teams)
            row.teams.append(t.slug);
        if (const ProjectAudit* audit = tierRows.value(project.slug)) {
            for (int t = 0; t < TierCount; ++t) {
                const TierCoverage& c = audit->tiers[size_t(t)];
                if (!c.required)
                    continue;
                TierHealth& h = health.tiers[size_t(t)];
                ++h.required;
                switch (c.state) {
                case TierState::Ok: ++h.covered; break;
                case TierState::Drifted: ++h.drifted; break;
                case TierState::Missing: ++h.missing; break;
                }
            }
            addTierGaps(row, *audit);
        }
        if (const ProjectArchitectureAudit* audit = architectureRows.value(project.slug))
            addChecks(row, audit->checks);
        if (hasProblem(row))
            health.problems.append(row);
    }
    if (architecture) {
        for (const TeamArchitectureAudit& team : architecture->teams) {
            HealthProblem row;
            row.kind = HealthProblem::Kind::Team;
            row.slug = team.slug;
            addChecks(row, team.checks);
            if (hasProblem(row))
                health.problems.append(row);
        }
        HealthProblem org;
        org.kind = HealthProblem::Kind::Organization;
        addChecks(org, architecture->org);
        if (hasProblem(org))
            health.problems.append(org);
    }
    std::stable_sort(health.problems.begin(), health.problems.end(), [](const HealthProblem& a, const HealthProblem& b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.slug < b.slug;
    });
    return health;
}

QString tierHealthText(const TierHealth& tier)
{
    if (tier.required == 0)
        return Tr::tr("not required");
    return Tr::tr("%1 of %n service(s) covered", nullptr, tier.required).arg(tier.covered);
}

QString tierHealthDetail(const TierHealth& tier)
{
    if (tier.required == 0)
        return Tr::tr("The policy asks no project for this tier.");
    if (tier.missing == 0 && tier.drifted == 0)
        return Tr::tr("All as the policy says.");
    QStringList parts;
    if (tier.missing)
        parts << Tr::tr("%n missing", nullptr, tier.missing);
    if (tier.drifted)
        parts << Tr::tr("%n drifted", nullptr, tier.drifted);
    return parts.join(u", "_s);
}

QString unpushedText(const QList<DraftHealth>& drafts)
{
    int operations = 0;
    for (const DraftHealth& d : drafts)
        operations += d.operations;
    if (drafts.isEmpty())
        return Tr::tr("Nothing unpushed");
    return Tr::tr("%n change(s) in %1", nullptr, operations).arg(Tr::tr("%n draft(s)", nullptr, int(drafts.size())));
}

QString rateBudgetText(const RateBudget& budget)
{
    if (budget.limit < 0 || budget.remaining < 0)
        return Tr::tr("Not reported yet");
    return Tr::tr("%1 of %n request(s) left in this window", nullptr, budget.limit).arg(budget.remaining);
}

QString rateBudgetDetail(const RateBudget& budget)
{
    QStringList parts;
    if (budget.concurrentLimit >= 0 && budget.concurrentRemaining >= 0)
        parts << Tr::tr("Concurrent requests: %1 of %2 free.").arg(budget.concurrentRemaining).arg(budget.concurrentLimit);
    if (budget.limit >= 0 && budget.resetEpoch > 0)
        parts << Tr::tr("The window ends at %1.")
                     .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(budget.resetEpoch).toLocalTime().time(), u"HH:mm:ss"_s));
    if (parts.isEmpty())
        return Tr::tr("From Sentry's rate-limit headers, once a request has been answered.");
    return parts.join(u' ');
}

QString lastSyncText(const QDateTime& takenAt, bool fromCache, const std::optional<QString>& failure, const QDateTime& now)
{
    if (!takenAt.isValid())
        return failure ? Tr::tr("Never (the last attempt failed)") : Tr::tr("Never");
    const qint64 seconds = std::max<qint64>(0, takenAt.secsTo(now));
    const QString age = seconds < 60     ? Tr::tr("just now")
                        : seconds < 3600 ? Tr::tr("%n minute(s) ago", nullptr, int(seconds / 60))
                        : seconds < 86400 ? Tr::tr("%n hour(s) ago", nullptr, int(seconds / 3600))
                                          : Tr::tr("%n day(s) ago", nullptr, int(seconds / 86400));
    const QString when = Tr::tr("%1 (%2)").arg(QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat), age);
    if (fromCache)
        return Tr::tr("%1, from the cache").arg(when);
    if (failure)
        return Tr::tr("%1; the last refresh failed").arg(when);
    return when;
}

} // namespace sc
