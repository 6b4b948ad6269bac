// SPDX-License-Identifier: MIT
#include "fakeratelimit.h"

#include <QStringList>

#include <algorithm>

namespace sc {

QString fakeRateBucket(const QByteArray& method, const QString& path)
{
    // Routes are /organizations/{org}/…, /projects/{org}/{project}/…, /teams/{org}/{team}/…, then
    // alternating collection names and ids (detectors/{id}/, rules/{id}/, teams/{team}/, …).
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int i = 0;
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("api"))
        i = 2;
    if (i < parts.size()) {
        const QString head = parts.at(i);
        int params = head == QLatin1String("organizations") ? 1
                     : (head == QLatin1String("projects") || head == QLatin1String("teams")) ? 2 : 0;
        ++i;
        for (; params > 0 && i < parts.size(); --params, ++i)
            parts[i] = QStringLiteral("{}");
        for (bool isParam = false; i < parts.size(); ++i, isParam = !isParam) {
            if (isParam)
                parts[i] = QStringLiteral("{}");
        }
    }
    return QString::fromLatin1(method) + QStringLiteral(" /") + parts.join(QLatin1Char('/')) + QLatin1Char('/');
}

FakeRateLimiter::Decision FakeRateLimiter::admit(const QString& bucket, const FakeRateLimit& limit, qint64 nowMs)
{
    Decision d;
    if (limit.limit <= 0 && limit.concurrent <= 0)
        return d;
    Bucket& b = m_buckets[bucket];
    const int window = std::max(1, limit.windowSecs);
    const qint64 start = (nowMs / 1000 / window) * window;
    if (start != b.windowStart) {
        b.windowStart = start;
        b.count = 0;
    }
    // src/sentry/middleware/ratelimit.py: the answer says how much of the window is left
    // (Limit / Remaining / Reset in epoch seconds, no Retry-After), and the concurrent pair when
    // the endpoint sets one. Over the limit the body is the bare JSON string of
    // DEFAULT_ERROR_MESSAGE / DEFAULT_CONCURRENT_ERROR_MESSAGE (src/sentry/ratelimits/config.py).
    const bool overConcurrency = limit.concurrent > 0 && b.inFlight >= limit.concurrent;
    const bool overRate = limit.limit > 0 && b.count >= limit.limit;
    if (!overConcurrency)
        ++b.count;
    if (limit.limit > 0) {
        d.headers.append({"X-Sentry-Rate-Limit-Limit", QByteArray::number(limit.limit)});
        d.headers.append({"X-Sentry-Rate-Limit-Remaining", QByteArray::number(std::max(0, limit.limit - b.count))});
        d.headers.append({"X-Sentry-Rate-Limit-Reset", QByteArray::number(start + window)});
    }
    if (overRate) {
        d.allowed = false;
        d.body = QStringLiteral("You are attempting to use this endpoint too frequently. Limit is %1 requests in %2 seconds")
                     .arg(limit.limit)
                     .arg(window);
    } else if (overConcurrency) {
        d.allowed = false;
        d.body = QStringLiteral("You are attempting to go above the allowed concurrency for this endpoint. "
                                "Concurrency limit is %1")
                     .arg(limit.concurrent);
    } else {
        ++b.inFlight;
        ++m_allowed[bucket];
        m_peak = std::max(m_peak, b.inFlight);
    }
    if (!d.allowed)
        ++m_rejected;
    if (limit.concurrent > 0) {
        d.headers.append({"X-Sentry-Rate-Limit-ConcurrentLimit", QByteArray::number(limit.concurrent)});
        d.headers.append({"X-Sentry-Rate-Limit-ConcurrentRemaining",
                          QByteArray::number(std::max(0, limit.concurrent - b.inFlight))});
    }
    return d;
}

void FakeRateLimiter::release(const QString& bucket)
{
    auto it = m_buckets.find(bucket);
    if (it != m_buckets.end() && it->inFlight > 0)
        --it->inFlight;
}

} // namespace sc
