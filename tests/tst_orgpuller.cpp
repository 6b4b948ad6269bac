// SPDX-License-Identifier: MIT
// OrgPuller and SentryClient against the real in-process fake Sentry on 127.0.0.1 (port 0): whole
// org pulls, pagination, faults (latency, 5xx, 429), auth and scope errors, the legacy fallback and
// brownouts, cancellation, and the lossless snapshot round trip.
#include "fakeseed.h"
#include "fakesentryserver.h"
#include "jsonio.h"
#include "orgpuller.h"
#include "sentryclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace sc;

// The demo seed's project count (the fake serves exactly those).
static qsizetype demoProjects()
{
    return buildFakeSeed(QStringLiteral("demo"))->projects.size();
}

namespace {

struct Pull {
    std::optional<OrgSnapshot> snapshot;
    std::optional<Error> error;
    int progressEvents = 0;
    int lastDone = 0;
    int lastTotal = 0;
    bool finished() const { return snapshot || error; }
};

ClientConfig configFor(const FakeSentryServer& server, int concurrency = 8)
{
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    config.maxConcurrency = concurrency;
    config.transferTimeoutMs = 10000;
    return config;
}

// Starts a pull and collects its outcome (the caller waits with QTRY_*).
std::unique_ptr<OrgPuller> startPull(SentryClient& client, const QString& org, Pull& pull)
{
    auto puller = std::make_unique<OrgPuller>(&client, org);
    QObject::connect(puller.get(), &OrgPuller::succeeded, puller.get(),
                     [&pull](const OrgSnapshot& snapshot) { pull.snapshot = snapshot; });
    QObject::connect(puller.get(), &OrgPuller::failed, puller.get(), [&pull](const Error& error) { pull.error = error; });
    QObject::connect(puller.get(), &OrgPuller::progress, puller.get(), [&pull](int done, int total) {
        ++pull.progressEvents;
        pull.lastDone = done;
        pull.lastTotal = total;
    });
    puller->start();
    return puller;
}

// The snapshot without the moment it was taken: two pulls of one server compare equal.
QByteArray comparable(const OrgSnapshot& snapshot)
{
    QJsonObject json = snapshot.toJson();
    QJsonObject meta = json.value(QLatin1String("meta")).toObject();
    meta.remove(QLatin1String("takenAt"));
    json.insert(QLatin1String("meta"), meta);
    return canonicalJson(json);
}

QString describe(const Pull& pull)
{
    return pull.error ? pull.error->message + QStringLiteral(" [") + pull.error->detail + QLatin1Char(']')
                      : QStringLiteral("ok");
}

} // namespace

class TestOrgPuller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("sc.client.debug=false\nsc.fake.debug=false"));
    }

    void pull_demoOrgFillsEverySection();
    void pull_pagesOfTwoGiveTheSameSnapshot();
    void pull_runsRequestsInParallel();
    void pull_survivesServerErrors();
    void pull_survivesTheRateLimitWithout429Failures();
    void pull_badTokenFailsWithSentrysMessage();
    void pull_unknownOrgNamesIt();
    void pull_legacyServerReadsLegacyRules();
    void pull_brownoutNotesTheReplacementEndpoint();
    void pull_cancelReportsCanceledAndStopsRequests();
    void snapshot_roundTripsLosslesslyWithUnknownFields();
    void pull_staysWithinTheServersConcurrencyLimit();
    void pull_persistentServerErrorNamesTheRequestId();
    void write_missingScopeNamesIt();
    void write_droppedConnectionIsNotResentBlindly();
    void write_fakeServerValidationReadsAsASentence();
    void pull_listsDetectorsOfProjectsOutsideTheUsersTeams();
    void pull_followsCursorsWhenLinksNameAProxysOrigin();
    void legacy_permanentGoneNamesTheReplacement();
};

