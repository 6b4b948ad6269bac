// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"

#include <QObject>

#include <memory>

namespace sc {

class SentryClient;

// Pulls a whole organization into an OrgSnapshot: org (→ region), teams and their members,
// projects, members, integrations (includeConfig), each project's ownership, the org's detectors
// and workflows — or, when /workflows/ answers 404, each project's issue alert rules and the org's
// metric alert rules (a 410/404 there is "legacy API unavailable", noted in the snapshot).
// Each project's detail, inbound filters, client keys, latest release (and artifact bundles for
// JavaScript platforms) plus the org's cron monitors land in ArchitectureSnapshot (extras).
// Independent requests run in parallel through the client's concurrency limit.
class OrgPuller : public QObject
{
    Q_OBJECT
public:
    struct State; // one pull's state (orgpuller.cpp)

    OrgPuller(SentryClient* client, QString orgSlug, QObject* parent = nullptr); // client: not owned

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    // Exactly one of these, once per start().
    void succeeded(const sc::OrgSnapshot& snapshot);
    void failed(const sc::Error& error); // ErrorKind::Canceled after cancel()

private:
    static void startLists(const std::shared_ptr<State>& state);
    static void startProject(const std::shared_ptr<State>& state, const QString& slug);
    static void startLegacy(const std::shared_ptr<State>& state);
    static void startLegacyProject(const std::shared_ptr<State>& state, const QString& slug);
    // The reference-architecture reads (settings, filters, keys, latest release, artifact bundles).
    static void startArchitectureProject(const std::shared_ptr<State>& state, const QString& slug);
    SentryClient* m_client; // not owned
    QString m_org;
    bool m_running = false;
    std::shared_ptr<State> m_state;
};

} // namespace sc
