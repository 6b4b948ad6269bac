// SPDX-License-Identifier: MIT
#include "legacytieradapter.h"
#include "alertrequests.h"
#include "tr.h"

#include <QJsonArray>

namespace sc::tierplan {

namespace {

QJsonValue idValue(const QString& id)
{
    // Legacy metric rules carry integration ids as numbers; keep that form when it is one.
    bool ok = false;
    const qlonglong number = id.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(id);
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

// Legacy metric rules live on servers that have only the transactions dataset: a span-form
// part is written in the transaction form it was migrated from.
TierPartPolicy legacyPart(const TierPartPolicy& part)
{
    TierPartPolicy out = part;
    const MetricQuery query = transactionForm({part.dataset, part.aggregate, part.query, part.eventTypes});
    out.dataset = query.dataset;
    out.aggregate = query.aggregate;
    out.query = query.query;
    out.eventTypes = query.eventTypes;
    return out;
}

void setTriggers(QJsonObject& rule, const QStringList& wanted)
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

void setEnvironment(QJsonObject& rule, const QString& environment)
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

} // namespace

// ---- read-shaped pieces -------------------------------------------------------------------------

QJsonObject LegacyTierAdapter::issueAction(const AlertAction& target, const TierSpec& spec) const
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

QJsonObject LegacyTierAdapter::metricRuleAction(const AlertAction& target, const TierSpec& spec) const
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

// ---- issue tiers (P1, P3) -----------------------------------------------------------------------

void LegacyTierAdapter::addIssueTier(const TierMatch& tier, const ProjectMatch& match)
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
    const QString team = m_plan.teamId(match.routingTeam);
    op.desired = QJsonObject{
        {L("name"), m_plan.tierAlertName(tier, match.routingTeam)},
        {L("conditions"), conditions},
        {L("filters"), QJsonArray()},
        {L("actions"), QJsonArray{issueAction(*tier.target, tier.spec)}},
        {L("actionMatch"), L("any")},
        {L("filterMatch"), L("all")},
        {L("frequency"), std::max(5, tier.spec.frequency)},
        {L("environment"), tier.spec.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.spec.environment)},
        {L("owner"), team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(L("team:") + team)},
    };
    op.summaries.append(Tr::tr("%1: create issue alert rule \"%2\" → %3")
                            .arg(TierPlanContext::partTitle(tier, {}, slug), op.desired.value(QLatin1String("name")).toString(),
                                 describeTarget(*tier.target)));
    m_plan.append(op);
}

void LegacyTierAdapter::fixIssueField(QJsonObject& rule, const QString& field, const TierMatch& tier) const
{
    if (field == QLatin1String("triggers"))
        setTriggers(rule, tier.spec.triggers);
    else if (field == QLatin1String("environment"))
        setEnvironment(rule, tier.spec.environment);
    else if (field.startsWith(QLatin1String("action")))
        setIssueTarget(rule, tier);
    else if (field == QLatin1String("enabled"))
        rule.insert(L("status"), L("active"));
}

void LegacyTierAdapter::setIssueTarget(QJsonObject& rule, const TierMatch& tier) const
{
    const QJsonObject wanted = issueAction(*tier.target, tier.spec);
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

// ---- threshold tiers (P0, P2) -------------------------------------------------------------------

void LegacyTierAdapter::addMetricPart(const TierMatch& tier, const TierPartPolicy& policyPart, const ProjectMatch& match)
{
    const QString slug = match.project->slug;
    const QString team = m_plan.teamId(match.routingTeam);
    PendingOp op;
    op.project = slug;
    op.create = true;
    op.onlyConnects = false;
    const TierPartPolicy part = legacyPart(policyPart);
    op.type = TargetType::MetricAlertRule;
    op.desired = QJsonObject{
        {L("name"), m_plan.partAlertName(tier, part, slug)},
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
                            .arg(TierPlanContext::partTitle(tier, part.key, slug), part.aggregate, part.comparison)
                            .arg(part.threshold)
                            .arg(std::max(1, part.windowSeconds / 60))
                            .arg(describeTarget(*tier.target)));
    m_plan.append(op);
}

void LegacyTierAdapter::fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                                      const ProjectMatch& project)
{
    const AlertDescription& alert = *match.alert;
    const QString slug = project.project->slug;
    const QString title = TierPlanContext::partTitle(tier, part.key, slug);
    for (const TierDrift& drift : match.drift) {
        // A rule carries its actions inline, so every drift is the rule's own (TierMatcher::checkAction).
        if (drift.object != alert.id)
            continue;
        const QString summary = QStringLiteral("%1: %2 %3 → %4").arg(title, QString(drift.field).replace(QLatin1Char('.'), QLatin1Char(' ')),
                                                                   valueText(drift.server), valueText(drift.policy));
        PendingOp& op = m_plan.edit(alert.objectType, alert, slug);
        op.onlyConnects = false;
        fixMetricRuleField(op.desired, drift.field, tier, legacyPart(part));
        op.summaries.append(summary);
    }
}

void LegacyTierAdapter::fixMetricRuleField(QJsonObject& rule, const QString& field, const TierMatch& tier, const TierPartPolicy& part) const
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

// ---- the request ---------------------------------------------------------------------------------

ChangeRequest LegacyTierAdapter::request(const PendingOp& pending, QJsonObject& desired) const
{
    const QString org = m_plan.snapshot.orgSlug;
    const QJsonObject body = alertWriteBody(pending.type, desired);
    if (pending.type == TargetType::IssueAlertRule) {
        // The server labels rows itself; the plan states only what it sets.
        for (const char* key : {"conditions", "filters", "actions"})
            desired.insert(QLatin1String(key), withoutLabels(desired.value(QLatin1String(key)).toArray(), "name"));
        return pending.create ? ChangeRequest{L("POST"), AlertPaths::issueRuleCreate(org, pending.project), body}
                              : ChangeRequest{L("PUT"), AlertPaths::issueRule(org, pending.project, pending.id), body};
    }
    QJsonArray triggers = desired.value(QLatin1String("triggers")).toArray();
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        QJsonObject trigger = triggers.at(i).toObject();
        trigger.insert(L("actions"), withoutLabels(trigger.value(QLatin1String("actions")).toArray(), "desc"));
        triggers.replace(i, trigger);
    }
    desired.insert(L("triggers"), triggers);
    return pending.create ? ChangeRequest{L("POST"), AlertPaths::metricRuleCreate(org), body}
                          : ChangeRequest{L("PUT"), AlertPaths::metricRule(org, pending.id), body};
}

} // namespace sc::tierplan
