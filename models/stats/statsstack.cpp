// SPDX-License-Identifier: MIT
#include "statsstack.h"

#include <algorithm>

namespace sc {

StackedChart stackSeries(const StatsData& data, const QSet<QString>& hidden, bool stacked)
{
    StackedChart chart;
    const int buckets = std::max(0, data.bucketCount);
    QList<double> base(buckets, 0.0);
    for (const StatsSeries* s : data.charted()) {
        StackedSeries out;
        out.group = s->group;
        out.upper.reserve(buckets);
        out.top.reserve(buckets);
        if (stacked)
            out.lower.reserve(buckets);
        const bool visible = !hidden.contains(s->group);
        for (int i = 0; i < buckets; ++i) {
            const double x = double(data.bucketStart(i)) * 1000.0;
            const double v = double(s->values.value(i));
            if (stacked) {
                out.lower.append({x, base[i]});
                if (visible)
                    base[i] += v;
                out.upper.append({x, base[i]});
                out.top.append(base[i]);
                chart.maxValue = std::max(chart.maxValue, base[i]);
            } else {
                out.upper.append({x, v});
                out.top.append(v);
                if (visible)
                    chart.maxValue = std::max(chart.maxValue, v);
            }
        }
        chart.series.append(std::move(out));
    }
    return chart;
}

QList<QPointF> decimateMinMax(const QList<QPointF>& points, double xMin, double xMax, int columns)
{
    if (columns <= 0 || xMax <= xMin || points.size() <= 2 * qsizetype(columns))
        return points;
    QList<QPointF> out;
    out.reserve(4 * qsizetype(columns) + 4);
    const double width = (xMax - xMin) / double(columns);
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const QPointF& p = points.at(i);
        if (p.x() < xMin || p.x() > xMax) {
            out.append(p);
            ++i;
            continue;
        }
        const qint64 column = std::min<qint64>(columns - 1, qint64((p.x() - xMin) / width));
        // One pixel column: [first, ..., last]; remember where the lowest and highest are.
        qsizetype first = i, last = i, lo = i, hi = i;
        while (i < n && points.at(i).x() <= xMax
               && std::min<qint64>(columns - 1, qint64((points.at(i).x() - xMin) / width)) == column) {
            if (points.at(i).y() < points.at(lo).y())
                lo = i;
            if (points.at(i).y() > points.at(hi).y())
                hi = i;
            last = i;
            ++i;
        }
        qsizetype keep[] = {first, std::min(lo, hi), std::max(lo, hi), last};
        qsizetype previous = -1;
        for (qsizetype k : keep) {
            if (k != previous)
                out.append(points.at(k));
            previous = k;
        }
    }
    return out;
}

QHash<QString, int> sharedProjectCounts(const StatsData& teamData)
{
    QHash<QString, int> teamsOfProject;
    for (const StatsSeries& s : teamData.series) {
        if (s.isOther)
            continue;
        for (const QString& project : s.projects)
            ++teamsOfProject[project];
    }
    QHash<QString, int> shared;
    for (const StatsSeries& s : teamData.series) {
        if (s.isOther)
            continue;
        for (const QString& project : s.projects) {
            if (teamsOfProject.value(project) > 1)
                ++shared[s.group];
        }
    }
    return shared;
}

} // namespace sc
