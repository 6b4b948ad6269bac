// SPDX-License-Identifier: MIT
#pragma once

#include "fakeseed.h"

#include <QJsonValue>
#include <QString>

namespace sc {

struct FakeOwnershipCheck {
    QString error;       // Sentry's message for {"raw": [error]}; empty when the text is accepted
    QJsonValue schema;   // {"$version": 1, "rules": [...]} or null for empty text
};

// Validates ownership text as Sentry's PUT does and builds the `schema` a GET returns.
// `strict` (PUT): unknown owners are an error, with Sentry's quirk that a team only counts when it
// has access to the project and a user only when they belong to one of the project's teams.
// Not strict (GET): unknown owners are dropped from the schema, as Sentry re-resolves on read.
FakeOwnershipCheck checkFakeOwnership(const QString& raw, const FakeOrgData& data, const QString& projectSlug,
                                      bool strict);

} // namespace sc
