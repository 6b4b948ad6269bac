// SPDX-License-Identifier: MIT
#include "existingobjects.h"
#include "requestshapes.h"
#include "tr.h"

using namespace Qt::StringLiterals;

namespace sc {

namespace {
QString idText(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}
} // namespace

ExistingObjectsQuery existingObjectsQuery(const QString& org, const ChangeOperation& create)
{
    ExistingObjectsQuery q;
    switch (create.target.type) {
    case TargetType::Detector: {
        q.path = u"/api/0/organizations/%1/detectors/"_s.arg(org);
        const QString projectId = idText(create.desired.toObject().value(u"projectId"_s));
        // -1, not nothing: without it Sentry lists only the member's projects (CONTRACT §0b.1).
        q.query.addQueryItem(u"project"_s, projectId.isEmpty() ? u"-1"_s : projectId);
        break;
    }
    case TargetType::Workflow: q.path = u"/api/0/organizations/%1/workflows/"_s.arg(org); break;
    case TargetType::IssueAlertRule: q.path = u"/api/0/projects/%1/%2/rules/"_s.arg(org, create.target.project); break;
    case TargetType::MetricAlertRule: q.path = u"/api/0/organizations/%1/alert-rules/"_s.arg(org); break;
    default: break; // adopting same-named objects is for alerts only
    }
    return q;
}

QList<QJsonObject> sameNamedObjects(const ChangeOperation& create, const QJsonArray& listed)
{
    const QJsonObject desired = create.desired.toObject();
    const QString name = desired.value(u"name"_s).toString();
    QList<QJsonObject> out;
    if (name.isEmpty())
        return out;
    const TargetType type = create.target.type;
    const QString projectId = idText(desired.value(u"projectId"_s));
    for (const QJsonValue& v : listed) {
        const QJsonObject o = v.toObject();
        if (o.value(u"name"_s).toString() != name)
            continue;
        if (type == TargetType::Detector && !projectId.isEmpty() && idText(o.value(u"projectId"_s)) != projectId)
            continue;
        if (type == TargetType::MetricAlertRule && !create.target.project.isEmpty()
            && !o.value(u"projects"_s).toArray().contains(create.target.project))
            continue;
        out.append(o);
    }
    return out;
}

qsizetype newestObject(const QList<QJsonObject>& objects)
{
    qsizetype best = objects.isEmpty() ? -1 : 0;
    for (qsizetype i = 1; i < objects.size(); ++i) {
        if (idText(objects.at(i).value(u"id"_s)).toLongLong() > idText(objects.at(best).value(u"id"_s)).toLongLong())
            best = i;
    }
    return best;
}

ChangeOperation duplicateDeleteOperation(const QString& org, const ChangeOperation& create, const QJsonObject& duplicate,
                                         int number)
{
    ChangeOperation op;
    op.id = u"dup-%1"_s.arg(number);
    op.kind = OperationKind::Delete;
    op.target = create.target;
    op.target.id = idText(duplicate.value(u"id"_s));
    op.summary = Tr::tr("Delete the duplicate %1 \"%2\" (id %3)")
                     .arg(targetTypeName(create.target.type), duplicate.value(u"name"_s).toString(), op.target.id);
    op.base = duplicate;
    op.desired = QJsonValue(QJsonValue::Null);
    op.request = {u"DELETE"_s, writePath(org, op.target), QJsonValue(QJsonValue::Null)};
    return op;
}

} // namespace sc
