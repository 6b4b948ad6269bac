// SPDX-License-Identifier: MIT
#pragma once

#include "changekinds.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sc {

// Three-way merges for a re-base: `base` is what a change was planned on, `mine` the admin's edit
// of it, `theirs` what the server holds now. A change made on one side only is taken from that
// side; the same change on both sides is taken once; different changes to the same part are a
// conflict that the admin decides. Nothing is dropped silently.

// Conflict markers written into merged text (ownership rules) around a hunk both sides changed.
inline constexpr QStringView kConflictMine = u"<<<<<<< mine";
inline constexpr QStringView kConflictSeparator = u"=======";
inline constexpr QStringView kConflictTheirs = u">>>>>>> theirs (server)";

struct TextMerge {
    QString text;      // the merged text; each conflicting hunk sits between the markers above
    int conflicts = 0; // number of conflicting hunks
    bool clean() const { return conflicts == 0; }
};

// Line-based three-way merge (diff3). Hunks of mine and theirs that touch different base lines are
// both applied. Two insertions at the same place that remove nothing are both kept (theirs first,
// then mine). Hunks that change or remove the same base lines differently are a conflict.
TextMerge mergeTextLines(const QString& base, const QString& mine, const QString& theirs);

// True when `text` still contains a conflict marker line from mergeTextLines().
bool hasConflictMarkers(const QString& text);

// Set merge of lists (ids or whole objects, compared by canonical JSON): theirs, plus what mine
// added, minus what mine removed; theirs' order first, mine's additions after.
QJsonArray mergeSets(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs);

struct MergeConflict {
    QString path; // dotted field path ("raw", "conditionGroup.logicType")
    QJsonValue base;   // undefined when the field was absent
    QJsonValue mine;   // undefined when mine removed it
    QJsonValue theirs; // undefined when theirs removed it
};

struct JsonMerge {
    // The merged value. A conflicting field holds mine's value, except text merged line by line,
    // which holds the text with conflict markers.
    QJsonValue merged;
    QList<MergeConflict> conflicts;
    bool clean() const { return conflicts.isEmpty(); }
};

// Per-field three-way merge of server objects of change-target `type`.
// Fields compare after normalizeForCompare (server-managed fields and order in set-like lists do
// not count); nested objects merge field by field; id lists and set-like lists merge as sets;
// ownership `raw` merges line by line. Non-object values: one-side changes win, else a conflict.
JsonMerge mergeJson(TargetType type, const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs);

// Sets the field at a dotted path in an object value (intermediate objects are created); an
// undefined `value` removes the field.
QJsonValue withValueAt(const QJsonValue& root, const QString& path, const QJsonValue& value);

} // namespace sc
