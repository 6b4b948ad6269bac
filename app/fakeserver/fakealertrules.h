// SPDX-License-Identifier: MIT
// Sentry's validation rules for alert writes that need more than a field check: the snuba query of
// a metric detector, Slack actions, and which nested rows of a workflow PUT survive.
// Internal to app/fakeserver; not part of sc_fake's interface.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

namespace sc::fakeapi {

// A metric detector's data source as the body sends it (flat, camelCase or snake_case keys).
// `stored` is the detector's current snubaQuery on an update (null on a create). Returns the
// 400 body (empty = valid), as MetricIssueDetectorValidator / SnubaQueryValidator answer.
QJsonValue snubaSourceError(const QJsonObject& source, const QJsonObject* storedQuery, bool create,
                            bool allowTransactionAlerts);

// Validates a Slack action's config against the workspace's channels (id → name) and rewrites it
// the way Sentry stores it (SlackActionValidatorHandler.update_action_data). Returns the error
// message ("" = valid).
QString validateSlackConfig(QJsonObject& config, const QMap<QString, QString>& channels, const QString& workspaceName);

// Which nested rows a workflow PUT keeps: a row sent with an `id` that the object has keeps it;
// an `id` it does not have is an error; a row without `id` is new (update_action_filters,
// remove_items_by_api_input). Returns the id to store, or "" with `error` set.
QString keptRowId(const QJsonObject& row, const QSet<QString>& existing, const QString& noun,
                  const std::function<QString()>& newId, QString* error);

// Ids of the action filters and of their actions in a stored workflow.
QSet<QString> actionFilterIds(const QJsonObject& workflow);
QSet<QString> actionIds(const QJsonObject& workflow);
QSet<QString> conditionIds(const QJsonArray& conditions);

} // namespace sc::fakeapi
