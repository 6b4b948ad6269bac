// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QUrl>

namespace sc {

// Where the token may go. Pure functions, so the rules are unit-tested without a network.

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackUrl(const QUrl& url);

// A token travels only over TLS, or to loopback (the fake server, a local tunnel).
bool transportAllowsToken(const QUrl& url);

// Whether `regionUrl` (an organization's links.regionUrl) may receive the token configured for
// `baseUrl`: the same scheme, host and port (self-hosted points back at itself), or an
// https://*.sentry.io host (SaaS regions such as https://us.sentry.io). The error says why not.
Result<void> checkRegionUrl(const QUrl& baseUrl, const QUrl& regionUrl);

// True when `url` goes to the same scheme, host and port as `origin` (Link header next pages must
// stay on the host that answered the first page).
bool sameOrigin(const QUrl& url, const QUrl& origin);

} // namespace sc
