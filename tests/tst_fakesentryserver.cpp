// SPDX-License-Identifier: MIT
#include "fakeseed.h"
#include "fakesentryserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

QStringList names(const QJsonArray& items, const QString& key = u"slug"_s)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out.append(v.toObject().value(key).toString());
    return out;
}

} // namespace

class TestFakeSentryServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void organizations_listTheDemoOrgWithLinksToItself();
    void readEndpoints_answerTheFixtureShapes_data();
    void readEndpoints_answerTheFixtureShapes();
    void organizationDetail_omitsTeamsAndProjectsWhenNotDetailed();
    void integrations_includeServiceTableOnlyWithIncludeConfig();
    void auth_rejectsMissingAndWrongTokens_data();
    void auth_rejectsMissingAndWrongTokens();
    void pagination_followsLinkCursorsToTheEnd();
    void pagination_rejectsPerPageAbove100AndCapsAtPageSize();
    void everyResponse_carriesRateLimitHeaders();
    void rateLimit_answers429WithSentryHeadersAndNoRetryAfter();
    void failRate_answers500DeterministicallyWithRequestId();
    void latency_delaysRepliesWithoutBlockingTheEventLoop();
    void scopes_forbidWritesNeedingAMissingScope();
    void demoSeed_hasTheDeliberateTierGaps();
    void ownershipPut_isPartialAndBumpsLastUpdated();
    void ownershipPut_rejectsInvalidText_data();
    void ownershipPut_rejectsInvalidText();
    void ownershipPut_acceptsTeamOnceAddedToProject();
    void detectorCreate_storesWriteShapeAsReadShapeAndLinksWorkflows_data();
    void detectorCreate_storesWriteShapeAsReadShapeAndLinksWorkflows();
    void detectorUpdateAndDelete_areVisibleOnReads();
    void workflowCreate_linksDetectorsBothWays();
    void workflowCreate_rejectsInvalidBodiesWithFieldErrors();
    void detectorAndWorkflowLists_honourProjectQueryAndSortBy();
    void projectEvents_matchOwnershipRules();
    void legacyMode_servesRulesOnlyWithDeprecationHeaders();
    void legacyWrites_roundTrip();
    void brownout_answers410();
    void mutateObject_changesObjectBehindTheClientsBack();
    void backDoor_overHttpMutatesAndListsRequests();
    void droppedConnection_appliesTheWriteButSendsNoAnswer();
    void largeSeed_isDeterministicWithTeamsOfSeven();
    void listen_refusesNonLoopbackAddresses();

private:
    void start(FakeServerOptions options = {});
    Reply request(const QByteArray& method, const QString& path, const QJsonValue& body = {},
                  const QByteArray& token = "default");
    Reply get(const QString& path) { return request("GET", path); }

    std::unique_ptr<FakeSentryServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestFakeSentryServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFakeSentryServer::init()
{
    start();
}

void TestFakeSentryServer::cleanup()
{
    m_server.reset();
    m_nam.clearConnectionCache();
}

void TestFakeSentryServer::start(FakeServerOptions options)
{
    m_server.reset();
    m_nam.clearConnectionCache();
    if (options.token.isEmpty())
        options.token = u"test-token"_s;
    m_server = std::make_unique<FakeSentryServer>(options);
    QVERIFY(m_server->listen(0) != 0);
}

Reply TestFakeSentryServer::request(const QByteArray& method, const QString& path, const QJsonValue& body,
                                    const QByteArray& token)
{
    QNetworkRequest req(m_server->url().resolved(QUrl(path)));
    if (token == "default")
        req.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
    else if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setTransferTimeout(10000);
    QByteArray data;
    if (!body.isUndefined()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        data = body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, data);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    for (const auto& [k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    reply->deleteLater();
    return r;
}

void TestFakeSentryServer::organizations_listTheDemoOrgWithLinksToItself()
{
    const Reply r = get(u"/api/0/organizations/"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1);
    const QJsonObject org = r.array().first().toObject();
    QCOMPARE(org.value(u"slug"_s).toString(), u"acme-corp"_s);
    QCOMPARE(org.value(u"id"_s).toString(), u"4508112233445566"_s);
    const QString self = m_server->url().toString().chopped(1);
    QCOMPARE(org.value(u"links"_s).toObject().value(u"regionUrl"_s).toString(), self);
    QCOMPARE(org.value(u"links"_s).toObject().value(u"organizationUrl"_s).toString(), self);
    QVERIFY(!org.contains(u"teams"_s));
}

void TestFakeSentryServer::readEndpoints_answerTheFixtureShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // "key=value" checks on the object or the first item, or "count=N"

    QTest::newRow("org detail") << u"/api/0/organizations/acme-corp/"_s << u"slug=acme-corp;orgRole=owner"_s;
    QTest::newRow("teams") << u"/api/0/organizations/acme-corp/teams/"_s << u"count=3;slug=platform-eng"_s;
    QTest::newRow("projects") << u"/api/0/organizations/acme-corp/projects/"_s
                              << u"count=%1;slug=api-gateway"_s.arg(buildFakeSeed(u"demo"_s)->projects.size());
    QTest::newRow("members") << u"/api/0/organizations/acme-corp/members/"_s << u"count=5;email=dana.ruiz@acme-corp.example"_s;
    QTest::newRow("integrations") << u"/api/0/organizations/acme-corp/integrations/?includeConfig=1"_s << u"count=2;id=131001"_s;
    QTest::newRow("detectors") << u"/api/0/organizations/acme-corp/detectors/"_s << u"type=error;name=Error Monitor"_s;
    QTest::newRow("workflows") << u"/api/0/organizations/acme-corp/workflows/"_s << u"id=610001"_s;
    QTest::newRow("team members") << u"/api/0/teams/acme-corp/payments/members/"_s << u"count=2;teamSlug=payments"_s;
    QTest::newRow("team projects") << u"/api/0/teams/acme-corp/payments/projects/"_s << u"count=2;slug=payment-api"_s;
    QTest::newRow("project") << u"/api/0/projects/acme-corp/payment-api/"_s << u"slug=payment-api;subjectPrefix=[payment-api] "_s;
    QTest::newRow("ownership") << u"/api/0/projects/acme-corp/payment-api/ownership/"_s
                               << u"autoAssignment=Auto Assign to Issue Owner;lastUpdated=2026-11-18T09:44:03.998877Z"_s;
    QTest::newRow("project teams") << u"/api/0/projects/acme-corp/payment-api/teams/"_s << u"count=2;slug=payments"_s;
    QTest::newRow("project events") << u"/api/0/projects/acme-corp/payment-api/events/?full=true"_s << u"count=40;platform=java-spring-boot"_s;
    QTest::newRow("unknown org") << u"/api/0/organizations/nope/"_s << u"status=404;detail=The requested resource does not exist"_s;
    QTest::newRow("unknown team") << u"/api/0/teams/acme-corp/nope/projects/"_s << u"status=404;detail=Team not found."_s;
}

void TestFakeSentryServer::readEndpoints_answerTheFixtureShapes()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const Reply r = get(path);
    int expectedStatus = 200;
    const QStringList checks = expected.split(u';');
    for (const QString& check : checks) {
        const QString key = check.section(u'=', 0, 0), value = check.section(u'=', 1);
        if (key == u"status"_s)
            expectedStatus = value.toInt();
    }
    QCOMPARE(r.status, expectedStatus);
    const QJsonObject subject = r.json.isArray() ? r.array().first().toObject() : r.object();
    for (const QString& check : checks) {
        const QString key = check.section(u'=', 0, 0), value = check.section(u'=', 1);
        if (key == u"status"_s)
            continue;
        if (key == u"count"_s)
            QCOMPARE(r.array().size(), value.toInt());
        else
            QCOMPARE(subject.value(key).toVariant().toString(), value);
    }
}

