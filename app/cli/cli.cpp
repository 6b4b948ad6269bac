// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clicommon.h"
#include "commands.h"
#include "result.h"
#include "textescape.h"
#include "tr.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace sc::cli {

namespace {

struct Command {
    const char* name;
    int (*run)(const QStringList&);
    const char* summary; // untranslated key; translated at print time
};

const Command s_commands[] = {
    {"export", cmdExport, QT_TRANSLATE_NOOP("sc", "Pull the whole organization into a snapshot file.")},
    {"auth", cmdAuth, QT_TRANSLATE_NOOP("sc", "Check the token: 'auth status' lists its scopes and what they allow.")},
    {"ownership", cmdOwnership, QT_TRANSLATE_NOOP("sc", "Check, test, evaluate and replay ownership rules.")},
    {"tiers", cmdTiers, QT_TRANSLATE_NOOP("sc", "Audit P0–P3 alert coverage and plan the fixes.")},
    {"audit", cmdAudit, QT_TRANSLATE_NOOP("sc", "Audit every project against the reference architecture; 'audit plan' fixes it.")},
    {"service", cmdService, QT_TRANSLATE_NOOP("sc", "Onboard a service: 'service create' builds, previews and pushes one change set.")},
    {"diff", cmdDiff, QT_TRANSLATE_NOOP("sc", "Show the changes in a change-set file.")},
    {"apply", cmdApply, QT_TRANSLATE_NOOP("sc", "Push a change-set file: conflict check, write, verify.")},
    {"history", cmdHistory, QT_TRANSLATE_NOOP("sc", "List pushed operations from the journal.")},
    {"undo", cmdUndo, QT_TRANSLATE_NOOP("sc", "Build the change set that undoes pushed operations.")},
    {"stats", cmdStats, QT_TRANSLATE_NOOP("sc", "Print error counts by project, team or level over time.")},
    {"fake-server", cmdFakeServer, QT_TRANSLATE_NOOP("sc", "Run the fake Sentry server on loopback.")},
};

const Command* findCommand(const QString& name)
{
    for (const Command& command : s_commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printUsage(QTextStream& o)
{
    o << Tr::tr("Usage: sentry-console [--demo] [--profile NAME] [--screenshot FILE.png [--view VIEW]]") << '\n'
      << Tr::tr("       sentry-console <command> [options]") << "\n\n"
      << Tr::tr("Without a command, opens the console window.") << "\n\n"
      << Tr::tr("Commands:") << '\n';
    for (const Command& command : s_commands)
        o << QStringLiteral("  %1%2\n").arg(QLatin1String(command.name), -14).arg(Tr::tr(command.summary));
    o << '\n'
      << Tr::tr("Every command takes --help. Connection settings: --url, --auth-token, --org, or SENTRY_URL, "
                "SENTRY_AUTH_TOKEN, SENTRY_ORG.")
      << "\n\n"
      << Tr::tr("Exit codes: 0 done and all well; 1 failed (network, server, verification); 2 bad usage or "
                "unreadable input; 3 done, and it found problems (audit drift, ownership errors); 4 conflict, "
                "nothing of that operation written.")
      << '\n';
    o.flush();
}

// Edit distance with transpositions ("audti" is one step from "audit"), for "did you mean".
// Command names are short, so the full table is fine.
int distance(const QString& a, const QString& b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The command (or "command sub-command": someone typing "audit" means "tiers audit") closest to
// `typed`, or empty when nothing is within two edits.
QString closestCommand(const QString& typed)
{
    static const QStringList subCommands = {u"tiers audit"_s,     u"tiers plan"_s,       u"tiers policy"_s,
                                            u"ownership check"_s, u"ownership who"_s,    u"ownership eval"_s,
                                            u"ownership replay"_s, u"ownership import-codeowners"_s};
    QStringList candidates;
    for (const Command& command : s_commands)
        candidates.append(QLatin1String(command.name));
    candidates += subCommands;
    const QString name = typed.toLower();
    QString best;
    int bestDistance = 3; // three edits or more is no longer a typo
    for (const QString& candidate : std::as_const(candidates)) {
        const QString word = candidate.section(QLatin1Char(' '), -1);
        const int d = name.size() >= 3 && word.startsWith(name) ? 1 : distance(name, word);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

bool isGuiInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return true;
    const QString first = arguments.at(1);
    // The window's own options (ui/guiapp.cpp) and Qt's, which take one dash (-platform, -style…).
    static const QStringList guiOptions = {u"--demo"_s, u"--profile"_s, u"--screenshot"_s, u"--view"_s,
                                           u"--palette"_s, u"--seed"_s};
    if (guiOptions.contains(first.section(QLatin1Char('='), 0, 0)))
        return true;
    return first.size() > 1 && first.startsWith(QLatin1Char('-')) && !first.startsWith(u"--"_s) && first != u"-h"_s
           && first != u"-v"_s;
}

bool isCliInvocation(const QStringList& arguments)
{
    return !isGuiInvocation(arguments);
}

int run(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << QStringLiteral("sentry-console %1\n").arg(QLatin1String(SC_VERSION));
        out().flush();
        return ExitOk;
    }
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        if (const Command* command = arguments.size() > 2 ? findCommand(arguments.at(2)) : nullptr)
            return command->run({arguments.at(2), QStringLiteral("--help")});
        printUsage(out());
        return ExitOk;
    }
    const Command* command = findCommand(name);
    if (!command) {
        err() << Tr::tr("sentry-console: unknown command \"%1\".").arg(escapeControls(name)) << '\n';
        if (const QString closest = closestCommand(name); !closest.isEmpty())
            err() << Tr::tr("Did you mean \"%1\"?").arg(closest) << '\n';
        err() << Tr::tr("Run 'sentry-console' without arguments to open the console window.") << "\n\n";
        err().flush();
        printUsage(err());
        return ExitUsage;
    }
    return command->run(arguments.mid(1));
}

} // namespace sc::cli
