// SPDX-License-Identifier: MIT
// Stats parsing and aggregation against the contract's fixture responses: sums per project, team
// and level equal the raw data; gaps and zero buckets; UTC buckets across DST; threshold scaling.
#include "jsonio.h"
#include "orgsnapshot.h"
#include "statsaggregate.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace sc;

namespace {

QJsonValue fixture(const QString& name)
{
    auto doc = readJsonFile(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/") + name);
    if (!doc)
        qFatal("fixture %s unreadable", qPrintable(name));
    return doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
}

QJsonValue testData(const QString& name)
{
    auto doc = readJsonFile(QStringLiteral(SC_TEST_DATA_DIR "/stats/") + name);
    if (!doc)
        qFatal("test data %s unreadable", qPrintable(name));
    return doc->object();
}

QList<StatsProject> fixtureProjects()
{
    QList<StatsProject> projects;
    for (const QJsonValue& v : fixture(QStringLiteral("organization-projects.json")).toArray()) {
        const Project p = Project::fromJson(v.toObject());
        projects.append({p.id, p.slug, p.teamSlugs()});
    }
    return projects;
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

// A window over the fixtures' six hourly buckets from 2025-11-24T00:00Z.
StatsWindow fixtureWindow()
{
    StatsWindow w;
    w.start = utc(1763942400);
    w.end = utc(1763942400 + 6 * 3600);
    w.intervalSecs = 3600;
    return w;
}

} // namespace

class TestStatsAggregate : public QObject
{
    Q_OBJECT

private slots:
    void intervalFollowsRangeLikeSentry_data();
    void intervalFollowsRangeLikeSentry();
    void windowBucketsAreAlignedInUtc();
    void customWindowAcrossDstHasEqualUtcBuckets();
    void usageQueryKeepsStatsV2IntervalRules_data();
    void usageQueryKeepsStatsV2IntervalRules();
    void statsV2TotalsEqualRawTotalsPerProject();
    void statsV2TotalsIgnoreOtherOutcomes();
    void eventsStatsSingleSeriesSumsEqualRaw();
    void eventsStatsTopKeysAreAlphabeticalFieldValues();
    void topEventsKeyValuePicksTheGroupField_data();
    void topEventsKeyValuePicksTheGroupField();
    void timeseriesGapsAndZeroBucketsBecomeZeros();
    void projectStatsListEveryProjectWithTotals();
    void teamRollUpCountsSharedProjectInEachTeamButOnceInOrgTotal();
    void teamStatsFromPerTeamQueriesKeepTheirSeries();
    void levelStatsSumEqualRaw();
    void topNFoldsTheRestIntoOther();
    void filterKeepsSelectedGroups();
    void p0ThresholdScalesToInterval_data();
    void p0ThresholdScalesToInterval();
    void p0ThresholdUsesTheProjectsDetectorOverride();
    void bucketsAboveFindsTheIncident();
    void p0FiresOnlyWhereTheWindowCertainlyCrosses_data();
    void p0FiresOnlyWhereTheWindowCertainlyCrosses();
    void contractJsonHasPointsOnlyWhereSeriesExist();
    void csvHasHeaderAndOneRowPerBucket();
    void cacheJsonRoundTrips();
    void malformedAnswersAreBadData();
};

void TestStatsAggregate::intervalFollowsRangeLikeSentry_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<int>("buckets");
    QTest::newRow("1h: per minute") << "1h" << qint64(60) << 60;
    QTest::newRow("24h: 5 minutes") << "24h" << qint64(300) << 288;
    QTest::newRow("7d: 30 minutes") << "7d" << qint64(1800) << 336;
    QTest::newRow("14d: 30 minutes") << "14d" << qint64(1800) << 672;
    QTest::newRow("30d: hourly") << "30d" << qint64(3600) << 720;
}

void TestStatsAggregate::intervalFollowsRangeLikeSentry()
{
    QFETCH(QString, range);
    QFETCH(qint64, interval);
    QFETCH(int, buckets);
    const auto r = statsRangeFromName(range);
    QVERIFY(r);
    const StatsWindow w = statsWindow(*r, utc(1763942400 + 1234));
    QCOMPARE(w.intervalSecs, interval);
    QCOMPARE(w.bucketCount(), buckets);
    QCOMPARE(w.statsPeriod, range);
    const QUrlQuery q = eventsTimeseriesQuery(w, QStringLiteral("project"), 10);
    QCOMPARE(parseInterval(q.queryItemValue(QStringLiteral("interval"))), interval);
    QCOMPARE(q.queryItemValue(QStringLiteral("topEvents")), QStringLiteral("10"));
    QCOMPARE(q.queryItemValue(QStringLiteral("dataset")), QStringLiteral("errors"));
}

void TestStatsAggregate::windowBucketsAreAlignedInUtc()
{
    const StatsWindow w = statsWindow(StatsRange::Last24Hours, utc(1763942400 + 301));
    QCOMPARE(w.startEpoch() % 300, 0);
    QCOMPARE(w.endEpoch() % 300, 0);
    QVERIFY(w.endEpoch() >= 1763942400 + 301);
    QCOMPARE(w.bucketOf(1763942400 + 301), w.bucketCount() - 1);
    QCOMPARE(w.bucketOf(w.endEpoch()), -1);
    QCOMPARE(w.bucketOf(w.startEpoch() - 1), -1);
}

void TestStatsAggregate::customWindowAcrossDstHasEqualUtcBuckets()
{
    // Berlin leaves summer time on 2026-10-25 at 03:00 local: the local day has 25 hours, but the
    // chart's buckets are UTC, so two local days are 49 hourly-equivalent hours = 98 half hours.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QDateTime start(QDate(2026, 10, 24), QTime(0, 0), berlin);
    const QDateTime end(QDate(2026, 10, 26), QTime(0, 0), berlin);
    const StatsWindow w = statsWindow(StatsRange::Custom, {}, start, end);
    QCOMPARE(w.intervalSecs, qint64(1800));
    QCOMPARE(w.startEpoch(), start.toSecsSinceEpoch());
    QCOMPARE(w.bucketCount(), 98);
    const QUrlQuery q = eventsStatsQuery(w, {}, 0);
    QCOMPARE(q.queryItemValue(QStringLiteral("start")), QStringLiteral("2026-10-23T22:00:00Z"));
    QCOMPARE(q.queryItemValue(QStringLiteral("end")), QStringLiteral("2026-10-25T23:00:00Z"));

    RawSeries raw;
    for (qint64 t = w.startEpoch(); t < w.endEpoch(); t += 60)
        raw.points.append({t, 1});
    const QList<qint64> values = alignToWindow(raw, w);
    QCOMPARE(values.size(), 98);
    for (qint64 v : values)
        QCOMPARE(v, qint64(30)); // every bucket is 30 minutes, including the repeated local hour
}

void TestStatsAggregate::usageQueryKeepsStatsV2IntervalRules_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("interval");
    QTest::newRow("1h") << "1h" << "1h";
    QTest::newRow("24h") << "24h" << "1h";
    QTest::newRow("7d") << "7d" << "1d";
    QTest::newRow("30d") << "30d" << "1d";
}

