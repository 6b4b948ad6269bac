// SPDX-License-Identifier: MIT
#include "orgpuller.h"
#include "requesttally.h"
#include "architecturesnapshot.h"
#include "sentryclient.h"
#include "tr.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcClient)

namespace sc {

// One pull. Callbacks hold a shared_ptr to it; after a failure or cancel() `finished` makes every
// late callback a no-op, and a new start() gets a fresh State.
struct OrgPuller::State {
    OrgPuller* owner = nullptr; // the callbacks' context: they never run after it is destroyed
    SentryClient* client = nullptr;
    QString org;
    OrgSnapshot snapshot;
    RequestTally requests;
    bool finished = false;

    // Alerts generation: known once /workflows/ answered.
    enum class Alerts { Unknown, WorkflowEngine, Legacy } alerts = Alerts::Unknown;
    std::optional<Error> detectorsNotFound; // fatal only if /workflows/ exists
    QHash<QString, qsizetype> projectIndex;  // slug → position in snapshot.projects
    QStringList legacyNotes;
    bool projectRulesNoted = false;
    ArchitectureSnapshot architecture;

    QString orgPath(const char* tail) const
    {
        return QStringLiteral("/api/0/organizations/%1/%2").arg(org, QLatin1String(tail));
    }

    void began(quint64 id)
    {
        requests.began(id);
        emit owner->progress(requests.done(), requests.total());
    }

    // Called at the end of each callback, after it started any follow-up requests.
    void ended(quint64 id)
    {
        if (finished)
            return;
        const bool last = requests.ended(id);
        emit owner->progress(requests.done(), requests.total());
        if (last && !finished)
            succeed();
    }

    void succeed()
    {
        finished = true;
        snapshot.alertsApi = alerts == Alerts::Legacy ? AlertsApi::Legacy : AlertsApi::WorkflowEngine;
        snapshot.legacyAlertsNote = legacyNotes.join(QLatin1Char(' '));
        architecture.storeIn(snapshot);
        snapshot.reindex();
        owner->m_running = false;
        emit owner->succeeded(snapshot);
    }

    void failWith(const Error& error)
    {
        if (finished)
            return;
        finished = true;
        requests.cancelAll(*client); // their callbacks see `finished` and return
        owner->m_running = false;
        emit owner->failed(error);
    }

    // GET one object; `use` runs on success.
    template <class Use>
    void getOne(const QString& path, const QUrlQuery& query, Use use, const std::shared_ptr<State>& self)
    {
        auto id = std::make_shared<quint64>(0);
        *id = client->get(path, query, owner, [self, id, use](Result<ApiResponse> result) {
            if (self->finished)
                return;
            if (!result)
                return self->failWith(result.error());
            use(*result);
            self->ended(*id);
        });
        began(*id);
    }

