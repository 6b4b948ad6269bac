// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "result.h"

#include <QStringList>

namespace sc {

// Limits on a change-set file, checked when it is read (README "Change-set files"). A set this size
// already takes Sentry hours to apply; beyond it the loader would need hundreds of MB.
struct ChangeSetLimits {
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // 64 MiB
    static constexpr int MaxOperations = 10000;
};

// Operation ids named by "${op-N.id}" placeholders in an operation (request path and body, desired,
// target id), in order of first appearance: the operations it waits for.
QStringList placeholderReferences(const ChangeOperation& op);

// Placeholders must not make a push wait forever: no operation may name itself, and the
// "waits for" graph must have no cycle. The error names the cycle ("op-2 → op-3 → op-2").
Result<void> checkPlaceholders(const QList<ChangeOperation>& operations);

// The cycle through the "waits for" graph, as op ids with the first repeated at the end, or empty.
QStringList placeholderCycle(const QList<ChangeOperation>& operations);

} // namespace sc