void TestFakeSentryServer::organizationDetail_omitsTeamsAndProjectsWhenNotDetailed()
{
    const Reply full = get(u"/api/0/organizations/acme-corp/"_s);
    QCOMPARE(full.object().value(u"teams"_s).toArray().size(), 3);
    QCOMPARE(full.object().value(u"projects"_s).toArray().size(), buildFakeSeed(u"demo"_s)->projects.size());
    const Reply brief = get(u"/api/0/organizations/acme-corp/?detailed=0"_s);
    QVERIFY(!brief.object().contains(u"teams"_s));
    QVERIFY(!brief.object().contains(u"projects"_s));
    const Reply teams = get(u"/api/0/organizations/acme-corp/teams/?detailed=0"_s);
    QVERIFY(!teams.array().first().toObject().contains(u"projects"_s));
    const Reply teamsFull = get(u"/api/0/organizations/acme-corp/teams/"_s);
    QCOMPARE(names(teamsFull.array().first().toObject().value(u"projects"_s).toArray()),
             (QStringList{u"api-gateway"_s, u"auth-service"_s, u"user-service"_s, u"payment-api"_s}));
}

void TestFakeSentryServer::integrations_includeServiceTableOnlyWithIncludeConfig()
{
    const Reply with = get(u"/api/0/organizations/acme-corp/integrations/?includeConfig=1&providerKey=pagerduty"_s);
    QCOMPARE(with.array().size(), 1);
    const QJsonArray table = with.array().first().toObject().value(u"configData"_s).toObject().value(u"service_table"_s).toArray();
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.at(1).toObject().value(u"service"_s).toString(), u"acme-payments-oncall"_s);
    const Reply without = get(u"/api/0/organizations/acme-corp/integrations/?providerKey=pagerduty"_s);
    QVERIFY(without.array().first().toObject().value(u"configData"_s).toObject().isEmpty());
}

void TestFakeSentryServer::auth_rejectsMissingAndWrongTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray() << u"Authentication credentials were not provided."_s;
    QTest::newRow("wrong") << QByteArray("sntryu_wrong") << u"Invalid token"_s;
}

void TestFakeSentryServer::auth_rejectsMissingAndWrongTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, detail);
    const Reply r = request("GET", u"/api/0/organizations/"_s, {}, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value(u"detail"_s).toString(), detail);
}

