// SPDX-License-Identifier: MIT
#include "workflowtieradapter.h"
#include "alertrequests.h"
#include "jsonio.h"
#include "tr.h"

#include <QJsonArray>

namespace sc::tierplan {

namespace {

QString resolveComparison(const QString& comparison)
{
    if (comparison == QLatin1String("gt"))
        return L("lte");
    if (comparison == QLatin1String("gte"))
        return L("lt");
    if (comparison == QLatin1String("lt"))
        return L("gte");
    return L("gt");
}

void addId(QJsonObject& object, const char* key, const QString& id)
{
    QJsonArray ids = object.value(QLatin1String(key)).toArray();
    for (const QJsonValue& value : ids) {
        if (jsonId(value) == id)
            return;
    }
    ids.append(id);
    object.insert(QLatin1String(key), ids);
}

void setTriggers(QJsonObject& workflow, const QStringList& wanted)
{
    QJsonObject triggers = workflow.value(QLatin1String("triggers")).toObject();
    QJsonArray kept;
    QStringList present;
    for (const QJsonValue& value : triggers.value(QLatin1String("conditions")).toArray()) {
        const QString type = value.toObject().value(QLatin1String("type")).toString();
        if (wanted.contains(type) && !present.contains(type)) {
            kept.append(value);
            present.append(type);
        }
    }
    for (const QString& type : wanted) {
        if (!present.contains(type))
            kept.append(QJsonObject{{L("type"), type}, {L("comparison"), true}, {L("conditionResult"), true}});
    }
    triggers.insert(L("conditions"), kept);
    workflow.insert(L("triggers"), triggers);
}

// The environment may live in the field or in a tagged_event filter: change it where it is.
void setEnvironment(QJsonObject& workflow, const QString& environment)
{
    QJsonArray filters = workflow.value(QLatin1String("actionFilters")).toArray();
    for (qsizetype f = 0; f < filters.size(); ++f) {
        QJsonObject filter = filters.at(f).toObject();
        QJsonArray conditions = filter.value(QLatin1String("conditions")).toArray();
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            QJsonObject condition = conditions.at(c).toObject();
            QJsonObject comparison = condition.value(QLatin1String("comparison")).toObject();
            if (condition.value(QLatin1String("type")).toString() == QLatin1String("tagged_event")
                && comparison.value(QLatin1String("key")).toString() == QLatin1String("environment")
                && workflow.value(QLatin1String("environment")).toString().isEmpty()) {
                comparison.insert(L("value"), environment);
                comparison.insert(L("match"), L("eq"));
                condition.insert(L("comparison"), comparison);
                conditions.replace(c, condition);
                filter.insert(L("conditions"), conditions);
                filters.replace(f, filter);
                workflow.insert(L("actionFilters"), filters);
                return;
            }
        }
    }
    workflow.insert(L("environment"), environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(environment));
}

// What sentry.io no longer lets a PUT change on a transaction-based detector
// (is_editing_transaction_dataset): such a fix replaces the detector by its span form.
bool touchesTransactionQuery(const AlertDescription& alert, const PartMatch& match)
{
    if (alert.objectType != TargetType::Detector || !alert.transactionBased)
        return false;
    static const QSet<QString> queryFields{QStringLiteral("dataset"), QStringLiteral("aggregate"), QStringLiteral("query"),
                                           QStringLiteral("eventTypes"), QStringLiteral("window")};
    for (const TierDrift& drift : match.drift) {
        if (drift.object == alert.id && queryFields.contains(drift.field))
            return true;
    }
    return false;
}

QJsonObject conditionGroup(const TierPartPolicy& part)
{
    return QJsonObject{{L("logicType"), L("any")},
                       {L("conditions"), QJsonArray{QJsonObject{{L("type"), part.comparison},
                                                                {L("comparison"), part.threshold},
                                                                {L("conditionResult"), 75}},
                                                    QJsonObject{{L("type"), resolveComparison(part.comparison)},
                                                                {L("comparison"), part.threshold},
                                                                {L("conditionResult"), 0}}}}};
}

void fixDetectorField(QJsonObject& detector, const QString& field, const TierPartPolicy& part, const QString& environment)
{
    if (field == QLatin1String("enabled")) {
        detector.insert(L("enabled"), true);
        return;
    }
    if (field.startsWith(QLatin1String("condition"))) {
        QJsonObject group = detector.value(QLatin1String("conditionGroup")).toObject();
        QJsonArray conditions = group.value(QLatin1String("conditions")).toArray();
        bool trigger = false;
        bool resolve = false;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            QJsonObject condition = conditions.at(i).toObject();
            const bool raises = condition.value(QLatin1String("conditionResult")).toInt() != 0;
            if (condition.value(QLatin1String("type")).toString() == QLatin1String("anomaly_detection"))
                continue;
            condition.insert(L("type"), raises ? part.comparison : resolveComparison(part.comparison));
            condition.insert(L("comparison"), part.threshold);
            conditions.replace(i, condition);
            (raises ? trigger : resolve) = true;
        }
        if (!trigger)
            conditions.append(QJsonObject{{L("type"), part.comparison}, {L("comparison"), part.threshold}, {L("conditionResult"), 75}});
        if (!resolve)
            conditions.append(QJsonObject{{L("type"), resolveComparison(part.comparison)}, {L("comparison"), part.threshold},
                                          {L("conditionResult"), 0}});
        group.insert(L("conditions"), conditions);
        if (!group.contains(QLatin1String("logicType")))
            group.insert(L("logicType"), L("any"));
        detector.insert(L("conditionGroup"), group);
        return;
    }
    QJsonArray sources = detector.value(QLatin1String("dataSources")).toArray();
    if (sources.isEmpty())
        sources.append(QJsonObject{{L("type"), L("snuba_query_subscription")}, {L("queryObj"), QJsonObject{{L("snubaQuery"), QJsonObject()}}}});
    QJsonObject source = sources.first().toObject();
    QJsonObject queryObj = source.value(QLatin1String("queryObj")).toObject();
    QJsonObject snuba = queryObj.value(QLatin1String("snubaQuery")).toObject();
    if (field == QLatin1String("dataset"))
        snuba.insert(L("dataset"), part.dataset);
    else if (field == QLatin1String("aggregate"))
        snuba.insert(L("aggregate"), part.aggregate);
    else if (field == QLatin1String("query"))
        snuba.insert(L("query"), part.query);
    else if (field == QLatin1String("eventTypes"))
        snuba.insert(L("eventTypes"), QJsonArray::fromStringList(part.eventTypes));
    else if (field == QLatin1String("window"))
        snuba.insert(L("timeWindow"), part.windowSeconds);
    else if (field == QLatin1String("environment"))
        snuba.insert(L("environment"), environment);
    queryObj.insert(L("snubaQuery"), snuba);
    source.insert(L("queryObj"), queryObj);
    sources.replace(0, source);
    detector.insert(L("dataSources"), sources);
}

} // namespace

