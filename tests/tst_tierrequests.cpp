// SPDX-License-Identifier: MIT
#include "alertdescription.h"
#include "alertrequests.h"
#include "jsonio.h"

#include <QJsonArray>
#include <QtTest>

using namespace sc;

namespace {
QJsonArray fixture(const QString& name)
{
    const Result<QJsonDocument> doc = readJsonFile(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/") + name);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return doc->array();
}

QJsonObject parse(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// No nested row keeps a server id (or other server-managed field).
// Workflow rows keep their `id`: a PUT replaces the rows it does not name (CONTRACT §0b.4).
QStringList serverFields(const QJsonValue& value, const QString& path = QString(), bool rowIdsKept = false)
{
    static const QStringList managed = {QStringLiteral("id"), QStringLiteral("dateCreated"), QStringLiteral("dateUpdated"),
                                        QStringLiteral("createdBy"), QStringLiteral("uuid"), QStringLiteral("organizationId"),
                                        QStringLiteral("alertRuleId"), QStringLiteral("alertRuleTriggerId"),
                                        QStringLiteral("lastTriggered"), QStringLiteral("latestGroup"), QStringLiteral("sourceId")};
    QStringList found;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found += serverFields(array.at(i), path + QStringLiteral("[%1]").arg(i), rowIdsKept);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Legacy rule rows are identified by their class path in "id": that one is data.
            const bool legacyRow = it.key() == QLatin1String("id") && it->toString().startsWith(QLatin1String("sentry."));
            const bool keptRowId = rowIdsKept && it.key() == QLatin1String("id") && !path.isEmpty();
            if (managed.contains(it.key()) && !legacyRow && !keptRowId)
                found.append(path + QLatin1Char('.') + it.key());
            found += serverFields(it.value(), path + QLatin1Char('.') + it.key(), rowIdsKept);
        }
    }
    return found;
}
} // namespace

class TestTierRequests : public QObject
{
    Q_OBJECT
private slots:
    void detector_isWrittenWithAFlatDataSource();
    void workflow_keepsFiltersActionsAndConnections();
    void issueRule_becomesTheFullPutBody();
    void metricRule_becomesTheFullBody();
    void metricRule_leavesOutThresholdsItHasNone();
    void writeBodies_carryNoServerManagedFields_data();
    void writeBodies_carryNoServerManagedFields();
    void paths_nameTheRightEndpoints();
    void spanDataset_isAPerformanceQuery();
    void spanForm_isWhatSentryMigratesTransactionQueriesTo_data();
    void spanForm_isWhatSentryMigratesTransactionQueriesTo();
    void workflowAsStored_dropsTheHashOfSlackChannelsNamedById();
};

void TestTierRequests::spanDataset_isAPerformanceQuery()
{
    // QUERY_TYPE_VALID_DATASETS: EAP pairs with PERFORMANCE (1), never ERROR (0).
    QCOMPARE(queryTypeForDataset(QStringLiteral("events_analytics_platform")), 1);
    QCOMPARE(queryTypeForDataset(QStringLiteral("transactions")), 1);
    QCOMPARE(queryTypeForDataset(QStringLiteral("events")), 0);
    QCOMPARE(queryTypeForDataset(QStringLiteral("metrics")), 2);
}

void TestTierRequests::spanForm_isWhatSentryMigratesTransactionQueriesTo_data()
{
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("spanAggregate");
    QTest::addColumn<QString>("spanQuery");
    // CONTRACT §0b.2 (translate_detector_and_update_subscription_in_snuba and its tests).
    QTest::newRow("p95") << "p95(transaction.duration)" << "" << "p95(span.duration)" << "is_transaction:1";
    QTest::newRow("apdex(300)") << "apdex(300)" << "" << "apdex(span.duration,300)" << "is_transaction:1";
    QTest::newRow("apdex()") << "apdex()" << "" << "apdex(span.duration,300)" << "is_transaction:1";
    QTest::newRow("with a filter") << "p95(transaction.duration)" << "transaction:/checkout"
                                   << "p95(span.duration)" << "(transaction:/checkout) AND is_transaction:1";
}

