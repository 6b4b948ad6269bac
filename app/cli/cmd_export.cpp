// SPDX-License-Identifier: MIT
// sentry-console export: pulls a whole organization into a snapshot file (the offline cache).
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "incrementalrefresh.h"
#include "sentryclient.h"
#include "tr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace sc::cli {

namespace {

// "Pulling acme-corp: 120/431 requests" on stderr: rewritten in place on a terminal; elsewhere
// (CI logs, pipes) one line every few seconds so logs stay readable.
class ProgressLine
{
public:
    ProgressLine(QString org, bool enabled)
        : m_org(std::move(org))
        , m_enabled(enabled)
        , m_tty(isatty(fileno(stderr)))
    {
        m_sinceLast.start();
    }

    void update(int done, int total)
    {
        if (!m_enabled)
            return;
        const qint64 interval = m_tty ? 100 : 3000;
        if (m_printed && m_sinceLast.elapsed() < interval && done < total)
            return;
        m_sinceLast.restart();
        m_printed = true;
        const QString text = Tr::tr("Pulling %1: %2/%3 requests").arg(escapeControls(m_org)).arg(done).arg(total);
        if (m_tty) {
            err() << '\r' << text << QStringLiteral("\x1b[K");
            m_open = true;
        } else {
            err() << text << '\n';
        }
        err().flush();
    }

    void end()
    {
        if (m_open) {
            err() << '\n';
            err().flush();
            m_open = false;
        }
    }

private:
    QString m_org;
    bool m_enabled;
    bool m_tty;
    bool m_printed = false;
    bool m_open = false;
    QElapsedTimer m_sinceLast;
};

// A malformed server answer is the server's fault, not unreadable input of the user's: exit 1.
int exportExitCode(const Error& error)
{
    return error.kind == ErrorKind::BadData ? int(ExitFailed) : exitCodeFor(error);
}

QJsonObject errorJson(const Error& error)
{
    return QJsonObject{{QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), errorKindName(error.kind)},
                                    {QStringLiteral("message"), error.message},
                                    {QStringLiteral("detail"), error.detail},
                                    {QStringLiteral("httpStatus"), error.httpStatus}}}};
}

} // namespace

