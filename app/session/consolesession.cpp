// SPDX-License-Identifier: MIT
#include "consolesession.h"

#include "architectureauditor.h"
#include "orgpuller.h"
#include "incrementalrefresh.h"
#include "sentryclient.h"
#include "snapshotcache.h"
#include "tierpolicy.h"
#include "tr.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcSession, "sc.session", QtInfoMsg)

namespace sc {

namespace {
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

struct ConsoleSession::Impl {
    ConnectionProfile profile;
    ClientConfig clientDefaults;
    QPointer<SentryClient> client;  // owned (child of the session), replaced per profile
    QPointer<IncrementalRefresh> puller; // owned (child), one per refresh
    std::optional<RefreshReport> lastReport; // of the last successful refresh
    bool fullAgain = false;         // the queued refresh must be a full one
    QPointer<QObject> clientHolder; // set by keepClientAlive() during a profile switch
    bool refreshAgain = false;      // refresh() was asked for while a pull ran
    OrgSnapshot snapshot;
    bool hasSnapshot = false;
    bool fromCache = false;
    std::optional<Error> lastError;
    AuditReport audit;
    bool hasAudit = false;
    int auditGeneration = 0;        // newest requested audit; older results are dropped
    int auditPending = 0;
    int loadGeneration = 0;         // cache loads for an earlier profile are dropped
    TierPolicy policy = TierPolicy::defaultPolicy();
    DraftStore drafts;
    QString selectedProject;
    QString selectedTeam;
    // Disk work runs here, one job at a time, so cache writes land in the order they were made.
    QThreadPool ioPool;
    ArchitectureAuditor* architecture = nullptr; // child
};

ConsoleSession::ConsoleSession(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->ioPool.setMaxThreadCount(1);
    d->architecture = new ArchitectureAuditor(this);
}

ConsoleSession::~ConsoleSession()
{
    if (d->puller)
        d->puller->cancel();
    d->ioPool.waitForDone(); // a half-written cache file would be worse than a short wait on exit
}

QString ConsoleSession::profileName() const { return d->profile.name; }
QString ConsoleSession::orgSlug() const { return d->profile.orgSlug; }
QUrl ConsoleSession::serverUrl() const { return d->profile.url; }
SentryClient* ConsoleSession::client() const { return d->client; }
ConnectionProfile ConsoleSession::profile() const { return d->profile; }
void ConsoleSession::setClientDefaults(const ClientConfig& defaults) { d->clientDefaults = defaults; }
bool ConsoleSession::hasSnapshot() const { return d->hasSnapshot; }
const OrgSnapshot& ConsoleSession::snapshot() const { return d->snapshot; }
const AuditReport& ConsoleSession::audit() const { return d->audit; }
bool ConsoleSession::hasAudit() const { return d->hasAudit; }
bool ConsoleSession::isAuditPending() const { return d->auditPending > 0; }
DraftStore& ConsoleSession::drafts() { return d->drafts; }
ArchitectureAuditor* ConsoleSession::architectureAuditor() const { return d->architecture; }
QString ConsoleSession::selectedProject() const { return d->selectedProject; }
QString ConsoleSession::selectedTeam() const { return d->selectedTeam; }
bool ConsoleSession::isRefreshing() const { return d->puller && d->puller->isRunning(); }
bool ConsoleSession::isSnapshotFromCache() const { return d->fromCache; }
std::optional<Error> ConsoleSession::lastError() const { return d->lastError; }

const TierPolicy& ConsoleSession::policy() const { return d->policy; }

QDateTime ConsoleSession::snapshotTakenAt() const
{
    return d->hasSnapshot ? d->snapshot.takenAt : QDateTime();
}

RateLimitState ConsoleSession::rateLimit() const
{
    return d->client ? d->client->rateLimit() : RateLimitState{};
}

bool ConsoleSession::hasUnpushedDrafts() const
{
    return !d->profile.name.isEmpty() && !d->drafts.keys(d->profile.name).isEmpty();
}

QString ConsoleSession::cacheFilePath() const
{
    return SnapshotCache().pathFor(d->profile.name);
}

void ConsoleSession::keepClientAlive(QObject* holder)
{
    if (holder)
        d->clientHolder = holder;
}

void ConsoleSession::openProfile(const ConnectionProfile& profile, const QString& token, bool refreshNow)
{
    d->clientHolder = nullptr;
    d->refreshAgain = false;
    emit profileAboutToChange();
    if (d->puller) {
        d->puller->cancel(); // its callbacks stop; it deletes itself through failed()
        d->puller = nullptr;
    }
    // The old client must not serve the new profile: a QPointer only clears once deleteLater()
    // has run, so take it out now (a refresh right below would otherwise pull through the old
    // server and crash in cancel() once it is gone).
    if (SentryClient* old = d->client) {
        d->client = nullptr;
        disconnect(old, nullptr, this, nullptr);
        if (d->clientHolder)
            old->setParent(d->clientHolder);
        else
            old->deleteLater();
    }
    d->clientHolder = nullptr;
    d->profile = profile;
    d->hasSnapshot = false;
    d->fromCache = false;
    d->snapshot = OrgSnapshot();
    d->audit = AuditReport();
    d->hasAudit = false;
    d->lastError.reset();
    d->selectedProject.clear();
    d->selectedTeam.clear();
    ++d->auditGeneration;

    if (!token.isEmpty()) {
        ClientConfig config = d->clientDefaults;
        config.baseUrl = profile.url;
        config.token = token;
        d->client = new SentryClient(config, this);
        connect(d->client, &SentryClient::rateLimitChanged, this, &ConsoleSession::rateLimitChanged);
    }
    emit profileChanged();
    emit snapshotChanged();
    emit auditChanged();

    // Show the last snapshot at once, then refresh. The load runs off the UI thread: on 2,000
    // projects parsing takes longer than a frame.
    const int generation = ++d->loadGeneration;
    const QString profileName = d->profile.name;
    if (SnapshotCache().contains(profileName)) {
        auto* watcher = new QFutureWatcher<Result<OrgSnapshot>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            const Result<OrgSnapshot> loaded = watcher->result();
            // A refresh that finished first is newer than the cache: keep it.
            if (generation != d->loadGeneration || d->hasSnapshot)
                return;
            if (!loaded) {
                qCWarning(lcSession) << "ignoring unreadable snapshot cache:" << loaded.error().detail;
                return;
            }
            applySnapshot(*loaded, true);
        });
        watcher->setFuture(QtConcurrent::run(&d->ioPool, [profileName] { return SnapshotCache().load(profileName); }));
    }
    if (refreshNow)
        refresh();
}