void TestStatsAggregate::usageQueryKeepsStatsV2IntervalRules()
{
    QFETCH(QString, range);
    QFETCH(QString, interval);
    const StatsWindow w = statsWindow(*statsRangeFromName(range), utc(1763942400));
    const QUrlQuery q = statsV2TotalsQuery(w);
    QCOMPARE(q.queryItemValue(QStringLiteral("interval")), interval);
    const qint64 secs = parseInterval(interval);
    QVERIFY(secs >= 3600 && 86400 % secs == 0);
    QCOMPARE(q.queryItemValue(QStringLiteral("field")), QStringLiteral("sum(quantity)"));
    QCOMPARE(q.queryItemValue(QStringLiteral("groupBy")), QStringLiteral("project"));
    QCOMPARE(q.queryItemValue(QStringLiteral("category")), QStringLiteral("error"));
    QCOMPARE(q.queryItemValue(QStringLiteral("outcome")), QStringLiteral("accepted"));
}

void TestStatsAggregate::statsV2TotalsEqualRawTotalsPerProject()
{
    const QJsonValue json = fixture(QStringLiteral("stats_v2-by-project.json"));
    const auto totals = parseStatsV2Totals(json);
    QVERIFY2(totals, qPrintable(totals ? QString() : totals.error().message));
    qint64 raw = 0;
    for (const QJsonValue& g : json[QStringLiteral("groups")].toArray()) {
        const QString id = QString::number(g[QStringLiteral("by")][QStringLiteral("project")].toInteger());
        const qint64 n = g[QStringLiteral("totals")][QStringLiteral("sum(quantity)")].toInteger();
        QCOMPARE(totals->value(id), n);
        raw += n;
    }
    qint64 sum = 0;
    for (qint64 n : *totals)
        sum += n;
    QCOMPARE(sum, raw);
    QCOMPARE(totals->value(QStringLiteral("4510006")), qint64(10820));
}

