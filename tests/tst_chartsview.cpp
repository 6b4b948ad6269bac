// SPDX-License-Identifier: MIT
// The Charts tab with real widgets (offscreen) against the real fake server's demo org, through
// the real session and client.
#include "chartsview.h"
#include "connectionprofile.h"
#include "consolesession.h"
#include "fakesentryserver.h"
#include "statsaggregate.h"
#include "statschartview.h"
#include "tierpolicy.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QToolTip>
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
    void byTeamSaysWhichTeamsShareProjects();
    void exportedPictureCarriesScopeRangeAndGrouping();
    void timeTicksStayRoundAfterZoomAndPan();
    void p0WouldFireOnlyWhenThePolicysAlertWould();
    void longLegendNamesAreElidedInTheMiddleWithTheFullNameOnHover();
    void longSeriesAreDecimatedAndKeepTheirSpike();
    void aRangeChangedMeanwhileDropsTheOlderResult();

private:
    QComboBox* comboWith(const QString& data) const;
    QPushButton* button(const QString& text) const;
    QLegendMarker* marker(const QString& labelStart) const;
    void exportThroughDialog(const QString& buttonText, const QString& fileName);

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

QComboBox* TestChartsView::comboWith(const QString& data) const
{
    for (QComboBox* combo : m_view->findChildren<QComboBox*>()) {
        if (combo->findData(data) >= 0)
            return combo;
    }
    return nullptr;
}

