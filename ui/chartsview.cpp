// SPDX-License-Identifier: MIT
#include "chartsview.h"

#include "consolesession.h"
#include "statschartview.h"
#include "tierpolicy.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <iterator>

namespace sc {

namespace {

constexpr int RefreshIntervalMs = 5 * 60 * 1000;
constexpr qint64 FreshSecs = 5 * 60;
const char* const s_groupProperty = "sc_group";

// Distinguishable in light and dark themes; "Other" is grey.
QColor seriesColor(int index, bool dark)
{
    static const char* const colors[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                         "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf"};
    QColor c(QLatin1String(colors[index % 10]));
    return dark ? c.lighter(115) : c;
}

QColor otherColor(bool dark)
{
    return dark ? QColor(0x8a, 0x8a, 0x8a) : QColor(0xb0, 0xb0, 0xb0);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString intervalLabel(qint64 secs)
{
    // Plural forms come from the .ts files; without a translator Qt would print "5 minute(s)".
    if (secs % 86400 == 0)
        return secs == 86400 ? ChartsView::tr("day") : ChartsView::tr("%1 days").arg(secs / 86400);
    if (secs % 3600 == 0)
        return secs == 3600 ? ChartsView::tr("hour") : ChartsView::tr("%1 hours").arg(secs / 3600);
    return secs == 60 ? ChartsView::tr("minute") : ChartsView::tr("%1 minutes").arg(secs / 60);
}

} // namespace

struct ChartsView::Prepared {
    int generation = 0;
    StatsData shown;
    QList<QList<QPointF>> upper;  // per charted series, decimated to the plot's columns
    QList<QList<QPointF>> lower;  // stacked only
    QList<QList<double>> stackTop; // full resolution
    QHash<QString, int> shared;
    QList<int> fired;
    double maxValue = 0;
    int decimatedColumns = 0;
};

ChartsView::ChartsView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    buildControls();
    applyTheme();
    connectSession();
    auto* timer = new QTimer(this);
    timer->setInterval(RefreshIntervalMs);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    timer->start();
    requestFromControls();
    fetchOrUseCache();
}

ChartsView::~ChartsView() = default;

void ChartsView::buildControls()
{
    m_range = new QComboBox(this);
    m_range->addItem(tr("Last hour"), QStringLiteral("1h"));
    m_range->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_range->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_range->addItem(tr("Last 14 days"), QStringLiteral("14d"));
    m_range->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_range->addItem(tr("Custom range"), QStringLiteral("custom"));
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("Time range; the bucket size follows it as in Sentry"));

