// SPDX-License-Identifier: MIT
// The shared planner: walks the selected projects' tiers as the matcher measured them and hands each
// missing or drifted piece to the adapter of its alert generation (workflowtieradapter.cpp for
// detectors and workflows, legacytieradapter.cpp for issue and metric alert rules). What an operation
// is (kind, target, summary, base) is decided here; what its objects and requests look like there.
#include "tierplanner.h"
#include "legacytieradapter.h"
#include "tiermatcher.h"
#include "tierplancontext.h"
#include "tr.h"
#include "workflowtieradapter.h"

namespace sc {

namespace {

using namespace tierplan;

class PlanBuilder
{
public:
    PlanBuilder(const OrgSnapshot& snapshot, const TierPolicy& policy)
        : m_plan(snapshot, policy)
        , m_workflows(m_plan)
        , m_legacy(m_plan)
        , m_serverGeneration(snapshot.alertsApi == AlertsApi::Legacy ? static_cast<TierGenerationAdapter&>(m_legacy)
                                                                     : m_workflows)
    {
    }

    const QStringList& errors() const { return m_plan.errors; }
    const QStringList& notes() const { return m_plan.notes; }

    void planProject(const Project& project)
    {
        const ProjectMatch match = m_plan.matcher.matchProject(project);
        for (const TierMatch& tier : match.tiers) {
            if (!tier.applies || tier.coverage.state == TierState::Ok)
                continue;
            if (!tier.target) {
                if (!m_plan.errors.contains(tier.targetError))
                    m_plan.errors.append(tier.targetError);
                continue;
            }
            if (tier.spec.isIssueTier()) {
                const PartMatch& part = tier.parts.first();
                if (!part.alert)
                    m_serverGeneration.addIssueTier(tier, match);
                else
                    fixIssueAlert(tier, part, project);
                continue;
            }
            for (qsizetype i = 0; i < tier.parts.size(); ++i) {
                const PartMatch& part = tier.parts.at(i);
                const TierPartPolicy& partPolicy = tier.spec.parts.at(i);
                if (!part.alert)
                    m_serverGeneration.addMetricPart(tier, partPolicy, match);
                else if (!part.drift.isEmpty())
                    adapterFor(part.alert->objectType).fixMetricPart(tier, partPolicy, part, match);
            }
        }
    }

    ChangeSet finish() const
    {
        ChangeSet set;
        set.server = m_plan.snapshot.server;
        set.org = m_plan.snapshot.orgSlug;
        set.created = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < m_plan.ops.size(); ++i)
            set.operations.append(toOperation(m_plan.ops.at(i), i));
        return set;
    }

private:
    TierPlanContext m_plan;
    WorkflowTierAdapter m_workflows;
    LegacyTierAdapter m_legacy;
    TierGenerationAdapter& m_serverGeneration; // what new alerts are made of on this server

    // Existing alerts are fixed in their own generation, whatever new ones would be made of.
    TierGenerationAdapter& adapterFor(TargetType type)
    {
        return type == TargetType::IssueAlertRule || type == TargetType::MetricAlertRule
                   ? static_cast<TierGenerationAdapter&>(m_legacy)
                   : m_workflows;
    }
    const TierGenerationAdapter& adapterFor(TargetType type) const
    {
        return const_cast<PlanBuilder*>(this)->adapterFor(type);
    }

    void fixIssueAlert(const TierMatch& tier, const PartMatch& part, const Project& project)
    {
        const AlertDescription& alert = *part.alert;
        const TierGenerationAdapter& adapter = adapterFor(alert.objectType);
        PendingOp& op = m_plan.edit(alert.objectType, alert, project.slug);
        for (const TierDrift& drift : part.drift) {
            if (drift.object != alert.id || op.fixed.contains(drift.field))
                continue;
            op.fixed.insert(drift.field);
            op.onlyConnects = false;
            adapter.fixIssueField(op.desired, drift.field, tier);
            op.summaries.append(QStringLiteral("%1: %2 %3 → %4")
                                    .arg(TierPlanContext::partTitle(tier, {}, project.slug),
                                         QString(drift.field).replace(QLatin1Char('.'), QLatin1Char(' ')), valueText(drift.server),
                                         valueText(drift.policy)));
        }
    }

    ChangeOperation toOperation(const PendingOp& pending, qsizetype index) const
    {
        ChangeOperation op;
        op.id = TierPlanContext::opId(index);
        op.kind = pending.create         ? OperationKind::Create
                  : pending.remove       ? OperationKind::Delete
                  : pending.onlyConnects ? OperationKind::Connect
                                         : OperationKind::Update;
        op.target = {pending.type, pending.project, pending.id};
        QStringList summaries = pending.summaries;
        summaries.removeDuplicates();
        op.summary = summaries.join(QLatin1String("; "));
        op.base = pending.create ? QJsonValue(QJsonValue::Null) : QJsonValue(pending.base);
        QJsonObject desired = pending.desired;
        op.request = adapterFor(pending.type).request(pending, desired);
        op.desired = pending.remove ? QJsonValue(QJsonValue::Null) : QJsonValue(desired);
        return op;
    }
};

} // namespace

TierPlanner::TierPlanner(const OrgSnapshot& snapshot, const TierPolicy& policy)
    : m_snapshot(snapshot)
    , m_policy(policy)
{
}

Result<QStringList> TierPlanner::selectProjects(const QStringList& projects, const QStringList& teams) const
{
    QStringList slugs;
    if (projects.isEmpty() && teams.isEmpty()) {
        for (const Project& project : m_snapshot.projects)
            slugs.append(project.slug);
        return slugs;
    }
    for (const QString& slug : projects) {
        if (!m_snapshot.projectBySlug(slug))
            return fail(ErrorKind::Usage, Tr::tr("There is no project \"%1\" in %2.").arg(slug, m_snapshot.orgSlug));
        if (!slugs.contains(slug))
            slugs.append(slug);
    }
    for (const QString& team : teams) {
        if (!m_snapshot.teamBySlug(team))
            return fail(ErrorKind::Usage, Tr::tr("There is no team \"%1\" in %2.").arg(team, m_snapshot.orgSlug));
        for (const Project& project : m_snapshot.projects) {
            if (project.teamSlugs().contains(team) && !slugs.contains(project.slug))
                slugs.append(project.slug);
        }
    }
    return slugs;
}

Result<TierPlan> TierPlanner::plan(const QStringList& projectSlugs) const
{
    PlanBuilder builder(m_snapshot, m_policy);
    for (const QString& slug : projectSlugs) {
        const Project* project = m_snapshot.projectBySlug(slug);
        if (!project)
            return fail(ErrorKind::Usage, Tr::tr("There is no project \"%1\" in %2.").arg(slug, m_snapshot.orgSlug));
        builder.planProject(*project);
    }
    if (!builder.errors().isEmpty())
        return fail(ErrorKind::Validation,
                    Tr::tr("Nothing was planned: the policy cannot route some tiers.") + QLatin1Char('\n')
                        + builder.errors().join(QLatin1Char('\n')));
    TierPlan plan;
    plan.changes = builder.finish();
    plan.notes = builder.notes();
    return plan;
}

} // namespace sc
