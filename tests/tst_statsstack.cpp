// SPDX-License-Identifier: MIT
// The chart's arithmetic without a chart: stacking (hidden series close their gap), min/max
// decimation to the plot's pixel columns (a one-bucket spike survives), and which teams share
// projects (the by-team series count those in each team).
#include "statsstack.h"

#include <QTest>

using namespace sc;

namespace {

StatsSeries series(const QString& group, const QList<qint64>& values, const QStringList& projects = {})
{
    StatsSeries s;
    s.group = group;
    s.values = values;
    s.total = s.sum();
    s.projects = projects;
    return s;
}

StatsData threeBuckets(const QList<StatsSeries>& list)
{
    StatsData data;
    data.startEpoch = 1000;
    data.intervalSecs = 60;
    data.bucketCount = 3;
    data.series = list;
    return data;
}

QList<double> ys(const QList<QPointF>& points)
{
    QList<double> result;
    for (const QPointF& p : points)
        result.append(p.y());
    return result;
}

} // namespace

class TestStatsStack : public QObject
{
    Q_OBJECT

private slots:
    void stacksInRankOrder_data();
    void stacksInRankOrder();
    void pointsSitAtBucketStartsInMilliseconds();
    void decimationKeepsASpike_data();
    void decimationKeepsASpike();
    void decimationKeepsOrderAndEnds();
    void decimationLeavesFewPointsAlone();
    void sharedProjectsAreCountedPerTeam();
};

void TestStatsStack::stacksInRankOrder_data()
{
    QTest::addColumn<bool>("stacked");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QList<double>>("topOfA");
    QTest::addColumn<QList<double>>("lowerOfB");
    QTest::addColumn<QList<double>>("topOfB");
    QTest::addColumn<double>("maxValue");

    QTest::newRow("stacked") << true << QStringList{} << QList<double>{5, 1, 0} << QList<double>{5, 1, 0}
                             << QList<double>{7, 4, 4} << 7.0;
    QTest::newRow("stacked, bottom hidden: the band above drops to 0")
        << true << QStringList{QStringLiteral("a")} << QList<double>{0, 0, 0} << QList<double>{0, 0, 0}
        << QList<double>{2, 3, 4} << 4.0;
    QTest::newRow("stacked, top hidden: it adds no height")
        << true << QStringList{QStringLiteral("b")} << QList<double>{5, 1, 0} << QList<double>{5, 1, 0}
        << QList<double>{5, 1, 0} << 5.0;
    QTest::newRow("lines") << false << QStringList{} << QList<double>{5, 1, 0} << QList<double>{}
                           << QList<double>{2, 3, 4} << 5.0;
    QTest::newRow("lines, hidden one does not set the axis")
        << false << QStringList{QStringLiteral("a")} << QList<double>{5, 1, 0} << QList<double>{}
        << QList<double>{2, 3, 4} << 4.0;
}

void TestStatsStack::stacksInRankOrder()
{
    QFETCH(bool, stacked);
    QFETCH(QStringList, hidden);
    QFETCH(QList<double>, topOfA);
    QFETCH(QList<double>, lowerOfB);
    QFETCH(QList<double>, topOfB);
    QFETCH(double, maxValue);

    const StatsData data = threeBuckets({series(QStringLiteral("a"), {5, 1, 0}), series(QStringLiteral("b"), {2, 3, 4}),
                                         series(QStringLiteral("totals-only"), {})});
    const StackedChart chart = stackSeries(data, QSet<QString>(hidden.begin(), hidden.end()), stacked);
    QCOMPARE(chart.series.size(), 2); // only series with points are charted
    QCOMPARE(chart.series.at(0).group, QStringLiteral("a"));
    QCOMPARE(chart.series.at(0).top, topOfA);
    QCOMPARE(ys(chart.series.at(0).upper), topOfA);
    QCOMPARE(ys(chart.series.at(1).lower), lowerOfB);
    QCOMPARE(chart.series.at(1).top, topOfB);
    QCOMPARE(chart.maxValue, maxValue);
}