void TestStatsAggregate::statsV2TotalsIgnoreOtherOutcomes()
{
    const QJsonObject json{{QStringLiteral("groups"), QJsonArray{
        QJsonObject{{QStringLiteral("by"), QJsonObject{{QStringLiteral("project"), 1}, {QStringLiteral("outcome"), QStringLiteral("accepted")}}},
                    {QStringLiteral("totals"), QJsonObject{{QStringLiteral("sum(quantity)"), 10}}}},
        QJsonObject{{QStringLiteral("by"), QJsonObject{{QStringLiteral("project"), 1}, {QStringLiteral("outcome"), QStringLiteral("filtered")}}},
                    {QStringLiteral("totals"), QJsonObject{{QStringLiteral("sum(quantity)"), 99}}}},
        QJsonObject{{QStringLiteral("by"), QJsonObject{{QStringLiteral("project"), 1}, {QStringLiteral("outcome"), QStringLiteral("accepted")}}},
                    {QStringLiteral("totals"), QJsonObject{{QStringLiteral("sum(quantity)"), 5}}}}}}};
    const auto totals = parseStatsV2Totals(json);
    QVERIFY(totals);
    QCOMPARE(totals->value(QStringLiteral("1")), qint64(15));
}

void TestStatsAggregate::eventsStatsSingleSeriesSumsEqualRaw()
{
    const QJsonValue json = fixture(QStringLiteral("events-stats.json"));
    const auto series = parseEventsStats(json);
    QVERIFY(series);
    QCOMPARE(series->size(), 1);
    qint64 raw = 0;
    for (const QJsonValue& row : json[QStringLiteral("data")].toArray())
        raw += row.toArray().at(1).toArray().at(0)[QStringLiteral("count")].toInteger();
    QCOMPARE(series->first().sum(), raw);
    const StatsData data = buildGroupStats(fixtureWindow(), *series, {});
    QCOMPARE(data.bucketCount, 6);
    QCOMPARE(data.series.first().sum(), raw);
    QCOMPARE(data.series.first().values.first(), qint64(115));
}

void TestStatsAggregate::eventsStatsTopKeysAreAlphabeticalFieldValues()
{
    const QJsonValue json = fixture(QStringLiteral("events-stats-top.json"));
    // Requested as project, level: the key joins level before project (alphabetical field names).
    const auto series = parseEventsStats(json, {QStringLiteral("project"), QStringLiteral("level"), QStringLiteral("count()")},
                                         QStringLiteral("project"));
    QVERIFY(series);
    QStringList groups;
    for (const RawSeries& s : *series)
        groups.append(s.group);
    QCOMPARE(groups, (QStringList{QStringLiteral("web-app"), QStringLiteral("api-gateway"), QStringLiteral("payment-api"),
                                  QStringLiteral("Other")}));
    QVERIFY(series->last().isOther);
    const QJsonObject raw = json.toObject();
    for (const RawSeries& s : *series) {
        const QString key = s.isOther ? QStringLiteral("Other") : QStringLiteral("error,") + s.group;
        qint64 sum = 0;
        for (const QJsonValue& row : raw.value(key)[QStringLiteral("data")].toArray())
            sum += row.toArray().at(1).toArray().at(0)[QStringLiteral("count")].toInteger();
        QCOMPARE(s.sum(), sum);
    }
}

