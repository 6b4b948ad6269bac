// SPDX-License-Identifier: MIT
#include "fakealertrules.h"
#include "fakeapihelpers.h"

#include <QStringList>

namespace sc::fakeapi {

namespace {

// SnubaQuery.Type (src/sentry/snuba/models.py): ERROR 0, PERFORMANCE 1, CRASH_RATE 2.
constexpr int kError = 0;
constexpr int kPerformance = 1;
constexpr int kCrashRate = 2;

bool isTransactionDataset(const QString& dataset)
{
    // Dataset.Transactions / Dataset.PerformanceMetrics ("generic_metrics").
    return dataset == u"transactions"_s || dataset == u"generic_metrics"_s;
}

// query_datasets_to_type (src/sentry/incidents/logic.py): the query type a dataset implies.
int defaultQueryType(const QString& dataset)
{
    if (dataset == u"events"_s)
        return kError;
    if (dataset == u"metrics"_s)
        return kCrashRate;
    return kPerformance;
}

// QUERY_TYPE_VALID_DATASETS (src/sentry/snuba/snuba_query_validator.py), names as the error lists them.
QStringList validDatasets(int queryType)
{
    switch (queryType) {
    case kError: return {u"events"_s};
    case kPerformance: return {u"events_analytics_platform"_s, u"generic_metrics"_s, u"transactions"_s};
    case kCrashRate: return {u"metrics"_s};
    }
    return {};
}

QString pythonList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted.append(u"'%1'"_s.arg(item));
    return u"["_s + quoted.join(u", "_s) + u"]"_s;
}

QJsonValue sourceError(const QString& message)
{
    return QJsonObject{{u"dataSources"_s, QJsonArray{message}}};
}

QStringList eventTypesOf(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    out.sort();
    return out;
}

} // namespace

QJsonValue snubaSourceError(const QJsonObject& in, const QJsonObject* stored, bool create, bool allowTransactionAlerts)
{
    const QString dataset = in.value(u"dataset"_s).toString(u"events"_s);
    const QJsonValue typeValue = field(in, u"queryType"_s, u"query_type"_s);
    const int queryType = typeValue.isDouble() ? typeValue.toInt() : defaultQueryType(dataset);
    // SnubaQueryValidator.validate_query_type
    if (typeValue.isDouble() && (queryType < kError || queryType > kCrashRate))
        return sourceError(u"Invalid query type %1"_s.arg(queryType));
    // SnubaQueryValidator._validate_query: the dataset must suit the query type (EAP is PERFORMANCE).
    const QStringList valid = validDatasets(queryType);
    if (!valid.contains(dataset)) {
        QStringList names = valid;
        for (QString& name : names)
            name.remove(QLatin1Char('_'));
        names.sort();
        return sourceError(u"Invalid dataset for this query type. Valid datasets are %1"_s.arg(pythonList(names)));
    }
    // SnubaQueryValidator.validate: QUERY_TYPE_VALID_EVENT_TYPES; EAP takes one event type.
    const QStringList eventTypes = eventTypesOf(field(in, u"eventTypes"_s, u"event_types"_s));
    const QStringList validTypes = queryType == kError ? QStringList{u"default"_s, u"error"_s}
                                                       : QStringList{u"trace_item_log"_s, u"trace_item_span"_s, u"transaction"_s};
    if (queryType != kCrashRate) {
        for (const QString& type : eventTypes) {
            if (!validTypes.contains(type))
                return sourceError(u"Invalid event types for this dataset. Valid event types are %1"_s.arg(pythonList(validTypes)));
        }
    }
    if (dataset == u"events_analytics_platform"_s && eventTypes.size() > 1)
        return sourceError(u"Multiple event types not allowed. Valid event types are %1"_s.arg(pythonList(validTypes)));
    // SnubaQueryValidator._validate_time_window; CONTRACT §0b.2: span-based detectors take ≥ 5 min.
    const int window = field(in, u"timeWindow"_s, u"time_window"_s).toInt();
    if (dataset == u"events_analytics_platform"_s && window < 300)
        return sourceError(u"Invalid Time Window: Time window for this alert type must be at least 5 minutes."_s);
    if (allowTransactionAlerts || !isTransactionDataset(dataset))
        return {};
    // MetricIssueDetectorValidator._validate_transaction_dataset_deprecation (create) and
    // is_editing_transaction_dataset (update): DRF answers a bare list of messages.
    if (create)
        return QJsonArray{u"Creation of transaction-based alerts is disabled, as we migrate to the span dataset. "
                          "Create span-based alerts (dataset: events_analytics_platform) with the is_transaction:true "
                          "filter instead."_s};
    if (stored) {
        const bool edits = dataset != stored->value(u"dataset"_s).toString()
            || (in.contains(u"query"_s) && in.value(u"query"_s).toString() != stored->value(u"query"_s).toString())
            || (in.contains(u"aggregate"_s) && in.value(u"aggregate"_s).toString() != stored->value(u"aggregate"_s).toString())
            || (hasField(in, u"timeWindow"_s, u"time_window"_s) && window != stored->value(u"timeWindow"_s).toInt())
            || (hasField(in, u"eventTypes"_s, u"event_types"_s) && eventTypes != eventTypesOf(stored->value(u"eventTypes"_s)));
        if (edits)
            return QJsonArray{u"Updates to transaction-based alerts is disabled, as we migrate to the span dataset. "
                              "Create span-based alerts (dataset: events_analytics_platform) with the is_transaction:true "
                              "filter instead."_s};
    }
    return {};
}

