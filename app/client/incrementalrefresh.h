// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace sc {

class OrgPuller;
class SentryClient;

// What a refresh did: which kind ran, why a full pull ran, and what it cost.
struct RefreshReport {
    enum class Kind { Full, Incremental };
    enum class Reason {
        None,            // incremental
        Requested,       // "Full refresh" / export --full
        NoSnapshot,      // nothing to start from
        OtherSource,     // the snapshot is of another server or organization
        TooOld,          // older than maxAgeSeconds
        LogUnreadable,   // the audit log answered 403 / 404 / 410 (scope, old server)
        TooManyChanges,  // more audit rows than maxRows (or too many releases since)
        UnknownChange,   // an audit event (or a named object) the refresh cannot map
        OlderFormat,     // the snapshot lacks reads a full pull now makes (e.g. an old cache)
    };
    Kind kind = Kind::Full;
    Reason reason = Reason::None;
    QString detail;   // e.g. "403", the event name, the row count
    int changes = 0;  // audit-log rows applied (incremental)
    int requests = 0; // HTTP requests sent while this refresh ran (pages and retries included)

    // One translated sentence for the status bar, e.g. "Refreshed incrementally: 3 changes, 7 requests".
    QString summary() const;
    QString reasonText() const; // why a full pull ran (empty for incremental)
};

// A refresh from a previous snapshot. Reads the organization's audit log
// (GET /organizations/{org}/audit-logs/, newest first, org:write) back to the snapshot's time minus
// a safety margin, re-reads the cheap org lists in full (teams, projects, members, integrations,
// monitors, legacy metric rules), the releases created since, and re-fetches only what the rows
// name: detectors and workflows by repeated `id=` (plus the other side of their links), each
// touched or new project's ownership, settings, filters, keys, latest release (and legacy rules),
// each touched or new team's members. Everything else is carried over from the previous snapshot,
// which a full pull would have read unchanged. Artifact bundles of untouched projects are carried
// over too (uploads are not audited); a full refresh re-reads them.
//
// Falls back to a full OrgPuller pull (and says why in the report) when there is no usable
// snapshot, the log can't be read, it has too many rows, or a row can't be mapped. Pushes are not
// affected: they re-fetch every object before writing.
class IncrementalRefresh : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int maxRows = 300;           // more audit rows than this: full pull
        int marginSeconds = 300;     // read the log this far before the snapshot (clock skew)
        int maxAgeSeconds = 86400;   // older snapshots: full pull
        int maxReleasePages = 3;     // releases since the snapshot, newest first
    };
    struct State; // one refresh (incrementalrefresh.cpp)

    IncrementalRefresh(SentryClient* client, QString orgSlug, QObject* parent = nullptr); // client: not owned

    void setOptions(const Options& options) { m_options = options; }
    // previous: the snapshot to start from (nullopt: full). forceFull: full pull on demand.
    void start(const std::optional<OrgSnapshot>& previous, bool forceFull = false);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    // Exactly one of these, once per start().
    void succeeded(const sc::OrgSnapshot& snapshot, const sc::RefreshReport& report);
    void failed(const sc::Error& error);

private:
    void startFull(RefreshReport::Reason reason, const QString& detail, int requestsSoFar);

    SentryClient* m_client; // not owned
    QString m_org;
    Options m_options;
    bool m_running = false;
    std::shared_ptr<State> m_state;
    OrgPuller* m_full = nullptr; // owned (child) while a full pull runs
};

} // namespace sc
