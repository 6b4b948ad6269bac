// SPDX-License-Identifier: MIT
#include "sentryclient.h"
#include "apipath.h"
#include "ratelimitpolicy.h"
#include "regionpolicy.h"
#include "textescape.h"
#include "tokencheck.h"
#include "tr.h"

#include <QDateTime>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <deque>

Q_LOGGING_CATEGORY(lcClient, "sc.client", QtInfoMsg)

namespace sc {

namespace {
// Qt 6.4's HTTP/1.1 backend opens at most 6 connections per host and manager (QHttp1Configuration
// arrives in 6.5), so a concurrency of 8 spreads over several managers.
constexpr int ConnectionsPerManager = 6;
// A 429 is answered before the server acts, so waiting for the reset and resending is safe for
// every method; this bounds how often one request may be turned away.
constexpr int MaxRateLimitWaits = 8;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

bool sameState(const RateLimitState& a, const RateLimitState& b)
{
    return a.limit == b.limit && a.remaining == b.remaining && a.resetEpoch == b.resetEpoch
           && a.concurrentLimit == b.concurrentLimit && a.concurrentRemaining == b.concurrentRemaining;
}

// Every path a caller hands in goes through here before a URL is built from it: a path from a
// change-set file (or an id a server returned, substituted into one) must not leave /api/0/.
std::optional<Error> refusedPath(const QByteArray& method, const QString& path)
{
    const std::optional<QString> problem = apiPathProblem(path);
    if (!problem)
        return std::nullopt;
    const QString shown = QStringLiteral("%1 %2").arg(QString::fromLatin1(method).toUpper(), escapeControls(path));
    return Error{ErrorKind::Usage,
                 Tr::tr("Refused to send %1: %2. Nothing was sent.").arg(shown, *problem), shown, 0};
}

// Errors found before anything is sent still arrive later, from the event loop, like every other
// result, and only while the asker lives.
template <class Done>
quint64 failLater(QObject* client, QObject* context, quint64 id, Error error, Done done)
{
    qCWarning(lcClient).noquote() << error.message;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, client, [guard, hasContext, error = std::move(error), done = std::move(done)] {
        if (!hasContext || guard)
            done(tl::unexpected(error));
    });
    return id;
}
} // namespace

// A request body that can be read once. Qt 6.4's HTTP channel (QHttpNetworkConnectionChannel)
// resends a request once when the connection closes before any answer byte, even a POST; before
// resending it resets the upload device, and a device that cannot reset makes Qt report
// ContentReSendError instead. A create is not idempotent, so its body is sent through this device:
// after a drop the push engine re-lists to learn whether it arrived, rather than making it twice.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data)) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct SentryClient::Pending {
    quint64 id = 0;
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool hasBody = false;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QString bucket;           // rate-limit bucket (method + route template)
    int retries = 0;          // backoff retries (GET only)
    int rateLimitWaits = 0;   // resends after a 429
    qint64 notBefore = 0;     // epoch ms
    QPointer<QNetworkReply> reply;
    QNetworkAccessManager* manager = nullptr;
    bool canceled = false;
};

// Pacing state of one rate-limit bucket: Sentry answers each endpoint with its own Limit /
// Remaining / Reset, so a busy endpoint waits for its own window and an idle one is not held back.
struct RateBucket {
    RateLimitState state;
    bool answered = false;      // until the first answer the limits are unknown: one request probes
    int inFlight = 0;
    int inFlightAtUpdate = 0;   // in flight when the last answer came (that answer included)
    qint64 pausedUntil = 0;     // after a 429 (epoch ms)
};

struct SentryClient::Impl {
    QList<QNetworkAccessManager*> networks;
    QHash<QNetworkAccessManager*, int> load;
    std::deque<PendingPtr> queue;
    QHash<quint64, PendingPtr> inFlight;
    QHash<QString, RateBucket> buckets;
    quint64 nextId = 1;
    int done = 0;
    int total = 0;
    bool pumping = false;
    QTimer timer;

