// SPDX-License-Identifier: MIT
#include "tierplanner.h"
#include "alertrequests.h"
#include "jsonio.h"
#include "tiermatcher.h"
#include "tr.h"

#include <QJsonArray>
#include <QSet>

#include <utility>

namespace sc {

namespace {

QString L(const char* text)
{
    return QString::fromLatin1(text);
}

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

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return L("none");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return items.join(QLatin1String(", "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? L("true") : L("false");
    return value.toString();
}

QJsonValue idValue(const QString& id)
{
    // Legacy metric rules carry integration ids as numbers; keep that form when it is one.
    bool ok = false;
    const qlonglong number = id.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(id);
}

QString fillTemplate(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QJsonArray withoutLabels(const QJsonArray& rows, const char* label)
{
    QJsonArray out;
    for (const QJsonValue& value : rows) {
        QJsonObject row = value.toObject();
        row.remove(QLatin1String(label));
        out.append(row);
    }
    return out;
}

// An operation being built: edits accumulate on `desired`; the request is made at the end.
struct PendingOp {
    TargetType type = TargetType::Detector; // detector | workflow | issueAlertRule | metricAlertRule
    QString id;             // object id; empty for a create
    QString project;
    bool create = false;
    bool remove = false;    // delete (a transaction-based detector replaced by its span form)
    bool onlyConnects = true;
    QJsonObject base;
    QJsonObject desired;
    QStringList summaries;
    QSet<QString> fixed;    // fields already fixed (a shared workflow is fixed once)
};

class PlanBuilder
{
public:
    PlanBuilder(const OrgSnapshot& snapshot, const TierPolicy& policy)
        : m_snapshot(snapshot)
        , m_policy(policy)
        , m_matcher(snapshot, policy)
        , m_legacy(snapshot.alertsApi == AlertsApi::Legacy)
    {
    }

    QStringList errors;
    QStringList notes;

    void planProject(const Project& project)
    {
        const ProjectMatch match = m_matcher.matchProject(project);
        for (const TierMatch& tier : match.tiers) {
            if (!tier.applies || tier.coverage.state == TierState::Ok)
                continue;
            if (!tier.target) {
                if (!errors.contains(tier.targetError))
                    errors.append(tier.targetError);
                continue;
            }
            if (tier.spec.isIssueTier()) {
                const PartMatch& part = tier.parts.first();
                if (!part.alert)
                    addIssueTier(tier, match);
                else
                    fixIssueAlert(tier, part, project);
                continue;
            }
            for (qsizetype i = 0; i < tier.parts.size(); ++i) {
                const PartMatch& part = tier.parts.at(i);
                const TierPartPolicy& partPolicy = tier.spec.parts.at(i);
                if (!part.alert)
                    addMetricPart(tier, partPolicy, match);
                else if (!part.drift.isEmpty())
                    fixMetricPart(tier, partPolicy, part, match);
            }
        }
    }

    ChangeSet finish() const
    {
        ChangeSet set;
        set.server = m_snapshot.server;
        set.org = m_snapshot.orgSlug;
        set.created = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < m_ops.size(); ++i)
            set.operations.append(toOperation(m_ops.at(i), i));
        return set;
    }

private:
    const OrgSnapshot& m_snapshot;
    const TierPolicy& m_policy;
    TierMatcher m_matcher;
    bool m_legacy = false;
    QList<PendingOp> m_ops;
    QHash<QString, qsizetype> m_opByObject;     // "type/id" → index
    QHash<QString, qsizetype> m_createdWorkflow; // tier/team/target → index of the create

    static QString opId(qsizetype index) { return QStringLiteral("op-%1").arg(index + 1); }
    static QString placeholder(qsizetype index) { return QStringLiteral("${op-%1.id}").arg(index + 1); }

    QString teamId(const QString& slug) const
    {
        const Team* team = m_snapshot.teamBySlug(slug);
        return team ? team->id : QString();
    }

    static QString partTitle(const TierMatch& tier, const QString& partKey, const QString& project)
    {
        return partKey.isEmpty() ? QStringLiteral("%1 (%2)").arg(tierName(tier.tier), project)
                                 : QStringLiteral("%1 %2 (%3)").arg(tierName(tier.tier), partKey, project);
    }

    PendingOp& edit(TargetType type, const AlertDescription& object, const QString& project)
    {
        const QString key = targetTypeName(type) + QLatin1Char('/') + object.id;
        const auto it = m_opByObject.constFind(key);
        if (it != m_opByObject.cend())
            return m_ops[*it];
        PendingOp op;
        op.type = type;
        op.id = object.id;
        op.project = type == TargetType::Workflow || type == TargetType::MetricAlertRule ? QString() : project;
        if (type == TargetType::MetricAlertRule)
            op.project = object.projectSlugs.value(0);
        op.base = object.raw;
        op.desired = object.raw;
        m_opByObject.insert(key, m_ops.size());
        m_ops.append(op);
        return m_ops.last();
    }

    // ---- read-shaped pieces -------------------------------------------------------------------

    QJsonObject workflowAction(const AlertAction& target, const TierSpec& spec) const
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

    QJsonObject legacyIssueAction(const AlertAction& target, const TierSpec& spec) const
    {
        if (target.type == QLatin1String("pagerduty"))
            return QJsonObject{{L("id"), L("sentry.integrations.pagerduty.notify_action.PagerDutyNotifyServiceAction")},
                               {L("account"), target.integrationId},
                               {L("service"), target.target},
                               {L("severity"), spec.action.priority.isEmpty() ? L("critical") : spec.action.priority}};
        QJsonObject action{{L("id"), L("sentry.integrations.slack.notify_action.SlackNotifyServiceAction")},
                           {L("workspace"), target.integrationId},
                           {L("channel"), QLatin1Char('#') + slackChannelName(target.display.isEmpty() ? target.target : target.display)}};
        if (!target.target.isEmpty() && !target.target.startsWith(QLatin1Char('#')))
            action.insert(L("channel_id"), target.target);
        if (!spec.action.tags.isEmpty())
            action.insert(L("tags"), spec.action.tags);
        return action;
    }

    QJsonObject metricRuleAction(const AlertAction& target, const TierSpec& spec) const
    {
        const bool slack = target.type == QLatin1String("slack");
        const bool slackId = slack && !target.target.isEmpty() && !target.target.startsWith(QLatin1Char('#'));
        const QString channel = QLatin1Char('#') + slackChannelName(target.display.isEmpty() ? target.target : target.display);
        return QJsonObject{{L("type"), target.type},
                           {L("targetType"), L("specific")},
                           {L("targetIdentifier"), slack ? QJsonValue(channel) : QJsonValue(target.target)},
                           {L("inputChannelId"), slackId ? QJsonValue(target.target) : QJsonValue(QJsonValue::Null)},
                           {L("integrationId"), idValue(target.integrationId)},
                           {L("sentryAppId"), QJsonValue(QJsonValue::Null)},
                           {L("priority"), slack ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(spec.action.priority.isEmpty() ? L("critical") : spec.action.priority)}};
    }

    QJsonObject conditionGroup(const TierPartPolicy& part) const
    {
        return QJsonObject{{L("logicType"), L("any")},
                           {L("conditions"), QJsonArray{QJsonObject{{L("type"), part.comparison},
                                                                    {L("comparison"), part.threshold},
                                                                    {L("conditionResult"), 75}},
                                                        QJsonObject{{L("type"), resolveComparison(part.comparison)},
                                                                    {L("comparison"), part.threshold},
                                                                    {L("conditionResult"), 0}}}}};
    }

    QString workflowName(const TierMatch& tier, const QString& team) const
    {
        QString name = tier.spec.workflowName;
        if (name.isEmpty())
            name = QStringLiteral("[%1] %2 ({channel})").arg(tierName(tier.tier), tier.spec.label);
        return fillTemplate(name, {{L("team"), team},
                                   {L("channel"), describeTarget(*tier.target)},
                                   {L("service"), tier.target->display}});
    }

    QString detectorName(const TierMatch& tier, const TierPartPolicy& part, const QString& project) const
    {
        QString name = part.name;
        if (name.isEmpty())
            name = QStringLiteral("[%1] %2 ({project})").arg(tierName(tier.tier), part.label);
        return fillTemplate(name, {{L("project"), project},
                                   {L("threshold"), QString::number(part.threshold)},
                                   {L("seconds"), QString::number(part.threshold / 1000.0)},
                                   {L("window"), QString::number(part.windowSeconds)}});
    }

    // ---- workflows to connect to ----------------------------------------------------------------

    // A workflow that already expresses the issue tier correctly (one usually serves many projects).
    std::optional<QString> existingIssueWorkflow(const TierMatch& tier) const
    {
        const AlertDescription* best = nullptr;
        for (qsizetype i = 0; i < m_matcher.alerts().size(); ++i) {
            const AlertDescription& alert = m_matcher.alerts().at(i);
            if (alert.objectType != TargetType::Workflow || m_matcher.issueClassAt(i) != tier.tier)
                continue;
            if (!m_matcher.matchIssueTier(tier, {&alert}).drift.isEmpty())
                continue;
            if (!best || alert.connectedIds.size() > best->connectedIds.size())
                best = &alert;
        }
        return best ? std::optional<QString>(best->id) : std::nullopt;
    }

    // The workflow carrying a threshold tier's action for the project's team: an existing one
    // with the right target, or one this plan creates. Returns an id or a placeholder.
    QString routeWorkflow(const TierMatch& tier, const ProjectMatch& match)
    {
        const QString team = match.routingTeam;
        const AlertDescription* best = nullptr;
        int bestScore = 0;
        for (qsizetype i = 0; i < m_matcher.alerts().size(); ++i) {
            const AlertDescription& alert = m_matcher.alerts().at(i);
            if (alert.objectType != TargetType::Workflow || !alert.enabled)
                continue;
            bool routes = false;
            for (const AlertAction& action : alert.actions)
                routes = routes || sameTarget(action, *tier.target);
            if (!routes)
                continue;
            int tierDetectors = 0;
            int teamDetectors = 0;
            for (const AlertDescription* detector : m_matcher.detectorsOfWorkflow(alert.id)) {
                const auto cls = m_matcher.classifyMetric(*detector);
                if (!cls || cls->tier != tier.tier || detector->kind != AlertDescription::Kind::Metric)
                    continue;
                ++tierDetectors;
                const Project* owner = m_snapshot.projectById(detector->projectId);
                if (owner && m_policy.routingTeam(*owner) == team)
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
            return placeholder(*created);
        const qsizetype index = createWorkflow(tier, team, {}, {});
        m_createdWorkflow.insert(key, index);
        return placeholder(index);
    }

    qsizetype createWorkflow(const TierMatch& tier, const QString& team, const QStringList& triggers, const QString& project)
    {
        QJsonArray conditions;
        for (const QString& trigger : triggers)
            conditions.append(QJsonObject{{L("type"), trigger}, {L("comparison"), true}, {L("conditionResult"), true}});
        PendingOp op;
        op.type = TargetType::Workflow;
        op.create = true;
        op.onlyConnects = false;
        op.desired = QJsonObject{
            {L("name"), workflowName(tier, team)},
            {L("enabled"), true},
            {L("environment"), tier.spec.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.spec.environment)},
            {L("config"), QJsonObject{{L("frequency"), tier.spec.frequency}}},
            {L("triggers"), QJsonObject{{L("logicType"), L("any-short")}, {L("conditions"), conditions}}},
            {L("actionFilters"), QJsonArray{QJsonObject{{L("organizationId"), m_snapshot.organization.id},
                                                        {L("logicType"), L("all")},
                                                        {L("conditions"), QJsonArray()},
                                                        {L("actions"), QJsonArray{workflowAction(*tier.target, tier.spec)}}}}},
            {L("detectorIds"), QJsonArray()},
        };
        op.summaries.append(Tr::tr("%1: create workflow \"%2\" → %3")
                                .arg(project.isEmpty() ? tierName(tier.tier) : partTitle(tier, {}, project),
                                     op.desired.value(QLatin1String("name")).toString(), describeTarget(*tier.target)));
        m_ops.append(op);
        return m_ops.size() - 1;
    }

    static void addId(QJsonObject& object, const char* key, const QString& id)
    {
        QJsonArray ids = object.value(QLatin1String(key)).toArray();
        for (const QJsonValue& value : ids) {
            if (jsonId(value) == id)
                return;
        }
        ids.append(id);
        object.insert(QLatin1String(key), ids);
    }

    // ---- issue tiers (P1, P3) --------------------------------------------------------------------

    void addIssueTier(const TierMatch& tier, const ProjectMatch& match)
    {
        const QString slug = match.project->slug;
        if (m_legacy) {
            createIssueRule(tier, match);
            return;
        }
        // New connections go to the project's issue_stream detector, else its error detector (CONTRACT §0b.5).
        if (!match.issueDetector()) {
            notes.append(Tr::tr("%1: the project has neither an issue-stream nor an error detector to connect; Sentry "
                                "creates both with the project (servers upgraded from older releases may lack them).")
                             .arg(partTitle(tier, {}, slug)));
            return;
        }
        const QString detectorId = match.issueDetector()->id;
        const QString detectorKind = match.issueDetector()->raw.value(QLatin1String("type")).toString() == QLatin1String("issue_stream")
            ? Tr::tr("issue-stream")
            : Tr::tr("error");
        if (const std::optional<QString> existing = existingIssueWorkflow(tier)) {
            const AlertDescription* workflow = m_matcher.workflow(*existing);
            PendingOp& op = edit(TargetType::Workflow, *workflow, slug);
            addId(op.desired, "detectorIds", detectorId);
            op.summaries.append(Tr::tr("%1: connect %2 detector %3 to workflow \"%4\"")
                                    .arg(partTitle(tier, {}, slug), detectorKind, detectorId, workflow->name));
            return;
        }
        const QString key = QStringLiteral("%1//%2/%3").arg(tierName(tier.tier), tier.target->integrationId, tier.target->target);
        auto created = m_createdWorkflow.constFind(key);
        if (created == m_createdWorkflow.cend())
            created = m_createdWorkflow.insert(key, createWorkflow(tier, QString(), tier.spec.triggers, slug));
        PendingOp& op = m_ops[*created];
        addId(op.desired, "detectorIds", detectorId);
        op.summaries.append(Tr::tr("%1: connect %2 detector %3 to the new workflow").arg(partTitle(tier, {}, slug), detectorKind, detectorId));
    }

    void createIssueRule(const TierMatch& tier, const ProjectMatch& match)
    {
        const QString slug = match.project->slug;
        QJsonArray conditions;
        for (const QString& trigger : tier.spec.triggers)
            conditions.append(QJsonObject{{L("id"), legacyConditionForTrigger(trigger)}});
        PendingOp op;
        op.type = TargetType::IssueAlertRule;
        op.project = slug;
        op.create = true;
        op.onlyConnects = false;
        const QString team = teamId(match.routingTeam);
        op.desired = QJsonObject{
            {L("name"), workflowName(tier, match.routingTeam)},
            {L("conditions"), conditions},
            {L("filters"), QJsonArray()},
            {L("actions"), QJsonArray{legacyIssueAction(*tier.target, tier.spec)}},
            {L("actionMatch"), L("any")},
            {L("filterMatch"), L("all")},
            {L("frequency"), std::max(5, tier.spec.frequency)},
            {L("environment"), tier.spec.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.spec.environment)},
            {L("owner"), team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(L("team:") + team)},
        };
        op.summaries.append(Tr::tr("%1: create issue alert rule \"%2\" → %3")
                                .arg(partTitle(tier, {}, slug), op.desired.value(QLatin1String("name")).toString(),
                                     describeTarget(*tier.target)));
        m_ops.append(op);
    }

    void fixIssueAlert(const TierMatch& tier, const PartMatch& part, const Project& project)
    {
        const AlertDescription& alert = *part.alert;
        const bool legacy = alert.objectType == TargetType::IssueAlertRule;
        PendingOp& op = edit(alert.objectType, alert, project.slug);
        for (const TierDrift& drift : part.drift) {
            if (drift.object != alert.id || op.fixed.contains(drift.field))
                continue;
            op.fixed.insert(drift.field);
            op.onlyConnects = false;
            if (drift.field == QLatin1String("triggers"))
                legacy ? setLegacyTriggers(op.desired, tier.spec.triggers) : setTriggers(op.desired, tier.spec.triggers);
            else if (drift.field == QLatin1String("environment"))
                legacy ? setLegacyEnvironment(op.desired, tier.spec.environment) : setWorkflowEnvironment(op.desired, tier.spec.environment);
            else if (drift.field.startsWith(QLatin1String("action")))
                legacy ? setLegacyIssueTarget(op.desired, tier) : setWorkflowTarget(op.desired, tier);
            else if (drift.field == QLatin1String("enabled"))
                legacy ? void(op.desired.insert(L("status"), L("active"))) : void(op.desired.insert(L("enabled"), true));
            op.summaries.append(QStringLiteral("%1: %2 %3 → %4").arg(partTitle(tier, {}, project.slug), QString(drift.field).replace(QLatin1Char('.'), QLatin1Char(' ')),
                                                                    valueText(drift.server), valueText(drift.policy)));
        }
    }

    static void setTriggers(QJsonObject& workflow, const QStringList& wanted)
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

    static void setLegacyTriggers(QJsonObject& rule, const QStringList& wanted)
    {
        QJsonArray kept;
        QStringList present;
        for (const QJsonValue& value : rule.value(QLatin1String("conditions")).toArray()) {
            const QString trigger = triggerFromLegacyCondition(value.toObject().value(QLatin1String("id")).toString());
            if (wanted.contains(trigger) && !present.contains(trigger)) {
                kept.append(value);
                present.append(trigger);
            }
        }
        for (const QString& trigger : wanted) {
            if (!present.contains(trigger))
                kept.append(QJsonObject{{L("id"), legacyConditionForTrigger(trigger)}});
        }
        rule.insert(L("conditions"), kept);
    }

    // The environment may live in the field or in a tagged_event filter: change it where it is.
    static void setWorkflowEnvironment(QJsonObject& workflow, const QString& environment)
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

    static void setLegacyEnvironment(QJsonObject& rule, const QString& environment)
    {
        QJsonArray filters = rule.value(QLatin1String("filters")).toArray();
        for (qsizetype f = 0; f < filters.size(); ++f) {
            QJsonObject filter = filters.at(f).toObject();
            if (filter.value(QLatin1String("id")).toString().endsWith(QLatin1String("TaggedEventFilter"))
                && filter.value(QLatin1String("key")).toString() == QLatin1String("environment")
                && rule.value(QLatin1String("environment")).toString().isEmpty()) {
                filter.insert(L("value"), environment);
                filter.insert(L("match"), L("eq"));
                filters.replace(f, filter);
                rule.insert(L("filters"), filters);
                return;
            }
        }
        rule.insert(L("environment"), environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(environment));
    }

    // Points the first action of the tier's type at the target (keeping its data), or adds one.
    void setWorkflowTarget(QJsonObject& workflow, const TierMatch& tier) const
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
            filters.append(QJsonObject{{L("organizationId"), m_snapshot.organization.id}, {L("logicType"), L("all")},
                                       {L("conditions"), QJsonArray()}, {L("actions"), QJsonArray()}});
        QJsonObject filter = filters.first().toObject();
        QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
        actions.append(workflowAction(*tier.target, tier.spec));
        filter.insert(L("actions"), actions);
        filters.replace(0, filter);
        workflow.insert(L("actionFilters"), filters);
    }

    void setLegacyIssueTarget(QJsonObject& rule, const TierMatch& tier) const
    {
        const QJsonObject wanted = legacyIssueAction(*tier.target, tier.spec);
        const QString wantedId = wanted.value(QLatin1String("id")).toString();
        QJsonArray actions = rule.value(QLatin1String("actions")).toArray();
        for (qsizetype a = 0; a < actions.size(); ++a) {
            QJsonObject action = actions.at(a).toObject();
            if (action.value(QLatin1String("id")).toString() != wantedId)
                continue;
            for (auto it = wanted.begin(); it != wanted.end(); ++it)
                action.insert(it.key(), it.value());
            action.remove(QLatin1String("name"));
            actions.replace(a, action);
            rule.insert(L("actions"), actions);
            return;
        }
        actions.append(wanted);
        rule.insert(L("actions"), actions);
    }

    // ---- threshold tiers (P0, P2) ----------------------------------------------------------------

    // Legacy metric rules live on servers that have only the transactions dataset: a span-form
    // part is written in the transaction form it was migrated from.
    static TierPartPolicy legacyPart(const TierPartPolicy& part)
    {
        TierPartPolicy out = part;
        const MetricQuery query = transactionForm({part.dataset, part.aggregate, part.query, part.eventTypes});
        out.dataset = query.dataset;
        out.aggregate = query.aggregate;
        out.query = query.query;
        out.eventTypes = query.eventTypes;
        return out;
    }

    // Returns the index of the create (-1 for a legacy rule).
    qsizetype addMetricPart(const TierMatch& tier, const TierPartPolicy& policyPart, const ProjectMatch& match,
                            const QString& route = {})
    {
        const QString slug = match.project->slug;
        const QString team = teamId(match.routingTeam);
        PendingOp op;
        op.project = slug;
        op.create = true;
        op.onlyConnects = false;
        if (m_legacy) {
            const TierPartPolicy part = legacyPart(policyPart);
            op.type = TargetType::MetricAlertRule;
            op.desired = QJsonObject{
                {L("name"), detectorName(tier, part, slug)},
                {L("dataset"), part.dataset},
                {L("queryType"), queryTypeForDataset(part.dataset)},
                {L("eventTypes"), QJsonArray::fromStringList(part.eventTypes)},
                {L("aggregate"), part.aggregate},
                {L("query"), part.query},
                {L("timeWindow"), std::max(1, part.windowSeconds / 60)},
                {L("thresholdType"), part.comparison.startsWith(QLatin1String("lt")) ? 1 : 0},
                {L("resolveThreshold"), QJsonValue(QJsonValue::Null)},
                {L("environment"), tier.spec.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.spec.environment)},
                {L("projects"), QJsonArray{slug}},
                {L("owner"), team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(L("team:") + team)},
                {L("triggers"), QJsonArray{QJsonObject{{L("label"), L("critical")},
                                                       {L("alertThreshold"), part.threshold},
                                                       {L("thresholdType"), part.comparison.startsWith(QLatin1String("lt")) ? 1 : 0},
                                                       {L("resolveThreshold"), QJsonValue(QJsonValue::Null)},
                                                       {L("actions"), QJsonArray{metricRuleAction(*tier.target, tier.spec)}}}}},
            };
            op.summaries.append(Tr::tr("%1: create metric alert rule %2 %3 %4 over %5 min → %6")
                                    .arg(partTitle(tier, part.key, slug), part.aggregate, part.comparison)
                                    .arg(part.threshold)
                                    .arg(std::max(1, part.windowSeconds / 60))
                                    .arg(describeTarget(*tier.target)));
            m_ops.append(op);
            return -1;
        }
        const TierPartPolicy& part = policyPart;
        const QString workflow = route.isEmpty() ? routeWorkflow(tier, match) : route;
        op.type = TargetType::Detector;
        op.desired = QJsonObject{
            {L("name"), detectorName(tier, part, slug)},
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
        const AlertDescription* routeWorkflow = m_matcher.workflow(workflow);
        op.summaries.append(Tr::tr("%1: create detector %2 %3 %4 over %5 s, connected to %6")
                                .arg(partTitle(tier, part.key, slug), part.aggregate, part.comparison)
                                .arg(part.threshold)
                                .arg(part.windowSeconds)
                                .arg(routeWorkflow ? QStringLiteral("\"%1\"").arg(routeWorkflow->name) : Tr::tr("the new workflow")));
        m_ops.append(op);
        return m_ops.size() - 1;
    }

    // What sentry.io no longer lets a PUT change on a transaction-based detector
    // (is_editing_transaction_dataset): such a fix replaces the detector by its span form.
    static bool touchesTransactionQuery(const AlertDescription& alert, const PartMatch& match)
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

    // Create of the span form (connected where the old detector routes, when that route is right)
    // plus a delete of the old detector that waits until the create is verified: the delete's
    // summary names the create's placeholder, which the push engine treats as a dependency.
    void replaceTransactionDetector(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                                    const ProjectMatch& project)
    {
        const AlertDescription& alert = *match.alert;
        const QString title = partTitle(tier, part.key, project.project->slug);
        bool routeOk = !match.routes.isEmpty();
        for (const TierDrift& drift : match.drift) {
            if (drift.object != alert.id)
                routeOk = false; // the routed workflow drifted: take the team's right route
            else if (drift.field == QLatin1String("workflow") || drift.field.startsWith(QLatin1String("action")))
                routeOk = false;
        }
        const qsizetype created = addMetricPart(tier, part, project, routeOk ? match.routes.first()->id : QString());
        m_ops[created].summaries.append(Tr::tr("%1: it replaces transaction-based detector %2, whose query Sentry no longer edits")
                                            .arg(title, alert.id));
        PendingOp op;
        op.type = TargetType::Detector;
        op.id = alert.id;
        op.project = project.project->slug;
        op.remove = true;
        op.onlyConnects = false;
        op.base = alert.raw;
        op.summaries.append(Tr::tr("%1: delete transaction-based detector %2 \"%3\" once its span-based replacement %4 is verified")
                                .arg(title, alert.id, alert.name, placeholder(created)));
        m_opByObject.insert(L("detector/") + alert.id, m_ops.size());
        m_ops.append(op);
        for (const TierDrift& drift : match.drift) {
            if (drift.object != alert.id)
                fixRouteWorkflow(tier, drift, alert, project, title, /*replaced=*/true);
        }
    }

    void fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match, const ProjectMatch& project)
    {
        const AlertDescription& alert = *match.alert;
        const QString slug = project.project->slug;
        const QString title = partTitle(tier, part.key, slug);
        const bool legacy = alert.objectType == TargetType::MetricAlertRule;
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
            PendingOp& op = edit(alert.objectType, alert, slug);
            op.onlyConnects = false;
            if (drift.field == QLatin1String("workflow")) {
                addId(op.desired, "workflowIds", route);
                op.summaries.append(Tr::tr("%1: connect detector %2 to the %3 workflow").arg(title, alert.id, describeTarget(*tier.target)));
                continue;
            }
            if (legacy)
                fixMetricRuleField(op.desired, drift.field, tier, legacyPart(part));
            else
                fixDetectorField(op.desired, drift.field, part, tier.spec.environment);
            op.summaries.append(summary);
        }
    }

