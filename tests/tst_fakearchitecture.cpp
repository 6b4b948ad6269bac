// SPDX-License-Identifier: MIT
// The fake Sentry's reference-architecture endpoints, on values (no sockets): shapes and the
// validation rules taken from Sentry's code and the OpenAPI document.
#include "fakesentryapi.h"
#include "fakeseed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

class TestFakeArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filters_listTheFiveIdsWithTheDemoGap();
    void filterPut_unknownIdIs404_nonBooleanIs400_elseNoContent();
    void keys_arePublicKeyIdsWithDsnAndRateLimit();
    void keyPut_withoutBrowserSdkVersionResetsIt();
    void keyPut_dropsRateLimitWithoutTheRateLimitsFeature();
    void keyPut_rejectsAWindowAboveADay();
    void projectPut_setsScrubbingFieldsAndValidatesThem();
    void projectPut_needsProjectWrite();
    void teamProjectCreate_makesDetectorsKeyAndHonoursDefaultRules();
    void teamProjectCreate_takenSlugIs409AndUnknownTeam404();
    void issueStreamDetector_refusesAPut_isConnectedFromTheWorkflow();
    void teamCreate_takenSlugIs409();
    void releases_filterByProjectNewestFirst();
    void artifactBundlesAndMonitors_areListedPerProject();
    void spikeProtection_postEnablesDeleteDisables();

private:
    FakeResponse call(const QByteArray& method, const QString& path, const QJsonValue& body = {},
                      const QString& query = {});
    FakeServerOptions m_options;
    std::unique_ptr<FakeSentryApi> m_api;
};

void TestFakeArchitecture::init()
{
    m_options = FakeServerOptions{};
    m_options.token = u"t"_s;
    m_api = std::make_unique<FakeSentryApi>(*buildFakeSeed(u"demo"_s), m_options);
    m_api->setBaseUrl(u"http://127.0.0.1:9999"_s);
}

void TestFakeArchitecture::cleanup()
{
    m_api.reset();
}

FakeResponse TestFakeArchitecture::call(const QByteArray& method, const QString& path, const QJsonValue& body,
                                        const QString& query)
{
    FakeRequest r;
    r.method = method;
    r.path = u"/api/0"_s + path;
    r.query = QUrlQuery(query);
    r.authorization = "Bearer t";
    if (body.isObject())
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        r.body = body.toString().toUtf8();
    return m_api->handle(r);
}

void TestFakeArchitecture::filters_listTheFiveIdsWithTheDemoGap()
{
    const FakeResponse ok = call("GET", u"/projects/acme-corp/api-gateway/filters/"_s);
    QCOMPARE(ok.status, 200);
    QStringList ids;
    for (const QJsonValue& f : ok.body.toArray())
        ids.append(f.toObject().value(u"id"_s).toString() + u'=' + (f.toObject().value(u"active"_s).toBool() ? u"on"_s : u"off"_s));
    QCOMPARE(ids, (QStringList{u"browser-extensions=off"_s, u"filtered-transaction=on"_s, u"legacy-browsers=off"_s,
                               u"localhost=off"_s, u"web-crawlers=off"_s}));
    const FakeResponse gap = call("GET", u"/projects/acme-corp/auth-service/filters/"_s);
    QVERIFY(gap.body.toArray().contains(QJsonObject{{u"id"_s, u"filtered-transaction"_s}, {u"active"_s, false}}));
}