QPushButton* TestChartsView::button(const QString& text) const
{
    for (QPushButton* b : m_view->findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QLegendMarker* TestChartsView::marker(const QString& labelStart) const
{
    for (QLegendMarker* m : m_view->chart()->legend()->markers()) {
        if (m->label().startsWith(labelStart))
            return m;
    }
    return nullptr;
}

// Clicks the export button, pastes the file name into the file dialog it opens and clicks Save.
void TestChartsView::exportThroughDialog(const QString& buttonText, const QString& fileName)
{
    QPushButton* exportButton = button(buttonText);
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_view->findChild<QFileDialog*>()) && dialog->isVisible(), 5000);
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    // Pasted, not typed: typing a path key by key makes the dialog's completer walk the folders.
    edit->setText(fileName);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestChartsView::byTeamSaysWhichTeamsShareProjects()
{
    // payment-api belongs to #payments and #platform-eng in the demo org.
    QComboBox* groupBy = comboWith(QStringLiteral("team"));
    QVERIFY(groupBy);
    groupBy->setCurrentIndex(groupBy->findData(QStringLiteral("team")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownData().groupBy == QLatin1String("team")
                                 && m_view->seriesNames().contains(QStringLiteral("payments")), 10000);
    // In the legend …
    QLegendMarker* payments = marker(QStringLiteral("payments"));
    QVERIFY(payments);
    QVERIFY2(payments->label().contains(QStringLiteral("shared")), qPrintable(payments->label()));
    QVERIFY(m_view->legendToolTip(QStringLiteral("payments")).contains(QStringLiteral("another team")));
    QLegendMarker* frontend = marker(QStringLiteral("frontend"));
    QVERIFY(frontend);
    QVERIFY2(!frontend->label().contains(QStringLiteral("shared")), qPrintable(frontend->label()));
    // … and in the hover text.
    const StatsData& shown = m_view->shownData();
    const QString text = m_view->tooltipText(shown.bucketStart(shown.bucketCount / 2) * 1000);
    QVERIFY2(text.contains(QStringLiteral("shared project")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("more than once")), qPrintable(text));
}

void TestChartsView::exportedPictureCarriesScopeRangeAndGrouping()
{
    m_session->selectTeam(QStringLiteral("frontend"));
    QComboBox* range = comboWith(QStringLiteral("7d"));
    QVERIFY(range);
    range->setCurrentIndex(range->findData(QStringLiteral("7d")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownData().range == QLatin1String("7d")
                                 && !m_view->seriesNames().contains(QStringLiteral("payment-api")), 10000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svgPath = dir.filePath(QStringLiteral("chart.svg"));
    exportThroughDialog(QStringLiteral("SVG…"), svgPath);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(QFile::exists(svgPath));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(svg.readAll());
    QVERIFY2(drawing.contains(QStringLiteral("Errors by project")), "grouping");
    QVERIFY2(drawing.contains(QStringLiteral("team frontend")), "scope");
    QVERIFY2(drawing.contains(QStringLiteral("Last 7 days")), "range");

    const QString pngPath = dir.filePath(QStringLiteral("chart.png"));
    exportThroughDialog(QStringLiteral("PNG…"), pngPath);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(QFile::exists(pngPath));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QVERIFY(image.text(QStringLiteral("Title")).contains(QStringLiteral("team frontend")));
    QVERIFY(image.text(QStringLiteral("Description")).contains(QStringLiteral("Last 7 days")));
    // The caption is drawn above the chart, not only stored.
    QVERIFY(image.height() > m_view->chartView()->height() * image.devicePixelRatio());
    if (const QByteArray keep = qgetenv("SC_CHARTS_EXPORT_COPY"); !keep.isEmpty())
        QFile::copy(pngPath, QString::fromLocal8Bit(keep)); // to look at it
    m_session->selectTeam(QString());
}

void TestChartsView::timeTicksStayRoundAfterZoomAndPan()
{
    auto checkRound = [this](const char* when) {
        const QList<qint64> ticks = m_view->timeTicks();
        QVERIFY2(ticks.size() >= 2, when);
        const qint64 step = (ticks.at(1) - ticks.at(0)) / 1000;
        QVERIFY2(step >= 60 && step % 60 == 0, qPrintable(QStringLiteral("%1: step %2 s").arg(QLatin1String(when)).arg(step)));
        auto* axis = qobject_cast<QCategoryAxis*>(m_view->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        for (int i = 0; i < ticks.size(); ++i) {
            const qint64 secs = ticks.at(i) / 1000;
            const qint64 local = secs + QDateTime::fromSecsSinceEpoch(secs).offsetFromUtc();
            QVERIFY2(local % step == 0, qPrintable(QStringLiteral("%1: tick %2 is not on a round %3 s")
                                                         .arg(QLatin1String(when), QDateTime::fromSecsSinceEpoch(secs).toString(Qt::ISODate))
                                                         .arg(step)));
            if (i > 0)
                QCOMPARE(ticks.at(i) - ticks.at(i - 1), step * 1000);
            QVERIFY(double(ticks.at(i)) >= axis->min() && double(ticks.at(i)) <= axis->max());
        }
    };
    checkRound("initially");
    auto* axis = qobject_cast<QCategoryAxis*>(m_view->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    const double span = axis->max() - axis->min();
    m_view->chartView()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_view->chartView(), Qt::Key_Plus);
    QTRY_VERIFY(axis->max() - axis->min() < span * 0.6);
    checkRound("after zooming in");
    QTest::keyClick(m_view->chartView(), Qt::Key_Right);
    checkRound("after panning");
    // A legend click re-stacks the data, and the zoom stays.
    const double zoomed = axis->max() - axis->min();
    QSignalSpy updated(m_view.get(), &ChartsView::chartUpdated);
    emit m_view->chart()->legend()->markers().first()->clicked();
    QVERIFY(updated.wait());
    QCOMPARE(axis->max() - axis->min(), zoomed);
    checkRound("after a legend click");
    QTest::mouseClick(button(QStringLiteral("Reset zoom")), Qt::LeftButton);
    QTRY_VERIFY(axis->max() - axis->min() >= span * 0.99);
    checkRound("after reset");
}

void TestChartsView::p0WouldFireOnlyWhenThePolicysAlertWould()
{
    auto fireMarker = [this] { return marker(QStringLiteral("P0 would fire")); };
    // The demo incident crosses the default policy's > 50/min.
    m_session->selectProject(QStringLiteral("payment-api"));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->hasThresholdOverlay(), 10000);
    const StatsSeries* own = m_view->shownData().find(QStringLiteral("payment-api"));
    QVERIFY(own);
    const QList<int> expected = bucketsWhereAlertFires(own->values, m_view->shownData().intervalSecs, StatsAlertRule{});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_view->p0FiringBuckets(), expected);
    QVERIFY(fireMarker());
    if (const QByteArray shot = qgetenv("SC_CHARTS_P0_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(m_view->grab().save(QString::fromLocal8Bit(shot)));

    // A policy override for payment-api far above the incident: the threshold line moves, and
    // nothing claims that P0 would fire.
    TierPolicy policy = TierPolicy::defaultPolicy();
    policy.projectOverrides()[QStringLiteral("payment-api")].parts[size_t(Tier::P0)][QStringLiteral("errors")].threshold = 100000;
    m_session->setPolicy(policy);
    m_session->selectProject(QString());
    m_session->selectProject(QStringLiteral("payment-api"));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->hasThresholdOverlay() && m_view->thresholdPerBucket() > 1e5, 10000);
    QVERIFY(m_view->p0FiringBuckets().isEmpty());
    QVERIFY2(!fireMarker(), "no \"P0 would fire\" entry when it never fires");

    // A quiet project under the default policy: a threshold line, no firing marks.
    m_session->setPolicy(TierPolicy::defaultPolicy());
    m_session->selectProject(QStringLiteral("auth-service"));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->seriesNames() == QStringList{QStringLiteral("auth-service")} && m_view->hasThresholdOverlay(), 10000);
    const StatsSeries* quiet = m_view->shownData().find(QStringLiteral("auth-service"));
    QVERIFY(quiet);
    QCOMPARE(m_view->p0FiringBuckets(), bucketsWhereAlertFires(quiet->values, m_view->shownData().intervalSecs, StatsAlertRule{}));
    QCOMPARE(bool(fireMarker()), !m_view->p0FiringBuckets().isEmpty());
    m_session->selectProject(QString());
}

void TestChartsView::longLegendNamesAreElidedInTheMiddleWithTheFullNameOnHover()
{
    const QString longName = QStringLiteral("project-0001-payments-settlement-reconciliation-worker-eu-west");
    StatsData data = m_view->statsData();
    QVERIFY(!data.series.isEmpty() && data.series.first().hasPoints());
    data.series.first().group = longName;
    data.fetchedAt = QDateTime::currentDateTimeUtc();
    m_view->setStatsData(data);
    QTRY_VERIFY(m_view->seriesNames().contains(longName));
    QLegendMarker* entry = marker(QStringLiteral("project-0"));
    QVERIFY(entry);
    const QString label = entry->label();
    QVERIFY2(label.contains(QChar(0x2026)) && label.size() < longName.size(), qPrintable(label));
    QVERIFY2(label.endsWith(longName.right(3)), qPrintable(label)); // elided in the middle: both ends stay
    QCOMPARE(m_view->legendLabel(longName), label);
    emit entry->hovered(true);
    QTRY_COMPARE(QToolTip::text(), longName);
    emit entry->hovered(false);
    QTRY_VERIFY(!QToolTip::isVisible());
    // Short names stay whole.
    QVERIFY(marker(QStringLiteral("web-app")) || marker(QStringLiteral("payment-api")));
}

void TestChartsView::longSeriesAreDecimatedAndKeepTheirSpike()
{
    StatsData data;
    data.groupBy = QStringLiteral("level");
    data.startEpoch = 1764547200; // 2025-12-01T00:00Z
    data.intervalSecs = 60;
    data.bucketCount = 30 * 1440;
    data.range = QStringLiteral("custom");
    StatsSeries s;
    s.group = QStringLiteral("error");
    for (int i = 0; i < data.bucketCount; ++i)
        s.values.append(i == 20011 ? 9000 : 5 + i % 4);
    s.total = s.sum();
    data.series.append(s);
    data.fetchedAt = QDateTime::currentDateTimeUtc();
    m_view->setStatsData(data);
    QTRY_COMPARE(m_view->shownData().bucketCount, 30 * 1440);
    QTRY_VERIFY(m_view->chart()->series().size() == 1);
    auto* area = qobject_cast<QAreaSeries*>(m_view->chart()->series().first());
    QVERIFY(area);
    const QList<QPointF> points = area->upperSeries()->points();
    const int width = int(m_view->chart()->plotArea().width() * m_view->devicePixelRatioF());
    QVERIFY2(points.size() <= 4 * width + 8, qPrintable(QStringLiteral("%1 points for %2 px").arg(points.size()).arg(width)));
    double peak = 0;
    for (const QPointF& p : points)
        peak = std::max(peak, p.y());
    QCOMPARE(peak, 9000.0);
    // Hover and hit tests keep the full resolution.
    QVERIFY(m_view->tooltipText(data.bucketStart(20011) * 1000).contains(QLocale().toString(9000)));
}

void TestChartsView::aRangeChangedMeanwhileDropsTheOlderResult()
{
    QComboBox* range = comboWith(QStringLiteral("30d"));
    QVERIFY(range);
    QStringList shownRanges;
    connect(m_view.get(), &ChartsView::chartUpdated, this, [&] { shownRanges.append(m_view->shownData().range); });
    range->setCurrentIndex(range->findData(QStringLiteral("7d")));
    range->setCurrentIndex(range->findData(QStringLiteral("30d")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownData().range == QLatin1String("30d"), 10000);
    QVERIFY2(!shownRanges.contains(QStringLiteral("7d")), qPrintable(shownRanges.join(QLatin1Char(','))));
    QCOMPARE(m_view->shownData().bucketCount, 720);
}

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