    // 0 when `bucket` may start one more request now; else when to look again (epoch ms), or -1
    // when only an answer can free it (its concurrency is used up).
    qint64 blockedUntil(const RateBucket& bucket, int configured, qint64 now) const
    {
        if (now < bucket.pausedUntil)
            return bucket.pausedUntil;
        if (!bucket.answered)
            return bucket.inFlight == 0 ? 0 : -1;
        if (const qint64 pace = ratelimit::pacingDelayMs(bucket.state, now, bucket.inFlight); pace > 0)
            return now + pace;
        if (bucket.inFlight >= ratelimit::concurrencyCap(configured, bucket.state, bucket.inFlightAtUpdate))
            return -1;
        return 0;
    }
};

SentryClient::SentryClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , d(std::make_unique<Impl>())
{
    const int managers = std::max(1, (m_config.maxConcurrency + ConnectionsPerManager - 1) / ConnectionsPerManager);
    for (int i = 0; i < managers; ++i) {
        auto* network = new QNetworkAccessManager(this);
        // The token must not follow a redirect to another host; redirects are reported instead.
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        d->networks.append(network);
        d->load.insert(network, 0);
    }
    m_network = d->networks.constFirst();
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, &SentryClient::pump);
}

SentryClient::~SentryClient()
{
    // Replies are children of the managers; drop their callbacks before they are destroyed.
    for (const PendingPtr& pending : std::as_const(d->inFlight)) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
        }
    }
}

QUrl SentryClient::apiBase() const
{
    return m_regionUrl.isValid() ? m_regionUrl : m_config.baseUrl;
}

Result<void> SentryClient::setRegionUrl(const QUrl& regionUrl)
{
    Result<void> allowed = checkRegionUrl(m_config.baseUrl, regionUrl);
    if (!allowed) {
        qCWarning(lcClient) << "region URL refused:" << redact(allowed.error().message);
        return allowed;
    }
    m_regionUrl = regionUrl;
    return {};
}

Result<void> SentryClient::checkTransportSecurity() const
{
    if (m_config.token.isEmpty() || transportAllowsToken(m_config.baseUrl))
        return {};
    return fail(ErrorKind::Usage,
                Tr::tr("Refusing to send the auth token over plain http to %1: use an https:// URL (plain http is "
                       "only allowed for localhost).")
                    .arg(m_config.baseUrl.host()),
                m_config.baseUrl.toDisplayString());
}

QString SentryClient::redact(QString text) const
{
    if (m_config.token.size() >= 4)
        text.replace(m_config.token, QStringLiteral("[redacted]"));
    return text;
}

int SentryClient::inFlight() const { return int(d->inFlight.size()); }
int SentryClient::queued() const { return int(d->queue.size()); }

bool SentryClient::tokenMayGoTo(const QUrl& url) const
{
    if (!transportAllowsToken(url))
        return false;
    // Scheme, host and port: another port on the same host is another server (and on loopback,
    // any local process could listen there).
    return sameOrigin(url, m_config.baseUrl) || (m_regionUrl.isValid() && sameOrigin(url, m_regionUrl));
}

QUrl SentryClient::resolve(const QString& path) const
{
    QUrl url = apiBase();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    const QString pathPart = queryAt < 0 ? path : path.left(queryAt);
    url.setPath(basePath + (pathPart.startsWith(QLatin1Char('/')) ? pathPart : QLatin1Char('/') + pathPart));
    url.setQuery(queryAt < 0 ? QString() : path.mid(queryAt + 1));
    url.setFragment(QString());
    return url;
}

quint64 SentryClient::get(const QString& path, const QUrlQuery& query, QObject* context, Callback done)
{
    if (std::optional<Error> refused = refusedPath("GET", path))
        return failLater(this, context, d->nextId++, std::move(*refused), std::move(done));
    QUrl url = resolve(path);
    if (!query.isEmpty()) {
        QUrlQuery merged(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded))
            merged.addQueryItem(key, value);
        url.setQuery(merged);
    }
    return enqueue(QByteArrayLiteral("GET"), url, {}, false, context, std::move(done));
}

quint64 SentryClient::send(const QByteArray& method, const QString& path, const QJsonValue& body, QObject* context,
                           Callback done)
{
    if (std::optional<Error> refused = refusedPath(method, path))
        return failLater(this, context, d->nextId++, std::move(*refused), std::move(done));
    QByteArray bytes;
    bool hasBody = true;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else
        hasBody = false;
    return enqueue(method.toUpper(), resolve(path), bytes, hasBody, context, std::move(done));
}

