// SPDX-License-Identifier: MIT
#include "sentryclient.h"
#include "apipath.h"
#include "ratelimitpolicy.h"
#include "regionpolicy.h"
#include "textescape.h"
#include "tokencheck.h"
#include "tr.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
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

struct SentryClient::Pending {
    quint64 id = 0;
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool hasBody = false;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int retries = 0;          // backoff retries (GET only)
    int rateLimitWaits = 0;   // resends after a 429
    qint64 notBefore = 0;     // epoch ms
    QPointer<QNetworkReply> reply;
    QNetworkAccessManager* manager = nullptr;
    bool canceled = false;
};

struct SentryClient::Impl {
    QList<QNetworkAccessManager*> networks;
    QHash<QNetworkAccessManager*, int> load;
    std::deque<PendingPtr> queue;
    QHash<quint64, PendingPtr> inFlight;
    quint64 nextId = 1;
    int done = 0;
    int total = 0;
    qint64 pausedUntil = 0;   // after a 429: nobody starts before this (epoch ms)
    int inFlightAtRateUpdate = 0;
    bool pumping = false;
    QTimer timer;
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
        const QUrl next = nextPageUrl(result->headers.value(QByteArrayLiteral("link")));
        if (next.isEmpty()) {
            (*done)(std::move(*items));
            return;
        }
        // Never hand the token to a host that only a response header named.
        if (!sameOrigin(next, url)) {
            (*done)(fail(ErrorKind::BadData,
                         Tr::tr("The next-page link of GET %1 points to another server (%2); the token is not sent "
                                "there.")
                             .arg(url.path(), next.host()),
                         url.path(), result->status));
            return;
        }
        if (next == url || pages >= 100000) {
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
    const int cap = ratelimit::concurrencyCap(m_config.maxConcurrency, m_rateLimit, d->inFlightAtRateUpdate);
    while (int(d->inFlight.size()) < cap && !d->queue.empty()) {
        if (now < d->pausedUntil) {
            wakeAt = d->pausedUntil;
            break;
        }
        if (const qint64 pace = ratelimit::pacingDelayMs(m_rateLimit, now, int(d->inFlight.size())); pace > 0) {
            wakeAt = now + pace;
            break;
        }
        auto ready = d->queue.end();
        qint64 earliest = 0;
        for (auto it = d->queue.begin(); it != d->queue.end();) {
            if ((*it)->hasContext && !(*it)->context) { // the asker is gone: nobody wants the answer
                it = d->queue.erase(it);
                ++d->done;
                continue;
            }
            if ((*it)->notBefore <= now) {
                ready = it;
                break;
            }
            earliest = earliest ? std::min(earliest, (*it)->notBefore) : (*it)->notBefore;
            ++it;
        }
        if (ready == d->queue.end()) {
            wakeAt = earliest;
            break;
        }
        PendingPtr pending = *ready;
        d->queue.erase(ready);
        start(pending);
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
    QNetworkReply* reply = pending->method == "GET"
                               ? manager->get(request)
                               : manager->sendCustomRequest(request, pending->method, pending->body);
    ++d->load[manager];
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

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after abort()

    if (status > 0) {
        const RateLimitState state = ratelimit::parse(headers, m_rateLimit);
        d->inFlightAtRateUpdate = int(d->inFlight.size()) + 1;
        if (!sameState(state, m_rateLimit)) {
            m_rateLimit = state;
            emit rateLimitChanged(m_rateLimit);
        }
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
            d->pausedUntil = std::max(d->pausedUntil, now + wait);
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
