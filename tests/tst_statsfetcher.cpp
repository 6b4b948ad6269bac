// SPDX-License-Identifier: MIT
// StatsFetcher against the real fake server on 127.0.0.1: the requests it sends and the data it
// builds from the answers.
#include "fakesentryserver.h"
#include "sentryclient.h"
#include "statsfetcher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sc;

class TestStatsFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void projectGroupingHasEveryProjectAndTopSeries();
    void teamGroupingSendsOneFilteredQueryPerTeam();
    void selectedProjectGetsItsOwnSeries();
    void levelGrouping();
    void serverErrorIsReported();
    void cacheRoundTripsThroughTheSnapshot();

private:
    StatsData fetch(const StatsRequest& request);
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<SentryClient> m_client;
    OrgSnapshot m_snapshot;
};

void TestStatsFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    ClientConfig config;
    config.baseUrl = m_server->url();
    config.token = m_server->token();
    config.maxRetries = 0;
    m_client = std::make_unique<SentryClient>(config);
    bool done = false;
    m_client->getAll(QStringLiteral("/api/0/organizations/%1/projects/").arg(m_server->orgSlug()), {}, this,
                     [this, &done](Result<QJsonArray> list) {
                         done = true;
                         QVERIFY(list);
                         for (const QJsonValue& v : *list)
                             m_snapshot.projects.append(Project::fromJson(v.toObject()));
                         m_snapshot.reindex();
                     });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(m_snapshot.projectBySlug(QStringLiteral("payment-api")));
}

void TestStatsFetcher::init()
{
    m_server->clearRequestLog();
    m_server->options().failRate = 0;
}

StatsData TestStatsFetcher::fetch(const StatsRequest& request)
{
    StatsFetcher fetcher(m_client.get(), m_server->orgSlug());
    QSignalSpy finished(&fetcher, &StatsFetcher::finished);
    QSignalSpy failed(&fetcher, &StatsFetcher::failed);
    fetcher.fetch(request, statsProjects(m_snapshot));
    if (!finished.wait(15000) || finished.isEmpty()) {
        qWarning() << "fetch failed" << (failed.isEmpty() ? QString() : failed.first().first().value<Error>().message);
        return {};
    }
    return finished.first().first().value<StatsData>();
}

void TestStatsFetcher::projectGroupingHasEveryProjectAndTopSeries()
{
    const StatsData data = fetch(StatsRequest{});
    QCOMPARE(data.groupBy, QStringLiteral("project"));
    QCOMPARE(data.series.size(), m_snapshot.projects.size()); // 7 projects, fewer than 10: no Other
    QCOMPARE(data.source, QStringLiteral("events-timeseries"));
    QCOMPARE(data.intervalSecs, qint64(300));
    for (const StatsSeries& s : data.series) {
        QVERIFY2(s.hasPoints(), qPrintable(s.group));
        QVERIFY(s.total >= 0);
    }
    const QStringList log = m_server->requestLog();
    QCOMPARE(log.filter(QStringLiteral("/stats_v2/")).size(), 1);
    QCOMPARE(log.filter(QStringLiteral("/events-timeseries/")).size(), 1);
}

void TestStatsFetcher::teamGroupingSendsOneFilteredQueryPerTeam()
{
    StatsRequest request;
    request.groupBy = QStringLiteral("team");
    const StatsData data = fetch(request);
    QCOMPARE(data.groupBy, QStringLiteral("team"));
    QSet<QString> teams;
    for (const Project& p : std::as_const(m_snapshot.projects))
        for (const QString& t : p.teamSlugs())
            teams.insert(t);
    QCOMPARE(data.series.size(), teams.size());
    const QStringList queries = m_server->requestLog().filter(QStringLiteral("/events-timeseries/"));
    QCOMPARE(queries.size(), teams.size());
    for (const QString& q : queries)
        QVERIFY2(q.contains(QStringLiteral("project=")) && !q.contains(QStringLiteral("groupBy")), qPrintable(q));
    // payment-api counts in payments and platform-eng; the org total once.
    qint64 teamSum = 0;
    for (const StatsSeries& s : data.series)
        teamSum += s.total;
    QVERIFY(teamSum > data.orgTotal);
    QVERIFY(data.find(QStringLiteral("payments"))->projects.contains(QStringLiteral("payment-api")));
    QVERIFY(data.find(QStringLiteral("platform-eng"))->projects.contains(QStringLiteral("payment-api")));
}

void TestStatsFetcher::selectedProjectGetsItsOwnSeries()
{
    StatsRequest request;
    request.project = QStringLiteral("payment-api");
    const StatsData data = fetch(request);
    QCOMPARE(data.series.size(), 1);
    QCOMPARE(data.series.first().group, QStringLiteral("payment-api"));
    QVERIFY(data.series.first().hasPoints());
    const QStringList queries = m_server->requestLog().filter(QStringLiteral("/events-timeseries/"));
    QCOMPARE(queries.size(), 1);
    QVERIFY(queries.first().contains(QStringLiteral("project=") + m_snapshot.projectBySlug(QStringLiteral("payment-api"))->id));
}

void TestStatsFetcher::levelGrouping()
{
    StatsRequest request;
    request.groupBy = QStringLiteral("level");
    request.range = StatsRange::Last7Days;
    const StatsData data = fetch(request);
    QCOMPARE(data.groupBy, QStringLiteral("level"));
    QVERIFY(data.find(QStringLiteral("error")));
    QCOMPARE(data.intervalSecs, qint64(1800));
}

void TestStatsFetcher::serverErrorIsReported()
{
    m_server->options().failRate = 1.0;
    StatsFetcher fetcher(m_client.get(), m_server->orgSlug());
    QSignalSpy failed(&fetcher, &StatsFetcher::failed);
    fetcher.fetch(StatsRequest{}, statsProjects(m_snapshot));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Server);
}

void TestStatsFetcher::cacheRoundTripsThroughTheSnapshot()
{
    const StatsData data = fetch(StatsRequest{});
    const QString key = StatsRequest{}.cacheKey();
    const OrgSnapshot cached = StatsFetcher::withCachedStats(m_snapshot, key, data);
    const auto back = StatsFetcher::cachedStats(cached, key);
    QVERIFY(back);
    QCOMPARE(back->toJson(), data.toJson());
    QVERIFY(!StatsFetcher::cachedStats(cached, QStringLiteral("other")));
    // And through the snapshot file.
    const auto reread = OrgSnapshot::fromJson(cached.toJson());
    QVERIFY(reread);
    QVERIFY(StatsFetcher::cachedStats(*reread, key));
}

QTEST_GUILESS_MAIN(TestStatsFetcher)
#include "tst_statsfetcher.moc"