void TestOrgPuller::pull_demoOrgFillsEverySection()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QVERIFY(puller->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QVERIFY(!puller->isRunning());
    const OrgSnapshot& s = *pull.snapshot;

    QCOMPARE(s.organization.slug, server.orgSlug());
    QCOMPARE(s.orgSlug, server.orgSlug());
    QCOMPARE(s.alertsApi, AlertsApi::WorkflowEngine);
    QCOMPARE(s.teams.size(), 3);
    QCOMPARE(s.projects.size(), demoProjects());
    for (const Project& project : s.projects)
        QVERIFY2(project.ownership.has_value(), qPrintable(project.slug));
    QVERIFY(!s.members.isEmpty());
    QCOMPARE(s.integrations.size(), 2);
    bool pagerDutyServices = false;
    for (const Integration& integration : s.integrations)
        pagerDutyServices |= !integration.pagerDutyServices.isEmpty();
    QVERIFY2(pagerDutyServices, "includeConfig=1 brings PagerDuty's service_table");
    QVERIFY(!s.detectors.isEmpty());
    QVERIFY(!s.workflows.isEmpty());
    QCOMPARE(s.teamMembers.size(), 3);
    QVERIFY(s.projectBySlug(QStringLiteral("payment-api")));
    QVERIFY(s.teamBySlug(QStringLiteral("payments")));
    QVERIFY(s.takenAt.isValid());

    // Region discovery: the fake's links.regionUrl points at itself, so it was accepted.
    QCOMPARE(client.apiBase().port(), server.url().port());
    const QStringList log = server.requestLog();
    QVERIFY(log.filter(QStringLiteral("/integrations/?")).value(0).contains(QStringLiteral("includeConfig=1")));
    QVERIFY(log.filter(QStringLiteral("/organizations/acme-corp/?")).value(0).contains(QStringLiteral("detailed=0")));
    QCOMPARE(log.filter(QStringLiteral("/ownership/")).size(), demoProjects()); // one read per project
    QCOMPARE(log.filter(QStringLiteral("/members/")).size(), 4); // org members + 3 teams

    QVERIFY(pull.progressEvents > 0);
    QCOMPARE(pull.lastDone, pull.lastTotal);
}

void TestOrgPuller::pull_pagesOfTwoGiveTheSameSnapshot()
{
    FakeSentryServer wide;
    QVERIFY(wide.listen());
    FakeServerOptions narrowOptions;
    narrowOptions.pageSize = 2;
    narrowOptions.token = wide.token();
    FakeSentryServer narrow(narrowOptions);
    QVERIFY(narrow.listen());

    SentryClient wideClient(configFor(wide));
    SentryClient narrowClient(configFor(narrow));
    Pull widePull;
    Pull narrowPull;
    auto a = startPull(wideClient, wide.orgSlug(), widePull);
    auto b = startPull(narrowClient, narrow.orgSlug(), narrowPull);
    QTRY_VERIFY_WITH_TIMEOUT(widePull.finished() && narrowPull.finished(), 20000);
    QVERIFY2(widePull.snapshot, qPrintable(describe(widePull)));
    QVERIFY2(narrowPull.snapshot, qPrintable(describe(narrowPull)));

    // Many pages were followed by their cursors...
    const QStringList cursors = narrow.requestLog().filter(QStringLiteral("cursor="));
    QVERIFY2(cursors.size() >= 10, qPrintable(QString::number(cursors.size())));
    QVERIFY(narrow.requestCount() > wide.requestCount());
    // ...and the snapshot is the same, item for item (the servers differ only in their port).
    QByteArray narrowJson = comparable(*narrowPull.snapshot);
    narrowJson.replace("127.0.0.1:" + QByteArray::number(narrow.url().port()),
                       "127.0.0.1:" + QByteArray::number(wide.url().port()));
    QCOMPARE(narrowJson, comparable(*widePull.snapshot));
}

