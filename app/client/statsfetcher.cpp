// SPDX-License-Identifier: MIT
#include "statsfetcher.h"

#include "sentryclient.h"
#include "statsaggregate.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaObject>
#include <QThreadPool>

namespace sc {

// One fetch: the answers collected so far. Shared with the callbacks; a cancelled run is ignored.
struct StatsFetcher::Run {
    StatsRequest request;
    StatsWindow window;
    QList<StatsProject> projects;
    QList<quint64> requestIds;
    int pending = 0;
    bool cancelled = false;
    bool failed = false;
    QJsonValue totals;                   // stats_v2
    QHash<QString, QJsonValue> series;   // key ("" or team slug) → answer
    QHash<QString, QString> seriesSource; // key → endpoint that answered
};

QString StatsRequest::cacheKey() const
{
    QString key = statsRangeName(range) + QLatin1Char('/') + groupBy + QLatin1Char('/') + QString::number(topEvents);
    if (range == StatsRange::Custom)
        key += QLatin1Char('/') + customStart.toUTC().toString(Qt::ISODate) + QLatin1Char('-')
               + customEnd.toUTC().toString(Qt::ISODate);
    if (!project.isEmpty())
        key += QStringLiteral("/project:") + project;
    if (!team.isEmpty())
        key += QStringLiteral("/team:") + team;
    return key;
}

StatsFetcher::StatsFetcher(SentryClient* client, QString orgSlug, QObject* parent)
    : QObject(parent), m_client(client), m_org(std::move(orgSlug))
{
}

StatsFetcher::~StatsFetcher()
{
    cancel();
}

bool StatsFetcher::isBusy() const
{
    return m_run && !m_run->cancelled && m_run->pending > 0;
}

void StatsFetcher::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    if (m_client) {
        for (quint64 id : m_run->requestIds)
            m_client->cancel(id);
    }
    m_run.reset();
}