void TestFakeSentryServer::pagination_followsLinkCursorsToTheEnd()
{
    QString path = u"/api/0/organizations/acme-corp/projects/?per_page=3"_s;
    QStringList slugs;
    int pages = 0;
    static const QRegularExpression next(uR"RX(<([^>]+)>; rel="next"; results="(true|false)"; cursor="([^"]+)")RX"_s);
    static const QRegularExpression prev(uR"RX(<([^>]+)>; rel="previous"; results="(true|false)"; cursor="([^"]+)")RX"_s);
    while (!path.isEmpty()) {
        const Reply r = get(path);
        QCOMPARE(r.status, 200);
        slugs += names(r.array());
        const QString link = QString::fromUtf8(r.header("Link"));
        const auto n = next.match(link);
        const auto p = prev.match(link);
        QVERIFY2(n.hasMatch() && p.hasMatch(), qPrintable(link));
        QCOMPARE(p.captured(2), pages == 0 ? u"false"_s : u"true"_s);
        QVERIFY(n.captured(1).startsWith(m_server->url().toString()));
        QCOMPARE(n.captured(3), u"0:%1:0"_s.arg((pages + 1) * 3));
        ++pages;
        path = n.captured(2) == u"true"_s ? n.captured(1) : QString();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(slugs.size(), buildFakeSeed(u"demo"_s)->projects.size());
    QCOMPARE(slugs.last(), u"reporting-api"_s);
}

void TestFakeSentryServer::pagination_rejectsPerPageAbove100AndCapsAtPageSize()
{
    QCOMPARE(get(u"/api/0/organizations/acme-corp/projects/?per_page=101"_s).status, 400);
    FakeServerOptions options;
    options.pageSize = 2;
    start(options);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/projects/"_s).array().size(), 2);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/projects/?per_page=100"_s).array().size(), 2);
}

void TestFakeSentryServer::everyResponse_carriesRateLimitHeaders()
{
    for (const QString& path : {u"/api/0/organizations/"_s, u"/api/0/organizations/nope/"_s}) {
        const Reply r = get(path);
        QVERIFY(!r.header("X-Sentry-Rate-Limit-Limit").isEmpty());
        QVERIFY(!r.header("X-Sentry-Rate-Limit-Remaining").isEmpty());
        QVERIFY(r.header("X-Sentry-Rate-Limit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    }
}

void TestFakeSentryServer::rateLimit_answers429WithSentryHeadersAndNoRetryAfter()
{
    FakeServerOptions options;
    options.rateLimitPerSecond = 3;
    options.concurrentLimit = 5;
    start(options);
    // A burst at once lands in one 1 s window, unless it straddles a boundary: then try again.
    int limited = 0;
    for (int attempt = 0; attempt < 3 && limited == 0; ++attempt) {
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest req(m_server->url().resolved(QUrl(u"/api/0/organizations/"_s)));
            req.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
            replies.append(m_nam.get(req));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 10000);
        for (QNetworkReply* r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QCOMPARE(r->rawHeader("X-Sentry-Rate-Limit-Limit"), QByteArray("3"));
            QCOMPARE(r->rawHeader("X-Sentry-Rate-Limit-ConcurrentLimit"), QByteArray("5"));
            QVERIFY(status == 200 || status == 429);
            if (status == 429) {
                ++limited;
                QVERIFY(!r->hasRawHeader("Retry-After"));
                QCOMPARE(r->rawHeader("X-Sentry-Rate-Limit-Remaining"), QByteArray("0"));
                // Sentry's middleware answers with a bare JSON string (CONTRACT §0b.9).
                QCOMPARE(r->readAll(), QByteArray(R"("You are attempting to use this endpoint too frequently. Limit is 3 requests in 1 seconds")"));
            }
            r->deleteLater();
        }
        QVERIFY2(limited <= 3, qPrintable(QString::number(limited)));
    }
    QVERIFY(limited >= 1);
}

void TestFakeSentryServer::failRate_answers500DeterministicallyWithRequestId()
{
    FakeServerOptions options;
    options.failRate = 0.5;
    start(options);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const Reply r = get(u"/api/0/organizations/"_s);
        statuses.append(r.status);
        if (r.status == 500) {
            QVERIFY(!r.object().value(u"errorId"_s).toString().isEmpty());
            QCOMPARE(r.header("X-Sentry-Request-Id"), r.object().value(u"errorId"_s).toString().toUtf8());
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 500, 200, 500}));
}

void TestFakeSentryServer::latency_delaysRepliesWithoutBlockingTheEventLoop()
{
    FakeServerOptions options;
    options.latencyMs = 300;
    start(options);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest req(m_server->url().resolved(QUrl(u"/api/0/organizations/acme-corp/projects/"_s)));
        req.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
        replies.append(m_nam.get(req));
    }
    // While replies are held back, the loop keeps running: all four are held at once (parallel,
    // not serial; a blocking delay would never let a second one in).
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 4, 5000);
    QVERIFY(std::none_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed))); // the latency was applied
    for (QNetworkReply* r : replies) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();
    }
}

void TestFakeSentryServer::scopes_forbidWritesNeedingAMissingScope()
{
    FakeServerOptions options;
    options.scopes = {u"org:read"_s, u"project:read"_s, u"alerts:read"_s};
    start(options);
    const Reply put = request("PUT", u"/api/0/projects/acme-corp/payment-api/ownership/"_s,
                              QJsonObject{{u"fallthrough"_s, true}});
    QCOMPARE(put.status, 403);
    QCOMPARE(put.object().value(u"detail"_s).toString(), u"You do not have permission to perform this action."_s);
    const Reply wf = request("POST", u"/api/0/organizations/acme-corp/workflows/"_s, QJsonObject{{u"name"_s, u"x"_s}});
    QCOMPARE(wf.status, 403);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/workflows/"_s).status, 200);
    // Without project:write only `raw` may be sent (Sentry's rule).
    const Reply rawOnly = request("PUT", u"/api/0/projects/acme-corp/billing-worker/ownership/"_s,
                                  QJsonObject{{u"raw"_s, u"* #payments"_s}});
    QCOMPARE(rawOnly.status, 200);
}

void TestFakeSentryServer::demoSeed_hasTheDeliberateTierGaps()
{
    const QJsonArray detectors = get(u"/api/0/organizations/acme-corp/detectors/?project=-1&per_page=100"_s).array();
    QStringList detectorNames = names(detectors, u"name"_s);
    QVERIFY(detectorNames.contains(u"[P0] errors > 50/min (api-gateway)"_s));
    QVERIFY(!detectorNames.contains(u"[P0] errors > 50/min (billing-worker)"_s));
    QVERIFY(detectorNames.contains(u"[P0] crash-free < 95% (web-app)"_s));
    QVERIFY(!detectorNames.contains(u"[P0] crash-free < 95% (api-gateway)"_s));
    QString webAppErrorDetector;
    for (const QJsonValue& v : detectors) {
        const QJsonObject d = v.toObject();
        if (d.value(u"name"_s).toString() == u"[P2] p95 > 2s (payment-api)"_s) {
            const QJsonArray conditions = d.value(u"conditionGroup"_s).toObject().value(u"conditions"_s).toArray();
            QCOMPARE(conditions.at(0).toObject().value(u"comparison"_s).toDouble(), 3000.0);
            QCOMPARE(d.value(u"dataSources"_s).toArray().at(0).toObject().value(u"queryObj"_s).toObject()
                         .value(u"snubaQuery"_s).toObject().value(u"timeWindow"_s).toInt(), 300);
        }
        if (d.value(u"type"_s).toString() == u"error"_s && d.value(u"projectId"_s).toString() == u"4510006"_s)
            webAppErrorDetector = d.value(u"id"_s).toString();
    }
    QVERIFY(!webAppErrorDetector.isEmpty());
    const QJsonArray workflows = get(u"/api/0/organizations/acme-corp/workflows/"_s).array();
    for (const QJsonValue& v : workflows) {
        const QJsonObject w = v.toObject();
        const bool connected = w.value(u"detectorIds"_s).toArray().contains(webAppErrorDetector);
        if (w.value(u"name"_s).toString().startsWith(u"[P3]"_s))
            QVERIFY(!connected);
        if (w.value(u"name"_s).toString().startsWith(u"[P1]"_s))
            QVERIFY(connected);
    }
    QVERIFY(names(workflows, u"name"_s).contains(u"[P0] payments critical (PagerDuty)"_s));
    const QJsonObject auth = get(u"/api/0/projects/acme-corp/auth-service/ownership/"_s).object();
    QVERIFY(auth.value(u"raw"_s).toString().contains(u"#identity"_s));
}

