// SPDX-License-Identifier: MIT
#pragma once

#include "statsdata.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>

namespace sc {

// The chart's geometry for one charted series, x in epoch milliseconds (what QtCharts' time axis
// takes). `upper` is what a line chart draws; a stacked chart fills between `lower` and `upper`.
struct StackedSeries {
    QString group;
    QList<QPointF> upper;
    QList<QPointF> lower;   // stacked only: the top of the series below (0 for the first)
    QList<double> top;      // full resolution: `upper`'s y per bucket, for hover and hit tests
};

struct StackedChart {
    QList<StackedSeries> series; // in data.charted() order, bottom of the stack first
    double maxValue = 0;         // highest visible point: the value axis' range
};

// Stacks (or, with `stacked` false, lays side by side) the charted series of `data`. A hidden
// series keeps its entry but adds no height, so the bands above close the gap it leaves. Pure.
StackedChart stackSeries(const StatsData& data, const QSet<QString>& hidden, bool stacked);

// Reduces `points` (x ascending) to at most about 2 × `columns` points for a plot `columns`
// pixels wide: per pixel column of [xMin, xMax] the first, lowest, highest and last point survive in
// x order (duplicates removed), so a one-bucket spike still reaches its height. Points outside
// [xMin, xMax] are kept as they are (the line continues off-screen). Returns `points` unchanged
// when they already fit. Pure.
QList<QPointF> decimateMinMax(const QList<QPointF>& points, double xMin, double xMax, int columns);

// Team grouping: how many of each team's projects are owned by another charted or uncharted
// team too (the series of both teams count them). Teams without shared projects are absent.
QHash<QString, int> sharedProjectCounts(const StatsData& teamData);

} // namespace sc