    const QDateTime now = QDateTime::currentDateTime();
    m_customStart = new QDateTimeEdit(now.addDays(-3), this);
    m_customEnd = new QDateTimeEdit(now, this);
    for (QDateTimeEdit* edit : {m_customStart, m_customEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }

    m_groupBy = new QComboBox(this);
    m_groupBy->addItem(tr("By project"), QStringLiteral("project"));
    m_groupBy->addItem(tr("By team"), QStringLiteral("team"));
    m_groupBy->addItem(tr("By level"), QStringLiteral("level"));

    m_top = new QSpinBox(this);
    m_top->setRange(1, 10);
    m_top->setValue(m_topN);
    m_top->setPrefix(tr("Top "));
    m_top->setToolTip(tr("How many groups to draw; the rest is summed as \"Other\""));

    m_style = new QComboBox(this);
    m_style->addItem(tr("Stacked areas"));
    m_style->addItem(tr("Lines"));

    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* resetZoom = new QPushButton(tr("Reset zoom"), this);
    auto* png = new QPushButton(tr("PNG…"), this);
    auto* svg = new QPushButton(tr("SVG…"), this);
    auto* csv = new QPushButton(tr("CSV…"), this);
    png->setToolTip(tr("Export the chart as a PNG image"));
    svg->setToolTip(tr("Export the chart as an SVG drawing"));
    csv->setToolTip(tr("Export the charted numbers as CSV (one row per bucket, UTC times)"));

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    // A category axis, not QDateTimeAxis: that one spaces its ticks evenly between min and max, so
    // after a zoom they fall on odd times. Categories put a label and grid line on each round time.
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_view = new StatsChartView(m_chart, this);

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText); // server error texts: never rich text

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(m_customStart);
    bar->addWidget(m_customEnd);
    bar->addWidget(m_groupBy);
    bar->addWidget(m_top);
    bar->addWidget(m_style);
    bar->addStretch(1);
    bar->addWidget(refreshButton);
    bar->addWidget(resetZoom);
    bar->addWidget(png);
    bar->addWidget(svg);
    bar->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    auto refetch = [this] {
        if (m_updatingControls)
            return;
        requestFromControls();
        fetchOrUseCache();
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, refetch] {
        const bool custom = m_range->currentData().toString() == QLatin1String("custom");
        m_customStart->setVisible(custom);
        m_customEnd->setVisible(custom);
        refetch();
    });
    connect(m_customStart, &QDateTimeEdit::editingFinished, this, refetch);
    connect(m_customEnd, &QDateTimeEdit::editingFinished, this, refetch);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this, refetch] {
        m_hidden.clear();
        refetch();
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this](int n) { setTopN(n); });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this](int index) { setStacked(index == 0); });
    connect(refreshButton, &QPushButton::clicked, this, &ChartsView::refresh);
    connect(resetZoom, &QPushButton::clicked, this, &ChartsView::resetZoom);
    connect(png, &QPushButton::clicked, this, [this] {
        exportWithDialog(tr("PNG images (*.png)"), QStringLiteral("png"), &ChartsView::exportPng);
    });
    connect(svg, &QPushButton::clicked, this, [this] {
        exportWithDialog(tr("SVG drawings (*.svg)"), QStringLiteral("svg"), &ChartsView::exportSvg);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        exportWithDialog(tr("CSV files (*.csv)"), QStringLiteral("csv"), &ChartsView::exportCsv);
    });
    connect(m_view, &StatsChartView::clickedAt, this, &ChartsView::onClicked);
    connect(m_view, &StatsChartView::hoveredAt, this, &ChartsView::onHovered);
    connect(m_view, &StatsChartView::hoverLeft, this, [] { QToolTip::hideText(); });
    connect(m_view, &StatsChartView::timeRangeChanged, this, [this] {
        m_zoomed = true;
        // Zoomed in on data decimated for the whole range: fetch the detail back for the new width.
        if (m_decimatedColumns > 0 && plotColumns() > m_decimatedColumns)
            prepare();
    });
    connect(m_timeAxis, &QValueAxis::rangeChanged, this, [this] { updateTimeTicks(); });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateTimeTicks();
        if (m_decimatedColumns > 0 && plotColumns() > m_decimatedColumns)
            prepare();
    });
}

void ChartsView::connectSession()
{
    if (!m_session)
        return;
    // Filter what is already there at once; the selection's own series follow from the server.
    connect(m_session, &ConsoleSession::projectSelected, this, [this](const QString&) {
        requestFromControls();
        prepare();
        fetchOrUseCache();
    });
    connect(m_session, &ConsoleSession::teamSelected, this, [this](const QString&) {
        requestFromControls();
        prepare();
        fetchOrUseCache();
    });
    connect(m_session, &ConsoleSession::snapshotChanged, this, [this] {
        // Our own cache write also lands here: use the cache, fetch only when it is missing or old.
        fetchOrUseCache();
    });
    connect(m_session, &ConsoleSession::profileChanged, this, [this] {
        // The old profile's fetch must not deliver into this view: cancel it now, delete it later
        // (this may run inside one of its own callbacks' signal chains).
        if (m_fetcher) {
            m_fetcher->cancel();
            m_fetcher->deleteLater();
            m_fetcher = nullptr;
        }
        fetchOrUseCache();
    });
}

void ChartsView::ensureFetcher()
{
    if (m_fetcher || !m_session || !m_session->client())
        return;
    m_fetcher = new StatsFetcher(m_session->client(), m_session->orgSlug(), this);
    connect(m_fetcher, &StatsFetcher::finished, this, &ChartsView::onFetched);
    connect(m_fetcher, &StatsFetcher::failed, this, [this](const Error& error) {
        m_loading = false;
        m_status->setText(tr("Could not load the error statistics: %1").arg(error.message));
        emit loadFailed(error);
    });
}

StatsRequest ChartsView::request() const
{
    return m_request;
}

void ChartsView::requestFromControls()
{
    StatsRequest r;
    r.range = statsRangeFromName(m_range->currentData().toString()).value_or(StatsRange::Last24Hours);
    r.customStart = m_customStart->dateTime().toUTC();
    r.customEnd = m_customEnd->dateTime().toUTC();
    r.groupBy = m_groupBy->currentData().toString();
    r.topEvents = 10; // fetch the most Sentry gives; the spin box cuts locally without a round trip
    if (m_session) {
        r.project = m_session->selectedProject();
        r.team = r.project.isEmpty() ? m_session->selectedTeam() : QString();
    }
    m_request = r;
}

