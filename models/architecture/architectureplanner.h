// SPDX-License-Identifier: MIT
#pragma once

#include "architectureaudit.h"
#include "architecturepolicy.h"
#include "changeset.h"
#include "orgsnapshot.h"
#include "result.h"

#include <QStringList>

namespace sc {

struct ArchitecturePlan {
    ChangeSet changes;
    QStringList notes;   // what no API call can fix (a release, source maps, an owner that does not exist)
};

// Change-set operations that bring the selected projects to the policy (both lists empty = the
// whole org; unknown names are usage errors): team access for an orphan whose catch-all rule names
// its team, ownership rules and catch-all, the tiers (TierPlanner), the health-check filter,
// scrubbing (partial project PUT), key rate limits, spike protection and a heartbeat monitor for
// workers. Pure: a function of the snapshot and the policy; only checks of severity error or
// warning are planned.
Result<ArchitecturePlan> planArchitectureFixes(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy,
                                               const QStringList& projects, const QStringList& teams);

struct ServiceRequest {
    QString team;        // slug of an existing team
    QString name;        // the service's name; its slug is serviceSlug(name)
    QString platform;    // Sentry platform id (python-django, node-express, …)
    QString ownership;   // ownership rules; empty: "* #team"
};

struct ServicePlan {
    ChangeSet changes;   // op-1 creates the project; later operations name it as ${op-1.slug} / ${op-1.id}
    QString slug;
    QStringList notes;
};

// One change set that onboards a service: create the project under the team (default_rules: false),
// the tiers, ownership rules, the health-check filter, scrubbing, the key rate limit and (for a
// worker) a heartbeat monitor, all from the policy. Fails with ErrorKind::Usage for an unknown team
// or a bad name and ErrorKind::Conflict for a slug the org already has, before anything is planned.
Result<ServicePlan> planNewService(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy, const ServiceRequest& request);

// Sentry's slug for a project name (slugify: lower case, runs of other characters become "-").
QString serviceSlug(const QString& name);

// The start-up code for the service's platform with its DSN (Node: the shared initSentry module;
// Python: sentry_sdk.init without default PII, the release as service@version, health checks
// sampled at 0). Other platforms get the generic SDK init.
QString startupSnippet(const QString& platform, const QString& serviceSlug, const QString& dsn);

} // namespace sc
