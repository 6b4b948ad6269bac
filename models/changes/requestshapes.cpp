// SPDX-License-Identifier: MIT
#include "requestshapes.h"
#include "alertrequests.h"
#include "jsonio.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QJsonValue stripServerFields(const QJsonValue& value, int depth)
{
    static const QSet<QString> managed = {u"dateCreated"_s, u"dateUpdated"_s, u"lastUpdated"_s, u"createdBy"_s,
                                          u"lastTriggered"_s, u"latestGroup"_s, u"dateModified"_s};
    static const QSet<QString> nestedIds = {u"id"_s, u"alertRuleId"_s, u"alertRuleTriggerId"_s, u"sourceId"_s,
                                            u"organizationId"_s};
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(stripServerFields(item, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (managed.contains(it.key()) || (depth > 0 && nestedIds.contains(it.key())))
            continue;
        out.insert(it.key(), stripServerFields(it.value(), depth + 1));
    }
    return out;
}

} // namespace

QString objectPath(const QString& org, const ChangeTarget& target)
{
    if (target.type == "projectTeam"_L1)
        return u"/api/0/projects/%1/%2/teams/"_s.arg(org, target.project);
    if (target.type == "ownership"_L1)
        return u"/api/0/projects/%1/%2/ownership/"_s.arg(org, target.project);
    return writePath(org, target);
}

QString collectionPath(const QString& org, const ChangeTarget& target)
{
    if (target.type == "detector"_L1)
        return u"/api/0/organizations/%1/projects/%2/detectors/"_s.arg(org, target.project);
    if (target.type == "workflow"_L1)
        return u"/api/0/organizations/%1/workflows/"_s.arg(org);
    if (target.type == "issueAlertRule"_L1)
        return u"/api/0/projects/%1/%2/rules/"_s.arg(org, target.project);
    if (target.type == "metricAlertRule"_L1)
        return u"/api/0/organizations/%1/alert-rules/"_s.arg(org);
    if (target.type == "projectTeam"_L1)
        return u"/api/0/projects/%1/%2/teams/"_s.arg(org, target.project);
    return objectPath(org, target);
}

QString writePath(const QString& org, const ChangeTarget& target)
{
    if (target.type == "ownership"_L1)
        return u"/api/0/projects/%1/%2/ownership/"_s.arg(org, target.project);
    if (target.type == "detector"_L1)
        return u"/api/0/organizations/%1/detectors/%2/"_s.arg(org, target.id);
    if (target.type == "workflow"_L1)
        return u"/api/0/organizations/%1/workflows/%2/"_s.arg(org, target.id);
    if (target.type == "issueAlertRule"_L1)
        return u"/api/0/projects/%1/%2/rules/%3/"_s.arg(org, target.project, target.id);
    if (target.type == "metricAlertRule"_L1)
        return u"/api/0/organizations/%1/alert-rules/%2/"_s.arg(org, target.id);
    if (target.type == "projectTeam"_L1)
        return u"/api/0/projects/%1/%2/teams/%3/"_s.arg(org, target.project, target.id);
    return {};
}

QJsonValue objectFromResponse(const ChangeTarget& target, const QJsonValue& body)
{
    if (target.type != "projectTeam"_L1)
        return body;
    for (const QJsonValue& team : body.toArray()) {
        const QJsonObject t = team.toObject();
        if (t.value(u"slug"_s).toString() == target.id || jsonId(t.value(u"id"_s)) == target.id)
            return t;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue writeBodyFor(const QString& type, const QJsonValue& readObject)
{
    if (!readObject.isObject())
        return readObject;
    const QJsonObject read = readObject.toObject();
    if (type == "ownership"_L1)
        return ownershipPutBody({}, read);
    // The tiers area owns the alert read → write shapes (one implementation for the planner and undo).
    if (type == "detector"_L1 || type == "workflow"_L1 || type == "issueAlertRule"_L1 || type == "metricAlertRule"_L1)
        return alertWriteBody(type, read);
    if (type == "projectTeam"_L1)
        return QJsonValue(QJsonValue::Null);
    QJsonObject body = stripServerFields(read, 0).toObject();
    body.remove(u"id"_s);
    return body;
}

QJsonObject ownershipPutBody(const QJsonObject& from, const QJsonObject& to)
{
    QJsonObject body;
    body.insert(u"raw"_s, to.value(u"raw"_s).isNull() ? QString() : to.value(u"raw"_s).toString());
    for (const QString& key : {u"fallthrough"_s, u"autoAssignment"_s, u"codeownersAutoSync"_s}) {
        if (to.contains(key) && (from.isEmpty() || from.value(key) != to.value(key)))
            body.insert(key, to.value(key));
    }
    return body;
}

QStringList placeholderOperations(const ChangeOperation& op)
{
    static const QRegularExpression pattern(u"\\$\\{(op-[A-Za-z0-9_-]+)\\.id\\}"_s);
    QStringList out;
    // The summary counts too: a delete that must wait for its replacement names it there.
    const QString text = op.request.path + QString::fromUtf8(canonicalJson(op.request.body))
                         + QString::fromUtf8(canonicalJson(op.desired)) + op.target.id + op.summary;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

QString substitutePlaceholders(QString text, const QHash<QString, QString>& createdIds)
{
    if (!text.contains("${"_L1))
        return text;
    for (auto it = createdIds.begin(); it != createdIds.end(); ++it)
        text.replace(u"${%1.id}"_s.arg(it.key()), it.value());
    return text;
}

QJsonValue substitutePlaceholders(const QJsonValue& value, const QHash<QString, QString>& createdIds)
{
    if (value.isString()) {
        const QString text = value.toString();
        // A whole-string placeholder for a numeric id stays a string: Sentry accepts both.
        return substitutePlaceholders(text, createdIds);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(substitutePlaceholders(item, createdIds));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), substitutePlaceholders(it.value(), createdIds));
        return out;
    }
    return value;
}

} // namespace sc