// ---- read-shaped pieces -------------------------------------------------------------------------

QJsonObject WorkflowTierAdapter::workflowAction(const AlertAction& target, const TierSpec& spec) const
{
    QJsonObject data;
    if (target.type == QLatin1String("pagerduty")) {
        data.insert(L("priority"), spec.action.priority.isEmpty() ? L("critical") : spec.action.priority);
    } else if (!spec.action.tags.isEmpty()) {
        data.insert(L("tags"), spec.action.tags);
        data.insert(L("notes"), QString());
    }
    // Slack: the channel id (or "" for Sentry to look the name up) and the name without "#";
    // PagerDuty: the service id and its name (CONTRACT §0b.3).
    const bool slack = target.type == QLatin1String("slack");
    const QString display = slack ? slackChannelName(target.display) : target.display;
    return QJsonObject{{L("type"), target.type},
                       {L("integrationId"), target.integrationId},
                       {L("data"), data},
                       {L("config"), QJsonObject{{L("targetType"), L("specific")},
                                                 {L("targetIdentifier"), target.target},
                                                 {L("targetDisplay"), display.isEmpty() && !slack ? QJsonValue(QJsonValue::Null)
                                                                                                  : QJsonValue(display)}}},
                       {L("status"), L("active")}};
}

// Points the first action of the tier's type at the target (keeping its data), or adds one.
void WorkflowTierAdapter::setWorkflowTarget(QJsonObject& workflow, const TierMatch& tier) const
{
    QJsonArray filters = workflow.value(QLatin1String("actionFilters")).toArray();
    for (qsizetype f = 0; f < filters.size(); ++f) {
        QJsonObject filter = filters.at(f).toObject();
        QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
        for (qsizetype a = 0; a < actions.size(); ++a) {
            QJsonObject action = actions.at(a).toObject();
            if (action.value(QLatin1String("type")).toString() != tier.target->type)
                continue;
            const QJsonObject wanted = workflowAction(*tier.target, tier.spec);
            action.insert(L("integrationId"), wanted.value(QLatin1String("integrationId")));
            action.insert(L("config"), wanted.value(QLatin1String("config")));
            actions.replace(a, action);
            filter.insert(L("actions"), actions);
            filters.replace(f, filter);
            workflow.insert(L("actionFilters"), filters);
            return;
        }
    }
    if (filters.isEmpty())
        filters.append(QJsonObject{{L("organizationId"), m_plan.snapshot.organization.id}, {L("logicType"), L("all")},
                                   {L("conditions"), QJsonArray()}, {L("actions"), QJsonArray()}});
    QJsonObject filter = filters.first().toObject();
    QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
    actions.append(workflowAction(*tier.target, tier.spec));
    filter.insert(L("actions"), actions);
    filters.replace(0, filter);
    workflow.insert(L("actionFilters"), filters);
}

