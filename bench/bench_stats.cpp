// SPDX-License-Identifier: MIT
// large:2000 over 30 days hourly: fetch through the fake server (on its own thread, like a remote
// server), aggregate, show the top-10 chart up to its first paint; a 5 ms heartbeat on the UI
// thread records the longest block of each phase (goal: one frame, 16 ms, while showing).
#include "chartsview.h"
#include "fakesentryserver.h"
#include "sentryclient.h"
#include "statsaggregate.h"
#include "statschartview.h"
#include "statsfetcher.h"

#include <QApplication>
#include <QEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

using namespace sc;

namespace {

void bench(const char* name, double value, const char* unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Bench-only helper: spins the event loop until `done` (the product code never does this).
void waitFor(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

// Calls `onPaint` when the watched widget gets a paint event.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(std::function<void()> onPaint) : m_onPaint(std::move(onPaint)) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPaint;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int projects = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;

    QThread serverThread;
    serverThread.start();
    FakeSentryServer* server = nullptr;
    quint16 port = 0;
    QObject context;
    context.moveToThread(&serverThread);
    QMetaObject::invokeMethod(&context, [&] {
        FakeServerOptions options;
        options.seed = QStringLiteral("large:%1").arg(projects);
        server = new FakeSentryServer(options);
        port = server->listen();
    }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "fake server did not start\n");
        return 1;
    }

    ClientConfig config;
    config.baseUrl = server->url();
    config.token = server->token();
    SentryClient client(config);
    const QString org = server->orgSlug();

    // Heartbeat: the longest gap between 5 ms ticks is the longest UI-thread block.
    QElapsedTimer beat;
    qint64 maxGap = 0;
    bool measuring = false;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (measuring)
            maxGap = std::max(maxGap, beat.elapsed());
        beat.restart();
    });

    // The project list (ids, slugs, teams), as the snapshot would have it; not part of the timing.
    OrgSnapshot snapshot;
    bool haveProjects = false;
    client.getAll(QStringLiteral("/api/0/organizations/%1/projects/").arg(org), {}, &app, [&](Result<QJsonArray> list) {
        if (list) {
            for (const QJsonValue& v : *list)
                snapshot.projects.append(Project::fromJson(v.toObject()));
        }
        snapshot.reindex();
        haveProjects = true;
    });
    waitFor([&] { return haveProjects; });
    std::printf("projects: %lld\n", qlonglong(snapshot.projects.size()));

    heartbeat.start();
    beat.start();
    measuring = true;

    // 1. Fetch: stats_v2 totals and the top-10 events-timeseries, concurrently.
    const StatsWindow window = statsWindow(StatsRange::Last30Days, QDateTime::currentDateTimeUtc());
    QElapsedTimer timer;
    timer.start();
    QJsonValue totalsJson;
    QJsonValue seriesJson;
    int pending = 2;
    client.get(QStringLiteral("/api/0/organizations/%1/stats_v2/").arg(org), statsV2TotalsQuery(window), &app,
               [&](Result<ApiResponse> r) {
                   if (r)
                       totalsJson = r->json.object();
                   --pending;
               });
    client.get(QStringLiteral("/api/0/organizations/%1/events-timeseries/").arg(org),
               eventsTimeseriesQuery(window, QStringLiteral("project"), 10), &app, [&](Result<ApiResponse> r) {
                   if (r)
                       seriesJson = r->json.object();
                   --pending;
               });
    waitFor([&] { return pending == 0; });
    const double fetchMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 fetchGap = std::exchange(maxGap, 0);
    if (!totalsJson.isObject() || !seriesJson.isObject()) {
        std::fprintf(stderr, "fetch failed\n");
        return 1;
    }

    // 2. Aggregate off the UI thread: parse, every project's total, top 10 + Other, team roll-up.
    timer.restart();
    const QList<StatsProject> statsProjectList = statsProjects(snapshot);
    QFuture<StatsData> future = QtConcurrent::run([=] {
        const auto totals = parseStatsV2Totals(totalsJson);
        const auto series = parseEventsTimeseries(seriesJson, QStringLiteral("project"));
        StatsData data = buildProjectStats(window, series.value_or(QList<RawSeries>{}), totals.value_or(QHash<QString, qint64>{}),
                                           statsProjectList);
        (void)rollUpTeams(data, statsProjectList);
        (void)topN(data, 10);
        return data;
    });
    waitFor([&] { return future.isFinished(); });
    const double aggregateMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 aggregateGap = std::exchange(maxGap, 0);
    const StatsData data = future.result();
    std::printf("series: %lld (charted %lld), buckets %d, org total %lld\n", qlonglong(data.series.size()),
                qlonglong(data.charted().size()), data.bucketCount, qlonglong(data.orgTotal));

    // 3. Showing it: the top-10 stacked chart from setStatsData to the end of its first paint, all
    // in the event loop (the stacking and decimation on a pool thread, the series handed over,
    // QtCharts' layout and paint on the UI thread), the heartbeat measuring every block.
    ChartsView view(nullptr);
    view.resize(1200, 700);
    view.show();
    waitFor([&] { return view.isVisible(); }, 2000);
    waitFor([] { return false; }, 300); // let the empty chart settle first
    bool updated = false;
    bool painted = false;
    QObject::connect(&view, &ChartsView::chartUpdated, [&] { updated = true; });
    PaintWatcher watcher([&] {
        // Runs when the viewport's paint event comes in; the zero timer fires once it is done.
        if (updated)
            QTimer::singleShot(0, [&] { painted = true; });
    });
    view.chartView()->viewport()->installEventFilter(&watcher);
    maxGap = 0;
    beat.restart();
    timer.restart();
    view.setStatsData(data);
    waitFor([&] { return painted; });
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 paintGap = std::exchange(maxGap, 0);
    view.chartView()->viewport()->removeEventFilter(&watcher);

    // 4. End to end through StatsFetcher (what the Charts tab does on open).
    StatsFetcher fetcher(&client, org);
    bool fetched = false;
    QObject::connect(&fetcher, &StatsFetcher::finished, [&](const StatsData&) { fetched = true; });
    QObject::connect(&fetcher, &StatsFetcher::failed, [&](const Error& e) {
        std::fprintf(stderr, "fetcher failed: %s\n", qPrintable(e.message));
        fetched = true;
    });
    StatsRequest request;
    request.range = StatsRange::Last30Days;
    timer.restart();
    fetcher.fetch(request, statsProjects(snapshot));
    waitFor([&] { return fetched; });
    const double endToEndMs = double(timer.nsecsElapsed()) / 1e6;
    measuring = false;
    const qint64 endToEndGap = maxGap;
    std::printf("longest UI block per phase (ms): fetch %lld, aggregate %lld, showing the chart %lld, fetcher end to end %lld\n",
                qlonglong(fetchGap), qlonglong(aggregateGap), qlonglong(paintGap), qlonglong(endToEndGap));

    bench("stats_fetch_ms", fetchMs, "ms");
    bench("stats_aggregate_ms", aggregateMs, "ms");
    bench("stats_first_paint_30d_top10_ms", paintMs, "ms");
    bench("stats_show_30d_top10_max_ui_block_ms", double(paintGap), "ms");
    bench("stats_fetcher_end_to_end_ms", endToEndMs, "ms");
    bench("stats_max_ui_block_ms", double(std::max({fetchGap, aggregateGap, paintGap, endToEndGap})), "ms");

    QMetaObject::invokeMethod(&context, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