void ChartsView::setRequest(const StatsRequest& request)
{
    m_updatingControls = true;
    m_range->setCurrentIndex(std::max(0, m_range->findData(statsRangeName(request.range))));
    if (request.range == StatsRange::Custom) {
        m_customStart->setDateTime(request.customStart.toLocalTime());
        m_customEnd->setDateTime(request.customEnd.toLocalTime());
    }
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(request.groupBy)));
    m_updatingControls = false;
    m_request = request;
    fetchOrUseCache();
}

void ChartsView::setTopN(int n)
{
    n = std::clamp(n, 1, 10);
    if (m_top->value() != n)
        m_top->setValue(n); // comes back here through valueChanged
    if (m_topN == n)
        return;
    m_topN = n;
    prepare();
}

void ChartsView::setStacked(bool stacked)
{
    if (m_style->currentIndex() != (stacked ? 0 : 1))
        m_style->setCurrentIndex(stacked ? 0 : 1);
    if (m_stacked == stacked)
        return;
    m_stacked = stacked;
    prepare();
}

bool ChartsView::isLoading() const
{
    return m_loading;
}

void ChartsView::refresh()
{
    ensureFetcher();
    if (!m_fetcher || !m_session || !m_session->hasSnapshot())
        return;
    m_loading = true;
    updateStatus();
    m_fetcher->fetch(m_request, statsProjects(m_session->snapshot()));
}

void ChartsView::fetchOrUseCache()
{
    if (!m_session || !m_session->hasSnapshot()) {
        prepare(); // a local selection filter may still apply to data set directly
        return;
    }
    const auto cached = StatsFetcher::cachedStats(m_session->snapshot(), m_request.cacheKey());
    if (cached) {
        if (cached->fetchedAt != m_data.fetchedAt || cached->groupBy != m_data.groupBy)
            setStatsData(*cached);
        if (cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < FreshSecs)
            return;
    }
    refresh();
}

void ChartsView::onFetched(const StatsData& data)
{
    m_loading = false;
    setStatsData(data);
    // Cache with the snapshot, like the rest of the org's state; skipped while a pull is running
    // (its new snapshot would drop the entry anyway) .
    if (m_session && m_session->hasSnapshot() && !m_session->isRefreshing())
        m_session->setSnapshotExtras(
            StatsFetcher::withCachedStats(m_session->snapshot(), m_request.cacheKey(), data).extras);
}

void ChartsView::setStatsData(const StatsData& data)
{
    m_data = data;
    prepare();
}

QString ChartsView::focusProject() const
{
    return m_session ? m_session->selectedProject() : m_request.project;
}

std::optional<StatsAlertRule> ChartsView::p0Rule(const QString& project) const
{
    // The tier policy's P0 error part as it applies to this project (team and project overrides).
    if (!m_session || !m_session->hasSnapshot())
        return StatsAlertRule{};
    const Project* p = m_session->snapshot().projectBySlug(project);
    if (!p)
        return std::nullopt;
    const TierSpec spec = m_session->policy().effectiveSpec(Tier::P0, *p);
    const TierPartPolicy* errors = spec.part(QStringLiteral("errors"));
    if (!spec.enabled || !errors || errors->aggregate != QLatin1String("count()") || errors->windowSeconds <= 0)
        return std::nullopt;
    return StatsAlertRule{errors->comparison, errors->threshold, errors->windowSeconds};
}

int ChartsView::plotColumns() const
{
    const double width = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width() - 80;
    // Zoomed in, the visible part of the full range gets the plot's columns.
    double factor = 1;
    if (m_zoomed && m_shown.bucketCount > 0) {
        const double full = double(m_shown.intervalSecs) * m_shown.bucketCount * 1000.0;
        const double visible = m_timeAxis->max() - m_timeAxis->min();
        if (visible > 0)
            factor = std::max(1.0, full / visible);
    }
    return std::max(50, int(width * factor * m_view->devicePixelRatioF()));
}

