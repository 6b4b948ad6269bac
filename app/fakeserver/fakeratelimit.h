// SPDX-License-Identifier: MIT
// Sentry's per-endpoint rate limits, as the fake enforces them. Internal to app/fakeserver.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sc {

// The limit of one bucket: `limit` requests per fixed `windowSecs` window (0 = unlimited) and at
// most `concurrent` requests at once (0 = no concurrency limit).
struct FakeRateLimit {
    int limit = 0;
    int windowSecs = 1;
    int concurrent = 0;
};

// "GET /api/0/projects/{}/{}/events/": the method and the route with its parameters blanked.
// Sentry keys its limits by endpoint (the view a route resolves to), method and caller
// (src/sentry/ratelimits/utils.py get_rate_limit_key: "{category}:{endpoint}:{method}:{id}"); the
// fake has one caller, so the route template stands for the endpoint.
QString fakeRateBucket(const QByteArray& method, const QString& path);

// Counts requests per bucket in fixed windows (window start = now rounded down to the window, as
// Sentry's FixedWindowRateLimiter does) and requests in flight per bucket.
class FakeRateLimiter
{
public:
    struct Decision {
        bool allowed = true;
        QString body;                                 // the 429's message (a bare JSON string)
        QList<QPair<QByteArray, QByteArray>> headers; // X-Sentry-Rate-Limit-*
    };

    // Counts one request of `bucket` at `nowMs` against `limit`. An allowed request is in flight
    // until release(bucket).
    Decision admit(const QString& bucket, const FakeRateLimit& limit, qint64 nowMs);
    void release(const QString& bucket);
    int inFlight(const QString& bucket) const { return m_buckets.value(bucket).inFlight; }
    int peakInFlight() const { return m_peak; } // the most any one bucket had in flight
    int rejected() const { return m_rejected; }  // answered 429
    QHash<QString, int> allowedPerBucket() const { return m_allowed; }

private:
    struct Bucket {
        qint64 windowStart = -1; // epoch seconds
        int count = 0;
        int inFlight = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QHash<QString, int> m_allowed;
    int m_peak = 0;
    int m_rejected = 0;
};

} // namespace sc