quint64 SentryClient::getAll(const QString& path, const QUrlQuery& query, QObject* context, ListCallback done)
{
    return getAll(path, query, context, PageCallback(), std::move(done));
}

quint64 SentryClient::getAll(const QString& path, const QUrlQuery& query, QObject* context, PageCallback page,
                             ListCallback done)
{
    if (std::optional<Error> refused = refusedPath("GET", path))
        return failLater(this, context, d->nextId++, std::move(*refused), std::move(done));
    QUrl url = resolve(path);
    QUrlQuery merged(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded))
        merged.addQueryItem(key, value);
    if (!merged.hasQueryItem(QStringLiteral("per_page")))
        merged.addQueryItem(QStringLiteral("per_page"), QString::number(m_config.perPage));
    url.setQuery(merged);
    return fetchPage(0, url, context, std::make_shared<QJsonArray>(),
                     page ? std::make_shared<PageCallback>(std::move(page)) : nullptr,
                     std::make_shared<ListCallback>(std::move(done)), 1);
}

quint64 SentryClient::fetchPage(quint64 id, const QUrl& url, QObject* context, const std::shared_ptr<QJsonArray>& items,
                                const std::shared_ptr<PageCallback>& page, const std::shared_ptr<ListCallback>& done,
                                int pages)
{
    // Every page of one getAll shares its id, so cancel(id) finds whichever page is pending.
    const bool nextPage = id != 0;
    if (!nextPage)
        id = d->nextId++;
    auto onPage = [this, id, url, context, items, page, done, pages](Result<ApiResponse> result) {
        if (!result) {
            (*done)(tl::unexpected(result.error()));
            return;
        }
        if (!result->json.isArray()) {
            (*done)(fail(ErrorKind::BadData,
                         Tr::tr("The answer to GET %1 is not a list, as this endpoint should return.").arg(url.path()),
                         url.path(), result->status));
            return;
        }
        const QJsonArray array = result->json.array();
        for (const QJsonValue& value : array)
            items->append(value);
        if (page && *page)
            (*page)(array);
        const std::optional<QString> cursor = nextPageCursor(result->headers.value(QByteArrayLiteral("link")));
        if (!cursor) {
            (*done)(std::move(*items));
            return;
        }
        // The link names Sentry's configured URL prefix, which behind a proxy is another scheme or
        // host (build_cursor_link uses absolute_uri; CONTRACT §0b.7). Only its cursor is taken, and
        // sent to the URL this list was asked from: the token never goes to the link's host.
        QUrl next = url;
        QUrlQuery nextQuery(url);
        nextQuery.removeAllQueryItems(QStringLiteral("cursor"));
        nextQuery.addQueryItem(QStringLiteral("cursor"), *cursor);
        next.setQuery(nextQuery);
        if (next == url || cursor->isEmpty() || pages >= 100000) {
            (*done)(fail(ErrorKind::BadData,
                         Tr::tr("The server's pagination of GET %1 does not advance (the next-page link repeats).")
                             .arg(url.path()),
                         url.path(), result->status));
            return;
        }
        fetchPage(id, next, context, items, page, done, pages + 1);
    };
    return enqueue(QByteArrayLiteral("GET"), url, {}, false, context, std::move(onPage), id, nextPage);
}

quint64 SentryClient::enqueue(const QByteArray& method, const QUrl& url, const QByteArray& body, bool hasBody,
                              QObject* context, Callback done, quint64 id, bool front)
{
    auto pending = std::make_shared<Pending>();
    pending->id = id ? id : d->nextId++;
    pending->method = method;
    pending->url = url;
    pending->body = body;
    pending->hasBody = hasBody;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    pending->bucket = ratelimit::bucketKey(method, url.path());
    ++d->total;
    if (Result<void> token = checkTokenText(m_config.token, Tr::tr("the connection settings")); !token) {
        // Last guard: a CR/LF in the token would inject headers into the request.
        QTimer::singleShot(0, this, [this, pending, error = token.error()] { complete(pending, tl::unexpected(error)); });
        return pending->id;
    }
    const bool ourHost = url.host().compare(m_config.baseUrl.host(), Qt::CaseInsensitive) == 0
                         || (m_regionUrl.isValid() && url.host().compare(m_regionUrl.host(), Qt::CaseInsensitive) == 0);
    if (!m_config.token.isEmpty() && ourHost && !transportAllowsToken(url)) {
        // Without its token the request is useless, and with it the token would travel in clear text.
        QTimer::singleShot(0, this, [this, pending] {
            complete(pending, fail(ErrorKind::Usage,
                                   Tr::tr("Refusing to send the auth token over plain http to %1: use an https:// "
                                          "URL (plain http is only allowed for localhost).")
                                       .arg(pending->url.host()),
                                   pending->url.path()));
        });
        return pending->id;
    }
    if (front)
        d->queue.push_front(pending);
    else
        d->queue.push_back(pending);
    pump(); // never runs a callback: results always arrive later, from the event loop
    return pending->id;
}

