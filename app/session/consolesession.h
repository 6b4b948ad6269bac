// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "draftstore.h"
#include "incrementalrefresh.h"
#include "orgsnapshot.h"
#include "result.h"
#include "sentryclient.h"
#include "tieraudit.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace sc {

class ArchitectureAuditor;
class SentryClient;
class TierPolicy;

// The GUI's shared state for one connection profile: the client, the current snapshot (shown
// instantly from the on-disk cache, then refreshed in the background), the tier audit derived from
// it (computed off the UI thread), the draft store, and the current selection. Views never keep
// their own copy of server state: they read the session and follow its signals.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(QObject* parent = nullptr);
    ~ConsoleSession() override;

    QString profileName() const;
    QString orgSlug() const;
    QUrl serverUrl() const;
    SentryClient* client() const;      // null while offline (no profile / no token)

    bool hasSnapshot() const;
    const OrgSnapshot& snapshot() const;
    const AuditReport& audit() const;
    const TierPolicy& policy() const;
    DraftStore& drafts();

    QString selectedProject() const;   // slug or empty
    QString selectedTeam() const;      // slug or empty

    // Opens a profile: shows its cached snapshot (loaded off the UI thread; snapshotChanged() with
    // isSnapshotFromCache()) and refreshes it in the background. An empty token leaves the session
    // offline (client() null): the cache is still shown and refresh() fails with a clear error.
    // Switching while a pull runs cancels it. Work that must finish on the old server (a push's
    // read-backs and journal) keeps the old client alive with keepClientAlive() from a
    // profileAboutToChange() handler.
    void openProfile(const sc::ConnectionProfile& profile, const QString& token, bool refreshNow = true);
    // Only from a profileAboutToChange() handler: the current client is handed to `holder` (it is
    // deleted with it) instead of being deleted now. Null `holder` is ignored.
    void keepClientAlive(QObject* holder);
    ConnectionProfile profile() const;
    // Client settings (concurrency, timeouts, retries) for the next openProfile(); URL and token
    // come from the profile.
    void setClientDefaults(const ClientConfig& defaults);
    QString cacheFilePath() const;     // where this profile's snapshot is cached
    bool isRefreshing() const;
    bool isSnapshotFromCache() const;  // shown from disk, not yet refreshed from the server
    QDateTime snapshotTakenAt() const; // UTC; invalid without snapshot
    std::optional<Error> lastError() const; // of the last refresh, cleared by a successful one
    RateLimitState rateLimit() const;
    bool isAuditPending() const;       // a newer audit is being computed
    bool hasAudit() const;
    bool hasUnpushedDrafts() const;
    // The reference-architecture audit of the snapshot, kept current off the UI thread (owned).
    ArchitectureAuditor* architectureAuditor() const;
    std::optional<RefreshReport> lastRefreshReport() const; // which kind ran last, why, at what cost

public slots:
    void refresh();                    // background refresh (incremental from the shown snapshot); progress + Cancel
    void fullRefresh();                // background full pull, whatever the audit log says
    void cancelRefresh();
    void setSnapshot(const sc::OrgSnapshot& snapshot); // swaps in, re-audits, caches to disk
    // Replaces the snapshot's cached extras (e.g. chart data) and writes the cache; the org itself is
    // unchanged, so nothing is re-audited and snapshotChanged is not emitted.
    void setSnapshotExtras(const QJsonObject& extras);
    void setPolicy(const sc::TierPolicy& policy);
    void selectProject(const QString& slug);
    void selectTeam(const QString& slug);
    // `key`: the one draft that changed (the ownership editor's autosave), so views re-read only that
    // file; empty: any draft may have changed.
    void notifyDraftsChanged(const QString& key = {});

signals:
    void snapshotChanged();
    void auditChanged();
    void refreshStarted();
    void refreshProgress(int done, int total);
    void refreshFinished();
    void refreshFailed(const sc::Error& error);
    void projectSelected(const QString& slug);
    void teamSelected(const QString& slug);
    void draftsChanged(const QString& key);
    void profileAboutToChange(); // the current client and profile are still the old ones
    void profileChanged();
    void rateLimitChanged();
    void policyChanged(); // setPolicy(): derived audits start again

private:
    void applySnapshot(const OrgSnapshot& snapshot, bool fromCache);
    void startRefresh(bool full);
    void writeCache() const;
    void startAudit();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sc
