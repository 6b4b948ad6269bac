// SPDX-License-Identifier: MIT
// The fake server's stats endpoints: deterministic, consistent across endpoints, honouring
// Sentry's parameters and limits, and parseable by the console's own parsers.
#include "fakestats.h"
#include "statsaggregate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sc;

namespace {

QList<FakeStatsProject> demoProjects()
{
    return {{QStringLiteral("4510001"), QStringLiteral("api-gateway"), QStringLiteral("python"), {QStringLiteral("platform-eng")}},
            {QStringLiteral("4510002"), QStringLiteral("auth-service"), QStringLiteral("go"), {QStringLiteral("platform-eng")}},
            {QStringLiteral("4510003"), QStringLiteral("user-service"), QStringLiteral("java"), {QStringLiteral("platform-eng")}},
            {QStringLiteral("4510004"), QStringLiteral("payment-api"), QStringLiteral("python"),
             {QStringLiteral("payments"), QStringLiteral("platform-eng")}},
            {QStringLiteral("4510005"), QStringLiteral("billing-worker"), QStringLiteral("python"), {QStringLiteral("payments")}},
            {QStringLiteral("4510006"), QStringLiteral("web-app"), QStringLiteral("javascript-react"), {QStringLiteral("frontend")}},
            {QStringLiteral("4510007"), QStringLiteral("mobile-app"), QStringLiteral("react-native"), {QStringLiteral("frontend")}}};
}

QList<FakeStatsProject> largeProjects(int n)
{
    QList<FakeStatsProject> projects;
    for (int i = 0; i < n; ++i)
        projects.append({QString::number(1000 + i), QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("python"),
                         {QStringLiteral("team-%1").arg(i % 40)}});
    return projects;
}

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 24), QTime(21, 47, 30), QTimeZone::utc());
}

QUrlQuery query(std::initializer_list<std::pair<const char*, QString>> items)
{
    QUrlQuery q;
    for (const auto& [k, v] : items)
        q.addQueryItem(QString::fromLatin1(k), v);
    return q;
}

FakeStatsReply ask(const QString& endpoint, const QUrlQuery& q, const QString& seed = QStringLiteral("demo"))
{
    return fakeStatsResponse(endpoint, q, demoProjects(), seed, now());
}

} // namespace

class TestFakeStats : public QObject
{
    Q_OBJECT

private slots:
    void sameInputsGiveSameNumbers();
    void seedsDiffer();
    void statsV2ByProjectGivesTotalsMatchingTheSeries();
    void timeseriesTopEventsHasAtMostNGroupsPlusOther();
    void timeseriesLevelSumsEqualUngroupedSeries();
    void eventsStatsTopKeysFollowAlphabeticalFieldOrder();
    void eventsStatsSingleShapeFiltersByProject();
    void demoIncidentOnPaymentApiExceedsP0();
    void rejectsUnsupportedCombinations_data();
    void rejectsUnsupportedCombinations();
    void eventsHonoursPerPage();
    void unknownEndpointIs404();
    void largeOrgThirtyDaysHourlyIsServed();
};

void TestFakeStats::sameInputsGiveSameNumbers()
{
    const QUrlQuery q = eventsTimeseriesQuery(statsWindow(StatsRange::Last24Hours, now()), QStringLiteral("project"), 5);
    QCOMPARE(ask(QStringLiteral("events-timeseries"), q).body, ask(QStringLiteral("events-timeseries"), q).body);
}

void TestFakeStats::seedsDiffer()
{
    const QUrlQuery q = statsV2TotalsQuery(statsWindow(StatsRange::Last7Days, now()));
    const auto a = fakeStatsResponse(QStringLiteral("stats_v2"), q, largeProjects(20), QStringLiteral("large:20"), now());
    const auto b = fakeStatsResponse(QStringLiteral("stats_v2"), q, largeProjects(20), QStringLiteral("other"), now());
    QCOMPARE(a.status, 200);
    QVERIFY(a.body != b.body);
}

void TestFakeStats::statsV2ByProjectGivesTotalsMatchingTheSeries()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, now());
    const auto usage = ask(QStringLiteral("stats_v2"), statsV2TotalsQuery(w));
    QCOMPARE(usage.status, 200);
    QCOMPARE(usage.body[QStringLiteral("intervals")].toArray().size(), 1); // totals, not a series
    const auto totals = parseStatsV2Totals(usage.body);
    QVERIFY(totals);
    QCOMPARE(totals->size(), 7);
    // stats_v2 buckets are whole hours; the same hours asked of events-stats per project agree.
    QUrlQuery hourly = eventsStatsQuery(w, {}, 0, {QStringLiteral("4510006")});
    hourly.removeAllQueryItems(QStringLiteral("interval"));
    hourly.addQueryItem(QStringLiteral("interval"), QStringLiteral("1h"));
    const auto series = parseEventsStats(ask(QStringLiteral("events-stats"), hourly).body);
    QVERIFY(series);
    QCOMPARE(series->first().sum(), totals->value(QStringLiteral("4510006")));
}