void SentryClient::pump()
{
    if (d->pumping)
        return;
    d->pumping = true;
    const qint64 now = nowMs();
    qint64 wakeAt = 0;
    const auto wakeNoLaterThan = [&wakeAt](qint64 at) { wakeAt = wakeAt ? std::min(wakeAt, at) : at; };
    // One pass in queue order; a bucket found blocked stays blocked for the rest of the pass
    // (starting other requests cannot free it), so later requests of other buckets go ahead.
    QSet<QString> blocked;
    const int cap = std::max(1, m_config.maxConcurrency);
    for (auto it = d->queue.begin(); it != d->queue.end() && int(d->inFlight.size()) < cap;) {
        const PendingPtr& pending = *it;
        if (pending->hasContext && !pending->context) { // the asker is gone: nobody wants the answer
            it = d->queue.erase(it);
            ++d->done;
            continue;
        }
        if (pending->notBefore > now) {
            wakeNoLaterThan(pending->notBefore);
            ++it;
            continue;
        }
        if (blocked.contains(pending->bucket)) {
            ++it;
            continue;
        }
        const qint64 until = d->blockedUntil(d->buckets[pending->bucket], m_config.maxConcurrency, now);
        if (until != 0) {
            blocked.insert(pending->bucket);
            if (until > 0)
                wakeNoLaterThan(until);
            ++it;
            continue;
        }
        const PendingPtr ready = pending;
        it = d->queue.erase(it);
        start(ready);
    }
    if (wakeAt > 0)
        d->timer.start(int(std::clamp<qint64>(wakeAt - now, 1, 60000)));
    d->pumping = false;
}

void SentryClient::start(const PendingPtr& pending)
{
    const QUrl& url = pending->url;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("sentry-console"));
    if (!m_config.token.isEmpty() && tokenMayGoTo(url) && checkTokenText(m_config.token, {}))
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_config.token.toUtf8());
    if (pending->hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkAccessManager* manager =
        *std::min_element(d->networks.cbegin(), d->networks.cend(),
                          [this](QNetworkAccessManager* a, QNetworkAccessManager* b) { return d->load[a] < d->load[b]; });
    QNetworkReply* reply = nullptr;
    if (pending->method == "GET") {
        reply = manager->get(request);
    } else if (pending->method == "POST") {
        // Streamed from a device that cannot rewind, so Qt cannot resend it (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(pending->body, nullptr);
        reply = manager->sendCustomRequest(request, pending->method, body);
        body->setParent(reply);
    } else {
        reply = manager->sendCustomRequest(request, pending->method, pending->body);
    }
    ++d->load[manager];
    ++d->buckets[pending->bucket].inFlight;
    pending->manager = manager;
    pending->reply = reply;
    d->inFlight.insert(pending->id, pending);
    ++m_requestsStarted;
    qCDebug(lcClient) << pending->method << url.path() << "attempt" << pending->retries + pending->rateLimitWaits;
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { onFinished(pending, reply); });
}

