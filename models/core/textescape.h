// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sc {

// Text from a server or a file must not steer the terminal it is printed on (or hide or reorder
// what a reviewer reads right before apply's [y/N]). escapeControls() makes every character that
// could do so visible as text: C0 controls (incl. ESC, BEL, CR), DEL, C1 controls (U+0080–U+009F,
// incl. the 8-bit CSI U+009B), Unicode line/paragraph separators, and the bidi embedding, override
// and isolate controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) become "\x1b" / "\u202e".
// Printable text, including non-ASCII letters and emoji, is left alone; so is the backslash.
enum class LineBreaks {
    Escape, // one field of a line: "\n" and "\t" are escaped too, so a name cannot forge lines
    Keep,   // a whole block of lines (a table, a rules file): "\n" and "\t" stay
};
QString escapeControls(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);

// True when escapeControls() would change `text`.
bool hasControls(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);

} // namespace sc