void TestTierRequests::spanForm_isWhatSentryMigratesTransactionQueriesTo()
{
    QFETCH(QString, aggregate);
    QFETCH(QString, query);
    QFETCH(QString, spanAggregate);
    QFETCH(QString, spanQuery);
    const MetricQuery span = spanForm({QStringLiteral("transactions"), aggregate, query, {QStringLiteral("transaction")}});
    QCOMPARE(span.dataset, QStringLiteral("events_analytics_platform"));
    QCOMPARE(span.aggregate, spanAggregate);
    QCOMPARE(span.query, spanQuery);
    QCOMPARE(span.eventTypes, QStringList{QStringLiteral("trace_item_span")});
    // And back, for servers that only have transactions.
    const MetricQuery back = transactionForm(span);
    QCOMPARE(back.dataset, QStringLiteral("transactions"));
    QCOMPARE(back.query, query);
    QCOMPARE(spanForm(back).aggregate, spanAggregate);
    // A span query is already in span form.
    QCOMPARE(spanForm(span).query, spanQuery);
}

void TestTierRequests::workflowAsStored_dropsTheHashOfSlackChannelsNamedById()
{
    const QJsonObject stored = workflowAsStored(fixture(QStringLiteral("workflows.json")).at(1).toObject());
    const QJsonObject config = stored.value(QLatin1String("actionFilters")).toArray().first().toObject()
                                   .value(QLatin1String("actions")).toArray().first().toObject().value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("targetDisplay")).toString(), QStringLiteral("alerts-staging"));
    QCOMPARE(config.value(QLatin1String("targetIdentifier")).toString(), QStringLiteral("C07ALRTSTG0"));
}

void TestTierRequests::detector_isWrittenWithAFlatDataSource()
{
    const QJsonObject body = detectorWriteBody(fixture(QStringLiteral("detectors.json")).at(1).toObject());
    const QJsonObject expected = parse(R"json({
        "name": "P0 - errors > 50/min (api-gateway, prod)", "type": "metric_issue", "description": null, "enabled": true,
        "config": {"detectionType": "static", "comparisonDelta": null}, "owner": "team:4509001",
        "data_sources": [{"aggregate": "count()", "dataset": "events", "query": "", "queryType": 0, "timeWindow": 60,
                          "environment": "production", "eventTypes": ["error"]}],
        "condition_group": {"logicType": "any", "conditions": [{"type": "gt", "comparison": 50, "conditionResult": 75},
                                                               {"type": "lte", "comparison": 50, "conditionResult": 0}]},
        "workflowIds": ["610003"]})json");
    QCOMPARE(QString::fromUtf8(canonicalJson(body)), QString::fromUtf8(canonicalJson(expected)));
}

void TestTierRequests::workflow_keepsFiltersActionsAndConnections()
{
    const QJsonObject body = workflowWriteBody(fixture(QStringLiteral("workflows.json")).at(1).toObject());
    const QJsonObject expected = parse(R"json({
        "name": "P3 - new issue in staging (#alerts-staging)", "enabled": true, "environment": null,
        "config": {"frequency": 60}, "owner": "team:4509001",
        "triggers": {"logicType": "any-short", "conditions": [{"id": "3", "type": "first_seen_event", "comparison": true, "conditionResult": true}]},
        "action_filters": [{"id": "612002", "logicType": "all",
            "conditions": [{"id": "4", "type": "tagged_event", "comparison": {"key": "environment", "match": "eq", "value": "staging"}, "conditionResult": true}],
            "actions": [{"id": "52002", "type": "slack", "integrationId": "131001", "data": {"tags": "environment,level", "notes": ""},
                         "config": {"targetType": "specific", "targetIdentifier": "C07ALRTSTG0", "targetDisplay": "#alerts-staging"}}]}],
        "detectorIds": ["720001"]})json");
    QCOMPARE(QString::fromUtf8(canonicalJson(body)), QString::fromUtf8(canonicalJson(expected)));
}

