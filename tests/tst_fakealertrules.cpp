// SPDX-License-Identifier: MIT
// The fake server's alert-write rules that come from Sentry's validators (CONTRACT §0b.2–6), on
// FakeSentryApi values: no sockets needed to see what the server accepts and stores.
#include "fakesentryapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {

const QString kOrg = u"/api/0/organizations/acme-corp/"_s;

QJsonObject source(const QString& dataset, const QString& aggregate, int window, const QJsonValue& queryType,
                   const QStringList& eventTypes, const QString& query = {})
{
    QJsonObject s{{u"dataset"_s, dataset}, {u"aggregate"_s, aggregate}, {u"timeWindow"_s, window},
                  {u"query"_s, query}, {u"environment"_s, u"production"_s},
                  {u"eventTypes"_s, QJsonArray::fromStringList(eventTypes)}};
    if (!queryType.isUndefined())
        s.insert(u"queryType"_s, queryType);
    return s;
}

QJsonObject conditionGroup(const QString& type, const QString& resolve, double threshold)
{
    return {{u"logicType"_s, u"any"_s},
            {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, type}, {u"comparison"_s, threshold}, {u"conditionResult"_s, 75}},
                                         QJsonObject{{u"type"_s, resolve}, {u"comparison"_s, threshold}, {u"conditionResult"_s, 0}}}}};
}

QJsonObject detectorBody(const QJsonObject& dataSource)
{
    return {{u"name"_s, u"[P2] p95 > 2s (billing-worker)"_s},
            {u"type"_s, u"metric_issue"_s},
            {u"dataSources"_s, QJsonArray{dataSource}},
            {u"conditionGroup"_s, conditionGroup(u"gt"_s, u"lte"_s, 2000)}};
}

QJsonObject slackAction(const QJsonValue& identifier, const QJsonValue& display)
{
    return {{u"type"_s, u"slack"_s}, {u"integrationId"_s, u"131001"_s}, {u"data"_s, QJsonObject()},
            {u"config"_s, QJsonObject{{u"targetType"_s, u"specific"_s}, {u"targetIdentifier"_s, identifier},
                                      {u"targetDisplay"_s, display}}}};
}

QStringList actionIdsOf(const QJsonObject& workflow)
{
    QStringList ids;
    for (const QJsonValue& f : workflow.value(u"actionFilters"_s).toArray())
        for (const QJsonValue& a : f.toObject().value(u"actions"_s).toArray())
            ids.append(a.toObject().value(u"id"_s).toString());
    return ids;
}

} // namespace

class TestFakeAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void detectorCreate_rejectsTransactionDatasets_data();
    void detectorCreate_rejectsTransactionDatasets();
    void detectorCreate_acceptsTransactionDatasetsOnOlderSelfHosted();
    void detectorCreate_checksSpanQueryTypeAndWindow_data();
    void detectorCreate_checksSpanQueryTypeAndWindow();
    void detectorUpdate_rejectsQueryEditsOfTransactionDetectorsOnly();
    void slackAction_isValidatedAgainstTheWorkspaceChannels_data();
    void slackAction_isValidatedAgainstTheWorkspaceChannels();
    void slackAction_withEmptyIdIsResolvedByNameAndStoredWithTheRealId();
    void workflowPut_keepsRowsNamedByIdAndReplacesTheRest();
    void workflowPut_isNotPartial();
    void workflowPut_rejectsIdsOfAnotherWorkflow();
    void demoSeed_everyProjectHasBothDefaultDetectors();
    void demoSeed_connectsIssueWorkflowsThroughBothDefaultDetectors();
    void demoSeed_hasAProjectWhoseP2IsInTheSpanForm();
    void linkIds_snakeCaseIsIgnoredBefore2026_04_data();
    void linkIds_snakeCaseIsIgnoredBefore2026_04();

private:
    void start(FakeServerOptions options = {});
    FakeResponse request(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    FakeServerOptions m_options;
    std::unique_ptr<FakeSentryApi> m_api;
};

void TestFakeAlertRules::init()
{
    start();
}

void TestFakeAlertRules::start(FakeServerOptions options)
{
    options.token = u"test-token"_s;
    m_options = options;
    m_api = std::make_unique<FakeSentryApi>(*buildFakeSeed(u"demo"_s), m_options);
    m_api->setBaseUrl(u"http://127.0.0.1:1"_s);
}