void TestStatsAggregate::topEventsKeyValuePicksTheGroupField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("one field") << "web-app" << QStringList{"project", "count()"} << "project" << "web-app";
    QTest::newRow("project of level,project") << "error,web-app" << QStringList{"project", "level"} << "project" << "web-app";
    QTest::newRow("level of level,project") << "error,web-app" << QStringList{"project", "level"} << "level" << "error";
    QTest::newRow("message with commas last") << "False,a, b, c" << QStringList{"message", "device.charging"}
                                              << "message" << "a, b, c";
}

void TestStatsAggregate::topEventsKeyValuePicksTheGroupField()
{
    QFETCH(QString, key);
    QFETCH(QStringList, fields);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QCOMPARE(topEventsKeyValue(key, fields, field), value);
}

void TestStatsAggregate::timeseriesGapsAndZeroBucketsBecomeZeros()
{
    const QJsonValue json = testData(QStringLiteral("events-timeseries-project.json"));
    const auto series = parseEventsTimeseries(json, QStringLiteral("project"));
    QVERIFY(series);
    QCOMPARE(series->size(), 4);
    const StatsWindow w = fixtureWindow();
    QHash<QString, QList<qint64>> aligned;
    for (const RawSeries& s : *series)
        aligned.insert(s.group, alignToWindow(s, w));
    QCOMPARE(aligned.value(QStringLiteral("api-gateway")), (QList<qint64>{40, 0, 38, 52, 0, 41}));
    QCOMPARE(aligned.value(QStringLiteral("payment-api")), (QList<qint64>{9, 0, 0, 14, 210, 12}));
    QVERIFY(series->last().isOther);
    QCOMPARE(series->last().group, QStringLiteral("Other"));
    // Sums equal the raw values per group.
    const QJsonArray rawSeries = json[QStringLiteral("timeSeries")].toArray();
    for (int i = 0; i < rawSeries.size(); ++i) {
        qint64 raw = 0;
        for (const QJsonValue& v : rawSeries.at(i)[QStringLiteral("values")].toArray())
            raw += v[QStringLiteral("value")].toInteger();
        QCOMPARE(series->at(i).sum(), raw);
    }
}

void TestStatsAggregate::projectStatsListEveryProjectWithTotals()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    const auto totals = parseStatsV2Totals(fixture(QStringLiteral("stats_v2-by-project.json")));
    QVERIFY(top && totals);
    const QList<StatsProject> projects = fixtureProjects();
    const StatsData data = buildProjectStats(fixtureWindow(), *top, *totals, projects);
    QCOMPARE(data.series.size(), projects.size() + 1); // + Other
    QCOMPARE(data.series.first().group, QStringLiteral("web-app")); // largest total first
    QVERIFY(data.series.last().isOther);
    qint64 sum = 0;
    for (qint64 n : *totals)
        sum += n;
    QCOMPARE(data.orgTotal, sum);
    QVERIFY(data.find(QStringLiteral("payment-api"))->hasPoints());
    QVERIFY(!data.find(QStringLiteral("billing-worker"))->hasPoints());
    QCOMPARE(data.find(QStringLiteral("billing-worker"))->total, qint64(388));
    QCOMPARE(data.charted().size(), 4);
}

