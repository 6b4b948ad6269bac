// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace sc {

struct FakeStatsProject {
    QString id;
    QString slug;
    QString platform;
    QStringList teamSlugs;
};

struct FakeStatsReply {
    int status = 200;
    QJsonValue body;
};

// Deterministic synthetic error data for the usage and Discover endpoints, for every seed: the same
// (projects, seed, now) always gives the same numbers; the demo org has a visible incident on
// payment-api. Honours the real parameters and limits and answers Sentry's 400s for unsupported
// combinations. `endpoint` is "stats_v2" | "events-timeseries" | "events-stats" | "events".
FakeStatsReply fakeStatsResponse(const QString& endpoint, const QUrlQuery& query,
                                 const QList<FakeStatsProject>& projects, const QString& seed,
                                 const QDateTime& now);

} // namespace sc
