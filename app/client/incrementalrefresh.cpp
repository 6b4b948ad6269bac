// SPDX-License-Identifier: MIT
#include "incrementalrefresh.h"
#include "requesttally.h"
#include "architecturesnapshot.h"
#include "orgpuller.h"
#include "sentryclient.h"
#include "tr.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcClient)

namespace sc {

using namespace Qt::StringLiterals;

QString RefreshReport::reasonText() const
{
    switch (reason) {
    case Reason::None: return {};
    case Reason::Requested: return Tr::tr("requested");
    case Reason::NoSnapshot: return Tr::tr("no earlier snapshot");
    case Reason::OtherSource: return Tr::tr("the snapshot is of another server or organization");
    case Reason::TooOld: return Tr::tr("the snapshot is older than a day");
    case Reason::LogUnreadable: return Tr::tr("audit log not readable: %1").arg(detail);
    case Reason::TooManyChanges: return Tr::tr("too many changes since the snapshot: %1").arg(detail);
    case Reason::UnknownChange: return Tr::tr("a change the incremental refresh cannot map: %1").arg(detail);
    case Reason::OlderFormat: return Tr::tr("the snapshot lacks reads a refresh builds on");
    }
    return {};
}

QString RefreshReport::summary() const
{
    if (kind == Kind::Incremental)
        return Tr::tr("Refreshed incrementally: %n change(s), %1 requests", nullptr, changes).arg(requests);
    return Tr::tr("Full refresh (%1), %2 requests").arg(reasonText()).arg(requests);
}

namespace {

template <class T>
QList<T> listOf(const QJsonArray& array)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue& value : array)
        out.append(T::fromJson(value.toObject()));
    return out;
}

QString idText(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

bool numericLess(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Events whose effects the re-read lists already carry (members, org, integrations, monitors) or
// that touch nothing in a snapshot (src/sentry/audit_log/register.py api names).
bool listsCarryIt(const QString& event)
{
    static const QStringList prefixes{u"member."_s, u"org."_s, u"integration."_s, u"monitor."_s, u"sso"_s,
                                      u"api-key."_s, u"servicehook."_s, u"sentry-app."_s, u"internal-integration."_s,
                                      u"invite"_s, u"org-auth-token."_s, u"notification_action."_s,
                                      u"sampling_priority."_s, u"metric."_s, u"span_extraction_rule_config."_s,
                                      u"playstation-client-id."_s, u"replay-deletion-jobs."_s, u"project_template."_s};
    static const QSet<QString> exact{u"tagkey.remove"_s, u"issue.delete"_s, u"project.request-transfer"_s,
                                     u"project.accept-transfer"_s, u"autofix-settings.edit"_s};
    if (event == u"member.join-team"_s || event == u"member.leave-team"_s)
        return false;
    if (exact.contains(event))
        return true;
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& p) { return event.startsWith(p); });
}

} // namespace

struct IncrementalRefresh::State {
    IncrementalRefresh* owner = nullptr;
    SentryClient* client = nullptr;
    QString org;
    Options options;
    OrgSnapshot base;
    OrgSnapshot snapshot; // the new one
    QDateTime since;
    bool finished = false;
    RequestTally requests;

    // What the audit rows name.
    int changes = 0;
    QSet<QString> projectIds;   // touched projects (by id)
    QSet<QString> teamSlugs;    // touched teams
    QSet<QString> detectorIds;  // touched detectors
    QSet<QString> workflowIds;  // touched workflows
    std::optional<QPair<RefreshReport::Reason, QString>> fallback;

    // New reads.
    bool projectsListed = false;
    QList<Project> projects;
    QList<Team> teams;
    QHash<QString, QList<Member>> teamMembers;
    QHash<QString, std::optional<ProjectOwnership>> ownership; // by project id
    QHash<QString, QList<IssueAlertRule>> issueRules;          // by project id
    QHash<QString, ProjectArchitecture> architecture;          // by project slug (re-read ones)
    QHash<QString, QJsonValue> newestRelease;                  // project id → newest release since
    ArchitectureSnapshot arch;                                 // base's, then updated
    QHash<QString, Detector> detectors;   // fetched by id (present ones)
    QHash<QString, Workflow> workflows;
    QSet<QString> detectorsAsked, workflowsAsked;
    int roundOnePending = 0;
    bool roundTwoStarted = false;
    int requestsAtStart = 0; // client->requestsStarted() when the refresh began

