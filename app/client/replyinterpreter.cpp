// SPDX-License-Identifier: MIT
// The pure halves of SentryClient: reply → Result, the scope an operation needs, and Link headers.
#include "sentryclient.h"
#include "jsonio.h"
#include "tr.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sc {

namespace {

// "/api/0/organizations/acme/" out of a path or a full URL, without the query.
QString displayPath(const QString& pathOrUrl)
{
    QString path = pathOrUrl;
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")))
        path = QUrl(pathOrUrl).path();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    return query < 0 ? path : path.left(query);
}

// Path segments after /api/0/.
QStringList apiSegments(const QString& pathOrUrl)
{
    QStringList segments = displayPath(pathOrUrl).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() >= 2 && segments.at(0) == QLatin1String("api") && segments.at(1) == QLatin1String("0"))
        segments.remove(0, 2);
    return segments;
}

bool isLegacyAlertsPath(const QStringList& s)
{
    return (s.value(0) == QLatin1String("projects") && s.value(3) == QLatin1String("rules"))
           || (s.value(0) == QLatin1String("organizations") && s.value(2) == QLatin1String("alert-rules"));
}

QString joinMessages(const QJsonValue& value);

// A DRF error map {"field": ["msg", …], "nonFieldErrors": [...]} as one readable line.
QString fieldMapSentence(const QJsonObject& object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString text = joinMessages(it.value());
        if (text.isEmpty())
            continue;
        const QString& key = it.key();
        if (key == QLatin1String("nonFieldErrors") || key == QLatin1String("non_field_errors")
            || key == QLatin1String("detail") || key == QLatin1String("message"))
            parts.append(text);
        else
            parts.append(QStringLiteral("%1: %2").arg(key, text));
    }
    return parts.join(QLatin1String("; "));
}

QString joinMessages(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble() || value.isBool())
        return QString::fromUtf8(canonicalJson(value));
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            const QString text = joinMessages(item);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1Char(' '));
    }
    if (value.isObject())
        return fieldMapSentence(value.toObject());
    return {};
}

// Sentry's own words from an error body: `detail` (string, or {code, message} for SSO/2FA),
// `message` (410 brownout), a DRF field map, a list, or plain text.
QString serverMessage(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isArray())
            return joinMessages(doc.array());
        const QJsonObject object = doc.object();
        const QJsonValue detail = object.value(QLatin1String("detail"));
        if (detail.isString())
            return detail.toString().trimmed();
        if (detail.isObject()) {
            const QJsonObject d = detail.toObject();
            const QString message = d.value(QLatin1String("message")).toString();
            return message.isEmpty() ? d.value(QLatin1String("code")).toString() : message;
        }
        const QJsonValue message = object.value(QLatin1String("message"));
        if (message.isString())
            return message.toString().trimmed();
        return fieldMapSentence(object);
    }
    // A bare JSON string (Sentry's 429 body, "This rule has already been deleted") or plain text;
    // not an HTML page. A JSON string is decoded (escapes included) through a one-item array.
    if (trimmed.startsWith('"')) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]", &error);
        if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1 && wrapped.array().at(0).isString())
            return wrapped.array().at(0).toString().trimmed().left(300);
    }
    QString text = QString::fromUtf8(trimmed);
    if (text.startsWith(QLatin1Char('<')))
        return {};
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text.left(300);
}

QString withPeriod(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text.append(QLatin1Char('.'));
    return text;
}

QString requestId(const QHash<QByteArray, QByteArray>& headers)
{
    for (const char* name : {"x-request-id", "sentry-request-id", "x-sentry-request-id"}) {
        const QByteArray value = headers.value(QByteArray(name)).trimmed();
        if (!value.isEmpty())
            return QString::fromLatin1(value);
    }
    return {};
}