void TestOrgPuller::pull_runsRequestsInParallel()
{
    FakeServerOptions options;
    options.latencyMs = 60;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server, 8));
    Pull pull;
    // Requests waiting out their latency on the server at once: a serial client would show 1.
    // (Measured on the server, not by wall time: CI machines are too busy for timing asserts.)
    int peak = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, server.inFlight()); });
    sampler.start(5);
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QVERIFY2(peak >= 6, qPrintable(QString::number(peak)));
    QVERIFY2(peak <= 8, qPrintable(QString::number(peak)));
}

void TestOrgPuller::pull_survivesServerErrors()
{
    FakeServerOptions options;
    options.failRate = 0.25;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 30000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QCOMPARE(pull.snapshot->projects.size(), demoProjects());
    // Retries happened: more requests reached the server than the pull needs.
    QVERIFY(client.requestsStarted() > pull.lastTotal);
}

void TestOrgPuller::pull_survivesTheRateLimitWithout429Failures()
{
    FakeServerOptions options;
    options.rateLimitPerSecond = 3; // per bucket: the demo's ownership reads (one per project) need three windows
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    const qint64 startSecond = QDateTime::currentSecsSinceEpoch();
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 30000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QCOMPARE(pull.snapshot->projects.size(), demoProjects());
    QCOMPARE(client.rateLimit().limit, 3);
    // The ownership bucket needs more answers than one window allows and every one of them
    // succeeded, so it must have waited for a reset: the fake server's windows are whole epoch
    // seconds. (Elapsed time proves nothing: a run that starts just before a boundary gets a
    // fresh window at once.)
    QCOMPARE(server.requestLog().filter(QStringLiteral("/ownership/")).size(), demoProjects());
    QVERIFY(QDateTime::currentSecsSinceEpoch() > startSecond);
}

void TestOrgPuller::pull_badTokenFailsWithSentrysMessage()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    ClientConfig config = configFor(server);
    config.token = QStringLiteral("sntryu_not_the_right_token");
    SentryClient client(config);
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY(pull.finished());
    QVERIFY(pull.error);
    QCOMPARE(pull.error->kind, ErrorKind::Unauthorized);
    QVERIFY2(pull.error->message.contains(QStringLiteral("Invalid token")), qPrintable(pull.error->message));
    QVERIFY(!pull.error->message.contains(config.token));
    QCOMPARE(exitCodeFor(*pull.error), int(ExitFailed));
}

void TestOrgPuller::pull_unknownOrgNamesIt()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, QStringLiteral("no-such-org"), pull);
    QTRY_VERIFY(pull.finished());
    QVERIFY(pull.error);
    QCOMPARE(pull.error->kind, ErrorKind::NotFound);
    QVERIFY2(pull.error->message.contains(QStringLiteral("\"no-such-org\"")), qPrintable(pull.error->message));
}

void TestOrgPuller::pull_legacyServerReadsLegacyRules()
{
    FakeServerOptions options;
    options.legacyAlerts = true;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    const OrgSnapshot& s = *pull.snapshot;
    QCOMPARE(s.alertsApi, AlertsApi::Legacy);
    QVERIFY(s.detectors.isEmpty());
    QVERIFY(s.workflows.isEmpty());
    QVERIFY(!s.metricAlertRules.isEmpty());
    int issueRules = 0;
    for (const Project& project : s.projects)
        issueRules += int(project.issueAlertRules.size());
    QVERIFY(issueRules > 0);
    QVERIFY(s.legacyAlertsNote.isEmpty());
    QCOMPARE(server.requestLog().filter(QStringLiteral("/rules/")).size(), demoProjects()); // one list per project
    // The file form keeps the legacy sections.
    const QJsonObject json = s.toJson();
    QVERIFY(json.contains(QLatin1String("metricAlertRules")));
    QVERIFY(json.value(QLatin1String("projects")).toArray().at(0).toObject().contains(QLatin1String("issueAlertRules")));
}

