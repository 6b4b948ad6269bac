// SPDX-License-Identifier: MIT
#include "clicommon.h"
#include "orgpuller.h"
#include "textescape.h"
#include "tokencheck.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace sc::cli {

namespace {
QStringList formatNames(const QStringList& others) { return QStringList{QStringLiteral("table")} + others; }
} // namespace

QCommandLineOption formatOption(const QStringList& others, const QString& defaultFormat)
{
    return {QStringLiteral("format"),
            Tr::tr("Output format: %1 (default: %2).").arg(formatNames(others).join(QStringLiteral(", ")), defaultFormat),
            QStringLiteral("FORMAT"), defaultFormat};
}

Result<QString> outputFormat(const QCommandLineParser& parser, const QStringList& others)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("table") || format == QLatin1String("text"))
        return QStringLiteral("table");
    if (others.contains(format))
        return format;
    return fail(ErrorKind::Usage, Tr::tr("--format takes %1, not \"%2\".").arg(formatNames(others).join(QStringLiteral(", ")), format));
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("url"),
                      Tr::tr("Sentry server URL (default: $SENTRY_URL, else https://sentry.io/)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("auth-token"),
                      Tr::tr("Auth token (default: $SENTRY_AUTH_TOKEN). Prefer the environment: "
                             "command lines are visible to other users."),
                      QStringLiteral("TOKEN")});
    parser.addOption({QStringLiteral("org"), Tr::tr("Organization slug (default: $SENTRY_ORG)."),
                      QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("concurrency"),
                      Tr::tr("Requests in flight at most (default 8)."), QStringLiteral("N")});
}

Result<Connection> resolveConnection(const QCommandLineParser& parser, bool needOrg)
{
    Connection connection;
    QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = qEnvironmentVariable("SENTRY_URL");
    if (url.isEmpty())
        url = QStringLiteral("https://sentry.io/");
    connection.config.baseUrl = QUrl::fromUserInput(url);
    if (!connection.config.baseUrl.isValid() || connection.config.baseUrl.host().isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("\"%1\" is not a valid server URL.").arg(url));

    connection.config.token = parser.value(QStringLiteral("auth-token"));
    QString tokenSource = QStringLiteral("--auth-token");
    if (connection.config.token.isEmpty()) {
        connection.config.token = qEnvironmentVariable("SENTRY_AUTH_TOKEN");
        tokenSource = QStringLiteral("SENTRY_AUTH_TOKEN");
    }
    if (Result<void> token = checkTokenText(connection.config.token, tokenSource); !token)
        return tl::unexpected(token.error());
    if (connection.config.token.isEmpty())
        return fail(ErrorKind::Usage,
                    Tr::tr("No auth token: set SENTRY_AUTH_TOKEN or pass --auth-token. Create one in Sentry under "
                           "Settings → Auth Tokens with the scopes org:read, project:read, project:write, "
                           "team:read, member:read, alerts:read, alerts:write, event:read."));

    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return fail(ErrorKind::Usage, Tr::tr("--concurrency takes a number from 1 to 64."));
        connection.config.maxConcurrency = n;
    }

    connection.org = parser.value(QStringLiteral("org"));
    if (connection.org.isEmpty())
        connection.org = qEnvironmentVariable("SENTRY_ORG");
    if (needOrg && connection.org.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("No organization: set SENTRY_ORG or pass --org SLUG."));

    SentryClient probe(connection.config);
    if (Result<void> secure = probe.checkTransportSecurity(); !secure)
        return tl::unexpected(secure.error());
    return connection;
}

namespace {
// --verbose of the command being run: set by every parse, so one in-process run (the tests run many)
// never leaks into the next, and nothing lands in the environment that child processes inherit.
bool s_verboseErrors = false;
} // namespace

bool verboseErrors()
{
    return s_verboseErrors;
}