void TestFakeSentryServer::ownershipPut_isPartialAndBumpsLastUpdated()
{
    const QJsonObject before = get(u"/api/0/projects/acme-corp/payment-api/ownership/"_s).object();
    const Reply put = request("PUT", u"/api/0/projects/acme-corp/payment-api/ownership/"_s,
                              QJsonObject{{u"fallthrough"_s, true}});
    QCOMPARE(put.status, 200);
    const QJsonObject after = get(u"/api/0/projects/acme-corp/payment-api/ownership/"_s).object();
    QCOMPARE(after.value(u"fallthrough"_s).toBool(), true);
    QCOMPARE(after.value(u"raw"_s), before.value(u"raw"_s));
    QCOMPARE(after.value(u"autoAssignment"_s), before.value(u"autoAssignment"_s));
    QVERIFY(after.value(u"lastUpdated"_s).toString() > before.value(u"lastUpdated"_s).toString());

    const Reply raw = request("PUT", u"/api/0/projects/acme-corp/payment-api/ownership/"_s,
                              QJsonObject{{u"raw"_s, u"module:com.acme.pay.* #payments sam.okafor@acme-corp.example"_s}});
    QCOMPARE(raw.status, 200);
    const QJsonArray rules = raw.object().value(u"schema"_s).toObject().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonObject rule = rules.first().toObject();
    QCOMPARE(rule.value(u"matcher"_s).toObject().value(u"type"_s).toString(), u"module"_s);
    QCOMPARE(rule.value(u"owners"_s).toArray().at(0).toObject(),
             (QJsonObject{{u"type"_s, u"team"_s}, {u"id"_s, u"4509002"_s}, {u"name"_s, u"payments"_s}}));
    QCOMPARE(rule.value(u"owners"_s).toArray().at(1).toObject().value(u"id"_s).toString(), u"3101"_s);

    const Reply cleared = request("PUT", u"/api/0/projects/acme-corp/payment-api/ownership/"_s, QJsonObject{{u"raw"_s, u""_s}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.object().value(u"raw"_s).isNull());
    QVERIFY(cleared.object().value(u"schema"_s).isNull());
}

void TestFakeSentryServer::ownershipPut_rejectsInvalidText_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("error");

    const auto rawError = [](const QString& message) { return QJsonObject{{u"raw"_s, QJsonArray{message}}}; };
    QTest::newRow("team without access") << u"billing-worker"_s << QJsonObject{{u"raw"_s, u"* #platform-eng"_s}}
                                         << rawError(u"Invalid rule owners: #platform-eng"_s);
    QTest::newRow("several, sorted") << u"billing-worker"_s
                                     << QJsonObject{{u"raw"_s, u"path:a/* nobody@acme.io #x\n* #payments"_s}}
                                     << rawError(u"Invalid rule owners: #x, nobody@acme.io"_s);
    QTest::newRow("user not on project") << u"billing-worker"_s << QJsonObject{{u"raw"_s, u"* lee.chen@acme-corp.example"_s}}
                                         << rawError(u"Invalid rule owners: lee.chen@acme-corp.example"_s);
    QTest::newRow("codeowners") << u"payment-api"_s << QJsonObject{{u"raw"_s, u"codeowners:src/* #payments"_s}}
                                << rawError(u"Codeowner type paths can only be added by importing CODEOWNER files"_s);
    QTest::newRow("too long") << u"payment-api"_s << QJsonObject{{u"raw"_s, QString(100001, u'x')}}
                              << rawError(u"Raw needs to be <= 100000 characters in length"_s);
    QTest::newRow("bad auto assignment") << u"payment-api"_s << QJsonObject{{u"autoAssignment"_s, u"Sometimes"_s}}
                                         << QJsonObject{{u"autoAssignment"_s, QJsonObject{{u"autoAssignment"_s, u"Invalid selection."_s}}}};
}

void TestFakeSentryServer::ownershipPut_rejectsInvalidText()
{
    QFETCH(QString, project);
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, error);
    const QString path = u"/api/0/projects/acme-corp/%1/ownership/"_s.arg(project);
    const QJsonObject before = get(path).object();
    const Reply r = request("PUT", path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object(), error);
    QCOMPARE(get(path).object(), before);
}

void TestFakeSentryServer::ownershipPut_acceptsTeamOnceAddedToProject()
{
    const QString path = u"/api/0/projects/acme-corp/billing-worker/ownership/"_s;
    const Reply parse = request("PUT", path, QJsonObject{{u"raw"_s, u"path:src/* #payments\npath:lonely"_s}});
    QCOMPARE(parse.status, 400);
    QVERIFY2(parse.object().value(u"raw"_s).toArray().at(0).toString().contains(u"(line 2, column"_s), parse.body);
    QCOMPARE(request("PUT", path, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}}).status, 400);
    const Reply add = request("POST", u"/api/0/projects/acme-corp/billing-worker/teams/platform-eng/"_s);
    QCOMPARE(add.status, 201);
    QCOMPARE(names(get(u"/api/0/projects/acme-corp/billing-worker/teams/"_s).array()),
             (QStringList{u"payments"_s, u"platform-eng"_s}));
    QCOMPARE(request("PUT", path, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}}).status, 200);
    QCOMPARE(request("DELETE", u"/api/0/projects/acme-corp/billing-worker/teams/platform-eng/"_s).status, 200);
    QCOMPARE(names(get(u"/api/0/teams/acme-corp/platform-eng/projects/"_s).array()).contains(u"billing-worker"_s), false);
}