void TestFakeArchitecture::filterPut_unknownIdIs404_nonBooleanIs400_elseNoContent()
{
    QCOMPARE(call("PUT", u"/projects/acme-corp/auth-service/filters/health-checks/"_s, QJsonObject{{u"active"_s, true}}).status, 404);
    const FakeResponse bad = call("PUT", u"/projects/acme-corp/auth-service/filters/filtered-transaction/"_s,
                                  QJsonObject{{u"active"_s, u"yes"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.body.toObject().value(u"active"_s).toArray().first().toString(), u"Must be a valid boolean."_s);
    QCOMPARE(call("PUT", u"/projects/acme-corp/auth-service/filters/filtered-transaction/"_s,
                  QJsonObject{{u"active"_s, true}}).status, 204);
    const FakeResponse after = call("GET", u"/projects/acme-corp/auth-service/filters/"_s);
    QVERIFY(after.body.toArray().contains(QJsonObject{{u"id"_s, u"filtered-transaction"_s}, {u"active"_s, true}}));
}

void TestFakeArchitecture::keys_arePublicKeyIdsWithDsnAndRateLimit()
{
    const FakeResponse list = call("GET", u"/projects/acme-corp/api-gateway/keys/"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.toArray().size(), 1);
    const QJsonObject key = list.body.toArray().first().toObject();
    QCOMPARE(key.value(u"id"_s), key.value(u"public"_s));
    QCOMPARE(key.value(u"rateLimit"_s).toObject(), (QJsonObject{{u"window"_s, 60}, {u"count"_s, 1000}}));
    const QString dsn = key.value(u"dsn"_s).toObject().value(u"public"_s).toString();
    QCOMPARE(dsn, u"http://%1@127.0.0.1:9999/4510001"_s.arg(key.value(u"public"_s).toString()));
    for (const QString& k : {u"secret"_s, u"csp"_s, u"security"_s, u"minidump"_s, u"nel"_s, u"unreal"_s, u"crons"_s,
                             u"cdn"_s, u"playstation"_s, u"integration"_s, u"otlp_traces"_s, u"otlp_logs"_s})
        QVERIFY2(key.value(u"dsn"_s).toObject().contains(k), qPrintable(k));
    QCOMPARE(call("GET", u"/projects/acme-corp/api-gateway/keys/%1/"_s.arg(key.value(u"public"_s).toString())).body.toObject(), key);
    QCOMPARE(call("GET", u"/projects/acme-corp/api-gateway/keys/nope/"_s).status, 404);
    QVERIFY(call("GET", u"/projects/acme-corp/payment-api/keys/"_s).body.toArray().first().toObject().value(u"rateLimit"_s).isNull());
}

void TestFakeArchitecture::keyPut_withoutBrowserSdkVersionResetsIt()
{
    const QString key = call("GET", u"/projects/acme-corp/web-app/keys/"_s).body.toArray().first().toObject().value(u"id"_s).toString();
    const QString path = u"/projects/acme-corp/web-app/keys/%1/"_s.arg(key);
    QCOMPARE(call("GET", path).body.toObject().value(u"browserSdkVersion"_s).toString(), u"7.x"_s);
    const FakeResponse sent = call("PUT", path, QJsonObject{{u"rateLimit"_s, QJsonObject{{u"window"_s, 60}, {u"count"_s, 500}}},
                                                            {u"browserSdkVersion"_s, u"7.x"_s}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.body.toObject().value(u"browserSdkVersion"_s).toString(), u"7.x"_s);
    QCOMPARE(sent.body.toObject().value(u"rateLimit"_s).toObject().value(u"count"_s).toInt(), 500);
    const FakeResponse forgot = call("PUT", path, QJsonObject{{u"rateLimit"_s, QJsonObject{{u"window"_s, 60}, {u"count"_s, 400}}}});
    QCOMPARE(forgot.body.toObject().value(u"browserSdkVersion"_s).toString(), u"latest"_s);
}

void TestFakeArchitecture::keyPut_dropsRateLimitWithoutTheRateLimitsFeature()
{
    const QString key = call("GET", u"/projects/acme-corp/mobile-app/keys/"_s).body.toArray().first().toObject().value(u"id"_s).toString();
    const FakeResponse r = call("PUT", u"/projects/acme-corp/mobile-app/keys/%1/"_s.arg(key),
                                QJsonObject{{u"rateLimit"_s, QJsonObject{{u"window"_s, 60}, {u"count"_s, 500}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.toObject().value(u"rateLimit"_s).isNull());
    QVERIFY(!call("GET", u"/projects/acme-corp/mobile-app/"_s).body.toObject().value(u"features"_s).toArray().contains(u"rate-limits"_s));
}

void TestFakeArchitecture::keyPut_rejectsAWindowAboveADay()
{
    const QString key = call("GET", u"/projects/acme-corp/payment-api/keys/"_s).body.toArray().first().toObject().value(u"id"_s).toString();
    const FakeResponse r = call("PUT", u"/projects/acme-corp/payment-api/keys/%1/"_s.arg(key),
                                QJsonObject{{u"rateLimit"_s, QJsonObject{{u"window"_s, 90000}, {u"count"_s, 5}}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.toObject().value(u"rateLimit"_s).toObject().contains(u"window"_s));
}

void TestFakeArchitecture::projectPut_setsScrubbingFieldsAndValidatesThem()
{
    QCOMPARE(call("GET", u"/projects/acme-corp/user-service/"_s).body.toObject().value(u"scrubIPAddresses"_s).toBool(), false);
    const FakeResponse ok = call("PUT", u"/projects/acme-corp/user-service/"_s, QJsonObject{{u"scrubIPAddresses"_s, true}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body.toObject().value(u"scrubIPAddresses"_s).toBool(), true);
    QCOMPARE(ok.body.toObject().value(u"sensitiveFields"_s).toArray().size(), 3); // untouched
    const FakeResponse notList = call("PUT", u"/projects/acme-corp/user-service/"_s, QJsonObject{{u"sensitiveFields"_s, u"cookie"_s}});
    QCOMPARE(notList.status, 400);
    QVERIFY(notList.body.toObject().contains(u"sensitiveFields"_s));
    const FakeResponse tooLong = call("PUT", u"/projects/acme-corp/user-service/"_s,
                                      QJsonObject{{u"sensitiveFields"_s, QJsonArray{QString(4001, u'x')}}});
    QCOMPARE(tooLong.body.toObject().value(u"sensitiveFields"_s).toArray().first().toString(), u"List of sensitive fields is too long."_s);
    QCOMPARE(call("PUT", u"/projects/acme-corp/user-service/"_s, QJsonObject{{u"dataScrubber"_s, 1}}).status, 400);
}

void TestFakeArchitecture::projectPut_needsProjectWrite()
{
    m_options.scopes = {u"project:read"_s, u"org:read"_s};
    QCOMPARE(call("PUT", u"/projects/acme-corp/user-service/"_s, QJsonObject{{u"scrubIPAddresses"_s, true}}).status, 403);
}

void TestFakeArchitecture::teamProjectCreate_makesDetectorsKeyAndHonoursDefaultRules()
{
    const int workflows = m_api->data().workflows.size();
    const FakeResponse r = call("POST", u"/teams/acme-corp/payments/projects/"_s,
                                QJsonObject{{u"name"_s, u"Ledger Worker"_s}, {u"platform"_s, u"python-celery"_s},
                                            {u"default_rules"_s, false}});
    QCOMPARE(r.status, 201);
    const QJsonObject p = r.body.toObject();
    QCOMPARE(p.value(u"slug"_s).toString(), u"ledger-worker"_s);
    QCOMPARE(p.value(u"teams"_s).toArray().first().toObject().value(u"slug"_s).toString(), u"payments"_s);
    QCOMPARE(m_api->data().workflows.size(), workflows); // default_rules: false → no default alert
    QStringList types;
    for (const QJsonObject& d : std::as_const(m_api->data().detectors)) {
        if (d.value(u"projectId"_s) == p.value(u"id"_s))
            types.append(d.value(u"type"_s).toString());
    }
    types.sort();
    QCOMPARE(types, (QStringList{u"error"_s, u"issue_stream"_s}));
    QCOMPARE(call("GET", u"/projects/acme-corp/ledger-worker/keys/"_s).body.toArray().size(), 1);

    const FakeResponse withRules = call("POST", u"/teams/acme-corp/payments/projects/"_s,
                                        QJsonObject{{u"name"_s, u"Ledger API"_s}, {u"slug"_s, u"ledger-api"_s}});
    QCOMPARE(withRules.status, 201);
    QCOMPARE(m_api->data().workflows.size(), workflows + 1);
    const FakeResponse badPlatform = call("POST", u"/teams/acme-corp/payments/projects/"_s,
                                          QJsonObject{{u"name"_s, u"X1"_s}, {u"platform"_s, u"cobol"_s}});
    QCOMPARE(badPlatform.body.toObject().value(u"platform"_s).toArray().first().toString(), u"Invalid platform"_s);
    QCOMPARE(call("POST", u"/teams/acme-corp/payments/projects/"_s, QJsonObject{{u"platform"_s, u"go"_s}}).status, 400);
}

void TestFakeArchitecture::issueStreamDetector_refusesAPut_isConnectedFromTheWorkflow()
{
    const QJsonObject p = call("POST", u"/teams/acme-corp/payments/projects/"_s,
                               QJsonObject{{u"name"_s, u"ledger-worker"_s}, {u"default_rules"_s, false}}).body.toObject();
    const FakeResponse found = call("GET", u"/organizations/acme-corp/detectors/"_s, {},
                                    u"project=%1&query=type:issue_stream"_s.arg(p.value(u"id"_s).toString()));
    QCOMPARE(found.body.toArray().size(), 1);
    const QString stream = found.body.toArray().first().toObject().value(u"id"_s).toString();
    const FakeResponse put = call("PUT", u"/organizations/acme-corp/detectors/%1/"_s.arg(stream),
                                  QJsonObject{{u"workflowIds"_s, QJsonArray{u"610001"_s}}});
    QCOMPARE(put.status, 400);
    QCOMPARE(put.body.toObject().value(u"type"_s).toArray().first().toString(), u"Detector type not compatible with detectors"_s);
    QVERIFY(m_api->data().workflowsOfDetector.value(stream.toLongLong()).isEmpty());
    // The workflow side connects it.
    QJsonObject workflow = call("GET", u"/organizations/acme-corp/workflows/610001/"_s).body.toObject();
    QJsonArray ids = workflow.value(u"detectorIds"_s).toArray();
    ids.append(stream);
    QCOMPARE(call("PUT", u"/organizations/acme-corp/workflows/610001/"_s, QJsonObject{{u"name"_s, workflow.value(u"name"_s)},
                                                                                    {u"detectorIds"_s, ids}}).status, 200);
    QVERIFY(m_api->data().workflowsOfDetector.value(stream.toLongLong()).contains(610001));
}

void TestFakeArchitecture::teamProjectCreate_takenSlugIs409AndUnknownTeam404()
{
    const int projects = m_api->data().projects.size();
    const FakeResponse taken = call("POST", u"/teams/acme-corp/payments/projects/"_s,
                                    QJsonObject{{u"name"_s, u"Payment API"_s}, {u"slug"_s, u"payment-api"_s}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.body.toObject().value(u"detail"_s).toString(), u"A project with this slug already exists."_s);
    const FakeResponse noTeam = call("POST", u"/teams/acme-corp/ghosts/projects/"_s, QJsonObject{{u"name"_s, u"x-api"_s}});
    QCOMPARE(noTeam.status, 404);
    QCOMPARE(noTeam.body.toObject().value(u"detail"_s).toString(), u"Team not found."_s);
    QCOMPARE(m_api->data().projects.size(), projects);
}

void TestFakeArchitecture::teamCreate_takenSlugIs409()
{
    QCOMPARE(call("POST", u"/organizations/acme-corp/teams/"_s, QJsonObject{{u"slug"_s, u"data-eng"_s}}).status, 201);
    const FakeResponse taken = call("POST", u"/organizations/acme-corp/teams/"_s, QJsonObject{{u"slug"_s, u"payments"_s}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.body.toObject().value(u"detail"_s).toString(), u"A team with this slug already exists."_s);
}

void TestFakeArchitecture::releases_filterByProjectNewestFirst()
{
    const FakeResponse one = call("GET", u"/organizations/acme-corp/releases/"_s, {}, u"project=4510002&per_page=1"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.body.toArray().size(), 1);
    const QJsonObject r = one.body.toArray().first().toObject();
    QCOMPARE(r.value(u"projects"_s).toArray().first().toObject().value(u"slug"_s).toString(), u"auth-service"_s);
    const FakeResponse all = call("GET", u"/organizations/acme-corp/releases/"_s, {}, u"project=4510002"_s);
    QCOMPARE(all.body.toArray().size(), 2);
    QVERIFY(all.body.toArray().at(0).toObject().value(u"dateCreated"_s).toString()
            > all.body.toArray().at(1).toObject().value(u"dateCreated"_s).toString());
}

void TestFakeArchitecture::artifactBundlesAndMonitors_areListedPerProject()
{
    QCOMPARE(call("GET", u"/projects/acme-corp/web-app/files/artifact-bundles/"_s).body.toArray().size(), 1);
    QCOMPARE(call("GET", u"/projects/acme-corp/api-gateway/files/artifact-bundles/"_s).body.toArray().size(), 0);
    QCOMPARE(call("GET", u"/organizations/acme-corp/monitors/"_s, {}, u"project=4510005"_s).body.toArray().size(), 0);
    QCOMPARE(call("GET", u"/organizations/acme-corp/monitors/"_s, {}, u"project=4510001"_s).body.toArray().size(), 1);
    const FakeResponse bad = call("POST", u"/organizations/acme-corp/monitors/"_s,
                                  QJsonObject{{u"name"_s, u"billing heartbeat"_s}, {u"project"_s, u"billing-worker"_s},
                                              {u"config"_s, QJsonObject{{u"schedule_type"_s, u"weekly"_s}, {u"schedule"_s, u"x"_s}}}});
    QCOMPARE(bad.status, 400);
    const FakeResponse made = call("POST", u"/organizations/acme-corp/monitors/"_s,
                                   QJsonObject{{u"name"_s, u"billing heartbeat"_s}, {u"project"_s, u"billing-worker"_s},
                                               {u"config"_s, QJsonObject{{u"schedule_type"_s, u"crontab"_s}, {u"schedule"_s, u"*/10 * * * *"_s},
                                                                         {u"checkin_margin"_s, 5}, {u"max_runtime"_s, 30}}}});
    QCOMPARE(made.status, 201);
    QCOMPARE(made.body.toObject().value(u"slug"_s).toString(), u"billing-heartbeat"_s);
    QCOMPARE(call("GET", u"/organizations/acme-corp/monitors/billing-heartbeat/"_s).status, 200);
}

void TestFakeArchitecture::spikeProtection_postEnablesDeleteDisables()
{
    const auto disabled = [this](const QString& slug) {
        return call("GET", u"/projects/acme-corp/%1/"_s.arg(slug)).body.toObject().value(u"options"_s).toObject()
            .value(u"quotas:spike-protection-disabled"_s).toBool();
    };
    QVERIFY(disabled(u"api-gateway"_s));
    QCOMPARE(call("POST", u"/organizations/acme-corp/spike-protections/"_s, QJsonObject{{u"projects"_s, QJsonArray{u"api-gateway"_s}}}).status, 201);
    QVERIFY(!disabled(u"api-gateway"_s));
    QCOMPARE(call("DELETE", u"/organizations/acme-corp/spike-protections/"_s, QJsonObject{{u"projects"_s, QJsonArray{u"$all"_s}}}).status, 200);
    QVERIFY(disabled(u"web-app"_s));
    QCOMPARE(call("POST", u"/organizations/acme-corp/spike-protections/"_s, QJsonObject{}).status, 400);
}

QTEST_GUILESS_MAIN(TestFakeArchitecture)
#include "tst_fakearchitecture.moc"