void ConsoleSession::refresh()
{
    startRefresh(false);
}

void ConsoleSession::fullRefresh()
{
    startRefresh(true);
}

std::optional<RefreshReport> ConsoleSession::lastRefreshReport() const
{
    return d->lastReport;
}

void ConsoleSession::startRefresh(bool full)
{
    if (isRefreshing()) {
        // Asked while a pull runs (e.g. after a push): that pull may have read before the write.
        d->refreshAgain = true;
        d->fullAgain = d->fullAgain || full;
        return;
    }
    d->refreshAgain = false;
    full = std::exchange(d->fullAgain, false) || full;
    if (!d->client) {
        const Error error{ErrorKind::Unauthorized,
                          d->profile.name.isEmpty()
                              ? tr("No connection profile is open.")
                              : tr("No token for profile \"%1\": store one in the profile or set SENTRY_AUTH_TOKEN.")
                                    .arg(d->profile.name),
                          {}, 0};
        d->lastError = error;
        emit refreshFailed(error);
        return;
    }
    if (const Result<void> secure = d->client->checkTransportSecurity(); !secure) {
        d->lastError = secure.error();
        emit refreshFailed(secure.error());
        return;
    }
    // With a snapshot shown (cached or pulled), the audit log since then names what to re-read.
    auto* puller = new IncrementalRefresh(d->client, d->profile.orgSlug, this);
    d->puller = puller;
    connect(puller, &IncrementalRefresh::progress, this, &ConsoleSession::refreshProgress);
    connect(puller, &IncrementalRefresh::succeeded, this, [this, puller](const OrgSnapshot& snapshot, const RefreshReport& report) {
        puller->deleteLater();
        d->lastError.reset();
        d->lastReport = report;
        setSnapshot(snapshot);
        emit refreshFinished();
        if (std::exchange(d->refreshAgain, false))
            refresh();
    });
    connect(puller, &IncrementalRefresh::failed, this, [this, puller](const Error& error) {
        puller->deleteLater();
        // The old snapshot stays: a failed refresh never empties the window.
        d->lastError = error;
        emit refreshFailed(error);
    });
    emit refreshStarted();
    puller->start(d->hasSnapshot ? std::optional<OrgSnapshot>(d->snapshot) : std::nullopt, full);
}

