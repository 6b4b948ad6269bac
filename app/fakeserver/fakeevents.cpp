// SPDX-License-Identifier: MIT
#include "fakeevents.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace sc {

namespace {

using namespace Qt::StringLiterals;

constexpr int kEventCount = 40;

// A concrete value that a glob pattern matches: wildcards become path-like parts.
QString instantiate(QString pattern, int n)
{
    pattern.replace(u"**"_s, u"core/v%1"_s.arg(n % 3 + 1));
    pattern.replace(QLatin1Char('*'), u"handler%1"_s.arg(n % 4));
    pattern.replace(QLatin1Char('?'), u"x"_s);
    return pattern;
}

QString hexId(const QString& seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonObject frame(const QString& file, const QString& module, const QString& function, int line)
{
    return {{u"filename"_s, file}, {u"absPath"_s, file}, {u"module"_s, module}, {u"package"_s, QJsonValue()},
            {u"inApp"_s, true}, {u"function"_s, function}, {u"lineNo"_s, line}};
}

} // namespace

QJsonArray fakeProjectEvents(const QJsonObject& project, const QString& ownershipRaw)
{
    const QString slug = project.value(u"slug"_s).toString();
    const QString projectId = project.value(u"id"_s).toString();
    const QString platform = project.value(u"platform"_s).toString();

    // What the rules look at, so each rule has events it matches.
    QList<QPair<QString, QString>> targets; // (type, pattern)
    for (const QString& line : ownershipRaw.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QString matcher = trimmed.section(QLatin1Char(' '), 0, 0);
        const int colon = matcher.indexOf(QLatin1Char(':'));
        const QString type = colon > 0 ? matcher.left(colon) : u"path"_s;
        const QString pattern = colon > 0 ? matcher.mid(colon + 1) : matcher;
        if (pattern == u"*"_s)
            continue;
        targets.append({type, pattern});
    }

    static const QStringList kErrors{u"ValueError"_s, u"KeyError"_s, u"TimeoutError"_s, u"NullPointerException"_s,
                                     u"TypeError"_s};
    const QDateTime base(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QJsonArray events;
    for (int n = 0; n < kEventCount; ++n) {
        QString file = u"lib/vendor/util%1.py"_s.arg(n % 5); // matched by no specific rule
        QString module = u"vendor.util%1"_s.arg(n % 5);
        QString url = u"https://%1.acme-corp.example/health"_s.arg(slug);
        QJsonArray tags{QJsonObject{{u"key"_s, u"environment"_s}, {u"value"_s, n % 4 == 3 ? u"staging"_s : u"production"_s}},
                        QJsonObject{{u"key"_s, u"level"_s}, {u"value"_s, u"error"_s}}};
        // Four of five events hit one of the rules' patterns, round robin.
        if (!targets.isEmpty() && n % 5 != 4) {
            const auto& [type, pattern] = targets.at(n % targets.size());
            if (type == u"path"_s)
                file = instantiate(pattern, n);
            else if (type == u"module"_s)
                module = instantiate(pattern, n);
            else if (type == u"url"_s)
                url = instantiate(pattern, n).replace(QRegularExpression(u"^handler\\d"_s), u"https://api.acme-corp.example"_s);
            else if (type.startsWith(u"tags."_s))
                tags.append(QJsonObject{{u"key"_s, type.mid(5)}, {u"value"_s, instantiate(pattern, n)}});
        }
        const QString errorType = kErrors.at(n % kErrors.size());
        const QString eventId = hexId(u"%1/%2"_s.arg(slug).arg(n));
        const QString title = u"%1: request %2 failed"_s.arg(errorType).arg(n % 7);
        QJsonObject event{
            {u"id"_s, eventId},
            {u"eventID"_s, eventId},
            {u"groupID"_s, QString::number(projectId.toLongLong() * 100 + n % 7)},
            {u"projectID"_s, projectId},
            {u"title"_s, title},
            {u"message"_s, title},
            {u"platform"_s, platform},
            {u"type"_s, u"error"_s},
            {u"dateCreated"_s, base.addSecs(-n * 1337).toString(Qt::ISODateWithMs)},
            {u"tags"_s, tags},
            {u"entries"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"exception"_s},
                                    {u"data"_s, QJsonObject{{u"values"_s, QJsonArray{QJsonObject{
                                                                {u"type"_s, errorType},
                                                                {u"value"_s, title},
                                                                {u"stacktrace"_s, QJsonObject{{u"frames"_s, QJsonArray{
                                                                    frame(u"lib/runtime/main.py"_s, u"runtime.main"_s, u"run"_s, 12),
                                                                    frame(file, module, u"handle"_s, 40 + n)}}}}}}}}}},
                        QJsonObject{{u"type"_s, u"request"_s},
                                    {u"data"_s, QJsonObject{{u"url"_s, url}, {u"method"_s, n % 3 ? u"GET"_s : u"POST"_s}}}}}},
            {u"user"_s, QJsonObject{{u"id"_s, QString::number(1000 + n % 9)}, {u"email"_s, QJsonValue()},
                                    {u"ip_address"_s, u"10.0.0.%1"_s.arg(n % 200)}}},
            {u"sdk"_s, QJsonObject{{u"name"_s, u"sentry.python"_s}, {u"version"_s, u"2.19.0"_s}}}};
        events.append(event);
    }
    return events;
}

} // namespace sc
