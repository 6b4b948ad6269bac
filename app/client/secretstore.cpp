// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "tr.h"

namespace sc {

SecretStore::~SecretStore() = default;

Result<QString> tokenOrEnvironmentFallback(const Result<QString>& fromStore, const QString& environmentToken)
{
    if (fromStore && !fromStore->isEmpty())
        return *fromStore;
    if (!environmentToken.isEmpty())
        return environmentToken;
    if (!fromStore)
        return tl::unexpected(fromStore.error());
    return fail(ErrorKind::NotFound, Tr::tr("No token is stored for this profile and SENTRY_AUTH_TOKEN is not set."));
}

QString environmentToken()
{
    return qEnvironmentVariable("SENTRY_AUTH_TOKEN").trimmed();
}

} // namespace sc
