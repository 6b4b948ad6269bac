// SPDX-License-Identifier: MIT
#include "statsparsers.h"

#include "jsonio.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sc {

namespace {

tl::unexpected<Error> badData(const QString& endpoint, const QString& what)
{
    return fail(ErrorKind::BadData, Tr::tr("The server's %1 answer could not be read: %2.").arg(endpoint, what),
                endpoint);
}

// Counts come as integers, but Snuba may answer a float (e.g. 12.0) or null for an empty bucket.
// Out of range (negative, 1e300, beyond 10^12 per bucket, which also keeps sums far from overflow)
// is bad data: converting such a double to an integer would be undefined behaviour.
std::optional<qint64> countOf(const QJsonValue& value)
{
    if (!value.isDouble())
        return 0;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 1e12)
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> timestampOf(const QJsonValue& value)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::abs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

// One events-stats data array: [[ts, [{"count": n}]], …].
Result<QList<QPair<qint64, qint64>>> parseStatsData(const QJsonValue& data)
{
    if (!data.isArray())
        return badData(QStringLiteral("events-stats"), Tr::tr("\"data\" is not a list"));
    QList<QPair<qint64, qint64>> points;
    const QJsonArray rows = data.toArray();
    points.reserve(rows.size());
    for (const QJsonValue& row : rows) {
        const QJsonArray pair = row.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble())
            return badData(QStringLiteral("events-stats"), Tr::tr("a data point is not [time, values]"));
        qint64 count = 0;
        for (const QJsonValue& v : pair.at(1).toArray()) {
            const std::optional<qint64> n = countOf(v.toObject().value(QStringLiteral("count")));
            if (!n)
                return badData(QStringLiteral("events-stats"), Tr::tr("a count is out of range"));
            count += *n;
        }
        const std::optional<qint64> time = timestampOf(pair.at(0));
        if (!time)
            return badData(QStringLiteral("events-stats"), Tr::tr("a time is out of range"));
        points.append({*time, count});
    }
    return points;
}

} // namespace

qint64 RawSeries::sum() const
{
    qint64 total = 0;
    for (const auto& p : points)
        total += p.second;
    return total;
}

Result<QHash<QString, qint64>> parseStatsV2Totals(const QJsonValue& json)
{
    const QString endpoint = QStringLiteral("stats_v2");
    if (!json.isObject() || !json.toObject().value(QStringLiteral("groups")).isArray())
        return badData(endpoint, Tr::tr("\"groups\" is missing"));
    QHash<QString, qint64> totals;
    for (const QJsonValue& g : json.toObject().value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = g.toObject();
        const QJsonObject by = group.value(QStringLiteral("by")).toObject();
        const QString outcome = by.value(QStringLiteral("outcome")).toString();
        if (!outcome.isEmpty() && outcome != QLatin1String("accepted"))
            continue;
        const QString project = jsonId(by.value(QStringLiteral("project")));
        if (project.isEmpty())
            return badData(endpoint, Tr::tr("a group has no project"));
        const QJsonValue total = group.value(QStringLiteral("totals")).toObject().value(QStringLiteral("sum(quantity)"));
        std::optional<qint64> n = countOf(total);
        if (total.isUndefined()) {
            for (const QJsonValue& v : group.value(QStringLiteral("series")).toObject()
                                           .value(QStringLiteral("sum(quantity)")).toArray()) {
                const std::optional<qint64> point = countOf(v);
                if (!point || !n)
                    return badData(endpoint, Tr::tr("a count is out of range"));
                *n += *point;
            }
        }
        if (!n)
            return badData(endpoint, Tr::tr("a count is out of range"));
        totals[project] += *n;
    }
    return totals;
}

