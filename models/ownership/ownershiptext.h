// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text helpers that reproduce Python's behaviour where Sentry's results depend on it.
namespace sc::ownershiptext {

// Python's `\s` in a str regex (and str.isspace for the code points that matter here).
bool isPythonWhitespace(char32_t c);

// Python's str.lower(): full Unicode lower-casing including the final-sigma rule.
QString pythonLower(const QString& text);

// Python's bytes-level `str.encode("ascii", "backslashreplace").decode("unicode-escape")`, which is
// how Sentry decodes a quoted pattern. Returns false (and a reason) where Python raises.
bool decodeQuoted(const QString& inner, QString* decoded, QString* reason);

} // namespace sc::ownershiptext
