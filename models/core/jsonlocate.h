// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace sc {

// One step into a JSON text: an object member by key, or an array element by index.
using JsonPathStep = std::variant<QString, int>;

// The line (1-based) on which the value at `path` starts in `bytes`, for error messages about a value
// that parsed fine but means nothing ("line 14: unknown kind"). nullopt when the text has no such value
// or is not valid JSON. Scans without building a document; nesting depth costs no stack.
std::optional<int> jsonLineOf(const QByteArray& bytes, const QList<JsonPathStep>& path);

} // namespace sc
