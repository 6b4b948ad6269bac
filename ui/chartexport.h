// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "statsdata.h"

#include <QString>

class QWidget;

namespace sc {

// What an exported chart says about itself, drawn above it (PNG, SVG) so that a picture pasted
// into an incident report still tells what it shows.
struct ChartCaption {
    QString title;     // "Errors by team — team payments"
    QString subtitle;  // "Last 24 hours: 1 Dec 2026 10:05 – 2 Dec 2026 10:05 · 5-minute buckets"
};

// The caption for `data` (its grouping, range and window) scoped to `scope` ("the whole org",
// "project payment-api", …; already translated).
ChartCaption chartCaption(const StatsData& data, const QString& scope);

// `chart` rendered below `caption`, at the widget's size (plus the caption band).
Result<void> exportChartPng(QWidget* chart, const ChartCaption& caption, const QString& path);
Result<void> exportChartSvg(QWidget* chart, const ChartCaption& caption, const QString& path);
// The charted numbers (StatsData::toCsv), written atomically.
Result<void> exportChartCsv(const StatsData& data, const QString& path);

} // namespace sc
