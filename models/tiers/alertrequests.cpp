// SPDX-License-Identifier: MIT
#include "alertrequests.h"
#include "alertdescription.h"
#include "jsonio.h"

#include <QJsonArray>

namespace sc {

namespace {

QString L(const char* text)
{
    return QString::fromLatin1(text);
}

void copyKeys(const QJsonObject& from, QJsonObject& to, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const auto it = from.constFind(QLatin1String(key));
        if (it != from.constEnd())
            to.insert(QLatin1String(key), *it);
    }
}

// Detectors read owner as {type, id, name}; every write API takes "team:ID" / "user:ID".
QJsonValue ownerForWrite(const QJsonValue& owner)
{
    if (!owner.isObject())
        return owner;
    const QJsonObject o = owner.toObject();
    return QStringLiteral("%1:%2").arg(o.value(QLatin1String("type")).toString(), jsonId(o.value(QLatin1String("id"))));
}

QJsonObject conditionForWrite(const QJsonObject& condition, bool keepId)
{
    QJsonObject out;
    copyKeys(condition, out, keepId ? std::initializer_list<const char*>{"id", "type", "comparison", "conditionResult"}
                                    : std::initializer_list<const char*>{"type", "comparison", "conditionResult"});
    return out;
}

QJsonArray conditionsForWrite(const QJsonValue& conditions, bool keepIds = false)
{
    QJsonArray out;
    for (const QJsonValue& value : conditions.toArray())
        out.append(conditionForWrite(value.toObject(), keepIds));
    return out;
}

// A row's id as the write API takes it back (a string), when it has one.
void copyRowId(const QJsonObject& from, QJsonObject& to)
{
    const QJsonValue id = from.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull())
        to.insert(L("id"), jsonId(id));
}

// Legacy rule rows: drop the UI label and the server's uuid, keep every parameter.
QJsonArray legacyRowsForWrite(const QJsonValue& rows)
{
    QJsonArray out;
    for (const QJsonValue& value : rows.toArray()) {
        QJsonObject row = value.toObject();
        row.remove(QLatin1String("name"));
        row.remove(QLatin1String("uuid"));
        out.append(row);
    }
    return out;
}

QJsonArray idsForWrite(const QJsonValue& ids)
{
    QJsonArray out;
    for (const QJsonValue& value : ids.toArray())
        out.append(jsonId(value));
    return out;
}

} // namespace

int queryTypeForDataset(const QString& dataset)
{
    // QUERY_TYPE_VALID_DATASETS (snuba_query_validator.py): EAP is a PERFORMANCE query, like transactions.
    if (dataset == QLatin1String("transactions") || dataset == QLatin1String("generic_metrics")
        || dataset == QLatin1String("events_analytics_platform"))
        return 1;
    if (dataset == QLatin1String("metrics") || dataset == QLatin1String("sessions"))
        return 2;
    return 0;
}

QJsonObject detectorWriteBody(const QJsonObject& detector)
{
    QJsonObject body;
    copyKeys(detector, body, {"name", "type", "description", "enabled", "config"});
    if (detector.contains(QLatin1String("owner")))
        body.insert(L("owner"), ownerForWrite(detector.value(QLatin1String("owner"))));

    const QJsonValue sources = detector.value(QLatin1String("dataSources"));
    if (sources.isArray()) {
        QJsonArray flat;
        for (const QJsonValue& value : sources.toArray()) {
            const QJsonObject source = value.toObject();
            QJsonObject query = source.value(QLatin1String("queryObj")).toObject().value(QLatin1String("snubaQuery")).toObject();
            if (query.isEmpty())
                query = source; // already flat
            QJsonObject out;
            copyKeys(query, out, {"aggregate", "dataset", "query", "timeWindow", "environment", "eventTypes"});
            out.insert(L("queryType"), query.contains(QLatin1String("queryType"))
                                           ? query.value(QLatin1String("queryType"))
                                           : QJsonValue(queryTypeForDataset(query.value(QLatin1String("dataset")).toString())));
            if (!out.contains(QLatin1String("query")))
                out.insert(L("query"), QString());
            flat.append(out);
        }
        body.insert(L("data_sources"), flat);
    }
    const QJsonValue group = detector.value(QLatin1String("conditionGroup"));
    if (group.isObject()) {
        body.insert(L("condition_group"),
                    QJsonObject{{L("logicType"), group.toObject().value(QLatin1String("logicType")).toString(L("any"))},
                                {L("conditions"), conditionsForWrite(group.toObject().value(QLatin1String("conditions")))}});
    }
    // camelCase: servers before 2026-04 ignore workflow_ids (CONTRACT §0b.6).
    if (detector.contains(QLatin1String("workflowIds")))
        body.insert(L("workflowIds"), idsForWrite(detector.value(QLatin1String("workflowIds"))));
    return body;
}

