// SPDX-License-Identifier: MIT
#include "fakesentryserver.h"

#include "fakesentryapi.h"
#include "fakeratelimit.h"
#include "fakerequestlog.h"
#include "fakeseed.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>
#include <functional>

namespace sc {

Q_LOGGING_CATEGORY(lcFake, "sc.fake", QtInfoMsg)

namespace {

using namespace Qt::StringLiterals;

const QStringList kConsoleScopes{u"org:read"_s, u"org:write"_s, u"project:read"_s, u"project:write"_s,
                                 u"team:read"_s, u"member:read"_s, u"alerts:read"_s, u"alerts:write"_s,
                                 u"event:read"_s};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

// QHttpServer's routing in Qt 6.4 (a technical preview) answers synchronously or through a
// QFuture, and never exposes the connection. The fake needs both to delay an answer on the event
// loop (latency without blocking) and to close a connection without answering (a dropped write), so
// it sits one level lower: QAbstractHttpServer parses the HTTP, and we write the reply ourselves.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;
    explicit HttpFrontend(Handler handler, QObject* parent) : QAbstractHttpServer(parent), m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}

private:
    Handler m_handler;
};

} // namespace

struct FakeSentryServer::Impl {
    FakeServerOptions options;
    std::unique_ptr<FakeSentryApi> api;
    HttpFrontend* http = nullptr; // child of the server
    quint16 port = 0;
    QStringList log;
    int count = 0;
    qint64 apiRequests = 0;   // numbers the deterministic failure sequence
    FakeRateLimiter limiter;  // per-bucket windows and requests in flight
    int inFlight = 0;         // replies waiting for their latency
    int dropWrites = 0;
};

FakeSentryServer::FakeSentryServer(FakeServerOptions options, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    if (d->options.token.isEmpty()) {
        QByteArray random(32, Qt::Uninitialized);
        for (char& c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        d->options.token = u"sntryu_"_s + QString::fromLatin1(random.toHex());
    }
    std::optional<FakeOrgData> data = buildFakeSeed(d->options.seed);
    if (!data) {
        qCWarning(lcFake) << "unknown seed" << d->options.seed << "- using demo";
        data = buildFakeSeed(u"demo"_s);
    }
    d->api = std::make_unique<FakeSentryApi>(std::move(*data), d->options);
    d->http = new HttpFrontend([this](const QHttpServerRequest& request, QTcpSocket* socket) { handle(request, socket); },
                               this);
}

FakeSentryServer::~FakeSentryServer() = default;

quint16 FakeSentryServer::listen(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

quint16 FakeSentryServer::listen(const QHostAddress& address, quint16 port)
{
    // The fake accepts any client that knows the token it prints: never expose it beyond loopback.
    if (!address.isLoopback()) {
        qCWarning(lcFake) << "refusing to listen on non-loopback address" << address.toString();
        return 0;
    }
    d->port = d->http->listen(address, port);
    d->api->setBaseUrl(u"http://%1:%2"_s.arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                                   ? u"[%1]"_s.arg(address.toString())
                                                   : address.toString())
                           .arg(d->port));
    return d->port;
}

QUrl FakeSentryServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(d->port));
}

QString FakeSentryServer::token() const
{
    return d->options.token;
}

QString FakeSentryServer::orgSlug() const
{
    return d->api->data().organization.value(u"slug"_s).toString();
}

FakeServerOptions& FakeSentryServer::options()
{
    return d->options;
}

bool FakeSentryServer::mutateObject(const QString& type, const QString& id, const QJsonObject& patch)
{
    const QSet<QPair<qint64, qint64>> links = d->api->linkPairs();
    if (!d->api->mutateObject(type, id, patch))
        return false;
    d->api->auditBackDoor(type, id, links);
    return true;
}

QJsonObject FakeSentryServer::object(const QString& type, const QString& id) const
{
    return d->api->object(type, id);
}

QStringList FakeSentryServer::requestLog() const
{
    return d->log;
}

int FakeSentryServer::requestCount() const
{
    return d->count;
}

void FakeSentryServer::clearRequestLog()
{
    d->log.clear();
    d->count = 0;
}