FakeResponse TestFakeAlertRules::request(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    FakeRequest r;
    r.method = method;
    r.path = path;
    r.authorization = "Bearer test-token";
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_api->handle(r);
}

void TestFakeAlertRules::detectorCreate_rejectsTransactionDatasets_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::newRow("transactions") << u"transactions"_s;
    QTest::newRow("generic_metrics") << u"generic_metrics"_s;
}

void TestFakeAlertRules::detectorCreate_rejectsTransactionDatasets()
{
    QFETCH(QString, dataset);
    const FakeResponse r = request("POST", kOrg + u"projects/billing-worker/detectors/"_s,
                                   detectorBody(source(dataset, u"p95(transaction.duration)"_s, 300, 1, {u"transaction"_s})));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body.toArray(),
             QJsonArray{u"Creation of transaction-based alerts is disabled, as we migrate to the span dataset. Create "
                        "span-based alerts (dataset: events_analytics_platform) with the is_transaction:true filter instead."_s});
}

void TestFakeAlertRules::detectorCreate_acceptsTransactionDatasetsOnOlderSelfHosted()
{
    FakeServerOptions options;
    options.allowTransactionAlerts = true;
    start(options);
    const FakeResponse r = request("POST", kOrg + u"projects/billing-worker/detectors/"_s,
                                   detectorBody(source(u"transactions"_s, u"p95(transaction.duration)"_s, 300, 1, {u"transaction"_s})));
    QCOMPARE(r.status, 201);
}

void TestFakeAlertRules::detectorCreate_checksSpanQueryTypeAndWindow_data()
{
    QTest::addColumn<QJsonValue>("queryType");
    QTest::addColumn<int>("window");
    QTest::addColumn<QStringList>("eventTypes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QStringList span{u"trace_item_span"_s};
    QTest::newRow("PERFORMANCE") << QJsonValue(1) << 300 << span << 201 << QString();
    QTest::newRow("query type from the dataset") << QJsonValue() << 3600 << span << 201 << QString();
    QTest::newRow("ERROR") << QJsonValue(0) << 300 << span << 400
                           << u"Invalid dataset for this query type. Valid datasets are ['events']"_s;
    QTest::newRow("CRASH_RATE") << QJsonValue(2) << 300 << span << 400
                                << u"Invalid dataset for this query type. Valid datasets are ['metrics']"_s;
    QTest::newRow("unknown type") << QJsonValue(7) << 300 << span << 400 << u"Invalid query type 7"_s;
    QTest::newRow("1 minute") << QJsonValue(1) << 60 << span << 400
                              << u"Invalid Time Window: Time window for this alert type must be at least 5 minutes."_s;
    QTest::newRow("two event types") << QJsonValue(1) << 300 << QStringList{u"trace_item_span"_s, u"transaction"_s} << 400
                                     << u"Multiple event types not allowed. Valid event types are ['trace_item_log', 'trace_item_span', 'transaction']"_s;
}

void TestFakeAlertRules::detectorCreate_checksSpanQueryTypeAndWindow()
{
    QFETCH(QJsonValue, queryType);
    QFETCH(int, window);
    QFETCH(QStringList, eventTypes);
    QFETCH(int, status);
    QFETCH(QString, error);
    const FakeResponse r = request("POST", kOrg + u"projects/billing-worker/detectors/"_s,
                                   detectorBody(source(u"events_analytics_platform"_s, u"p95(span.duration)"_s, window,
                                                       queryType, eventTypes, u"is_transaction:1"_s)));
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.body.toObject(), (QJsonObject{{u"dataSources"_s, QJsonArray{error}}}));
    else
        QCOMPARE(r.body.toObject().value(u"dataSources"_s).toArray().first().toObject().value(u"queryObj"_s).toObject()
                     .value(u"snubaQuery"_s).toObject().value(u"dataset"_s).toString(), u"events_analytics_platform"_s);
}