QJsonObject workflowWriteBody(const QJsonObject& workflow)
{
    QJsonObject body;
    copyKeys(workflow, body, {"name", "enabled", "environment", "config", "owner"});
    const QJsonValue triggers = workflow.value(QLatin1String("triggers"));
    if (triggers.isObject()) {
        body.insert(L("triggers"),
                    QJsonObject{{L("logicType"), triggers.toObject().value(QLatin1String("logicType")).toString(L("any-short"))},
                                {L("conditions"), conditionsForWrite(triggers.toObject().value(QLatin1String("conditions")), true)}});
    }
    if (workflow.value(QLatin1String("actionFilters")).isArray()) {
        QJsonArray filters;
        for (const QJsonValue& value : workflow.value(QLatin1String("actionFilters")).toArray()) {
            const QJsonObject filter = value.toObject();
            QJsonArray actions;
            for (const QJsonValue& actionValue : filter.value(QLatin1String("actions")).toArray()) {
                const QJsonObject action = actionValue.toObject();
                QJsonObject out;
                copyRowId(action, out);
                copyKeys(action, out, {"type", "data"});
                if (action.contains(QLatin1String("integrationId")))
                    out.insert(L("integrationId"), action.value(QLatin1String("integrationId")).isNull()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(jsonId(action.value(QLatin1String("integrationId")))));
                QJsonObject config;
                copyKeys(action.value(QLatin1String("config")).toObject(), config, {"targetType", "targetIdentifier", "targetDisplay"});
                out.insert(L("config"), config);
                actions.append(out);
            }
            QJsonObject out{{L("logicType"), filter.value(QLatin1String("logicType")).toString(L("all"))},
                            {L("conditions"), conditionsForWrite(filter.value(QLatin1String("conditions")), true)},
                            {L("actions"), actions}};
            copyRowId(filter, out);
            filters.append(out);
        }
        body.insert(L("action_filters"), filters);
    }
    if (workflow.contains(QLatin1String("detectorIds")))
        body.insert(L("detectorIds"), idsForWrite(workflow.value(QLatin1String("detectorIds"))));
    return body;
}

QJsonObject workflowAsStored(const QJsonObject& workflow)
{
    QJsonObject out = workflow;
    QJsonArray filters = workflow.value(QLatin1String("actionFilters")).toArray();
    for (qsizetype f = 0; f < filters.size(); ++f) {
        QJsonObject filter = filters.at(f).toObject();
        QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
        for (qsizetype a = 0; a < actions.size(); ++a) {
            QJsonObject action = actions.at(a).toObject();
            QJsonObject config = action.value(QLatin1String("config")).toObject();
            const QString id = jsonId(config.value(QLatin1String("targetIdentifier")));
            const QString display = config.value(QLatin1String("targetDisplay")).toString();
            if (action.value(QLatin1String("type")).toString() != QLatin1String("slack") || id.isEmpty() || display.isEmpty())
                continue;
            config.insert(L("targetDisplay"), slackChannelName(display));
            action.insert(L("config"), config);
            actions.replace(a, action);
        }
        filter.insert(L("actions"), actions);
        filters.replace(f, filter);
    }
    if (workflow.contains(QLatin1String("actionFilters")))
        out.insert(L("actionFilters"), filters);
    return out;
}