void TestOrgPuller::pull_brownoutNotesTheReplacementEndpoint()
{
    FakeServerOptions options;
    options.legacyAlerts = true;
    options.brownout = true;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull))); // a brownout is a note, not a failure
    const OrgSnapshot& s = *pull.snapshot;
    QCOMPARE(s.alertsApi, AlertsApi::Legacy);
    QVERIFY(s.metricAlertRules.isEmpty());
    QVERIFY2(s.legacyAlertsNote.contains(QStringLiteral("/workflows/")), qPrintable(s.legacyAlertsNote));
    QVERIFY2(s.legacyAlertsNote.contains(QStringLiteral("legacy")), qPrintable(s.legacyAlertsNote));
    QCOMPARE(s.projects.size(), demoProjects());
}

void TestOrgPuller::pull_cancelReportsCanceledAndStopsRequests()
{
    FakeServerOptions options;
    options.latencyMs = 150;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    // Wait until the lists are in flight, then cancel.
    QTRY_VERIFY(server.requestCount() >= 2);
    puller->cancel();
    QTRY_VERIFY(pull.finished());
    QVERIFY(!pull.snapshot);
    QCOMPARE(pull.error->kind, ErrorKind::Canceled);
    QVERIFY(!puller->isRunning());
    // Nothing new can start: a request waiting for its turn or for a backoff lives in the client's
    // queue, and the queue is empty (requests already on the wire may still reach the server).
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(client.queued(), 0);
    const int started = client.requestsStarted();
    QVERIFY(started < 17); // the whole pull needs 17
    QVERIFY(server.requestCount() <= started);
    QVERIFY(!pull.snapshot);

    // The puller can run again afterwards.
    pull = Pull();
    server.options().latencyMs = 0;
    puller->start();
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
}

void TestOrgPuller::snapshot_roundTripsLosslesslyWithUnknownFields()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    // A field this console does not know: it must survive pull → save → load.
    const QJsonObject custom{{QStringLiteral("nested"), QJsonArray{1, QStringLiteral("two"), QJsonValue::Null}}};
    QVERIFY(server.mutateObject(QStringLiteral("project"), QStringLiteral("web-app"),
                                QJsonObject{{QStringLiteral("x_futureField"), custom}}));
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    const Project* webApp = pull.snapshot->projectBySlug(QStringLiteral("web-app"));
    QVERIFY(webApp);
    QCOMPARE(webApp->raw.value(QLatin1String("x_futureField")).toObject(), custom);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    QVERIFY(pull.snapshot->save(path));
    const Result<OrgSnapshot> loaded = OrgSnapshot::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(canonicalJson(loaded->toJson()), canonicalJson(pull.snapshot->toJson()));
    QCOMPARE(loaded->projectBySlug(QStringLiteral("web-app"))->raw.value(QLatin1String("x_futureField")).toObject(),
             custom);
    // Every object is exactly as the server sent it.
    QCOMPARE(loaded->organization.raw, pull.snapshot->organization.raw);
    QCOMPARE(loaded->detectors.size(), pull.snapshot->detectors.size());
    QCOMPARE(loaded->teamMembers.keys().size(), 3);
}

void TestOrgPuller::write_missingScopeNamesIt()
{
    FakeServerOptions options;
    options.scopes = QStringList{QStringLiteral("org:read"), QStringLiteral("project:read"),
                                 QStringLiteral("alerts:read")};
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    std::optional<Result<ApiResponse>> ownership;
    std::optional<Result<ApiResponse>> workflow;
    client.send("PUT", QStringLiteral("/api/0/projects/%1/web-app/ownership/").arg(server.orgSlug()),
                QJsonObject{{QStringLiteral("fallthrough"), false}}, this,
                [&ownership](Result<ApiResponse> r) { ownership = std::move(r); });
    client.send("POST", QStringLiteral("/api/0/organizations/%1/workflows/").arg(server.orgSlug()),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("P1")}}, this,
                [&workflow](Result<ApiResponse> r) { workflow = std::move(r); });
    QTRY_VERIFY(ownership && workflow);
    QVERIFY(!*ownership);
    QCOMPARE(ownership->error().kind, ErrorKind::Forbidden);
    QVERIFY2(ownership->error().message.contains(QStringLiteral("project:write")), qPrintable(ownership->error().message));
    QVERIFY(!*workflow);
    QCOMPARE(workflow->error().kind, ErrorKind::Forbidden);
    QVERIFY2(workflow->error().message.contains(QStringLiteral("alerts:write")), qPrintable(workflow->error().message));
    QCOMPARE(server.requestCount(), 2); // a 403 is not retried
}

