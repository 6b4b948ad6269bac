// SPDX-License-Identifier: MIT
// Alert writes with Sentry's validation: detectors, workflows and the legacy issue/metric rules.
#include "fakesentryapi.h"
#include "fakealertrules.h"
#include "fakeapihelpers.h"

#include "fakeevents.h"
#include "fakeownershipcheck.h"
#include "fakestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace sc {

using namespace Qt::StringLiterals;
using namespace fakeapi;

FakeResponse FakeSentryApi::writeDetector(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create)
{
    const QString orgId = m_data.organization.value(u"id"_s).toString();
    QJsonObject d;
    if (create) {
        const QJsonObject* project = m_data.projectBySlugOrId(projectSlug);
        id = newId();
        d = {{u"id"_s, QString::number(id)}, {u"projectId"_s, project->value(u"id"_s)}, {u"description"_s, QJsonValue()},
             {u"owner"_s, QJsonValue()}, {u"createdBy"_s, m_data.members.value(0).value(u"user"_s).toObject().value(u"id"_s)},
             {u"dateCreated"_s, nowIso()}, {u"dataSources"_s, QJsonValue()}, {u"conditionGroup"_s, QJsonValue()},
             {u"config"_s, QJsonObject()}, {u"enabled"_s, true}, {u"latestGroup"_s, QJsonValue()}};
    } else {
        d = m_data.detectors.value(id);
    }
    QJsonObject errors;
    if (create || body.contains(u"name"_s)) {
        const QString name = body.value(u"name"_s).toString();
        if (name.trimmed().isEmpty())
            errors[u"name"_s] = QJsonArray{create && !body.contains(u"name"_s) ? u"This field is required."_s
                                                                               : u"This field may not be blank."_s};
        else
            d[u"name"_s] = name;
    }
    static const QStringList kTypes{u"metric_issue"_s, u"error"_s, u"uptime_domain_failure"_s, u"monitor_check_in_failure"_s};
    if (create || body.contains(u"type"_s)) {
        const QString type = body.value(u"type"_s).toString();
        if (!body.contains(u"type"_s))
            errors[u"type"_s] = QJsonArray{u"This field is required."_s};
        else if (!kTypes.contains(type))
            errors[u"type"_s] = QJsonArray{u"Unknown detector type '%1'. Must be one of: %2"_s.arg(type, kTypes.join(u", "_s))};
        else
            d[u"type"_s] = type;
    }
    if (hasField(body, u"dataSources"_s, u"data_sources"_s)) {
        const QJsonValue v = field(body, u"dataSources"_s, u"data_sources"_s);
        const QJsonArray stored = d.value(u"dataSources"_s).toArray();
        const QJsonObject storedQuery = stored.isEmpty() ? QJsonObject()
                                                         : stored.first().toObject().value(u"queryObj"_s).toObject()
                                                               .value(u"snubaQuery"_s).toObject();
        QJsonArray sources;
        for (const QJsonValue& s : v.toArray()) {
            QJsonObject in = s.toObject();
            // The read shape nests the query; accept it too, so a read-modify-write round trips.
            if (in.contains(u"queryObj"_s))
                in = in.value(u"queryObj"_s).toObject().value(u"snubaQuery"_s).toObject();
            const QString aggregate = in.value(u"aggregate"_s).toString();
            const QJsonValue window = field(in, u"timeWindow"_s, u"time_window"_s);
            if (aggregate.isEmpty()) {
                errors[u"dataSources"_s] = QJsonArray{u"aggregate: This field is required."_s};
                break;
            }
            if (!window.isDouble() || window.toDouble() <= 0) {
                errors[u"dataSources"_s] = QJsonArray{u"timeWindow: A valid integer is required."_s};
                break;
            }
            const QJsonValue sourceError = snubaSourceError(in, storedQuery.isEmpty() ? nullptr : &storedQuery, create,
                                                            m_options.allowTransactionAlerts);
            if (sourceError.isArray()) // raised in save(): the whole answer is the message list
                return json(400, sourceError);
            if (sourceError.isObject()) {
                errors = sourceError.toObject();
                break;
            }
            const QString queryId = newIdString();
            sources.append(QJsonObject{
                {u"id"_s, newIdString()},
                {u"organizationId"_s, orgId},
                {u"type"_s, u"snuba_query_subscription"_s},
                {u"sourceId"_s, queryId},
                {u"queryObj"_s,
                 QJsonObject{{u"id"_s, queryId},
                             {u"status"_s, 0},
                             {u"subscription"_s, u"1/%1"_s.arg(id, 16, 16, QLatin1Char('0'))},
                             {u"snubaQuery"_s,
                              QJsonObject{{u"id"_s, newIdString()},
                                          {u"dataset"_s, in.value(u"dataset"_s).toString(u"events"_s)},
                                          {u"query"_s, in.value(u"query"_s).toString()},
                                          {u"aggregate"_s, aggregate},
                                          {u"timeWindow"_s, window.toInt()},
                                          {u"environment"_s, in.value(u"environment"_s)},
                                          {u"eventTypes"_s, field(in, u"eventTypes"_s, u"event_types"_s).isArray()
                                                                ? field(in, u"eventTypes"_s, u"event_types"_s)
                                                                : QJsonValue(QJsonArray())}}}}}});
        }
        d[u"dataSources"_s] = v.isNull() ? QJsonValue() : QJsonValue(sources);
    }
    if (hasField(body, u"conditionGroup"_s, u"condition_group"_s)) {
        const QJsonObject in = field(body, u"conditionGroup"_s, u"condition_group"_s).toObject();
        static const QStringList kLogic{u"any"_s, u"all"_s, u"any-short"_s, u"none"_s};
        const QString logic = field(in, u"logicType"_s, u"logic_type"_s).toString(u"any"_s);
        if (!kLogic.contains(logic)) {
            errors[u"conditionGroup"_s] = QJsonObject{{u"logicType"_s, QJsonArray{u"\"%1\" is not a valid choice."_s.arg(logic)}}};
        } else {
            QJsonArray conditions;
            for (const QJsonValue& c : in.value(u"conditions"_s).toArray()) {
                const QJsonObject co = c.toObject();
                if (co.value(u"type"_s).toString().isEmpty()) {
                    errors[u"conditionGroup"_s] = QJsonObject{{u"conditions"_s, QJsonArray{u"type: This field is required."_s}}};
                    break;
                }
                conditions.append(QJsonObject{{u"id"_s, newIdString()},
                                              {u"type"_s, co.value(u"type"_s)},
                                              {u"comparison"_s, co.value(u"comparison"_s)},
                                              {u"conditionResult"_s, field(co, u"conditionResult"_s, u"condition_result"_s)}});
            }
            d[u"conditionGroup"_s] = QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                                 {u"logicType"_s, logic}, {u"conditions"_s, conditions},
                                                 {u"actions"_s, QJsonArray()}};
        }
    }
    if (body.contains(u"config"_s))
        d[u"config"_s] = body.value(u"config"_s).toObject();
    if (body.contains(u"description"_s))
        d[u"description"_s] = body.value(u"description"_s);
    if (body.contains(u"enabled"_s)) {
        if (!body.value(u"enabled"_s).isBool())
            errors[u"enabled"_s] = QJsonArray{u"Must be a valid boolean."_s};
        else
            d[u"enabled"_s] = body.value(u"enabled"_s);
    }
    if (body.contains(u"owner"_s)) {
        const QJsonValue owner = body.value(u"owner"_s);
        if (owner.isNull() || owner.toString().isEmpty()) {
            d[u"owner"_s] = QJsonValue();
        } else if (owner.isObject()) {
            d[u"owner"_s] = owner;
        } else {
            const QString o = owner.toString();
            const QString kind = o.section(QLatin1Char(':'), 0, 0), oid = o.section(QLatin1Char(':'), 1);
            QJsonObject resolved;
            if (kind == u"team"_s) {
                if (const QJsonObject* t = m_data.teamBySlug(oid))
                    resolved = {{u"type"_s, u"team"_s}, {u"id"_s, t->value(u"id"_s)}, {u"name"_s, t->value(u"slug"_s)}};
            } else if (kind == u"user"_s) {
                for (const QJsonObject& mem : std::as_const(m_data.members)) {
                    const QJsonObject user = mem.value(u"user"_s).toObject();
                    if (user.value(u"id"_s).toString() == oid)
                        resolved = {{u"type"_s, u"user"_s}, {u"id"_s, oid}, {u"name"_s, user.value(u"name"_s)},
                                    {u"email"_s, user.value(u"email"_s)}};
                }
            }
            if (resolved.isEmpty())
                errors[u"owner"_s] = QJsonArray{u"Could not resolve owner to existing team or user."_s};
            else
                d[u"owner"_s] = resolved;
        }
    }
    // Before 2026-04 only the camelCase spelling was read (CONTRACT §0b.6).
    const std::optional<QList<qint64>> workflowIds =
        linkedIds(body, u"workflowIds"_s, m_options.before202604 ? QString() : u"workflow_ids"_s, m_data.workflows,
                  u"workflows"_s, errors);
    if (!errors.isEmpty())
        return json(400, errors);
    d[u"dateUpdated"_s] = nowIso();
    d.remove(u"workflowIds"_s);
    m_data.detectors.insert(id, d);
    if (workflowIds) {
        m_data.unlinkDetector(id);
        for (qint64 wf : *workflowIds)
            m_data.link(id, wf);
    }
    FakeResponse r = json(create ? 201 : 200, detectorRead(id));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeWorkflow(qint64 id, const QJsonObject& body, bool create)
{
    const QString orgId = m_data.organization.value(u"id"_s).toString();
    QJsonObject w;
    if (create) {
        id = newId();
        w = {{u"id"_s, QString::number(id)}, {u"organizationId"_s, orgId},
             {u"createdBy"_s, m_data.members.value(0).value(u"user"_s).toObject().value(u"id"_s)},
             {u"dateCreated"_s, nowIso()},
             {u"triggers"_s, QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                         {u"logicType"_s, u"any-short"_s}, {u"conditions"_s, QJsonArray()},
                                         {u"actions"_s, QJsonArray()}}},
             {u"actionFilters"_s, QJsonArray()}, {u"environment"_s, QJsonValue()},
             {u"config"_s, QJsonObject{{u"frequency"_s, 30}}}, {u"enabled"_s, true},
             {u"lastTriggered"_s, QJsonValue()}, {u"owner"_s, QJsonValue()}};
    } else {
        w = m_data.workflows.value(id);
    }
    QJsonObject errors;
    // The PUT is not partial either (OrganizationWorkflowDetailsEndpoint.put builds WorkflowValidator
    // without partial=True): `name` (CharField(required=True)) is required on every write.
    {
        const QString name = body.value(u"name"_s).toString();
        if (name.trimmed().isEmpty())
            errors[u"name"_s] = QJsonArray{!body.contains(u"name"_s) ? u"This field is required."_s
                                                                    : u"This field may not be blank."_s};
        else
            w[u"name"_s] = name;
    }
    // A PUT keeps the nested rows it names by id and replaces the rest with new ones
    // (WorkflowValidator.update_action_filters, update_or_create_data_condition_group).
    const std::function<QString()> nextId = [this] { return newIdString(); };
    // A create makes every row new: the create path never looks at row ids.
    const auto rowId = [&](const QJsonObject& row, const QSet<QString>& existing, const QString& noun, QString* error) {
        return create ? nextId() : keptRowId(row, existing, noun, nextId, error);
    };
    const auto conditionsFrom = [&](const QJsonArray& in, const QSet<QString>& existing, QString* error) {
        QJsonArray out;
        for (const QJsonValue& c : in) {
            const QJsonObject co = c.toObject();
            if (co.value(u"type"_s).toString().isEmpty()) {
                *error = u"type: This field is required."_s;
                break;
            }
            const QString conditionId = rowId(co, existing, u"Condition"_s, error);
            if (!error->isEmpty())
                break;
            out.append(QJsonObject{{u"id"_s, conditionId},
                                   {u"type"_s, co.value(u"type"_s)},
                                   {u"comparison"_s, co.value(u"comparison"_s)},
                                   {u"conditionResult"_s, field(co, u"conditionResult"_s, u"condition_result"_s)}});
        }
        return out;
    };
    if (body.contains(u"triggers"_s)) {
        const QJsonObject in = body.value(u"triggers"_s).toObject();
        const QJsonObject stored = w.value(u"triggers"_s).toObject();
        QString error;
        const QJsonArray conditions = conditionsFrom(in.value(u"conditions"_s).toArray(),
                                                     conditionIds(stored.value(u"conditions"_s).toArray()), &error);
        if (!error.isEmpty())
            errors[u"triggers"_s] = QJsonArray{error};
        const QString triggersId = stored.contains(u"id"_s) ? idOf(stored.value(u"id"_s)) : newIdString();
        w[u"triggers"_s] = QJsonObject{{u"id"_s, triggersId}, {u"organizationId"_s, orgId},
                                       {u"logicType"_s, field(in, u"logicType"_s, u"logic_type"_s).toString(u"any-short"_s)},
                                       {u"conditions"_s, conditions}, {u"actions"_s, QJsonArray()}};
    }
    if (hasField(body, u"actionFilters"_s, u"action_filters"_s)) {
        QJsonArray filters;
        static const QStringList kActionTypes{u"slack"_s, u"pagerduty"_s, u"email"_s, u"msteams"_s, u"discord"_s,
                                              u"opsgenie"_s, u"jira"_s, u"github"_s, u"azure_devops"_s,
                                              u"sentry_app"_s, u"webhook"_s, u"plugin"_s};
        const QSet<QString> filterIds = actionFilterIds(w);
        const QSet<QString> storedActionIds = actionIds(w);
        QHash<QString, QJsonObject> storedFilters;
        QHash<QString, QJsonObject> storedActions;
        for (const QJsonValue& f : w.value(u"actionFilters"_s).toArray()) {
            storedFilters.insert(idOf(f.toObject().value(u"id"_s)), f.toObject());
            for (const QJsonValue& a : f.toObject().value(u"actions"_s).toArray())
                storedActions.insert(idOf(a.toObject().value(u"id"_s)), a.toObject());
        }
        for (const QJsonValue& f : field(body, u"actionFilters"_s, u"action_filters"_s).toArray()) {
            const QJsonObject fo = f.toObject();
            QString error;
            const QString filterId = rowId(fo, filterIds, u"Action filter"_s, &error);
            const QJsonArray conditions = error.isEmpty()
                ? conditionsFrom(fo.value(u"conditions"_s).toArray(),
                                 conditionIds(storedFilters.value(filterId).value(u"conditions"_s).toArray()), &error)
                : QJsonArray();
            QJsonArray actions;
            for (const QJsonValue& a : fo.value(u"actions"_s).toArray()) {
                if (!error.isEmpty())
                    break;
                const QJsonObject ao = a.toObject();
                const QString type = ao.value(u"type"_s).toString();
                if (!kActionTypes.contains(type)) {
                    error = u"Invalid action type: %1"_s.arg(type);
                    break;
                }
                const QString actionId = rowId(ao, storedActionIds, u"Action"_s, &error);
                if (!error.isEmpty())
                    break;
                const QJsonValue integration = field(ao, u"integrationId"_s, u"integration_id"_s);
                if (type != u"email"_s && type != u"sentry_app"_s && type != u"webhook"_s && integration.isUndefined()) {
                    error = u"integrationId: This field is required."_s;
                    break;
                }
                QJsonObject config = ao.value(u"config"_s).toObject();
                QJsonObject configOut{{u"targetType"_s, field(config, u"targetType"_s, u"target_type"_s)},
                                      {u"targetIdentifier"_s, field(config, u"targetIdentifier"_s, u"target_identifier"_s)},
                                      {u"targetDisplay"_s, field(config, u"targetDisplay"_s, u"target_display"_s)}};
                for (auto it = configOut.begin(); it != configOut.end(); ++it) {
                    if (it->isUndefined())
                        *it = QJsonValue();
                }
                if (type == u"slack"_s) {
                    // SlackActionValidatorHandler runs for every Slack action in the body, kept or new.
                    const QString integrationId = idOf(integration);
                    QString workspace = integrationId;
                    for (const QJsonObject& i : std::as_const(m_data.integrations)) {
                        if (idOf(i.value(u"id"_s)) == integrationId)
                            workspace = i.value(u"name"_s).toString();
                    }
                    error = validateSlackConfig(configOut, m_data.slackChannels.value(integrationId), workspace);
                    if (!error.isEmpty())
                        break;
                }
                const QJsonObject storedAction = storedActions.value(actionId);
                actions.append(QJsonObject{{u"id"_s, actionId},
                                           {u"type"_s, type},
                                           {u"integrationId"_s, integration.isUndefined() || integration.isNull()
                                                                   ? QJsonValue() : QJsonValue(idOf(integration))},
                                           {u"data"_s, ao.value(u"data"_s).toObject()},
                                           {u"config"_s, configOut},
                                           {u"status"_s, storedAction.value(u"status"_s).toString(u"active"_s)}});
            }
            if (!error.isEmpty()) {
                errors[u"actionFilters"_s] = QJsonArray{error};
                break;
            }
            filters.append(QJsonObject{{u"id"_s, filterId}, {u"organizationId"_s, orgId},
                                       {u"logicType"_s, field(fo, u"logicType"_s, u"logic_type"_s).toString(u"all"_s)},
                                       {u"conditions"_s, conditions}, {u"actions"_s, actions}});
        }
        w[u"actionFilters"_s] = filters;
    }
    if (body.contains(u"config"_s)) {
        const QJsonObject config = body.value(u"config"_s).toObject();
        const QJsonValue frequency = config.value(u"frequency"_s);
        if (!frequency.isUndefined() && !kFrequencies.contains(QString::number(frequency.toInt(-1))))
            errors[u"config"_s] = QJsonObject{{u"frequency"_s, QJsonArray{u"\"%1\" is not a valid choice."_s.arg(frequency.toVariant().toString())}}};
        else
            w[u"config"_s] = config;
    }
    if (body.contains(u"environment"_s))
        w[u"environment"_s] = body.value(u"environment"_s).toString().isEmpty() ? QJsonValue() : body.value(u"environment"_s);
    // BooleanField(required=False, default=True) on a non-partial validator: a PUT without `enabled`
    // re-enables the workflow (WorkflowValidator.update → instance.update(**validated_data)).
    w[u"enabled"_s] = body.contains(u"enabled"_s) ? body.value(u"enabled"_s).toBool(true) : true;
    if (body.contains(u"owner"_s))
        w[u"owner"_s] = body.value(u"owner"_s);
    const std::optional<QList<qint64>> detectorIds =
        linkedIds(body, u"detectorIds"_s, m_options.before202604 ? QString() : u"detector_ids"_s, m_data.detectors,
                  u"detectors"_s, errors);
    if (!errors.isEmpty())
        return json(400, errors);
    w[u"dateUpdated"_s] = nowIso();
    w.remove(u"detectorIds"_s);
    m_data.workflows.insert(id, w);
    if (detectorIds) {
        m_data.unlinkWorkflow(id);
        for (qint64 det : *detectorIds)
            m_data.link(det, id);
    }
    FakeResponse r = json(create ? 201 : 200, workflowRead(id));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeIssueRule(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create)
{
    QJsonObject errors;
    if (body.value(u"name"_s).toString().trimmed().isEmpty())
        errors[u"name"_s] = QJsonArray{u"This field is required."_s};
    const QJsonValue frequency = body.value(u"frequency"_s);
    if (frequency.isUndefined())
        errors[u"frequency"_s] = QJsonArray{u"This field is required."_s};
    else if (frequency.toInt() < 5)
        errors[u"frequency"_s] = QJsonArray{u"Ensure this value is greater than or equal to 5."_s};
    else if (frequency.toInt() > 43200)
        errors[u"frequency"_s] = QJsonArray{u"Ensure this value is less than or equal to 43200."_s};
    static const QStringList kMatch{u"all"_s, u"any"_s, u"none"_s};
    if (!kMatch.contains(body.value(u"actionMatch"_s).toString()))
        errors[u"actionMatch"_s] = QJsonArray{u"This field is required."_s};
    if (!body.value(u"filters"_s).toArray().isEmpty() && !kMatch.contains(body.value(u"filterMatch"_s).toString()))
        errors[u"filterMatch"_s] = QJsonArray{u"Must select a filter match (all, any, none) if filters are supplied."_s};
    if (!body.value(u"actions"_s).isArray() || body.value(u"actions"_s).toArray().isEmpty())
        errors[u"actions"_s] = QJsonArray{u"You must add an action for this alert to fire."_s};
    for (const QJsonValue& a : body.value(u"actions"_s).toArray()) {
        const QJsonObject ao = a.toObject();
        if (ao.value(u"id"_s).toString().contains(u"slack"_s) && ao.value(u"workspace"_s).toString().isEmpty())
            errors[u"actions"_s] = QJsonArray{u"Slack: Workspace is a required field."_s};
    }
    if (!errors.isEmpty())
        return json(400, errors);
    QJsonObject rule = create ? QJsonObject{} : m_data.issueRules.value(id);
    if (create) {
        id = newId();
        rule[u"id"_s] = QString::number(id);
        rule[u"dateCreated"_s] = nowIso();
        const QJsonObject user = m_data.members.value(0).value(u"user"_s).toObject();
        rule[u"createdBy"_s] = QJsonObject{{u"id"_s, user.value(u"id"_s).toString().toLongLong()},
                                           {u"name"_s, user.value(u"name"_s)}, {u"email"_s, user.value(u"email"_s)}};
        rule[u"status"_s] = u"active"_s;
        rule[u"lastTriggered"_s] = QJsonValue();
        rule[u"snooze"_s] = false;
    }
    for (const QString& key : {u"name"_s, u"conditions"_s, u"filters"_s, u"actions"_s, u"actionMatch"_s,
                               u"filterMatch"_s, u"frequency"_s, u"environment"_s, u"owner"_s}) {
        if (body.contains(key))
            rule[key] = body.value(key);
        else if (!rule.contains(key))
            rule[key] = key == u"filters"_s ? QJsonValue(QJsonArray()) : key == u"filterMatch"_s ? QJsonValue(u"all"_s) : QJsonValue();
    }
    QJsonArray actions = rule.value(u"actions"_s).toArray();
    for (int i = 0; i < actions.size(); ++i) {
        QJsonObject a = actions.at(i).toObject();
        if (!a.contains(u"uuid"_s))
            a[u"uuid"_s] = u"00000000-0000-4000-8000-%1"_s.arg(newId(), 12, 10, QLatin1Char('0'));
        actions[i] = a;
    }
    rule[u"actions"_s] = actions;
    rule[u"projects"_s] = QJsonArray{projectSlug};
    m_data.issueRules.insert(id, rule);
    FakeResponse r = json(create ? 201 : 200, rule);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeMetricRule(qint64 id, const QJsonObject& body, bool create)
{
    QJsonObject errors;
    for (const QString& key : {u"name"_s, u"aggregate"_s, u"timeWindow"_s, u"projects"_s, u"query"_s,
                               u"thresholdType"_s, u"triggers"_s}) {
        if (!body.contains(key))
            errors[key] = QJsonArray{u"This field is required."_s};
    }
    static const QList<int> kWindows{1, 5, 10, 15, 30, 60, 120, 240, 1440};
    if (body.contains(u"timeWindow"_s) && !kWindows.contains(body.value(u"timeWindow"_s).toInt()))
        errors[u"timeWindow"_s] = QJsonArray{u"Invalid Time Window"_s};
    bool critical = false;
    for (const QJsonValue& t : body.value(u"triggers"_s).toArray())
        critical = critical || t.toObject().value(u"label"_s).toString() == u"critical"_s;
    if (body.contains(u"triggers"_s) && !critical)
        errors[u"nonFieldErrors"_s] = QJsonArray{u"Trigger 1 must be labeled \"critical\""_s};
    const QJsonArray projects = body.value(u"projects"_s).toArray();
    if (body.contains(u"projects"_s) && (projects.size() != 1 || !m_data.projectBySlugOrId(projects.first().toString())))
        errors[u"projects"_s] = QJsonArray{u"Invalid project"_s};
    if (!errors.isEmpty())
        return json(400, errors);
    QJsonObject rule = create ? QJsonObject{} : m_data.metricRules.value(id);
    const QString now = nowIso();
    if (create) {
        id = newId();
        const QJsonObject user = m_data.members.value(0).value(u"user"_s).toObject();
        rule = {{u"id"_s, QString::number(id)}, {u"organizationId"_s, m_data.organization.value(u"id"_s)},
                {u"status"_s, 0}, {u"resolution"_s, 1}, {u"thresholdPeriod"_s, 1}, {u"dateCreated"_s, now},
                {u"createdBy"_s, QJsonObject{{u"id"_s, user.value(u"id"_s).toString().toLongLong()},
                                             {u"name"_s, user.value(u"name"_s)}, {u"email"_s, user.value(u"email"_s)}}},
                {u"environment"_s, QJsonValue()}, {u"dataset"_s, u"events"_s}, {u"queryType"_s, 0},
                {u"eventTypes"_s, QJsonArray()}, {u"resolveThreshold"_s, QJsonValue()},
                {u"comparisonDelta"_s, QJsonValue()}, {u"detectionType"_s, u"static"_s}, {u"seasonality"_s, QJsonValue()},
                {u"sensitivity"_s, QJsonValue()}, {u"snooze"_s, false}, {u"latestIncident"_s, QJsonValue()},
                {u"originalAlertRuleId"_s, QJsonValue()}, {u"owner"_s, QJsonValue()}};
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"triggers"_s && it.key() != u"id"_s)
            rule[it.key()] = it.value();
    }
    QJsonArray triggers;
    for (const QJsonValue& t : body.value(u"triggers"_s).toArray()) {
        QJsonObject to = t.toObject();
        const QString triggerId = newIdString();
        to[u"id"_s] = triggerId;
        to[u"alertRuleId"_s] = QString::number(id);
        to[u"thresholdType"_s] = body.value(u"thresholdType"_s);
        if (!to.contains(u"resolveThreshold"_s))
            to[u"resolveThreshold"_s] = body.value(u"resolveThreshold"_s).isUndefined() ? QJsonValue() : body.value(u"resolveThreshold"_s);
        to[u"dateCreated"_s] = now;
        QJsonArray actions;
        for (const QJsonValue& a : to.value(u"actions"_s).toArray()) {
            QJsonObject ao = a.toObject();
            ao[u"id"_s] = newIdString();
            ao[u"alertRuleTriggerId"_s] = triggerId;
            ao[u"dateCreated"_s] = now;
            for (const QString& k : {u"inputChannelId"_s, u"sentryAppId"_s, u"priority"_s}) {
                if (!ao.contains(k))
                    ao[k] = QJsonValue();
            }
            actions.append(ao);
        }
        to[u"actions"_s] = actions;
        triggers.append(to);
    }
    rule[u"triggers"_s] = triggers;
    rule[u"dateModified"_s] = now;
    m_data.metricRules.insert(id, rule);
    FakeResponse r = json(create ? 201 : 200, rule);
    r.isWrite = true;
    return r;
}


} // namespace sc
