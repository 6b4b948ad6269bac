// SPDX-License-Identifier: MIT
#include "fakestats.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sc {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr int MaxTopEvents = 10;
constexpr qint64 MaxEventsPoints = 10000; // Snuba's MAX_ROLLUP_POINTS
constexpr qint64 MaxOutcomePoints = 1000;  // the outcomes query's point limit
const char* const s_tooMany =
    "Your interval and date range would create too many results. Use a larger interval, or a smaller date range.";

// --- determinism -------------------------------------------------------------------------------
// Stable across runs and platforms (qHash is seeded per process).

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 fnv(const QString& text)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

double unit(quint64 h)
{
    return double(h >> 11) / double(1ULL << 53);
}

// --- the synthetic error stream ------------------------------------------------------------------
// Each project sends a whole number of errors per minute that is constant within an UTC hour:
// base rate × time of day × weekday × per-hour noise. That makes any bucket sum exact and cheap
// (one term per hour touched), so stats_v2 totals and Discover series always agree. The demo org
// adds a per-minute incident on payment-api three hours before `now`.

struct Levels {
    qint64 fatal = 0, error = 0, warning = 0, info = 0;
};

Levels splitLevels(qint64 perMinute)
{
    Levels l;
    l.fatal = perMinute / 25;
    l.warning = perMinute / 7;
    l.info = perMinute / 15;
    l.error = perMinute - l.fatal - l.warning - l.info;
    return l;
}

qint64 levelOf(const Levels& l, const QString& level)
{
    if (level == QLatin1String("fatal"))
        return l.fatal;
    if (level == QLatin1String("warning"))
        return l.warning;
    if (level == QLatin1String("info"))
        return l.info;
    if (level == QLatin1String("error"))
        return l.error;
    return 0;
}

const QStringList& allLevels()
{
    static const QStringList levels{QStringLiteral("error"), QStringLiteral("fatal"), QStringLiteral("info"),
                                    QStringLiteral("warning")};
    return levels;
}

struct Model {
    QString seed;
    bool demo = false;
    qint64 now = 0;
    qint64 incidentStart = 0; // demo: payment-api
    qint64 incidentEnd = 0;
    static constexpr qint64 IncidentPerMinute = 140;

    double baseRate(const FakeStatsProject& p) const
    {
        if (demo) {
            static const QHash<QString, double> bases{
                {QStringLiteral("web-app"), 7.5},      {QStringLiteral("api-gateway"), 4.2},
                {QStringLiteral("payment-api"), 1.1},  {QStringLiteral("user-service"), 1.6},
                {QStringLiteral("auth-service"), 0.9}, {QStringLiteral("mobile-app"), 2.4},
                {QStringLiteral("billing-worker"), 0.4}};
            if (bases.contains(p.slug))
                return bases.value(p.slug);
        }
        // A few loud services and a long quiet tail, like a real org.
        const double u = unit(mix(fnv(seed + QLatin1Char('/') + p.slug)));
        return 9.0 * u * u * u * u;
    }

    qint64 perMinuteInHour(const FakeStatsProject& p, double base, qint64 hourIndex) const
    {
        const qint64 hourOfDay = hourIndex % 24;
        const qint64 dayIndex = hourIndex / 24;
        const bool weekend = ((dayIndex + 4) % 7) >= 5; // 1970-01-01 was a Thursday
        const double daily = 0.65 + 0.35 * std::sin((double(hourOfDay) - 8.0) * M_PI / 12.0);
        const quint64 h = mix(fnv(p.slug) ^ mix(quint64(hourIndex)) ^ fnv(seed));
        const double noise = 0.7 + 0.6 * unit(h);
        const double rate = base * daily * (weekend ? 0.6 : 1.0) * noise;
        // Dithered rounding keeps small rates alive (some hours 1/min, some 0).
        return qint64(std::floor(rate + unit(mix(h))));
    }

