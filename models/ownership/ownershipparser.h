// SPDX-License-Identifier: MIT
#pragma once

#include "ownershiprules.h"
#include "result.h"

#include <optional>

namespace sc {

// Where and why Sentry's grammar rejects a text.
struct OwnershipSyntaxError {
    // Sentry's own numbers (parsimonious): the position where parsing stopped, which is the start of
    // the first line that is not a comment, blank line or complete rule. `line` counts '\n' only,
    // `column` counts code points from the last '\n', both 1-based.
    int line = 1;
    int column = 1;
    qsizetype offset = 0;       // that position as a UTF-16 offset into the text
    // Where the rule actually broke (the tab, the missing owner, …) and why, for people.
    qsizetype detailOffset = 0; // UTF-16 offset
    int detailLine = 1;         // 1-based, every '\n', '\r' or "\r\n" ends a line (as editors show it)
    int detailColumn = 1;       // 1-based, in code points
    QString explanation;

    // "Parse error: ownership (line 2, column 1)": the text Sentry's API returns in {"raw": [...]}.
    QString sentryMessage() const;
    // sentryMessage() plus the explanation.
    QString message() const;
};

struct OwnershipParseOutcome {
    OwnershipRules rules;                     // the rules parsed before the error (all of them on success)
    std::optional<OwnershipSyntaxError> error;
};

// Sentry's ownership grammar (src/sentry/issues/ownership/grammar.py), exactly: the whole text must be
// consumed. Rules keep their source spans for editors.
OwnershipParseOutcome parseOwnershipDetailed(const QString& text);

// The stable API: the rules, or an Error (kind Validation) whose message is
// "Parse error: ownership (line N, column M). <explanation>" and whose detail is "line N, column M".
Result<OwnershipRules> parseOwnership(const QString& text);

// The Sentry-numbered line/column of a position (see OwnershipSyntaxError).
void sentryLineColumn(const QString& text, qsizetype offset, int* line, int* column);
// Editor-numbered line/column of a position (every \n, \r, \r\n ends a line; columns in code points).
void editorLineColumn(const QString& text, qsizetype offset, int* line, int* column);

} // namespace sc