void TestOrgPuller::write_fakeServerValidationReadsAsASentence()
{
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    std::optional<Result<ApiResponse>> result;
    client.send("PUT", QStringLiteral("/api/0/projects/%1/web-app/ownership/").arg(server.orgSlug()),
                QJsonObject{{QStringLiteral("raw"), QStringLiteral("path:src/* #no-such-team")}}, this,
                [&result](Result<ApiResponse> r) { result = std::move(r); });
    QTRY_VERIFY(result);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ErrorKind::Validation);
    QVERIFY2(result->error().message.contains(QStringLiteral("raw: Invalid rule owners: #no-such-team")),
             qPrintable(result->error().message));
}

void TestOrgPuller::pull_staysWithinTheServersConcurrencyLimit()
{
    FakeServerOptions options;
    options.latencyMs = 40;
    options.concurrentLimit = 3;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    SentryClient client(configFor(server, 8));
    Pull pull;
    int peak = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, server.inFlight()); });
    sampler.start(5);
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QCOMPARE(client.rateLimit().concurrentLimit, 3);
    // Sentry's concurrency limit is per endpoint bucket: the first request of each bucket goes
    // alone, so its limit is known before that bucket fans out, and the fake enforces it with 429s.
    QVERIFY2(server.peakBucketInFlight() <= 3, qPrintable(QString::number(server.peakBucketInFlight())));
    QVERIFY(peak >= 2); // and the allowance was used
}

void TestOrgPuller::pull_persistentServerErrorNamesTheRequestId()
{
    FakeServerOptions options;
    options.failRate = 1.0;
    FakeSentryServer server(options);
    QVERIFY(server.listen());
    ClientConfig config = configFor(server);
    config.maxRetries = 1;
    SentryClient client(config);
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY(pull.error);
    QCOMPARE(pull.error->kind, ErrorKind::Server);
    QCOMPARE(pull.error->httpStatus, 500);
    QVERIFY2(pull.error->message.contains(QStringLiteral("request id ")) &&
                 !pull.error->message.contains(QStringLiteral("no request id")),
             qPrintable(pull.error->message));
    QCOMPARE(server.requestCount(), 2); // the org detail, once retried
}

void TestOrgPuller::write_droppedConnectionIsNotResentBlindly()
{
    // POST is not idempotent: neither the client nor Qt resends it after a dropped connection.
    // (Qt's HTTP layer resends an idempotent PUT/DELETE once when the connection closes before any
    // answer, as RFC 9110 allows; pushes verify by reading back either way.)
    FakeSentryServer server;
    QVERIFY(server.listen());
    server.dropConnectionAfterNextWrites(1);
    SentryClient client(configFor(server));
    std::optional<Result<ApiResponse>> result;
    client.send("POST", QStringLiteral("/api/0/organizations/%1/workflows/").arg(server.orgSlug()),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("P1 new issues")}}, this,
                [&result](Result<ApiResponse> r) { result = std::move(r); });
    QTRY_VERIFY(result);
    // Qt 6.4's HTTP channel (QHttpNetworkConnectionChannel) resends a request once when the
    // connection closes before any answer byte, even a POST; SentryClient streams a POST's body
    // from a device that cannot rewind, so Qt reports the drop instead of resending.
    QVERIFY2(!*result, qPrintable(QStringLiteral("got HTTP %1 after %2 request(s): %3").arg((*result)->status).arg(server.requestCount()).arg(server.requestLog().join(QLatin1Char(',')))));
    QCOMPARE(result->error().kind, ErrorKind::Network);
    // No retry is waiting: a backoff retry would sit in the client's queue.
    QCOMPARE(client.queued(), 0);
    QCOMPARE(server.requestCount(), 1); // the write may have happened: only a read-back can tell
}