    bool hasIncident(const FakeStatsProject& p) const { return demo && p.slug == QLatin1String("payment-api"); }

    // Errors of `level` ("" = all) in [a, b), clipped to `now`.
    qint64 count(const FakeStatsProject& p, double base, qint64 a, qint64 b, const QString& level) const
    {
        b = std::min(b, now);
        if (b <= a)
            return 0;
        qint64 total = 0;
        for (qint64 hour = a / Hour; hour * Hour < b; ++hour) {
            const qint64 from = std::max(a, hour * Hour);
            const qint64 to = std::min(b, (hour + 1) * Hour);
            const qint64 minutes = (to - from) / Minute;
            if (minutes <= 0)
                continue;
            const qint64 perMinute = perMinuteInHour(p, base, hour);
            total += minutes * (level.isEmpty() ? perMinute : levelOf(splitLevels(perMinute), level));
        }
        if (hasIncident(p) && (level.isEmpty() || level == QLatin1String("error"))) {
            const qint64 from = std::max(a, incidentStart);
            const qint64 to = std::min(b, incidentEnd);
            if (to > from)
                total += ((to - from) / Minute) * IncidentPerMinute;
        }
        return total;
    }
};

// --- parameters --------------------------------------------------------------------------------

FakeStatsReply badRequest(const QString& detail)
{
    return {400, QJsonObject{{QStringLiteral("detail"), detail}}};
}

qint64 parseDuration(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    qint64 unitSecs = 1;
    QString number = t;
    switch (t.back().toLatin1()) {
    case 's': unitSecs = 1; number.chop(1); break;
    case 'm': unitSecs = Minute; number.chop(1); break;
    case 'h': unitSecs = Hour; number.chop(1); break;
    case 'd': unitSecs = Day; number.chop(1); break;
    case 'w': unitSecs = 7 * Day; number.chop(1); break;
    default: break;
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    return ok && n > 0 ? n * unitSecs : 0;
}

std::optional<qint64> parseTime(const QString& text)
{
    bool ok = false;
    const double epoch = text.toDouble(&ok);
    if (ok)
        return qint64(epoch);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // Sentry reads a naive time as UTC
    return t.toSecsSinceEpoch();
}

struct Range {
    qint64 start = 0; // first bucket (aligned)
    qint64 end = 0;
    qint64 interval = Hour;
    qint64 buckets() const { return (end - start + interval - 1) / interval; }
};

// Same bucket grid as Snuba: aligned to the interval in UTC; a relative period ends at `now`.
std::optional<FakeStatsReply> readRange(const QUrlQuery& query, qint64 now, qint64 interval, Range& range)
{
    range.interval = interval;
    qint64 start = 0;
    qint64 end = 0;
    if (query.hasQueryItem(QStringLiteral("start")) || query.hasQueryItem(QStringLiteral("end"))) {
        const auto s = parseTime(query.queryItemValue(QStringLiteral("start")));
        const auto e = parseTime(query.queryItemValue(QStringLiteral("end")));
        if (!s || !e)
            return badRequest(QStringLiteral("start and end are both required"));
        if (*e <= *s)
            return badRequest(QStringLiteral("start must be before end"));
        start = *s;
        end = *e;
    } else {
        const QString period = query.queryItemValue(QStringLiteral("statsPeriod"));
        const qint64 span = period.isEmpty() ? 14 * Day : parseDuration(period);
        if (span <= 0)
            return badRequest(QStringLiteral("Invalid statsPeriod: '%1'").arg(period));
        end = now;
        start = now - span;
        const qint64 alignedEnd = ((end + interval - 1) / interval) * interval;
        const qint64 buckets = (span + interval - 1) / interval;
        range.start = alignedEnd - buckets * interval;
        range.end = alignedEnd;
        return std::nullopt;
    }
    range.start = (start / interval) * interval;
    range.end = ((end + interval - 1) / interval) * interval;
    return std::nullopt;
}

QSet<QString> projectFilter(const QUrlQuery& query)
{
    QSet<QString> ids;
    for (const QString& v : query.allQueryItemValues(QStringLiteral("project"))) {
        for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (id != QLatin1String("-1"))
                ids.insert(id);
        }
    }
    return ids;
}

