// SPDX-License-Identifier: MIT
#pragma once

#include "chartexport.h"
#include "result.h"
#include "statsaggregate.h"
#include "statsdata.h"
#include "statsfetcher.h"
#include "statsstack.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSpinBox;
class QValueAxis;

namespace sc {

class ConsoleSession;
class StatsChartView;

// The "Charts" tab: errors over time per project / team / level for the org or the tree
// selection, as stacked areas or lines of the top N groups plus "Other". The legend toggles
// series, hovering shows exact values, wheel/drag zoom and pan the time axis, a click on a
// project's band selects it in the session. With one project in focus its P0 threshold (the tier
// policy's, with its overrides) is drawn, scaled to the chart's interval, and the buckets where P0
// certainly fires are marked. Time ticks fall on round local times, also after a zoom. Data comes
// from StatsFetcher (cached in the snapshot's extras); the top-N cut, the stacking and the
// decimation to the plot's pixel width run on a pool thread (a result superseded by a newer
// request is dropped), the UI thread only hands each series its points in one replace().
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsView(ConsoleSession* session, QWidget* parent = nullptr);
    ~ChartsView() override;

    StatsRequest request() const;
    void setRequest(const StatsRequest& request); // updates the controls and fetches
    void setTopN(int n);
    void setStacked(bool stacked);

    // Shows `data` as if fetched (cached data, tests, benchmarks).
    void setStatsData(const StatsData& data);
    const StatsData& statsData() const { return m_data; }   // as fetched
    const StatsData& shownData() const { return m_shown; }  // selection + top N, what the chart draws
    bool isLoading() const;

    QStringList seriesNames() const;                        // charted groups, legend order
    bool isSeriesVisible(const QString& group) const;
    void setSeriesVisible(const QString& group, bool visible); // what a legend click does
    QString groupAt(const QPointF& value) const;            // series under a chart value (x = ms)
    QString tooltipText(qint64 msecs) const;                // the hover text for that time
    bool hasThresholdOverlay() const;
    double thresholdPerBucket() const;                      // 0 without overlay
    QList<int> p0FiringBuckets() const { return m_fired; }  // marked "P0 would fire"
    QString legendLabel(const QString& group) const;       // as the legend shows it (may be elided)
    QString legendToolTip(const QString& group) const;     // the full name and what it counts
    QList<qint64> timeTicks() const;                        // time axis ticks, epoch ms
    ChartCaption exportCaption() const;                     // the title exports carry

    QChart* chart() const;
    StatsChartView* chartView() const { return m_view; }

    Result<void> exportPng(const QString& path) const;
    Result<void> exportSvg(const QString& path) const;
    Result<void> exportCsv(const QString& path) const;

public slots:
    void refresh();
    void resetZoom();

signals:
    void chartUpdated();                 // the chart shows shownData()
    void loadFailed(const sc::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Prepared;
    void buildControls();
    void connectSession();
    void ensureFetcher();
    void requestFromControls();
    void fetchOrUseCache();
    void onFetched(const StatsData& data);
    void prepare();
    void applyPrepared(const Prepared& prepared);
    void handOver(const std::shared_ptr<const Prepared>& pending, int generation, int index);
    void handOverSeries(const Prepared& prepared, int index);
    void finishApply(const Prepared& prepared);
    double thresholdFor(const StatsData& shown) const;
    void applyTimeRange(const StatsData& shown, bool newWindow);
    void updateTimeTicks();
    void styleLegend();
    std::optional<StatsAlertRule> p0Rule(const QString& project) const;
    int plotColumns() const;
    void applyTheme();
    void updateStatus();
    void onClicked(const QPointF& value);
    void onHovered(const QPointF& value, const QPoint& globalPos);
    void exportWithDialog(const QString& filter, const QString& suffix, Result<void> (ChartsView::*writer)(const QString&) const);
    int bucketAt(qint64 msecs) const;
    QString focusProject() const;

    QPointer<ConsoleSession> m_session;
    StatsFetcher* m_fetcher = nullptr; // owned (child)
    StatsRequest m_request;
    int m_topN = 10;
    bool m_stacked = true;
    StatsData m_data;
    StatsData m_shown;
    QList<QList<double>> m_stackTop;   // per charted series: cumulative top per bucket (stacked)
    QHash<QString, int> m_shared;      // team grouping: team → projects it shares with other teams
    QHash<QString, QString> m_legendLabels; // group → (elided) legend text
    QSet<QString> m_hidden;
    double m_thresholdPerBucket = 0;
    std::optional<StatsAlertRule> m_rule; // P0 of the focus project
    QList<int> m_fired;
    bool m_zoomed = false;             // the user zoomed or panned: keep the visible range
    bool m_updatingTicks = false;
    int m_decimatedColumns = 0;        // columns the shown points were decimated to (0: not)
    bool m_loading = false;
    bool m_updatingControls = false;
    int m_prepareGeneration = 0;

    QComboBox* m_range = nullptr;
    QDateTimeEdit* m_customStart = nullptr;
    QDateTimeEdit* m_customEnd = nullptr;
    QComboBox* m_groupBy = nullptr;
    QSpinBox* m_top = nullptr;
    QComboBox* m_style = nullptr;
    QLabel* m_status = nullptr;
    QChart* m_chart = nullptr;         // owned by m_view
    StatsChartView* m_view = nullptr;
    QCategoryAxis* m_timeAxis = nullptr; // labels placed on round times by updateTimeTicks()
    QValueAxis* m_valueAxis = nullptr;
    QList<QAbstractSeries*> m_dataSeries;    // owned by m_chart: one per charted series
    QList<QAbstractSeries*> m_overlaySeries; // owned by m_chart: P0 threshold, "would fire"
    bool m_seriesStacked = true;
    int m_handOverGeneration = 0;
    QGraphicsView::ViewportUpdateMode m_viewportUpdateMode = QGraphicsView::MinimalViewportUpdate;
};

} // namespace sc
