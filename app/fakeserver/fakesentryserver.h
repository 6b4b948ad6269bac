// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHostAddress;
class QHttpServerRequest;
class QTcpSocket;

namespace sc {

struct FakeRequest;
struct FakeResponse;

struct FakeServerOptions {
    QString seed = QStringLiteral("demo"); // "demo" | "large:N"
    QString token;                // the token it accepts; empty → a random one (see token())
    bool legacyAlerts = false;    // older self-hosted: no /workflows/ or /detectors/, legacy rules only
    bool brownout = false;        // legacy endpoints answer 410 like sentry.io during brownouts
    // Older self-hosted (no `organizations:discover-saved-queries-deprecation`): metric detectors on
    // `transactions` / `generic_metrics` may still be created and their queries edited (CONTRACT §0b.2).
    bool allowTransactionAlerts = false;
    // Servers before 2026-04 read detector/workflow link ids only as camelCase `workflowIds` /
    // `detectorIds` and ignore `workflow_ids` / `detector_ids` (CONTRACT §0b.6; PRs #111760, #111925).
    bool before202604 = false;
    int latencyMs = 0;            // added to every response
    double rateLimitPerSecond = 0; // > 0: per bucket (method + route), 429 beyond this many requests per 1 s
                                   // window (sentry.io: 40; the fake-server command's default)
    int concurrentLimit = 0;      // > 0: per bucket, X-Sentry-Rate-Limit-ConcurrentLimit, enforced with 429
    QString urlPrefix;            // non-empty: Link headers name this origin (system.url-prefix behind a proxy)
    double failRate = 0;          // 0..1: share of requests answered 500 (deterministic sequence)
    int pageSize = 100;           // default and max per_page
    QStringList scopes;           // token scopes; empty → all console scopes
};

// A fake Sentry on loopback (QHttpServer) speaking the real /api/0/ shapes for everything the
// console reads and writes; writes are kept in memory and bump dateUpdated / lastUpdated.
// Every URL it hands out (links.regionUrl, Link headers) points at itself.
// Handlers run on the thread that owns the server: clients in the same thread must be async.
//
// Test-only back door (also as HTTP: POST /__fake__/objects/<type>/<id> with a JSON merge patch,
// GET /__fake__/requests for the request log) to change objects behind a client's back.
class FakeSentryServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeSentryServer(FakeServerOptions options = {}, QObject* parent = nullptr);
    ~FakeSentryServer() override;

    // Listens on 127.0.0.1 (port 0 = any free one). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    // Any loopback address (127.0.0.1, ::1); refuses (returns 0) anything else.
    quint16 listen(const QHostAddress& address, quint16 port);
    QUrl url() const;            // http://127.0.0.1:PORT/
    QString token() const;
    QString orgSlug() const;
    FakeServerOptions& options(); // fault flags may change while running

    // Concurrent edit: merge `patch` into the stored object and bump its update time, as if
    // another admin had edited it. type: ownership (id = project slug) | detector | workflow |
    // issueAlertRule | metricAlertRule | project. Returns false if there is no such object.
    bool mutateObject(const QString& type, const QString& id, const QJsonObject& patch);
    // The stored object as the API would return it (empty if none).
    QJsonObject object(const QString& type, const QString& id) const;

    // Request log: "METHOD /path?query" per request handled, and a count.
    QStringList requestLog() const;
    int requestCount() const;
    void clearRequestLog();

    // Makes the next `count` write requests (POST/PUT/DELETE) reach the store and then drop the
    // connection without an answer: a push must verify by reading back.
    void dropConnectionAfterNextWrites(int count);

    // Replies currently held back by latencyMs (they do not block the event loop).
    int inFlight() const;
    // The most requests one rate-limit bucket had in flight at once (only counted for limited buckets).
    int peakBucketInFlight() const;
    // Rate-limit figures for benchmarks: requests answered 429, and the requests each bucket let through.
    int rateLimitedCount() const;
    QHash<QString, int> requestsPerBucket() const;

private:
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    FakeResponse respond(const FakeRequest& request, const QString& bucket, bool* admitted);
    FakeResponse backDoor(const FakeRequest& request);
    void send(QTcpSocket* socket, FakeResponse response, const QString& bucket = {});

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sc