void ChartsView::prepare()
{
    const int generation = ++m_prepareGeneration;
    // Scope to the tree selection. The fetcher already asked the server for the selection; this
    // also covers cached or directly set data.
    QSet<QString> scope;
    const QString project = focusProject();
    const QString team = m_session ? m_session->selectedTeam() : m_request.team;
    if (m_data.groupBy == QLatin1String("project")) {
        if (!project.isEmpty())
            scope.insert(project);
        else if (!team.isEmpty() && m_session && m_session->hasSnapshot()) {
            for (const Project* p : m_session->snapshot().projectsOfTeam(team))
                scope.insert(p->slug);
        }
    } else if (m_data.groupBy == QLatin1String("team") && !team.isEmpty()) {
        scope.insert(team);
    }
    const std::optional<StatsAlertRule> rule = project.isEmpty() ? std::nullopt : p0Rule(project);
    const int columns = plotColumns();

    QFuture<Prepared> future = QtConcurrent::run(
        [data = m_data, scope, n = m_topN, stacked = m_stacked, hidden = m_hidden, generation, rule, project, columns]() {
            Prepared p;
            p.generation = generation;
            StatsData scoped = filterGroups(data, scope);
            if (!scope.isEmpty() && scoped.series.isEmpty())
                scoped = data; // selection outside this grouping: show everything
            p.shown = topN(scoped, n);
            if (data.groupBy == QLatin1String("team"))
                p.shared = sharedProjectCounts(data);
            const StackedChart stack = stackSeries(p.shown, hidden, stacked);
            p.maxValue = stack.maxValue;
            const double xMin = double(p.shown.startEpoch) * 1000.0;
            const double xMax = double(p.shown.bucketStart(std::max(0, p.shown.bucketCount - 1))) * 1000.0;
            if (p.shown.bucketCount > 2 * columns)
                p.decimatedColumns = columns;
            for (const StackedSeries& s : stack.series) {
                p.upper.append(decimateMinMax(s.upper, xMin, xMax, columns));
                p.lower.append(decimateMinMax(s.lower, xMin, xMax, columns));
                p.stackTop.append(s.top);
            }
            const StatsSeries* own = rule ? p.shown.find(project) : nullptr;
            if (own && p.shown.groupBy == QLatin1String("project") && p.shown.charted().size() == 1)
                p.fired = bucketsWhereAlertFires(own->values, p.shown.intervalSecs, *rule);
            return p;
        });
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, rule] {
        watcher->deleteLater();
        const Prepared p = watcher->result();
        if (p.generation != m_prepareGeneration)
            return; // the user changed something meanwhile: a newer result is on its way
        m_rule = rule;
        applyPrepared(p);
    });
    watcher->setFuture(future);
}

double ChartsView::thresholdFor(const StatsData& shown) const
{
    const QString project = focusProject();
    const bool overlay = m_rule && !project.isEmpty() && shown.groupBy == QLatin1String("project")
                         && shown.find(project) && shown.charted().size() == 1;
    return overlay ? thresholdForInterval(m_rule->perMinute(), shown.intervalSecs) : 0;
}

void ChartsView::applyPrepared(const Prepared& p)
{
    // What the accessors report (shownData(), seriesNames(), hit tests) changes in finishApply(),
    // together with the legend, once every series has its points.
    const bool newWindow = p.shown.startEpoch != m_shown.startEpoch || p.shown.intervalSecs != m_shown.intervalSecs
                           || p.shown.bucketCount != m_shown.bucketCount;

    // The overlays are a few points each and come and go; the data series stay and get their new
    // points in one replace() each, unless their number or kind changed.
    for (QAbstractSeries* overlay : std::as_const(m_overlaySeries)) {
        m_chart->removeSeries(overlay);
        delete overlay;
    }
    m_overlaySeries.clear();
    const QList<const StatsSeries*> charted = p.shown.charted();
    if (m_dataSeries.size() != charted.size() || m_seriesStacked != m_stacked) {
        for (QAbstractSeries* old : std::as_const(m_dataSeries)) {
            m_chart->removeSeries(old);
            delete old;
        }
        m_dataSeries.clear();
        m_seriesStacked = m_stacked;
        for (int i = 0; i < charted.size(); ++i) {
            QAbstractSeries* series = nullptr;
            auto* upper = new QLineSeries;
            if (m_stacked) {
                auto* area = new QAreaSeries(upper, new QLineSeries);
                upper->setParent(area);
                area->lowerSeries()->setParent(area);
                series = area;
            } else {
                series = upper;
            }
            m_chart->addSeries(series);
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_valueAxis);
            m_dataSeries.append(series);
        }
    }
    // Axes first: every range change re-lays out every series' points, so it happens while they
    // are still the old ones (or empty), and each series is laid out once, by its replace().
    applyTimeRange(p.shown, newWindow);
    m_valueAxis->setRange(0, std::max(1.0, std::max(p.maxValue, thresholdFor(p.shown)) * 1.08));
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setTitleText(tr("Errors per %1").arg(intervalLabel(p.shown.intervalSecs)));
    // One series per event-loop turn, with the view's repaints held until the last: QtCharts lays
    // a series' points out inside replace(), and eleven at once block the UI for several frames.
    auto pending = std::make_shared<const Prepared>(p);
    // Antialiased fills of ten dense bands take QtCharts several frames to paint; band edges on
    // whole pixels look the same at this density. Lines keep antialiasing.
    m_view->setRenderHint(QPainter::Antialiasing, !m_stacked);
    // Scene changes do not repaint until the last series is in; a paint the window system asks
    // for meanwhile still draws (the old or partly new chart, never a blank one).
    if (m_view->viewportUpdateMode() != QGraphicsView::NoViewportUpdate)
        m_viewportUpdateMode = m_view->viewportUpdateMode();
    m_view->setViewportUpdateMode(QGraphicsView::NoViewportUpdate);
    const int generation = ++m_handOverGeneration;
    handOver(pending, generation, 0);
}

