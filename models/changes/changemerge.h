// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

namespace sc {

// Folds operations on the same object into one: several edits of one detector become one update
// (later edits re-applied onto the earlier result, id lists merged as sets), several connects to one
// workflow become one request, a delete after edits wins. Creates are never merged (later operations
// may reference them as "${op-N.id}"). Order of first appearance is kept; ids of the surviving
// operations are kept.
ChangeSet mergeOperations(const ChangeSet& changes);

// The merged body of two writes to the same object: `later`'s keys over `earlier`'s, with id lists
// (detector_ids, workflow_ids) taken from the merged desired object.
QJsonValue mergeRequestBodies(const QJsonValue& earlier, const QJsonValue& later, const QJsonValue& mergedDesired);

} // namespace sc
