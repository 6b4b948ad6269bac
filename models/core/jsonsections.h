// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace sc {

// Parses a large JSON object (a cached snapshot: 27 MB on large:2000) with its top-level members
// spread over the processor's cores: simdjson finds where each member's value starts and ends, and
// each value goes through parseJson on its own (JSON values are context-free, so the result is the
// object parseJson would give for the whole text). Gives nullopt whenever the text is not a plain
// object of well-formed members (a syntax error, a key with escapes or non-ASCII bytes, trailing
// bytes): the caller then parses the whole text with parseJson, which says exactly where it broke.
std::optional<QJsonObject> parseJsonObjectInParallel(const QByteArray& bytes, const QString& context);

} // namespace sc