void ChartsView::handOver(const std::shared_ptr<const Prepared>& pending, int generation, int index)
{
    if (generation != m_handOverGeneration)
        return; // a newer result took over
    const Prepared& p = *pending;
    if (index < p.shown.charted().size() && index < m_dataSeries.size()) {
        handOverSeries(p, index);
        QTimer::singleShot(0, this, [this, pending, generation, index] { handOver(pending, generation, index + 1); });
        return;
    }
    finishApply(p);
}

void ChartsView::handOverSeries(const Prepared& p, int i)
{
    const StatsSeries* s = p.shown.charted().at(i);
    const bool dark = isDark(palette());
    const QColor base = palette().color(QPalette::Base);
    {
        const QColor color = s->isOther ? otherColor(dark) : seriesColor(i, dark);
        // A hidden series stays in the chart, drawn transparent (its stacked band already has no
        // height), so its legend entry remains to bring it back.
        const bool hidden = m_hidden.contains(s->group);
        QAbstractSeries* series = m_dataSeries.at(i);
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            area->upperSeries()->replace(p.upper.at(i));
            area->lowerSeries()->replace(p.lower.at(i));
            // Opaque fill and no outline: a translucent, stroked area of 700 points costs QtCharts
            // several milliseconds of paint per series; the bands still read apart by colour.
            const QColor fill = QColor::fromRgbF(0.85f * color.redF() + 0.15f * base.redF(),
                                                 0.85f * color.greenF() + 0.15f * base.greenF(),
                                                 0.85f * color.blueF() + 0.15f * base.blueF());
            area->setBrush(hidden ? QBrush(Qt::transparent) : QBrush(fill));
            area->setPen(Qt::NoPen);
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            line->replace(p.upper.at(i));
            line->setPen(QPen(hidden ? QColor(Qt::transparent) : color, 2));
        }
        series->setProperty(s_groupProperty, s->group);
        series->setProperty("sc_color", color);
    }
}

void ChartsView::finishApply(const Prepared& p)
{
    m_shown = p.shown;
    m_stackTop = p.stackTop;
    m_shared = p.shared;
    m_decimatedColumns = p.decimatedColumns;
    m_thresholdPerBucket = thresholdFor(m_shown);
    m_fired = m_thresholdPerBucket > 0 ? p.fired : QList<int>{};
    const QString project = focusProject();
    if (m_thresholdPerBucket > 0) {
        auto* line = new QLineSeries;
        line->setName(tr("P0 threshold: %1 per %2 (%3/min)")
                          .arg(QLocale().toString(m_thresholdPerBucket, 'f', 0), intervalLabel(m_shown.intervalSecs),
                               QLocale().toString(m_rule->perMinute(), 'g', 4)));
        line->append(double(m_shown.startEpoch) * 1000.0, m_thresholdPerBucket);
        line->append(double(m_shown.bucketStart(std::max(0, m_shown.bucketCount - 1))) * 1000.0, m_thresholdPerBucket);
        line->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2, Qt::DashLine));
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        m_overlaySeries.append(line);
        // Where P0 certainly fires; no entry at all when it never does.
        if (!m_fired.isEmpty()) {
            auto* fired = new QScatterSeries;
            fired->setName(tr("P0 would fire"));
            fired->setMarkerSize(7);
            fired->setColor(QColor(0xd6, 0x27, 0x28));
            fired->setBorderColor(Qt::transparent);
            const StatsSeries* own = m_shown.find(project);
            QList<QPointF> points;
            points.reserve(m_fired.size());
            for (int b : m_fired)
                points.append({double(m_shown.bucketStart(b)) * 1000.0, double(own->values.at(b))});
            fired->replace(points);
            m_chart->addSeries(fired);
            fired->attachAxis(m_timeAxis);
            fired->attachAxis(m_valueAxis);
            m_overlaySeries.append(fired);
        }
    }
    styleLegend();
    updateStatus();
    m_view->setViewportUpdateMode(m_viewportUpdateMode);
    m_view->viewport()->update();
    // Lay the legend and axes out now, so the next paint (or a grab) shows the finished chart.
    if (m_chart->layout())
        m_chart->layout()->activate();
    if (m_chart->legend()->layout())
        m_chart->legend()->layout()->activate();
    emit chartUpdated();
}

