// SPDX-License-Identifier: MIT
#include "requestshapes.h"
#include "alertrequests.h"
#include "changesetcheck.h"
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
    if (target.type == TargetType::ProjectSettings || target.type == TargetType::SpikeProtection)
        return u"/api/0/projects/%1/%2/"_s.arg(org, target.project);
    if (target.type == TargetType::InboundFilter)
        return u"/api/0/projects/%1/%2/filters/"_s.arg(org, target.project);
    if (target.type == TargetType::ClientKey && target.id.isEmpty())
        return u"/api/0/projects/%1/%2/keys/"_s.arg(org, target.project);
    // A new project's error detector, found by project and type (its id is unknown until it exists).
    if (target.type == TargetType::Detector && target.id.isEmpty())
        return u"/api/0/organizations/%1/detectors/?project=%2&query=type:error"_s.arg(org, target.project);
    if (target.type == TargetType::ProjectTeam)
        return u"/api/0/projects/%1/%2/teams/"_s.arg(org, target.project);
    if (target.type == TargetType::Ownership)
        return u"/api/0/projects/%1/%2/ownership/"_s.arg(org, target.project);
    return writePath(org, target);
}

QString collectionPath(const QString& org, const ChangeTarget& target)
{
    if (target.type == TargetType::Detector)
        return u"/api/0/organizations/%1/projects/%2/detectors/"_s.arg(org, target.project);
    if (target.type == TargetType::Workflow)
        return u"/api/0/organizations/%1/workflows/"_s.arg(org);
    if (target.type == TargetType::IssueAlertRule)
        return u"/api/0/projects/%1/%2/rules/"_s.arg(org, target.project);
    if (target.type == TargetType::MetricAlertRule)
        return u"/api/0/organizations/%1/alert-rules/"_s.arg(org);
    if (target.type == TargetType::ProjectTeam)
        return u"/api/0/projects/%1/%2/teams/"_s.arg(org, target.project);
    if (target.type == TargetType::Team)
        return u"/api/0/organizations/%1/teams/"_s.arg(org);
    if (target.type == TargetType::Monitor)
        return u"/api/0/organizations/%1/monitors/"_s.arg(org);
    if (target.type == TargetType::SpikeProtection)
        return u"/api/0/organizations/%1/spike-protections/"_s.arg(org);
    return objectPath(org, target);
}

QString writePath(const QString& org, const ChangeTarget& target)
{
    // A switch without default: a new TargetType does not build quietly without its path (-Wswitch).
    switch (target.type) {
    case TargetType::Ownership: return u"/api/0/projects/%1/%2/ownership/"_s.arg(org, target.project);
    case TargetType::Detector: return u"/api/0/organizations/%1/detectors/%2/"_s.arg(org, target.id);
    case TargetType::Workflow: return u"/api/0/organizations/%1/workflows/%2/"_s.arg(org, target.id);
    case TargetType::IssueAlertRule: return u"/api/0/projects/%1/%2/rules/%3/"_s.arg(org, target.project, target.id);
    case TargetType::MetricAlertRule: return u"/api/0/organizations/%1/alert-rules/%2/"_s.arg(org, target.id);
    case TargetType::ProjectTeam: return u"/api/0/projects/%1/%2/teams/%3/"_s.arg(org, target.project, target.id);
    case TargetType::ProjectSettings:
    case TargetType::Project: return u"/api/0/projects/%1/%2/"_s.arg(org, target.project);
    case TargetType::InboundFilter: return u"/api/0/projects/%1/%2/filters/%3/"_s.arg(org, target.project, target.id);
    case TargetType::ClientKey:
        return u"/api/0/projects/%1/%2/keys/%3/"_s.arg(org, target.project, target.id.isEmpty() ? u"${target.id}"_s : target.id);
    case TargetType::SpikeProtection: return u"/api/0/organizations/%1/spike-protections/"_s.arg(org);
    case TargetType::Team: return u"/api/0/teams/%1/%2/"_s.arg(org, target.id);
    case TargetType::Monitor: return u"/api/0/organizations/%1/monitors/%2/"_s.arg(org, target.id);
    }
    return {};
}