    void fixRouteWorkflow(const TierMatch& tier, const TierDrift& drift, const AlertDescription& detector,
                          const ProjectMatch& project, const QString& title, bool replaced = false)
    {
        const AlertDescription* workflow = m_matcher.workflow(drift.object);
        if (!workflow)
            return;
        if (replaced && drift.field != QLatin1String("enabled"))
            return; // the replacement was already connected to the team's right route
        if (drift.field == QLatin1String("enabled")) {
            PendingOp& op = edit(TargetType::Workflow, *workflow, QString());
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
        for (const AlertDescription* other : m_matcher.detectorsOfWorkflow(workflow->id)) {
            const Project* owner = m_snapshot.projectById(other->projectId);
            if (!owner || m_policy.routingTeam(*owner) != project.routingTeam)
                teamOnly = false;
        }
        if (teamOnly) {
            PendingOp& op = edit(TargetType::Workflow, *workflow, QString());
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
        PendingOp& op = edit(TargetType::Detector, detector, project.project->slug);
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

    static void fixDetectorField(QJsonObject& detector, const QString& field, const TierPartPolicy& part, const QString& environment)
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

    void fixMetricRuleField(QJsonObject& rule, const QString& field, const TierMatch& tier, const TierPartPolicy& part) const
    {
        const int thresholdType = part.comparison.startsWith(QLatin1String("lt")) ? 1 : 0;
        if (field == QLatin1String("enabled"))
            rule.insert(L("status"), 0);
        else if (field == QLatin1String("dataset")) {
            rule.insert(L("dataset"), part.dataset);
            rule.insert(L("queryType"), queryTypeForDataset(part.dataset));
        } else if (field == QLatin1String("aggregate"))
            rule.insert(L("aggregate"), part.aggregate);
        else if (field == QLatin1String("query"))
            rule.insert(L("query"), part.query);
        else if (field == QLatin1String("eventTypes"))
            rule.insert(L("eventTypes"), QJsonArray::fromStringList(part.eventTypes));
        else if (field == QLatin1String("window"))
            rule.insert(L("timeWindow"), std::max(1, part.windowSeconds / 60));
        else if (field == QLatin1String("environment"))
            rule.insert(L("environment"), tier.spec.environment);
        if (field.startsWith(QLatin1String("condition")))
            rule.insert(L("thresholdType"), thresholdType);
        if (!field.startsWith(QLatin1String("condition")) && !field.startsWith(QLatin1String("action")))
            return;
        QJsonArray triggers = rule.value(QLatin1String("triggers")).toArray();
        for (qsizetype i = 0; i < triggers.size(); ++i) {
            QJsonObject trigger = triggers.at(i).toObject();
            if (trigger.value(QLatin1String("label")).toString() != QLatin1String("critical"))
                continue;
            if (field.startsWith(QLatin1String("condition"))) {
                trigger.insert(L("alertThreshold"), part.threshold);
                trigger.insert(L("thresholdType"), thresholdType);
            } else {
                QJsonArray actions = trigger.value(QLatin1String("actions")).toArray();
                bool replaced = false;
                for (qsizetype a = 0; a < actions.size() && !replaced; ++a) {
                    QJsonObject action = actions.at(a).toObject();
                    if (action.value(QLatin1String("type")).toString() != tier.target->type)
                        continue;
                    const QJsonObject wanted = metricRuleAction(*tier.target, tier.spec);
                    for (auto it = wanted.begin(); it != wanted.end(); ++it)
                        action.insert(it.key(), it.value());
                    actions.replace(a, action);
                    replaced = true;
                }
                if (!replaced)
                    actions.append(metricRuleAction(*tier.target, tier.spec));
                trigger.insert(L("actions"), actions);
            }
            triggers.replace(i, trigger);
        }
        rule.insert(L("triggers"), triggers);
    }

    // ---- the change-set operation ------------------------------------------------------------------

    ChangeOperation toOperation(const PendingOp& pending, qsizetype index) const
    {
        ChangeOperation op;
        op.id = opId(index);
        op.kind = pending.create         ? OperationKind::Create
                  : pending.remove       ? OperationKind::Delete
                  : pending.onlyConnects ? OperationKind::Connect
                                         : OperationKind::Update;
        op.target = {pending.type, pending.project, pending.id};
        QStringList summaries = pending.summaries;
        summaries.removeDuplicates();
        op.summary = summaries.join(QLatin1String("; "));
        op.base = pending.create ? QJsonValue(QJsonValue::Null) : QJsonValue(pending.base);
        const QString org = m_snapshot.orgSlug;
        if (pending.remove) {
            op.desired = QJsonValue(QJsonValue::Null);
            op.request = {L("DELETE"), AlertPaths::detector(org, pending.id), QJsonValue(QJsonValue::Null)};
            return op;
        }

        QJsonObject desired = pending.type == TargetType::Workflow ? workflowAsStored(pending.desired) : pending.desired;
        QJsonObject body = alertWriteBody(pending.type, desired);
        if (pending.type == TargetType::Detector) {
            // Unchanged data sources stay out of the body: the server would re-create them.
            if (!pending.create && desired.value(QLatin1String("dataSources")) == pending.base.value(QLatin1String("dataSources")))
                body.remove(L("data_sources"));
            if (pending.create) {
                // Nested rows the server creates (subscription, ids) cannot be predicted: verify the rest.
                desired.remove(QLatin1String("dataSources"));
                desired.remove(QLatin1String("owner"));
                body.remove(L("projectId"));
            }
            op.request = {L("PUT"), AlertPaths::detector(org, pending.id), body};
            if (pending.create)
                op.request = {L("POST"), AlertPaths::detectorCreate(org, pending.project), body};
        } else if (pending.type == TargetType::Workflow) {
            op.request = pending.create ? ChangeRequest{L("POST"), AlertPaths::workflowCreate(org), body}
                                        : ChangeRequest{L("PUT"), AlertPaths::workflow(org, pending.id), body};
        } else if (pending.type == TargetType::IssueAlertRule) {
            // The server labels rows itself; the plan states only what it sets.
            for (const char* key : {"conditions", "filters", "actions"})
                desired.insert(QLatin1String(key), withoutLabels(desired.value(QLatin1String(key)).toArray(), "name"));
            op.request = pending.create ? ChangeRequest{L("POST"), AlertPaths::issueRuleCreate(org, pending.project), body}
                                        : ChangeRequest{L("PUT"), AlertPaths::issueRule(org, pending.project, pending.id), body};
        } else {
            QJsonArray triggers = desired.value(QLatin1String("triggers")).toArray();
            for (qsizetype i = 0; i < triggers.size(); ++i) {
                QJsonObject trigger = triggers.at(i).toObject();
                trigger.insert(L("actions"), withoutLabels(trigger.value(QLatin1String("actions")).toArray(), "desc"));
                triggers.replace(i, trigger);
            }
            desired.insert(L("triggers"), triggers);
            op.request = pending.create ? ChangeRequest{L("POST"), AlertPaths::metricRuleCreate(org), body}
                                        : ChangeRequest{L("PUT"), AlertPaths::metricRule(org, pending.id), body};
        }
        op.desired = desired;
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
    if (!builder.errors.isEmpty())
        return fail(ErrorKind::Validation,
                    Tr::tr("Nothing was planned: the policy cannot route some tiers.") + QLatin1Char('\n')
                        + builder.errors.join(QLatin1Char('\n')));
    TierPlan plan;
    plan.changes = builder.finish();
    plan.notes = builder.notes;
    return plan;
}

} // namespace sc