void TestFakeAlertRules::detectorUpdate_rejectsQueryEditsOfTransactionDetectorsOnly()
{
    const QString path = kOrg + u"detectors/720304/"_s; // payment-api p95, transactions
    // Sentry rejects only what touches the query (is_editing_transaction_dataset)…
    const FakeResponse query = request("PUT", path, QJsonObject{{u"data_sources"_s, QJsonArray{
        source(u"transactions"_s, u"p95(transaction.duration)"_s, 600, 1, {u"transaction"_s})}}});
    QCOMPARE(query.status, 400);
    QVERIFY(query.body.toArray().first().toString().startsWith(u"Updates to transaction-based alerts is disabled"_s));
    // …the same source sent back unchanged passes, and so does a new threshold.
    const FakeResponse same = request("PUT", path, QJsonObject{{u"data_sources"_s, QJsonArray{
        source(u"transactions"_s, u"p95(transaction.duration)"_s, 300, 1, {u"transaction"_s})}}});
    QCOMPARE(same.status, 200);
    const FakeResponse threshold = request("PUT", path, QJsonObject{{u"condition_group"_s, conditionGroup(u"gt"_s, u"lte"_s, 2000)}});
    QCOMPARE(threshold.status, 200);

    FakeServerOptions options;
    options.allowTransactionAlerts = true;
    start(options);
    QCOMPARE(request("PUT", path, QJsonObject{{u"data_sources"_s, QJsonArray{
        source(u"transactions"_s, u"p95(transaction.duration)"_s, 600, 1, {u"transaction"_s})}}}).status, 200);
}

void TestFakeAlertRules::slackAction_isValidatedAgainstTheWorkspaceChannels_data()
{
    QTest::addColumn<QJsonValue>("identifier");
    QTest::addColumn<QJsonValue>("display");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown id") << QJsonValue(u"C0NOSUCH"_s) << QJsonValue(u"alerts-perf"_s)
                                << u"Slack: Channel not found. Invalid ID provided."_s;
    QTest::newRow("a name as the id") << QJsonValue(u"#alerts-perf"_s) << QJsonValue(u"alerts-perf"_s)
                                      << u"Slack: Channel not found. Invalid ID provided."_s;
    QTest::newRow("id without a name") << QJsonValue(u"C07ALRTPERF"_s) << QJsonValue(QJsonValue::Null)
                                       << u"Slack: Channel name is a required field."_s;
    QTest::newRow("id of another channel") << QJsonValue(u"C07ALRTPROD"_s) << QJsonValue(u"alerts-perf"_s)
                                           << u"Slack: Received channel name alerts-prod does not match inputted channel name alerts-perf."_s;
    QTest::newRow("no id, no name") << QJsonValue(u""_s) << QJsonValue(QJsonValue::Null)
                                    << u"Slack: Channel name is a required field."_s;
    QTest::newRow("unknown name") << QJsonValue(u""_s) << QJsonValue(u"alerts-nowhere"_s)
                                  << u"Slack: The resource \"alerts-nowhere\" does not exist or has not been granted access in the Acme Corp Slack workspace."_s;
}

