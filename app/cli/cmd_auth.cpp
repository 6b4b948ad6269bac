// SPDX-License-Identifier: MIT
// sentry-console auth status: which scopes the token has and what each feature needs.
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "connectionprofilecheck.h"
#include "sentryclient.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sc::cli {

namespace {
QJsonObject errorJson(const Error& error)
{
    return QJsonObject{{QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), errorKindName(error.kind)},
                                    {QStringLiteral("message"), error.message},
                                    {QStringLiteral("httpStatus"), error.httpStatus}}}};
}

void printText(const ScopeReport& report, const QUrl& server)
{
    // Names and scopes come from the server: escaped, so they cannot steer the terminal.
    out() << Tr::tr("Organization: %1 on %2").arg(escapeControls(report.orgName.isEmpty() ? report.org : QStringLiteral("%1 (%2)").arg(report.org, report.orgName)),
                                                 escapeControls(server.toString()))
          << '\n';
    out() << Tr::tr("Token scopes: %1").arg(report.scopes.isEmpty() ? Tr::tr("none") : escapeControls(report.scopes.join(QStringLiteral(", ")))) << '\n';
    for (const FeatureAccess& feature : report.features) {
        if (feature.ok())
            out() << QStringLiteral("  ok       ") << escapeControls(feature.name) << '\n';
        else
            out() << QStringLiteral("  missing  ") << escapeControls(feature.name) << QStringLiteral(" — ")
                  << Tr::tr("needs %1: %2").arg(escapeControls(feature.missing.join(QStringLiteral(", "))), escapeControls(feature.consequence)) << '\n';
    }
    out().flush();
}
} // namespace

int cmdAuth(const QStringList& args)
{
    const QString command = QStringLiteral("auth");
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("status"), Tr::tr("Show the token's scopes and what each feature needs."));
    parser.addOption(formatOption({QStringLiteral("json")}));
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("auth status: asks the server which scopes the token has (GET /api/0/organizations/{org}/, "
                   "access[]) and lists, per feature, what is missing (e.g. without alerts:write the tiers are "
                   "read-only).\n\nExit codes: 0 every feature usable, 1 failed (network, server, bad token), "
                   "2 bad usage, 3 some features lack scopes.")))
        return *code;

    const Result<QString> format = outputFormat(parser, {QStringLiteral("json")});
    if (!format)
        return reportError(command, format.error());
    const bool json = *format == QLatin1String("json");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("status"))
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Usage: sentry-console auth status [--format json]"), {}, 0});

    Result<Connection> connection = resolveConnection(parser, true);
    if (!connection) {
        if (json)
            printJson(errorJson(connection.error()));
        return reportError(command, connection.error());
    }
    if (connection->config.token.isEmpty()) {
        const Error error{ErrorKind::Unauthorized,
                          Tr::tr("No token: pass --auth-token or set SENTRY_AUTH_TOKEN (the console's keychain is not "
                                 "used by the command line)."),
                          {}, 0};
        if (json)
            printJson(errorJson(error));
        return reportError(command, error);
    }

    return runAsync([&](std::function<void(int)> finish) {
        auto* client = new SentryClient(connection->config, qApp);
        if (const Result<void> secure = client->checkTransportSecurity(); !secure) {
            if (json)
                printJson(errorJson(secure.error()));
            finish(reportError(command, secure.error()));
            return;
        }
        const QUrl server = connection->config.baseUrl;
        checkConnection(client, connection->org, client, [=](Result<ScopeReport> report) {
            if (!report) {
                if (json)
                    printJson(errorJson(report.error()));
                finish(reportError(command, report.error()));
                return;
            }
            if (json) {
                QJsonObject object = report->toJson();
                object.insert(QStringLiteral("server"), server.toString());
                printJson(object);
            } else {
                printText(*report, server);
            }
            finish(report->allOk() ? ExitOk : ExitProblems);
        });
    });
}

} // namespace sc::cli
