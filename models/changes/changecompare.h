// SPDX-License-Identifier: MIT
#pragma once

#include "changekinds.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// One difference between two JSON values, at a dotted path ("conditionGroup.conditions").
struct FieldChange {
    QString path;
    QJsonValue before; // undefined when the field was added
    QJsonValue after;  // undefined when the field was removed
};

// The comparable form of a server object: drops server-managed fields (nested-row ids, dates,
// createdBy, lastTriggered, latestGroup), derived ownership fields (schema, isActive) and makes
// order-only differences in set-like lists (conditions, actions, detector/workflow ids…) vanish.
// `type` is the change-target type; none means "generic".
QJsonValue normalizeForCompare(const QJsonValue& value, std::optional<TargetType> type = std::nullopt);

// Every difference between the two normalized values (objects recurse, arrays compare whole).
QList<FieldChange> compareJson(const QJsonValue& before, const QJsonValue& after);

// Conflict check: the fields in which the refetched object differs from the `base` the change was
// planned on, after normalization. Empty: no conflict.
QStringList conflictingFields(TargetType type, const QJsonValue& base, const QJsonValue& current);

// Verification: the fields present in `desired` whose value differs in the read-back (nested
// objects compare the keys `desired` has; lists compare whole). Empty: verified.
QStringList verificationMismatches(TargetType type, const QJsonValue& desired, const QJsonValue& readBack);

// Set-like three-way merge of id lists: theirs, plus what mine added, minus what mine removed.
QJsonArray mergeIdList(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs);

// Three-way merge for a re-base: starts from `theirs` and re-applies every top-level field in which
// `mine` differs from `base` (id lists such as detectorIds merge as sets).
QJsonValue rebaseOnto(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs);

} // namespace sc
