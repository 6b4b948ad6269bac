// SPDX-License-Identifier: MIT
// Time to pull a large org (default large:2000) from the fake Sentry with injected latency and
// sentry.io's per-endpoint rate limit (40 per 1 s window per bucket), against the floors:
// (requests ÷ concurrency) × latency, and the busiest bucket's windows (CONTRACT §0b.9: goal at most
// 1% of requests answered 429 and at most 1.1× that bucket's floor). The fake server runs in its
// own thread so its work does not share the client's event loop (as a real server would not).
//   bench_pull [--seed large:2000] [--latency-ms 30] [--concurrency 8] [--rate-limit 40]
#include "fakesentryserver.h"
#include "orgpuller.h"
#include "sentryclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace sc;

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sc.*.debug=false\nsc.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Fake seed."), QStringLiteral("SEED"),
                      QStringLiteral("large:2000")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Injected latency."), QStringLiteral("MS"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("Fake rate limit per endpoint bucket (requests per 1 s window, 0 = off)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.process(app);

    FakeServerOptions options;
    options.seed = parser.value(QStringLiteral("seed"));
    options.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    options.rateLimitPerSecond = parser.value(QStringLiteral("rate-limit")).toDouble();
    options.token = QStringLiteral("sntryu_bench_token");
    const int concurrency = std::max(1, parser.value(QStringLiteral("concurrency")).toInt());

    QElapsedTimer seedTimer;
    seedTimer.start();
    auto* server = new FakeSentryServer(options);
    const double seedSeconds = double(seedTimer.elapsed()) / 1000.0;
    QThread serverThread;
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    // Outside product code: the bench may block its own start-up on the server thread.
    QMetaObject::invokeMethod(server, [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "bench_pull: the fake server could not listen\n");
        return 1;
    }
    const QString org = server->orgSlug();

    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    config.token = options.token;
    config.maxConcurrency = concurrency;
    SentryClient client(config);
    OrgPuller puller(&client, org);

    int code = 0;
    QElapsedTimer timer;
    std::optional<OrgSnapshot> snapshot;
    QObject::connect(&puller, &OrgPuller::succeeded, &app, [&](const OrgSnapshot& s) {
        snapshot = s;
        app.quit();
    });
    QObject::connect(&puller, &OrgPuller::failed, &app, [&](const Error& error) {
        std::fprintf(stderr, "bench_pull: pull failed: %s\n", qPrintable(error.message));
        code = 1;
        app.quit();
    });
    // How full the pipe stayed: if the mean is near the concurrency, the client kept every slot
    // busy and any gap to the floor is server or CPU time.
    qint64 samples = 0;
    qint64 inFlightSum = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        ++samples;
        inFlightSum += client.inFlight();
    });
    QTimer::singleShot(0, &app, [&] {
        timer.start();
        sampler.start(5);
        puller.start();
    });
    app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;

    int served = 0;
    int limited = 0;
    QHash<QString, int> perBucket;
    QMetaObject::invokeMethod(server, [&] {
        served = server->requestCount();
        limited = server->rateLimitedCount();
        perBucket = server->requestsPerBucket();
    }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (code != 0 || !snapshot)
        return 1;

    const int requests = client.requestsStarted();
    const double latency = double(options.latencyMs) / 1000.0;
    const double concurrencyFloor = std::ceil(double(requests) / concurrency) * latency;
    // Fixed 1 s windows: N requests of one bucket need ceil(N / limit) windows, so at least
    // ceil(N / limit) - 1 seconds from the first to the last, plus one round trip.
    QString busiest;
    int busiestCount = 0;
    for (auto it = perBucket.cbegin(); it != perBucket.cend(); ++it) {
        if (it.value() > busiestCount) {
            busiest = it.key();
            busiestCount = it.value();
        }
    }
    const double limit = std::floor(options.rateLimitPerSecond);
    const double bucketFloor = limit > 0 ? (std::ceil(double(busiestCount) / limit) - 1.0) + latency : 0.0;
    const double floor = std::max(concurrencyFloor, bucketFloor);

    std::printf("pulled %s (%s): %lld projects, %lld teams, %lld detectors, %lld workflows\n", qPrintable(org),
                qPrintable(options.seed), qlonglong(snapshot->projects.size()), qlonglong(snapshot->teams.size()),
                qlonglong(snapshot->detectors.size()), qlonglong(snapshot->workflows.size()));
    std::printf("%d requests sent (%d served), concurrency %d, latency %d ms, seed built in %.2f s\n", requests,
                served, concurrency, options.latencyMs, seedSeconds);
    std::printf("BENCH pull_large2000_seconds %.3f s\n", seconds);
    std::printf("BENCH pull_requests %d count\n", requests);
    std::printf("BENCH pull_floor_seconds %.3f s\n", floor);
    std::printf("BENCH pull_ratio %.3f x\n", floor > 0 ? seconds / floor : 0.0);
    std::printf("busiest bucket: %s, %d requests; %d answered 429\n", qPrintable(busiest), busiestCount, limited);
    if (limit > 0) {
        std::printf("BENCH pull_large2000_429_share %.3f %%\n", served ? 100.0 * limited / served : 0.0);
        std::printf("BENCH pull_large2000_vs_bucket_floor %.3f x\n", bucketFloor > 0 ? seconds / bucketFloor : 0.0);
    }
    std::printf("BENCH pull_mean_in_flight %.2f requests\n", samples ? double(inFlightSum) / double(samples) : 0.0);
    std::printf("BENCH pull_peak_rss_mb %.1f MB\n", peakRssMb());
    return 0;
}
