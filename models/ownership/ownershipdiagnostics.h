// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "ownershiprules.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sc {

// A finding about ownership text, with its place (editor numbering: every line break counts; columns in
// code points, both 1-based) and, for the editor, the UTF-16 range to underline.
struct OwnershipDiagnostic {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString code;      // stable id: syntax, too-long, codeowners-by-hand, unknown-team, team-without-access, …
    QString message;   // one sentence for people
    int line = 1;
    int column = 1;
    qsizetype offset = 0;
    qsizetype length = 0;
    int rule = -1;     // index of the rule concerned, -1 for the whole text
    int relatedRule = -1; // e.g. the rule that shadows or duplicates this one
    QString team;      // for "team-without-access": the team slug the quick fix adds to the project

    QString severityName() const;
    QJsonObject toJson() const;
};

struct OwnershipCheckOptions {
    const OrgSnapshot* snapshot = nullptr; // not owned; enables the owner checks
    QString projectSlug;                   // with a snapshot: access checks for this project
    int maxLength = 100000;                // Sentry's raw size limit (code points)
};

// Everything Sentry would reject (as errors: syntax, size, `codeowners:` typed by hand, invalid owners)
// and what it silently accepts but gets wrong (warnings: malformed globs, shadowed and duplicate
// rules, catch-alls that miss URL/tag-only events, types that never match). Sorted by position.
QList<OwnershipDiagnostic> checkOwnership(const QString& text, const OwnershipCheckOptions& options = {});

// Sentry's own rejection text for `text` ("Invalid rule owners: #a, b@x.io", a parse error, …), or empty
// when Sentry's PUT would accept it (with the snapshot's view of teams and members).
QString sentryRejection(const QList<OwnershipDiagnostic>& diagnostics);

int countSeverity(const QList<OwnershipDiagnostic>& diagnostics, OwnershipDiagnostic::Severity severity);

} // namespace sc