void TestFakeStats::timeseriesTopEventsHasAtMostNGroupsPlusOther()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, now());
    const auto reply = ask(QStringLiteral("events-timeseries"), eventsTimeseriesQuery(w, QStringLiteral("project"), 3));
    QCOMPARE(reply.status, 200);
    const auto series = parseEventsTimeseries(reply.body, QStringLiteral("project"));
    QVERIFY(series);
    QCOMPARE(series->size(), 4);
    QVERIFY(series->last().isOther);
    QCOMPARE(series->first().group, QStringLiteral("web-app"));
    for (const RawSeries& s : *series)
        QCOMPARE(alignToWindow(s, w).size(), w.bucketCount());
    // The grid is the console's grid: every point lands in its own bucket.
    QCOMPARE(series->first().points.size(), qsizetype(w.bucketCount()));
    QCOMPARE(series->first().points.first().first, w.startEpoch());
}

void TestFakeStats::timeseriesLevelSumsEqualUngroupedSeries()
{
    const StatsWindow w = statsWindow(StatsRange::Last7Days, now());
    const auto levels = parseEventsTimeseries(
        ask(QStringLiteral("events-timeseries"), eventsTimeseriesQuery(w, QStringLiteral("level"), 10)).body, QStringLiteral("level"));
    const auto total = parseEventsTimeseries(ask(QStringLiteral("events-timeseries"), eventsTimeseriesQuery(w, {}, 0)).body);
    QVERIFY(levels && total);
    QCOMPARE(total->size(), 1);
    qint64 sum = 0;
    QStringList names;
    for (const RawSeries& s : *levels) {
        sum += s.sum();
        names.append(s.group);
    }
    QVERIFY(names.contains(QStringLiteral("error")));
    QVERIFY(names.contains(QStringLiteral("warning")));
    QCOMPARE(sum, total->first().sum());
}

void TestFakeStats::eventsStatsTopKeysFollowAlphabeticalFieldOrder()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, now());
    QUrlQuery q = eventsStatsQuery(w, QStringLiteral("project"), 5);
    q.addQueryItem(QStringLiteral("field"), QStringLiteral("level"));
    const auto reply = ask(QStringLiteral("events-stats"), q);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.body.toObject();
    QVERIFY2(body.contains(QStringLiteral("error,web-app")), qPrintable(body.keys().join(QLatin1Char(' '))));
    QVERIFY(body.contains(QStringLiteral("Other")));
    QCOMPARE(body.size(), 6);
    const auto series = parseEventsStats(body, {QStringLiteral("project"), QStringLiteral("level")}, QStringLiteral("project"));
    QVERIFY(series);
    const QSet<QString> slugs{QStringLiteral("api-gateway"), QStringLiteral("auth-service"), QStringLiteral("user-service"),
                              QStringLiteral("payment-api"), QStringLiteral("billing-worker"), QStringLiteral("web-app"),
                              QStringLiteral("mobile-app"), QStringLiteral("Other")};
    for (const RawSeries& s : *series)
        QVERIFY2(slugs.contains(s.group), qPrintable(s.group));
}

void TestFakeStats::eventsStatsSingleShapeFiltersByProject()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, now());
    const auto all = parseEventsStats(ask(QStringLiteral("events-stats"), eventsStatsQuery(w, {}, 0)).body);
    const auto one = parseEventsStats(ask(QStringLiteral("events-stats"), eventsStatsQuery(w, {}, 0, {QStringLiteral("4510004")})).body);
    const auto two = parseEventsStats(
        ask(QStringLiteral("events-stats"), eventsStatsQuery(w, {}, 0, {QStringLiteral("4510004"), QStringLiteral("4510005")})).body);
    QVERIFY(all && one && two);
    QVERIFY(one->first().sum() > 0);
    QVERIFY(one->first().sum() < two->first().sum());
    QVERIFY(two->first().sum() < all->first().sum());
}

void TestFakeStats::demoIncidentOnPaymentApiExceedsP0()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, now());
    const auto series = parseEventsStats(
        ask(QStringLiteral("events-stats"), eventsStatsQuery(w, {}, 0, {QStringLiteral("4510004")})).body);
    QVERIFY(series);
    const QList<qint64> values = alignToWindow(series->first(), w);
    const QList<int> firing = bucketsAbove(values, thresholdForInterval(50, w.intervalSecs));
    QCOMPARE(firing.size(), 8); // 40 minutes in 5-minute buckets
    // Nothing else in the demo org comes near P0.
    const auto web = parseEventsStats(
        ask(QStringLiteral("events-stats"), eventsStatsQuery(w, {}, 0, {QStringLiteral("4510006")})).body);
    QVERIFY(bucketsAbove(alignToWindow(web->first(), w), thresholdForInterval(50, w.intervalSecs)).isEmpty());
}

