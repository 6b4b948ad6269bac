// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace sc {

// Runtime failures are values. Keep transport (Network), HTTP (Unauthorized…Server) and payload
// (BadData) errors apart so callers can tell "retry later" from "fix your token" from "bug".
enum class ErrorKind {
    Network,
    Unauthorized,
    Forbidden,
    NotFound,
    Gone,
    Conflict,
    Validation,
    RateLimited,
    Server,
    BadData,
    Canceled,
    Usage,
    Io,
};

struct Error {
    ErrorKind kind = ErrorKind::BadData;
    QString message; // one translated sentence for the user; never contains the token
    QString detail;  // endpoint, HTTP status, request id: for logs and "Details…"
    int httpStatus = 0;

    friend bool operator==(const Error&, const Error&) = default;
};

template <class T>
using Result = tl::expected<T, Error>; // switch to std::expected with C++23: one line

inline tl::unexpected<Error> fail(ErrorKind kind, QString message, QString detail = {}, int httpStatus = 0)
{
    return tl::unexpected<Error>(Error{kind, std::move(message), std::move(detail), httpStatus});
}

// Stable, untranslated name of an error kind for JSON output and logs ("unauthorized", …).
QString errorKindName(ErrorKind kind);

// Exit codes shared by every sub-command (see README "Exit codes").
enum ExitCode : int {
    ExitOk = 0,        // done and all well
    ExitFailed = 1,    // failed: network, server, verification
    ExitUsage = 2,     // bad usage or unreadable input
    ExitProblems = 3,  // done, and it found problems (audit drift, ownership errors)
    ExitConflict = 4,  // conflict, nothing of that operation written
};

// The exit code a command should return when it fails with this error.
int exitCodeFor(const Error& error);

} // namespace sc
