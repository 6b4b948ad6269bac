// SPDX-License-Identifier: MIT
#include "statsdata.h"

#include "tr.h"

#include <QJsonArray>
#include <QTimeZone>

namespace sc {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

qint64 StatsSeries::sum() const
{
    qint64 total = 0;
    for (qint64 v : values)
        total += v;
    return total;
}

const StatsSeries* StatsData::find(const QString& group) const
{
    for (const StatsSeries& s : series) {
        if (s.group == group)
            return &s;
    }
    return nullptr;
}

QList<const StatsSeries*> StatsData::charted() const
{
    QList<const StatsSeries*> result;
    for (const StatsSeries& s : series) {
        if (s.hasPoints())
            result.append(&s);
    }
    return result;
}

QJsonObject StatsData::toJson() const
{
    QJsonArray list;
    for (const StatsSeries& s : series) {
        QJsonObject o{{QStringLiteral("group"), s.group}, {QStringLiteral("total"), s.total}};
        if (s.isOther)
            o.insert(QStringLiteral("isOther"), true);
        if (!s.projects.isEmpty())
            o.insert(QStringLiteral("projects"), QJsonArray::fromStringList(s.projects));
        QJsonArray values;
        for (qint64 v : s.values)
            values.append(v);
        o.insert(QStringLiteral("values"), values);
        list.append(o);
    }
    return {{QStringLiteral("groupBy"), groupBy},
            {QStringLiteral("start"), startEpoch},
            {QStringLiteral("interval"), intervalSecs},
            {QStringLiteral("buckets"), bucketCount},
            {QStringLiteral("orgTotal"), orgTotal},
            {QStringLiteral("source"), source},
            {QStringLiteral("range"), range},
            {QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("series"), list}};
}

Result<StatsData> StatsData::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("series")).isArray() || json.value(QStringLiteral("interval")).toInteger() <= 0)
        return fail(ErrorKind::BadData, Tr::tr("The cached error statistics are unreadable; they will be fetched again."));
    StatsData data;
    data.groupBy = json.value(QStringLiteral("groupBy")).toString();
    data.startEpoch = json.value(QStringLiteral("start")).toInteger();
    data.intervalSecs = json.value(QStringLiteral("interval")).toInteger();
    data.bucketCount = json.value(QStringLiteral("buckets")).toInt();
    data.orgTotal = json.value(QStringLiteral("orgTotal")).toInteger(-1);
    data.source = json.value(QStringLiteral("source")).toString();
    data.range = json.value(QStringLiteral("range")).toString();
    data.fetchedAt = QDateTime::fromString(json.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    for (const QJsonValue& v : json.value(QStringLiteral("series")).toArray()) {
        const QJsonObject o = v.toObject();
        StatsSeries s;
        s.group = o.value(QStringLiteral("group")).toString();
        s.isOther = o.value(QStringLiteral("isOther")).toBool();
        s.total = o.value(QStringLiteral("total")).toInteger(-1);
        for (const QJsonValue& p : o.value(QStringLiteral("projects")).toArray())
            s.projects.append(p.toString());
        for (const QJsonValue& n : o.value(QStringLiteral("values")).toArray())
            s.values.append(n.toInteger());
        if (!s.values.isEmpty() && s.values.size() != data.bucketCount)
            return fail(ErrorKind::BadData, Tr::tr("The cached error statistics are unreadable; they will be fetched again."));
        data.series.append(std::move(s));
    }
    return data;
}

QJsonObject StatsData::toContractJson() const
{
    QJsonArray list;
    for (const StatsSeries& s : series) {
        QJsonObject o{{QStringLiteral("group"), s.group}, {QStringLiteral("total"), s.rankTotal()}};
        if (s.isOther)
            o.insert(QStringLiteral("other"), true);
        if (s.hasPoints()) {
            QJsonArray points;
            for (int i = 0; i < s.values.size(); ++i)
                points.append(QJsonArray{bucketStart(i), s.values.at(i)});
            o.insert(QStringLiteral("points"), points);
        }
        list.append(o);
    }
    return {{QStringLiteral("interval"), intervalSecs}, {QStringLiteral("series"), list}};
}

QString StatsData::toCsv() const
{
    const QList<const StatsSeries*> shown = charted();
    QStringList header{QStringLiteral("time")};
    for (const StatsSeries* s : shown)
        header.append(csvField(s->group));
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int i = 0; i < bucketCount; ++i) {
        QStringList row{QDateTime::fromSecsSinceEpoch(bucketStart(i), Qt::UTC).toString(Qt::ISODate)};
        for (const StatsSeries* s : shown)
            row.append(QString::number(s->values.value(i)));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace sc