    // GET a paginated list; `page` sees each page, `use` the whole list; `onError` may absorb an
    // error (returns true) instead of failing the pull.
    template <class Page, class Use, class OnError>
    void getList(const QString& path, const QUrlQuery& query, Page page, Use use, OnError onError,
                 const std::shared_ptr<State>& self)
    {
        auto id = std::make_shared<quint64>(0);
        *id = client->getAll(
            path, query, owner,
            [self, page](const QJsonArray& items) {
                if (!self->finished)
                    page(items);
            },
            [self, id, use, onError](Result<QJsonArray> result) {
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
};

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

const auto noPage = [](const QJsonArray&) {};
const auto noErrorAbsorbed = [](const Error&) { return false; };

// A reference-architecture read the server refuses or lacks (older self-hosted, no access) is
// recorded for the audit ("n/a: …") instead of failing the pull.
bool absorbArchitectureError(const Error& error, QString& into)
{
    if (error.kind != ErrorKind::NotFound && error.kind != ErrorKind::Forbidden && error.kind != ErrorKind::Gone)
        return false;
    into = error.message;
    return true;
}

bool legacyUnavailable(const Error& error)
{
    return error.kind == ErrorKind::Gone || error.kind == ErrorKind::NotFound;
}
} // namespace

OrgPuller::OrgPuller(SentryClient* client, QString orgSlug, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_org(std::move(orgSlug))
{
}

void OrgPuller::cancel()
{
    if (!m_running || !m_state)
        return;
    m_state->failWith(Error{ErrorKind::Canceled, tr("The pull of %1 was canceled.").arg(m_org), {}, 0});
}

void OrgPuller::start()
{
    if (m_running)
        return;
    m_running = true;
    auto s = std::make_shared<State>();
    m_state = s;
    s->owner = this;
    s->client = m_client;
    s->org = m_org;
    s->snapshot.server = m_client->config().baseUrl.toString();
    s->snapshot.orgSlug = m_org;
    s->snapshot.takenAt = QDateTime::currentDateTimeUtc();

    if (Result<void> secure = m_client->checkTransportSecurity(); !secure) {
        // Report from the event loop: callers connect after start() returns.
        QMetaObject::invokeMethod(this, [s, error = secure.error()] { s->failWith(error); }, Qt::QueuedConnection);
        return;
    }

    // detailed=0: teams and projects come from their own (paginated) lists.
    s->getOne(s->orgPath(""), QUrlQuery{{QStringLiteral("detailed"), QStringLiteral("0")}},
              [s](const ApiResponse& response) {
                  s->snapshot.organization = Organization::fromJson(response.json.object());
                  const QString region = s->snapshot.organization.regionUrl;
                  if (!region.isEmpty()) {
                      // A refused region keeps the base URL; the refusal is logged by the client.
                      Result<void> accepted = s->client->setRegionUrl(QUrl(region));
                      Q_UNUSED(accepted);
                  }
                  OrgPuller::startLists(s);
              },
              s);
}

void OrgPuller::startLists(const std::shared_ptr<State>& s)
{
    const QString org = s->org;

    s->getList(
        s->orgPath("teams/"), {},
        [s, org](const QJsonArray& page) {
            for (const QJsonValue& value : page) {
                const QString slug = value.toObject().value(QLatin1String("slug")).toString();
                s->getList(QStringLiteral("/api/0/teams/%1/%2/members/").arg(org, slug), {}, noPage,
                           [s, slug](const QJsonArray& members) { s->snapshot.teamMembers.insert(slug, listOf<Member>(members)); },
                           noErrorAbsorbed, s);
            }
        },
        [s](const QJsonArray& teams) { s->snapshot.teams = listOf<Team>(teams); }, noErrorAbsorbed, s);

    s->getList(
        s->orgPath("projects/"), {},
        [s](const QJsonArray& page) {
            for (const QJsonValue& value : page) {
                Project project = Project::fromJson(value.toObject());
                const QString slug = project.slug;
                s->projectIndex.insert(slug, s->snapshot.projects.size());
                s->snapshot.projects.append(std::move(project));
                OrgPuller::startProject(s, slug);
            }
        },
        [](const QJsonArray&) {}, noErrorAbsorbed, s);

    s->getList(s->orgPath("members/"), {}, noPage,
               [s](const QJsonArray& members) { s->snapshot.members = listOf<Member>(members); }, noErrorAbsorbed, s);

    s->architecture.present = true;
    s->getList(s->orgPath("monitors/"), QUrlQuery{{QStringLiteral("project"), QStringLiteral("-1")}}, noPage,
               [s](const QJsonArray& items) { s->architecture.monitors = items; },
               [s](const Error& error) { return absorbArchitectureError(error, s->architecture.monitorsError); }, s);

    // includeConfig: PagerDuty's service_table lives in configData.
    s->getList(s->orgPath("integrations/"), QUrlQuery{{QStringLiteral("includeConfig"), QStringLiteral("1")}}, noPage,
               [s](const QJsonArray& items) { s->snapshot.integrations = listOf<Integration>(items); },
               noErrorAbsorbed, s);

    // project=-1: without it Sentry lists only the detectors of projects whose team the token's
    // user is on (get_projects() default), and an owner who is not on every team would see a
    // partial list, which the planner would then "fix" with duplicates (CONTRACT §0b.1).
    s->getList(s->orgPath("detectors/"), QUrlQuery{{QStringLiteral("project"), QStringLiteral("-1")}}, noPage,
               [s](const QJsonArray& items) { s->snapshot.detectors = listOf<Detector>(items); },
               [s](const Error& error) {
                   if (error.kind != ErrorKind::NotFound)
                       return false;
                   // An older server has neither detectors nor workflows; decided by /workflows/.
                   if (s->alerts == State::Alerts::Legacy)
                       return true;
                   if (s->alerts == State::Alerts::WorkflowEngine)
                       return false;
                   s->detectorsNotFound = error;
                   return true;
               },
               s);

    s->getList(s->orgPath("workflows/"), {}, noPage,
               [s](const QJsonArray& items) {
                   s->alerts = State::Alerts::WorkflowEngine;
                   s->snapshot.workflows = listOf<Workflow>(items);
                   if (s->detectorsNotFound)
                       s->failWith(*s->detectorsNotFound);
               },
               [s](const Error& error) {
                   if (error.kind != ErrorKind::NotFound)
                       return false;
                   qCInfo(lcClient) << "no /workflows/ on this server: reading legacy alert rules";
                   s->alerts = State::Alerts::Legacy;
                   s->snapshot.detectors.clear();
                   OrgPuller::startLegacy(s);
                   return true;
               },
               s);
}

void OrgPuller::startProject(const std::shared_ptr<State>& s, const QString& slug)
{
    s->getOne(QStringLiteral("/api/0/projects/%1/%2/ownership/").arg(s->org, slug), {},
              [s, slug](const ApiResponse& response) {
                  const qsizetype index = s->projectIndex.value(slug, -1);
                  if (index >= 0)
                      s->snapshot.projects[index].ownership = ProjectOwnership::fromJson(response.json.object());
              },
              s);
    if (s->alerts == State::Alerts::Legacy)
        startLegacyProject(s, slug);
    startArchitectureProject(s, slug);
}

void OrgPuller::startLegacy(const std::shared_ptr<State>& s)
{
    const auto note = [s](const Error& error) {
        if (!legacyUnavailable(error))
            return false;
        if (!s->legacyNotes.contains(error.message))
            s->legacyNotes.append(error.message);
        return true;
    };
    s->getList(s->orgPath("alert-rules/"), {}, noPage,
               [s](const QJsonArray& items) { s->snapshot.metricAlertRules = listOf<MetricAlertRule>(items); }, note,
               s);
    // Projects listed before we knew; later pages start their rules in startProject().
    for (const Project& project : std::as_const(s->snapshot.projects))
        startLegacyProject(s, project.slug);
}

void OrgPuller::startLegacyProject(const std::shared_ptr<State>& s, const QString& slug)
{
    s->getList(QStringLiteral("/api/0/projects/%1/%2/rules/").arg(s->org, slug), {}, noPage,
               [s, slug](const QJsonArray& items) {
                   const qsizetype index = s->projectIndex.value(slug, -1);
                   if (index >= 0)
                       s->snapshot.projects[index].issueAlertRules = listOf<IssueAlertRule>(items);
               },
               [s](const Error& error) {
                   if (!legacyUnavailable(error))
                       return false;
                   // One note for all projects: the API is gone for the whole server, not per project.
                   if (!s->projectRulesNoted)
                       s->legacyNotes.append(error.message);
                   s->projectRulesNoted = true;
                   return true;
               },
               s);
}

namespace {
// A single GET (no paging: per_page=1 reads stop at the first item) whose refusal is absorbed.
template <class Use, class OnError>
void getFirstPage(const std::shared_ptr<OrgPuller::State>& s, const QString& path, const QUrlQuery& query, Use use,
                  OnError onError);
} // namespace

void OrgPuller::startArchitectureProject(const std::shared_ptr<State>& s, const QString& slug)
{
    const qsizetype index = s->projectIndex.value(slug, -1);
    if (index < 0)
        return;
    const QString id = s->snapshot.projects.at(index).id;
    const QString platform = s->snapshot.projects.at(index).platform;
    const QString project = QStringLiteral("/api/0/projects/%1/%2/").arg(s->org, slug);
    const auto part = [s, slug](const char* name) {
        return [s, slug, name](const Error& error) {
            return absorbArchitectureError(error, s->architecture.projects[slug].errors[QLatin1String(name)]);
        };
    };
    s->getOne(project, {}, [s, slug](const ApiResponse& r) { s->architecture.projects[slug].detail = r.json.object(); }, s);
    s->getList(project + QLatin1String("filters/"), {}, noPage,
               [s, slug](const QJsonArray& items) { s->architecture.projects[slug].filters = items; }, part("filters"), s);
    s->getList(project + QLatin1String("keys/"), {}, noPage,
               [s, slug](const QJsonArray& items) { s->architecture.projects[slug].keys = items; }, part("keys"), s);
    // One item is enough: the newest release tells whether the service released in the window.
    const QString perPage = QStringLiteral("per_page");
    getFirstPage(s, s->orgPath("releases/"), QUrlQuery{{QStringLiteral("project"), id}, {perPage, QStringLiteral("1")}},
                 [s, slug](const QJsonArray& items) {
                     s->architecture.projects[slug].latestRelease = items.isEmpty() ? QJsonValue(QJsonValue::Null) : items.first();
                 },
                 part("releases"));
    if (ArchitectureSnapshot::isJavaScriptPlatform(platform)) {
        getFirstPage(s, project + QLatin1String("files/artifact-bundles/"), QUrlQuery{{perPage, QStringLiteral("1")}},
                     [s, slug](const QJsonArray& items) { s->architecture.projects[slug].artifactBundles = items; },
                     part("artifactBundles"));
    }
}

namespace {
template <class Use, class OnError>
void getFirstPage(const std::shared_ptr<OrgPuller::State>& s, const QString& path, const QUrlQuery& query, Use use,
                  OnError onError)
{
    auto id = std::make_shared<quint64>(0);
    *id = s->client->get(path, query, s->owner, [s, id, use, onError](Result<ApiResponse> result) {
        if (s->finished)
            return;
        if (!result && !onError(result.error()))
            return s->failWith(result.error());
        if (result)
            use(result->json.array());
        s->ended(*id);
    });
    s->began(*id);
}
} // namespace

} // namespace sc
