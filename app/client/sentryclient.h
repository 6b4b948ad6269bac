// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sc {

struct ClientConfig {
    QUrl baseUrl = QUrl(QStringLiteral("https://sentry.io/"));  // SENTRY_URL / --url
    QString token;                                              // SENTRY_AUTH_TOKEN / --auth-token; never logged
    int maxConcurrency = 8;       // requests in flight (also capped by X-Sentry-Rate-Limit-ConcurrentRemaining)
    int transferTimeoutMs = 30000;
    int maxRetries = 4;           // GET retries on 429 / 5xx / network errors (jittered backoff)
    int perPage = 100;            // per_page for list endpoints
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
    QJsonDocument json;                      // parsed body (null when empty)
    QHash<QByteArray, QByteArray> headers;   // lower-case header names
    QUrl url;
};

struct RateLimitState {
    int limit = -1;               // -1 = unknown (server sent no headers)
    int remaining = -1;
    qint64 resetEpoch = 0;
    int concurrentLimit = -1;
    int concurrentRemaining = -1;
};

// Every HTTP request the console sends. Asynchronous, never blocks; callbacks run on the
// client's thread, and only while `context` is alive (pass the asking object). Owns paging,
// bounded concurrency, rate-limit pacing and retries. GETs retry on 429/5xx/network errors with
// jittered backoff; writes never retry blindly, except a 429 (which Sentry answers before acting),
// which is resent after the rate-limit reset. Tokens never appear in logs or error text.
//
// Paths are "/api/0/..." relative to the API base: the configured base URL, or the org's region
// URL once setRegionUrl() accepted it. A path that could leave /api/0/ ("..", "//", %2e, a scheme
// or host, …; see apipath.h) is refused with ErrorKind::Usage naming method and path, and nothing
// is sent. Only Link-header next pages are full URLs, and only on the origin of the first page.
// The token goes only to the base URL's or the accepted region URL's scheme, host and port, and
// only when it is printable ASCII (tokencheck.h): a CR/LF in it fails every request unsent.
class SentryClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ApiResponse>)>;
    using ListCallback = std::function<void(Result<QJsonArray>)>;
    using PageCallback = std::function<void(const QJsonArray& page)>;

    explicit SentryClient(ClientConfig config, QObject* parent = nullptr);
    ~SentryClient() override;

    const ClientConfig& config() const { return m_config; }
    QUrl apiBase() const;

    // Accepts `links.regionUrl` for org-scoped calls when it is the same host as the base URL or an
    // https://*.sentry.io host; otherwise keeps the base URL and returns an error saying why.
    Result<void> setRegionUrl(const QUrl& regionUrl);

    // Refuses a token over plain http to anything but loopback (checked before any request).
    Result<void> checkTransportSecurity() const;

    quint64 get(const QString& path, const QUrlQuery& query, QObject* context, Callback done);
    // Follows Link rel="next" results="true" cursors and concatenates the pages.
    quint64 getAll(const QString& path, const QUrlQuery& query, QObject* context, ListCallback done);
    // As getAll, and `page` sees each page as it arrives (before `done`), so callers can start
    // follow-up requests early. Next pages jump the queue: they are on the caller's critical path.
    quint64 getAll(const QString& path, const QUrlQuery& query, QObject* context, PageCallback page,
                   ListCallback done);
    // POST / PUT / DELETE with a JSON body (null for none).
    quint64 send(const QByteArray& method, const QString& path, const QJsonValue& body, QObject* context,
                 Callback done);

    void cancel(quint64 requestId);   // the callback gets ErrorKind::Canceled
    void cancelAll();

    // The rate-limit state of the bucket (method + route) that answered last; pacing keeps one per bucket.
    RateLimitState rateLimit() const { return m_rateLimit; }
    int requestsStarted() const { return m_requestsStarted; } // network requests actually sent (incl. retries)
    int inFlight() const;
    int queued() const;

    // Replace the token in any text (defence in depth for messages built from server output).
    QString redact(QString text) const;

signals:
    void requestFinished(int done, int total); // progress over requests queued so far
    void rateLimitChanged(const sc::RateLimitState& state);

private:
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;
    QUrl resolve(const QString& path) const;
    quint64 enqueue(const QByteArray& method, const QUrl& url, const QByteArray& body, bool hasBody, QObject* context,
                    Callback done, quint64 id = 0, bool front = false);
    void pump();
    void start(const PendingPtr& pending);
    void onFinished(const PendingPtr& pending, QNetworkReply* reply);
    void complete(const PendingPtr& pending, Result<ApiResponse> result);
    void requeue(const PendingPtr& pending, qint64 delayMs);
    quint64 fetchPage(quint64 id, const QUrl& url, QObject* context, const std::shared_ptr<QJsonArray>& items,
                   const std::shared_ptr<PageCallback>& page, const std::shared_ptr<ListCallback>& done, int pages);
    bool tokenMayGoTo(const QUrl& url) const;
    ClientConfig m_config;
    QUrl m_regionUrl;
    QNetworkAccessManager* m_network = nullptr; // owned (child); first of m_networks
    RateLimitState m_rateLimit;
    int m_requestsStarted = 0;
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Pure: turns a finished reply into a Result. Status 0 = transport error (`networkErrorText` says
// which). Recognises Sentry's error bodies (`detail`, `message`, DRF field maps) and names the
// cause: 401 bad token (with Sentry's text), 403 with the scope `requiredScope` the operation
// needs (empty: unknown), 404, 410 legacy API gone (with X-Sentry-Replacement-Endpoint), 429,
// 5xx with the request id, malformed JSON (which endpoint, what was wrong).
Result<ApiResponse> interpretReply(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers,
                                   const QString& method, const QString& path, const QString& networkErrorText = {},
                                   const QString& requiredScope = {});

// The scope Sentry requires for `method` on `path` (e.g. PUT …/ownership/ → project:write).
QString requiredScopeFor(const QString& method, const QString& path);

// Parses a Link header into next-page URL when rel="next" has results="true".
QUrl nextPageUrl(const QByteArray& linkHeader);
// The cursor of rel="next" when it has results="true" (its cursor="…" parameter, else the
// link URL's cursor query item); nullopt at the last page.
std::optional<QString> nextPageCursor(const QByteArray& linkHeader);

} // namespace sc