// ---- workflows to connect to --------------------------------------------------------------------

// A workflow that already expresses the issue tier correctly (one usually serves many projects).
std::optional<QString> WorkflowTierAdapter::existingIssueWorkflow(const TierMatch& tier) const
{
    const AlertDescription* best = nullptr;
    for (qsizetype i = 0; i < m_plan.matcher.alerts().size(); ++i) {
        const AlertDescription& alert = m_plan.matcher.alerts().at(i);
        if (alert.objectType != TargetType::Workflow || m_plan.matcher.issueClassAt(i) != tier.tier)
            continue;
        if (!m_plan.matcher.matchIssueTier(tier, {&alert}).drift.isEmpty())
            continue;
        if (!best || alert.connectedIds.size() > best->connectedIds.size())
            best = &alert;
    }
    return best ? std::optional<QString>(best->id) : std::nullopt;
}

// The workflow carrying a threshold tier's action for the project's team: an existing one
// with the right target, or one this plan creates. Returns an id or a placeholder.
QString WorkflowTierAdapter::routeWorkflow(const TierMatch& tier, const ProjectMatch& match)
{
    const QString team = match.routingTeam;
    const AlertDescription* best = nullptr;
    int bestScore = 0;
    for (qsizetype i = 0; i < m_plan.matcher.alerts().size(); ++i) {
        const AlertDescription& alert = m_plan.matcher.alerts().at(i);
        if (alert.objectType != TargetType::Workflow || !alert.enabled)
            continue;
        bool routes = false;
        for (const AlertAction& action : alert.actions)
            routes = routes || sameTarget(action, *tier.target);
        if (!routes)
            continue;
        int tierDetectors = 0;
        int teamDetectors = 0;
        for (const AlertDescription* detector : m_plan.matcher.detectorsOfWorkflow(alert.id)) {
            const auto cls = m_plan.matcher.classifyMetric(*detector);
            if (!cls || cls->tier != tier.tier || detector->kind != AlertDescription::Kind::Metric)
                continue;
            ++tierDetectors;
            const Project* owner = m_plan.snapshot.projectById(detector->projectId);
            if (owner && m_plan.policy.routingTeam(*owner) == team)
                ++teamDetectors;
        }
        const bool named = alert.nameHint == tier.tier
            && (!tier.spec.workflowPerTeam || alert.name.contains(team, Qt::CaseInsensitive));
        if (tier.spec.workflowPerTeam && teamDetectors == 0 && !named)
            continue;
        if (!tier.spec.workflowPerTeam && tierDetectors == 0 && !named)
            continue;
        const int score = 1 + (tier.spec.workflowPerTeam ? teamDetectors : tierDetectors) * 2 + (named ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = &alert;
        }
    }
    if (best)
        return best->id;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(tierName(tier.tier), tier.spec.workflowPerTeam ? team : QString(),
                                                            tier.target->integrationId, tier.target->target);
    const auto created = m_createdWorkflow.constFind(key);
    if (created != m_createdWorkflow.cend())
        return TierPlanContext::placeholder(*created);
    const qsizetype index = createWorkflow(tier, team, {}, {});
    m_createdWorkflow.insert(key, index);
    return TierPlanContext::placeholder(index);
}