void TestStatsAggregate::teamRollUpCountsSharedProjectInEachTeamButOnceInOrgTotal()
{
    const auto totals = parseStatsV2Totals(fixture(QStringLiteral("stats_v2-by-project.json")));
    QVERIFY(totals);
    const QList<StatsProject> projects = fixtureProjects();
    // Give every project a series of one error per bucket so the roll-up of points can be checked.
    QList<RawSeries> perProject;
    for (const StatsProject& p : projects) {
        RawSeries raw;
        raw.group = p.slug;
        for (int i = 0; i < 6; ++i)
            raw.points.append({1763942400 + i * 3600, 1});
        perProject.append(raw);
    }
    const StatsData byProject = buildProjectStats(fixtureWindow(), perProject, *totals, projects);
    const StatsData teams = rollUpTeams(byProject, projects);
    // payment-api (1470) belongs to payments and platform-eng.
    QCOMPARE(teams.find(QStringLiteral("payments"))->total, qint64(1470 + 388));
    QCOMPARE(teams.find(QStringLiteral("platform-eng"))->total, qint64(6505 + 1210 + 2044 + 1470));
    QCOMPARE(teams.find(QStringLiteral("frontend"))->total, qint64(10820 + 2757));
    QCOMPARE(teams.orgTotal, byProject.orgTotal);
    qint64 teamSum = 0;
    for (const StatsSeries& s : teams.series)
        teamSum += s.total;
    QCOMPARE(teamSum, teams.orgTotal + 1470); // the shared project counts twice across teams
    QCOMPARE(teams.find(QStringLiteral("platform-eng"))->values, (QList<qint64>{4, 4, 4, 4, 4, 4}));
    QVERIFY(teams.find(QStringLiteral("payments"))->projects.contains(QStringLiteral("payment-api")));
}

void TestStatsAggregate::teamStatsFromPerTeamQueriesKeepTheirSeries()
{
    const auto totals = parseStatsV2Totals(fixture(QStringLiteral("stats_v2-by-project.json")));
    const auto single = parseEventsStats(fixture(QStringLiteral("events-stats.json")));
    QVERIFY(totals && single);
    QHash<QString, RawSeries> perTeam{{QStringLiteral("payments"), single->first()}};
    const StatsData teams = buildTeamStats(fixtureWindow(), perTeam, *totals, fixtureProjects());
    QCOMPARE(teams.series.size(), 3);
    QCOMPARE(teams.find(QStringLiteral("payments"))->sum(), single->first().sum());
    QVERIFY(!teams.find(QStringLiteral("frontend"))->hasPoints());
    QCOMPARE(teams.find(QStringLiteral("payments"))->total, qint64(1470 + 388));
    qint64 sum = 0;
    for (qint64 n : *totals)
        sum += n;
    QCOMPARE(teams.orgTotal, sum);
}

void TestStatsAggregate::levelStatsSumEqualRaw()
{
    QList<RawSeries> levels;
    RawSeries error{QStringLiteral("error"), false, 0, {{1763942400, 10}, {1763946000, 20}}};
    RawSeries warning{QStringLiteral("warning"), false, 1, {{1763942400, 3}, {1763946000 + 7200, 4}}};
    levels << error << warning;
    const StatsData data = buildGroupStats(fixtureWindow(), levels, QStringLiteral("level"));
    QCOMPARE(data.groupBy, QStringLiteral("level"));
    QCOMPARE(data.find(QStringLiteral("error"))->values, (QList<qint64>{10, 20, 0, 0, 0, 0}));
    QCOMPARE(data.find(QStringLiteral("warning"))->values, (QList<qint64>{3, 0, 0, 4, 0, 0}));
    QCOMPARE(data.orgTotal, qint64(37));
}

void TestStatsAggregate::topNFoldsTheRestIntoOther()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    QVERIFY(top);
    const StatsData data = buildGroupStats(fixtureWindow(), *top, QStringLiteral("project"));
    qint64 before = 0;
    for (const StatsSeries* s : data.charted())
        before += s->sum();
    const StatsData cut = topN(data, 1);
    QCOMPARE(cut.charted().size(), 2);
    QCOMPARE(cut.charted().first()->group, QStringLiteral("web-app"));
    QVERIFY(cut.charted().last()->isOther);
    qint64 after = 0;
    for (const StatsSeries* s : cut.charted())
        after += s->sum();
    QCOMPARE(after, before);
}