struct Selected {
    const FakeStatsProject* project;
    double base;
};

QList<Selected> selectProjects(const QList<FakeStatsProject>& projects, const QUrlQuery& query, const Model& model)
{
    const QSet<QString> ids = projectFilter(query);
    QList<Selected> result;
    for (const FakeStatsProject& p : projects) {
        if (ids.isEmpty() || ids.contains(p.id))
            result.append({&p, model.baseRate(p)});
    }
    return result;
}

// One group of the top-N grouping: a project (all levels) or a level (all selected projects).
struct Group {
    QString key;
    QString value;
    QList<qint64> values;
    qint64 total = 0;
};

QList<Group> groupSeries(const QList<Selected>& selected, const QString& groupBy, const Range& range,
                         const Model& model)
{
    QList<Group> groups;
    const qint64 buckets = range.buckets();
    auto fill = [&](Group& g, const Selected& s, const QString& level) {
        for (qint64 i = 0; i < buckets; ++i) {
            const qint64 a = range.start + i * range.interval;
            const qint64 n = model.count(*s.project, s.base, a, a + range.interval, level);
            g.values[i] += n;
            g.total += n;
        }
    };
    if (groupBy == QLatin1String("level")) {
        for (const QString& level : allLevels()) {
            Group g{groupBy, level, QList<qint64>(buckets, 0), 0};
            for (const Selected& s : selected)
                fill(g, s, level);
            if (g.total > 0)
                groups.append(std::move(g));
        }
    } else {
        for (const Selected& s : selected) {
            Group g{groupBy, s.project->slug, QList<qint64>(buckets, 0), 0};
            fill(g, s, {});
            if (g.total > 0)
                groups.append(std::move(g));
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return a.total != b.total ? a.total > b.total : a.value < b.value;
    });
    return groups;
}

Group totalSeries(const QList<Selected>& selected, const Range& range, const Model& model)
{
    Group g{{}, {}, QList<qint64>(range.buckets(), 0), 0};
    for (qint64 i = 0; i < range.buckets(); ++i) {
        const qint64 a = range.start + i * range.interval;
        for (const Selected& s : selected) {
            const qint64 n = model.count(*s.project, s.base, a, a + range.interval, {});
            g.values[i] += n;
            g.total += n;
        }
    }
    return g;
}

Group otherOf(const QList<Group>& groups, int top, qint64 buckets)
{
    Group other{{}, QStringLiteral("Other"), QList<qint64>(buckets, 0), 0};
    for (qsizetype i = top; i < groups.size(); ++i) {
        for (qint64 b = 0; b < buckets; ++b)
            other.values[b] += groups.at(i).values.at(b);
        other.total += groups.at(i).total;
    }
    return other;
}

std::optional<FakeStatsReply> checkDataset(const QUrlQuery& query, bool required)
{
    const QString dataset = query.queryItemValue(QStringLiteral("dataset"));
    if (dataset.isEmpty() && required)
        return badRequest(QStringLiteral("dataset is required"));
    if (!dataset.isEmpty() && dataset != QLatin1String("errors") && dataset != QLatin1String("discover"))
        return badRequest(QStringLiteral("%1 is not a supported dataset for this endpoint").arg(dataset));
    for (const QString& y : query.allQueryItemValues(QStringLiteral("yAxis"))) {
        if (y != QLatin1String("count()"))
            return badRequest(QStringLiteral("Invalid yAxis: %1").arg(y));
    }
    return std::nullopt;
}