void TestFakeSentryServer::detectorCreate_storesWriteShapeAsReadShapeAndLinksWorkflows_data()
{
    QTest::addColumn<bool>("snakeCase");
    QTest::newRow("snake_case") << true;
    QTest::newRow("camelCase") << false;
}

void TestFakeSentryServer::detectorCreate_storesWriteShapeAsReadShapeAndLinksWorkflows()
{
    QFETCH(bool, snakeCase);
    const auto key = [&](const QString& camel, const QString& snake) { return snakeCase ? snake : camel; };
    const QJsonObject body{
        {u"name"_s, u"[P0] errors > 50/min (billing-worker)"_s},
        {u"type"_s, u"metric_issue"_s},
        {key(u"dataSources"_s, u"data_sources"_s),
         QJsonArray{QJsonObject{{u"aggregate"_s, u"count()"_s}, {u"dataset"_s, u"events"_s}, {u"query"_s, u""_s},
                                {u"queryType"_s, 0}, {u"timeWindow"_s, 60}, {u"environment"_s, u"production"_s},
                                {u"eventTypes"_s, QJsonArray{u"error"_s}}}}},
        {key(u"conditionGroup"_s, u"condition_group"_s),
         QJsonObject{{u"logicType"_s, u"any"_s},
                     {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"gt"_s}, {u"comparison"_s, 50}, {u"conditionResult"_s, 75}},
                                                  QJsonObject{{u"type"_s, u"lte"_s}, {u"comparison"_s, 50}, {u"conditionResult"_s, 0}}}}}},
        {u"config"_s, QJsonObject{{u"detectionType"_s, u"static"_s}}},
        {key(u"workflowIds"_s, u"workflow_ids"_s), QJsonArray{610004}},
        {u"owner"_s, u"team:4509002"_s}};
    const Reply r = request("POST", u"/api/0/organizations/acme-corp/projects/billing-worker/detectors/"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject d = r.object();
    QCOMPARE(d.value(u"projectId"_s).toString(), u"4510005"_s);
    QCOMPARE(d.value(u"workflowIds"_s).toArray(), QJsonArray{u"610004"_s});
    QCOMPARE(d.value(u"owner"_s).toObject().value(u"name"_s).toString(), u"payments"_s);
    const QJsonObject source = d.value(u"dataSources"_s).toArray().first().toObject();
    QCOMPARE(source.value(u"type"_s).toString(), u"snuba_query_subscription"_s);
    const QJsonObject snuba = source.value(u"queryObj"_s).toObject().value(u"snubaQuery"_s).toObject();
    QCOMPARE(snuba.value(u"aggregate"_s).toString(), u"count()"_s);
    QCOMPARE(snuba.value(u"timeWindow"_s).toInt(), 60);
    QCOMPARE(snuba.value(u"eventTypes"_s).toArray(), QJsonArray{u"error"_s});
    QVERIFY(!snuba.value(u"id"_s).toString().isEmpty());
    const QJsonArray conditions = d.value(u"conditionGroup"_s).toObject().value(u"conditions"_s).toArray();
    QCOMPARE(conditions.size(), 2);
    QVERIFY(!conditions.at(0).toObject().value(u"id"_s).toString().isEmpty());

    const QString id = d.value(u"id"_s).toString();
    QCOMPARE(get(u"/api/0/organizations/acme-corp/detectors/%1/"_s.arg(id)).object(), d);
    const QJsonObject workflow = get(u"/api/0/organizations/acme-corp/workflows/610004/"_s).object();
    QVERIFY(workflow.value(u"detectorIds"_s).toArray().contains(id));

    const Reply missing = request("POST", u"/api/0/organizations/acme-corp/projects/billing-worker/detectors/"_s,
                                  QJsonObject{{u"type"_s, u"metric_issue"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object(), (QJsonObject{{u"name"_s, QJsonArray{u"This field is required."_s}}}));
}

void TestFakeSentryServer::detectorUpdateAndDelete_areVisibleOnReads()
{
    const QString path = u"/api/0/organizations/acme-corp/detectors/720304/"_s; // payment-api p95
    const QJsonObject before = get(path).object();
    QCOMPARE(before.value(u"name"_s).toString(), u"[P2] p95 > 2s (payment-api)"_s);
    // name and type as read: the official schema requires both, even though Sentry's PUT is partial.
    const Reply put = request("PUT", path,
                              QJsonObject{{u"name"_s, before.value(u"name"_s)}, {u"type"_s, before.value(u"type"_s)},
                                          {u"condition_group"_s,
                                           QJsonObject{{u"logicType"_s, u"any"_s},
                                                       {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"gt"_s}, {u"comparison"_s, 2000}, {u"conditionResult"_s, 75}},
                                                                                    QJsonObject{{u"type"_s, u"lte"_s}, {u"comparison"_s, 2000}, {u"conditionResult"_s, 0}}}}}}});
    QCOMPARE(put.status, 200);
    const QJsonObject after = get(path).object();
    QCOMPARE(after.value(u"conditionGroup"_s).toObject().value(u"conditions"_s).toArray().at(0).toObject()
                 .value(u"comparison"_s).toInt(), 2000);
    QCOMPARE(after.value(u"dataSources"_s), before.value(u"dataSources"_s)); // untouched keys stay
    QCOMPARE(after.value(u"workflowIds"_s), before.value(u"workflowIds"_s));
    QVERIFY(after.value(u"dateUpdated"_s).toString() > before.value(u"dateUpdated"_s).toString());

    QCOMPARE(request("DELETE", path).status, 204);
    QCOMPARE(get(path).status, 404);
    const QJsonObject p2 = get(u"/api/0/organizations/acme-corp/workflows/610006/"_s).object();
    QVERIFY(!p2.value(u"detectorIds"_s).toArray().contains(u"720304"_s));
}