void TestStatsAggregate::filterKeepsSelectedGroups()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    const StatsData data = buildGroupStats(fixtureWindow(), *top, QStringLiteral("project"));
    const StatsData only = filterGroups(data, {QStringLiteral("payment-api")});
    QCOMPARE(only.series.size(), 1);
    QCOMPARE(only.series.first().group, QStringLiteral("payment-api"));
    QCOMPARE(filterGroups(data, {}).series.size(), data.series.size());
}

void TestStatsAggregate::p0ThresholdScalesToInterval_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<double>("expected");
    QTest::newRow("per minute") << 50.0 << qint64(60) << 50.0;
    QTest::newRow("5 minutes") << 50.0 << qint64(300) << 250.0;
    QTest::newRow("30 minutes") << 50.0 << qint64(1800) << 1500.0;
    QTest::newRow("hourly override 40") << 40.0 << qint64(3600) << 2400.0;
}

void TestStatsAggregate::p0ThresholdScalesToInterval()
{
    QFETCH(double, perMinute);
    QFETCH(qint64, interval);
    QFETCH(double, expected);
    QCOMPARE(thresholdForInterval(perMinute, interval), expected);
}

void TestStatsAggregate::p0ThresholdUsesTheProjectsDetectorOverride()
{
    OrgSnapshot snapshot;
    for (const QJsonValue& v : fixture(QStringLiteral("organization-projects.json")).toArray())
        snapshot.projects.append(Project::fromJson(v.toObject()));
    const Project* payment = nullptr;
    snapshot.reindex();
    payment = snapshot.projectBySlug(QStringLiteral("payment-api"));
    QVERIFY(payment);
    const QJsonObject detector{
        {QStringLiteral("id"), QStringLiteral("77")},
        {QStringLiteral("projectId"), payment->id},
        {QStringLiteral("name"), QStringLiteral("[P0] errors > 40/min (payment-api)")},
        {QStringLiteral("type"), QStringLiteral("metric_issue")},
        {QStringLiteral("dataSources"), QJsonArray{QJsonObject{{QStringLiteral("queryObj"), QJsonObject{{QStringLiteral("snubaQuery"), QJsonObject{
            {QStringLiteral("aggregate"), QStringLiteral("count()")}, {QStringLiteral("timeWindow"), 60}}}}}}}},
        {QStringLiteral("conditionGroup"), QJsonObject{{QStringLiteral("conditions"), QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("gt")}, {QStringLiteral("comparison"), 40}}}}}}};
    snapshot.detectors.append(Detector::fromJson(detector));
    snapshot.reindex();
    QCOMPARE(p0ThresholdPerMinute(snapshot, QStringLiteral("payment-api")), 40.0);
    QCOMPARE(p0ThresholdPerMinute(snapshot, QStringLiteral("web-app")), 50.0);
    QCOMPARE(p0ThresholdPerMinute(snapshot, QStringLiteral("no-such")), 50.0);
}

void TestStatsAggregate::bucketsAboveFindsTheIncident()
{
    const QList<qint64> values{9, 0, 0, 14, 210, 12};
    QCOMPARE(bucketsAbove(values, 50.0), QList<int>{4});
    QCOMPARE(bucketsAbove(values, 250.0), QList<int>{});
}

void TestStatsAggregate::p0FiresOnlyWhereTheWindowCertainlyCrosses_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<QString>("comparison");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("window");
    QTest::addColumn<QList<int>>("fires");

    const QList<qint64> perMinute{10, 50, 51, 200, 0};
    QTest::newRow("policy default: > 50 per minute, minute buckets")
        << perMinute << qint64(60) << "gt" << 50.0 << 60 << QList<int>{2, 3};
    QTest::newRow("gte fires at the threshold") << perMinute << qint64(60) << "gte" << 50.0 << 60 << QList<int>{1, 2, 3};
    // 5-minute buckets hold five one-minute windows: only above 5 × 50 is one of them surely above 50.
    QTest::newRow("5-minute buckets: 250 is not enough, 251 is")
        << QList<qint64>{249, 250, 251, 3000} << qint64(300) << "gt" << 50.0 << 60 << QList<int>{2, 3};
    // A 5-minute window (> 250 in 5 min) over minute buckets: sums of five consecutive buckets; a
    // single busy minute alone does not fire.
    QTest::newRow("window longer than the bucket: rolling sums")
        << QList<qint64>{0, 0, 0, 0, 200, 0, 0, 0, 0, 60, 60, 60, 60, 60} << qint64(60) << "gt" << 250.0 << 300
        << QList<int>{13};
    QTest::newRow("an incomplete first window does not fire")
        << QList<qint64>{1000, 0} << qint64(60) << "gt" << 250.0 << 300 << QList<int>{};
    QTest::newRow("quiet project never fires") << QList<qint64>{1, 2, 3} << qint64(3600) << "gt" << 50.0 << 60 << QList<int>{};
}