qsizetype WorkflowTierAdapter::createWorkflow(const TierMatch& tier, const QString& team, const QStringList& triggers, const QString& project)
{
    QJsonArray conditions;
    for (const QString& trigger : triggers)
        conditions.append(QJsonObject{{L("type"), trigger}, {L("comparison"), true}, {L("conditionResult"), true}});
    PendingOp op;
    op.type = TargetType::Workflow;
    op.create = true;
    op.onlyConnects = false;
    op.desired = QJsonObject{
        {L("name"), m_plan.tierAlertName(tier, team)},
        {L("enabled"), true},
        {L("environment"), tier.spec.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.spec.environment)},
        {L("config"), QJsonObject{{L("frequency"), tier.spec.frequency}}},
        {L("triggers"), QJsonObject{{L("logicType"), L("any-short")}, {L("conditions"), conditions}}},
        {L("actionFilters"), QJsonArray{QJsonObject{{L("organizationId"), m_plan.snapshot.organization.id},
                                                    {L("logicType"), L("all")},
                                                    {L("conditions"), QJsonArray()},
                                                    {L("actions"), QJsonArray{workflowAction(*tier.target, tier.spec)}}}}},
        {L("detectorIds"), QJsonArray()},
    };
    op.summaries.append(Tr::tr("%1: create workflow \"%2\" → %3")
                            .arg(project.isEmpty() ? tierName(tier.tier) : TierPlanContext::partTitle(tier, {}, project),
                                 op.desired.value(QLatin1String("name")).toString(), describeTarget(*tier.target)));
    m_plan.append(op);
    return m_plan.ops.size() - 1;
}

// ---- issue tiers (P1, P3) -----------------------------------------------------------------------