QJsonValue objectFromResponse(const ChangeTarget& target, const QJsonValue& body)
{
    if (target.type == TargetType::ProjectSettings) {
        QJsonObject out;
        const QJsonObject project = body.toObject();
        for (const QString& key : scrubbingFields())
            out.insert(key, project.value(key));
        return out;
    }
    if (target.type == TargetType::SpikeProtection) {
        const QJsonObject options = body.toObject().value(u"options"_s).toObject();
        return QJsonObject{{u"enabled"_s, !options.value(u"quotas:spike-protection-disabled"_s).toBool()}};
    }
    if (target.type == TargetType::InboundFilter) {
        for (const QJsonValue& f : body.toArray()) {
            if (f.toObject().value(u"id"_s).toString() == target.id)
                return QJsonObject{{u"id"_s, target.id}, {u"active"_s, f.toObject().value(u"active"_s)}};
        }
        return QJsonValue(QJsonValue::Null);
    }
    if (target.type == TargetType::ClientKey) {
        QJsonObject key;
        if (body.isArray()) {
            for (const QJsonValue& k : body.toArray()) {
                const QJsonObject o = k.toObject();
                if (target.id.isEmpty() ? o.value(u"isActive"_s).toBool() : o.value(u"id"_s).toString() == target.id) {
                    key = o;
                    break;
                }
            }
        } else {
            key = body.toObject();
        }
        if (key.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonObject{{u"id"_s, key.value(u"id"_s)}, {u"name"_s, key.value(u"name"_s)},
                           {u"isActive"_s, key.value(u"isActive"_s)}, {u"rateLimit"_s, key.value(u"rateLimit"_s)},
                           {u"browserSdkVersion"_s, key.value(u"browserSdkVersion"_s)}};
    }
    if (target.type == TargetType::Detector && target.id.isEmpty() && body.isArray())
        return body.toArray().isEmpty() ? QJsonValue(QJsonValue::Null) : body.toArray().first();
    if (target.type != TargetType::ProjectTeam)
        return body;
    for (const QJsonValue& team : body.toArray()) {
        const QJsonObject t = team.toObject();
        if (t.value(u"slug"_s).toString() == target.id || jsonId(t.value(u"id"_s)) == target.id)
            return t;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue writeBodyFor(TargetType type, const QJsonValue& readObject)
{
    if (!readObject.isObject())
        return readObject;
    const QJsonObject read = readObject.toObject();
    if (type == TargetType::Ownership)
        return ownershipPutBody({}, read);
    // The tiers area owns the alert read → write shapes (one implementation for the planner and undo).
    if (type == TargetType::Detector || type == TargetType::Workflow || type == TargetType::IssueAlertRule || type == TargetType::MetricAlertRule)
        return alertWriteBody(type, read);
    if (type == TargetType::ProjectTeam)
        return QJsonValue(QJsonValue::Null);
    QJsonObject body = stripServerFields(read, 0).toObject();
    body.remove(u"id"_s);
    return body;
}

QJsonValue completeWriteBody(const ChangeTarget& target, const QString& method, const QJsonValue& body,
                             const QJsonValue& current)
{
    if (!body.isObject())
        return body;
    QJsonObject out = body.toObject();
    static const QStringList linkKeys{u"workflowIds"_s, u"workflow_ids"_s, u"detectorIds"_s, u"detector_ids"_s};
    static const QRegularExpression digits(u"^[0-9]{1,15}$"_s);
    for (const QString& key : linkKeys) {
        if (!out.value(key).isArray())
            continue;
        QJsonArray ids;
        for (const QJsonValue& id : out.value(key).toArray()) {
            if (id.isString() && digits.match(id.toString()).hasMatch())
                ids.append(id.toString().toLongLong());
            else
                ids.append(id);
        }
        out.insert(key, ids);
    }
    // A workflow's trigger group is the workflow's own: without an id Sentry updates that group
    // (update_or_create_data_condition_group uses the instance's id). Its validator reads the id as
    // a CharField, the schema says integer: leaving it out satisfies both.
    if (target.type == TargetType::Workflow && out.value(u"triggers"_s).isObject()) {
        QJsonObject triggers = out.value(u"triggers"_s).toObject();
        triggers.remove(u"id"_s);
        out.insert(u"triggers"_s, triggers);
    }
    if (method != "PUT"_L1 || !current.isObject())
        return out;
    const QJsonObject read = current.toObject();
    QStringList required;
    if (target.type == TargetType::Detector)
        required = {u"name"_s, u"type"_s};
    else if (target.type == TargetType::Workflow)
        required = {u"name"_s, u"enabled"_s};
    for (const QString& key : required) {
        if (!out.contains(key) && read.contains(key) && !read.value(key).isNull())
            out.insert(key, read.value(key));
    }
    return out;
}

QStringList ownershipWriteKeys()
{
    return {u"raw"_s, u"fallthrough"_s, u"autoAssignment"_s, u"codeownersAutoSync"_s};
}

QJsonObject ownershipPutBody(const QJsonObject& from, const QJsonObject& to)
{
    // Sentry stores blank rules as null (ProjectOwnershipRequestSerializer.save): both read as "".
    const auto value = [](const QJsonObject& o, const QString& key) {
        const QJsonValue v = o.value(key);
        return key == "raw"_L1 && (v.isNull() || v.isUndefined()) ? QJsonValue(QString()) : v;
    };
    QJsonObject body;
    for (const QString& key : ownershipWriteKeys()) {
        if (!to.contains(key))
            continue;
        if (from.isEmpty() || value(from, key) != value(to, key))
            body.insert(key, value(to, key));
    }
    return body;
}

QStringList placeholderOperations(const ChangeOperation& op)
{
    // One scanner for the push engine and the loader's cycle check (changesetcheck.h).
    return placeholderReferences(op);
}

QString substitutePlaceholders(QString text, const QHash<QString, QString>& createdIds)
{
    if (!text.contains("${"_L1))
        return text;
    for (auto it = createdIds.begin(); it != createdIds.end(); ++it) {
        // "op-N" holds the id ("${op-N.id}"); "op-N.<field>" any other field ("${op-N.slug}").
        if (it.key().contains(u'.'))
            text.replace(u"${%1}"_s.arg(it.key()), it.value());
        else
            text.replace(u"${%1.id}"_s.arg(it.key()), it.value());
    }
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

void recordCreatedFields(QHash<QString, QString>& createdIds, const QString& opId, const QJsonObject& created)
{
    for (auto it = created.begin(); it != created.end(); ++it) {
        if (it->isString() || it->isDouble())
            createdIds.insert(opId + u'.' + it.key(), jsonId(*it));
    }
}

QStringList scrubbingFields()
{
    return {u"dataScrubber"_s, u"dataScrubberDefaults"_s, u"scrubIPAddresses"_s, u"sensitiveFields"_s, u"safeFields"_s};
}

QJsonObject projectSettingsPutBody(const QJsonObject& from, const QJsonObject& to)
{
    QJsonObject body;
    for (const QString& key : scrubbingFields()) {
        if (to.contains(key) && to.value(key) != from.value(key))
            body.insert(key, to.value(key));
    }
    return body;
}

QJsonObject clientKeyPutBody(const QJsonObject& key, const QJsonValue& rateLimit)
{
    // project_key_details.py resets browserSdkVersion to the project default when the body lacks it.
    QJsonObject body{{u"rateLimit"_s, rateLimit}};
    if (key.value(u"browserSdkVersion"_s).isString())
        body.insert(u"browserSdkVersion"_s, key.value(u"browserSdkVersion"_s));
    return body;
}

QJsonObject spikeProtectionBody(const QString& projectSlug)
{
    return {{u"projects"_s, QJsonArray{projectSlug}}};
}

QJsonObject projectCreateBody(const QString& name, const QString& slug, const QString& platform)
{
    // default_rules: false, or Sentry's default "high priority issues" alert duplicates the P1 tier.
    QJsonObject body{{u"name"_s, name}, {u"slug"_s, slug}, {u"default_rules"_s, false}};
    if (!platform.isEmpty())
        body.insert(u"platform"_s, platform);
    return body;
}

bool operationCreatesObject(const ChangeOperation& op)
{
    const TargetType type = op.target.type;
    const bool switchesSomethingOn = type == TargetType::ProjectTeam || type == TargetType::Ownership
                                     || type == TargetType::SpikeProtection;
    return op.request.method == "POST"_L1 && !switchesSomethingOn;
}

void bindToRefetched(ChangeOperation& op, const QJsonValue& current, bool namesEarlierCreate)
{
    if (!namesEarlierCreate || operationCreatesObject(op))
        return;
    if ((op.base.isNull() || op.base.isUndefined()) && !(current.isNull() || current.isUndefined()))
        op.base = current;
    if (op.target.id.isEmpty() && current.isObject()) {
        op.target.id = jsonId(current.toObject().value(u"id"_s));
        op.request.path.replace(u"${target.id}"_s, op.target.id);
        // Sent back, or Sentry resets the key's loader version (project_key_details.py).
        QJsonObject body = op.request.body.toObject();
        if (op.target.type == TargetType::ClientKey && !body.contains(u"browserSdkVersion"_s)
            && current.toObject().value(u"browserSdkVersion"_s).isString()) {
            body.insert(u"browserSdkVersion"_s, current.toObject().value(u"browserSdkVersion"_s));
            op.request.body = body;
        }
        if (op.desired.isObject()) {
            QJsonObject desired = op.desired.toObject();
            if (desired.contains(u"id"_s))
                desired.insert(u"id"_s, op.target.id);
            op.desired = desired;
        }
    }
}

} // namespace sc
