// SPDX-License-Identifier: MIT
// Helpers shared by the fake server's route files: response builders and body readers.
// Internal to app/fakeserver; not part of sc_fake's interface.
#pragma once

#include "fakesentryapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace sc::fakeapi {


using namespace Qt::StringLiterals;

inline const QStringList kAllScopes{u"org:read"_s, u"org:write"_s, u"project:read"_s, u"project:write"_s, u"team:read"_s,
                             u"member:read"_s, u"alerts:read"_s, u"alerts:write"_s, u"event:read"_s};

inline FakeResponse json(int status, const QJsonValue& body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    return r;
}

inline FakeResponse detail(int status, const QString& text)
{
    return json(status, QJsonObject{{u"detail"_s, text}});
}

inline FakeResponse notFound()
{
    return detail(404, u"The requested resource does not exist"_s);
}

inline FakeResponse fieldError(const QString& field, const QString& message)
{
    return json(400, QJsonObject{{field, QJsonArray{message}}});
}

inline FakeResponse noContent(int status = 204)
{
    FakeResponse r;
    r.status = status;
    return r;
}

// Body keys may come camelCase or snake_case (Sentry's serializers accept both).
inline QJsonValue field(const QJsonObject& body, const QString& camel, const QString& snake)
{
    if (body.contains(camel))
        return body.value(camel);
    return body.value(snake);
}

inline bool hasField(const QJsonObject& body, const QString& camel, const QString& snake)
{
    return body.contains(camel) || body.contains(snake);
}

inline QString idOf(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

// The other side of a detector↔workflow link list in a write body (`workflowIds` / `detector_ids`):
// nullopt when the body doesn't set it; every id must name an existing object, else a DRF error
// on `errorKey` is added to `errors`.
inline std::optional<QList<qint64>> linkedIds(const QJsonObject& body, const QString& camel, const QString& snake,
                                       const QMap<qint64, QJsonObject>& existing, const QString& noun,
                                       QJsonObject& errors)
{
    if (!hasField(body, camel, snake))
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue& v : field(body, camel, snake).toArray()) {
        const qint64 id = idOf(v).toLongLong();
        if (!existing.contains(id)) {
            errors[camel] = QJsonArray{u"Some %1 do not exist: %2"_s.arg(noun, idOf(v))};
            break;
        }
        ids.append(id);
    }
    return ids;
}

inline QJsonArray idArray(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (qint64 id : sorted)
        out.append(QString::number(id));
    return out;
}

inline void mergePatch(QJsonObject& target, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull()) {
            target.remove(it.key());
        } else if (it->isObject() && target.value(it.key()).isObject()) {
            QJsonObject inner = target.value(it.key()).toObject();
            mergePatch(inner, it->toObject());
            target[it.key()] = inner;
        } else {
            target[it.key()] = *it;
        }
    }
}

// Sorting ids by a sortBy value ("name", "-id", …); unknown keys keep the id order.
template <class KeyFn>
inline void sortIds(QList<qint64>& ids, const QString& sortBy, KeyFn key)
{
    if (sortBy.isEmpty())
        return;
    const bool desc = sortBy.startsWith(QLatin1Char('-'));
    const QString k = desc ? sortBy.mid(1) : sortBy;
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QPartialOrdering c = QVariant::compare(key(a, k), key(b, k));
        return desc ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
    });
}

// `query` free text: tokens `key:value` filter on fields, the rest must occur in the name.
inline bool matchesQuery(const QJsonObject& item, const QString& query)
{
    const QStringList tokens = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const int colon = token.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = token.left(colon);
            QString value = token.mid(colon + 1);
            if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            const QJsonValue field = item.value(key);
            if (field.isUndefined()) {
                if (!item.value(u"name"_s).toString().contains(token, Qt::CaseInsensitive))
                    return false;
                continue;
            }
            const QString text = field.isString() ? field.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{field}).toJson(QJsonDocument::Compact));
            if (!text.contains(value, Qt::CaseInsensitive))
                return false;
        } else if (!item.value(u"name"_s).toString().contains(token, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

inline const QSet<QString> kFrequencies{u"0"_s, u"5"_s, u"10"_s, u"30"_s, u"60"_s, u"180"_s, u"720"_s, u"1440"_s};


} // namespace sc::fakeapi