void StatsFetcher::fetch(const StatsRequest& request, QList<StatsProject> projects, const QDateTime& now)
{
    cancel();
    if (!m_client) {
        emit failed(Error{ErrorKind::Network, tr("There is no connection to a Sentry server."), {}, 0});
        return;
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    run->request = request;
    run->request.topEvents = std::clamp(request.topEvents, 1, 10);
    run->window = statsWindow(request.range, now, request.customStart, request.customEnd);
    run->projects = std::move(projects);

    // The projects in scope: a selected project, a selected team's projects, or all.
    QStringList scopeIds;
    if (!request.project.isEmpty()) {
        for (const StatsProject& p : run->projects) {
            if (p.slug == request.project)
                scopeIds.append(p.id);
        }
    } else if (!request.team.isEmpty()) {
        for (const StatsProject& p : run->projects) {
            if (p.teams.contains(request.team))
                scopeIds.append(p.id);
        }
    }
    if (!scopeIds.isEmpty() || !request.project.isEmpty() || !request.team.isEmpty()) {
        const QSet<QString> ids(scopeIds.begin(), scopeIds.end());
        run->projects.removeIf([&](const StatsProject& p) { return !ids.contains(p.id); });
    }

    const QString path = QStringLiteral("/api/0/organizations/%1/stats_v2/").arg(m_org);
    ++run->pending;
    std::weak_ptr<Run> weak = run;
    run->requestIds.append(m_client->get(path, statsV2TotalsQuery(run->window), this, [this, weak](Result<ApiResponse> r) {
        auto run = weak.lock();
        if (!run || run->cancelled || run->failed)
            return;
        if (!r) {
            run->failed = true;
            emit failed(r.error());
            return;
        }
        run->totals = r->json.isObject() ? QJsonValue(r->json.object()) : QJsonValue(r->json.array());
        requestDone(run);
    }));

    if (request.groupBy == QLatin1String("team")) {
        QHash<QString, QStringList> teamProjects;
        for (const StatsProject& p : run->projects) {
            for (const QString& team : p.teams) {
                if (request.team.isEmpty() || team == request.team)
                    teamProjects[team].append(p.id);
            }
        }
        for (auto it = teamProjects.cbegin(); it != teamProjects.cend(); ++it)
            startSeries(run, it.key(), {}, it.value());
    } else if (!request.project.isEmpty() && request.groupBy == QLatin1String("project")) {
        startSeries(run, request.project, {}, scopeIds);
    } else {
        startSeries(run, {}, request.groupBy, scopeIds);
    }
}

void StatsFetcher::startSeries(const std::shared_ptr<Run>& run, const QString& key, const QString& groupBy,
                               const QStringList& projectIds)
{
    ++run->pending;
    std::weak_ptr<Run> weak = run;
    const bool viaStats = m_useEventsStats;
    const QString endpoint = viaStats ? QStringLiteral("events-stats") : QStringLiteral("events-timeseries");
    const QString path = QStringLiteral("/api/0/organizations/%1/%2/").arg(m_org, endpoint);
    const QUrlQuery query = viaStats ? eventsStatsQuery(run->window, groupBy, run->request.topEvents, projectIds)
                                     : eventsTimeseriesQuery(run->window, groupBy, run->request.topEvents, projectIds);
    run->requestIds.append(m_client->get(path, query, this, [=, this](Result<ApiResponse> r) {
        auto run = weak.lock();
        if (!run || run->cancelled || run->failed)
            return;
        if (!r) {
            // Servers without events-timeseries answer 404 (or 400 for its parameters): ask
            // events-stats instead, and keep asking it for this server.
            const int status = r.error().httpStatus;
            if (!viaStats && (status == 404 || status == 400)) {
                m_useEventsStats = true;
                --run->pending;
                startSeries(run, key, groupBy, projectIds);
                return;
            }
            run->failed = true;
            emit failed(r.error());
            return;
        }
        run->series.insert(key, r->json.object());
        run->seriesSource.insert(key, endpoint);
        requestDone(run);
    }));
}

void StatsFetcher::requestDone(const std::shared_ptr<Run>& run)
{
    if (--run->pending > 0)
        return;
    aggregate(run);
}

void StatsFetcher::aggregate(const std::shared_ptr<Run>& run)
{
    // Parsing 2,000 projects' totals and aligning the series runs on a pool thread; the result is
    // handed back through the event loop, and dropped if this fetcher is gone or was re-asked.
    QPointer<StatsFetcher> self(this);
    QThreadPool::globalInstance()->start([self, run] {
        auto build = [&]() -> Result<StatsData> {
            const auto totals = parseStatsV2Totals(run->totals);
            if (!totals)
                return tl::unexpected(totals.error());
            const StatsRequest& req = run->request;
            auto parse = [&](const QString& key, const QString& groupBy) -> Result<QList<RawSeries>> {
                const QJsonValue json = run->series.value(key);
                if (run->seriesSource.value(key) == QLatin1String("events-stats"))
                    return parseEventsStats(json, groupBy.isEmpty() ? QStringList{} : QStringList{groupBy}, groupBy);
                return parseEventsTimeseries(json, groupBy);
            };
            StatsData data;
            if (req.groupBy == QLatin1String("team")) {
                QHash<QString, RawSeries> teams;
                for (auto it = run->series.cbegin(); it != run->series.cend(); ++it) {
                    auto series = parse(it.key(), {});
                    if (!series)
                        return tl::unexpected(series.error());
                    if (!series->isEmpty())
                        teams.insert(it.key(), series->first());
                }
                data = buildTeamStats(run->window, teams, *totals, run->projects);
            } else if (req.groupBy == QLatin1String("project")) {
                const QString key = req.project.isEmpty() ? QString() : req.project;
                auto series = parse(key, req.project.isEmpty() ? QStringLiteral("project") : QString());
                if (!series)
                    return tl::unexpected(series.error());
                if (!req.project.isEmpty() && !series->isEmpty())
                    (*series)[0].group = req.project;
                data = buildProjectStats(run->window, *series, *totals, run->projects);
            } else {
                auto series = parse({}, req.groupBy);
                if (!series)
                    return tl::unexpected(series.error());
                data = buildGroupStats(run->window, *series, req.groupBy);
            }
            data.source = run->seriesSource.isEmpty() ? QString() : run->seriesSource.cbegin().value();
            data.fetchedAt = QDateTime::currentDateTimeUtc();
            return data;
        };
        Result<StatsData> result = build();
        QMetaObject::invokeMethod(
            qApp, [self, run, result = std::move(result)] {
                if (!self || run->cancelled || self->m_run != run)
                    return;
                self->m_run.reset();
                if (result)
                    emit self->finished(*result);
                else
                    emit self->failed(result.error());
            },
            Qt::QueuedConnection);
    });
}

OrgSnapshot StatsFetcher::withCachedStats(OrgSnapshot snapshot, const QString& key, const StatsData& data)
{
    QJsonObject stats = snapshot.extras.value(QStringLiteral("stats")).toObject();
    stats.insert(key, data.toJson());
    snapshot.extras.insert(QStringLiteral("stats"), stats);
    return snapshot;
}

std::optional<StatsData> StatsFetcher::cachedStats(const OrgSnapshot& snapshot, const QString& key)
{
    const QJsonValue value = snapshot.extras.value(QStringLiteral("stats")).toObject().value(key);
    if (!value.isObject())
        return std::nullopt;
    auto data = StatsData::fromJson(value.toObject());
    if (!data)
        return std::nullopt;
    return *data;
}

} // namespace sc