void FakeSentryServer::dropConnectionAfterNextWrites(int count)
{
    d->dropWrites = std::max(0, count);
}

int FakeSentryServer::inFlight() const
{
    return d->inFlight;
}

void FakeSentryServer::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    FakeRequest req;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: req.method = "GET"; break;
    case QHttpServerRequest::Method::Post: req.method = "POST"; break;
    case QHttpServerRequest::Method::Put: req.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: req.method = "DELETE"; break;
    case QHttpServerRequest::Method::Patch: req.method = "PATCH"; break;
    case QHttpServerRequest::Method::Head: req.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: req.method = "OPTIONS"; break;
    default: req.method = "UNKNOWN"; break;
    }
    const QUrl url = request.url();
    req.path = url.path();
    // Form-style '+' means a space in a query value (the sentry CLIs send it that way).
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), u"%20"_s);
    req.query = QUrlQuery(rawQuery);
    req.body = request.body();
    for (const auto& [key, value] : request.headers()) {
        if (key.compare("authorization", Qt::CaseInsensitive) == 0)
            req.authorization = value;
    }

    if (req.path.startsWith(u"/__fake__/"_s)) {
        send(socket, backDoor(req));
        return;
    }

    const QString logLine = QString::fromLatin1(req.method) + QLatin1Char(' ') + req.path
                            + (rawQuery.isEmpty() ? QString() : QLatin1Char('?') + url.query(QUrl::FullyDecoded));
    d->log.append(logLine);
    ++d->count;
    qCDebug(lcFake).noquote() << logLine;

    const QString bucket = fakeRateBucket(req.method, req.path);
    bool admitted = false;
    FakeResponse response = respond(req, bucket, &admitted);
    if (req.method != "GET")
        appendFakeRequestLog(req.method, req.path, req.body, response.status);
    if (response.isWrite && d->dropWrites > 0) {
        --d->dropWrites;
        if (admitted)
            d->limiter.release(bucket);
        qCDebug(lcFake) << "dropping the connection after a write";
        // After the handler returns: QAbstractHttpServer still looks at the socket.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    }
    send(socket, std::move(response), admitted ? bucket : QString());
}

int FakeSentryServer::peakBucketInFlight() const
{
    return d->limiter.peakInFlight();
}

int FakeSentryServer::rateLimitedCount() const
{
    return d->limiter.rejected();
}

QHash<QString, int> FakeSentryServer::requestsPerBucket() const
{
    return d->limiter.allowedPerBucket();
}

FakeResponse FakeSentryServer::respond(const FakeRequest& req, const QString& bucket, bool* admitted)
{
    const FakeServerOptions& o = d->options;
    FakeRateLimit limit;
    // Sentry limits per endpoint, method and caller, each bucket with its own window (CONTRACT
    // §0b.9; sentry.io: 40 requests per 1 s window). ConcurrentLimit is per bucket as well.
    // Unlimited is the open-source default: 999 per second, still announced (src/sentry/conf/server.py).
    limit.limit = o.rateLimitPerSecond > 0 ? std::max(1, int(std::floor(o.rateLimitPerSecond))) : 999;
    limit.concurrent = std::max(0, o.concurrentLimit);
    if (bucket == u"GET /api/0/projects/{}/{}/events/"_s) {
        // ProjectEventsEndpoint.rate_limits (src/sentry/api/endpoints/project_events.py):
        // RateLimitCategory.USER: RateLimit(limit=60, window=60, concurrent_limit=1), enforced.
        limit = FakeRateLimit{60, 60, 1};
    }
    const FakeRateLimiter::Decision decision =
        d->limiter.admit(bucket, limit, QDateTime::currentMSecsSinceEpoch());
    *admitted = decision.allowed;

    FakeResponse response;
    if (!decision.allowed) {
        response.status = 429;
        response.body = decision.body; // a bare JSON string, as Sentry's middleware writes it
    } else if (o.failRate > 0 && std::floor((d->apiRequests + 1) * o.failRate) > std::floor(d->apiRequests * o.failRate)) {
        ++d->apiRequests;
        const QByteArray errorId = QCryptographicHash::hash(QByteArray::number(d->apiRequests) + req.path.toUtf8(),
                                                            QCryptographicHash::Md5).toHex();
        response.status = 500;
        response.body = QJsonObject{{u"detail"_s, u"Internal Error"_s}, {u"errorId"_s, QString::fromLatin1(errorId)}};
        response.headers.append(QPair<QByteArray, QByteArray>{"X-Sentry-Request-Id", errorId});
    } else {
        ++d->apiRequests;
        response = d->api->handle(req);
    }
    response.headers.append(decision.headers);
    return response;
}