void WorkflowTierAdapter::addIssueTier(const TierMatch& tier, const ProjectMatch& match)
{
    const QString slug = match.project->slug;
    // New connections go to the project's issue_stream detector, else its error detector (CONTRACT §0b.5).
    if (!match.issueDetector()) {
        m_plan.notes.append(Tr::tr("%1: the project has neither an issue-stream nor an error detector to connect; Sentry "
                            "creates both with the project (servers upgraded from older releases may lack them).")
                         .arg(TierPlanContext::partTitle(tier, {}, slug)));
        return;
    }
    const QString detectorId = match.issueDetector()->id;
    const QString detectorKind = match.issueDetector()->raw.value(QLatin1String("type")).toString() == QLatin1String("issue_stream")
        ? Tr::tr("issue-stream")
        : Tr::tr("error");
    if (const std::optional<QString> existing = existingIssueWorkflow(tier)) {
        const AlertDescription* workflow = m_plan.matcher.workflow(*existing);
        PendingOp& op = m_plan.edit(TargetType::Workflow, *workflow, slug);
        addId(op.desired, "detectorIds", detectorId);
        op.summaries.append(Tr::tr("%1: connect %2 detector %3 to workflow \"%4\"")
                                .arg(TierPlanContext::partTitle(tier, {}, slug), detectorKind, detectorId, workflow->name));
        return;
    }
    const QString key = QStringLiteral("%1//%2/%3").arg(tierName(tier.tier), tier.target->integrationId, tier.target->target);
    auto created = m_createdWorkflow.constFind(key);
    if (created == m_createdWorkflow.cend())
        created = m_createdWorkflow.insert(key, createWorkflow(tier, QString(), tier.spec.triggers, slug));
    PendingOp& op = m_plan.ops[*created];
    addId(op.desired, "detectorIds", detectorId);
    op.summaries.append(Tr::tr("%1: connect %2 detector %3 to the new workflow").arg(TierPlanContext::partTitle(tier, {}, slug), detectorKind, detectorId));
}

void WorkflowTierAdapter::fixIssueField(QJsonObject& workflow, const QString& field, const TierMatch& tier) const
{
    if (field == QLatin1String("triggers"))
        setTriggers(workflow, tier.spec.triggers);
    else if (field == QLatin1String("environment"))
        setEnvironment(workflow, tier.spec.environment);
    else if (field.startsWith(QLatin1String("action")))
        setWorkflowTarget(workflow, tier);
    else if (field == QLatin1String("enabled"))
        workflow.insert(L("enabled"), true);
}

// ---- threshold tiers (P0, P2) -------------------------------------------------------------------

void WorkflowTierAdapter::addMetricPart(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match)
{
    createDetector(tier, part, match, {});
}

// Returns the index of the create. `route`: the workflow to connect to (else the team's right one).
qsizetype WorkflowTierAdapter::createDetector(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match,
                                              const QString& route)
{
    const QString slug = match.project->slug;
    const QString team = m_plan.teamId(match.routingTeam);
    PendingOp op;
    op.project = slug;
    op.create = true;
    op.onlyConnects = false;
    const QString workflow = route.isEmpty() ? routeWorkflow(tier, match) : route;
    op.type = TargetType::Detector;
    op.desired = QJsonObject{
        {L("name"), m_plan.partAlertName(tier, part, slug)},
        {L("type"), L("metric_issue")},
        {L("projectId"), match.project->id},
        {L("enabled"), true},
        {L("config"), QJsonObject{{L("detectionType"), L("static")}, {L("comparisonDelta"), QJsonValue(QJsonValue::Null)}}},
        {L("dataSources"), QJsonArray{QJsonObject{
                               {L("type"), L("snuba_query_subscription")},
                               {L("queryObj"), QJsonObject{{L("snubaQuery"),
                                                            QJsonObject{{L("dataset"), part.dataset},
                                                                        {L("query"), part.query},
                                                                        {L("aggregate"), part.aggregate},
                                                                        {L("timeWindow"), part.windowSeconds},
                                                                        {L("environment"), tier.spec.environment.isEmpty()
                                                                                               ? QJsonValue(QJsonValue::Null)
                                                                                               : QJsonValue(tier.spec.environment)},
                                                                        {L("eventTypes"), QJsonArray::fromStringList(part.eventTypes)}}}}}}}},
        {L("conditionGroup"), conditionGroup(part)},
        {L("workflowIds"), QJsonArray{workflow}},
    };
    if (!team.isEmpty())
        op.desired.insert(L("owner"), QJsonObject{{L("type"), L("team")}, {L("id"), team}});
    const AlertDescription* routeWorkflow = m_plan.matcher.workflow(workflow);
    op.summaries.append(Tr::tr("%1: create detector %2 %3 %4 over %5 s, connected to %6")
                            .arg(TierPlanContext::partTitle(tier, part.key, slug), part.aggregate, part.comparison)
                            .arg(part.threshold)
                            .arg(part.windowSeconds)
                            .arg(routeWorkflow ? QStringLiteral("\"%1\"").arg(routeWorkflow->name) : Tr::tr("the new workflow")));
    m_plan.append(op);
    return m_plan.ops.size() - 1;
}