QString ChartsView::legendToolTip(const QString& group) const
{
    const QString name = group == QLatin1String("Other") ? tr("Other") : group;
    if (m_shown.groupBy == QLatin1String("team")) {
        const int shared = m_shared.value(group);
        if (shared > 0)
            return tr("%1: %n of its projects also belong to another team and count in that team's series too.", nullptr,
                      shared).arg(name);
    }
    return name;
}

QString ChartsView::legendLabel(const QString& group) const
{
    return m_legendLabels.value(group);
}

void ChartsView::styleLegend()
{
    // Long names are elided in the middle (project-0001…-payments keeps both ends); the full name
    // is the marker's tooltip. A team that shares projects says so in its entry.
    const QFontMetrics metrics(m_chart->legend()->font());
    const int maxWidth = std::max(metrics.horizontalAdvance(QLatin1Char('x')) * 16, m_view->width() / 6);
    const bool dark = isDark(palette());
    m_legendLabels.clear();
    for (QLegendMarker* marker : m_chart->legend()->markers()) {
        const QString group = marker->series()->property(s_groupProperty).toString();
        if (group.isEmpty())
            continue;
        const StatsSeries* s = m_shown.find(group);
        QString name = s && s->isOther ? tr("Other") : group;
        QString suffix;
        if (m_shown.groupBy == QLatin1String("team") && m_shared.value(group) > 0)
            suffix = tr(" (%n shared)", nullptr, m_shared.value(group));
        const QString label = metrics.elidedText(name, Qt::ElideMiddle, maxWidth) + suffix;
        m_legendLabels.insert(group, label);
        marker->series()->setName(label); // the marker label follows the series name
        const bool visible = !m_hidden.contains(group);
        QColor text = dark ? QColor(Qt::white) : QColor(Qt::black);
        text.setAlphaF(visible ? 1.0f : 0.35f);
        marker->setLabelBrush(text);
        QColor swatch = marker->series()->property("sc_color").value<QColor>();
        swatch.setAlphaF(visible ? 1.0f : 0.25f);
        marker->setBrush(swatch);
        marker->setPen(Qt::NoPen);
        disconnect(marker, nullptr, this, nullptr); // a kept series keeps its marker
        connect(marker, &QLegendMarker::clicked, this, [this, group] {
            setSeriesVisible(group, m_hidden.contains(group));
        });
        connect(marker, &QLegendMarker::hovered, this, [this, group](bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), legendToolTip(group), m_view);
            else
                QToolTip::hideText();
        });
    }
    m_chart->legend()->setToolTip(
        m_shown.groupBy == QLatin1String("team")
            ? tr("A project owned by several teams counts in each of their series; the org total (%1) counts it once.")
                  .arg(QLocale().toString(m_shown.orgTotal))
            : tr("Click an entry to hide or show its series."));
}

void ChartsView::applyTimeRange(const StatsData& shown, bool newWindow)
{
    if (shown.bucketCount <= 0)
        return;
    if (m_zoomed && !newWindow) {
        updateTimeTicks(); // keep what the user zoomed to
        return;
    }
    m_zoomed = false;
    const double first = double(shown.startEpoch) * 1000.0;
    const double last = double(shown.bucketStart(shown.bucketCount - 1)) * 1000.0;
    m_timeAxis->setRange(first, std::max(last, first + 1000.0));
    updateTimeTicks();
}

QList<qint64> ChartsView::timeTicks() const
{
    QList<qint64> ticks;
    for (const QString& label : m_timeAxis->categoriesLabels())
        ticks.append(qint64(m_timeAxis->endValue(label)));
    return ticks;
}

