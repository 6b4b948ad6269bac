// SPDX-License-Identifier: MIT
// sentry-console service create: onboard a service in one previewed change set, then print its DSN
// and the start-up snippet for its platform.
#include "architectureplanner.h"
#include "architecturepolicy.h"
#include "changemerge.h"
#include "changesetreport.h"
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "orgpuller.h"
#include "pushengine.h"
#include "sentryclient.h"
#include "tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace sc::cli {

namespace {

Error usage(const QString& message)
{
    return Error{ErrorKind::Usage, message, {}, 0};
}

// The DSN of the new project's first active key, then the snippet.
void printOnboarded(SentryClient* client, const QString& org, const QString& slug, const QString& platform,
                    bool json, std::function<void(int)> finish, int code)
{
    client->get(QStringLiteral("/api/0/projects/%1/%2/keys/").arg(org, slug), {}, qApp,
                [=](Result<ApiResponse> reply) {
                    QString dsn;
                    if (reply) {
                        for (const QJsonValue& key : reply->json.array()) {
                            if (key.toObject().value(QLatin1String("isActive")).toBool(true)) {
                                dsn = key.toObject().value(QLatin1String("dsn")).toObject().value(QLatin1String("public")).toString();
                                break;
                            }
                        }
                    }
                    const QString snippet = startupSnippet(platform, slug, dsn.isEmpty() ? QStringLiteral("<DSN>") : dsn);
                    if (json) {
                        printJson(QJsonObject{{QStringLiteral("project"), slug}, {QStringLiteral("dsn"), dsn},
                                              {QStringLiteral("snippet"), snippet}, {QStringLiteral("exitCode"), code}});
                    } else {
                        out() << '\n' << Tr::tr("DSN: %1").arg(dsn.isEmpty() ? Tr::tr("(could not be read)") : escapeControls(dsn)) << "\n\n"
                              << Tr::tr("Start-up code for %1:").arg(platform) << "\n\n" << snippet;
                        out().flush();
                    }
                    finish(code);
                });
}

int create(const QStringList& args)
{
    const QString command = QStringLiteral("service create");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("team"), Tr::tr("The team that owns the service."), QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("name"), Tr::tr("The service's name (its project slug is derived from it)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("platform"), Tr::tr("Sentry platform, e.g. python-django, node-express, go."), QStringLiteral("PLATFORM")});
    parser.addOption({QStringLiteral("ownership"), Tr::tr("Ownership rules text, or @FILE (default: \"* #TEAM\")."), QStringLiteral("RULES")});
    parser.addOption({QStringLiteral("policy"), Tr::tr("Policy file (tiers + architecture; default: built in)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dry-run"), Tr::tr("Show the change set and write nothing.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Also save the change set to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("yes"), Tr::tr("Push without asking.")});
    parser.addOption({QStringLiteral("journal"), Tr::tr("Journal file (default: the app data directory's journal.jsonl)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), Tr::tr("Output: text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    addConnectionOptions(parser);
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Onboard a service in one change set: create its project under the team (without Sentry's default "
                   "alert), then the alert tiers, ownership rules, the health-check filter, scrubbing and the key rate "
                   "limit from the policy (and a heartbeat monitor for a worker). The set is previewed, pushed and "
                   "verified like 'apply'; afterwards the DSN and the start-up code for the platform are printed.\n\n"
                   "Exit codes: 0 created and verified, 1 failed, 2 bad usage (unknown team, bad name or policy), "
                   "4 the slug is taken (nothing written).")))
        return *code;
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    ServiceRequest request{parser.value(QStringLiteral("team")), parser.value(QStringLiteral("name")),
                           parser.value(QStringLiteral("platform")), parser.value(QStringLiteral("ownership"))};
    if (request.team.isEmpty() || request.name.isEmpty() || request.platform.isEmpty())
        return reportError(command, usage(Tr::tr("Give --team, --name and --platform.")));
    if (request.ownership.startsWith(QLatin1Char('@'))) {
        QFile file(request.ownership.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return reportError(command, usage(Tr::tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())));
        request.ownership = QString::fromUtf8(file.readAll());
    }
    Result<ArchitecturePolicy> policy = parser.isSet(QStringLiteral("policy"))
                                            ? ArchitecturePolicy::fromFile(parser.value(QStringLiteral("policy")))
                                            : Result<ArchitecturePolicy>(ArchitecturePolicy::defaultPolicy());
    if (!policy)
        return reportError(command, usage(policy.error().message));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !parser.isSet(QStringLiteral("yes")) && !isatty(fileno(stdin)))
        return reportError(command, usage(Tr::tr("Refusing to push without confirmation: stdin is not a terminal. "
                                                 "Review with --dry-run and pass --yes.")));
    Result<Connection> connection = resolveConnection(parser, true);
    if (!connection)
        return reportError(command, connection.error());
    PushOptions options;
    options.journalPath = parser.value(QStringLiteral("journal"));
    const QString output = parser.value(QStringLiteral("output"));

    return runAsync([&](std::function<void(int)> finish) {
        auto* client = new SentryClient(connection->config, qApp);
        auto* puller = new OrgPuller(client, connection->org, qApp);
        QObject::connect(puller, &OrgPuller::failed, qApp, [=](const Error& error) { finish(reportError(command, error)); });
        QObject::connect(puller, &OrgPuller::succeeded, qApp, [&, client, finish](const OrgSnapshot& snapshot) {
            Result<ServicePlan> plan = planNewService(snapshot, *policy, request);
            if (!plan)
                return finish(reportError(command, plan.error()));
            ChangeSet changes = plan->changes;
            changes.server = connection->config.baseUrl.toString();
            for (const QString& note : plan->notes)
                err() << Tr::tr("note: %1").arg(escapeControls(note)) << '\n';
            err().flush();
            if (!output.isEmpty()) {
                if (Result<void> saved = changes.save(output); !saved)
                    return finish(reportError(command, saved.error()));
            }
            if (!json) {
                out() << changeSetDiffText(changes, stdoutIsTty()) << '\n';
                out().flush();
            }
            if (dryRun) {
                if (json)
                    printJson(changes.toJson());
                else
                    out() << Tr::tr("Dry run: nothing written (%n operation(s)).", nullptr, int(changes.operations.size())) << '\n';
                out().flush();
                return finish(ExitOk);
            }
            // The slug may have been taken since the pull: ask before the first write.
            client->get(QStringLiteral("/api/0/projects/%1/%2/").arg(changes.org, plan->slug), {}, qApp,
                        [&, client, finish, changes, slug = plan->slug](Result<ApiResponse> existing) {
                if (existing)
                    return finish(reportError(command, Error{ErrorKind::Conflict,
                        Tr::tr("A project with the slug \"%1\" already exists (Sentry answers 409); choose another name. "
                               "Nothing was written.").arg(slug), {}, 409}));
                auto* engine = new PushEngine(client, mergeOperations(changes), options, qApp);
                QObject::connect(engine, &PushEngine::operationFinished, engine, [&, engine](const PushOutcome& outcome) {
                    if (json)
                        return;
                    for (const ChangeOperation& op : engine->changes().operations) {
                        if (op.id == outcome.opId)
                            out() << outcomeText(op, outcome, stdoutIsTty());
                    }
                    out().flush();
                });
                QObject::connect(engine, &PushEngine::finished, engine, [&, engine, client, finish, slug] {
                    const int code = engine->exitCode();
                    if (engine->outcome(QStringLiteral("op-1")).status != PushStatus::Verified) {
                        const PushOutcome first = engine->outcome(QStringLiteral("op-1"));
                        return finish(reportError(command, first.error.message.isEmpty()
                                                               ? Error{ErrorKind::Server, Tr::tr("The project was not created."), {}, 0}
                                                               : first.error));
                    }
                    printOnboarded(client, engine->changes().org, slug, request.platform, json, finish, code);
                });
                engine->start();
            });
        });
        puller->start();
    });
}

} // namespace

int cmdService(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("create"))
        return create(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        out() << Tr::tr("Usage: sentry-console service create --team T --name N --platform P [--ownership RULES] [--dry-run]\n\n"
                        "  create  onboard a service: project, tiers, ownership, filters, scrubbing, quota in one change set\n");
        out().flush();
        return sub.isEmpty() ? int(ExitUsage) : int(ExitOk);
    }
    return reportError(QStringLiteral("service"),
                       Error{ErrorKind::Usage, Tr::tr("Unknown service command \"%1\"; use create.").arg(sub), {}, 0});
}

} // namespace sc::cli