QJsonObject issueRuleWriteBody(const QJsonObject& rule)
{
    QJsonObject body;
    copyKeys(rule, body, {"name", "frequency", "actionMatch", "filterMatch", "environment", "owner"});
    body.insert(L("conditions"), legacyRowsForWrite(rule.value(QLatin1String("conditions"))));
    body.insert(L("filters"), legacyRowsForWrite(rule.value(QLatin1String("filters"))));
    body.insert(L("actions"), legacyRowsForWrite(rule.value(QLatin1String("actions"))));
    if (!body.contains(QLatin1String("filterMatch")))
        body.insert(L("filterMatch"), L("all"));
    if (!body.contains(QLatin1String("environment")))
        body.insert(L("environment"), QJsonValue(QJsonValue::Null));
    return body;
}

QJsonObject metricRuleWriteBody(const QJsonObject& rule)
{
    QJsonObject body;
    copyKeys(rule, body, {"name", "dataset", "queryType", "eventTypes", "aggregate", "query", "timeWindow", "thresholdType",
                          "resolveThreshold", "environment", "projects", "owner", "comparisonDelta", "detectionType",
                          "thresholdPeriod", "seasonality", "sensitivity"});
    // Absent, not null, when the rule has none: the schema says number / integer, and Sentry's PUT is
    // partial (update_alert_rule in incidents/endpoints/organization_alert_rule_details.py passes
    // partial=True), so an absent field keeps the stored value (NOT_SET in incidents/logic.py
    // update_alert_rule) while null would clear it: a rule read with null already holds none.
    for (const char* key : {"resolveThreshold", "comparisonDelta"}) {
        if (body.value(QLatin1String(key)).isNull())
            body.remove(QLatin1String(key));
    }
    if (!body.contains(QLatin1String("queryType")))
        body.insert(L("queryType"), queryTypeForDataset(rule.value(QLatin1String("dataset")).toString()));
    QJsonArray triggers;
    for (const QJsonValue& value : rule.value(QLatin1String("triggers")).toArray()) {
        const QJsonObject trigger = value.toObject();
        QJsonObject out;
        copyKeys(trigger, out, {"label", "alertThreshold", "resolveThreshold", "thresholdType"});
        QJsonArray actions;
        for (const QJsonValue& actionValue : trigger.value(QLatin1String("actions")).toArray()) {
            QJsonObject action;
            copyKeys(actionValue.toObject(), action,
                     {"type", "targetType", "targetIdentifier", "inputChannelId", "integrationId", "sentryAppId", "priority"});
            actions.append(action);
        }
        out.insert(L("actions"), actions);
        triggers.append(out);
    }
    body.insert(L("triggers"), triggers);
    return body;
}

QJsonObject alertWriteBody(TargetType targetType, const QJsonObject& readObject)
{
    switch (targetType) {
    case TargetType::Detector: return detectorWriteBody(readObject);
    case TargetType::Workflow: return workflowWriteBody(readObject);
    case TargetType::IssueAlertRule: return issueRuleWriteBody(readObject);
    case TargetType::MetricAlertRule: return metricRuleWriteBody(readObject);
    default: return readObject; // not an alert
    }
}

QString AlertPaths::detectorCreate(const QString& org, const QString& project)
{
    return QStringLiteral("/api/0/organizations/%1/projects/%2/detectors/").arg(org, project);
}
QString AlertPaths::detector(const QString& org, const QString& id)
{
    return QStringLiteral("/api/0/organizations/%1/detectors/%2/").arg(org, id);
}
QString AlertPaths::workflowCreate(const QString& org)
{
    return QStringLiteral("/api/0/organizations/%1/workflows/").arg(org);
}
QString AlertPaths::workflow(const QString& org, const QString& id)
{
    return QStringLiteral("/api/0/organizations/%1/workflows/%2/").arg(org, id);
}
QString AlertPaths::issueRuleCreate(const QString& org, const QString& project)
{
    return QStringLiteral("/api/0/projects/%1/%2/rules/").arg(org, project);
}
QString AlertPaths::issueRule(const QString& org, const QString& project, const QString& id)
{
    return QStringLiteral("/api/0/projects/%1/%2/rules/%3/").arg(org, project, id);
}
QString AlertPaths::metricRuleCreate(const QString& org)
{
    return QStringLiteral("/api/0/organizations/%1/alert-rules/").arg(org);
}
QString AlertPaths::metricRule(const QString& org, const QString& id)
{
    return QStringLiteral("/api/0/organizations/%1/alert-rules/%2/").arg(org, id);
}

} // namespace sc