void TestFakeSentryServer::workflowCreate_linksDetectorsBothWays()
{
    const QJsonObject body{
        {u"name"_s, u"[P3] new issue in staging (web-app)"_s},
        {u"detector_ids"_s, QJsonArray{720006}},
        {u"environment"_s, u"staging"_s},
        {u"config"_s, QJsonObject{{u"frequency"_s, 60}}},
        {u"triggers"_s, QJsonObject{{u"logicType"_s, u"any-short"_s},
                                    {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"first_seen_event"_s}, {u"comparison"_s, true}, {u"conditionResult"_s, true}}}}}},
        {u"action_filters"_s,
         QJsonArray{QJsonObject{{u"logicType"_s, u"all"_s}, {u"conditions"_s, QJsonArray()},
                                {u"actions"_s, QJsonArray{QJsonObject{{u"type"_s, u"slack"_s}, {u"integrationId"_s, u"131001"_s},
                                                                      {u"data"_s, QJsonObject{{u"tags"_s, u"environment,level"_s}}},
                                                                      {u"config"_s, QJsonObject{{u"targetType"_s, u"specific"_s},
                                                                                                {u"targetIdentifier"_s, u"C07ALRTSTG0"_s},
                                                                                                {u"targetDisplay"_s, u"#alerts-staging"_s}}}}}}}}}};
    const Reply r = request("POST", u"/api/0/organizations/acme-corp/workflows/"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject w = r.object();
    QCOMPARE(w.value(u"detectorIds"_s).toArray(), QJsonArray{u"720006"_s});
    const QJsonObject action = w.value(u"actionFilters"_s).toArray().first().toObject().value(u"actions"_s).toArray().first().toObject();
    QCOMPARE(action.value(u"config"_s).toObject().value(u"targetIdentifier"_s).toString(), u"C07ALRTSTG0"_s);
    QVERIFY(!action.value(u"id"_s).toString().isEmpty());
    const QString id = w.value(u"id"_s).toString();
    QVERIFY(get(u"/api/0/organizations/acme-corp/detectors/720006/"_s).object().value(u"workflowIds"_s).toArray().contains(id));

    // Replacing the detectors of a workflow unlinks the old ones on the detector side too.
    QCOMPARE(request("PUT", u"/api/0/organizations/acme-corp/workflows/%1/"_s.arg(id),
                     QJsonObject{{u"name"_s, w.value(u"name"_s)}, {u"detectorIds"_s, QJsonArray{720007}}}).status, 200);
    QVERIFY(!get(u"/api/0/organizations/acme-corp/detectors/720006/"_s).object().value(u"workflowIds"_s).toArray().contains(id));
    QVERIFY(get(u"/api/0/organizations/acme-corp/detectors/720007/"_s).object().value(u"workflowIds"_s).toArray().contains(id));
    QCOMPARE(request("DELETE", u"/api/0/organizations/acme-corp/workflows/%1/"_s.arg(id)).status, 204);
    QVERIFY(!get(u"/api/0/organizations/acme-corp/detectors/720007/"_s).object().value(u"workflowIds"_s).toArray().contains(id));
}

void TestFakeSentryServer::workflowCreate_rejectsInvalidBodiesWithFieldErrors()
{
    const Reply noName = request("POST", u"/api/0/organizations/acme-corp/workflows/"_s, QJsonObject{{u"enabled"_s, true}});
    QCOMPARE(noName.status, 400);
    QVERIFY(noName.object().contains(u"name"_s));
    const Reply badFrequency = request("POST", u"/api/0/organizations/acme-corp/workflows/"_s,
                                       QJsonObject{{u"name"_s, u"x"_s}, {u"config"_s, QJsonObject{{u"frequency"_s, 7}}}});
    QCOMPARE(badFrequency.status, 400);
    QVERIFY(badFrequency.object().contains(u"config"_s));
    const Reply badDetector = request("POST", u"/api/0/organizations/acme-corp/workflows/"_s,
                                      QJsonObject{{u"name"_s, u"x"_s}, {u"detector_ids"_s, QJsonArray{u"1"_s}}});
    QCOMPARE(badDetector.status, 400);
    QVERIFY(badDetector.object().contains(u"detectorIds"_s));
}

void TestFakeSentryServer::detectorAndWorkflowLists_honourProjectQueryAndSortBy()
{
    const QJsonArray byProject = get(u"/api/0/organizations/acme-corp/detectors/?project=4510004"_s).array();
    QCOMPARE(byProject.size(), 5); // error, issue_stream, P0 errors, p95, apdex
    const QJsonArray bySlug = get(u"/api/0/organizations/acme-corp/detectors/?project=payment-api&query=type:error"_s).array();
    QCOMPARE(bySlug.size(), 1);
    QCOMPARE(bySlug.first().toObject().value(u"id"_s).toString(), u"720004"_s);
    const QJsonArray byText = get(u"/api/0/organizations/acme-corp/detectors/?project=-1&query=crash-free"_s).array();
    QCOMPARE(names(byText, u"name"_s), (QStringList{u"[P0] crash-free < 95% (web-app)"_s, u"[P0] crash-free < 95% (mobile-app)"_s}));
    const QJsonArray sorted = get(u"/api/0/organizations/acme-corp/detectors/?project=-1&query=crash-free&sortBy=-name"_s).array();
    QCOMPARE(names(sorted, u"name"_s), (QStringList{u"[P0] crash-free < 95% (web-app)"_s, u"[P0] crash-free < 95% (mobile-app)"_s}));
    const QJsonArray sortedAsc = get(u"/api/0/organizations/acme-corp/detectors/?project=-1&query=crash-free&sortBy=name"_s).array();
    QCOMPARE(names(sortedAsc, u"name"_s), (QStringList{u"[P0] crash-free < 95% (mobile-app)"_s, u"[P0] crash-free < 95% (web-app)"_s}));

    const QJsonArray wfBilling = get(u"/api/0/organizations/acme-corp/workflows/?project=billing-worker"_s).array();
    QCOMPARE(names(wfBilling, u"name"_s), (QStringList{u"[P1] new or regressed issue in production (#alerts-prod)"_s,
                                                     u"[P3] new issue in staging (#alerts-staging)"_s,
                                                     u"[P2] performance (#alerts-perf)"_s}));
    const QJsonArray wfQuery = get(u"/api/0/organizations/acme-corp/workflows/?query=PagerDuty&sortBy=-name"_s).array();
    QCOMPARE(names(wfQuery, u"name"_s), (QStringList{u"[P0] platform-eng critical (PagerDuty)"_s,
                                                   u"[P0] payments critical (PagerDuty)"_s,
                                                   u"[P0] frontend critical (PagerDuty)"_s}));
}

