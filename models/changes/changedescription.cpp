// SPDX-License-Identifier: MIT
#include "changedescription.h"
#include "changecompare.h"
#include "jsonio.h"
#include "orgsnapshot.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QStringList ownershipLines(const QJsonValue& ownership)
{
    const QString raw = ownership.toObject().value(u"raw"_s).toString();
    QStringList out;
    for (const QString& line : raw.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

// Every action of an object, whatever the generation: workflow actionFilters[].actions, legacy
// issue-rule actions, metric-rule triggers[].actions.
QStringList actionLabels(const QJsonObject& object)
{
    QStringList out;
    for (const QJsonValue& filter : object.value(u"actionFilters"_s).toArray()) {
        for (const QJsonValue& action : filter.toObject().value(u"actions"_s).toArray())
            out.append(actionLabel(action.toObject()));
    }
    for (const QJsonValue& action : object.value(u"actions"_s).toArray())
        out.append(actionLabel(action.toObject()));
    if (object.value(u"triggers"_s).isArray()) {
        for (const QJsonValue& trigger : object.value(u"triggers"_s).toArray()) {
            for (const QJsonValue& action : trigger.toObject().value(u"actions"_s).toArray())
                out.append(actionLabel(action.toObject()));
        }
    }
    out.sort();
    return out;
}

QString conditionText(const QJsonObject& condition)
{
    const QString type = condition.value(u"type"_s).toString(condition.value(u"id"_s).toString());
    const QJsonValue comparison = condition.value(u"comparison"_s);
    if (comparison.isUndefined() || comparison == QJsonValue(true))
        return type;
    return type + u' ' + displayValue(comparison);
}

// Conditions keyed by type (detector thresholds: gt / lte), so "gt 50 → 40" reads as a change.
QMultiMap<QString, QJsonObject> conditionsByType(const QJsonValue& conditions)
{
    QMultiMap<QString, QJsonObject> out;
    for (const QJsonValue& c : conditions.toArray())
        out.insert(c.toObject().value(u"type"_s).toString(c.toObject().value(u"id"_s).toString()), c.toObject());
    return out;
}

void describeConditions(const QString& field, const QJsonValue& before, const QJsonValue& after,
                        const QString& object, QList<DiffLine>& out)
{
    const auto a = conditionsByType(before);
    const auto b = conditionsByType(after);
    QStringList types = a.uniqueKeys();
    for (const QString& t : b.uniqueKeys())
        if (!types.contains(t))
            types.append(t);
    for (const QString& type : std::as_const(types)) {
        const QList<QJsonObject> olds = a.values(type);
        const QList<QJsonObject> news = b.values(type);
        if (olds.size() == 1 && news.size() == 1) {
            const QJsonObject o = normalizeForCompare(olds.first()).toObject();
            const QJsonObject n = normalizeForCompare(news.first()).toObject();
            if (o == n)
                continue;
            if (o.value(u"comparison"_s) != n.value(u"comparison"_s))
                out.append({DiffLine::Changed, object, u"%1 %2"_s.arg(field, type),
                            u"%1 → %2"_s.arg(displayValue(o.value(u"comparison"_s)),
                                             displayValue(n.value(u"comparison"_s)))});
            for (const FieldChange& c : compareJson(o, n)) {
                if (c.path == "comparison"_L1)
                    continue;
                out.append({DiffLine::Changed, object, u"%1 %2 %3"_s.arg(field, type, c.path),
                            u"%1 → %2"_s.arg(displayValue(c.before), displayValue(c.after))});
            }
            continue;
        }
        QStringList oldTexts, newTexts;
        for (const QJsonObject& c : olds)
            oldTexts.append(conditionText(c));
        for (const QJsonObject& c : news)
            newTexts.append(conditionText(c));
        for (const QString& t : std::as_const(oldTexts))
            if (!newTexts.contains(t))
                out.append({DiffLine::Removed, object, field, u"− "_s + t});
        for (const QString& t : std::as_const(newTexts))
            if (!oldTexts.contains(t))
                out.append({DiffLine::Added, object, field, u"+ "_s + t});
    }
}

void describeSet(const QString& field, const QStringList& before, const QStringList& after, const QString& object,
                 QList<DiffLine>& out)
{
    for (const QString& item : before)
        if (!after.contains(item))
            out.append({DiffLine::Removed, object, field, u"− "_s + item});
    for (const QString& item : after)
        if (!before.contains(item))
            out.append({DiffLine::Added, object, field, u"+ "_s + item});
}

QStringList idLabels(const QJsonValue& ids, const QHash<QString, QString>& names)
{
    QStringList out;
    for (const QJsonValue& id : ids.toArray())
        out.append(names.value(jsonId(id), jsonId(id)));
    return out;
}

QJsonObject snubaQuery(const QJsonObject& detector)
{
    const QJsonArray sources = detector.value(u"dataSources"_s).toArray();
    if (sources.isEmpty())
        return {};
    return sources.first().toObject().value(u"queryObj"_s).toObject().value(u"snubaQuery"_s).toObject();
}

void describeObjects(const ChangeOperation& op, const QJsonObject& before, const QJsonObject& after,
                     const DiffLabels& labels, const QString& object, QList<DiffLine>& out)
{
    QSet<QString> handled = {u"actionFilters"_s, u"actions"_s, u"detectorIds"_s, u"workflowIds"_s,
                             u"conditionGroup"_s, u"dataSources"_s, u"schema"_s};
    if (op.target.type == TargetType::Ownership) {
        handled.insert(u"raw"_s);
        describeSet(Tr::tr("rules"), ownershipLines(before), ownershipLines(after), object, out);
    }
    if (op.target.type == TargetType::Workflow || before.value(u"triggers"_s).isObject() || after.value(u"triggers"_s).isObject()) {
        handled.insert(u"triggers"_s);
        describeConditions(Tr::tr("trigger"), before.value(u"triggers"_s).toObject().value(u"conditions"_s),
                           after.value(u"triggers"_s).toObject().value(u"conditions"_s), object, out);
        QJsonArray beforeFilters, afterFilters;
        for (const QJsonValue& f : before.value(u"actionFilters"_s).toArray())
            for (const QJsonValue& c : f.toObject().value(u"conditions"_s).toArray())
                beforeFilters.append(c);
        for (const QJsonValue& f : after.value(u"actionFilters"_s).toArray())
            for (const QJsonValue& c : f.toObject().value(u"conditions"_s).toArray())
                afterFilters.append(c);
        describeConditions(Tr::tr("filter"), beforeFilters, afterFilters, object, out);
    }
    describeConditions(Tr::tr("condition"), before.value(u"conditionGroup"_s).toObject().value(u"conditions"_s),
                       after.value(u"conditionGroup"_s).toObject().value(u"conditions"_s), object, out);
    // Legacy rules: conditions and filters are lists at the top level.
    for (const QString& key : {u"conditions"_s, u"filters"_s}) {
        if (before.value(key).isArray() || after.value(key).isArray()) {
            handled.insert(key);
            describeConditions(key == "conditions"_L1 ? Tr::tr("condition") : Tr::tr("filter"), before.value(key),
                               after.value(key), object, out);
        }
    }
    if (before.value(u"triggers"_s).isArray() || after.value(u"triggers"_s).isArray()) {
        // Metric alert rule: one line per threshold that changed, keyed by the trigger's label.
        handled.insert(u"triggers"_s);
        QHash<QString, QJsonValue> a, b;
        for (const QJsonValue& t : before.value(u"triggers"_s).toArray())
            a.insert(t.toObject().value(u"label"_s).toString(), t.toObject().value(u"alertThreshold"_s));
        for (const QJsonValue& t : after.value(u"triggers"_s).toArray())
            b.insert(t.toObject().value(u"label"_s).toString(), t.toObject().value(u"alertThreshold"_s));
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& label : std::as_const(keys)) {
            if (a.value(label) != b.value(label))
                out.append({DiffLine::Changed, object, Tr::tr("threshold %1").arg(label),
                            u"%1 → %2"_s.arg(a.contains(label) ? displayValue(a.value(label)) : u"∅"_s,
                                             b.contains(label) ? displayValue(b.value(label)) : u"∅"_s)});
        }
    }
    describeSet(Tr::tr("actions"), actionLabels(before), actionLabels(after), object, out);
    describeSet(Tr::tr("detectors"), idLabels(before.value(u"detectorIds"_s), labels.detectors),
                idLabels(after.value(u"detectorIds"_s), labels.detectors), object, out);
    describeSet(Tr::tr("workflows"), idLabels(before.value(u"workflowIds"_s), labels.workflows),
                idLabels(after.value(u"workflowIds"_s), labels.workflows), object, out);
    for (const FieldChange& c : compareJson(normalizeForCompare(snubaQuery(before)), normalizeForCompare(snubaQuery(after))))
        out.append({DiffLine::Changed, object, Tr::tr("query %1").arg(c.path),
                    u"%1 → %2"_s.arg(displayValue(c.before), displayValue(c.after))});

    QJsonObject restBefore = normalizeForCompare(before, op.target.type).toObject();
    QJsonObject restAfter = normalizeForCompare(after, op.target.type).toObject();
    for (const QString& key : std::as_const(handled)) {
        restBefore.remove(key);
        restAfter.remove(key);
    }
    for (const FieldChange& c : compareJson(restBefore, restAfter)) {
        if (c.path == "id"_L1)
            continue;
        out.append({DiffLine::Changed, object, c.path,
                    u"%1 → %2"_s.arg(c.before.isUndefined() ? u"∅"_s : displayValue(c.before),
                                     c.after.isUndefined() ? u"∅"_s : displayValue(c.after))});
    }
}

} // namespace

