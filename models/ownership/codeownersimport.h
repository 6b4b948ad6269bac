// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc {

// Code-host owner ("@acme/payments", "@alice", "alice@acme.io") → Sentry owner ("#payments", "alice@acme.io").
using CodeownersMapping = QHash<QString, QString>;

// Reads a mapping file: JSON object {"@acme/payments": "#payments", …} or lines "external sentry-owner"
// (blank lines and '#' comments ignored).
Result<CodeownersMapping> parseCodeownersMapping(const QString& text);

// Adds the obvious mappings a snapshot allows: "@<org>/<team>" and "@<team>" → "#<team>" for existing
// teams, and e-mail owners of existing members to themselves. Explicit entries win.
CodeownersMapping withSnapshotMapping(CodeownersMapping mapping, const OrgSnapshot& snapshot);

struct CodeownersImportIssue {
    int line = 0;       // 1-based line in the CODEOWNERS file
    QString message;
};

struct CodeownersImport {
    QString rules;              // ownership text: "codeowners:<path> <owners>" lines (comments kept)
    int ruleCount = 0;
    QStringList unmappedOwners; // code-host owners without a Sentry mapping (sorted, unique)
    QList<CodeownersImportIssue> issues; // skipped lines and why
    int unparseableRules = 0;   // lines dropped because the rule would not re-parse to itself in Sentry
};

// Converts a GitHub or GitLab CODEOWNERS file the way Sentry's convert_codeowners_syntax does:
// comments kept, invalid paths dropped (whitespace, '!', '#', '[…]'), unmapped owners dropped (a line
// with no mapped owner is dropped), the code mapping's source root replaced by the stack root in
// anchored paths, '//' collapsed. GitLab sections ("[Section] @default", "^[Optional]") are
// understood: their default owners apply to entries without owners.
CodeownersImport importCodeowners(const QString& codeowners, const CodeownersMapping& mapping,
                                  const QString& sourceRoot = {}, const QString& stackRoot = {});

} // namespace sc