void ConsoleSession::cancelRefresh()
{
    if (d->puller)
        d->puller->cancel();
}

void ConsoleSession::setSnapshot(const OrgSnapshot& snapshot)
{
    applySnapshot(snapshot, false);
    writeCache();
}

void ConsoleSession::setSnapshotExtras(const QJsonObject& extras)
{
    if (!d->hasSnapshot)
        return;
    d->snapshot.extras = extras;
    writeCache();
}

void ConsoleSession::writeCache() const
{
    const QString profileName = d->profile.name;
    if (profileName.isEmpty())
        return;
    // Fire and forget: the pool runs one job at a time, so the newest snapshot is written last.
    (void)QtConcurrent::run(&d->ioPool, [snapshot = d->snapshot, profileName] {
        if (const Result<void> saved = SnapshotCache().save(profileName, snapshot); !saved)
            qCWarning(lcSession) << "could not cache the snapshot:" << saved.error().message;
    });
}

void ConsoleSession::applySnapshot(const OrgSnapshot& snapshot, bool fromCache)
{
    d->snapshot = snapshot;
    d->hasSnapshot = true;
    d->fromCache = fromCache;
    emit snapshotChanged(); // the views drop the old snapshot here: it has no owner left
    startAudit();
    // The old snapshot's many small blocks were freed, but glibc keeps them mapped: hand the
    // pages back so the window holds one snapshot's worth of memory, not two (2,000 projects:
    // ~100 MB). Runs after the queued cache write, off the UI thread.
    (void)QtConcurrent::run(&d->ioPool, [] { releaseFreedMemory(); });
}

void ConsoleSession::startAudit()
{
    const int generation = ++d->auditGeneration;
    ++d->auditPending;
    auto* watcher = new QFutureWatcher<AuditReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --d->auditPending;
        if (generation != d->auditGeneration)
            return; // a newer snapshot or policy is already being audited
        d->audit = watcher->result();
        d->hasAudit = true;
        emit auditChanged();
    });
    const OrgSnapshot snapshot = d->snapshot;
    const TierPolicy policy = d->policy;
    watcher->setFuture(QtConcurrent::run([snapshot, policy] { return auditTiers(snapshot, policy); }));
}

void ConsoleSession::setPolicy(const TierPolicy& policy)
{
    d->policy = policy;
    if (d->hasSnapshot)
        startAudit();
    emit policyChanged();
}

void ConsoleSession::selectProject(const QString& slug)
{
    if (d->selectedProject == slug && d->selectedTeam.isEmpty())
        return;
    d->selectedProject = slug;
    d->selectedTeam.clear();
    emit projectSelected(slug);
}

void ConsoleSession::selectTeam(const QString& slug)
{
    if (d->selectedTeam == slug && d->selectedProject.isEmpty())
        return;
    d->selectedTeam = slug;
    d->selectedProject.clear();
    emit teamSelected(slug);
}

void ConsoleSession::notifyDraftsChanged(const QString& key)
{
    emit draftsChanged(key);
}

} // namespace sc