QString validateSlackConfig(QJsonObject& config, const QMap<QString, QString>& channels, const QString& workspaceName)
{
    // SlackActionValidatorHandler.generate_action_form_payload: channel = targetDisplay,
    // channel_id = targetIdentifier; SlackNotifyServiceForm.clean and utils/channel.py.
    const QString channelId = field(config, u"targetIdentifier"_s, u"target_identifier"_s).toString();
    const QString display = field(config, u"targetDisplay"_s, u"target_display"_s).toString();
    const auto strip = [](QString name) {
        while (name.startsWith(QLatin1Char('#')) || name.startsWith(QLatin1Char('@')))
            name.remove(0, 1);
        return name;
    };
    const QString name = strip(display);
    if (!channelId.isEmpty()) {
        if (display.isEmpty())
            return u"Slack: Channel name is a required field."_s;
        // validate_channel_id: conversations.info must know the id, and its name must match.
        if (!channels.contains(channelId))
            return u"Slack: Channel not found. Invalid ID provided."_s;
        if (channels.value(channelId) != name)
            return u"Slack: Received channel name %1 does not match inputted channel name %2."_s.arg(channels.value(channelId), name);
        // An id given by the caller: the stored name is the stripped one (channel_prefix "").
        config[u"targetIdentifier"_s] = channelId;
        config[u"targetDisplay"_s] = name;
        return {};
    }
    if (name.isEmpty())
        return u"Slack: Channel name is a required field."_s;
    // No id: get_channel_id looks the name up (case-insensitive) and stores "#" + name.
    for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
        if (it.value().compare(name, Qt::CaseInsensitive) == 0) {
            config[u"targetIdentifier"_s] = it.key();
            config[u"targetDisplay"_s] = u"#"_s + name;
            return {};
        }
    }
    return u"Slack: The resource \"%1\" does not exist or has not been granted access in the %2 Slack workspace."_s.arg(
        name, workspaceName);
}

QString keptRowId(const QJsonObject& row, const QSet<QString>& existing, const QString& noun,
                  const std::function<QString()>& newId, QString* error)
{
    const QJsonValue id = row.value(u"id"_s);
    if (id.isUndefined() || id.isNull())
        return newId();
    const QString text = idOf(id);
    // WorkflowValidator._validate_action_filter_ownership
    if (!existing.contains(text)) {
        *error = u"%1 ID %2 does not belong to this workflow"_s.arg(noun, text);
        return {};
    }
    return text;
}

QSet<QString> actionFilterIds(const QJsonObject& workflow)
{
    QSet<QString> ids;
    for (const QJsonValue& f : workflow.value(u"actionFilters"_s).toArray())
        ids.insert(idOf(f.toObject().value(u"id"_s)));
    return ids;
}

QSet<QString> actionIds(const QJsonObject& workflow)
{
    QSet<QString> ids;
    for (const QJsonValue& f : workflow.value(u"actionFilters"_s).toArray()) {
        for (const QJsonValue& a : f.toObject().value(u"actions"_s).toArray())
            ids.insert(idOf(a.toObject().value(u"id"_s)));
    }
    return ids;
}

QSet<QString> conditionIds(const QJsonArray& conditions)
{
    QSet<QString> ids;
    for (const QJsonValue& c : conditions)
        ids.insert(idOf(c.toObject().value(u"id"_s)));
    return ids;
}

} // namespace sc::fakeapi