DiffLabels DiffLabels::fromSnapshot(const OrgSnapshot& snapshot)
{
    DiffLabels labels;
    for (const Detector& d : snapshot.detectors) {
        const Project* project = snapshot.projectById(d.projectId);
        // A project's automatic error detector is best named by its project.
        labels.detectors.insert(d.id, d.type == "error"_L1 && project ? project->slug : d.name);
    }
    for (const Workflow& w : snapshot.workflows)
        labels.workflows.insert(w.id, w.name);
    return labels;
}

QString DiffLine::toString() const
{
    return field.isEmpty() ? u"%1 › %2"_s.arg(object, text) : u"%1 › %2: %3"_s.arg(object, field, text);
}

QString displayValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return u"∅"_s;
    return QString::fromUtf8(canonicalJson(value));
}

QString actionLabel(const QJsonObject& action)
{
    const QString type = action.value(u"type"_s).toString(action.value(u"id"_s).toString());
    const QJsonObject config = action.value(u"config"_s).toObject();
    QString target = config.value(u"targetDisplay"_s).toString();
    if (target.isEmpty())
        target = action.value(u"channel"_s).toString();
    if (target.isEmpty())
        target = action.value(u"targetIdentifier"_s).toString(jsonId(action.value(u"targetIdentifier"_s)));
    if (target.isEmpty())
        target = jsonId(config.value(u"targetIdentifier"_s));
    if (target.isEmpty())
        target = config.value(u"targetType"_s).toString(action.value(u"targetType"_s).toString());
    QString kind = type;
    if (type.contains("slack"_L1, Qt::CaseInsensitive))
        kind = u"Slack"_s;
    else if (type.contains("pagerduty"_L1, Qt::CaseInsensitive))
        kind = u"PagerDuty"_s;
    else if (type.contains("email"_L1, Qt::CaseInsensitive) || type.contains("mail"_L1, Qt::CaseInsensitive))
        kind = u"Email"_s;
    return target.isEmpty() ? kind : kind + u' ' + target;
}

