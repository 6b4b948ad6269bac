// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "fakesentryserver.h"
#include "requestshapes.h"

#include <QDateTime>

namespace sc::test {

// A one-operation change set that sets payment-api's ownership rules to `raw`, based on what the
// fake server holds now: what the ownership editor would save as a draft.
inline ChangeSet paymentApiOwnershipChange(const FakeSentryServer& server, const QString& raw, const QString& summary)
{
    const QJsonObject base = server.object(QStringLiteral("ownership"), QStringLiteral("payment-api"));
    QJsonObject desired = base;
    desired[QStringLiteral("raw")] = raw;
    ChangeOperation op;
    op.id = QStringLiteral("op-1");
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, QStringLiteral("payment-api"), {}};
    op.summary = summary;
    op.base = base;
    op.desired = desired;
    op.request = {QStringLiteral("PUT"), writePath(server.orgSlug(), op.target), ownershipPutBody(base, desired)};
    ChangeSet set;
    set.server = server.url().toString();
    set.org = server.orgSlug();
    set.created = QDateTime::currentDateTimeUtc();
    set.operations = {op};
    return set;
}

} // namespace sc::test
