// SPDX-License-Identifier: MIT
// `sentry-console export` run in-process (the command function itself, on this test's event loop)
// against the real fake Sentry on 127.0.0.1: the file, the JSON summary, exit codes, messages.
#include "commands.h"
#include "fakeseed.h"
#include "fakesentryserver.h"
#include "orgsnapshot.h"
#include "result.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace sc;

namespace {

// Captures what the command writes to stdout and stderr (file descriptors 1 and 2).
struct Captured {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Captured runExport(const QStringList& args, const QString& dir)
{
    const QString outPath = dir + QStringLiteral("/stdout.txt");
    const QString errPath = dir + QStringLiteral("/stderr.txt");
    fflush(stdout);
    fflush(stderr);
    const int savedOut = dup(1);
    const int savedErr = dup(2);
    const int outFd = ::open(QFile::encodeName(outPath).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int errFd = ::open(QFile::encodeName(errPath).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(outFd, 1);
    dup2(errFd, 2);
    Captured captured;
    captured.code = cli::cmdExport(QStringList{QStringLiteral("export")} + args);
    fflush(stdout);
    fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    ::close(outFd);
    ::close(errFd);
    ::close(savedOut);
    ::close(savedErr);
    QFile out(outPath);
    QFile err(errPath);
    if (out.open(QIODevice::ReadOnly))
        captured.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        captured.err = err.readAll();
    return captured;
}

QStringList connectionArgs(const FakeSentryServer& server)
{
    return {QStringLiteral("--url"), server.url().toString(), QStringLiteral("--auth-token"), server.token(),
            QStringLiteral("--org"), server.orgSlug()};
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("sc.*.debug=false\nsc.*.info=false"));
        qunsetenv("SENTRY_URL");
        qunsetenv("SENTRY_AUTH_TOKEN");
        qunsetenv("SENTRY_ORG");
    }

    void export_writesTheSnapshotFile();
    void export_printsAJsonSummary();
    void export_showsProgressOnStderr();
    void export_withoutOutputIsAUsageError();
    void export_badTokenFailsWithSentrysMessageAndKeepsTheOldFile();
    void export_refusesPlainHttpToARemoteHost();
    void export_helpExitsZero();
    void export_refreshesIncrementallyFromTheOutputFileAndFullOnDemand();
    void export_unreadableSinceSnapshotIsAUsageError();
};

void TestCliExport::export_refreshesIncrementallyFromTheOutputFileAndFullOnDemand()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("snapshot.json"));
    const QStringList json{QStringLiteral("-o"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-q")};
    const auto refresh = [&](const QStringList& extra) {
        const Captured run = runExport(connectionArgs(server) + json + extra, dir.path());
        return QJsonDocument::fromJson(run.out).object().value(QLatin1String("refresh")).toObject();
    };
    QCOMPARE(refresh({}).value(QLatin1String("kind")).toString(), QStringLiteral("full")); // no file yet
    QVERIFY(server.mutateObject(QStringLiteral("ownership"), QStringLiteral("api-gateway"),
                                QJsonObject{{QStringLiteral("fallthrough"), false}}));
    const QJsonObject incremental = refresh({});
    QCOMPARE(incremental.value(QLatin1String("kind")).toString(), QStringLiteral("incremental"));
    QCOMPARE(incremental.value(QLatin1String("changes")).toInt(), 1);
    const QJsonObject forced = refresh({QStringLiteral("--full")});
    QCOMPARE(forced.value(QLatin1String("kind")).toString(), QStringLiteral("full"));
    QCOMPARE(forced.value(QLatin1String("reason")).toString(), QStringLiteral("requested"));
    // --since-snapshot names the base explicitly (here: a copy, while the output goes elsewhere).
    const QString copy = dir.filePath(QStringLiteral("base.json"));
    QVERIFY(QFile::copy(file, copy));
    QVERIFY(QFile::remove(file));
    QCOMPARE(refresh({QStringLiteral("--since-snapshot"), copy}).value(QLatin1String("kind")).toString(),
             QStringLiteral("incremental"));
}

void TestCliExport::export_unreadableSinceSnapshotIsAUsageError()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    const Captured run = runExport(connectionArgs(server) + QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("s.json")),
                                                                        QStringLiteral("--since-snapshot"), broken},
                                   dir.path());
    QCOMPARE(run.code, int(ExitUsage));
    QVERIFY2(run.err.contains("broken.json"), run.err.constData());
}