std::optional<FakeStatsReply> readInterval(const QUrlQuery& query, qint64& interval)
{
    const QString text = query.queryItemValue(QStringLiteral("interval"));
    interval = text.isEmpty() ? Hour : parseDuration(text);
    if (interval <= 0)
        return badRequest(QStringLiteral("Interval cannot result in a zero duration."));
    return std::nullopt;
}

std::optional<FakeStatsReply> readTopEvents(const QUrlQuery& query, int& topEvents)
{
    topEvents = 0;
    if (!query.hasQueryItem(QStringLiteral("topEvents")))
        return std::nullopt;
    bool ok = false;
    topEvents = query.queryItemValue(QStringLiteral("topEvents")).toInt(&ok);
    if (!ok || topEvents <= 0)
        return badRequest(QStringLiteral("topEvents needs to be at least 1"));
    if (topEvents > MaxTopEvents)
        return badRequest(QStringLiteral("Can only get up to %1 top events").arg(MaxTopEvents));
    return std::nullopt;
}

// --- endpoints -----------------------------------------------------------------------------------

FakeStatsReply statsV2(const QUrlQuery& query, const QList<FakeStatsProject>& projects, const Model& model)
{
    const QString field = query.queryItemValue(QStringLiteral("field"));
    if (field != QLatin1String("sum(quantity)") && field != QLatin1String("sum(times_seen)"))
        return badRequest(QStringLiteral("Invalid field: \"%1\"").arg(field));
    const QStringList groupBy = query.allQueryItemValues(QStringLiteral("groupBy"));
    if (groupBy.isEmpty())
        return badRequest(QStringLiteral("At least one groupBy is required"));
    for (const QString& g : groupBy) {
        if (g != QLatin1String("project") && g != QLatin1String("outcome") && g != QLatin1String("category")
            && g != QLatin1String("reason"))
            return badRequest(QStringLiteral("Invalid groupBy: \"%1\"").arg(g));
    }
    const QString category = query.queryItemValue(QStringLiteral("category"));
    if (!category.isEmpty() && category != QLatin1String("error") && category != QLatin1String("transaction")
        && category != QLatin1String("attachment") && category != QLatin1String("replay")
        && category != QLatin1String("profile") && category != QLatin1String("monitor"))
        return badRequest(QStringLiteral("Invalid category: %1").arg(category));
    qint64 interval = Hour;
    if (auto bad = readInterval(query, interval))
        return *bad;
    if (interval > Day)
        return badRequest(QStringLiteral("The interval has to be less than one day."));
    if (Day % interval != 0)
        return badRequest(QStringLiteral("The interval should divide one day without a remainder."));
    if (interval % Hour != 0)
        return badRequest(QStringLiteral("The interval has to be a multiple of the minimum interval of one hour."));
    Range range;
    if (auto bad = readRange(query, model.now, interval, range))
        return *bad;
    if (range.buckets() > MaxOutcomePoints)
        return badRequest(QString::fromLatin1(s_tooMany));

    // Only errors are synthesized; other categories are empty. "accepted" carries the errors,
    // "filtered" a trickle (about 2 %), the other outcomes nothing.
    const bool errors = category.isEmpty() || category == QLatin1String("error");
    const QStringList outcomeFilter = query.allQueryItemValues(QStringLiteral("outcome"));
    QStringList outcomes{QStringLiteral("accepted"), QStringLiteral("filtered")};
    if (!outcomeFilter.isEmpty())
        outcomes.removeIf([&](const QString& o) { return !outcomeFilter.contains(o); });
    const bool byProject = groupBy.contains(QStringLiteral("project"));
    const bool byOutcome = groupBy.contains(QStringLiteral("outcome"));
    const QList<Selected> selected = selectProjects(projects, query, model);

    QJsonArray intervals;
    if (byProject) {
        // Grouped by project, stats_v2 gives period totals: one interval, the total as its value.
        intervals.append(QDateTime::fromSecsSinceEpoch(range.start, Qt::UTC).toString(Qt::ISODate));
    } else {
        for (qint64 i = 0; i < range.buckets(); ++i)
            intervals.append(QDateTime::fromSecsSinceEpoch(range.start + i * interval, Qt::UTC)
                                 .toString(Qt::ISODate));
    }
    auto outcomeShare = [](const QString& outcome, qint64 n) {
        return outcome == QLatin1String("accepted") ? n : outcome == QLatin1String("filtered") ? n / 50 : 0;
    };
    QJsonArray groups;
    auto addGroup = [&](QJsonObject by, const QList<qint64>& series) {
        qint64 total = 0;
        QJsonArray values;
        for (qint64 v : series) {
            total += v;
            values.append(v);
        }
        if (byProject)
            values = QJsonArray{total};
        groups.append(QJsonObject{{QStringLiteral("by"), by},
                                  {QStringLiteral("totals"), QJsonObject{{field, total}}},
                                  {QStringLiteral("series"), QJsonObject{{field, values}}}});
    };
    const QStringList groupOutcomes = byOutcome ? outcomes : QStringList{outcomes.value(0)};
    if (outcomes.isEmpty())
        return {200, QJsonObject{{QStringLiteral("start"), QDateTime::fromSecsSinceEpoch(range.start, Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("end"), QDateTime::fromSecsSinceEpoch(range.end, Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("intervals"), intervals},
                                 {QStringLiteral("groups"), QJsonArray{}}}};
    for (const QString& outcome : groupOutcomes) {
        const QStringList summed = byOutcome ? QStringList{outcome} : outcomes;
        auto seriesOf = [&](const QList<Selected>& which) {
            QList<qint64> values(range.buckets(), 0);
            if (!errors)
                return values;
            for (qint64 i = 0; i < range.buckets(); ++i) {
                const qint64 a = range.start + i * interval;
                for (const Selected& s : which) {
                    const qint64 n = model.count(*s.project, s.base, a, a + interval, {});
                    for (const QString& o : summed)
                        values[i] += outcomeShare(o, n);
                }
            }
            return values;
        };
        QJsonObject byBase;
        if (byOutcome)
            byBase.insert(QStringLiteral("outcome"), outcome);
        if (groupBy.contains(QStringLiteral("category")))
            byBase.insert(QStringLiteral("category"), category.isEmpty() ? QStringLiteral("error") : category);
        if (byProject) {
            for (const Selected& s : selected) {
                const QList<qint64> values = seriesOf({s});
                qint64 total = 0;
                for (qint64 v : values)
                    total += v;
                if (total == 0)
                    continue; // like Snuba, projects without data are absent
                QJsonObject by = byBase;
                bool idIsNumber = false;
                const qint64 id = s.project->id.toLongLong(&idIsNumber);
                by.insert(QStringLiteral("project"), idIsNumber ? QJsonValue(id) : QJsonValue(s.project->id));
                addGroup(by, values);
            }
        } else {
            addGroup(byBase, seriesOf(selected));
        }
    }
    return {200, QJsonObject{{QStringLiteral("start"), QDateTime::fromSecsSinceEpoch(range.start, Qt::UTC).toString(Qt::ISODate)},
                             {QStringLiteral("end"), QDateTime::fromSecsSinceEpoch(range.end, Qt::UTC).toString(Qt::ISODate)},
                             {QStringLiteral("intervals"), intervals},
                             {QStringLiteral("groups"), groups}}};
}

QJsonObject timeseriesEntry(const Group& g, const QString& groupBy, const Range& range, qint64 now, int order,
                            bool isOther)
{
    QJsonArray values;
    for (qsizetype i = 0; i < g.values.size(); ++i) {
        const qint64 ts = range.start + i * range.interval;
        values.append(QJsonObject{{QStringLiteral("timestamp"), ts * 1000},
                                  {QStringLiteral("value"), g.values.at(i)},
                                  {QStringLiteral("incomplete"), ts + range.interval > now}});
    }
    QJsonArray groupValues;
    if (!groupBy.isEmpty() && !isOther)
        groupValues.append(QJsonObject{{QStringLiteral("key"), groupBy}, {QStringLiteral("value"), g.value}});
    QJsonObject meta{{QStringLiteral("valueType"), QStringLiteral("integer")},
                     {QStringLiteral("valueUnit"), QJsonValue::Null},
                     {QStringLiteral("interval"), range.interval * 1000}};
    if (!groupBy.isEmpty()) {
        meta.insert(QStringLiteral("isOther"), isOther);
        meta.insert(QStringLiteral("order"), order);
    }
    QJsonObject entry{{QStringLiteral("yAxis"), QStringLiteral("count()")},
                      {QStringLiteral("values"), values},
                      {QStringLiteral("meta"), meta}};
    // The schema types groupBy as an array: an ungrouped series sends [], never null.
    entry.insert(QStringLiteral("groupBy"), groupValues);
    return entry;
}

FakeStatsReply eventsTimeseries(const QUrlQuery& query, const QList<FakeStatsProject>& projects, const Model& model)
{
    if (auto bad = checkDataset(query, true))
        return *bad;
    qint64 interval = Hour;
    if (auto bad = readInterval(query, interval))
        return *bad;
    int topEvents = 0;
    if (auto bad = readTopEvents(query, topEvents))
        return *bad;
    const QStringList groupBys = query.allQueryItemValues(QStringLiteral("groupBy"));
    if (topEvents > 0 && (groupBys.isEmpty() || !query.hasQueryItem(QStringLiteral("sort"))))
        return badRequest(QStringLiteral("groupBy and sort are required when topEvents is set"));
    const QString groupBy = groupBys.value(0);
    if (!groupBy.isEmpty() && groupBy != QLatin1String("project") && groupBy != QLatin1String("level"))
        return badRequest(QStringLiteral("Invalid groupBy: %1").arg(groupBy));
    Range range;
    if (auto bad = readRange(query, model.now, interval, range))
        return *bad;
    if (range.buckets() > MaxEventsPoints)
        return badRequest(QString::fromLatin1(s_tooMany));
    const QList<Selected> selected = selectProjects(projects, query, model);
    QJsonArray series;
    if (groupBy.isEmpty()) {
        series.append(timeseriesEntry(totalSeries(selected, range, model), {}, range, model.now, 0, false));
    } else {
        const QList<Group> groups = groupSeries(selected, groupBy, range, model);
        const int top = topEvents > 0 ? topEvents : MaxTopEvents;
        for (int i = 0; i < std::min<int>(top, groups.size()); ++i)
            series.append(timeseriesEntry(groups.at(i), groupBy, range, model.now, i, false));
        const bool excludeOther = query.queryItemValue(QStringLiteral("excludeOther")) == QLatin1String("1")
                                  || query.queryItemValue(QStringLiteral("excludeOther")) == QLatin1String("true");
        if (groups.size() > top && !excludeOther)
            series.append(timeseriesEntry(otherOf(groups, top, range.buckets()), groupBy, range, model.now, top, true));
    }
    return {200, QJsonObject{{QStringLiteral("timeSeries"), series},
                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("errors")},
                                                                  {QStringLiteral("start"), range.start * 1000},
                                                                  {QStringLiteral("end"), range.end * 1000}}}}};
}

