// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc {

// Parses JSON and says where it broke: "<context>: unexpected end of input at byte 120 (line 4, column 7)".
Result<QJsonDocument> parseJson(const QByteArray& bytes, const QString& context);
Result<QJsonDocument> readJsonFile(const QString& path);

// Atomic write (QSaveFile): a crash mid-write leaves the old file intact.
Result<void> writeFileAtomic(const QString& path, const QByteArray& bytes);
Result<void> writeJsonFile(const QString& path, const QJsonDocument& doc, bool indented = true);

// Sorted-key, compact, canonical JSON text: equal values give equal bytes (Qt sorts object keys).
QByteArray canonicalJson(const QJsonValue& value);

// Reads `key` as a string whether the server sent a string or a number (Sentry ids are strings,
// some payloads — integrations' organizationId, PagerDuty service ids — use numbers).
// A number that is not a whole number within ±2^53 (1e300, 1.5) is no id: empty.
QString jsonId(const QJsonValue& value);
// True for a JSON number that is a whole number within ±2^53 (exactly representable).
bool isJsonInteger(const QJsonValue& value);

} // namespace sc
