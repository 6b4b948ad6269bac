// SPDX-License-Identifier: MIT
#include "changecompare.h"
#include "alertdescription.h"
#include "alertrequests.h"
#include "jsonio.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

// Written by the server, never by an admin: a change here is not a conflict.
const QSet<QString>& serverManagedKeys()
{
    static const QSet<QString> keys = {u"dateCreated"_s, u"dateUpdated"_s, u"lastUpdated"_s, u"createdBy"_s,
                                       u"lastTriggered"_s, u"latestGroup"_s, u"dateModified"_s};
    return keys;
}

// Ids of nested rows (conditions, actions, triggers, data sources) are re-created on every PUT.
const QSet<QString>& nestedRowIdKeys()
{
    static const QSet<QString> keys = {u"id"_s, u"alertRuleId"_s, u"alertRuleTriggerId"_s, u"sourceId"_s,
                                       u"uuid"_s};
    return keys;
}

// Lists whose order carries no meaning on the server.
const QSet<QString>& setLikeKeys()
{
    static const QSet<QString> keys = {u"conditions"_s, u"actions"_s, u"filters"_s, u"detectorIds"_s,
                                       u"workflowIds"_s, u"detector_ids"_s, u"workflow_ids"_s,
                                       u"actionFilters"_s, u"action_filters"_s, u"triggers"_s,
                                       u"eventTypes"_s, u"event_types"_s, u"projects"_s,
                                       u"dataSources"_s, u"data_sources"_s};
    return keys;
}

bool isIdListKey(const QString& key)
{
    return key.endsWith("Ids"_L1) || key.endsWith("_ids"_L1);
}

QJsonValue normalize(const QJsonValue& value, int depth, const QString& key);

QJsonValue normalizeArray(const QJsonArray& array, int depth, const QString& key)
{
    QJsonArray out;
    for (const QJsonValue& item : array) {
        // Ids arrive as numbers from some servers and strings from others.
        if (isIdListKey(key) && item.isDouble())
            out.append(jsonId(item));
        else
            out.append(normalize(item, depth + 1, key));
    }
    if (!setLikeKeys().contains(key))
        return out;
    QList<QPair<QByteArray, QJsonValue>> keyed;
    keyed.reserve(out.size());
    for (const QJsonValue& item : std::as_const(out))
        keyed.append({canonicalJson(item), item});
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray sorted;
    for (const auto& entry : std::as_const(keyed))
        sorted.append(entry.second);
    return sorted;
}

QJsonValue normalize(const QJsonValue& value, int depth, const QString& key)
{
    if (value.isArray())
        return normalizeArray(value.toArray(), depth, key);
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (serverManagedKeys().contains(it.key()))
            continue;
        if (depth > 0 && nestedRowIdKeys().contains(it.key()))
            continue;
        out.insert(it.key(), normalize(it.value(), depth + 1, it.key()));
    }
    return out;
}

void collectChanges(const QJsonValue& before, const QJsonValue& after, const QString& path, QList<FieldChange>& out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString& k : b.keys()) {
            if (!a.contains(k))
                keys.append(k);
        }
        std::sort(keys.begin(), keys.end());
        for (const QString& k : std::as_const(keys)) {
            const QString sub = path.isEmpty() ? k : path + u'.' + k;
            collectChanges(a.value(k), b.value(k), sub, out);
        }
        return;
    }
    if (before == after)
        return;
    // Absent and null mean the same to the server.
    if ((before.isUndefined() || before.isNull()) && (after.isUndefined() || after.isNull()))
        return;
    out.append(FieldChange{path, before, after});
}

void collectMismatches(const QJsonValue& desired, const QJsonValue& actual, const QString& path, QStringList& out)
{
    if (desired.isObject() && actual.isObject()) {
        const QJsonObject d = desired.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = d.begin(); it != d.end(); ++it)
            collectMismatches(it.value(), a.value(it.key()), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    if (desired == actual)
        return;
    if ((desired.isUndefined() || desired.isNull()) && (actual.isUndefined() || actual.isNull()))
        return;
    out.append(path.isEmpty() ? u"(object)"_s : path);
}

// A Slack action written with targetIdentifier "" asks Sentry to look the channel up by name
// (CONTRACT §0b.3): the id it stores cannot be predicted. Take it from the read-back action at the
// same place when type and channel name agree, so that only a different channel is a mismatch.
QJsonValue withServerResolvedSlackIds(const QJsonValue& desired, const QJsonValue& readBack)
{
    const QString filtersKey = u"actionFilters"_s;
    QJsonObject out = desired.toObject();
    QJsonArray filters = out.value(filtersKey).toArray();
    const QJsonArray readFilters = readBack.toObject().value(filtersKey).toArray();
    const auto name = [](const QJsonObject& config) {
        return slackChannelName(config.value(u"targetDisplay"_s).toString()).toLower();
    };
    for (qsizetype f = 0; f < filters.size() && f < readFilters.size(); ++f) {
        QJsonObject filter = filters.at(f).toObject();
        QJsonArray actions = filter.value(u"actions"_s).toArray();
        const QJsonArray readActions = readFilters.at(f).toObject().value(u"actions"_s).toArray();
        for (qsizetype a = 0; a < actions.size() && a < readActions.size(); ++a) {
            QJsonObject action = actions.at(a).toObject();
            const QJsonObject read = readActions.at(a).toObject();
            QJsonObject config = action.value(u"config"_s).toObject();
            const QJsonObject readConfig = read.value(u"config"_s).toObject();
            if (action.value(u"type"_s).toString() != "slack"_L1 || read.value(u"type"_s) != action.value(u"type"_s)
                || !config.value(u"targetIdentifier"_s).toString().isEmpty() || name(config) != name(readConfig))
                continue;
            config.insert(u"targetIdentifier"_s, readConfig.value(u"targetIdentifier"_s));
            action.insert(u"config"_s, config);
            actions.replace(a, action);
        }
        filter.insert(u"actions"_s, actions);
        filters.replace(f, filter);
    }
    if (out.contains(filtersKey))
        out.insert(filtersKey, filters);
    return out;
}

} // namespace

