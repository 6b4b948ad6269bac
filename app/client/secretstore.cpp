// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "tokencheck.h"
#include "tr.h"

namespace sc {

SecretStore::~SecretStore() = default;

Result<QString> tokenOrEnvironmentFallback(const Result<QString>& fromStore, const QString& environmentToken)
{
    if (fromStore && !fromStore->isEmpty()) {
        if (Result<void> valid = checkTokenText(*fromStore, Tr::tr("the stored profile")); !valid)
            return tl::unexpected(valid.error());
        return *fromStore;
    }
    if (!environmentToken.isEmpty()) {
        if (Result<void> valid = checkTokenText(environmentToken, QStringLiteral("SENTRY_AUTH_TOKEN")); !valid)
            return tl::unexpected(valid.error());
        return environmentToken;
    }
    if (!fromStore)
        return tl::unexpected(fromStore.error());
    return fail(ErrorKind::NotFound, Tr::tr("No token is stored for this profile and SENTRY_AUTH_TOKEN is not set."));
}

QString environmentToken()
{
    return qEnvironmentVariable("SENTRY_AUTH_TOKEN").trimmed();
}

} // namespace sc
