// SPDX-License-Identifier: MIT
#include "statswindow.h"

#include <QTimeZone>

namespace sc {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

void addRange(QUrlQuery& query, const StatsWindow& window)
{
    if (!window.statsPeriod.isEmpty()) {
        query.addQueryItem(QStringLiteral("statsPeriod"), window.statsPeriod);
        return;
    }
    query.addQueryItem(QStringLiteral("start"), window.start.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("end"), window.end.toString(Qt::ISODate));
}

// No ids means every project: say so with -1. Sentry's Discover endpoints otherwise answer for the
// projects whose team the token's user is on only, and series would not add up to the stats_v2
// totals (which the totals query also asks with -1; CONTRACT §0b.1).
void addProjects(QUrlQuery& query, const QStringList& projectIds)
{
    if (projectIds.isEmpty())
        query.addQueryItem(QStringLiteral("project"), QStringLiteral("-1"));
    for (const QString& id : projectIds)
        query.addQueryItem(QStringLiteral("project"), id);
}

} // namespace

QString statsRangeName(StatsRange range)
{
    switch (range) {
    case StatsRange::LastHour: return QStringLiteral("1h");
    case StatsRange::Last24Hours: return QStringLiteral("24h");
    case StatsRange::Last7Days: return QStringLiteral("7d");
    case StatsRange::Last14Days: return QStringLiteral("14d");
    case StatsRange::Last30Days: return QStringLiteral("30d");
    case StatsRange::Custom: break;
    }
    return QStringLiteral("custom");
}

std::optional<StatsRange> statsRangeFromName(const QString& name)
{
    for (StatsRange r : {StatsRange::LastHour, StatsRange::Last24Hours, StatsRange::Last7Days,
                         StatsRange::Last14Days, StatsRange::Last30Days, StatsRange::Custom}) {
        if (statsRangeName(r) == name)
            return r;
    }
    return std::nullopt;
}

int StatsWindow::bucketCount() const
{
    if (intervalSecs <= 0)
        return 0;
    return int((endEpoch() - startEpoch() + intervalSecs - 1) / intervalSecs);
}

int StatsWindow::bucketOf(qint64 epochSecs) const
{
    if (intervalSecs <= 0 || epochSecs < startEpoch() || epochSecs >= endEpoch())
        return -1;
    return int((epochSecs - startEpoch()) / intervalSecs);
}

qint64 chartIntervalForSpan(qint64 spanSecs)
{
    if (spanSecs >= 60 * Day)
        return 4 * Hour;
    if (spanSecs >= 30 * Day)
        return Hour;
    if (spanSecs > Day)
        return 30 * Minute;
    if (spanSecs > Hour)
        return 5 * Minute;
    return Minute;
}

qint64 usageIntervalForSpan(qint64 spanSecs)
{
    return spanSecs > Day ? Day : Hour;
}

QString intervalText(qint64 secs)
{
    if (secs > 0 && secs % Day == 0)
        return QStringLiteral("%1d").arg(secs / Day);
    if (secs > 0 && secs % Hour == 0)
        return QStringLiteral("%1h").arg(secs / Hour);
    if (secs > 0 && secs % Minute == 0)
        return QStringLiteral("%1m").arg(secs / Minute);
    return QStringLiteral("%1s").arg(secs);
}

