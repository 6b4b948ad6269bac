// SPDX-License-Identifier: MIT
// The Charts tab with real widgets (offscreen) against the real fake server's demo org, through
// the real session and client.
#include "chartsview.h"
#include "connectionprofile.h"
#include "consolesession.h"
#include "fakesentryserver.h"
#include "statschartview.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sc;

class TestChartsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheDemoOrgsSeries();
    void legendClickHidesAndShowsASeries();
    void selectingAProjectFiltersTheChartAndDrawsItsP0Threshold();
    void clickingABandSelectsThatProject();
    void hoverTextHasExactValues();
    void groupingByTeamAndLevel();
    void exportsPngSvgAndCsv();

private:
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ChartsView> m_view;
};

void TestChartsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    m_session = std::make_unique<ConsoleSession>();
    ConnectionProfile profile;
    profile.name = QStringLiteral("charts-test");
    profile.url = m_server->url();
    profile.orgSlug = m_server->orgSlug();
    m_session->openProfile(profile, m_server->token());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasSnapshot() && !m_session->isRefreshing() && !m_session->isSnapshotFromCache(),
                             20000);
    QVERIFY(m_session->snapshot().projectBySlug(QStringLiteral("payment-api")));
}

void TestChartsView::init()
{
    m_session->selectProject(QString());
    m_session->selectTeam(QString());
    m_view = std::make_unique<ChartsView>(m_session.get());
    m_view->resize(1100, 680);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->seriesNames().size() >= 5, 15000);
}

void TestChartsView::showsTheDemoOrgsSeries()
{
    const QStringList names = m_view->seriesNames();
    QVERIFY2(names.contains(QStringLiteral("payment-api")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("web-app")));
    QVERIFY(names.contains(QStringLiteral("api-gateway")));
    QCOMPARE(m_view->shownData().groupBy, QStringLiteral("project"));
    QCOMPARE(m_view->shownData().intervalSecs, qint64(300)); // 24 h → 5-minute buckets
    QCOMPARE(m_view->chart()->series().size(), names.size());
    // Every project has a total from stats_v2, charted or not.
    QCOMPARE(m_view->statsData().series.size(), m_session->snapshot().projects.size());
    QVERIFY(!m_view->hasThresholdOverlay());
    // The result was cached with the snapshot.
    QTRY_VERIFY(StatsFetcher::cachedStats(m_session->snapshot(), m_view->request().cacheKey()).has_value());

    if (const QByteArray shot = qgetenv("SC_CHARTS_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(m_view->grab().save(QString::fromLocal8Bit(shot)));
}

void TestChartsView::legendClickHidesAndShowsASeries()
{
    QLegendMarker* webApp = nullptr;
    for (QLegendMarker* marker : m_view->chart()->legend()->markers()) {
        if (marker->label() == QLatin1String("web-app"))
            webApp = marker;
    }
    QVERIFY(webApp);
    QVERIFY(webApp->isVisible());
    QVERIFY(m_view->isSeriesVisible(QStringLiteral("web-app")));
    emit webApp->clicked();
    QTRY_VERIFY(!m_view->isSeriesVisible(QStringLiteral("web-app")));
    QVERIFY(m_view->isSeriesVisible(QStringLiteral("payment-api")));
    // The hidden series keeps its legend entry, so it can come back.
    bool markerShown = false;
    for (QLegendMarker* marker : m_view->chart()->legend()->markers()) {
        if (marker->label() == QLatin1String("web-app")) {
            markerShown = marker->isVisible();
            emit marker->clicked();
        }
    }
    QVERIFY(markerShown);
    QTRY_VERIFY(m_view->isSeriesVisible(QStringLiteral("web-app")));
}

void TestChartsView::selectingAProjectFiltersTheChartAndDrawsItsP0Threshold()
{
    m_session->selectProject(QStringLiteral("payment-api"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->seriesNames(), QStringList{QStringLiteral("payment-api")}, 10000);
    QTRY_VERIFY(m_view->hasThresholdOverlay());
    QCOMPARE(m_view->thresholdPerBucket(), 250.0); // 50/min × 5 minutes
    // The demo incident crosses it.
    const StatsSeries* own = m_view->shownData().find(QStringLiteral("payment-api"));
    QVERIFY(own);
    qint64 peak = 0;
    for (qint64 v : own->values)
        peak = std::max(peak, v);
    QVERIFY2(peak > 250, qPrintable(QString::number(peak)));

    m_session->selectTeam(QStringLiteral("frontend"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->seriesNames().contains(QStringLiteral("payment-api"))
                                 && m_view->seriesNames().contains(QStringLiteral("web-app")), 10000);
    QVERIFY(!m_view->hasThresholdOverlay());
}

void TestChartsView::clickingABandSelectsThatProject()
{
    // The bottom band at the middle of the chart belongs to the first charted series.
    const StatsData& shown = m_view->shownData();
    const StatsSeries* first = shown.charted().first();
    const QString expected = first->group;
    const int bucket = int(std::max_element(first->values.begin(), first->values.end()) - first->values.begin());
    const double x = double(shown.bucketStart(bucket)) * 1000.0;
    const QPointF value(x, 0.5 * double(first->values.at(bucket)));
    QCOMPARE(m_view->groupAt(value), expected);
    const QPoint pos = m_view->chartView()->mapFromScene(m_view->chart()->mapToPosition(value));
    QSignalSpy selected(m_session.get(), &ConsoleSession::projectSelected);
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, pos);
    QTRY_COMPARE(m_session->selectedProject(), expected);
    QCOMPARE(selected.count(), 1);
}

void TestChartsView::hoverTextHasExactValues()
{
    const StatsData& shown = m_view->shownData();
    const int bucket = shown.bucketCount - 3;
    const QString text = m_view->tooltipText(shown.bucketStart(bucket) * 1000);
    const StatsSeries* first = shown.charted().first();
    QVERIFY2(text.contains(first->group + QStringLiteral(": ") + QLocale().toString(first->values.at(bucket))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Total")));
}

void TestChartsView::groupingByTeamAndLevel()
{
    StatsRequest request = m_view->request();
    request.groupBy = QStringLiteral("team");
    m_view->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownData().groupBy == QLatin1String("team")
                                 && m_view->seriesNames().contains(QStringLiteral("payments")), 10000);
    QVERIFY(m_view->seriesNames().contains(QStringLiteral("platform-eng")));
    QVERIFY(m_view->chart()->legend()->toolTip().contains(QStringLiteral("once")));
    request.groupBy = QStringLiteral("level");
    m_view->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownData().groupBy == QLatin1String("level")
                                 && m_view->seriesNames().contains(QStringLiteral("error")), 10000);
}

void TestChartsView::exportsPngSvgAndCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_view->exportPng(dir.filePath(QStringLiteral("c.png"))));
    QVERIFY(m_view->exportSvg(dir.filePath(QStringLiteral("c.svg"))));
    QVERIFY(m_view->exportCsv(dir.filePath(QStringLiteral("c.csv"))));
    QImage image(dir.filePath(QStringLiteral("c.png")));
    QVERIFY(!image.isNull());
    QFile svg(dir.filePath(QStringLiteral("c.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QFile csv(dir.filePath(QStringLiteral("c.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("time,"));
    QCOMPARE(lines.size() - 2, m_view->shownData().bucketCount); // header + trailing newline
}

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