void TestCliExport::export_writesTheSnapshotFile()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("snapshot.json"));
    const Captured run = runExport(connectionArgs(server) + QStringList{QStringLiteral("-o"), file}, dir.path());
    QVERIFY2(run.code == ExitOk, run.err.constData());
    const qsizetype demoProjects = buildFakeSeed(QStringLiteral("demo"))->projects.size();
    QVERIFY2(run.out.contains(QByteArray::number(demoProjects) + " project(s)"), run.out.constData());
    const Result<OrgSnapshot> snapshot = OrgSnapshot::load(file);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->projects.size(), demoProjects);
    QCOMPARE(snapshot->orgSlug, server.orgSlug());
    // The top level the issue names.
    const QJsonObject json = QJsonDocument::fromJson([&] {
                                 QFile f(file);
                                 f.open(QIODevice::ReadOnly);
                                 return f.readAll();
                             }()).object();
    for (const char* key : {"organization", "teams", "projects", "members", "integrations", "detectors", "workflows"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(json.value(QLatin1String("projects")).toArray().at(0).toObject().contains(QLatin1String("ownership")));
    QVERIFY(!QFile::exists(file + QStringLiteral(".tmp")));
}

void TestCliExport::export_printsAJsonSummary()
{
    FakeServerOptions options;
    options.legacyAlerts = true;
    options.brownout = true;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("snapshot.json"));
    const Captured run = runExport(connectionArgs(server) + QStringList{QStringLiteral("--output"), file,
                                                                        QStringLiteral("--format"), QStringLiteral("json"),
                                                                        QStringLiteral("--quiet")},
                                   dir.path());
    QVERIFY2(run.code == ExitOk, run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(summary.value(QLatin1String("projects")).toInt(), buildFakeSeed(QStringLiteral("demo"))->projects.size());
    QCOMPARE(summary.value(QLatin1String("alertsApi")).toString(), QStringLiteral("legacy"));
    QVERIFY(summary.value(QLatin1String("legacyAlertsNote")).toString().contains(QLatin1String("/workflows/")));
    QVERIFY(summary.value(QLatin1String("requests")).toInt() > 10);
    QVERIFY(!run.err.contains("Pulling")); // --quiet
}

void TestCliExport::export_showsProgressOnStderr()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const Captured run = runExport(connectionArgs(server) + QStringList{QStringLiteral("-o"),
                                                                        dir.filePath(QStringLiteral("s.json"))},
                                   dir.path());
    QCOMPARE(run.code, int(ExitOk));
    // Not a terminal here: whole lines, no carriage returns, and the last one is complete.
    QVERIFY2(run.err.contains("Pulling acme-corp: "), run.err.constData());
    QVERIFY(!run.err.contains('\r'));
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    const QByteArray last = lines.last();
    const QList<QByteArray> counts = last.mid(last.indexOf(": ") + 2).split(' ').value(0).split('/');
    QCOMPARE(counts.value(0), counts.value(1));
    QVERIFY(!run.out.contains("Pulling"));
}

void TestCliExport::export_withoutOutputIsAUsageError()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const Captured run = runExport(connectionArgs(server), dir.path());
    QCOMPARE(run.code, int(ExitUsage));
    QVERIFY2(run.err.contains("-o snapshot.json"), run.err.constData());
    QCOMPARE(server.requestCount(), 0);

    const Captured badFormat = runExport(connectionArgs(server) + QStringList{QStringLiteral("-o"), dir.filePath("x.json"),
                                                                              QStringLiteral("--format"), QStringLiteral("yaml")},
                                         dir.path());
    QCOMPARE(badFormat.code, int(ExitUsage));
}

void TestCliExport::export_badTokenFailsWithSentrysMessageAndKeepsTheOldFile()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("snapshot.json"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous snapshot");
    }
    const QString badToken = QStringLiteral("sntryu_wrong_token_value");
    const Captured run = runExport({QStringLiteral("--url"), server.url().toString(), QStringLiteral("--auth-token"),
                                    badToken, QStringLiteral("--org"), server.orgSlug(), QStringLiteral("-o"), file,
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   dir.path());
    QCOMPARE(run.code, int(ExitFailed));
    QVERIFY2(run.err.contains("Invalid token"), run.err.constData());
    QVERIFY(!run.err.contains(badToken.toUtf8()));
    QVERIFY(!run.out.contains(badToken.toUtf8()));
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(summary.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("unauthorized"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous snapshot"));
}

void TestCliExport::export_refusesPlainHttpToARemoteHost()
{
    QTemporaryDir dir;
    const Captured run = runExport({QStringLiteral("--url"), QStringLiteral("http://sentry.example.invalid/"),
                                    QStringLiteral("--auth-token"), QStringLiteral("sntryu_abcdef123456"),
                                    QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("s.json"))},
                                   dir.path());
    QCOMPARE(run.code, int(ExitUsage));
    QVERIFY2(run.err.contains("https"), run.err.constData());
    QVERIFY(!run.err.contains("sntryu_abcdef123456"));
}

void TestCliExport::export_helpExitsZero()
{
    QTemporaryDir dir;
    const Captured run = runExport({QStringLiteral("--help")}, dir.path());
    QCOMPARE(run.code, int(ExitOk));
    QVERIFY(run.out.contains("--output"));
    QVERIFY(run.out.contains("--format"));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