qint64 parseInterval(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    qint64 unit = 1;
    QString number = t;
    switch (t.back().toLatin1()) {
    case 's': unit = 1; number.chop(1); break;
    case 'm': unit = Minute; number.chop(1); break;
    case 'h': unit = Hour; number.chop(1); break;
    case 'd': unit = Day; number.chop(1); break;
    case 'w': unit = 7 * Day; number.chop(1); break;
    default: break;
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    return ok && n > 0 ? n * unit : 0;
}

qint64 parseStatsPeriod(const QString& text)
{
    return parseInterval(text);
}

StatsWindow statsWindow(StatsRange range, const QDateTime& now, const QDateTime& customStart,
                        const QDateTime& customEnd)
{
    StatsWindow window;
    qint64 endSecs = now.toSecsSinceEpoch();
    qint64 span = 0;
    if (range == StatsRange::Custom) {
        endSecs = customEnd.toSecsSinceEpoch();
        span = std::max<qint64>(Minute, endSecs - customStart.toSecsSinceEpoch());
    } else {
        window.statsPeriod = statsRangeName(range);
        span = parseStatsPeriod(window.statsPeriod);
    }
    window.intervalSecs = chartIntervalForSpan(span);
    // Buckets are aligned to the interval in UTC (as Snuba rounds them), so the last bucket is the
    // partial one that holds `end`.
    const qint64 alignedEnd = ((endSecs + window.intervalSecs - 1) / window.intervalSecs) * window.intervalSecs;
    const qint64 buckets = (span + window.intervalSecs - 1) / window.intervalSecs;
    window.end = QDateTime::fromSecsSinceEpoch(alignedEnd, Qt::UTC);
    window.start = QDateTime::fromSecsSinceEpoch(alignedEnd - buckets * window.intervalSecs, Qt::UTC);
    return window;
}

QUrlQuery statsV2TotalsQuery(const StatsWindow& window)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("field"), QStringLiteral("sum(quantity)"));
    query.addQueryItem(QStringLiteral("groupBy"), QStringLiteral("project"));
    query.addQueryItem(QStringLiteral("category"), QStringLiteral("error"));
    query.addQueryItem(QStringLiteral("outcome"), QStringLiteral("accepted"));
    query.addQueryItem(QStringLiteral("project"), QStringLiteral("-1"));
    query.addQueryItem(QStringLiteral("interval"),
                       intervalText(usageIntervalForSpan(window.endEpoch() - window.startEpoch())));
    if (window.statsPeriod.isEmpty()) {
        // stats_v2 buckets are whole hours: widen a custom window to them.
        const qint64 s = (window.startEpoch() / Hour) * Hour;
        const qint64 e = ((window.endEpoch() + Hour - 1) / Hour) * Hour;
        query.addQueryItem(QStringLiteral("start"),
                           QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("end"),
                           QDateTime::fromSecsSinceEpoch(e, Qt::UTC).toString(Qt::ISODate));
    } else {
        query.addQueryItem(QStringLiteral("statsPeriod"), window.statsPeriod);
    }
    return query;
}

QUrlQuery eventsTimeseriesQuery(const StatsWindow& window, const QString& groupBy, int topEvents,
                                const QStringList& projectIds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dataset"), QStringLiteral("errors"));
    query.addQueryItem(QStringLiteral("yAxis"), QStringLiteral("count()"));
    query.addQueryItem(QStringLiteral("interval"), intervalText(window.intervalSecs));
    addRange(query, window);
    addProjects(query, projectIds);
    if (!groupBy.isEmpty()) {
        query.addQueryItem(QStringLiteral("groupBy"), groupBy);
        query.addQueryItem(QStringLiteral("topEvents"), QString::number(topEvents));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-count()"));
    }
    return query;
}

QUrlQuery eventsStatsQuery(const StatsWindow& window, const QString& groupBy, int topEvents,
                           const QStringList& projectIds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dataset"), QStringLiteral("errors"));
    query.addQueryItem(QStringLiteral("yAxis"), QStringLiteral("count()"));
    query.addQueryItem(QStringLiteral("interval"), intervalText(window.intervalSecs));
    addRange(query, window);
    addProjects(query, projectIds);
    if (!groupBy.isEmpty()) {
        query.addQueryItem(QStringLiteral("field"), groupBy);
        query.addQueryItem(QStringLiteral("field"), QStringLiteral("count()"));
        query.addQueryItem(QStringLiteral("topEvents"), QString::number(topEvents));
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("-count()"));
    }
    return query;
}

} // namespace sc
