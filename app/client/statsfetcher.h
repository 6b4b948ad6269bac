// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"
#include "statsaggregate.h"
#include "statsdata.h"
#include "statswindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sc {

class SentryClient;

// What a chart asks for.
struct StatsRequest {
    StatsRange range = StatsRange::Last24Hours;
    QDateTime customStart;   // Custom only
    QDateTime customEnd;
    QString groupBy = QStringLiteral("project"); // project | team | level
    QString project;         // slug: only this project's own series (the tree selection)
    QString team;            // slug: only this team's projects
    int topEvents = 10;      // 1..10 (Sentry's limit)

    // Key of the cached result in OrgSnapshot::extras["stats"].
    QString cacheKey() const;
};

// Fetches error statistics for a chart or `stats`: totals per project from stats_v2, series from
// events-timeseries (falling back to events-stats + topEvents when the server answers 404/400 to
// it, and remembering that), team series from one query per team filtered to its projects.
// Parsing and aggregation of the answers run on a pool thread; finished()/failed() are emitted on
// the fetcher's thread. A new fetch() cancels the one in flight. Never blocks.
class StatsFetcher : public QObject
{
    Q_OBJECT
public:
    StatsFetcher(SentryClient* client, QString orgSlug, QObject* parent = nullptr); // client not owned
    ~StatsFetcher() override;

    // `projects` are the org's projects (ids, slugs, teams; statsProjects() makes them from a
    // snapshot): the totals are reported per project and team series are filtered to a team's.
    // `now` ends the relative ranges.
    void fetch(const StatsRequest& request, QList<StatsProject> projects,
               const QDateTime& now = QDateTime::currentDateTimeUtc());
    void cancel();
    bool isBusy() const;
    bool usesEventsStatsFallback() const { return m_useEventsStats; }

    // The snapshot with `data` cached under `key` (other cached stats kept).
    static OrgSnapshot withCachedStats(OrgSnapshot snapshot, const QString& key, const StatsData& data);
    static std::optional<StatsData> cachedStats(const OrgSnapshot& snapshot, const QString& key);

signals:
    void finished(const sc::StatsData& data);
    void failed(const sc::Error& error);

private:
    struct Run;
    void startSeries(const std::shared_ptr<Run>& run, const QString& key, const QString& groupBy,
                     const QStringList& projectIds);
    void requestDone(const std::shared_ptr<Run>& run);
    void aggregate(const std::shared_ptr<Run>& run);

    QPointer<SentryClient> m_client;
    QString m_org;
    bool m_useEventsStats = false;
    std::shared_ptr<Run> m_run;
};

} // namespace sc
