// SPDX-License-Identifier: MIT
#include "conflictresolution.h"
#include "requestshapes.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sc {

ChangeOperation withDesired(const ChangeOperation& op, const QJsonValue& theirs, const QJsonValue& desired)
{
    ChangeOperation out = op;
    out.desired = desired;
    out.base = theirs;
    if (op.target.type == TargetType::Ownership) {
        out.request.body = ownershipPutBody(theirs.toObject(), out.desired.toObject());
    } else if (op.request.method == "PUT"_L1 && op.request.body.isObject()) {
        // Rebuild the full body from the merged object; keep any key the planner sent that the
        // read→write shape does not produce.
        QJsonObject body = writeBodyFor(op.target.type, out.desired).toObject();
        const QJsonObject original = op.request.body.toObject();
        for (auto it = original.begin(); it != original.end(); ++it)
            if (!body.contains(it.key()))
                body.insert(it.key(), it.value());
        out.request.body = body;
    }
    return out;
}

RebasedOperation rebasedOperation(const ChangeOperation& op, const QJsonValue& theirs)
{
    if (!op.desired.isObject() || !theirs.isObject())
        return {overwritingOperation(op, theirs), {}};
    JsonMerge merge = mergeJson(op.target.type, op.base, op.desired, theirs);
    return {withDesired(op, theirs, merge.merged), std::move(merge.conflicts)};
}

ChangeOperation overwritingOperation(const ChangeOperation& op, const QJsonValue& theirs)
{
    ChangeOperation out = op;
    out.base = theirs;
    return out;
}

} // namespace sc