void ChartsView::updateTimeTicks()
{
    if (m_updatingTicks)
        return;
    m_updatingTicks = true;
    const double minMs = m_timeAxis->min();
    const double maxMs = m_timeAxis->max();
    QList<QPair<QString, double>> ticks;
    const qint64 spanSecs = qint64((maxMs - minMs) / 1000.0);
    if (spanSecs > 0) {
        // As many labels as fit (about 110 px each), on the roundest step that gives that many.
        static const qint64 steps[] = {60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 43200,
                                       86400, 2 * 86400, 7 * 86400, 14 * 86400};
        const double width = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width() - 80;
        const qint64 maxTicks = std::max<qint64>(2, qint64(width / 110));
        qint64 step = steps[std::size(steps) - 1];
        for (qint64 candidate : steps) {
            if (spanSecs / candidate <= maxTicks) {
                step = candidate;
                break;
            }
        }
        // Short labels: times, and the date (day and month) where a day begins or the step is days.
        const QLocale locale;
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(QStringLiteral(":ss"));
        const QString dayFormat = QStringLiteral("d MMM");
        auto labelFor = [&](qint64 secs) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(secs);
            if (step >= 86400 || t.time() == QTime(0, 0))
                return locale.toString(t.date(), dayFormat);
            return locale.toString(t.time(), timeFormat);
        };
        // Round in local time: midnight, the full hour, … where the user lives.
        const qint64 startSecs = qint64(std::ceil(minMs / 1000.0));
        const qint64 offset = QDateTime::fromSecsSinceEpoch(startSecs).offsetFromUtc();
        qint64 tick = ((startSecs + offset + step - 1) / step) * step - offset;
        if (step >= 7 * 86400) { // weeks start on a Monday
            const QDate day = QDateTime::fromSecsSinceEpoch(tick).date();
            tick = day.addDays((8 - day.dayOfWeek()) % 7).startOfDay().toSecsSinceEpoch();
        }
        QSet<QString> used;
        for (; double(tick) * 1000.0 <= maxMs; tick += step) {
            QString label = labelFor(tick);
            while (used.contains(label))
                label += QChar(0x200B); // categories are keyed by label; an invisible mark keeps both
            used.insert(label);
            ticks.append({label, double(tick) * 1000.0});
        }
    }
    // Unchanged ticks are left alone: re-adding them would re-layout the chart, which reports a
    // new plot area, which lands here again.
    QList<QPair<QString, double>> current;
    for (const QString& label : m_timeAxis->categoriesLabels())
        current.append({label, m_timeAxis->endValue(label)});
    if (current != ticks || m_timeAxis->startValue() != minMs) {
        for (const auto& [label, value] : current)
            m_timeAxis->remove(label);
        m_timeAxis->setStartValue(minMs);
        for (const auto& [label, value] : ticks)
            m_timeAxis->append(label, value);
    }
    m_updatingTicks = false;
}

QStringList ChartsView::seriesNames() const
{
    QStringList names;
    for (const StatsSeries* s : m_shown.charted())
        names.append(s->group);
    return names;
}

bool ChartsView::isSeriesVisible(const QString& group) const
{
    for (QAbstractSeries* s : m_chart->series()) {
        if (s->property(s_groupProperty).toString() == group)
            return s->isVisible() && !m_hidden.contains(group);
    }
    return false;
}

void ChartsView::setSeriesVisible(const QString& group, bool visible)
{
    if (visible)
        m_hidden.remove(group);
    else
        m_hidden.insert(group);
    // Stacked bands must close the gap a hidden series leaves, so the stack is recomputed.
    prepare();
}

int ChartsView::bucketAt(qint64 msecs) const
{
    if (m_shown.bucketCount <= 0 || m_shown.intervalSecs <= 0)
        return -1;
    // Points sit at bucket starts; the nearest point is the bucket the cursor means.
    const double offset = (double(msecs) / 1000.0 - double(m_shown.startEpoch)) / double(m_shown.intervalSecs);
    const int bucket = int(std::lround(offset));
    return bucket >= 0 && bucket < m_shown.bucketCount ? bucket : -1;
}

QString ChartsView::groupAt(const QPointF& value) const
{
    const int bucket = bucketAt(qint64(value.x()));
    if (bucket < 0 || value.y() < 0)
        return {};
    const QList<const StatsSeries*> charted = m_shown.charted();
    QString best;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < charted.size() && i < m_stackTop.size(); ++i) {
        if (m_hidden.contains(charted.at(i)->group))
            continue;
        const double top = m_stackTop.at(i).value(bucket);
        if (m_stacked) {
            if (value.y() <= top)
                return charted.at(i)->group; // bands are in stacking order, bottom first
        } else if (std::abs(top - value.y()) < bestDistance) {
            bestDistance = std::abs(top - value.y());
            best = charted.at(i)->group;
        }
    }
    return best;
}

