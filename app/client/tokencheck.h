// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

namespace sc {

// A token goes into an HTTP header, so a CR/LF in it would inject headers of its own. Sentry's
// tokens (user "sntryu_…", org "sntrys_…", legacy 64 hex digits) are printable ASCII without
// spaces; anything else is refused wherever a token enters (environment, --auth-token, keychain,
// profile dialog) and once more before the Authorization header is set. `source` names where it
// came from ("SENTRY_AUTH_TOKEN", "--auth-token", "the keychain entry for profile \"x\"").
// The error names the position and kind of the bad character, never the token.
Result<void> checkTokenText(const QString& token, const QString& source);

} // namespace sc