void TestStatsAggregate::p0FiresOnlyWhereTheWindowCertainlyCrosses()
{
    QFETCH(QList<qint64>, values);
    QFETCH(qint64, interval);
    QFETCH(QString, comparison);
    QFETCH(double, threshold);
    QFETCH(int, window);
    QFETCH(QList<int>, fires);
    QCOMPARE(bucketsWhereAlertFires(values, interval, StatsAlertRule{comparison, threshold, window}), fires);
}

void TestStatsAggregate::contractJsonHasPointsOnlyWhereSeriesExist()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    const auto totals = parseStatsV2Totals(fixture(QStringLiteral("stats_v2-by-project.json")));
    const StatsData data = buildProjectStats(fixtureWindow(), *top, *totals, fixtureProjects());
    const QJsonObject json = data.toContractJson();
    QCOMPARE(json[QStringLiteral("interval")].toInteger(), qint64(3600));
    const QJsonArray series = json[QStringLiteral("series")].toArray();
    QCOMPARE(series.size(), 8);
    int withPoints = 0;
    for (const QJsonValue& s : series) {
        QVERIFY(s[QStringLiteral("group")].isString());
        QVERIFY(s[QStringLiteral("total")].isDouble());
        if (s.toObject().contains(QStringLiteral("points"))) {
            ++withPoints;
            const QJsonArray points = s[QStringLiteral("points")].toArray();
            QCOMPARE(points.size(), 6);
            QCOMPARE(points.first().toArray().at(0).toInteger(), qint64(1763942400));
        }
    }
    QCOMPARE(withPoints, 4);
}

void TestStatsAggregate::csvHasHeaderAndOneRowPerBucket()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    const StatsData data = buildGroupStats(fixtureWindow(), *top, QStringLiteral("project"));
    const QStringList lines = data.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.first(), QStringLiteral("time,web-app,payment-api,api-gateway,Other"));
    QCOMPARE(lines.at(5), QStringLiteral("2025-11-24T04:00:00Z,66,210,0,4"));
}

void TestStatsAggregate::cacheJsonRoundTrips()
{
    const auto top = parseEventsTimeseries(testData(QStringLiteral("events-timeseries-project.json")), QStringLiteral("project"));
    StatsData data = buildGroupStats(fixtureWindow(), *top, QStringLiteral("project"));
    data.fetchedAt = utc(1763942400);
    data.source = QStringLiteral("events-timeseries");
    const auto back = StatsData::fromJson(data.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), data.toJson());
    QVERIFY(!StatsData::fromJson(QJsonObject{}));
}

void TestStatsAggregate::malformedAnswersAreBadData()
{
    QCOMPARE(parseStatsV2Totals(QJsonObject{}).error().kind, ErrorKind::BadData);
    QCOMPARE(parseEventsTimeseries(QJsonObject{{QStringLiteral("x"), 1}}).error().kind, ErrorKind::BadData);
    const QJsonObject badPoint{{QStringLiteral("data"), QJsonArray{QJsonArray{QStringLiteral("t")}}}};
    QCOMPARE(parseEventsStats(badPoint).error().kind, ErrorKind::BadData);
}

QTEST_GUILESS_MAIN(TestStatsAggregate)
#include "tst_statsaggregate.moc"
