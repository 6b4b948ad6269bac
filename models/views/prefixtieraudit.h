// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "tieraudit.h"

namespace sc {

// Stand-in classification used until a tier policy is available: an alert whose name starts
// with "[P0]" or "P0 -" / "P0:" (any tier P0..P3, case-insensitive) expresses that tier; every
// other alert is unclassified. Present = ok; there is no drift without a policy.
// Pure, thread-safe on values.
AuditReport auditByNamePrefix(const OrgSnapshot& snapshot);

// The tier a name prefix announces, or -1.
int tierFromNamePrefix(const QString& name);

} // namespace sc
