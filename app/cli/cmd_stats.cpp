// SPDX-License-Identifier: MIT
// sentry-console stats: the numbers the Charts tab shows, headless.
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "domain.h"
#include "sentryclient.h"
#include "statsaggregate.h"
#include "statsfetcher.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace sc::cli {

namespace {

Result<QDateTime> parseTimeOption(const QString& text, const QString& option)
{
    bool isNumber = false;
    const qint64 epoch = text.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return fail(ErrorKind::Usage, Tr::tr("%1 takes an ISO-8601 time (2026-11-24T08:00:00Z) or epoch seconds, "
                                             "not \"%2\".").arg(option, text));
    if (t.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC); // like Sentry, a time without offset is UTC
    return t.toUTC();
}

void printTable(const StatsData& data)
{
    const QLocale locale;
    QTextStream& o = out();
    o << Tr::tr("Errors by %1, %2 bucket(s) of %3 s from %4")
             .arg(escapeControls(data.groupBy))
             .arg(data.bucketCount)
             .arg(data.intervalSecs)
             .arg(QDateTime::fromSecsSinceEpoch(data.startEpoch, Qt::UTC).toString(Qt::ISODate))
      << '\n';
    int width = 5;
    for (const StatsSeries& s : data.series)
        width = std::max(width, int(escapeControls(s.group).size()));
    o << QStringLiteral("%1  %2  %3\n").arg(Tr::tr("GROUP"), -width).arg(Tr::tr("TOTAL"), 12).arg(Tr::tr("PEAK/BUCKET"), 12);
    for (const StatsSeries& s : data.series) {
        qint64 peak = 0;
        for (qint64 v : s.values)
            peak = std::max(peak, v);
        o << QStringLiteral("%1  %2  %3\n")
                 .arg(escapeControls(s.group), -width) // group names come from the server
                 .arg(locale.toString(s.rankTotal()), 12)
                 .arg(s.hasPoints() ? locale.toString(peak) : QStringLiteral("-"), 12);
    }
    if (data.orgTotal >= 0)
        o << Tr::tr("Org total: %1 (each project counted once)").arg(locale.toString(data.orgTotal)) << '\n';
    o.flush();
}

} // namespace

int cmdStats(const QStringList& args)
{
    const QString command = args.value(0, QStringLiteral("stats"));
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("period"), Tr::tr("Range ending now: 1h, 24h (default), 7d, 14d or 30d."),
                      QStringLiteral("PERIOD"), QStringLiteral("24h")});
    parser.addOption({QStringLiteral("start"), Tr::tr("Start of a custom range (ISO-8601 or epoch seconds)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("end"), Tr::tr("End of a custom range (ISO-8601 or epoch seconds)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("group-by"), Tr::tr("project (default), team or level."), QStringLiteral("GROUP"),
                      QStringLiteral("project")});
    parser.addOption(formatOption({QStringLiteral("csv"), QStringLiteral("json")}));
    parser.addOption({QStringLiteral("top"), Tr::tr("Series drawn with points (1-10, default 10); the rest is \"Other\"."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("project"), Tr::tr("Only this project's own series (slug)."), QStringLiteral("SLUG")});
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Print error counts by project, team or level over time: the numbers the Charts tab shows.\n"
                   "Totals come from the org's usage stats (stats_v2); series from events-timeseries (or events-stats "
                   "on older servers). The bucket size follows the range as in Sentry.\n"
                   "JSON: {\"interval\": SECONDS, \"series\": [{\"group\", \"total\", \"points\": [[UNIX_TS, N], ...]}]}; "
                   "CSV: time,<group>,... with one row per bucket.\n\n"
                   "Exit codes: 0 done, 1 failed (network, server), 2 bad usage.")))
        return *code;

    auto usage = [&](const QString& message) { return reportError(command, Error{ErrorKind::Usage, message, {}, 0}); };
    StatsRequest request;
    request.groupBy = parser.value(QStringLiteral("group-by"));
    if (request.groupBy != QLatin1String("project") && request.groupBy != QLatin1String("team")
        && request.groupBy != QLatin1String("level"))
        return usage(Tr::tr("--group-by takes project, team or level."));
    const Result<QString> chosenFormat = outputFormat(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    const QString format = chosenFormat ? *chosenFormat : QString();
    if (!chosenFormat)
        return usage(chosenFormat.error().message);
    bool topOk = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || top < 1 || top > 10)
        return usage(Tr::tr("--top takes a number from 1 to 10 (Sentry returns at most 10 series)."));
    request.topEvents = top;
    request.project = parser.value(QStringLiteral("project"));
    if (parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"))) {
        if (!parser.isSet(QStringLiteral("start")) || !parser.isSet(QStringLiteral("end")))
            return usage(Tr::tr("A custom range needs both --start and --end."));
        if (parser.isSet(QStringLiteral("period")))
            return usage(Tr::tr("Give either --period or --start and --end, not both."));
        const auto start = parseTimeOption(parser.value(QStringLiteral("start")), QStringLiteral("--start"));
        const auto end = parseTimeOption(parser.value(QStringLiteral("end")), QStringLiteral("--end"));
        if (!start)
            return reportError(command, start.error());
        if (!end)
            return reportError(command, end.error());
        if (*end <= *start)
            return usage(Tr::tr("--end must be after --start."));
        request.range = StatsRange::Custom;
        request.customStart = *start;
        request.customEnd = *end;
    } else {
        const auto range = statsRangeFromName(parser.value(QStringLiteral("period")));
        if (!range || *range == StatsRange::Custom)
            return usage(Tr::tr("--period takes 1h, 24h, 7d, 14d or 30d."));
        request.range = *range;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    Result<Connection> connection = resolveConnection(parser, true);
    if (!connection)
        return reportError(command, connection.error());

    return runAsync([&](std::function<void(int)> finish) {
        auto* client = new SentryClient(connection->config, qApp);
        auto* fetcher = new StatsFetcher(client, connection->org, client);
        const QString org = connection->org;
        // The projects (ids, slugs, teams) are all the aggregation needs from the org.
        client->getAll(QStringLiteral("/api/0/organizations/%1/projects/").arg(org), {}, client,
                       [=](Result<QJsonArray> projects) {
            if (!projects) {
                finish(reportError(command, projects.error()));
                return;
            }
            QList<StatsProject> statsList;
            statsList.reserve(projects->size());
            bool found = request.project.isEmpty();
            for (const QJsonValue& v : *projects) {
                const Project p = Project::fromJson(v.toObject());
                found = found || p.slug == request.project;
                statsList.append({p.id, p.slug, p.teamSlugs()});
            }
            if (!found) {
                finish(reportError(command, Error{ErrorKind::Usage,
                                                  Tr::tr("There is no project \"%1\" in %2.").arg(request.project, org), {}, 0}));
                return;
            }
            QObject::connect(fetcher, &StatsFetcher::failed, fetcher, [=](const Error& error) {
                finish(reportError(command, error));
            });
            QObject::connect(fetcher, &StatsFetcher::finished, fetcher, [=](const StatsData& data) {
                const StatsData shown = topN(data, top);
                if (format == QLatin1String("json")) {
                    printJson(shown.toContractJson());
                } else if (format == QLatin1String("csv")) {
                    out() << shown.toCsv();
                    out().flush();
                } else {
                    printTable(shown);
                }
                finish(ExitOk);
            });
            fetcher->fetch(request, statsList);
        });
    });
}

} // namespace sc::cli