QJsonObject statsEntry(const QList<qint64>& values, const Range& range)
{
    QJsonArray data;
    for (qsizetype i = 0; i < values.size(); ++i)
        data.append(QJsonArray{range.start + i * range.interval, QJsonArray{QJsonObject{{QStringLiteral("count"), values.at(i)}}}});
    const QJsonObject meta{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("time"), QStringLiteral("date")},
                                                                  {QStringLiteral("count"), QStringLiteral("integer")}}},
                           {QStringLiteral("units"), QJsonObject{{QStringLiteral("time"), QJsonValue::Null},
                                                                 {QStringLiteral("count"), QJsonValue::Null}}},
                           {QStringLiteral("isMetricsData"), false},
                           {QStringLiteral("dataset"), QStringLiteral("errors")}};
    return {{QStringLiteral("data"), data},
            {QStringLiteral("start"), range.start},
            {QStringLiteral("end"), range.end},
            {QStringLiteral("isMetricsData"), false},
            {QStringLiteral("meta"), meta}};
}

FakeStatsReply eventsStats(const QUrlQuery& query, const QList<FakeStatsProject>& projects, const Model& model)
{
    if (auto bad = checkDataset(query, false))
        return *bad;
    qint64 interval = Hour;
    if (auto bad = readInterval(query, interval))
        return *bad;
    int topEvents = 0;
    if (auto bad = readTopEvents(query, topEvents))
        return *bad;
    Range range;
    if (auto bad = readRange(query, model.now, interval, range))
        return *bad;
    if (range.buckets() > MaxEventsPoints)
        return badRequest(QString::fromLatin1(s_tooMany));
    const QList<Selected> selected = selectProjects(projects, query, model);
    if (topEvents == 0)
        return {200, statsEntry(totalSeries(selected, range, model).values, range)};

    QStringList fields = query.allQueryItemValues(QStringLiteral("field"));
    fields.removeIf([](const QString& f) { return f.contains(QLatin1Char('(')); });
    if (fields.isEmpty())
        return badRequest(QStringLiteral("No columns selected"));
    for (const QString& f : fields) {
        if (f != QLatin1String("project") && f != QLatin1String("level"))
            return badRequest(QStringLiteral("Invalid field: %1").arg(f));
    }
    // Groups are (project, level) combinations when both are asked for.
    QList<Group> groups;
    const bool byProject = fields.contains(QStringLiteral("project"));
    const bool byLevel = fields.contains(QStringLiteral("level"));
    if (byProject && byLevel) {
        for (const Selected& s : selected) {
            for (const QString& level : allLevels()) {
                Group g{{}, level + QLatin1Char(',') + s.project->slug, QList<qint64>(range.buckets(), 0), 0};
                for (qint64 i = 0; i < range.buckets(); ++i) {
                    const qint64 a = range.start + i * interval;
                    g.values[i] = model.count(*s.project, s.base, a, a + interval, level);
                    g.total += g.values[i];
                }
                if (g.total > 0)
                    groups.append(std::move(g));
            }
        }
        std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
            return a.total != b.total ? a.total > b.total : a.value < b.value;
        });
    } else {
        groups = groupSeries(selected, byProject ? QStringLiteral("project") : QStringLiteral("level"), range, model);
    }
    QJsonObject result;
    for (int i = 0; i < std::min<int>(topEvents, groups.size()); ++i) {
        QJsonObject entry = statsEntry(groups.at(i).values, range);
        entry.insert(QStringLiteral("order"), i);
        result.insert(groups.at(i).value, entry);
    }
    if (groups.size() > topEvents) {
        QJsonObject entry = statsEntry(otherOf(groups, topEvents, range.buckets()).values, range);
        entry.insert(QStringLiteral("order"), topEvents);
        result.insert(QStringLiteral("Other"), entry);
    }
    return {200, result};
}

