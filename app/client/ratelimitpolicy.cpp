// SPDX-License-Identifier: MIT
#include "ratelimitpolicy.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sc::ratelimit {

namespace {
constexpr qint64 MaxWaitMs = 60000;
constexpr qint64 BackoffBaseMs = 250;
constexpr qint64 BackoffCapMs = 8000;

int headerInt(const QHash<QByteArray, QByteArray>& headers, const char* name, int fallback)
{
    bool ok = false;
    const int value = headers.value(QByteArray(name)).trimmed().toInt(&ok);
    return ok ? value : fallback;
}

qint64 headerInt64(const QHash<QByteArray, QByteArray>& headers, const char* name, qint64 fallback)
{
    bool ok = false;
    // Reset may come as a float on some proxies ("1732480000.5").
    const double value = headers.value(QByteArray(name)).trimmed().toDouble(&ok);
    // 1e300 would make the conversion undefined (and seconds * 1000 overflow): not a time.
    return ok && std::isfinite(value) && std::abs(value) < 1e15 ? qint64(value) : fallback;
}
} // namespace

RateLimitState parse(const QHash<QByteArray, QByteArray>& headers, const RateLimitState& previous)
{
    RateLimitState state = previous;
    state.limit = headerInt(headers, "x-sentry-rate-limit-limit", previous.limit);
    state.remaining = headerInt(headers, "x-sentry-rate-limit-remaining", previous.remaining);
    state.resetEpoch = headerInt64(headers, "x-sentry-rate-limit-reset", previous.resetEpoch);
    state.concurrentLimit = headerInt(headers, "x-sentry-rate-limit-concurrentlimit", previous.concurrentLimit);
    state.concurrentRemaining =
        headerInt(headers, "x-sentry-rate-limit-concurrentremaining", previous.concurrentRemaining);
    return state;
}

qint64 pacingDelayMs(const RateLimitState& state, qint64 nowMs, int inFlight)
{
    if (state.remaining < 0)
        return 0; // the server does not limit (self-hosted default) or sent no headers
    const qint64 resetMs = state.resetEpoch * 1000;
    if (nowMs >= resetMs) {
        // A new window: the old "remaining" no longer applies; only the limit does.
        return state.limit > 0 && inFlight >= state.limit ? std::min<qint64>(1000, MaxWaitMs) : 0;
    }
    // Requests still in flight may not have been counted in `remaining` yet: keep room for them.
    if (state.remaining - inFlight > 0)
        return 0;
    return std::min(resetMs - nowMs, MaxWaitMs);
}

int concurrencyCap(int configured, const RateLimitState& state, int inFlightAtUpdate)
{
    int cap = std::max(1, configured);
    if (state.concurrentLimit > 0)
        cap = std::min(cap, state.concurrentLimit);
    if (state.concurrentRemaining >= 0)
        cap = std::min(cap, std::max(0, inFlightAtUpdate) + state.concurrentRemaining);
    return std::max(1, cap);
}

qint64 backoffDelayMs(int attempt, double random01)
{
    const int shift = std::clamp(attempt, 0, 10);
    const qint64 ceiling = std::min(BackoffCapMs, BackoffBaseMs << shift);
    const double r = std::clamp(random01, 0.0, 1.0);
    return ceiling / 2 + qint64(double(ceiling / 2) * r);
}

qint64 waitAfter429Ms(const QHash<QByteArray, QByteArray>& headers, qint64 nowMs, int attempt, double random01)
{
    const qint64 jitter = 20 + qint64(80.0 * std::clamp(random01, 0.0, 1.0));
    const QByteArray retryAfter = headers.value(QByteArrayLiteral("retry-after")).trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = retryAfter.toDouble(&ok);
        if (ok && !std::isnan(seconds)) // clamp before converting: "1e300" must not reach qint64
            return qint64(std::clamp(seconds * 1000, 0.0, double(MaxWaitMs))) + jitter;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            return std::clamp<qint64>(when.toMSecsSinceEpoch() - nowMs, 0, MaxWaitMs) + jitter;
    }
    // Budget left in the window: the 429 was for concurrency (e.g. the project events list allows
    // one request at a time), which frees up when a request finishes, not when the window resets.
    if (headerInt(headers, "x-sentry-rate-limit-remaining", 0) > 0)
        return backoffDelayMs(attempt, random01);
    const qint64 reset = headerInt64(headers, "x-sentry-rate-limit-reset", 0);
    if (reset > 0)
        return std::clamp<qint64>(reset * 1000 - nowMs, 0, MaxWaitMs) + jitter;
    return backoffDelayMs(attempt, random01);
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

QString bucketKey(const QByteArray& method, const QString& path)
{
    // /organizations/{org}/…, /projects/{org}/{project}/…, /teams/{org}/{team}/…, then collection
    // names alternating with ids (detectors/{id}/, rules/{id}/, teams/{team}/).
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int i = 0;
    while (i + 1 < parts.size() && !(parts.at(i) == QLatin1String("api") && parts.at(i + 1) == QLatin1String("0")))
        ++i;
    i = i + 1 < parts.size() ? i + 2 : 0;
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
    return QString::fromLatin1(method) + QStringLiteral(" /") + parts.join(QLatin1Char('/'));
}

RateLimitState mergeAnswer(const RateLimitState& bucket, const QHash<QByteArray, QByteArray>& headers)
{
    const RateLimitState answer = parse(headers, bucket);
    if (bucket.resetEpoch > 0 && answer.resetEpoch < bucket.resetEpoch)
        return bucket; // from a window that is over
    RateLimitState merged = answer;
    if (answer.resetEpoch == bucket.resetEpoch && bucket.remaining >= 0 && answer.remaining >= 0)
        merged.remaining = std::min(bucket.remaining, answer.remaining);
    return merged;
}

} // namespace sc::ratelimit
