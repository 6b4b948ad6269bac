// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clicommon.h"
#include "commands.h"
#include "result.h"
#include "tr.h"

#include <functional>

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

void printUsage()
{
    QTextStream& o = out();
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

} // namespace

bool isCliInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findCommand(first) || first == QLatin1String("help") || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("-v");
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
        printUsage();
        return ExitOk;
    }
    const Command* command = findCommand(name);
    if (!command) {
        err() << Tr::tr("sentry-console: unknown command \"%1\".").arg(name) << '\n';
        err().flush();
        printUsage();
        return ExitUsage;
    }
    return command->run(arguments.mid(1));
}

} // namespace sc::cli
