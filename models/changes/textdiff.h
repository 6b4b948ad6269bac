// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sc {

// Line and character diffs of texts (ownership rules, raw JSON), computed with dtl (libdtl-dev).
struct TextDiffLine {
    enum Kind { Context, Added, Removed };
    Kind kind = Context;
    int oldLine = 0; // 1-based, 0 when the line is not in the old text
    int newLine = 0; // 1-based, 0 when the line is not in the new text
    QString text;
};

// One run of characters in a line, marked when it differs from the other side.
struct TextSegment {
    QString text;
    bool changed = false;
};

// One row of a side-by-side view: a changed line pairs the old and new versions with their
// character-level differences marked.
struct SideBySideRow {
    enum Kind { Same, Changed, Added, Removed };
    Kind kind = Same;
    int oldLine = 0;
    int newLine = 0;
    QList<TextSegment> left;  // empty for an added line
    QList<TextSegment> right; // empty for a removed line
};

QList<TextDiffLine> diffLines(const QStringList& before, const QStringList& after);

// "--- a\n+++ b\n@@ -1,3 +1,3 @@\n …" (empty when the texts are equal).
QString unifiedDiff(const QString& before, const QString& after, const QString& beforeName = QStringLiteral("before"),
                    const QString& afterName = QStringLiteral("after"), int context = 3);

QList<SideBySideRow> sideBySideDiff(const QString& before, const QString& after);

// Word-level diff of two lines: the segments of each side, changed runs marked.
QPair<QList<TextSegment>, QList<TextSegment>> intraLineDiff(const QString& before, const QString& after);

} // namespace sc
