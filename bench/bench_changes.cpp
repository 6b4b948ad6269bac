// SPDX-License-Identifier: MIT
// Preview and push of a 500-operation change set against the fake server at 30 ms latency (the
// server runs in its own thread, as a real one would be elsewhere). Reports the time and the
// requests sent against the minimum of 3 per operation (refetch, write, read-back).
#include "changemerge.h"
#include "changesetreport.h"
#include "fakesentryserver.h"
#include "pushengine.h"
#include "requestshapes.h"
#include "sentryclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int operations = 500;

    QThread serverThread;
    serverThread.start();
    FakeServerOptions options;
    options.seed = u"large:%1"_s.arg(operations);
    options.latencyMs = 30;
    FakeSentryServer* server = nullptr;
    QMetaObject::invokeMethod(qApp, [&] { server = new FakeSentryServer(options); server->moveToThread(&serverThread); },
                              Qt::DirectConnection);
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "bench_changes: the fake server did not start\n");
        return 1;
    }
    QUrl url;
    QString token, org;
    QMetaObject::invokeMethod(server, [&] { url = server->url(); token = server->token(); org = server->orgSlug(); },
                              Qt::BlockingQueuedConnection);

    ClientConfig config;
    config.baseUrl = url;
    config.token = token;
    SentryClient client(config);

    // Plan: one ownership update per project, giving the catch-all to the project's own team.
    QJsonArray projects;
    {
        QEventLoop loop;
        client.getAll(u"/api/0/organizations/%1/projects/"_s.arg(org), {}, &app, [&](Result<QJsonArray> r) {
            if (r)
                projects = *r;
            loop.quit();
        });
        loop.exec();
    }
    ChangeSet set;
    set.server = url.toString();
    set.org = org;
    set.created = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& p : std::as_const(projects)) {
        if (set.operations.size() >= operations)
            break;
        const QString slug = p.toObject().value(u"slug"_s).toString();
        const QString team = p.toObject().value(u"teams"_s).toArray().first().toObject().value(u"slug"_s).toString();
        QJsonObject base;
        QMetaObject::invokeMethod(server, [&] { base = server->object(u"ownership"_s, slug); }, Qt::BlockingQueuedConnection);
        QJsonObject desired = base;
        desired[u"raw"_s] = u"path:src/** #%1\n* #%1"_s.arg(team);
        ChangeOperation op;
        op.id = u"op-%1"_s.arg(set.operations.size() + 1);
        op.kind = OperationKind::Update;
        op.target = {TargetType::Ownership, slug, {}};
        op.summary = u"ownership (%1): rules for #%2"_s.arg(slug, team);
        op.base = base;
        op.desired = desired;
        op.request = {u"PUT"_s, writePath(org, op.target), ownershipPutBody(base, desired)};
        set.operations.append(op);
    }

    QElapsedTimer diffTimer;
    diffTimer.start();
    const ChangeSet merged = mergeOperations(set);
    const QString text = changeSetDiffText(merged, false);
    const QJsonObject json = changeSetDiffJson(merged);
    const double diffMs = double(diffTimer.nsecsElapsed()) / 1e6;

    QTemporaryDir dir;
    PushOptions pushOptions;
    pushOptions.journalPath = dir.filePath(u"journal.jsonl"_s);
    pushOptions.maxParallel = config.maxConcurrency;
    PushEngine engine(&client, merged, pushOptions);
    QElapsedTimer pushTimer;
    {
        QEventLoop loop;
        QObject::connect(&engine, &PushEngine::finished, &loop, &QEventLoop::quit);
        pushTimer.start();
        engine.start();
        if (engine.isRunning())
            loop.exec();
    }
    const double pushSeconds = double(pushTimer.nsecsElapsed()) / 1e9;
    int verified = 0;
    for (const PushOutcome& o : engine.outcomes())
        verified += o.ok();

    std::printf("bench_changes: %d operations (%lld diff lines), %d verified, latency 30 ms, %d in parallel\n",
                int(merged.operations.size()), qlonglong(text.count(u'\n')), verified, pushOptions.maxParallel);
    std::printf("BENCH diff_500_ops_ms %.1f ms\n", diffMs);
    std::printf("BENCH push_500_ops_seconds %.2f s\n", pushSeconds);
    std::printf("BENCH push_500_requests %d requests\n", engine.requestsSent());
    std::printf("BENCH push_500_min_requests %d requests\n", int(merged.operations.size()) * 3);
    std::fflush(stdout);

    QMetaObject::invokeMethod(server, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return verified == int(merged.operations.size()) && !json.isEmpty() ? 0 : 1;
}