void TestStatsStack::pointsSitAtBucketStartsInMilliseconds()
{
    const StackedChart chart = stackSeries(threeBuckets({series(QStringLiteral("a"), {1, 2, 3})}), {}, true);
    const QList<QPointF>& upper = chart.series.first().upper;
    QCOMPARE(upper.size(), 3);
    QCOMPARE(upper.at(0).x(), 1000.0 * 1000);
    QCOMPARE(upper.at(2).x(), 1120.0 * 1000);
    QCOMPARE(ys(chart.series.first().lower), (QList<double>{0, 0, 0}));
}

void TestStatsStack::decimationKeepsASpike_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("spikeAt");
    QTest::addColumn<int>("columns");

    QTest::newRow("30 days of minutes on 1,000 px, spike in the middle") << 43200 << 20011 << 1000;
    QTest::newRow("spike at the first point") << 10000 << 0 << 300;
    QTest::newRow("spike at the last point") << 10000 << 9999 << 300;
    QTest::newRow("one column") << 500 << 250 << 1;
}

void TestStatsStack::decimationKeepsASpike()
{
    QFETCH(int, points);
    QFETCH(int, spikeAt);
    QFETCH(int, columns);

    QList<QPointF> line;
    for (int i = 0; i < points; ++i)
        line.append({double(i) * 60000.0, i == spikeAt ? 5000.0 : double(10 + i % 7)});
    const QList<QPointF> out = decimateMinMax(line, line.first().x(), line.last().x(), columns);
    QVERIFY2(out.size() <= 4 * columns, qPrintable(QString::number(out.size())));
    QVERIFY(out.size() < line.size());
    QVERIFY2(out.contains(line.at(spikeAt)), "the spike's point survives with its height");
    // The floor of the series survives as well.
    double low = out.first().y();
    for (const QPointF& p : out)
        low = std::min(low, p.y());
    QCOMPARE(low, 10.0);
}

void TestStatsStack::decimationKeepsOrderAndEnds()
{
    QList<QPointF> line;
    for (int i = 0; i < 1000; ++i)
        line.append({double(i), double((i * 37) % 101)});
    const QList<QPointF> out = decimateMinMax(line, 0, 999, 50);
    QCOMPARE(out.first(), line.first());
    QCOMPARE(out.last(), line.last());
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i - 1).x() < out.at(i).x());
    // Every kept point is one of the input's.
    for (const QPointF& p : out)
        QVERIFY(line.contains(p));
}

void TestStatsStack::decimationLeavesFewPointsAlone()
{
    QList<QPointF> line;
    for (int i = 0; i < 720; ++i)
        line.append({double(i), double(i % 3)});
    QCOMPARE(decimateMinMax(line, 0, 719, 1000), line);
    QCOMPARE(decimateMinMax(line, 0, 719, 0), line);
}

void TestStatsStack::sharedProjectsAreCountedPerTeam()
{
    StatsData data = threeBuckets({series(QStringLiteral("payments"), {1, 1, 1}, {QStringLiteral("payment-api"), QStringLiteral("billing-worker")}),
                                   series(QStringLiteral("platform-eng"), {1, 1, 1}, {QStringLiteral("payment-api"), QStringLiteral("api-gateway")}),
                                   series(QStringLiteral("frontend"), {1, 1, 1}, {QStringLiteral("web-app")})});
    data.groupBy = QStringLiteral("team");
    const QHash<QString, int> shared = sharedProjectCounts(data);
    QCOMPARE(shared.value(QStringLiteral("payments")), 1);
    QCOMPARE(shared.value(QStringLiteral("platform-eng")), 1);
    QVERIFY(!shared.contains(QStringLiteral("frontend")));
}

QTEST_APPLESS_MAIN(TestStatsStack)
#include "tst_statsstack.moc"