void TestFakeSentryServer::projectEvents_matchOwnershipRules()
{
    const Reply r = get(u"/api/0/projects/acme-corp/payment-api/events/?full=true&per_page=40"_s);
    QCOMPARE(r.status, 200);
    int inPayments = 0;
    for (const QJsonValue& v : r.array()) {
        const QJsonObject e = v.toObject();
        QVERIFY(!e.value(u"eventID"_s).toString().isEmpty());
        const QJsonArray entries = e.value(u"entries"_s).toArray();
        QCOMPARE(entries.at(0).toObject().value(u"type"_s).toString(), u"exception"_s);
        const QJsonArray frames = entries.at(0).toObject().value(u"data"_s).toObject().value(u"values"_s).toArray().at(0)
                                      .toObject().value(u"stacktrace"_s).toObject().value(u"frames"_s).toArray();
        if (frames.last().toObject().value(u"filename"_s).toString().startsWith(u"src/payments/"_s))
            ++inPayments;
    }
    QVERIFY(inPayments >= 5);
    QCOMPARE(get(u"/api/0/projects/acme-corp/payment-api/events/?full=true"_s).body, r.body); // deterministic
}

void TestFakeSentryServer::legacyMode_servesRulesOnlyWithDeprecationHeaders()
{
    FakeServerOptions options;
    options.legacyAlerts = true;
    start(options);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/workflows/"_s).status, 404);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/detectors/"_s).status, 404);
    const Reply rules = get(u"/api/0/projects/acme-corp/api-gateway/rules/"_s);
    QCOMPARE(rules.status, 200);
    QCOMPARE(names(rules.array(), u"name"_s), (QStringList{u"P1 - new or regressed issue in production (#alerts-prod)"_s,
                                                         u"P3 - new issue in staging (#alerts-staging)"_s}));
    QCOMPARE(rules.header("X-Sentry-Deprecation-Date"), QByteArray("2026-05-14T00:00:00+00:00"));
    QCOMPARE(rules.header("X-Sentry-Replacement-Endpoint"), QByteArray("/api/0/organizations/acme-corp/workflows/"));
    QCOMPARE(get(u"/api/0/projects/acme-corp/web-app/rules/"_s).array().size(), 1); // P3 gap
    const Reply metric = get(u"/api/0/organizations/acme-corp/alert-rules/?per_page=100"_s);
    QCOMPARE(metric.status, 200);
    QStringList metricNames = names(metric.array(), u"name"_s);
    QVERIFY(metricNames.contains(u"P0 - errors > 50/min (api-gateway, prod)"_s));
    QVERIFY(!metricNames.contains(u"P0 - errors > 50/min (billing-worker, prod)"_s));
    QVERIFY(!metric.header("X-Sentry-Replacement-Endpoint").isEmpty());
}

void TestFakeSentryServer::legacyWrites_roundTrip()
{
    FakeServerOptions legacy;
    legacy.legacyAlerts = true; // sentry.io answers these routes 410 now; older self-hosted still serves them
    start(legacy);
    const QJsonObject rule{{u"name"_s, u"P1 - new or regressed issue in production (#alerts-prod)"_s},
                          {u"frequency"_s, 30},
                          {u"actionMatch"_s, u"any"_s},
                          {u"environment"_s, u"production"_s},
                          {u"conditions"_s, QJsonArray{QJsonObject{{u"id"_s, u"sentry.rules.conditions.first_seen_event.FirstSeenEventCondition"_s}}}},
                          {u"actions"_s, QJsonArray{QJsonObject{{u"id"_s, u"sentry.integrations.slack.notify_action.SlackNotifyServiceAction"_s},
                                                                {u"workspace"_s, u"131001"_s}, {u"channel"_s, u"#alerts-prod"_s},
                                                                {u"channel_id"_s, u"C07ALRTPROD"_s}}}}};
    const Reply created = request("POST", u"/api/0/projects/acme-corp/web-app/rules/"_s, rule);
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QCOMPARE(created.object().value(u"projects"_s).toArray(), QJsonArray{u"web-app"_s});
    QJsonObject changed = rule;
    changed[u"frequency"_s] = 60;
    QCOMPARE(request("PUT", u"/api/0/projects/acme-corp/web-app/rules/%1/"_s.arg(id), changed).status, 200);
    QCOMPARE(get(u"/api/0/projects/acme-corp/web-app/rules/%1/"_s.arg(id)).object().value(u"frequency"_s).toInt(), 60);
    QJsonObject bad = rule;
    bad[u"frequency"_s] = 1;
    const Reply invalid = request("POST", u"/api/0/projects/acme-corp/web-app/rules/"_s, bad);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.object(), (QJsonObject{{u"frequency"_s, QJsonArray{u"Ensure this value is greater than or equal to 5."_s}}}));
    QCOMPARE(request("DELETE", u"/api/0/projects/acme-corp/web-app/rules/%1/"_s.arg(id)).status, 202);
    QCOMPARE(get(u"/api/0/projects/acme-corp/web-app/rules/%1/"_s.arg(id)).status, 404);

    const QJsonObject metric{{u"name"_s, u"P2 - p95 duration > 2000ms (billing-worker)"_s}, {u"aggregate"_s, u"p95(transaction.duration)"_s},
                            {u"timeWindow"_s, 5}, {u"projects"_s, QJsonArray{u"billing-worker"_s}}, {u"query"_s, u""_s},
                            {u"thresholdType"_s, 0}, {u"dataset"_s, u"transactions"_s}, {u"queryType"_s, 1},
                            {u"triggers"_s, QJsonArray{QJsonObject{{u"label"_s, u"critical"_s}, {u"alertThreshold"_s, 2000},
                                                                   {u"actions"_s, QJsonArray{QJsonObject{{u"type"_s, u"slack"_s}, {u"targetType"_s, u"specific"_s},
                                                                                                         {u"targetIdentifier"_s, u"#alerts-perf"_s},
                                                                                                         {u"inputChannelId"_s, u"C07ALRTPERF"_s},
                                                                                                         {u"integrationId"_s, 131001}}}}}}}};
    const Reply m = request("POST", u"/api/0/organizations/acme-corp/alert-rules/"_s, metric);
    QCOMPARE(m.status, 201);
    const QJsonObject trigger = m.object().value(u"triggers"_s).toArray().first().toObject();
    QCOMPARE(trigger.value(u"alertRuleId"_s).toString(), m.object().value(u"id"_s).toString());
    QVERIFY(!trigger.value(u"actions"_s).toArray().first().toObject().value(u"id"_s).toString().isEmpty());
    QCOMPARE(request("DELETE", u"/api/0/organizations/acme-corp/alert-rules/%1/"_s.arg(m.object().value(u"id"_s).toString())).status, 204);
}

