// SPDX-License-Identifier: MIT
#include "result.h"

namespace sc {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::Gone: return QStringLiteral("gone");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::BadData: return QStringLiteral("bad_data");
    case ErrorKind::Canceled: return QStringLiteral("canceled");
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::Io: return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Usage:
    case ErrorKind::BadData: return ExitUsage;
    case ErrorKind::Conflict: return ExitConflict;
    default: return ExitFailed;
    }
}

} // namespace sc