// What a 404 most likely means, from the path's org / project / team slugs.
QString notFoundMessage(const QString& method, const QString& path, const QStringList& s, const QString& said)
{
    const QString org = s.value(1);
    if (s.value(0) == QLatin1String("projects") && s.size() >= 3)
        return Tr::tr("%1 %2 was not found: check that the organization \"%3\" and the project \"%4\" exist and "
                      "that the token can access them.")
            .arg(method, path, org, s.at(2));
    if (s.value(0) == QLatin1String("teams") && s.size() >= 3)
        return Tr::tr("%1 %2 was not found: check that the organization \"%3\" and the team \"%4\" exist and "
                      "that the token can access them.")
            .arg(method, path, org, s.at(2));
    if (s.value(0) == QLatin1String("organizations") && s.size() == 2)
        return Tr::tr("The organization \"%1\" was not found, or the token cannot access it (check --org / "
                      "SENTRY_ORG and the server URL).")
            .arg(org);
    if (s.value(0) == QLatin1String("organizations") && s.size() >= 2)
        return Tr::tr("%1 %2 was not found: check that the organization \"%3\" exists, that the token can access "
                      "it, and that this server offers the endpoint (%4).")
            .arg(method, path, org, said.isEmpty() ? QStringLiteral("404") : said);
    return Tr::tr("%1 %2 was not found on this server.").arg(method, path);
}

} // namespace