    QString orgPath(const QString& tail) const { return u"/api/0/organizations/%1/%2"_s.arg(org, tail); }

    void began(quint64 id)
    {
        requests.began(id);
        emit owner->progress(requests.done(), requests.total());
    }

    void ended(quint64 id)
    {
        if (finished)
            return;
        const bool last = requests.ended(id);
        emit owner->progress(requests.done(), requests.total());
        if (last)
            succeed();
    }

    void stopRequests()
    {
        requests.cancelAll(*client);
    }

    void failWith(const Error& error)
    {
        if (finished)
            return;
        finished = true;
        stopRequests();
        owner->m_running = false;
        emit owner->failed(error);
    }

    // Leave the incremental path for a full pull (a change found late, e.g. an unknown key).
    void goFull(RefreshReport::Reason reason, const QString& detail)
    {
        if (finished)
            return;
        finished = true;
        stopRequests();
        owner->startFull(reason, detail, client->requestsStarted() - requestsAtStart);
    }

    template <class Use, class OnError>
    void get(const QString& path, const QUrlQuery& query, Use use, OnError onError, const std::shared_ptr<State>& self)
    {
        auto id = std::make_shared<quint64>(0);
        *id = client->get(path, query, owner, [self, id, use, onError](Result<ApiResponse> result) {
            if (self->finished)
                return;
            if (!result) {
                if (!onError(result.error()))
                    return self->failWith(result.error());
            } else {
                use(*result);
            }
            self->ended(*id);
        });
        began(*id);
    }

    template <class Use>
    void list(const QString& path, const QUrlQuery& query, Use use, const std::shared_ptr<State>& self,
              std::function<bool(const Error&)> onError = {})
    {
        auto id = std::make_shared<quint64>(0);
        *id = client->getAll(path, query, owner, [self, id, use, onError](Result<QJsonArray> result) {
            if (self->finished)
                return;
            if (!result) {
                if (!onError || !onError(result.error()))
                    return self->failWith(result.error());
            } else {
                use(*result);
            }
            self->ended(*id);
        });
        began(*id);
    }

    void succeed();
};

