// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sc {

// The ranges the charts offer; Custom uses an explicit start and end.
enum class StatsRange { LastHour, Last24Hours, Last7Days, Last14Days, Last30Days, Custom };

QString statsRangeName(StatsRange range);                 // "1h" | "24h" | "7d" | "14d" | "30d" | "custom"
std::optional<StatsRange> statsRangeFromName(const QString& name);

// What a chart asks for: a half-open UTC window [start, end) cut into buckets of `intervalSecs`.
// `statsPeriod` is set for the relative ranges (sent as statsPeriod=…, like Sentry's UI does),
// empty for a custom range (sent as start/end).
struct StatsWindow {
    QDateTime start;       // UTC, aligned down to the interval
    QDateTime end;         // UTC, start + bucketCount * interval
    qint64 intervalSecs = 3600;
    QString statsPeriod;

    qint64 startEpoch() const { return start.toSecsSinceEpoch(); }
    qint64 endEpoch() const { return end.toSecsSinceEpoch(); }
    int bucketCount() const;
    qint64 bucketStart(int index) const { return startEpoch() + qint64(index) * intervalSecs; }
    // Bucket holding `epochSecs`, or -1 outside the window.
    int bucketOf(qint64 epochSecs) const;
};

// The interval Sentry's UI picks for a span ("high" fidelity of getInterval()): ≤ 1 h → 1 min,
// ≤ 24 h → 5 min, < 30 d → 30 min, < 60 d → 1 h, beyond → 4 h.
qint64 chartIntervalForSpan(qint64 spanSecs);
// stats_v2 wants ≥ 1 h, ≤ 1 d, dividing a day: 1 h for spans up to 24 h, else 1 d.
qint64 usageIntervalForSpan(qint64 spanSecs);

// "1m", "5m", "30m", "1h", "4h", "1d"; and back (seconds; 0 when unreadable). Accepts s/m/h/d/w.
QString intervalText(qint64 secs);
qint64 parseInterval(const QString& text);
// "24h", "7d" → seconds (0 when unreadable).
qint64 parseStatsPeriod(const QString& text);

// Window for a relative range ending `now`, or for [customStart, customEnd).
StatsWindow statsWindow(StatsRange range, const QDateTime& now, const QDateTime& customStart = {},
                        const QDateTime& customEnd = {});

// Query strings for the endpoints (CONTRACT §10, §11). `projectIds` empty = every project.
QUrlQuery statsV2TotalsQuery(const StatsWindow& window);
// groupBy empty = one series (e.g. a team's or a project's own series).
QUrlQuery eventsTimeseriesQuery(const StatsWindow& window, const QString& groupBy, int topEvents,
                                const QStringList& projectIds = {});
QUrlQuery eventsStatsQuery(const StatsWindow& window, const QString& groupBy, int topEvents,
                           const QStringList& projectIds = {});

} // namespace sc