Result<ApiResponse> interpretReply(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers,
                                   const QString& method, const QString& path, const QString& networkErrorText,
                                   const QString& requiredScope)
{
    const QString shown = displayPath(path);
    const QString rid = requestId(headers);
    QString detail = QStringLiteral("%1 %2 → HTTP %3").arg(method, shown).arg(status);
    if (!rid.isEmpty())
        detail += QStringLiteral(", request id %1").arg(rid);

    if (status == 0) {
        const QString why = withPeriod(networkErrorText.isEmpty() ? Tr::tr("no answer") : networkErrorText);
        // Qt resends a request once when a kept-alive connection drops, so the text of the last
        // attempt ("Connection refused") does not prove that an earlier one never arrived: for a
        // write, say only that no answer came.
        const bool write = method != QLatin1String("GET") && method != QLatin1String("HEAD");
        return fail(ErrorKind::Network,
                    write ? Tr::tr("No answer from the Sentry server to %1 %2: %3").arg(method, shown, why)
                          : Tr::tr("Could not reach the Sentry server for %1 %2: %3").arg(method, shown, why),
                    QStringLiteral("%1 %2 → %3").arg(method, shown, networkErrorText), 0);
    }

    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        response.url = QUrl(path);
        if (!body.trimmed().isEmpty()) {
            Result<QJsonDocument> doc = parseJson(body, Tr::tr("The answer to %1 %2").arg(method, shown));
            if (!doc) {
                Error error = doc.error();
                error.detail = detail + QStringLiteral(" (") + error.detail + QLatin1Char(')');
                error.httpStatus = status;
                return tl::unexpected(error);
            }
            response.json = *doc;
        }
        return response;
    }

    const QString said = serverMessage(body);
    const QStringList segments = apiSegments(path);
    const auto error = [&](ErrorKind kind, const QString& message) { return fail(kind, message, detail, status); };

    if (status >= 300 && status < 400) {
        const QString location = QString::fromUtf8(headers.value(QByteArrayLiteral("location")));
        return error(ErrorKind::Server,
                     Tr::tr("The server redirected %1 %2 to %3; the token is not sent along redirects. Use the "
                            "final server URL (often https://) in SENTRY_URL / --url.")
                         .arg(method, shown, location.isEmpty() ? Tr::tr("another address") : location));
    }
    switch (status) {
    case 401:
        return error(ErrorKind::Unauthorized,
                     Tr::tr("Sentry rejected the auth token (%1). Check SENTRY_AUTH_TOKEN / --auth-token, or "
                            "create a new token under Settings → Auth Tokens.")
                         .arg(said.isEmpty() ? Tr::tr("HTTP 401") : said));
    case 403:
        if (!requiredScope.isEmpty())
            return error(ErrorKind::Forbidden,
                         Tr::tr("The token lacks the %1 scope needed for %2 %3 (Sentry says: %4). Create a token "
                                "with %1, or ask an organization owner for access.")
                             .arg(requiredScope, method, shown,
                                  said.isEmpty() ? Tr::tr("permission denied") : said));
        return error(ErrorKind::Forbidden,
                     Tr::tr("The token is not allowed to %1 %2 (Sentry says: %3). Check the token's scopes and "
                            "your role in the organization.")
                         .arg(method, shown, said.isEmpty() ? Tr::tr("permission denied") : said));
    case 404:
        if (isLegacyAlertsPath(segments) && headers.contains(QByteArrayLiteral("x-sentry-replacement-endpoint")))
            break; // removed legacy route: reported as Gone below
        return error(ErrorKind::NotFound, notFoundMessage(method, shown, segments, said));
    case 409:
        return error(ErrorKind::Conflict,
                     Tr::tr("Sentry reported a conflict for %1 %2: %3")
                         .arg(method, shown, withPeriod(said.isEmpty() ? Tr::tr("HTTP 409") : said)));
    case 410:
        break;
    case 429:
        return error(ErrorKind::RateLimited,
                     Tr::tr("Sentry's rate limit stopped %1 %2 (%3). Try again in a minute, or lower --concurrency.")
                         .arg(method, shown, said.isEmpty() ? Tr::tr("HTTP 429") : said));
    default:
        if (status >= 500) {
            const QString idText = rid.isEmpty() ? Tr::tr("no request id") : Tr::tr("request id %1").arg(rid);
            return error(ErrorKind::Server,
                         Tr::tr("The Sentry server failed on %1 %2 with HTTP %3 (%4). Try again later; if it "
                                "persists, report the request id to the server's admins.")
                             .arg(method, shown)
                             .arg(status)
                             .arg(idText));
        }
        return error(ErrorKind::Validation,
                     Tr::tr("Sentry rejected %1 %2: %3")
                         .arg(method, shown,
                              withPeriod(said.isEmpty() ? Tr::tr("HTTP %1 without an explanation").arg(status)
                                                        : said)));
    }

    // 410, or 404 on a removed legacy route. Brownouts (the `deprecated` decorator) name the
    // replacement in X-Sentry-Replacement-Endpoint; the permanent 410 of
    // enforce_alerts_api_deprecation (an APIException, {"detail": …}) carries no headers, so the
    // console names the workflow-engine endpoint that replaces the legacy route itself (CONTRACT §0b.10).
    QString replacement =
        QString::fromUtf8(headers.value(QByteArrayLiteral("x-sentry-replacement-endpoint")).trimmed());
    if (replacement.isEmpty() && isLegacyAlertsPath(segments)) {
        const QString org = segments.value(1);
        replacement = segments.value(0) == QLatin1String("projects")
                          ? QStringLiteral("/api/0/organizations/%1/workflows/").arg(org)
                          : QStringLiteral("/api/0/organizations/%1/detectors/").arg(org);
    }
    const QString reason = said.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : said;
    if (!replacement.isEmpty())
        return error(ErrorKind::Gone,
                     Tr::tr("The legacy API %1 is unavailable (%2, HTTP %3); Sentry names %4 as its replacement.")
                         .arg(shown, reason)
                         .arg(status)
                         .arg(replacement));
    return error(ErrorKind::Gone,
                 Tr::tr("The legacy API %1 is unavailable (%2, HTTP %3): it was retired or is in a brownout.")
                     .arg(shown, reason)
                     .arg(status));
}