Result<QList<RawSeries>> parseEventsTimeseries(const QJsonValue& json, const QString& groupBy)
{
    const QString endpoint = QStringLiteral("events-timeseries");
    if (!json.isObject() || !json.toObject().value(QStringLiteral("timeSeries")).isArray())
        return badData(endpoint, Tr::tr("\"timeSeries\" is missing"));
    QList<RawSeries> result;
    int order = 0;
    for (const QJsonValue& s : json.toObject().value(QStringLiteral("timeSeries")).toArray()) {
        const QJsonObject series = s.toObject();
        RawSeries raw;
        raw.order = series.contains(QStringLiteral("meta"))
                            && series.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("order"))
                        ? series.value(QStringLiteral("meta")).toObject().value(QStringLiteral("order")).toInt()
                        : order;
        ++order;
        raw.isOther = series.value(QStringLiteral("meta")).toObject().value(QStringLiteral("isOther")).toBool();
        const QJsonArray groupValues = series.value(QStringLiteral("groupBy")).toArray();
        for (const QJsonValue& gv : groupValues) {
            const QJsonObject pair = gv.toObject();
            if (groupBy.isEmpty() || pair.value(QStringLiteral("key")).toString() == groupBy)
                raw.group = jsonId(pair.value(QStringLiteral("value")));
        }
        // Sentry marks the rest-of-the-world series by meta.isOther; older builds named it "Other"
        // with no groupBy values while the request had a groupBy.
        if (!groupBy.isEmpty() && groupValues.isEmpty())
            raw.isOther = true;
        if (raw.isOther)
            raw.group = QStringLiteral("Other");
        const QJsonValue values = series.value(QStringLiteral("values"));
        if (!values.isArray())
            return badData(endpoint, Tr::tr("a series has no \"values\""));
        for (const QJsonValue& v : values.toArray()) {
            const QJsonObject point = v.toObject();
            if (!point.value(QStringLiteral("timestamp")).isDouble())
                return badData(endpoint, Tr::tr("a value has no timestamp"));
            const std::optional<qint64> time = timestampOf(point.value(QStringLiteral("timestamp")));
            const std::optional<qint64> count = countOf(point.value(QStringLiteral("value")));
            if (!time || !count)
                return badData(endpoint, Tr::tr("a value is out of range"));
            raw.points.append({*time / 1000, *count});
        }
        result.append(std::move(raw));
    }
    return result;
}

QString topEventsKeyValue(const QString& key, const QStringList& fields, const QString& field)
{
    QStringList sorted = fields;
    sorted.removeIf([](const QString& f) { return f.contains(QLatin1Char('(')); }); // aggregates are no key part
    sorted.sort();
    sorted.removeDuplicates();
    const qsizetype index = sorted.indexOf(field);
    if (sorted.size() <= 1 || index < 0)
        return key;
    // Only the last part may itself contain commas (free text sorts anywhere, but project and level
    // never hold commas), so split from the front for the leading parts.
    const QStringList parts = key.split(QLatin1Char(','));
    if (parts.size() == sorted.size())
        return parts.at(index);
    if (index < sorted.size() - 1)
        return parts.value(index);
    return parts.mid(index).join(QLatin1Char(','));
}

Result<QList<RawSeries>> parseEventsStats(const QJsonValue& json, const QStringList& fields, const QString& groupBy)
{
    const QString endpoint = QStringLiteral("events-stats");
    if (!json.isObject())
        return badData(endpoint, Tr::tr("the answer is not an object"));
    const QJsonObject object = json.toObject();
    QList<RawSeries> result;
    if (object.value(QStringLiteral("data")).isArray()) {
        auto points = parseStatsData(object.value(QStringLiteral("data")));
        if (!points)
            return tl::unexpected(points.error());
        RawSeries raw;
        raw.points = std::move(*points);
        result.append(std::move(raw));
        return result;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        auto points = parseStatsData(entry.value(QStringLiteral("data")));
        if (!points)
            return tl::unexpected(points.error());
        RawSeries raw;
        raw.isOther = it.key() == QLatin1String("Other");
        raw.group = raw.isOther ? it.key() : topEventsKeyValue(it.key(), fields, groupBy);
        raw.order = entry.value(QStringLiteral("order")).toInt(raw.isOther ? 1000 : 0);
        raw.points = std::move(*points);
        result.append(std::move(raw));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const RawSeries& a, const RawSeries& b) { return a.order < b.order; });
    return result;
}

} // namespace sc
