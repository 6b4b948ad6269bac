// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sc {

// One series as a server sent it: (epoch seconds, count) points, not yet aligned to buckets.
struct RawSeries {
    QString group;       // the grouped value (project slug, level), or "" for an ungrouped series
    bool isOther = false; // Sentry's "Other" (everything outside the top N)
    int order = 0;       // server rank (0 = largest)
    QList<QPair<qint64, qint64>> points;

    qint64 sum() const;
};

// stats_v2 grouped by project: project id → accepted total over the period. Groups of other
// outcomes (when the caller grouped by outcome too) are ignored; a project listed several times
// (e.g. per category) is summed.
Result<QHash<QString, qint64>> parseStatsV2Totals(const QJsonValue& json);

// events-timeseries: {timeSeries: [{yAxis, groupBy: [{key, value}], values: [{timestamp ms, value}],
// meta}], meta}. `groupBy` names the key whose value becomes RawSeries::group.
Result<QList<RawSeries>> parseEventsTimeseries(const QJsonValue& json, const QString& groupBy = {});

// events-stats, either shape: single yAxis ({data: [[ts, [{count}]]…]}) → one series with an empty
// group; topEvents (object keyed by comma-joined values of `fields` in alphabetical field-name order,
// plus "Other") → one series per key, group = the value of `groupBy`. `fields` are the
// non-aggregate fields requested.
Result<QList<RawSeries>> parseEventsStats(const QJsonValue& json, const QStringList& fields = {},
                                          const QString& groupBy = {});

// Which part of a comma-joined top-events key is `field`'s value (fields sorted by name).
QString topEventsKeyValue(const QString& key, const QStringList& fields, const QString& field);

} // namespace sc
