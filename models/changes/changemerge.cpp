// SPDX-License-Identifier: MIT
#include "changemerge.h"
#include "changecompare.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

bool mergeable(const ChangeOperation& op)
{
    return !op.target.id.isEmpty()
           && (op.kind == OperationKind::Update || op.kind == OperationKind::Connect
               || op.kind == OperationKind::Disconnect || op.kind == OperationKind::Delete);
}

QString objectKey(const ChangeOperation& op)
{
    return targetTypeName(op.target.type) + u'|' + op.target.project + u'|' + op.target.id;
}

void mergeInto(ChangeOperation& acc, const ChangeOperation& op)
{
    if (op.kind == OperationKind::Delete) {
        const QJsonValue base = acc.base;
        const QString id = acc.id;
        acc = op;
        acc.id = id;
        acc.base = base;
        return;
    }
    const QJsonValue merged = rebaseOnto(op.base, op.desired, acc.desired);
    acc.request.body = mergeRequestBodies(acc.request.body, op.request.body, merged);
    acc.desired = merged;
    if (acc.kind != op.kind)
        acc.kind = OperationKind::Update;
    if (!op.summary.isEmpty() && !acc.summary.contains(op.summary))
        acc.summary = acc.summary.isEmpty() ? op.summary : acc.summary + u"; "_s + op.summary;
}

} // namespace

QJsonValue mergeRequestBodies(const QJsonValue& earlier, const QJsonValue& later, const QJsonValue& mergedDesired)
{
    if (!earlier.isObject() || !later.isObject())
        return later;
    QJsonObject out = earlier.toObject();
    const QJsonObject l = later.toObject();
    for (auto it = l.begin(); it != l.end(); ++it)
        out.insert(it.key(), it.value());
    const QJsonObject desired = mergedDesired.toObject();
    static const QList<QPair<QString, QString>> idLists = {{u"detector_ids"_s, u"detectorIds"_s},
                                                           {u"workflow_ids"_s, u"workflowIds"_s}};
    for (const auto& [bodyKey, readKey] : idLists) {
        for (const QString& key : {bodyKey, readKey}) {
            if (out.contains(key) && desired.value(readKey).isArray())
                out.insert(key, desired.value(readKey));
        }
    }
    return out;
}

ChangeSet mergeOperations(const ChangeSet& changes)
{
    ChangeSet out = changes;
    out.operations.clear();
    QHash<QString, qsizetype> byObject;
    for (const ChangeOperation& op : changes.operations) {
        if (!mergeable(op)) {
            out.operations.append(op);
            continue;
        }
        const QString key = objectKey(op);
        const auto found = byObject.constFind(key);
        if (found == byObject.constEnd() || out.operations.at(*found).kind == OperationKind::Delete) {
            byObject.insert(key, out.operations.size());
            out.operations.append(op);
            continue;
        }
        mergeInto(out.operations[*found], op);
    }
    return out;
}

} // namespace sc