void SentryClient::onFinished(const PendingPtr& pending, QNetworkReply* reply)
{
    reply->deleteLater();
    pending->reply = nullptr;
    --d->load[pending->manager];
    d->inFlight.remove(pending->id);
    RateBucket& bucket = d->buckets[pending->bucket];
    bucket.inFlight = std::max(0, bucket.inFlight - 1);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after abort()

    if (status > 0) {
        bucket.answered = true;
        bucket.state = ratelimit::mergeAnswer(bucket.state, headers);
        bucket.inFlightAtUpdate = bucket.inFlight + 1;
        if (!sameState(bucket.state, m_rateLimit)) {
            m_rateLimit = bucket.state;
            emit rateLimitChanged(m_rateLimit);
        }
    } else if (!bucket.answered && bucket.inFlight == 0) {
        bucket.answered = true; // no answer at all: do not hold the bucket to one probe forever
    }

    if (pending->canceled) {
        complete(pending, fail(ErrorKind::Canceled, Tr::tr("The request was canceled."),
                               QStringLiteral("%1 %2").arg(QString::fromLatin1(pending->method), pending->url.path())));
        pump();
        return;
    }

    QString networkText;
    if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
            networkText = Tr::tr("no answer within %n second(s)", nullptr, (m_config.transferTimeoutMs + 999) / 1000);
        else
            networkText = redact(reply->errorString());
    }
    const QString method = QString::fromLatin1(pending->method);
    Result<ApiResponse> result = interpretReply(status, body, headers, method, pending->url.toString(), networkText,
                                                requiredScopeFor(method, pending->url.path()));
    if (result)
        result->url = pending->url;

    if (!result) {
        const double random = QRandomGenerator::global()->generateDouble();
        const qint64 now = nowMs();
        if (status == 429 && pending->rateLimitWaits < MaxRateLimitWaits) {
            const qint64 wait = ratelimit::waitAfter429Ms(headers, now, pending->rateLimitWaits, random);
            // Only this endpoint's bucket waits: the others have their own budgets.
            RateBucket& limited = d->buckets[pending->bucket];
            limited.pausedUntil = std::max(limited.pausedUntil, now + wait);
            ++pending->rateLimitWaits;
            qCInfo(lcClient) << "429 on" << pending->url.path() << "- waiting" << wait << "ms";
            requeue(pending, wait);
            return;
        }
        const bool retryable = status == 0 || (status != 429 && ratelimit::isRetryableStatus(status));
        if (pending->method == "GET" && retryable && pending->retries < m_config.maxRetries) {
            const qint64 wait = ratelimit::backoffDelayMs(pending->retries, random);
            ++pending->retries;
            qCInfo(lcClient) << "retrying" << pending->url.path() << "after HTTP" << status << "in" << wait << "ms";
            requeue(pending, wait);
            return;
        }
    }
    complete(pending, std::move(result));
    pump();
}

void SentryClient::requeue(const PendingPtr& pending, qint64 delayMs)
{
    pending->notBefore = nowMs() + delayMs;
    d->queue.push_front(pending);
    pump();
}

void SentryClient::complete(const PendingPtr& pending, Result<ApiResponse> result)
{
    if (!result) {
        Error& error = result.error();
        error.message = redact(error.message);
        error.detail = redact(error.detail);
        if (error.kind != ErrorKind::Canceled)
            qCInfo(lcClient).noquote() << error.detail;
    }
    ++d->done;
    emit requestFinished(d->done, d->total);
    Callback done = std::move(pending->done);
    pending->done = nullptr;
    if (done && (!pending->hasContext || pending->context))
        done(std::move(result));
    if (d->queue.empty() && d->inFlight.isEmpty()) {
        // Idle: the next batch counts from zero.
        d->done = 0;
        d->total = 0;
    }
}

void SentryClient::cancel(quint64 requestId)
{
    QList<PendingPtr> queued;
    for (auto it = d->queue.begin(); it != d->queue.end();) {
        if ((*it)->id == requestId) {
            queued.append(*it);
            it = d->queue.erase(it);
        } else {
            ++it;
        }
    }
    for (const PendingPtr& pending : queued)
        complete(pending, fail(ErrorKind::Canceled, Tr::tr("The request was canceled."),
                               QStringLiteral("%1 %2").arg(QString::fromLatin1(pending->method), pending->url.path())));
    if (const PendingPtr pending = d->inFlight.value(requestId)) {
        pending->canceled = true;
        if (pending->reply)
            pending->reply->abort(); // finished → onFinished → Canceled
    }
}

void SentryClient::cancelAll()
{
    QList<quint64> ids;
    for (const PendingPtr& pending : d->queue)
        ids.append(pending->id);
    ids.append(d->inFlight.keys());
    for (quint64 id : std::as_const(ids))
        cancel(id);
}

} // namespace sc
