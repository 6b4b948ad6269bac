// SPDX-License-Identifier: MIT
#include "regionpolicy.h"
#include "tr.h"

#include <QHostAddress>

namespace sc {

bool isLoopbackUrl(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool transportAllowsToken(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 || isLoopbackUrl(url);
}

Result<void> checkRegionUrl(const QUrl& baseUrl, const QUrl& regionUrl)
{
    if (!regionUrl.isValid() || regionUrl.host().isEmpty())
        return fail(ErrorKind::BadData,
                    Tr::tr("The organization's region URL \"%1\" is not a valid URL; staying on %2.")
                        .arg(regionUrl.toDisplayString(), baseUrl.toDisplayString()));
    const QString scheme = regionUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(ErrorKind::BadData,
                    Tr::tr("The organization's region URL \"%1\" is not an http(s) URL; staying on %2.")
                        .arg(regionUrl.toDisplayString(), baseUrl.toDisplayString()));
    if (!transportAllowsToken(regionUrl))
        return fail(ErrorKind::Usage,
                    Tr::tr("The organization's region URL %1 is not https; the token is not sent over plain "
                           "http, so requests stay on %2.")
                        .arg(regionUrl.toDisplayString(), baseUrl.toDisplayString()));
    // Self-hosted points back at itself: the same scheme, host and port. Another port on the same
    // host is another server (any local process may listen on a loopback port).
    if (sameOrigin(regionUrl, baseUrl))
        return {};
    const QString host = regionUrl.host().toLower();
    // A SaaS region: a direct subdomain label chain of sentry.io, over TLS.
    if (scheme == QLatin1String("https") && host.endsWith(QLatin1String(".sentry.io"))
        && host.size() > int(qstrlen(".sentry.io")))
        return {};
    return fail(ErrorKind::Usage,
                Tr::tr("The organization's region URL %1 is neither %2 (same scheme, host and port) nor an "
                       "https://*.sentry.io region; the token is not sent there, so requests stay on %2.")
                    .arg(regionUrl.toDisplayString(), baseUrl.adjusted(QUrl::RemovePath).toDisplayString()));
}

bool sameOrigin(const QUrl& url, const QUrl& origin)
{
    const auto defaultPort = [](const QUrl& u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return url.scheme().compare(origin.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(origin.host(), Qt::CaseInsensitive) == 0 && defaultPort(url) == defaultPort(origin);
}

} // namespace sc
