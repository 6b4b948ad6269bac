// SPDX-License-Identifier: MIT
// bench_ui: pulls the large:2000 org from the in-process fake server once, then measures what a
// user feels: building the org tree (model + filter proxy + an expanded view) and one filter
// keystroke (median of a typed sequence, including the view's relayout).
#include "fakesentryserver.h"
#include "orgfilterproxymodel.h"
#include "orgpuller.h"
#include "orgtreemodel.h"
#include "sentryclient.h"
#include "snapshotcache.h"
#include "tieraudit.h"
#include "tierpolicy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace sc;

namespace {
// This thread's CPU time in ms: the machine is shared, so wall time alone says little.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString seed = QStringLiteral("large:2000");

    FakeServerOptions options;
    options.seed = seed;
    FakeSentryServer server(options);
    if (server.listen(0) == 0) {
        out << "cannot start the fake server\n";
        return 1;
    }
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    SentryClient client(config);
    OrgPuller puller(&client, server.orgSlug());
    OrgSnapshot snapshot;
    QElapsedTimer pullTimer;
    int exitCode = -1;
    QObject::connect(&puller, &OrgPuller::succeeded, &app, [&](const OrgSnapshot& s) {
        snapshot = s;
        exitCode = 0;
        app.quit();
    });
    QObject::connect(&puller, &OrgPuller::failed, &app, [&](const Error& e) {
        out << "pull failed: " << e.message << '\n';
        exitCode = 1;
        app.quit();
    });
    pullTimer.start();
    puller.start();
    app.exec();
    if (exitCode != 0)
        return 1;
    out << "pulled " << snapshot.projects.size() << " projects in " << pullTimer.elapsed() << " ms\n";
    const AuditReport audit = auditTiers(snapshot, TierPolicy::defaultPolicy());

    // Tree build: model reset + coverage + proxy + view expanded to teams, best of 5.
    QList<double> builds;
    OrgTreeModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.resize(600, 800);
    view.show();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        model.setSnapshot(snapshot);
        model.setAudit(audit);
        view.expandToDepth(0);
        QCoreApplication::processEvents();
        builds << double(t.nsecsElapsed()) / 1e6;
    }
    out << "tree rows: " << model.projectRowCount() << " project rows\n";

    // Typing "payment" then "team:team-1 missing:P0", one keystroke at a time.
    QList<double> keystrokes;
    for (const QString& query : {QStringLiteral("payment"), QStringLiteral("team:team-1 missing:P0")}) {
        for (int n = 1; n <= query.size(); ++n) {
            QElapsedTimer t;
            t.start();
            proxy.setQuery(query.left(n));
            view.expandAll();
            QCoreApplication::processEvents();
            keystrokes << double(t.nsecsElapsed()) / 1e6;
        }
        proxy.setQuery({});
    }
    // First paint from the offline cache: read the file, build the tree, paint it (best of 3).
    QTemporaryDir cacheDir;
    const SnapshotCache cache(cacheDir.path());
    if (!cache.save(QStringLiteral("bench"), snapshot)) {
        out << "cannot write the cache\n";
        return 1;
    }
    // Best of 3 by wall time; its CPU time (this thread only, so a parallel parse shows as less
    // than the wall time) and the load's share of it.
    double bestCpu = -1;
    double bestLoadMs = -1;
    auto firstPaint = [&](const std::function<Result<OrgSnapshot>()>& load) {
        double best = -1;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            const Result<OrgSnapshot> loaded = load();
            if (!loaded)
                return -1.0;
            const double loadMs = double(t.nsecsElapsed()) / 1e6;
            OrgTreeModel cachedModel;
            OrgFilterProxyModel cachedProxy;
            cachedProxy.setSourceModel(&cachedModel);
            QTreeView cachedView;
            cachedView.setUniformRowHeights(true);
            cachedView.setModel(&cachedProxy);
            cachedView.resize(600, 800);
            cachedModel.setSnapshot(*loaded);
            cachedView.expandToDepth(0);
            cachedView.show();
            cachedView.repaint();
            QCoreApplication::processEvents();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (best < 0 || ms < best) {
                best = ms;
                bestCpu = threadCpuMs() - cpu0;
                bestLoadMs = loadMs;
            }
        }
        return best;
    };
    const double cachePaint = firstPaint([&] { return cache.load(QStringLiteral("bench")); });
    out << QStringLiteral("BENCH cache_file_large2000 %1 MB\n")
               .arg(double(QFileInfo(cache.pathFor(QStringLiteral("bench"))).size()) / 1e6, 0, 'f', 1);
    out << QStringLiteral("of which loading the snapshot %1 ms\n").arg(bestLoadMs, 0, 'f', 1);
    out << QStringLiteral("BENCH cache_first_paint_large2000 %1 ms\n").arg(cachePaint, 0, 'f', 1);
    out << QStringLiteral("BENCH cache_first_paint_large2000_ui_thread_cpu %1 ms\n").arg(bestCpu, 0, 'f', 1);
    out << QStringLiteral("BENCH tree_build_large2000_ms %1 ms\n").arg(*std::min_element(builds.begin(), builds.end()), 0, 'f', 2);
    out << QStringLiteral("BENCH filter_keystroke_large2000_ms %1 ms\n").arg(median(keystrokes), 0, 'f', 2);
    out << QStringLiteral("BENCH filter_keystroke_large2000_max_ms %1 ms\n").arg(*std::max_element(keystrokes.begin(), keystrokes.end()), 0, 'f', 2);
    return 0;
}