namespace {
using StatePtr = std::shared_ptr<IncrementalRefresh::State>;

bool absorbArchitecture(const Error& error, QString& into)
{
    if (error.kind != ErrorKind::NotFound && error.kind != ErrorKind::Forbidden && error.kind != ErrorKind::Gone)
        return false;
    into = error.message;
    return true;
}

const Project* baseProject(const StatePtr& s, const QString& id)
{
    return s->base.projectById(id);
}

// One audit row → what to re-read. Returns false (and sets the fallback) when it can't be mapped.
bool mapRow(const StatePtr& s, const QJsonObject& row)
{
    const QString event = row.value(u"event"_s).toString();
    const QJsonObject data = row.value(u"data"_s).toObject();
    const QString target = idText(row.value(u"targetObject"_s));
    const bool legacy = s->base.alertsApi == AlertsApi::Legacy;
    const auto unknown = [&](const QString& why) {
        s->fallback = qMakePair(RefreshReport::Reason::UnknownChange, why);
        return false;
    };
    if (event.startsWith(u"project-team."_s) || event.startsWith(u"project."_s)) {
        // project.* rows target the project (project_details.py, project_ownership.py,
        // project_filter_details.py, team_projects.py); project-team.* too, with the slugs in data.
        QString id = target;
        if (id.isEmpty() || id == u"0"_s) {
            const QString slug = data.value(u"project_slug"_s).toString(data.value(u"slug"_s).toString());
            const Project* p = s->base.projectBySlug(slug);
            if (!p)
                return unknown(event);
            id = p->id;
        }
        s->projectIds.insert(id);
        if (event.startsWith(u"project-team."_s))
            s->teamSlugs.insert(data.value(u"team_slug"_s).toString());
        return true;
    }
    if (event.startsWith(u"projectkey."_s)) {
        // The row names the key, not its project (project_key_details.py): find the key's project.
        const QString key = data.value(u"public_key"_s).toString();
        const ArchitectureSnapshot arch = s->arch;
        for (auto it = arch.projects.cbegin(); it != arch.projects.cend(); ++it) {
            for (const QJsonValue& k : it->keys) {
                if (!key.isEmpty() && k.toObject().value(u"public"_s).toString() == key) {
                    if (const Project* p = s->base.projectBySlug(it.key()))
                        s->projectIds.insert(p->id);
                    return true;
                }
            }
        }
        return unknown(event);
    }
    if (event.startsWith(u"team."_s)) {
        const QString slug = data.value(u"slug"_s).toString();
        if (slug.isEmpty())
            return unknown(event);
        s->teamSlugs.insert(slug);
        return true;
    }
    if (event == u"member.join-team"_s || event == u"member.leave-team"_s) {
        const QString slug = data.value(u"team_slug"_s).toString();
        if (slug.isEmpty())
            return unknown(event);
        s->teamSlugs.insert(slug);
        return true;
    }
    if (!legacy && event.startsWith(u"detector."_s)) {
        s->detectorIds.insert(target);
        return true;
    }
    if (!legacy && event.startsWith(u"workflow."_s)) {
        s->workflowIds.insert(target);
        return true;
    }
    if (!legacy && event.startsWith(u"detector_workflow."_s)) {
        // The row names only the two objects' names (DetectorWorkflow.get_audit_log_data): every
        // object of that name is re-read; a name the snapshot doesn't know was created since and
        // has its own add row.
        const QString detector = data.value(u"detector_name"_s).toString();
        const QString workflow = data.value(u"workflow_name"_s).toString();
        for (const Detector& d : std::as_const(s->base.detectors)) {
            if (d.name == detector)
                s->detectorIds.insert(d.id);
        }
        for (const Workflow& w : std::as_const(s->base.workflows)) {
            if (w.name == workflow)
                s->workflowIds.insert(w.id);
        }
        return true;
    }
    if (legacy && event.startsWith(u"rule."_s)) {
        // Rule.get_audit_log_data has no project: find the rule's project in the snapshot.
        for (const Project& p : std::as_const(s->base.projects)) {
            for (const IssueAlertRule& r : p.issueAlertRules) {
                if (r.id == target) {
                    s->projectIds.insert(p.id);
                    return true;
                }
            }
        }
        return unknown(event);
    }
    if (legacy && event.startsWith(u"alertrule."_s))
        return true; // the metric alert rule list is re-read in full
    if (listsCarryIt(event))
        return true;
    return unknown(event);
}

} // namespace