std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    s_verboseErrors = false;
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Print error details (endpoint, status, request id).")});
    if (!parser.parse(args)) {
        err() << QStringLiteral("sentry-console %1: %2\n").arg(args.value(0), parser.errorText());
        err() << Tr::tr("Run 'sentry-console %1 --help' for usage.").arg(args.value(0)) << '\n';
        err().flush();
        return ExitUsage;
    }
    s_verboseErrors = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

int reportError(const QString& command, const Error& error)
{
    // Messages quote server replies and file contents: they must not steer the terminal.
    err() << QStringLiteral("sentry-console %1: %2\n").arg(command, escapeControls(error.message, LineBreaks::Keep));
    if (!error.detail.isEmpty() && s_verboseErrors)
        err() << QStringLiteral("  (%1)\n").arg(escapeControls(error.detail, LineBreaks::Keep));
    err().flush();
    return exitCodeFor(error);
}

int runAsync(const std::function<void(std::function<void(int)> finish)>& body)
{
    int code = ExitFailed;
    bool done = false;
    auto finish = [&code, &done](int result) {
        if (done)
            return;
        done = true;
        code = result;
        QCoreApplication::exit(result);
    };
    QTimer::singleShot(0, qApp, [&] { body(finish); });
    QCoreApplication::exec();
    return code;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

bool stdoutIsTty()
{
    return isatty(fileno(stdout)) && !qEnvironmentVariableIsSet("NO_COLOR");
}

int withSnapshot(const QCommandLineParser& parser, const QString& command, const SnapshotHandler& handler)
{
    if (parser.isSet(QStringLiteral("snapshot"))) {
        Result<OrgSnapshot> snapshot = OrgSnapshot::load(parser.value(QStringLiteral("snapshot")));
        if (!snapshot)
            return reportError(command, Error{ErrorKind::Usage, snapshot.error().message, snapshot.error().detail, 0});
        snapshot->reindex();
        return handler(*snapshot);
    }
    Result<Connection> connection = resolveConnection(parser, true);
    if (!connection)
        return reportError(command, connection.error());
    return runAsync([&](std::function<void(int)> finish) {
        auto* client = new SentryClient(connection->config, qApp);
        auto* puller = new OrgPuller(client, connection->org, qApp);
        QObject::connect(puller, &OrgPuller::succeeded, qApp, [=](const OrgSnapshot& snapshot) { finish(handler(snapshot)); });
        QObject::connect(puller, &OrgPuller::failed, qApp,
                         [=](const Error& error) { finish(reportError(command, error)); });
        puller->start();
    });
}

void addPolicyAndSnapshotOptions(QCommandLineParser& parser, const QString& policyHelp)
{
    parser.addOption({QStringLiteral("policy"), policyHelp, QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("snapshot"),
                      Tr::tr("Read the org from a snapshot file (sentry-console export) instead of the server."),
                      QStringLiteral("FILE")});
    addConnectionOptions(parser);
}

void addPlanOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("team"), Tr::tr("Plan for every project of this team (repeatable)."), QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("project"), Tr::tr("Plan for this project (repeatable)."), QStringLiteral("SLUG")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("Write the change set to FILE (default: print it on stdout)."), QStringLiteral("FILE")});
}

int writePlan(const QString& command, const QStringList& notes, const ChangeSet& changes, const QString& output)
{
    for (const QString& note : notes)
        err() << Tr::tr("note: %1").arg(escapeControls(note)) << '\n';
    err().flush();
    if (output.isEmpty() || output == QLatin1String("-")) {
        printJson(changes.toJson());
        return int(ExitOk);
    }
    if (Result<void> saved = changes.save(output); !saved)
        return reportError(command, saved.error());
    for (const ChangeOperation& op : changes.operations)
        out() << QStringLiteral("%1 %2: %3\n").arg(escapeControls(op.id), operationKindName(op.kind), escapeControls(op.summary));
    out() << Tr::tr("Wrote %n operation(s) to %1.", nullptr, int(changes.operations.size())).arg(escapeControls(output)) << '\n';
    out().flush();
    return int(ExitOk);
}

} // namespace sc::cli