FakeResponse FakeSentryServer::backDoor(const FakeRequest& req)
{
    FakeResponse r;
    const QStringList parts = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (req.method == "GET" && parts.size() == 2 && parts.at(1) == u"requests"_s) {
        r.body = QJsonObject{{u"count"_s, d->count}, {u"requests"_s, QJsonArray::fromStringList(d->log)}};
        return r;
    }
    if (req.method == "POST" && parts.size() == 4 && parts.at(1) == u"objects"_s) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body);
        if (!doc.isObject() || !mutateObject(parts.at(2), parts.at(3), doc.object())) {
            r.status = 404;
            r.body = QJsonObject{{u"detail"_s, u"No such object."_s}};
            return r;
        }
        r.body = object(parts.at(2), parts.at(3));
        return r;
    }
    if (req.method == "POST" && parts.size() == 2 && parts.at(1) == u"faults"_s) {
        // Change fault flags of a running fake-server process (CLI smoke tests).
        const QJsonObject f = QJsonDocument::fromJson(req.body).object();
        FakeServerOptions& o = d->options;
        o.latencyMs = f.value(u"latencyMs"_s).toInt(o.latencyMs);
        o.rateLimitPerSecond = f.value(u"rateLimitPerSecond"_s).toDouble(o.rateLimitPerSecond);
        o.concurrentLimit = f.value(u"concurrentLimit"_s).toInt(o.concurrentLimit);
        o.failRate = f.value(u"failRate"_s).toDouble(o.failRate);
        o.pageSize = f.value(u"pageSize"_s).toInt(o.pageSize);
        o.brownout = f.value(u"brownout"_s).toBool(o.brownout);
        if (f.contains(u"dropConnectionAfterNextWrites"_s))
            dropConnectionAfterNextWrites(f.value(u"dropConnectionAfterNextWrites"_s).toInt());
        r.body = QJsonObject{{u"ok"_s, true}};
        return r;
    }
    if (req.method == "DELETE" && parts.size() == 2 && parts.at(1) == u"requests"_s) {
        clearRequestLog();
        r.status = 204;
        return r;
    }
    r.status = 404;
    r.body = QJsonObject{{u"detail"_s, u"The requested resource does not exist"_s}};
    return r;
}

void FakeSentryServer::send(QTcpSocket* socket, FakeResponse response, const QString& bucket)
{
    QByteArray body;
    if (response.body.isString()) {
        // QJsonDocument holds only objects and arrays; a bare string is written by hand.
        body = QJsonDocument(QJsonArray{response.body}).toJson(QJsonDocument::Compact);
        body = body.mid(1, body.size() - 2);
    } else if (!response.body.isUndefined() && response.status != 204) {
        body = response.body.isArray() ? QJsonDocument(response.body.toArray()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(response.body.toObject()).toJson(QJsonDocument::Compact);
    }
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!body.isEmpty())
        wire += "Content-Type: application/json\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [key, value] : std::as_const(response.headers))
        wire += key + ": " + value + "\r\n";
    wire += "\r\n" + body;

    const int latency = d->options.latencyMs;
    if (latency <= 0) {
        socket->write(wire);
        if (!bucket.isEmpty())
            d->limiter.release(bucket);
        return;
    }
    // Latency on the event loop: the server keeps serving other connections meanwhile. The socket
    // is the timer's context, so a client that hangs up cancels the reply.
    ++d->inFlight;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [this, guard, wire, bucket] {
        --d->inFlight;
        if (!bucket.isEmpty())
            d->limiter.release(bucket);
        if (guard)
            guard->write(wire);
    });
}

} // namespace sc