IncrementalRefresh::IncrementalRefresh(SentryClient* client, QString orgSlug, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_org(std::move(orgSlug))
{
}

void IncrementalRefresh::cancel()
{
    if (!m_running)
        return;
    if (m_full) {
        m_full->cancel();
        return;
    }
    if (m_state)
        m_state->failWith(Error{ErrorKind::Canceled, tr("The refresh of %1 was canceled.").arg(m_org), {}, 0});
}

void IncrementalRefresh::startFull(RefreshReport::Reason reason, const QString& detail, int requestsSoFar)
{
    qCInfo(lcClient) << "full pull:" << int(reason) << detail;
    m_running = true;
    if (m_full)
        m_full->deleteLater();
    m_full = new OrgPuller(m_client, m_org, this);
    auto total = std::make_shared<int>(0);
    const int startedBefore = m_client->requestsStarted();
    connect(m_full, &OrgPuller::progress, this, [this, total, requestsSoFar](int done, int all) {
        *total = all;
        emit progress(requestsSoFar + done, requestsSoFar + all);
    });
    connect(m_full, &OrgPuller::succeeded, this, [this, reason, detail, requestsSoFar, startedBefore](const OrgSnapshot& snapshot) {
        RefreshReport report;
        report.kind = RefreshReport::Kind::Full;
        report.reason = reason;
        report.detail = detail;
        report.requests = requestsSoFar + m_client->requestsStarted() - startedBefore; // HTTP requests, pages and retries included
        m_running = false;
        m_full->deleteLater();
        m_full = nullptr;
        emit succeeded(snapshot, report);
    });
    connect(m_full, &OrgPuller::failed, this, [this](const Error& error) {
        m_running = false;
        m_full->deleteLater();
        m_full = nullptr;
        emit failed(error);
    });
    m_full->start();
}

namespace {
void startChanges(const StatePtr& s);
void readLog(const StatePtr& s, const QString& cursor, int pages);
} // namespace

void IncrementalRefresh::start(const std::optional<OrgSnapshot>& previous, bool forceFull)
{
    if (m_running)
        return;
    const QString server = m_client->config().baseUrl.toString();
    std::optional<RefreshReport::Reason> reason;
    if (forceFull)
        reason = RefreshReport::Reason::Requested;
    else if (!previous)
        reason = RefreshReport::Reason::NoSnapshot;
    else if (previous->orgSlug != m_org || QUrl(previous->server).adjusted(QUrl::StripTrailingSlash)
                                               != QUrl(server).adjusted(QUrl::StripTrailingSlash))
        reason = RefreshReport::Reason::OtherSource;
    else if (!previous->takenAt.isValid()
             || previous->takenAt.secsTo(QDateTime::currentDateTimeUtc()) > m_options.maxAgeSeconds)
        reason = RefreshReport::Reason::TooOld;
    else if (!ArchitectureSnapshot::of(*previous).present)
        reason = RefreshReport::Reason::OlderFormat; // taken before the architecture reads existed
    if (reason) {
        startFull(*reason, {}, 0);
        return;
    }
    if (Result<void> secure = m_client->checkTransportSecurity(); !secure) {
        m_running = true;
        QMetaObject::invokeMethod(this, [this, error = secure.error()] {
            m_running = false;
            emit failed(error);
        }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    auto s = std::make_shared<State>();
    m_state = s;
    s->owner = this;
    s->client = m_client;
    s->requestsAtStart = m_client->requestsStarted();
    s->org = m_org;
    s->options = m_options;
    s->base = *previous;
    s->base.reindex();
    s->arch = ArchitectureSnapshot::of(s->base);
    s->since = previous->takenAt.addSecs(-m_options.marginSeconds);
    s->snapshot.server = server;
    s->snapshot.orgSlug = m_org;
    s->snapshot.takenAt = QDateTime::currentDateTimeUtc();
    s->snapshot.alertsApi = previous->alertsApi;
    s->snapshot.legacyAlertsNote = previous->legacyAlertsNote;
    // extras stay empty but for the architecture reads, as after a full pull (charts re-fetch).

    // The org first: its region URL is where the org-scoped reads go.
    s->get(s->orgPath({}), QUrlQuery{{u"detailed"_s, u"0"_s}},
           [s](const ApiResponse& response) {
               s->snapshot.organization = Organization::fromJson(response.json.object());
               if (const QString region = s->snapshot.organization.regionUrl; !region.isEmpty()) {
                   Result<void> accepted = s->client->setRegionUrl(QUrl(region));
                   Q_UNUSED(accepted);
               }
               readLog(s, {}, 0);
           },
           [](const Error&) { return false; }, s);
}

namespace {

void readLog(const StatePtr& s, const QString& cursor, int pages)
{
    QUrlQuery query{{u"per_page"_s, u"100"_s}};
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    auto id = std::make_shared<quint64>(0);
    *id = s->client->get(s->orgPath(u"audit-logs/"_s), query, s->owner, [s, id, pages](Result<ApiResponse> result) {
        if (s->finished)
            return;
        if (!result) {
            const ErrorKind kind = result.error().kind;
            if (kind == ErrorKind::Forbidden || kind == ErrorKind::NotFound || kind == ErrorKind::Gone
                || kind == ErrorKind::Unauthorized) {
                const QString status = kind == ErrorKind::Forbidden ? u"403"_s
                                       : kind == ErrorKind::NotFound ? u"404"_s
                                       : kind == ErrorKind::Gone     ? u"410"_s
                                                                     : u"401"_s;
                return s->goFull(RefreshReport::Reason::LogUnreadable, status);
            }
            return s->failWith(result.error());
        }
        const QJsonValue rowsValue = result->json.object().value(u"rows"_s);
        if (!rowsValue.isArray())
            return s->goFull(RefreshReport::Reason::LogUnreadable, Tr::tr("no rows in the answer"));
        bool older = false;
        for (const QJsonValue& v : rowsValue.toArray()) {
            const QJsonObject row = v.toObject();
            const QDateTime at = QDateTime::fromString(row.value(u"dateCreated"_s).toString(), Qt::ISODateWithMs);
            if (!at.isValid())
                return s->goFull(RefreshReport::Reason::UnknownChange, Tr::tr("a row without a valid time"));
            if (at < s->since) {
                older = true; // newest first: the rest is older still
                break;
            }
            if (++s->changes > s->options.maxRows)
                return s->goFull(RefreshReport::Reason::TooManyChanges, Tr::tr("more than %1 rows").arg(s->options.maxRows));
            if (!mapRow(s, row))
                return s->goFull(s->fallback->first, s->fallback->second);
        }
        const std::optional<QString> next = older ? std::nullopt : nextPageCursor(result->headers.value("link"));
        if (next)
            readLog(s, *next, pages + 1);
        else
            startChanges(s);
        s->ended(*id);
    });
    s->began(*id);
}

void readProject(const StatePtr& s, const Project& project);
void readAlerts(const StatePtr& s, const QSet<QString>& detectorIds, const QSet<QString>& workflowIds, bool roundOne);
void maybeRoundTwo(const StatePtr& s);

void startChanges(const StatePtr& s)
{
    const bool legacy = s->base.alertsApi == AlertsApi::Legacy;
    s->list(s->orgPath(u"teams/"_s), {}, [s](const QJsonArray& items) {
        s->teams = listOf<Team>(items);
        for (const Team& team : std::as_const(s->teams)) {
            if (!s->teamSlugs.contains(team.slug) && s->base.teamMembers.contains(team.slug)) {
                s->teamMembers.insert(team.slug, s->base.teamMembers.value(team.slug));
                continue;
            }
            const QString slug = team.slug;
            s->list(u"/api/0/teams/%1/%2/members/"_s.arg(s->org, slug), {},
                    [s, slug](const QJsonArray& members) { s->teamMembers.insert(slug, listOf<Member>(members)); }, s);
        }
    }, s);
    s->list(s->orgPath(u"members/"_s), {}, [s](const QJsonArray& items) { s->snapshot.members = listOf<Member>(items); }, s);
    s->list(s->orgPath(u"integrations/"_s), QUrlQuery{{u"includeConfig"_s, u"1"_s}},
            [s](const QJsonArray& items) { s->snapshot.integrations = listOf<Integration>(items); }, s);
    if (s->arch.present) {
        s->list(s->orgPath(u"monitors/"_s), QUrlQuery{{u"project"_s, u"-1"_s}},
                [s](const QJsonArray& items) {
                    s->arch.monitors = items;
                    s->arch.monitorsError.clear();
                },
                s, [s](const Error& error) { return absorbArchitecture(error, s->arch.monitorsError); });
        // Releases are not audited: read the ones created since, newest first (the same list and
        // order the full pull's per-project `per_page=1` read takes the newest from).
        auto pages = std::make_shared<int>(0);
        auto readReleases = std::make_shared<std::function<void(const QString&)>>();
        *readReleases = [s, pages, readReleases](const QString& cursor) {
            QUrlQuery q{{u"project"_s, u"-1"_s}, {u"per_page"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            auto id = std::make_shared<quint64>(0);
            *id = s->client->get(s->orgPath(u"releases/"_s), q, s->owner, [s, id, pages, readReleases](Result<ApiResponse> r) {
                if (s->finished)
                    return;
                if (!r)
                    return s->goFull(RefreshReport::Reason::UnknownChange, Tr::tr("the release list: %1").arg(r.error().message));
                bool older = false;
                for (const QJsonValue& v : r->json.array()) {
                    const QJsonObject release = v.toObject();
                    const QDateTime at = QDateTime::fromString(release.value(u"dateCreated"_s).toString(), Qt::ISODateWithMs);
                    if (at.isValid() && at < s->since) {
                        older = true;
                        break;
                    }
                    for (const QJsonValue& p : release.value(u"projects"_s).toArray()) {
                        const QString pid = idText(p.toObject().value(u"id"_s));
                        if (!s->newestRelease.contains(pid))
                            s->newestRelease.insert(pid, release);
                    }
                }
                const std::optional<QString> next = older ? std::nullopt : nextPageCursor(r->headers.value("link"));
                if (next && ++*pages >= s->options.maxReleasePages)
                    return s->goFull(RefreshReport::Reason::TooManyChanges, Tr::tr("many releases since the snapshot"));
                if (next)
                    (*readReleases)(*next);
                else
                    *readReleases = nullptr; // break the self-reference
                s->ended(*id);
            });
            s->began(*id);
        };
        (*readReleases)({});
    }
    if (legacy) {
        s->list(s->orgPath(u"alert-rules/"_s), {},
                [s](const QJsonArray& items) { s->snapshot.metricAlertRules = listOf<MetricAlertRule>(items); }, s,
                [](const Error& e) { return e.kind == ErrorKind::Gone || e.kind == ErrorKind::NotFound; });
    } else {
        readAlerts(s, s->detectorIds, s->workflowIds, true);
    }
    ++s->roundOnePending; // the project list
    s->list(s->orgPath(u"projects/"_s), {}, [s, legacy](const QJsonArray& items) {
        s->projects = listOf<Project>(items);
        s->projectsListed = true;
        QStringList newIds;
        for (const Project& project : std::as_const(s->projects)) {
            const Project* old = baseProject(s, project.id);
            if (!old || s->projectIds.contains(project.id)) {
                readProject(s, project);
                if (!old && !legacy)
                    newIds.append(project.id);
                continue;
            }
            s->ownership.insert(project.id, old->ownership);
            s->issueRules.insert(project.id, old->issueAlertRules);
        }
        // A new project comes with detectors and a default workflow that no row names
        // (ensure_default_detectors, project_created's default rules): read them by project.
        for (const QString& id : std::as_const(newIds)) {
            for (const QString& kind : {u"detectors/"_s, u"workflows/"_s}) {
                ++s->roundOnePending;
                const bool isDetector = kind == u"detectors/"_s;
                s->list(s->orgPath(kind), QUrlQuery{{u"project"_s, id}}, [s, isDetector](const QJsonArray& items) {
                    for (const QJsonValue& v : items) {
                        if (isDetector) {
                            Detector d = Detector::fromJson(v.toObject());
                            s->detectorsAsked.insert(d.id);
                            s->detectors.insert(d.id, d);
                        } else {
                            Workflow w = Workflow::fromJson(v.toObject());
                            s->workflowsAsked.insert(w.id);
                            s->workflows.insert(w.id, w);
                        }
                    }
                    --s->roundOnePending;
                    maybeRoundTwo(s);
                }, s);
            }
        }
        --s->roundOnePending;
        maybeRoundTwo(s);
    }, s);
}

void readProject(const StatePtr& s, const Project& project)
{
    const QString slug = project.slug;
    const QString pid = project.id;
    const QString base = u"/api/0/projects/%1/%2/"_s.arg(s->org, slug);
    s->get(base + u"ownership/"_s, {},
           [s, pid](const ApiResponse& r) { s->ownership.insert(pid, ProjectOwnership::fromJson(r.json.object())); },
           [](const Error&) { return false; }, s);
    if (s->base.alertsApi == AlertsApi::Legacy) {
        s->list(base + u"rules/"_s, {}, [s, pid](const QJsonArray& items) { s->issueRules.insert(pid, listOf<IssueAlertRule>(items)); },
                s, [](const Error& e) { return e.kind == ErrorKind::Gone || e.kind == ErrorKind::NotFound; });
    }
    if (!s->arch.present)
        return;
    s->architecture.insert(slug, ProjectArchitecture{});
    const auto part = [s, slug](const char* name) {
        return [s, slug, name](const Error& error) {
            return absorbArchitecture(error, s->architecture[slug].errors[QLatin1String(name)]);
        };
    };
    s->get(base, {}, [s, slug](const ApiResponse& r) { s->architecture[slug].detail = r.json.object(); },
           [](const Error&) { return false; }, s);
    s->list(base + u"filters/"_s, {}, [s, slug](const QJsonArray& items) { s->architecture[slug].filters = items; }, s,
            part("filters"));
    s->list(base + u"keys/"_s, {}, [s, slug](const QJsonArray& items) { s->architecture[slug].keys = items; }, s,
            part("keys"));
    s->get(s->orgPath(u"releases/"_s), QUrlQuery{{u"project"_s, pid}, {u"per_page"_s, u"1"_s}},
           [s, slug](const ApiResponse& r) {
               const QJsonArray items = r.json.array();
               s->architecture[slug].latestRelease = items.isEmpty() ? QJsonValue(QJsonValue::Null) : items.first();
           },
           part("releases"), s);
    if (ArchitectureSnapshot::isJavaScriptPlatform(project.platform)) {
        s->get(base + u"files/artifact-bundles/"_s, QUrlQuery{{u"per_page"_s, u"1"_s}},
               [s, slug](const ApiResponse& r) { s->architecture[slug].artifactBundles = r.json.array(); },
               part("artifactBundles"), s);
    }
}

// Detectors and workflows by repeated `id=` (100 per request: URL length); an asked id that
// doesn't come back was deleted.
void readAlerts(const StatePtr& s, const QSet<QString>& detectorIds, const QSet<QString>& workflowIds, bool roundOne)
{
    const auto ask = [&](const QSet<QString>& ids, bool isDetector) {
        QStringList sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end(), numericLess);
        for (qsizetype i = 0; i < sorted.size(); i += 100) {
            // project=-1: an `id` filter searches all accessible projects (CONTRACT §0b.1).
            QUrlQuery q;
            if (isDetector)
                q.addQueryItem(u"project"_s, u"-1"_s);
            for (const QString& id : sorted.mid(i, 100)) {
                q.addQueryItem(u"id"_s, id);
                (isDetector ? s->detectorsAsked : s->workflowsAsked).insert(id);
            }
            if (roundOne)
                ++s->roundOnePending;
            s->list(s->orgPath(isDetector ? u"detectors/"_s : u"workflows/"_s), q, [s, isDetector, roundOne](const QJsonArray& items) {
                for (const QJsonValue& v : items) {
                    if (isDetector) {
                        Detector d = Detector::fromJson(v.toObject());
                        s->detectors.insert(d.id, d);
                    } else {
                        Workflow w = Workflow::fromJson(v.toObject());
                        s->workflows.insert(w.id, w);
                    }
                }
                if (roundOne) {
                    --s->roundOnePending;
                    maybeRoundTwo(s);
                }
            }, s);
        }
    };
    ask(detectorIds, true);
    ask(workflowIds, false);
}

// Round two: the other side of every link that may have changed (a write names one side; a
// deleted detector, workflow or project drops the other side's link without a row).
void maybeRoundTwo(const StatePtr& s)
{
    if (s->roundTwoStarted || s->roundOnePending > 0 || !s->projectsListed || s->base.alertsApi == AlertsApi::Legacy)
        return;
    s->roundTwoStarted = true;
    QSet<QString> projectIds;
    for (const Project& p : std::as_const(s->projects))
        projectIds.insert(p.id);
    QSet<QString> moreDetectors, moreWorkflows;
    for (const QString& id : std::as_const(s->workflowsAsked)) {
        if (const Workflow* old = s->base.workflowById(id))
            moreDetectors.unite(QSet<QString>(old->detectorIds.cbegin(), old->detectorIds.cend()));
        if (const auto it = s->workflows.constFind(id); it != s->workflows.cend())
            moreDetectors.unite(QSet<QString>(it->detectorIds.cbegin(), it->detectorIds.cend()));
    }
    for (const QString& id : std::as_const(s->detectorsAsked)) {
        if (const Detector* old = s->base.detectorById(id))
            moreWorkflows.unite(QSet<QString>(old->workflowIds.cbegin(), old->workflowIds.cend()));
        if (const auto it = s->detectors.constFind(id); it != s->detectors.cend())
            moreWorkflows.unite(QSet<QString>(it->workflowIds.cbegin(), it->workflowIds.cend()));
    }
    for (const Detector& d : std::as_const(s->base.detectors)) {
        if (!projectIds.contains(d.projectId))
            moreWorkflows.unite(QSet<QString>(d.workflowIds.cbegin(), d.workflowIds.cend())); // its project is gone
    }
    moreDetectors.subtract(s->detectorsAsked);
    moreWorkflows.subtract(s->workflowsAsked);
    readAlerts(s, moreDetectors, moreWorkflows, false);
}

} // namespace

void IncrementalRefresh::State::succeed()
{
    finished = true;
    OrgSnapshot& out = snapshot;
    out.teams = teams;
    for (const Team& team : std::as_const(teams)) {
        if (teamMembers.contains(team.slug))
            out.teamMembers.insert(team.slug, teamMembers.value(team.slug));
    }
    out.projects = projects;
    ArchitectureSnapshot next;
    next.present = arch.present;
    next.monitors = arch.monitors;
    next.monitorsError = arch.monitorsError;
    for (Project& project : out.projects) {
        project.ownership = ownership.value(project.id);
        project.issueAlertRules = issueRules.value(project.id);
        if (!arch.present)
            continue;
        if (architecture.contains(project.slug)) {
            next.projects.insert(project.slug, architecture.value(project.slug));
            continue;
        }
        const Project* old = base.projectById(project.id);
        ProjectArchitecture a = old ? arch.projects.value(old->slug) : ProjectArchitecture{};
        if (newestRelease.contains(project.id) && a.read(u"releases"_s))
            a.latestRelease = newestRelease.value(project.id);
        next.projects.insert(project.slug, a);
    }
    if (base.alertsApi == AlertsApi::WorkflowEngine) {
        QSet<QString> projectIds;
        for (const Project& p : std::as_const(out.projects))
            projectIds.insert(p.id);
        for (const Detector& d : std::as_const(base.detectors)) {
            if (detectorsAsked.contains(d.id) || !projectIds.contains(d.projectId))
                continue;
            out.detectors.append(d);
        }
        for (auto it = detectors.cbegin(); it != detectors.cend(); ++it)
            out.detectors.append(*it);
        std::sort(out.detectors.begin(), out.detectors.end(),
                  [](const Detector& a, const Detector& b) { return numericLess(a.id, b.id); });
        for (const Workflow& w : std::as_const(base.workflows)) {
            if (!workflowsAsked.contains(w.id))
                out.workflows.append(w);
        }
        for (auto it = workflows.cbegin(); it != workflows.cend(); ++it)
            out.workflows.append(*it);
        std::sort(out.workflows.begin(), out.workflows.end(),
                  [](const Workflow& a, const Workflow& b) { return numericLess(a.id, b.id); });
    }
    if (arch.present)
        next.storeIn(out);
    out.reindex();
    RefreshReport report;
    report.kind = RefreshReport::Kind::Incremental;
    report.changes = changes;
    report.requests = client->requestsStarted() - requestsAtStart;
    owner->m_running = false;
    emit owner->succeeded(out, report);
}

} // namespace sc