void TestFakeStats::rejectsUnsupportedCombinations_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("stats_v2 below an hour") << "stats_v2"
        << query({{"field", "sum(quantity)"}, {"groupBy", "project"}, {"interval", "5m"}, {"statsPeriod", "24h"}})
        << "multiple of the minimum interval";
    QTest::newRow("stats_v2 not dividing a day") << "stats_v2"
        << query({{"field", "sum(quantity)"}, {"groupBy", "project"}, {"interval", "5h"}, {"statsPeriod", "24h"}})
        << "divide one day";
    QTest::newRow("stats_v2 above a day") << "stats_v2"
        << query({{"field", "sum(quantity)"}, {"groupBy", "project"}, {"interval", "2d"}, {"statsPeriod", "30d"}})
        << "less than one day";
    QTest::newRow("stats_v2 too many buckets") << "stats_v2"
        << query({{"field", "sum(quantity)"}, {"groupBy", "project"}, {"interval", "1h"}, {"statsPeriod", "90d"}})
        << "too many results";
    QTest::newRow("stats_v2 without groupBy") << "stats_v2" << query({{"field", "sum(quantity)"}}) << "groupBy";
    QTest::newRow("stats_v2 bad field") << "stats_v2" << query({{"field", "count()"}, {"groupBy", "project"}}) << "field";
    QTest::newRow("timeseries topEvents 11") << "events-timeseries"
        << query({{"dataset", "errors"}, {"groupBy", "project"}, {"sort", "-count()"}, {"topEvents", "11"}})
        << "up to 10 top events";
    QTest::newRow("timeseries topEvents without sort") << "events-timeseries"
        << query({{"dataset", "errors"}, {"groupBy", "project"}, {"topEvents", "5"}}) << "sort";
    QTest::newRow("timeseries without dataset") << "events-timeseries" << query({{"yAxis", "count()"}}) << "dataset";
    QTest::newRow("timeseries too many buckets") << "events-timeseries"
        << query({{"dataset", "errors"}, {"interval", "1m"}, {"statsPeriod", "30d"}}) << "too many results";
    QTest::newRow("events-stats topEvents 20") << "events-stats"
        << query({{"field", "project"}, {"field", "count()"}, {"topEvents", "20"}}) << "up to 10 top events";
    QTest::newRow("events-stats top without field") << "events-stats" << query({{"topEvents", "5"}}) << "No columns";
    QTest::newRow("events-stats bad yAxis") << "events-stats" << query({{"yAxis", "p95()"}}) << "yAxis";
}

void TestFakeStats::rejectsUnsupportedCombinations()
{
    QFETCH(QString, endpoint);
    QFETCH(QUrlQuery, query);
    QFETCH(QString, detail);
    const auto reply = ask(endpoint, query);
    QCOMPARE(reply.status, 400);
    const QString text = reply.body[QStringLiteral("detail")].toString();
    QVERIFY2(text.contains(detail), qPrintable(text));
}

void TestFakeStats::eventsHonoursPerPage()
{
    const auto reply = ask(QStringLiteral("events"),
                           query({{"dataset", "errors"}, {"field", "project"}, {"field", "level"}, {"field", "count()"},
                                  {"sort", "-count()"}, {"statsPeriod", "24h"}, {"per_page", "3"}}));
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.body[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 3);
    QVERIFY(data.at(0)[QStringLiteral("count()")].toInteger() >= data.at(1)[QStringLiteral("count()")].toInteger());
    QCOMPARE(ask(QStringLiteral("events"), query({{"dataset", "errors"}, {"field", "project"}, {"per_page", "101"}})).status, 400);
}

void TestFakeStats::unknownEndpointIs404()
{
    QCOMPARE(ask(QStringLiteral("events-foo"), {}).status, 404);
}

void TestFakeStats::largeOrgThirtyDaysHourlyIsServed()
{
    const StatsWindow w = statsWindow(StatsRange::Last30Days, now());
    const auto reply = fakeStatsResponse(QStringLiteral("events-timeseries"), eventsTimeseriesQuery(w, QStringLiteral("project"), 10),
                                         largeProjects(2000), QStringLiteral("large:2000"), now());
    QCOMPARE(reply.status, 200);
    const auto series = parseEventsTimeseries(reply.body, QStringLiteral("project"));
    QVERIFY(series);
    QCOMPARE(series->size(), 11);
    QCOMPARE(series->first().points.size(), 720);
}

QTEST_GUILESS_MAIN(TestFakeStats)
#include "tst_fakestats.moc"
