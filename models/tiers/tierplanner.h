// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "orgsnapshot.h"
#include "result.h"
#include "tierpolicy.h"

#include <QStringList>

namespace sc {

struct TierPlan {
    ChangeSet changes;
    QStringList notes;   // what the plan cannot fix by itself (e.g. a project without an error detector)
};

// Plans the creates, updates and connections that bring a selection of projects to the policy,
// as a change set of real API requests for the server's alert generation (workflow engine or
// legacy rules). It never rewrites alerts it does not manage; in the objects it does manage it
// changes only the differing fields and keeps the rest (frequency, owner, extra actions, filters
// and their ids). It deletes only a transaction-based P2 detector whose query must change: sentry.io
// refuses that edit, so the plan creates the span form and deletes the old detector once the new
// one is verified (CONTRACT §0b.2). Issue tiers connect through each project's issue_stream
// detector where it has one, else its error detector.
//
// Bodies of later operations reference objects created earlier in the same set as "${op-N.id}";
// the push engine substitutes the created object's id (in path, body, base and desired).
// Pure: a function of the snapshot and the policy (both must outlive the planner).
class TierPlanner
{
public:
    TierPlanner(const OrgSnapshot& snapshot, const TierPolicy& policy);

    // Project slugs for a selection: the named projects plus every project of the named teams;
    // both empty = the whole org. Unknown names are usage errors.
    Result<QStringList> selectProjects(const QStringList& projects, const QStringList& teams) const;

    // Fails (ErrorKind::Validation, nothing planned) when a selected project's tier cannot be
    // routed: no integration of that kind, an unknown PagerDuty service, a team without routing.
    Result<TierPlan> plan(const QStringList& projectSlugs) const;

private:
    const OrgSnapshot& m_snapshot;
    const TierPolicy& m_policy;
};

} // namespace sc