QJsonArray mergeIdList(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs)
{
    QStringList b, m, out;
    for (const QJsonValue& v : base.toArray())
        b.append(jsonId(v));
    for (const QJsonValue& v : mine.toArray())
        m.append(jsonId(v));
    for (const QJsonValue& v : theirs.toArray()) {
        const QString id = jsonId(v);
        if (!(b.contains(id) && !m.contains(id)) && !out.contains(id))
            out.append(id);
    }
    for (const QString& id : std::as_const(m)) {
        if (!b.contains(id) && !out.contains(id))
            out.append(id);
    }
    return QJsonArray::fromStringList(out);
}

QJsonValue normalizeForCompare(const QJsonValue& value, std::optional<TargetType> type)
{
    QJsonValue out = normalize(value, 0, {});
    // Sentry stores a Slack channel named with its id as "name", looked up by name as "#name":
    // the same channel either way (SlackNotifyServiceForm.clean).
    if (type == TargetType::Workflow && out.isObject())
        out = workflowAsStored(out.toObject());
    if (type == TargetType::Ownership && out.isObject()) {
        // schema and isActive are derived from raw on every GET (owners re-resolved).
        QJsonObject object = out.toObject();
        object.remove(u"schema"_s);
        object.remove(u"isActive"_s);
        // A null rules text and an empty one are the same ownership.
        if (object.value(u"raw"_s).isNull())
            object.insert(u"raw"_s, QString());
        out = object;
    }
    return out;
}

QList<FieldChange> compareJson(const QJsonValue& before, const QJsonValue& after)
{
    QList<FieldChange> out;
    collectChanges(before, after, {}, out);
    return out;
}

QStringList conflictingFields(TargetType type, const QJsonValue& base, const QJsonValue& current)
{
    const bool baseAbsent = base.isNull() || base.isUndefined();
    const bool currentAbsent = current.isNull() || current.isUndefined();
    if (baseAbsent != currentAbsent)
        return {baseAbsent ? u"(created on the server)"_s : u"(deleted on the server)"_s};
    QStringList fields;
    for (const FieldChange& change : compareJson(normalizeForCompare(base, type), normalizeForCompare(current, type)))
        fields.append(change.path);
    return fields;
}

QStringList verificationMismatches(TargetType type, const QJsonValue& desired, const QJsonValue& readBack)
{
    const bool desiredAbsent = desired.isNull() || desired.isUndefined();
    const bool actualAbsent = readBack.isNull() || readBack.isUndefined();
    if (desiredAbsent || actualAbsent)
        return desiredAbsent == actualAbsent ? QStringList{}
                                             : QStringList{desiredAbsent ? u"(still exists)"_s : u"(missing)"_s};
    QStringList out;
    QJsonValue d = normalizeForCompare(type == TargetType::Workflow && desired.isObject() ? withServerResolvedSlackIds(desired, readBack)
                                                                                : desired,
                                       type);
    QJsonValue a = normalizeForCompare(readBack, type);
    // The top-level id of an object is what we asked for; a created object gets a new one.
    if (d.isObject() && a.isObject()) {
        QJsonObject object = d.toObject();
        object.remove(u"id"_s);
        d = object;
    }
    collectMismatches(d, a, {}, out);
    return out;
}

QJsonValue rebaseOnto(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs)
{
    if (!mine.isObject() || !theirs.isObject())
        return mine;
    const QJsonObject b = base.toObject();
    const QJsonObject m = mine.toObject();
    QJsonObject out = theirs.toObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (b.value(it.key()) == it.value())
            continue;
        if (isIdListKey(it.key()) && it.value().isArray() && out.value(it.key()).isArray())
            out.insert(it.key(), mergeIdList(b.value(it.key()), it.value(), out.value(it.key())));
        else
            out.insert(it.key(), it.value());
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!m.contains(it.key()))
            out.remove(it.key());
    }
    return out;
}

} // namespace sc
