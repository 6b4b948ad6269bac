// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonObject>

namespace sc {

// The structure a snapshot file must have before it is read (OrgSnapshot's file format): lists are
// lists of objects, slugs are non-empty strings and unique, numeric ids are whole numbers. A wrong
// type would otherwise read as "empty" and give misleading diagnostics later. The error names the
// member at fault ("projects[3].slug", "teams").
Result<void> checkSnapshotShape(const QJsonObject& json);

} // namespace sc
