// SPDX-License-Identifier: MIT
// Tier policy: the YAML loader, then validation, audit and plan against the fixture snapshots in
// tests/data/tiers (workflow engine and legacy alerts). A plan must be a change set that loads again.
// Input: policy YAML.
#include "fuzzcommon.h"

#include "tieraudit.h"
#include "tierplanner.h"
#include "tierpolicy.h"

#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

namespace {

void runAgainst(const TierPolicy& policy, const OrgSnapshot& snapshot)
{
    for (const PolicyDiagnostic& d : policy.validateFor(snapshot))
        require(!d.message.isEmpty(), "a validation finding without message");
    const AuditReport report = auditTiers(snapshot, policy);
    (void)report;

    const TierPlanner planner(snapshot, policy);
    const Result<QStringList> selection = planner.selectProjects({}, {});
    require(selection.has_value(), "the whole org cannot be selected");
    const Result<TierPlan> plan = planner.plan(*selection);
    if (!plan) {
        require(!plan.error().message.isEmpty(), "a plan error without message");
        return;
    }
    // What `tiers plan -o FILE` writes, `apply FILE` reads.
    const QByteArray written = QJsonDocument(plan->changes.toJson()).toJson();
    const Result<ChangeSet> again = ChangeSet::fromJson(QJsonDocument::fromJson(written).object());
    require(again.has_value(), "a planned change set does not load again",
            again ? QString() : again.error().message);
    require(again->operations.size() == plan->changes.operations.size(), "a planned change set loses operations");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const Result<TierPolicy> policy = TierPolicy::fromYaml(text, QStringLiteral("fuzz.yaml"));
    const QList<PolicyDiagnostic> diagnostics = TierPolicy::check(text, QStringLiteral("fuzz.yaml"));
    require(policy.has_value() == diagnostics.isEmpty(), "fromYaml and check disagree");
    for (const PolicyDiagnostic& d : diagnostics)
        require(d.where.line >= 0 && d.where.column >= 0 && !d.message.isEmpty(), "a policy finding without place or message",
                d.toString());
    if (!policy)
        return 0;
    runAgainst(*policy, fuzz::fixtureSnapshot("tiers/demo-workflow.json"));
    runAgainst(*policy, fuzz::fixtureSnapshot("tiers/demo-legacy.json"));
    return 0;
}