void TestFakeSentryServer::brownout_answers410()
{
    FakeServerOptions options;
    options.legacyAlerts = true;
    options.brownout = true;
    start(options);
    for (const QString& path : {u"/api/0/projects/acme-corp/api-gateway/rules/"_s, u"/api/0/organizations/acme-corp/alert-rules/"_s}) {
        const Reply r = get(path);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.object(), (QJsonObject{{u"message"_s, u"This API no longer exists."_s}}));
        QVERIFY(!r.header("X-Sentry-Replacement-Endpoint").isEmpty());
    }
}

void TestFakeSentryServer::mutateObject_changesObjectBehindTheClientsBack()
{
    const QJsonObject before = get(u"/api/0/organizations/acme-corp/workflows/610001/"_s).object();
    QVERIFY(m_server->mutateObject(u"workflow"_s, u"610001"_s, QJsonObject{{u"config"_s, QJsonObject{{u"frequency"_s, 60}}}}));
    const QJsonObject after = get(u"/api/0/organizations/acme-corp/workflows/610001/"_s).object();
    QCOMPARE(after.value(u"config"_s).toObject().value(u"frequency"_s).toInt(), 60);
    QVERIFY(after.value(u"dateUpdated"_s).toString() > before.value(u"dateUpdated"_s).toString());
    QCOMPARE(m_server->object(u"workflow"_s, u"610001"_s), after);
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"web-app"_s, QJsonObject{{u"fallthrough"_s, true}}));
    QCOMPARE(get(u"/api/0/projects/acme-corp/web-app/ownership/"_s).object().value(u"fallthrough"_s).toBool(), true);
    QVERIFY(!m_server->mutateObject(u"detector"_s, u"1"_s, {}));
}

void TestFakeSentryServer::backDoor_overHttpMutatesAndListsRequests()
{
    m_server->clearRequestLog();
    get(u"/api/0/organizations/?owner=1"_s);
    const Reply mutate = request("POST", u"/__fake__/objects/detector/720101/"_s, QJsonObject{{u"enabled"_s, false}}, {});
    QCOMPARE(mutate.status, 200);
    QCOMPARE(mutate.object().value(u"enabled"_s).toBool(true), false);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/detectors/720101/"_s).object().value(u"enabled"_s).toBool(true), false);
    const Reply log = request("GET", u"/__fake__/requests"_s, {}, {});
    QCOMPARE(log.object().value(u"requests"_s).toArray().first().toString(), u"GET /api/0/organizations/?owner=1"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(request("POST", u"/__fake__/objects/detector/1/"_s, QJsonObject{}, {}).status, 404);
}

void TestFakeSentryServer::droppedConnection_appliesTheWriteButSendsNoAnswer()
{
    m_server->dropConnectionAfterNextWrites(1);
    // A raw socket: QNetworkAccessManager may resend a request whose connection closed unanswered.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->url().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"fallthrough": true})";
    socket.write("PUT /api/0/projects/acme-corp/web-app/ownership/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                 + m_server->token().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(m_server->object(u"ownership"_s, u"web-app"_s).value(u"fallthrough"_s).toBool(), true);
    // Only the next write: later writes answer again.
    QCOMPARE(request("PUT", u"/api/0/projects/acme-corp/web-app/ownership/"_s, QJsonObject{{u"fallthrough"_s, false}}).status, 200);
}

void TestFakeSentryServer::largeSeed_isDeterministicWithTeamsOfSeven()
{
    FakeServerOptions options;
    options.seed = u"large:30"_s;
    start(options);
    const QJsonArray projects = get(u"/api/0/organizations/acme-corp/projects/?per_page=100"_s).array();
    QCOMPARE(projects.size(), 30);
    QCOMPARE(get(u"/api/0/organizations/acme-corp/teams/"_s).array().size(), 5);
    const QJsonObject ownership = get(u"/api/0/projects/acme-corp/project-0001/ownership/"_s).object();
    QVERIFY(ownership.value(u"raw"_s).toString().startsWith(u"path:src/project-0001/** #team-001"_s));
    QCOMPARE(ownership.value(u"schema"_s).toObject().value(u"rules"_s).toArray().size(), 4);
    const QJsonArray detectors = get(u"/api/0/organizations/acme-corp/detectors/?project=project-0011"_s).array();
    QVERIFY(!names(detectors, u"name"_s).contains(u"[P0] errors > 50/min (project-0011)"_s)); // a deliberate gap
    FakeSentryServer again(options);
    QCOMPARE(again.object(u"detector"_s, u"10000000"_s), m_server->object(u"detector"_s, u"10000000"_s));
}

void TestFakeSentryServer::listen_refusesNonLoopbackAddresses()
{
    FakeSentryServer server;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refusing to listen"_s));
    QCOMPARE(server.listen(QHostAddress(QHostAddress::AnyIPv4), 0), quint16(0));
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0) != 0);
    QVERIFY(server.token().startsWith(u"sntryu_"_s));
}

QTEST_GUILESS_MAIN(TestFakeSentryServer)
#include "tst_fakesentryserver.moc"
