// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace sc {

// Where a request may go. A change set is a file anyone can hand you, and its `request.path` is
// sent with the token, so every path is checked before it is used: it must stay under /api/0/ of
// the configured server. Refused, whatever the case of a percent escape:
//  - a "." or ".." segment, an empty segment ("//"), also when spelled %2e / %2f;
//  - a backslash (%5c), an encoded '%', '?' or '#' (%25, %3f, %23), a fragment;
//  - a scheme or host ("https://…", "//host/…"), anything not starting with /api/0/;
//  - control characters and whitespace, raw or percent-encoded;
//  - a query string that carries a path ('/', '\\' or an encoded one in it).
// Returns why the path is refused (one phrase, e.g. "it contains a \"..\" segment"), or nothing
// when it may be sent. Pure: the same check runs when a change set is loaded and in SentryClient,
// the one place requests are built.
std::optional<QString> apiPathProblem(const QString& path);

} // namespace sc
