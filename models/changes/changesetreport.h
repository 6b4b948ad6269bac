// SPDX-License-Identifier: MIT
#pragma once

#include "changedescription.h"
#include "changeset.h"
#include "journal.h"
#include "pushoutcome.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sc {

// Operations per kind: create, update and delete always (0 when none), connect / disconnect when any.
QMap<OperationKind, int> countKinds(const QList<ChangeOperation>& operations);

// "1 create, 2 updates, 0 deletes" (+ connects / disconnects when there are any).
QString kindCountsText(const QMap<OperationKind, int>& counts);

// "PUT /api/0/projects/acme/web-app/ownership/": where an operation's request goes, escaped for
// the terminal (see textescape.h).
QString requestText(const ChangeRequest& request);

// The diff of a whole change set for the terminal, grouped by project: each operation's method and
// path, its structured lines, and for ownership the unified diff of the rules text. `colour` adds
// ANSI colours. Text from the file or server is escaped (escapeControls): no control character of
// its own reaches the terminal.
QString changeSetDiffText(const ChangeSet& changes, bool colour, const DiffLabels& labels = {});

// The same as JSON: {"server", "org", "counts", "operations": [{"id", "kind", "target", "summary",
// "request": {"method", "path"}, "lines": [{"kind", "object", "field", "text"}], "textDiff"?}]}
// (the `diff --format json` contract).
QJsonObject changeSetDiffJson(const ChangeSet& changes, const DiffLabels& labels = {});

// One line per outcome: "✓ op-1 applied and verified — ownership (payment-api)".
QString outcomeText(const ChangeOperation& op, const PushOutcome& outcome, bool colour);

// The unified diff of an ownership operation's rules (empty for other kinds).
QString ownershipTextDiff(const ChangeOperation& op);

// History lines: "2026-11-24 22:01:03  <entry id>  verified  ownership (payment-api): …".
QString journalText(const QList<JournalEntry>& entries);

} // namespace sc