int cmdExport(const QStringList& args)
{
    const QString command = args.value(0, QStringLiteral("export"));
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("Write the snapshot to FILE (atomically: a failed pull leaves an existing file as it was)."),
                      QStringLiteral("FILE")});
    parser.addOption(formatOption({QStringLiteral("json")})); // the summary on stdout
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("No progress line on stderr.")});
    parser.addOption({QStringLiteral("since-snapshot"),
                      Tr::tr("Refresh incrementally from the snapshot in FILE (default: the output file, when it is a "
                             "snapshot of the same server and organization): read the audit log since then and "
                             "re-read only what it names."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("full"), Tr::tr("Pull everything, whatever the audit log says.")});
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Pull a whole organization (teams and their members, projects with their ownership, members, "
                   "integrations, detectors and workflows, or legacy alert rules on older servers) into a "
                   "snapshot file.\n\nExit codes: 0 written, 1 failed (network, server, file), 2 bad usage.")))
        return *code;

    const Result<QString> format = outputFormat(parser, {QStringLiteral("json")});
    if (!format)
        return reportError(command, format.error());
    const bool json = *format == QLatin1String("json");
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return reportError(command,
                           Error{ErrorKind::Usage, Tr::tr("Say where to write the snapshot: -o snapshot.json."), {}, 0});
    if (!parser.positionalArguments().isEmpty())
        return reportError(command, Error{ErrorKind::Usage,
                                          Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
                                          {}, 0});

    Result<Connection> connection = resolveConnection(parser, true);
    if (!connection) {
        if (json)
            printJson(errorJson(connection.error()));
        return reportError(command, connection.error());
    }

    // The snapshot to refresh from: --since-snapshot (must be readable), else the output file when
    // it is one (a broken or foreign one just means a full pull; IncrementalRefresh checks the source).
    std::optional<OrgSnapshot> previous;
    const bool full = parser.isSet(QStringLiteral("full"));
    if (const QString since = parser.value(QStringLiteral("since-snapshot")); !since.isEmpty() && !full) {
        Result<OrgSnapshot> loaded = OrgSnapshot::load(since);
        if (!loaded) {
            Error error = loaded.error();
            error.kind = ErrorKind::Usage;
            if (json)
                printJson(errorJson(error));
            return reportError(command, error);
        }
        previous = std::move(*loaded);
    } else if (!full && QFileInfo::exists(output)) {
        if (Result<OrgSnapshot> loaded = OrgSnapshot::load(output))
            previous = std::move(*loaded);
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    return runAsync([&](std::function<void(int)> finish) {
        // Parented to the application: they outlive this lambda and die with the process.
        auto* client = new SentryClient(connection->config, qApp);
        auto* puller = new IncrementalRefresh(client, connection->org, client);
        auto progress = std::make_shared<ProgressLine>(connection->org, !quiet);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();

        QObject::connect(puller, &IncrementalRefresh::progress, puller,
                         [progress](int done, int total) { progress->update(done, total); });
        QObject::connect(puller, &IncrementalRefresh::failed, puller, [=](const Error& error) {
            progress->end();
            if (json)
                printJson(errorJson(error));
            reportError(command, error);
            finish(exportExitCode(error));
        });
        QObject::connect(puller, &IncrementalRefresh::succeeded, puller, [=](const OrgSnapshot& snapshot,
                                                                              const RefreshReport& report) {
            progress->end();
            if (Result<void> saved = snapshot.save(output); !saved) {
                if (json)
                    printJson(errorJson(saved.error()));
                reportError(command, saved.error());
                finish(ExitFailed);
                return;
            }
            const double seconds = double(timer->elapsed()) / 1000.0;
            if (!snapshot.legacyAlertsNote.isEmpty())
                err() << Tr::tr("Note: %1").arg(escapeControls(snapshot.legacyAlertsNote)) << '\n';
            if (json) {
                QJsonObject summary{
                    {QStringLiteral("ok"), true},
                    {QStringLiteral("file"), QFileInfo(output).absoluteFilePath()},
                    {QStringLiteral("org"), snapshot.orgSlug},
                    {QStringLiteral("server"), snapshot.server},
                    {QStringLiteral("alertsApi"), alertsApiName(snapshot.alertsApi)},
                    {QStringLiteral("teams"), snapshot.teams.size()},
                    {QStringLiteral("projects"), snapshot.projects.size()},
                    {QStringLiteral("members"), snapshot.members.size()},
                    {QStringLiteral("integrations"), snapshot.integrations.size()},
                    {QStringLiteral("detectors"), snapshot.detectors.size()},
                    {QStringLiteral("workflows"), snapshot.workflows.size()},
                    {QStringLiteral("metricAlertRules"), snapshot.metricAlertRules.size()},
                    {QStringLiteral("requests"), client->requestsStarted()},
                    {QStringLiteral("seconds"), seconds},
                    {QStringLiteral("refresh"),
                     QJsonObject{{QStringLiteral("kind"), report.kind == RefreshReport::Kind::Incremental
                                                              ? QStringLiteral("incremental") : QStringLiteral("full")},
                                 {QStringLiteral("reason"), report.reasonText()},
                                 {QStringLiteral("changes"), report.changes}}},
                };
                if (!snapshot.legacyAlertsNote.isEmpty())
                    summary.insert(QStringLiteral("legacyAlertsNote"), snapshot.legacyAlertsNote);
                printJson(summary);
            } else {
                out() << Tr::tr("Wrote %1: %2 project(s), %3 team(s), %4 member(s), %5 detector(s), %6 workflow(s) "
                                "from %7 in %8 s (%9 requests).")
                             .arg(escapeControls(output))
                             .arg(snapshot.projects.size())
                             .arg(snapshot.teams.size())
                             .arg(snapshot.members.size())
                             .arg(snapshot.detectors.size())
                             .arg(snapshot.workflows.size())
                             .arg(escapeControls(snapshot.server))
                             .arg(seconds, 0, 'f', 1)
                             .arg(client->requestsStarted())
                      << '\n' << escapeControls(report.summary()) << '\n';
                out().flush();
            }
            err().flush();
            finish(ExitOk);
        });
        puller->start(previous, full);
    });
}

} // namespace sc::cli
