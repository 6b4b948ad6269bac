// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sc {

// Deterministic recent error events of one project in the API event shape
// (GET /projects/{org}/{p}/events/?full=true), newest first. Their stack frames, URLs, modules and
// tags are derived from the project's ownership text, so an ownership impact preview has events
// that each rule matches, plus some that nothing matches.
QJsonArray fakeProjectEvents(const QJsonObject& project, const QString& ownershipRaw);

} // namespace sc
