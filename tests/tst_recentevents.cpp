// SPDX-License-Identifier: MIT
// The ownership impact preview's event sample: bounded, windowed, one request at a time,
// cancellable (CONTRACT §0b.8), against the fake Sentry whose events endpoint allows one request
// at a time and 60 per 60 s.
#include "fakesentryserver.h"
#include "ownershipimpact.h"
#include "recenteventsfetcher.h"
#include "sentryclient.h"

#include <QStandardPaths>
#include <QTest>

using namespace sc;

namespace {
ClientConfig configFor(const FakeSentryServer& server)
{
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    return config;
}
} // namespace

class TestRecentEvents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sample_sendsStatsPeriodAndStopsAtThePageCap();
    void sample_readsEveryPageWhenThereAreFew();
    void sample_canBeCanceled();
    void sample_twoPreviewsInARowStayWithinTheConcurrencyLimit();
    void summary_saysHowManyEventsWereLookedAt();
};

void TestRecentEvents::sample_sendsStatsPeriodAndStopsAtThePageCap()
{
    FakeServerOptions options;
    options.pageSize = 5; // 40 events per project: 8 pages
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    RecentEventsFetcher fetcher(&client);
    std::optional<Result<EventSample>> result;
    fetcher.start(server.orgSlug(), QStringLiteral("payment-api"), [&result](Result<EventSample> r) { result = std::move(r); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(*result, qPrintable(result->error().message));
    QCOMPARE((*result)->pages, RecentEventsFetcher::DefaultMaxPages);
    QCOMPARE((*result)->events.size(), 5 * RecentEventsFetcher::DefaultMaxPages);
    QVERIFY((*result)->more);
    const QStringList log = server.requestLog().filter(QStringLiteral("/events/"));
    QCOMPARE(log.size(), RecentEventsFetcher::DefaultMaxPages);
    for (const QString& line : log)
        QVERIFY2(line.contains(QStringLiteral("statsPeriod=24h")) && line.contains(QStringLiteral("per_page=100")), qPrintable(line));
}

void TestRecentEvents::sample_readsEveryPageWhenThereAreFew()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    RecentEventsFetcher fetcher(&client);
    std::optional<Result<EventSample>> result;
    fetcher.start(server.orgSlug(), QStringLiteral("web-app"), [&result](Result<EventSample> r) { result = std::move(r); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(*result, qPrintable(result->error().message));
    QCOMPARE((*result)->events.size(), 40);
    QCOMPARE((*result)->pages, 1);
    QVERIFY(!(*result)->more);
}

void TestRecentEvents::sample_canBeCanceled()
{
    FakeServerOptions options;
    options.latencyMs = 300;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    RecentEventsFetcher fetcher(&client);
    std::optional<Result<EventSample>> result;
    fetcher.start(server.orgSlug(), QStringLiteral("payment-api"), [&result](Result<EventSample> r) { result = std::move(r); });
    QTRY_COMPARE(server.inFlight(), 1);
    fetcher.cancel();
    QVERIFY(result.has_value());
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ErrorKind::Canceled);
    QVERIFY(!fetcher.isRunning());
}

void TestRecentEvents::sample_twoPreviewsInARowStayWithinTheConcurrencyLimit()
{
    // A second preview while the first is in flight replaces it: the endpoint never sees two at once.
    FakeServerOptions options;
    options.latencyMs = 100;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    RecentEventsFetcher fetcher(&client);
    std::optional<Result<EventSample>> first, second;
    fetcher.start(server.orgSlug(), QStringLiteral("payment-api"), [&first](Result<EventSample> r) { first = std::move(r); });
    QTRY_COMPARE(server.inFlight(), 1);
    fetcher.start(server.orgSlug(), QStringLiteral("payment-api"), [&second](Result<EventSample> r) { second = std::move(r); });
    QTRY_VERIFY(second.has_value());
    QVERIFY(first.has_value());
    QCOMPARE(first->error().kind, ErrorKind::Canceled);
    QVERIFY2(*second, qPrintable(second->error().message)); // no 429 from the concurrency limit
    QCOMPARE((*second)->events.size(), 40);
}

void TestRecentEvents::summary_saysHowManyEventsWereLookedAt()
{
    const QString partial = impactSampleSummary(3, 300, 3, true, QStringLiteral("24h"));
    QVERIFY2(partial.contains(QStringLiteral("3 of 300 event")) && partial.contains(QStringLiteral("from the last 24h change owner")), qPrintable(partial));
    QVERIFY2(partial.contains(QStringLiteral("newest 3 page")), qPrintable(partial));
    const QString whole = impactSampleSummary(0, 40, 1, false, QStringLiteral("24h"));
    QVERIFY2(whole.contains(QStringLiteral("every event")), qPrintable(whole));
}

QTEST_GUILESS_MAIN(TestRecentEvents)
#include "tst_recentevents.moc"