QString operationLabel(const ChangeOperation& op)
{
    const qsizetype colon = op.summary.indexOf(": "_L1);
    if (colon > 0)
        return op.summary.left(colon);
    const QJsonObject object = (op.desired.isObject() ? op.desired : op.base).toObject();
    QString name = object.value(u"name"_s).toString();
    if (op.target.type == TargetType::Ownership)
        name = Tr::tr("ownership");
    else if (op.target.type == TargetType::ProjectTeam)
        name = Tr::tr("team #%1").arg(op.target.id);
    if (name.isEmpty())
        name = u"%1 %2"_s.arg(targetTypeName(op.target.type), op.target.id);
    return op.target.project.isEmpty() ? name : u"%1 (%2)"_s.arg(name, op.target.project);
}

QList<DiffLine> describeOperation(const ChangeOperation& op, const DiffLabels& labels)
{
    const QString object = operationLabel(op);
    QList<DiffLine> out;
    if (op.target.type == TargetType::ProjectTeam) {
        const bool adds = op.kind == OperationKind::Create || op.kind == OperationKind::Connect;
        out.append({adds ? DiffLine::Added : DiffLine::Removed, Tr::tr("teams (%1)").arg(op.target.project),
                    Tr::tr("access"), (adds ? u"+ #"_s : u"− #"_s) + op.target.id});
        return out;
    }
    if (op.kind == OperationKind::Delete) {
        out.append({DiffLine::Deleted, object, {}, Tr::tr("delete %1").arg(targetTypeName(op.target.type))});
        return out;
    }
    if (op.kind == OperationKind::Create)
        out.append({DiffLine::Created, object, {}, Tr::tr("create %1").arg(targetTypeName(op.target.type))});
    describeObjects(op, op.base.toObject(), op.desired.toObject(), labels, object, out);
    return out;
}

} // namespace sc
