// SPDX-License-Identifier: MIT
#pragma once

#include "changekinds.h"

#include <QJsonObject>
#include <QString>

namespace sc {

// What the API returns is not what it accepts (DESIGN.md "Writes: request shapes"). These pure
// functions turn an alert object in its read shape (as GET returns it, or as a plan wants it to
// read) into the body that writes it: nested rows without their ids, server-managed fields
// dropped, detector data sources flat, snake_case top-level keys where the serializer has them.
// Fields the console does not know are kept when the write API accepts them, so a read-modify-write
// leaves them as they were. Used by the tier planner and by undo (sc_changes).

// POST …/projects/{p}/detectors/ or PUT …/detectors/{id}/:
// {name, type, description, enabled, config, owner "team:ID", data_sources [{aggregate, dataset,
//  query, queryType, timeWindow, environment, eventTypes}], condition_group {logicType,
//  conditions [{type, comparison, conditionResult}]}, workflowIds}
// Link ids are camelCase: servers before 2026-04 ignore `workflow_ids` (CONTRACT §0b.6).
QJsonObject detectorWriteBody(const QJsonObject& detector);

// POST …/workflows/ or PUT …/workflows/{id}/: {name, enabled, environment, config, owner,
// triggers {logicType, conditions [{id?, type, comparison, conditionResult}]}, action_filters
// [{id?, logicType, conditions, actions [{id?, type, integrationId, data, config {targetType,
// targetIdentifier, targetDisplay}}]}], detectorIds}
// Filters, conditions and actions keep their `id`: a PUT replaces every row it does not name by id
// (new ids, Slack re-validation, status reset; CONTRACT §0b.4). Rows without one are new.
QJsonObject workflowWriteBody(const QJsonObject& workflow);

// How Sentry stores a workflow this body writes: a Slack action sent with a channel id keeps the
// channel name without "#" (SlackNotifyServiceForm.clean). The planner's `desired` uses it so the
// read-back matches.
QJsonObject workflowAsStored(const QJsonObject& workflow);

// Legacy issue alert rule: the full PUT body (PUT replaces the whole rule): name, frequency,
// actionMatch, filterMatch, conditions, filters, actions (labels and uuids dropped), environment, owner.
QJsonObject issueRuleWriteBody(const QJsonObject& rule);

// Legacy metric alert rule: the full body: name, dataset, queryType, eventTypes, aggregate, query,
// timeWindow, thresholdType, resolveThreshold, environment, projects, owner, comparisonDelta,
// detectionType, triggers [{label, alertThreshold, resolveThreshold, actions [{type, targetType,
// targetIdentifier, inputChannelId, integrationId, sentryAppId, priority}]}].
QJsonObject metricRuleWriteBody(const QJsonObject& rule);

// By change-set target type: detector | workflow | issueAlertRule | metricAlertRule (else the object as is).
QJsonObject alertWriteBody(TargetType targetType, const QJsonObject& readObject);

// Snuba query type for a dataset: events 0, transactions / generic_metrics / events_analytics_platform
// 1 (PERFORMANCE), metrics (sessions) 2.
int queryTypeForDataset(const QString& dataset);

struct AlertPaths {
    static QString detectorCreate(const QString& org, const QString& project);
    static QString detector(const QString& org, const QString& id);
    static QString workflowCreate(const QString& org);
    static QString workflow(const QString& org, const QString& id);
    static QString issueRuleCreate(const QString& org, const QString& project);
    static QString issueRule(const QString& org, const QString& project, const QString& id);
    static QString metricRuleCreate(const QString& org);
    static QString metricRule(const QString& org, const QString& id);
};

} // namespace sc