// Create of the span form (connected where the old detector routes, when that route is right)
// plus a delete of the old detector that waits until the create is verified: the delete's
// summary names the create's placeholder, which the push engine treats as a dependency.
void WorkflowTierAdapter::replaceTransactionDetector(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                                const ProjectMatch& project)
{
    const AlertDescription& alert = *match.alert;
    const QString title = TierPlanContext::partTitle(tier, part.key, project.project->slug);
    bool routeOk = !match.routes.isEmpty();
    for (const TierDrift& drift : match.drift) {
        if (drift.object != alert.id)
            routeOk = false; // the routed workflow drifted: take the team's right route
        else if (drift.field == QLatin1String("workflow") || drift.field.startsWith(QLatin1String("action")))
            routeOk = false;
    }
    const qsizetype created = createDetector(tier, part, project, routeOk ? match.routes.first()->id : QString());
    m_plan.ops[created].summaries.append(Tr::tr("%1: it replaces transaction-based detector %2, whose query Sentry no longer edits")
                                        .arg(title, alert.id));
    PendingOp op;
    op.type = TargetType::Detector;
    op.id = alert.id;
    op.project = project.project->slug;
    op.remove = true;
    op.onlyConnects = false;
    op.base = alert.raw;
    op.summaries.append(Tr::tr("%1: delete transaction-based detector %2 \"%3\" once its span-based replacement %4 is verified")
                            .arg(title, alert.id, alert.name, TierPlanContext::placeholder(created)));
    m_plan.opByObject.insert(L("detector/") + alert.id, m_plan.ops.size());
    m_plan.append(op);
    for (const TierDrift& drift : match.drift) {
        if (drift.object != alert.id)
            fixRouteWorkflow(tier, drift, alert, project, title, /*replaced=*/true);
    }
}

void WorkflowTierAdapter::fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match, const ProjectMatch& project)
{
    const AlertDescription& alert = *match.alert;
    const QString slug = project.project->slug;
    const QString title = TierPlanContext::partTitle(tier, part.key, slug);
    if (touchesTransactionQuery(alert, match)) {
        replaceTransactionDetector(tier, part, match, project);
        return;
    }
    for (const TierDrift& drift : match.drift) {
        const QString summary = QStringLiteral("%1: %2 %3 → %4").arg(title, QString(drift.field).replace(QLatin1Char('.'), QLatin1Char(' ')),
                                                                   valueText(drift.server), valueText(drift.policy));
        if (drift.object != alert.id) {
            fixRouteWorkflow(tier, drift, alert, project, title);
            continue;
        }
        // routeWorkflow() may append a create: take the reference to the edit after it.
        const QString route = drift.field == QLatin1String("workflow") ? routeWorkflow(tier, project) : QString();
        PendingOp& op = m_plan.edit(alert.objectType, alert, slug);
        op.onlyConnects = false;
        if (drift.field == QLatin1String("workflow")) {
            addId(op.desired, "workflowIds", route);
            op.summaries.append(Tr::tr("%1: connect detector %2 to the %3 workflow").arg(title, alert.id, describeTarget(*tier.target)));
            continue;
        }
        fixDetectorField(op.desired, drift.field, part, tier.spec.environment);
        op.summaries.append(summary);
    }
}

