// SPDX-License-Identifier: MIT
#pragma once

#include "statsdata.h"
#include "statsparsers.h"
#include "statswindow.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace sc {

class OrgSnapshot;

// What the aggregation needs to know about a project (from the snapshot's projects).
struct StatsProject {
    QString id;
    QString slug;
    QStringList teams; // team slugs; a project may have several
};
QList<StatsProject> statsProjects(const OrgSnapshot& snapshot);

// All functions here are pure and thread-safe on values: run them in QtConcurrent for 2,000
// projects and hand the StatsData back to the UI thread.

// Sums the points of `raw` into the window's buckets; points outside it are dropped, buckets
// without a point stay 0 (Sentry omits empty buckets on some paths).
QList<qint64> alignToWindow(const RawSeries& raw, const StatsWindow& window);

// Grouped by project: one entry per project of `projects` (total from stats_v2 by project id,
// points where `topSeries` has a series for its slug), then "Other" from the server's rest series.
// Ranked by total, largest first.
StatsData buildProjectStats(const StatsWindow& window, const QList<RawSeries>& topSeries,
                            const QHash<QString, qint64>& totalsById, const QList<StatsProject>& projects);

// Grouped by team: `teamSeries` holds one ungrouped series per team slug (one query per team,
// filtered to its projects). A project with several teams counts in each; orgTotal counts it once.
StatsData buildTeamStats(const StatsWindow& window, const QHash<QString, RawSeries>& teamSeries,
                         const QHash<QString, qint64>& totalsById, const QList<StatsProject>& projects);

// Team roll-up of per-project data that already has points for every project (fake data, tests).
StatsData rollUpTeams(const StatsData& projectStats, const QList<StatsProject>& projects);

// Grouped by level (or any other field): series as the server ranked them.
StatsData buildGroupStats(const StatsWindow& window, const QList<RawSeries>& series, const QString& groupBy);

// The chart's cut: the `n` largest charted series, the rest with points folded into one "Other"
// (added to a server "Other"). Series without points stay as they are (totals only).
StatsData topN(const StatsData& data, int n);

// Keeps only the series of `groups` (e.g. the tree selection's projects). Empty = no filter.
StatsData filterGroups(const StatsData& data, const QSet<QString>& groups);

// P0 threshold: errors per minute that fire P0 for `projectSlug` — the project's own P0 error
// detector (or legacy metric alert rule) if it has one, else the policy default of 50.
double p0ThresholdPerMinute(const OrgSnapshot& snapshot, const QString& projectSlug, double fallback = 50.0);
// The same threshold per bucket of `intervalSecs` (a 5-minute bucket fires above 250).
double thresholdForInterval(double perMinute, qint64 intervalSecs);
// Buckets whose count is above `threshold`.
QList<int> bucketsAbove(const QList<qint64>& values, double threshold);

// A count alert as a P0 error detector or the tier policy states it: fires when count() over
// `windowSecs` compares to `threshold` (the default policy: gt 50 over 60 s, "more than 50/min").
struct StatsAlertRule {
    QString comparison = QStringLiteral("gt"); // gt | gte | lt | lte
    double threshold = 50;
    int windowSecs = 60;

    double perMinute() const { return windowSecs > 0 ? threshold * 60.0 / windowSecs : 0; }
    bool holds(double count) const; // count compares to threshold
};

// The project's own deployed P0 error alert (workflow-engine detector, else legacy metric alert
// rule with a critical trigger) on count(); nullopt when it has none.
std::optional<StatsAlertRule> p0DeployedRule(const OrgSnapshot& snapshot, const QString& projectSlug);

// Buckets of `intervalSecs` in which `rule` certainly fires, judged from bucket counts alone:
// - buckets as long as the window or longer: the bucket holds interval/window whole windows, so a
//   count beyond interval/window × threshold means one of them crossed it (and below, none need
//   have: a spike inside one minute may still fire, but the chart cannot know);
// - buckets shorter than the window: the sum of the buckets of each complete window ending at a
//   bucket is compared, the bucket it ends at is marked.
QList<int> bucketsWhereAlertFires(const QList<qint64>& values, qint64 intervalSecs, const StatsAlertRule& rule);

} // namespace sc