FakeStatsReply events(const QUrlQuery& query, const QList<FakeStatsProject>& projects, const Model& model)
{
    if (auto bad = checkDataset(query, true))
        return *bad;
    const QStringList fields = query.allQueryItemValues(QStringLiteral("field"));
    if (fields.isEmpty())
        return badRequest(QStringLiteral("No columns selected"));
    if (fields.size() > 20)
        return badRequest(QStringLiteral("You can view up to 20 fields at a time. Please delete some and try again."));
    for (const QString& f : fields) {
        if (f != QLatin1String("project") && f != QLatin1String("level") && f != QLatin1String("count()"))
            return badRequest(QStringLiteral("Invalid field: %1").arg(f));
    }
    int perPage = 100;
    if (query.hasQueryItem(QStringLiteral("per_page"))) {
        bool ok = false;
        perPage = query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
        if (!ok || perPage < 1 || perPage > 100)
            return badRequest(QStringLiteral("Invalid per_page value. Must be between 1 and 100."));
    }
    Range range;
    if (auto bad = readRange(query, model.now, Minute, range))
        return *bad;
    const bool byProject = fields.contains(QStringLiteral("project"));
    const bool byLevel = fields.contains(QStringLiteral("level"));
    struct Row { QString project; QString level; qint64 count; };
    QList<Row> rows;
    for (const Selected& s : selectProjects(projects, query, model)) {
        const QStringList levels = byLevel ? allLevels() : QStringList{QString()};
        for (const QString& level : levels) {
            const qint64 n = model.count(*s.project, s.base, range.start, range.end, level);
            if (n > 0)
                rows.append({s.project->slug, level, n});
        }
    }
    if (!byProject) {
        QHash<QString, qint64> byLevelOnly;
        for (const Row& r : rows)
            byLevelOnly[r.level] += r.count;
        rows.clear();
        for (auto it = byLevelOnly.begin(); it != byLevelOnly.end(); ++it)
            rows.append({{}, it.key(), it.value()});
    }
    const bool ascending = query.queryItemValue(QStringLiteral("sort")) == QLatin1String("count()");
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.count != b.count)
            return ascending ? a.count < b.count : a.count > b.count;
        return a.project + a.level < b.project + b.level;
    });
    QJsonArray data;
    QJsonObject metaFields;
    for (int i = 0; i < std::min<int>(perPage, rows.size()); ++i) {
        QJsonObject o;
        if (byProject)
            o.insert(QStringLiteral("project"), rows.at(i).project);
        if (byLevel)
            o.insert(QStringLiteral("level"), rows.at(i).level);
        o.insert(QStringLiteral("count()"), rows.at(i).count);
        data.append(o);
    }
    for (const QString& f : fields)
        metaFields.insert(f, f == QLatin1String("count()") ? QStringLiteral("integer") : QStringLiteral("string"));
    return {200, QJsonObject{{QStringLiteral("data"), data},
                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("fields"), metaFields},
                                                                  {QStringLiteral("isMetricsData"), false},
                                                                  {QStringLiteral("dataset"), QStringLiteral("errors")}}}}};
}

} // namespace

FakeStatsReply fakeStatsResponse(const QString& endpoint, const QUrlQuery& query,
                                 const QList<FakeStatsProject>& projects, const QString& seed,
                                 const QDateTime& now)
{
    Model model;
    model.seed = seed;
    model.demo = seed == QLatin1String("demo");
    // Whole minutes: every count is per minute, so a partial minute never shows.
    model.now = (now.toSecsSinceEpoch() / Minute) * Minute;
    // The demo incident: 40 minutes, starting 20 minutes past the hour three hours ago, so the
    // default 24 h view (5-minute buckets) shows a clear spike well inside the window.
    model.incidentStart = (model.now / Hour - 3) * Hour + 20 * Minute;
    model.incidentEnd = model.incidentStart + 40 * Minute;

    if (endpoint == QLatin1String("stats_v2"))
        return statsV2(query, projects, model);
    if (endpoint == QLatin1String("events-timeseries"))
        return eventsTimeseries(query, projects, model);
    if (endpoint == QLatin1String("events-stats"))
        return eventsStats(query, projects, model);
    if (endpoint == QLatin1String("events"))
        return events(query, projects, model);
    return {404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("The requested resource does not exist")}}};
}

} // namespace sc