void TestFakeAlertRules::slackAction_isValidatedAgainstTheWorkspaceChannels()
{
    QFETCH(QJsonValue, identifier);
    QFETCH(QJsonValue, display);
    QFETCH(QString, error);
    const FakeResponse r = request("POST", kOrg + u"workflows/"_s,
                                   QJsonObject{{u"name"_s, u"[P2] performance"_s},
                                               {u"actionFilters"_s, QJsonArray{QJsonObject{{u"logicType"_s, u"all"_s},
                                                                                          {u"conditions"_s, QJsonArray()},
                                                                                          {u"actions"_s, QJsonArray{slackAction(identifier, display)}}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body.toObject(), (QJsonObject{{u"actionFilters"_s, QJsonArray{error}}}));
}

void TestFakeAlertRules::slackAction_withEmptyIdIsResolvedByNameAndStoredWithTheRealId()
{
    const FakeResponse r = request("POST", kOrg + u"workflows/"_s,
                                   QJsonObject{{u"name"_s, u"[P2] performance"_s},
                                               {u"actionFilters"_s, QJsonArray{QJsonObject{{u"logicType"_s, u"all"_s},
                                                                                          {u"conditions"_s, QJsonArray()},
                                                                                          {u"actions"_s, QJsonArray{slackAction(u""_s, u"alerts-perf"_s)}}}}}});
    QCOMPARE(r.status, 201);
    const QJsonObject config = r.body.toObject().value(u"actionFilters"_s).toArray().first().toObject()
                                   .value(u"actions"_s).toArray().first().toObject().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"targetIdentifier"_s).toString(), u"C07ALRTPERF"_s);
    QCOMPARE(config.value(u"targetDisplay"_s).toString(), u"#alerts-perf"_s); // get_channel_id's prefix
}

void TestFakeAlertRules::workflowPut_keepsRowsNamedByIdAndReplacesTheRest()
{
    const QString path = kOrg + u"workflows/610001/"_s; // P1
    const QJsonObject before = request("GET", path).body.toObject();
    const QJsonObject filter = before.value(u"actionFilters"_s).toArray().first().toObject();
    const QJsonObject kept = filter.value(u"actions"_s).toArray().first().toObject();

    // With ids: the same filter and action stay.
    QJsonObject keptBody = filter;
    keptBody.remove(u"organizationId"_s);
    const FakeResponse same = request("PUT", path, QJsonObject{{u"name"_s, u"P1"_s}, {u"actionFilters"_s, QJsonArray{keptBody}}});
    QCOMPARE(same.status, 200);
    QCOMPARE(actionIdsOf(same.body.toObject()), QStringList{kept.value(u"id"_s).toString()});
    QCOMPARE(same.body.toObject().value(u"actionFilters"_s).toArray().first().toObject().value(u"id"_s),
             filter.value(u"id"_s));

    // Without ids: the action is deleted and a new one created (update_action_filters).
    QJsonObject action = kept;
    action.remove(u"id"_s);
    const FakeResponse replaced = request("PUT", path, QJsonObject{{u"name"_s, u"P1"_s}, {u"actionFilters"_s, QJsonArray{QJsonObject{
        {u"logicType"_s, u"all"_s}, {u"conditions"_s, QJsonArray()}, {u"actions"_s, QJsonArray{action}}}}}});
    QCOMPARE(replaced.status, 200);
    const QStringList ids = actionIdsOf(replaced.body.toObject());
    QCOMPARE(ids.size(), 1);
    QVERIFY(ids.first() != kept.value(u"id"_s).toString());
}

// OrganizationWorkflowDetailsEndpoint.put validates with a non-partial WorkflowValidator: `name` is
// required, and `enabled` (BooleanField(default=True)) re-enables the workflow when a PUT leaves it out.
void TestFakeAlertRules::workflowPut_isNotPartial()
{
    const QString path = kOrg + u"workflows/610002/"_s;
    const FakeResponse noName = request("PUT", path, QJsonObject{{u"detectorIds"_s, QJsonArray{720006}}});
    QCOMPARE(noName.status, 400);
    QCOMPARE(noName.body.toObject(), (QJsonObject{{u"name"_s, QJsonArray{u"This field is required."_s}}}));
    const QString name = request("GET", path).body.toObject().value(u"name"_s).toString();
    QCOMPARE(request("PUT", path, QJsonObject{{u"name"_s, name}, {u"enabled"_s, false}}).status, 200);
    QCOMPARE(request("GET", path).body.toObject().value(u"enabled"_s), QJsonValue(false));
    QCOMPARE(request("PUT", path, QJsonObject{{u"name"_s, name}}).status, 200);
    QCOMPARE(request("GET", path).body.toObject().value(u"enabled"_s), QJsonValue(true));
}

void TestFakeAlertRules::workflowPut_rejectsIdsOfAnotherWorkflow()
{
    const QJsonObject other = request("GET", kOrg + u"workflows/610002/"_s).body.toObject();
    const QJsonObject foreign = other.value(u"actionFilters"_s).toArray().first().toObject().value(u"actions"_s).toArray().first().toObject();
    const FakeResponse r = request("PUT", kOrg + u"workflows/610001/"_s,
                                   QJsonObject{{u"name"_s, u"P1"_s}, {u"actionFilters"_s, QJsonArray{QJsonObject{
                                       {u"logicType"_s, u"all"_s}, {u"conditions"_s, QJsonArray()}, {u"actions"_s, QJsonArray{foreign}}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body.toObject(), (QJsonObject{{u"actionFilters"_s, QJsonArray{
        u"Action ID %1 does not belong to this workflow"_s.arg(foreign.value(u"id"_s).toString())}}}));
}

void TestFakeAlertRules::demoSeed_everyProjectHasBothDefaultDetectors()
{
    const QJsonArray projects = request("GET", kOrg + u"projects/"_s).body.toArray();
    QVERIFY(!projects.isEmpty());
    for (const QJsonValue& p : projects) {
        const QString id = p.toObject().value(u"id"_s).toString();
        QStringList types;
        FakeRequest r;
        r.method = "GET";
        r.path = kOrg + u"detectors/"_s;
        r.query.addQueryItem(u"project"_s, id);
        r.authorization = "Bearer test-token";
        for (const QJsonValue& d : m_api->handle(r).body.toArray())
            types.append(d.toObject().value(u"type"_s).toString());
        QVERIFY2(types.contains(u"error"_s) && types.contains(u"issue_stream"_s), qPrintable(id + u": "_s + types.join(u", "_s)));
    }
}

void TestFakeAlertRules::demoSeed_connectsIssueWorkflowsThroughBothDefaultDetectors()
{
    QSet<QString> kinds;
    for (const QString& workflow : {u"610001"_s, u"610002"_s}) {
        const QJsonObject w = request("GET", kOrg + u"workflows/%1/"_s.arg(workflow)).body.toObject();
        for (const QJsonValue& id : w.value(u"detectorIds"_s).toArray())
            kinds.insert(request("GET", kOrg + u"detectors/%1/"_s.arg(id.toString())).body.toObject().value(u"type"_s).toString());
    }
    QCOMPARE(kinds, (QSet<QString>{u"error"_s, u"issue_stream"_s}));
}

void TestFakeAlertRules::demoSeed_hasAProjectWhoseP2IsInTheSpanForm()
{
    int span = 0;
    for (const QJsonValue& d : request("GET", kOrg + u"detectors/"_s).body.toArray()) {
        const QJsonObject query = d.toObject().value(u"dataSources"_s).toArray().first().toObject().value(u"queryObj"_s)
                                      .toObject().value(u"snubaQuery"_s).toObject();
        if (query.value(u"dataset"_s).toString() == u"events_analytics_platform"_s) {
            QCOMPARE(query.value(u"query"_s).toString(), u"is_transaction:1"_s);
            QCOMPARE(query.value(u"eventTypes"_s).toArray(), QJsonArray{u"trace_item_span"_s});
            ++span;
        }
    }
    QCOMPARE(span, 2); // user-service: p95 and apdex
}

void TestFakeAlertRules::linkIds_snakeCaseIsIgnoredBefore2026_04_data()
{
    QTest::addColumn<bool>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("linked");
    QTest::newRow("today, snake_case") << false << u"detector_ids"_s << true;
    QTest::newRow("today, camelCase") << false << u"detectorIds"_s << true;
    QTest::newRow("before 2026-04, snake_case") << true << u"detector_ids"_s << false;
    QTest::newRow("before 2026-04, camelCase") << true << u"detectorIds"_s << true;
}

void TestFakeAlertRules::linkIds_snakeCaseIsIgnoredBefore2026_04()
{
    QFETCH(bool, before);
    QFETCH(QString, key);
    QFETCH(bool, linked);
    FakeServerOptions options;
    options.before202604 = before;
    start(options);
    const FakeResponse r = request("PUT", kOrg + u"workflows/610002/"_s,
                                   QJsonObject{{u"name"_s, u"P3"_s}, {key, QJsonArray{u"720006"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.toObject().value(u"detectorIds"_s).toArray() == QJsonArray{u"720006"_s}, linked);
    const QString detectorKey = key == u"detector_ids"_s ? u"workflow_ids"_s : u"workflowIds"_s;
    const FakeResponse d = request("PUT", kOrg + u"detectors/720106/"_s, QJsonObject{{detectorKey, QJsonArray{u"610001"_s}}});
    QCOMPARE(d.status, 200);
    QCOMPARE(d.body.toObject().value(u"workflowIds"_s).toArray() == QJsonArray{u"610001"_s}, linked);
}

QTEST_GUILESS_MAIN(TestFakeAlertRules)
#include "tst_fakealertrules.moc"
