// SPDX-License-Identifier: MIT
// Full pull versus incremental refresh of a large org (default large:2000) on sentry.io's limits:
// 40 requests per 1 s window per endpoint bucket and 30 ms latency. After the full pull, another
// admin makes 10 edits (ownership, detectors, workflows, project settings, through the fake's back
// door, which logs them like Sentry's endpoints do); the incremental refresh then reads the audit
// log and re-reads only what it names. Goal (issue 15): the refresh in ≤ 3 s when little changed.
//   bench_refresh [--seed large:2000] [--latency-ms 30] [--concurrency 8] [--rate-limit 40] [--edits 10]
#include "fakesentryserver.h"
#include "incrementalrefresh.h"
#include "sentryclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace sc;

namespace {

struct Run {
    std::optional<OrgSnapshot> snapshot;
    RefreshReport report;
    double seconds = 0;
    int requests = 0;
};

Run refresh(QCoreApplication& app, SentryClient& client, const QString& org, const std::optional<OrgSnapshot>& previous,
            bool full)
{
    IncrementalRefresh refresher(&client, org);
    Run run;
    const int before = client.requestsStarted();
    QElapsedTimer timer;
    QObject::connect(&refresher, &IncrementalRefresh::succeeded, &app, [&](const OrgSnapshot& s, const RefreshReport& r) {
        run.snapshot = s;
        run.report = r;
        app.quit();
    });
    QObject::connect(&refresher, &IncrementalRefresh::failed, &app, [&](const Error& error) {
        std::fprintf(stderr, "bench_refresh: refresh failed: %s\n", qPrintable(error.message));
        app.quit();
    });
    QTimer::singleShot(0, &app, [&] {
        timer.start();
        refresher.start(previous, full);
    });
    app.exec();
    run.seconds = double(timer.elapsed()) / 1000.0;
    run.requests = client.requestsStarted() - before;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sc.*.debug=false\nsc.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Fake seed."), QStringLiteral("SEED"), QStringLiteral("large:2000")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Injected latency."), QStringLiteral("MS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("rate-limit"), QStringLiteral("Requests per 1 s window per bucket (0 = off)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits between the pulls."), QStringLiteral("N"), QStringLiteral("10")});
    parser.process(app);

    FakeServerOptions options;
    options.seed = parser.value(QStringLiteral("seed"));
    options.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    options.rateLimitPerSecond = parser.value(QStringLiteral("rate-limit")).toDouble();
    options.token = QStringLiteral("sntryu_bench_token");
    const int edits = parser.value(QStringLiteral("edits")).toInt();

    auto* server = new FakeSentryServer(options);
    QThread serverThread;
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    // Outside product code: the bench may block on the server thread.
    QMetaObject::invokeMethod(server, [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!port)
        return 1;
    const QString org = server->orgSlug();
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    config.token = options.token;
    config.maxConcurrency = std::max(1, parser.value(QStringLiteral("concurrency")).toInt());
    SentryClient client(config);

    const Run full = refresh(app, client, org, std::nullopt, true);
    if (!full.snapshot)
        return 1;
    const OrgSnapshot& s = *full.snapshot;
    QMetaObject::invokeMethod(server, [&] {
        for (int i = 0; i < edits; ++i) {
            const Project& p = s.projects.at((i * 97) % s.projects.size());
            switch (i % 4) {
            case 0:
                server->mutateObject(QStringLiteral("ownership"), p.slug, QJsonObject{{QStringLiteral("fallthrough"), i % 8 == 0}});
                break;
            case 1:
                server->mutateObject(QStringLiteral("detector"), s.detectors.at((i * 31) % s.detectors.size()).id,
                                     QJsonObject{{QStringLiteral("enabled"), false}});
                break;
            case 2:
                server->mutateObject(QStringLiteral("workflow"), s.workflows.at((i * 7) % s.workflows.size()).id,
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("edited %1").arg(i)}});
                break;
            default:
                server->mutateObject(QStringLiteral("project"), p.slug, QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed %1").arg(i)}});
            }
        }
    }, Qt::BlockingQueuedConnection);
    const Run incremental = refresh(app, client, org, full.snapshot, false);
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (!incremental.snapshot)
        return 1;

    std::printf("refreshed %s (%s): %lld projects; latency %d ms, %g requests/s per bucket\n", qPrintable(org),
                qPrintable(options.seed), qlonglong(s.projects.size()), options.latencyMs, options.rateLimitPerSecond);
    std::printf("incremental: %s\n", qPrintable(incremental.report.summary()));
    std::printf("BENCH refresh_full_seconds %.3f s\n", full.seconds);
    std::printf("BENCH refresh_full_requests %d count\n", full.requests);
    std::printf("BENCH refresh_incremental_seconds %.3f s\n", incremental.seconds);
    std::printf("BENCH refresh_incremental_requests %d count\n", incremental.requests);
    std::printf("BENCH refresh_incremental_changes %d count\n", incremental.report.changes);
    std::printf("BENCH refresh_incremental_was_incremental %d bool\n",
                incremental.report.kind == RefreshReport::Kind::Incremental ? 1 : 0);
    return 0;
}
