// SPDX-License-Identifier: MIT
#pragma once

#include "sentryclient.h"

#include <QByteArray>
#include <QHash>

namespace sc {

// Pure scheduling rules of SentryClient: pacing from Sentry's rate-limit headers, waits after a
// 429, jittered backoff, and the concurrency cap. Times are epoch milliseconds; `random01` is a
// number in [0, 1) so tests can pin the jitter.
namespace ratelimit {

// Reads X-Sentry-Rate-Limit-* (lower-case names). Absent headers keep `previous`' values.
RateLimitState parse(const QHash<QByteArray, QByteArray>& headers, const RateLimitState& previous);

// Milliseconds to wait before starting one more request, given `inFlight` requests the server may
// not have counted yet: 0 while the window still has budget, else until the window resets. This is
// what slows a run down before the server answers 429.
qint64 pacingDelayMs(const RateLimitState& state, qint64 nowMs, int inFlight);

// Requests allowed in flight: the configured maximum, never above ConcurrentLimit, and never more
// than were in flight when the last answer came (`inFlightAtUpdate`, that answer included) plus its
// ConcurrentRemaining. At least 1.
int concurrencyCap(int configured, const RateLimitState& state, int inFlightAtUpdate);

// Exponential backoff with jitter for attempt 0, 1, 2, … (between half and all of 250 ms · 2^n,
// capped at 8 s).
qint64 backoffDelayMs(int attempt, double random01);

// How long to wait after a 429: Retry-After if a proxy added one (seconds or HTTP date); backoff when
// the window still has budget (a concurrency 429); else until X-Sentry-Rate-Limit-Reset plus a
// little jitter, else backoff. Capped at 60 s (clock skew).
qint64 waitAfter429Ms(const QHash<QByteArray, QByteArray>& headers, qint64 nowMs, int attempt, double random01);

// True for the statuses a GET retries: 429, 500, 502, 503, 504.
bool isRetryableStatus(int status);

// The rate-limit bucket of a request: method and route template ("GET /api/0/projects/{}/{}/ownership/").
// Sentry keeps limits per endpoint, method and caller, each with its own Remaining / Reset
// (CONTRACT §0b.9), so the client paces each bucket by its own answers.
QString bucketKey(const QByteArray& method, const QString& path);

// Folds the headers of one answer into its bucket's state. Answers arrive out of order: an
// answer from an older window never replaces a newer one, and within one window the lower
// Remaining wins (it was counted later).
RateLimitState mergeAnswer(const RateLimitState& bucket, const QHash<QByteArray, QByteArray>& headers);

} // namespace ratelimit
} // namespace sc