void TestTierRequests::issueRule_becomesTheFullPutBody()
{
    QJsonObject body = issueRuleWriteBody(fixture(QStringLiteral("project-rules.json")).at(1).toObject());
    // The documented create request is the same rule without notes.
    QJsonObject expected = QJsonDocument::fromJson([] {
        QFile file(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/project-rule-create-request.json"));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }()).object();
    QJsonArray actions = expected.value(QLatin1String("actions")).toArray();
    QJsonObject action = actions.first().toObject();
    action.insert(QLatin1String("notes"), QString());
    actions.replace(0, action);
    expected.insert(QLatin1String("actions"), actions);
    QCOMPARE(QString::fromUtf8(canonicalJson(body)), QString::fromUtf8(canonicalJson(expected)));
}

void TestTierRequests::metricRule_becomesTheFullBody()
{
    const QJsonObject body = metricRuleWriteBody(fixture(QStringLiteral("organization-alert-rules.json")).at(2).toObject());
    QCOMPARE(body.value(QLatin1String("aggregate")).toString(), QStringLiteral("p95(transaction.duration)"));
    QCOMPARE(body.value(QLatin1String("queryType")).toInt(), 1);
    QCOMPARE(body.value(QLatin1String("timeWindow")).toInt(), 10);
    QCOMPARE(body.value(QLatin1String("projects")).toArray(), QJsonArray{QStringLiteral("api-gateway")});
    const QJsonObject trigger = body.value(QLatin1String("triggers")).toArray().first().toObject();
    QCOMPARE(trigger.value(QLatin1String("label")).toString(), QStringLiteral("critical"));
    QCOMPARE(trigger.value(QLatin1String("alertThreshold")).toDouble(), 2000.0);
    const QJsonObject action = trigger.value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(action.value(QLatin1String("inputChannelId")).toString(), QStringLiteral("C07ALRTPERF"));
    QCOMPARE(action.value(QLatin1String("targetIdentifier")).toString(), QStringLiteral("#alerts-perf"));
    QVERIFY(!action.contains(QLatin1String("desc")));
}

// The schema says number / integer; Sentry's PUT is partial (absent keeps the stored value, null
// clears it), so a rule read with null is written without the field, and one with a value keeps it.
void TestTierRequests::metricRule_leavesOutThresholdsItHasNone()
{
    const QJsonArray rules = fixture(QStringLiteral("organization-alert-rules.json"));
    const QJsonObject none = metricRuleWriteBody(rules.at(0).toObject());
    QVERIFY(rules.at(0).toObject().value(QLatin1String("resolveThreshold")).isNull());
    QVERIFY(!none.contains(QLatin1String("resolveThreshold")));
    QVERIFY(!none.contains(QLatin1String("comparisonDelta")));
    const QJsonObject some = metricRuleWriteBody(rules.at(2).toObject());
    QCOMPARE(some.value(QLatin1String("resolveThreshold")).toDouble(), 1500.0);
    QJsonObject percent = rules.at(0).toObject();
    percent.insert(QLatin1String("comparisonDelta"), 10080);
    QCOMPARE(metricRuleWriteBody(percent).value(QLatin1String("comparisonDelta")).toInt(), 10080);
}

void TestTierRequests::writeBodies_carryNoServerManagedFields_data()
{
    QTest::addColumn<TargetType>("type");
    QTest::addColumn<QString>("file");
    QTest::newRow("detectors") << TargetType::Detector << "detectors.json";
    QTest::newRow("workflows") << TargetType::Workflow << "workflows.json";
    QTest::newRow("issue rules") << TargetType::IssueAlertRule << "project-rules.json";
    QTest::newRow("metric rules") << TargetType::MetricAlertRule << "organization-alert-rules.json";
}

void TestTierRequests::writeBodies_carryNoServerManagedFields()
{
    QFETCH(TargetType, type);
    QFETCH(QString, file);
    for (const QJsonValue& value : fixture(file)) {
        const QJsonObject body = alertWriteBody(type, value.toObject());
        QVERIFY(!body.isEmpty());
        QCOMPARE(serverFields(body, {}, type == TargetType::Workflow), QStringList());
    }
}

void TestTierRequests::paths_nameTheRightEndpoints()
{
    QCOMPARE(AlertPaths::detectorCreate(QStringLiteral("acme"), QStringLiteral("web")), QStringLiteral("/api/0/organizations/acme/projects/web/detectors/"));
    QCOMPARE(AlertPaths::workflow(QStringLiteral("acme"), QStringLiteral("1")), QStringLiteral("/api/0/organizations/acme/workflows/1/"));
    QCOMPARE(AlertPaths::issueRule(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("2")), QStringLiteral("/api/0/projects/acme/web/rules/2/"));
    QCOMPARE(AlertPaths::metricRuleCreate(QStringLiteral("acme")), QStringLiteral("/api/0/organizations/acme/alert-rules/"));
}

QTEST_GUILESS_MAIN(TestTierRequests)
#include "tst_tierrequests.moc"