QString requiredScopeFor(const QString& method, const QString& path)
{
    const QStringList s = apiSegments(path);
    const QString verb = method.toUpper();
    const bool read = verb == QLatin1String("GET") || verb == QLatin1String("HEAD");
    const auto pick = [read](const char* r, const char* w) { return QString::fromLatin1(read ? r : w); };
    const QString area = s.value(0);

    if (area == QLatin1String("organizations")) {
        if (s.size() <= 2)
            return s.size() == 2 ? pick("org:read", "org:write") : QStringLiteral("org:read");
        const QString sub = s.at(2);
        if (sub == QLatin1String("detectors") || sub == QLatin1String("workflows")
            || sub == QLatin1String("alert-rules")
            || (sub == QLatin1String("projects") && s.value(4) == QLatin1String("detectors")))
            return pick("alerts:read", "alerts:write");
        if (sub == QLatin1String("members"))
            return pick("member:read", "member:write");
        if (sub == QLatin1String("teams"))
            return pick("org:read", "team:write");
        if (sub == QLatin1String("projects"))
            return pick("org:read", "project:write");
        if (sub == QLatin1String("integrations"))
            return pick("org:read", "org:integrations");
        return pick("org:read", "org:write");
    }
    if (area == QLatin1String("projects") && s.size() >= 3) {
        const QString sub = s.value(3);
        if (sub == QLatin1String("rules"))
            return pick("alerts:read", "alerts:write");
        if (sub.isEmpty() && verb == QLatin1String("DELETE"))
            return QStringLiteral("project:admin");
        return pick("project:read", "project:write");
    }
    if (area == QLatin1String("teams") && s.size() >= 3) {
        if (s.value(3) == QLatin1String("projects"))
            return pick("project:read", "project:write");
        return pick("team:read", "team:write");
    }
    return {};
}

std::optional<QString> nextPageCursor(const QByteArray& linkHeader)
{
    // Sentry's links carry the cursor twice: as the cursor="…" parameter and in the URL's query.
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>([^<]*)"));
    static const QRegularExpression param(QStringLiteral("([A-Za-z_]+)\\s*=\\s*\"?([^\";,]*)\"?"));
    const QString text = QString::fromUtf8(linkHeader);
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString rel, results, cursor;
        bool hasCursor = false;
        for (auto p = param.globalMatch(match.captured(2)); p.hasNext();) {
            const QRegularExpressionMatch pm = p.next();
            const QString name = pm.captured(1).toLower();
            if (name == QLatin1String("rel"))
                rel = pm.captured(2).trimmed().toLower();
            else if (name == QLatin1String("results"))
                results = pm.captured(2).trimmed().toLower();
            else if (name == QLatin1String("cursor")) {
                cursor = pm.captured(2).trimmed();
                hasCursor = true;
            }
        }
        if (rel != QLatin1String("next"))
            continue;
        if (!results.isEmpty() && results != QLatin1String("true") && results != QLatin1String("1"))
            return std::nullopt;
        if (hasCursor)
            return cursor;
        const QUrlQuery query(QUrl(match.captured(1).trimmed()));
        if (query.hasQueryItem(QStringLiteral("cursor")))
            return query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        return std::nullopt;
    }
    return std::nullopt;
}

QUrl nextPageUrl(const QByteArray& linkHeader)
{
    // <url>; rel="next"; results="true"; cursor="0:100:0", <url>; rel="previous"; …
    // Split on '<' rather than ',' because query values may hold commas.
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>([^<]*)"));
    static const QRegularExpression param(QStringLiteral("([A-Za-z_]+)\\s*=\\s*\"?([^\";,]*)\"?"));
    const QString text = QString::fromUtf8(linkHeader);
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString rel;
        QString results;
        for (auto p = param.globalMatch(match.captured(2)); p.hasNext();) {
            const QRegularExpressionMatch pm = p.next();
            const QString name = pm.captured(1).toLower();
            if (name == QLatin1String("rel"))
                rel = pm.captured(2).trimmed().toLower();
            else if (name == QLatin1String("results"))
                results = pm.captured(2).trimmed().toLower();
        }
        if (rel != QLatin1String("next"))
            continue;
        // Sentry always says results="true"/"false"; a plain RFC 8288 server says nothing.
        if (!results.isEmpty() && results != QLatin1String("true") && results != QLatin1String("1"))
            return {};
        const QUrl url(match.captured(1).trimmed());
        return url.isValid() ? url : QUrl();
    }
    return {};
}

} // namespace sc