QString ChartsView::tooltipText(qint64 msecs) const
{
    const int bucket = bucketAt(msecs);
    if (bucket < 0)
        return {};
    const QLocale locale;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_shown.bucketStart(bucket));
    const QDateTime to = QDateTime::fromSecsSinceEpoch(m_shown.bucketStart(bucket) + m_shown.intervalSecs);
    QStringList lines{tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                        locale.toString(to, from.date() == to.date() ? locale.timeFormat(QLocale::ShortFormat)
                                                                                     : locale.dateTimeFormat(QLocale::ShortFormat)))};
    qint64 total = 0;
    for (const StatsSeries* s : m_shown.charted()) {
        if (m_hidden.contains(s->group))
            continue;
        const qint64 v = s->values.value(bucket);
        total += v;
        const int shared = m_shown.groupBy == QLatin1String("team") ? m_shared.value(s->group) : 0;
        lines.append(shared > 0 ? tr("%1: %2 (%n shared project(s))", nullptr, shared).arg(s->group, locale.toString(v))
                                : tr("%1: %2").arg(s->isOther ? tr("Other") : s->group, locale.toString(v)));
    }
    lines.append(tr("Total: %1").arg(locale.toString(total)));
    if (m_shown.groupBy == QLatin1String("team") && !m_shared.isEmpty())
        lines.append(tr("Projects owned by several teams count in each of their teams, so the total counts them more "
                        "than once; the org total counts every project once."));
    if (m_thresholdPerBucket > 0)
        lines.append(tr("P0 threshold: %1").arg(locale.toString(m_thresholdPerBucket, 'f', 0)));
    return lines.join(QLatin1Char('\n'));
}

bool ChartsView::hasThresholdOverlay() const
{
    return m_thresholdPerBucket > 0;
}

double ChartsView::thresholdPerBucket() const
{
    return m_thresholdPerBucket;
}

QChart* ChartsView::chart() const
{
    return m_chart;
}

void ChartsView::onClicked(const QPointF& value)
{
    const QString group = groupAt(value);
    if (group.isEmpty() || group == QLatin1String("Other") || !m_session)
        return;
    if (m_shown.groupBy == QLatin1String("project"))
        m_session->selectProject(group);
    else if (m_shown.groupBy == QLatin1String("team"))
        m_session->selectTeam(group);
}

void ChartsView::onHovered(const QPointF& value, const QPoint& globalPos)
{
    const QString text = tooltipText(qint64(value.x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, m_view);
}

void ChartsView::resetZoom()
{
    m_chart->zoomReset();
    m_zoomed = false;
    prepare();
}

void ChartsView::updateStatus()
{
    if (m_loading && m_shown.series.isEmpty()) {
        m_status->setText(tr("Loading error statistics…"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 buckets of %2").arg(locale.toString(m_shown.bucketCount), intervalLabel(m_shown.intervalSecs));
    if (m_shown.orgTotal >= 0)
        text += QStringLiteral(" · ") + tr("total %1 errors").arg(locale.toString(m_shown.orgTotal));
    if (!m_shown.source.isEmpty())
        text += QStringLiteral(" · ") + tr("series from %1").arg(m_shown.source);
    if (m_shown.fetchedAt.isValid())
        text += QStringLiteral(" · ") + tr("updated %1").arg(locale.toString(m_shown.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_loading)
        text += QStringLiteral(" · ") + tr("refreshing…");
    m_status->setText(text);
}

void ChartsView::applyTheme()
{
    const bool dark = isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    // The dark theme's grid is near white and louder than the data; keep it a quiet guide.
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(dark ? 0.16f : 0.12f);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette().color(QPalette::Mid));
    }
    m_chart->setLocale(QLocale());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) {
        applyTheme();
        prepare();
    }
    QWidget::changeEvent(event);
}

ChartCaption ChartsView::exportCaption() const
{
    QString scope;
    const QString project = focusProject();
    const QString team = m_session ? m_session->selectedTeam() : m_request.team;
    if (!project.isEmpty())
        scope = tr("project %1").arg(project);
    else if (!team.isEmpty())
        scope = tr("team %1").arg(team);
    else if (m_session && !m_session->orgSlug().isEmpty())
        scope = tr("all projects of %1").arg(m_session->orgSlug());
    else
        scope = tr("all projects");
    return chartCaption(m_shown, scope);
}

Result<void> ChartsView::exportPng(const QString& path) const
{
    return exportChartPng(m_view, exportCaption(), path);
}

Result<void> ChartsView::exportSvg(const QString& path) const
{
    return exportChartSvg(m_view, exportCaption(), path);
}

Result<void> ChartsView::exportCsv(const QString& path) const
{
    return exportChartCsv(m_shown, path);
}

void ChartsView::exportWithDialog(const QString& filter, const QString& suffix,
                                  Result<void> (ChartsView::*writer)(const QString&) const)
{
    // Not modal-exec: the dialog reports back through a signal, the event loop keeps running.
    auto* dialog = new QFileDialog(this, tr("Export"), QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, writer](const QString& path) {
        const Result<void> written = (this->*writer)(path);
        m_status->setText(written ? tr("Exported to %1").arg(path) : written.error().message);
    });
    dialog->open();
}

} // namespace sc
