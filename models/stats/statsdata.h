// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc {

// One group's errors over the chart window.
struct StatsSeries {
    QString group;          // project slug, team slug, level, or "Other"
    bool isOther = false;
    qint64 total = -1;      // period total from stats_v2 (-1: unknown, use sum())
    QList<qint64> values;   // one count per bucket; empty when only the total is known
    QStringList projects;   // team series: the team's project slugs

    bool hasPoints() const { return !values.isEmpty(); }
    qint64 sum() const;
    qint64 rankTotal() const { return total >= 0 ? total : sum(); }
};

// What a chart, the CSV export and `stats --format json` show: series aligned to one bucket grid.
// A value (implicitly shared lists); safe to build on a worker thread and hand to the UI thread.
struct StatsData {
    QString groupBy = QStringLiteral("project"); // project | team | level
    qint64 startEpoch = 0;       // first bucket, UTC seconds
    qint64 intervalSecs = 3600;
    int bucketCount = 0;
    QList<StatsSeries> series;   // ranked, largest first; "Other" last
    qint64 orgTotal = -1;        // every project counted once (team series may overlap)
    QString source;              // endpoint the series came from: events-timeseries | events-stats
    QString range;               // "24h", … or "custom"
    QDateTime fetchedAt;         // UTC

    qint64 bucketStart(int index) const { return startEpoch + qint64(index) * intervalSecs; }
    const StatsSeries* find(const QString& group) const;
    QList<const StatsSeries*> charted() const; // series with points, in rank order

    // Cache form for OrgSnapshot::extras["stats"] (lossless).
    QJsonObject toJson() const;
    static Result<StatsData> fromJson(const QJsonObject& json);

    // The `stats --format json` contract: {"interval": SECONDS, "series": [{"group", "total",
    // "points": [[UNIX_TS, N], ...]}]} — points only where a series exists.
    QJsonObject toContractJson() const;
    // Header `time,<group>,...` (charted series) and one row per bucket; time is ISO-8601 UTC.
    QString toCsv() const;
};

} // namespace sc
