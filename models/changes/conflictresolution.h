// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "threewaymerge.h"

namespace sc {

// Conflict resolutions for an operation whose object changed on the server (`theirs`) since it was
// planned on `op.base`. Both make `theirs` the new base, so the next push checks again.

struct RebasedOperation {
    ChangeOperation operation;      // desired = the three-way merge, request body rebuilt from it
    QList<MergeConflict> conflicts; // fields both sides changed differently: the admin decides
    bool clean() const { return conflicts.isEmpty(); }
};

// Re-base: three-way merge of base → mine onto base → theirs (mergeJson). Changes on theirs' side
// are kept; a conflicting field holds mine's value (ownership text: the text with conflict markers)
// until the admin picks a side with withDesired().
RebasedOperation rebasedOperation(const ChangeOperation& op, const QJsonValue& theirs);

// Overwrite: write `op`'s desired object over theirs (the admin chose to drop their change).
ChangeOperation overwritingOperation(const ChangeOperation& op, const QJsonValue& theirs);

// `op` re-based on `theirs` with `desired` as the object to write: base, desired and the request
// body (full PUT bodies rebuilt from the object, keys the planner sent that the shape lacks kept).
ChangeOperation withDesired(const ChangeOperation& op, const QJsonValue& theirs, const QJsonValue& desired);

} // namespace sc