void WorkflowTierAdapter::fixRouteWorkflow(const TierMatch& tier, const TierDrift& drift, const AlertDescription& detector,
                      const ProjectMatch& project, const QString& title, bool replaced)
{
    const AlertDescription* workflow = m_plan.matcher.workflow(drift.object);
    if (!workflow)
        return;
    if (replaced && drift.field != QLatin1String("enabled"))
        return; // the replacement was already connected to the team's right route
    if (drift.field == QLatin1String("enabled")) {
        PendingOp& op = m_plan.edit(TargetType::Workflow, *workflow, QString());
        if (!op.fixed.contains(drift.field)) {
            op.fixed.insert(drift.field);
            op.onlyConnects = false;
            op.desired.insert(L("enabled"), true);
            op.summaries.append(Tr::tr("%1: enable workflow \"%2\"").arg(title, workflow->name));
        }
        return;
    }
    // A wrong target: retarget the workflow only when every detector it serves is this team's
    // tier; otherwise move this detector to the team's own route.
    bool teamOnly = tier.spec.workflowPerTeam;
    for (const AlertDescription* other : m_plan.matcher.detectorsOfWorkflow(workflow->id)) {
        const Project* owner = m_plan.snapshot.projectById(other->projectId);
        if (!owner || m_plan.policy.routingTeam(*owner) != project.routingTeam)
            teamOnly = false;
    }
    if (teamOnly) {
        PendingOp& op = m_plan.edit(TargetType::Workflow, *workflow, QString());
        if (!op.fixed.contains(drift.field)) {
            op.fixed.insert(drift.field);
            op.onlyConnects = false;
            setWorkflowTarget(op.desired, tier);
            op.summaries.append(QStringLiteral("%1: %2 %3 → %4").arg(title, QString(drift.field).replace(QLatin1Char('.'), QLatin1Char(' ')),
                                                                    valueText(drift.server), valueText(drift.policy)));
        }
        return;
    }
    const QString route = routeWorkflow(tier, project);
    PendingOp& op = m_plan.edit(TargetType::Detector, detector, project.project->slug);
    op.onlyConnects = false;
    QJsonArray ids;
    for (const QJsonValue& id : op.desired.value(QLatin1String("workflowIds")).toArray()) {
        if (jsonId(id) != workflow->id)
            ids.append(id);
    }
    op.desired.insert(L("workflowIds"), ids);
    addId(op.desired, "workflowIds", route);
    op.summaries.append(Tr::tr("%1: route detector %2 to %3 instead of %4").arg(title, detector.id, describeTarget(*tier.target),
                                                                             valueText(drift.server)));
}

// ---- the request ---------------------------------------------------------------------------------

ChangeRequest WorkflowTierAdapter::request(const PendingOp& pending, QJsonObject& desired) const
{
    const QString org = m_plan.snapshot.orgSlug;
    if (pending.remove)
        return {L("DELETE"), AlertPaths::detector(org, pending.id), QJsonValue(QJsonValue::Null)};
    if (pending.type == TargetType::Workflow)
        desired = workflowAsStored(desired);
    QJsonObject body = alertWriteBody(pending.type, desired);
    if (pending.type == TargetType::Workflow)
        return pending.create ? ChangeRequest{L("POST"), AlertPaths::workflowCreate(org), body}
                              : ChangeRequest{L("PUT"), AlertPaths::workflow(org, pending.id), body};
    // Unchanged data sources stay out of the body: the server would re-create them.
    if (!pending.create && desired.value(QLatin1String("dataSources")) == pending.base.value(QLatin1String("dataSources")))
        body.remove(L("data_sources"));
    if (!pending.create)
        return {L("PUT"), AlertPaths::detector(org, pending.id), body};
    // Nested rows the server creates (subscription, ids) cannot be predicted: verify the rest.
    desired.remove(QLatin1String("dataSources"));
    desired.remove(QLatin1String("owner"));
    body.remove(L("projectId"));
    return {L("POST"), AlertPaths::detectorCreate(org, pending.project), body};
}

} // namespace sc::tierplan
