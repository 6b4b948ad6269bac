// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "journal.h"

namespace sc {

// Which journal entries can be undone: those whose write reached the server (verified or mismatch).
bool isUndoable(const JournalEntry& entry);

// Builds the change set that undoes `entries` (newest first in the result): update → back to
// `before`, create → delete, delete → create from `before`, connect ↔ disconnect. Each inverse
// operation's base is the journal's `after`, so the push conflict-checks it against the server as
// it is now. Fetches nothing. Fails when the entries mix servers or organizations, or none can be
// undone.
Result<ChangeSet> buildUndo(const QList<JournalEntry>& entries);

// Picks journal entries: the last `count` undoable operations, or the one whose entry id or
// operation id is `opId` (the newest such).
QList<JournalEntry> lastUndoable(const QList<JournalEntry>& journal, int count);
std::optional<JournalEntry> findEntry(const QList<JournalEntry>& journal, const QString& opId);

} // namespace sc