void TestOrgPuller::pull_listsDetectorsOfProjectsOutsideTheUsersTeams()
{
    // The demo token's user (the owner) is not on frontend; Sentry's detector list is member-scoped
    // unless asked with project=-1 (CONTRACT §0b.1).
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    Pull pull;
    auto puller = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(pull.finished(), 20000);
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QSet<QString> projects;
    for (const Detector& d : pull.snapshot->detectors)
        projects.insert(d.projectId);
    QVERIFY(projects.contains(QStringLiteral("4510006"))); // web-app (frontend)
    QVERIFY(projects.contains(QStringLiteral("4510007"))); // mobile-app (frontend)
    QCOMPARE(projects.size(), demoProjects());
}

void TestOrgPuller::pull_followsCursorsWhenLinksNameAProxysOrigin()
{
    // Behind a proxy, Link URLs carry Sentry's system.url-prefix (CONTRACT §0b.7).
    FakeServerOptions direct;
    direct.pageSize = 2;
    FakeSentryServer reference(direct);
    QVERIFY(reference.listen());
    FakeServerOptions proxied = direct;
    proxied.urlPrefix = QStringLiteral("https://sentry.internal.example:8443");
    FakeSentryServer server(proxied);
    QVERIFY(server.listen());
    SentryClient referenceClient(configFor(reference));
    SentryClient client(configFor(server));
    Pull expected;
    Pull pull;
    auto a = startPull(referenceClient, reference.orgSlug(), expected);
    auto b = startPull(client, server.orgSlug(), pull);
    QTRY_VERIFY_WITH_TIMEOUT(expected.finished() && pull.finished(), 20000);
    QVERIFY2(expected.snapshot, qPrintable(describe(expected)));
    QVERIFY2(pull.snapshot, qPrintable(describe(pull)));
    QCOMPARE(pull.snapshot->projects.size(), demoProjects());
    QCOMPARE(pull.snapshot->detectors.size(), expected.snapshot->detectors.size());
    QCOMPARE(pull.snapshot->workflows.size(), expected.snapshot->workflows.size());
    QCOMPARE(pull.snapshot->members.size(), expected.snapshot->members.size());
    QCOMPARE(pull.snapshot->teams.size(), expected.snapshot->teams.size());
    QVERIFY(server.requestLog().filter(QStringLiteral("cursor=")).size() > 5); // it did page
}

void TestOrgPuller::legacy_permanentGoneNamesTheReplacement()
{
    // sentry.io answers the legacy alert routes with a permanent 410 {"detail": …} and no headers.
    FakeSentryServer server;
    QVERIFY(server.listen());
    SentryClient client(configFor(server));
    std::optional<Result<ApiResponse>> issue, metric;
    client.get(QStringLiteral("/api/0/projects/%1/web-app/rules/").arg(server.orgSlug()), {}, this,
               [&issue](Result<ApiResponse> r) { issue = std::move(r); });
    client.get(QStringLiteral("/api/0/organizations/%1/alert-rules/").arg(server.orgSlug()), {}, this,
               [&metric](Result<ApiResponse> r) { metric = std::move(r); });
    QTRY_VERIFY(issue && metric);
    QVERIFY(!*issue && !*metric);
    QCOMPARE(issue->error().kind, ErrorKind::Gone);
    QCOMPARE(metric->error().kind, ErrorKind::Gone);
    QVERIFY2(issue->error().message.contains(QStringLiteral("/api/0/organizations/acme-corp/workflows/")),
             qPrintable(issue->error().message));
    QVERIFY2(metric->error().message.contains(QStringLiteral("/api/0/organizations/acme-corp/detectors/")),
             qPrintable(metric->error().message));
    QVERIFY(issue->error().message.contains(QStringLiteral("legacy API")));
}

QTEST_GUILESS_MAIN(TestOrgPuller)
#include "tst_orgpuller.moc"
