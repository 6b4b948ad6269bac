// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "orgsnapshot.h"
#include "result.h"
#include "sentryclient.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace sc::cli {

// --format for a command: `table` is the human format everywhere (and the default unless
// `defaultFormat` says otherwise), `others` are its machine formats (e.g. {"json"}). "text", the
// human format's old name in some commands, is still accepted for scripts written against it.
QCommandLineOption formatOption(const QStringList& others, const QString& defaultFormat = QStringLiteral("table"));
// The chosen --format with "text" read as "table", or a usage error naming the accepted formats.
Result<QString> outputFormat(const QCommandLineParser& parser, const QStringList& others);

// Standard streams for commands (UTF-8).
QTextStream& out();
QTextStream& err();

// --url / --auth-token / --org with SENTRY_URL / SENTRY_AUTH_TOKEN / SENTRY_ORG fallbacks
// (the same names and precedence as sentry-cli: flag, then environment, then default).
void addConnectionOptions(QCommandLineParser& parser);

struct Connection {
    ClientConfig config;
    QString org;
};
// Resolves the connection; `needOrg` makes a missing org a usage error. The error text never
// contains the token.
Result<Connection> resolveConnection(const QCommandLineParser& parser, bool needOrg = true);

// Parses `args` with `parser`, handling --help (prints `description` + options, returns ExitOk).
// Returns std::nullopt when the command should go on, else the exit code to return.
std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& args, const QString& description);

// Prints an error as "sentry-console <command>: <message>" (+ detail when --verbose) and returns
// the exit code for it.
int reportError(const QString& command, const Error& error);
// Whether the command being run asked for --verbose (reportError then prints the error's detail).
bool verboseErrors();

// Runs an asynchronous command on the application's event loop (not nested): `body` starts the work
// and calls `finish(code)` exactly once when done. Returns that code.
int runAsync(const std::function<void(std::function<void(int)> finish)>& body);

// Runs `handler` on the snapshot named by --snapshot, or on a fresh pull of the org (connection
// options as addConnectionOptions()); its result is the exit code. Errors are reported as `command`.
using SnapshotHandler = std::function<int(const OrgSnapshot&)>;
int withSnapshot(const QCommandLineParser& parser, const QString& command, const SnapshotHandler& handler);

// --policy FILE (described by `policyHelp`) and --snapshot FILE, then the connection options: what
// withSnapshot() and loadPolicyOption() read.
void addPolicyAndSnapshotOptions(QCommandLineParser& parser, const QString& policyHelp);

// The policy named by --policy, or Policy::defaultPolicy(); a file that does not load is a usage error
// with the loader's message (it names file and line). Policy: TierPolicy or ArchitecturePolicy.
template <class Policy>
Result<Policy> loadPolicyOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("policy")))
        return Policy::defaultPolicy();
    Result<Policy> policy = Policy::fromFile(parser.value(QStringLiteral("policy")));
    if (!policy)
        return fail(ErrorKind::Usage, policy.error().message, policy.error().detail);
    return policy;
}

// The planners' options: --team and --project (repeatable selection) and -o/--output FILE.
void addPlanOptions(QCommandLineParser& parser);
// Prints a plan's notes on stderr, then writes the change set to `output` (stdout as JSON when it is
// empty or "-") and lists its operations. Server text is escaped. Returns the exit code.
int writePlan(const QString& command, const QStringList& notes, const ChangeSet& changes, const QString& output);

// Writes JSON (indented) to stdout.
void printJson(const QJsonValue& value);

// True when stdout is a terminal (for colour) and NO_COLOR is not set.
bool stdoutIsTty();

} // namespace sc::cli
