// SPDX-License-Identifier: MIT
#include "statsaggregate.h"

#include "orgsnapshot.h"

#include <QJsonArray>

#include <algorithm>

namespace sc {

namespace {

StatsData emptyData(const StatsWindow& window, const QString& groupBy)
{
    StatsData data;
    data.groupBy = groupBy;
    data.startEpoch = window.startEpoch();
    data.intervalSecs = window.intervalSecs;
    data.bucketCount = window.bucketCount();
    data.range = window.statsPeriod.isEmpty() ? QStringLiteral("custom") : window.statsPeriod;
    return data;
}

void addInto(QList<qint64>& target, const QList<qint64>& values)
{
    if (target.isEmpty()) {
        target = values;
        return;
    }
    for (qsizetype i = 0; i < target.size() && i < values.size(); ++i)
        target[i] += values.at(i);
}

void rank(QList<StatsSeries>& series)
{
    std::stable_sort(series.begin(), series.end(), [](const StatsSeries& a, const StatsSeries& b) {
        if (a.isOther != b.isOther)
            return b.isOther;
        if (a.rankTotal() != b.rankTotal())
            return a.rankTotal() > b.rankTotal();
        return a.group < b.group;
    });
}

qint64 totalOf(const StatsProject& p, const QHash<QString, qint64>& totalsById)
{
    return totalsById.value(p.id, 0);
}

} // namespace

QList<StatsProject> statsProjects(const OrgSnapshot& snapshot)
{
    QList<StatsProject> result;
    result.reserve(snapshot.projects.size());
    for (const Project& p : snapshot.projects)
        result.append({p.id, p.slug, p.teamSlugs()});
    return result;
}

QList<qint64> alignToWindow(const RawSeries& raw, const StatsWindow& window)
{
    QList<qint64> values(window.bucketCount(), 0);
    for (const auto& [ts, count] : raw.points) {
        const int bucket = window.bucketOf(ts);
        if (bucket >= 0)
            values[bucket] += count;
    }
    return values;
}

StatsData buildProjectStats(const StatsWindow& window, const QList<RawSeries>& topSeries,
                            const QHash<QString, qint64>& totalsById, const QList<StatsProject>& projects)
{
    StatsData data = emptyData(window, QStringLiteral("project"));
    QHash<QString, const RawSeries*> bySlug;
    const RawSeries* other = nullptr;
    for (const RawSeries& raw : topSeries) {
        if (raw.isOther)
            other = &raw;
        else
            bySlug.insert(raw.group, &raw);
    }
    data.orgTotal = 0;
    data.series.reserve(projects.size() + 1);
    for (const StatsProject& p : projects) {
        StatsSeries s;
        s.group = p.slug;
        s.total = totalOf(p, totalsById);
        if (const RawSeries* raw = bySlug.value(p.slug))
            s.values = alignToWindow(*raw, window);
        data.orgTotal += s.total;
        data.series.append(std::move(s));
    }
    if (other) {
        StatsSeries s;
        s.group = QStringLiteral("Other");
        s.isOther = true;
        s.values = alignToWindow(*other, window);
        data.series.append(std::move(s));
    }
    rank(data.series);
    return data;
}

StatsData buildTeamStats(const StatsWindow& window, const QHash<QString, RawSeries>& teamSeries,
                         const QHash<QString, qint64>& totalsById, const QList<StatsProject>& projects)
{
    StatsData data = emptyData(window, QStringLiteral("team"));
    QHash<QString, StatsSeries> teams;
    data.orgTotal = 0;
    for (const StatsProject& p : projects) {
        const qint64 total = totalOf(p, totalsById);
        data.orgTotal += total; // once per project, however many teams it has
        for (const QString& team : p.teams) {
            StatsSeries& s = teams[team];
            s.group = team;
            s.total = std::max<qint64>(0, s.total) + total;
            s.projects.append(p.slug);
        }
    }
    for (auto it = teamSeries.begin(); it != teamSeries.end(); ++it) {
        StatsSeries& s = teams[it.key()];
        s.group = it.key();
        s.values = alignToWindow(it.value(), window);
    }
    data.series = teams.values();
    rank(data.series);
    return data;
}

StatsData rollUpTeams(const StatsData& projectStats, const QList<StatsProject>& projects)
{
    StatsData data = projectStats;
    data.groupBy = QStringLiteral("team");
    data.series.clear();
    QHash<QString, StatsSeries> teams;
    data.orgTotal = 0;
    for (const StatsProject& p : projects) {
        const StatsSeries* ps = projectStats.find(p.slug);
        if (!ps)
            continue;
        data.orgTotal += ps->rankTotal();
        for (const QString& team : p.teams) {
            StatsSeries& s = teams[team];
            s.group = team;
            s.total = std::max<qint64>(0, s.total) + ps->rankTotal();
            s.projects.append(p.slug);
            addInto(s.values, ps->values);
        }
    }
    data.series = teams.values();
    rank(data.series);
    return data;
}

StatsData buildGroupStats(const StatsWindow& window, const QList<RawSeries>& series, const QString& groupBy)
{
    StatsData data = emptyData(window, groupBy);
    data.orgTotal = 0;
    for (const RawSeries& raw : series) {
        StatsSeries s;
        s.group = raw.group.isEmpty() ? QStringLiteral("(none)") : raw.group;
        s.isOther = raw.isOther;
        s.values = alignToWindow(raw, window);
        s.total = s.sum();
        data.orgTotal += s.total;
        data.series.append(std::move(s));
    }
    rank(data.series);
    return data;
}

StatsData topN(const StatsData& data, int n)
{
    StatsData result = data;
    result.series.clear();
    QList<StatsSeries> charted;
    QList<StatsSeries> totalsOnly;
    StatsSeries other;
    other.group = QStringLiteral("Other");
    other.isOther = true;
    bool haveOther = false;
    for (const StatsSeries& s : data.series) {
        if (s.isOther) {
            addInto(other.values, s.values);
            haveOther = true;
        } else if (s.hasPoints()) {
            charted.append(s);
        } else {
            totalsOnly.append(s);
        }
    }
    std::stable_sort(charted.begin(), charted.end(),
                     [](const StatsSeries& a, const StatsSeries& b) { return a.sum() > b.sum(); });
    for (qsizetype i = 0; i < charted.size(); ++i) {
        if (i < n) {
            result.series.append(charted.at(i));
        } else {
            addInto(other.values, charted.at(i).values);
            other.projects.append(charted.at(i).group);
            haveOther = true;
        }
    }
    result.series.append(totalsOnly);
    if (haveOther) {
        other.total = other.sum();
        result.series.append(other);
    }
    return result;
}

StatsData filterGroups(const StatsData& data, const QSet<QString>& groups)
{
    if (groups.isEmpty())
        return data;
    StatsData result = data;
    result.series.clear();
    result.orgTotal = 0;
    for (const StatsSeries& s : data.series) {
        if (groups.contains(s.group)) {
            result.series.append(s);
            result.orgTotal += s.rankTotal();
        }
    }
    return result;
}

std::optional<StatsAlertRule> p0DeployedRule(const OrgSnapshot& snapshot, const QString& projectSlug)
{
    const Project* project = snapshot.projectBySlug(projectSlug);
    if (!project)
        return std::nullopt;
    for (const Detector* d : snapshot.detectorsOfProject(project->id)) {
        if (d->type != QLatin1String("metric_issue"))
            continue;
        const QJsonObject snuba = d->raw.value(QStringLiteral("dataSources")).toArray().at(0).toObject()
                                      .value(QStringLiteral("queryObj")).toObject()
                                      .value(QStringLiteral("snubaQuery")).toObject();
        if (snuba.value(QStringLiteral("aggregate")).toString() != QLatin1String("count()"))
            continue;
        const double windowSecs = snuba.value(QStringLiteral("timeWindow")).toDouble(60);
        for (const QJsonValue& c : d->raw.value(QStringLiteral("conditionGroup")).toObject()
                                       .value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            const QString type = cond.value(QStringLiteral("type")).toString();
            if ((type == QLatin1String("gt") || type == QLatin1String("gte"))
                && cond.value(QStringLiteral("comparison")).isDouble() && windowSecs > 0)
                return StatsAlertRule{type, cond.value(QStringLiteral("comparison")).toDouble(), int(windowSecs)};
        }
    }
    for (const MetricAlertRule* rule : snapshot.metricAlertRulesOfProject(projectSlug)) {
        if (rule->aggregate != QLatin1String("count()") || rule->timeWindowMinutes <= 0)
            continue;
        for (const QJsonValue& t : rule->raw.value(QStringLiteral("triggers")).toArray()) {
            const QJsonObject trigger = t.toObject();
            // Legacy metric alerts: thresholdType 0 = above (Sentry's AlertRuleThresholdType).
            if (trigger.value(QStringLiteral("label")).toString() == QLatin1String("critical")
                && trigger.value(QStringLiteral("alertThreshold")).isDouble()
                && rule->raw.value(QStringLiteral("thresholdType")).toInt(0) == 0)
                return StatsAlertRule{QStringLiteral("gt"), trigger.value(QStringLiteral("alertThreshold")).toDouble(),
                                      int(rule->timeWindowMinutes * 60)};
        }
    }
    return std::nullopt;
}

double p0ThresholdPerMinute(const OrgSnapshot& snapshot, const QString& projectSlug, double fallback)
{
    const std::optional<StatsAlertRule> rule = p0DeployedRule(snapshot, projectSlug);
    return rule ? rule->perMinute() : fallback;
}

bool StatsAlertRule::holds(double count) const
{
    if (comparison == QLatin1String("gte"))
        return count >= threshold;
    if (comparison == QLatin1String("lt"))
        return count < threshold;
    if (comparison == QLatin1String("lte"))
        return count <= threshold;
    return count > threshold;
}

QList<int> bucketsWhereAlertFires(const QList<qint64>& values, qint64 intervalSecs, const StatsAlertRule& rule)
{
    QList<int> result;
    if (intervalSecs <= 0 || rule.windowSecs <= 0)
        return result;
    if (intervalSecs >= rule.windowSecs) {
        StatsAlertRule scaled = rule;
        scaled.threshold = rule.threshold * double(intervalSecs) / double(rule.windowSecs);
        for (int i = 0; i < values.size(); ++i) {
            if (scaled.holds(double(values.at(i))))
                result.append(i);
        }
        return result;
    }
    const qsizetype span = (rule.windowSecs + intervalSecs - 1) / intervalSecs; // buckets per window
    double sum = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        sum += double(values.at(i));
        if (i >= span)
            sum -= double(values.at(i - span));
        if (i + 1 >= span && rule.holds(sum))
            result.append(int(i));
    }
    return result;
}

double thresholdForInterval(double perMinute, qint64 intervalSecs)
{
    return perMinute * double(intervalSecs) / 60.0;
}

QList<int> bucketsAbove(const QList<qint64>& values, double threshold)
{
    QList<int> result;
    for (int i = 0; i < values.size(); ++i) {
        if (double(values.at(i)) > threshold)
            result.append(i);
    }
    return result;
}

} // namespace sc
