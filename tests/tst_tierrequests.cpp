// SPDX-License-Identifier: MIT
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
QStringList serverFields(const QJsonValue& value, const QString& path = QString())
{
    static const QStringList managed = {QStringLiteral("id"), QStringLiteral("dateCreated"), QStringLiteral("dateUpdated"),
                                        QStringLiteral("createdBy"), QStringLiteral("uuid"), QStringLiteral("organizationId"),
                                        QStringLiteral("alertRuleId"), QStringLiteral("alertRuleTriggerId"),
                                        QStringLiteral("lastTriggered"), QStringLiteral("latestGroup"), QStringLiteral("sourceId")};
    QStringList found;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found += serverFields(array.at(i), path + QStringLiteral("[%1]").arg(i));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Legacy rule rows are identified by their class path in "id": that one is data.
            const bool legacyRow = it.key() == QLatin1String("id") && it->toString().startsWith(QLatin1String("sentry."));
            if (managed.contains(it.key()) && !legacyRow)
                found.append(path + QLatin1Char('.') + it.key());
            found += serverFields(it.value(), path + QLatin1Char('.') + it.key());
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
    void writeBodies_carryNoServerManagedFields_data();
    void writeBodies_carryNoServerManagedFields();
    void paths_nameTheRightEndpoints();
};

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
        "workflow_ids": ["610003"]})json");
    QCOMPARE(QString::fromUtf8(canonicalJson(body)), QString::fromUtf8(canonicalJson(expected)));
}

void TestTierRequests::workflow_keepsFiltersActionsAndConnections()
{
    const QJsonObject body = workflowWriteBody(fixture(QStringLiteral("workflows.json")).at(1).toObject());
    const QJsonObject expected = parse(R"json({
        "name": "P3 - new issue in staging (#alerts-staging)", "enabled": true, "environment": null,
        "config": {"frequency": 60}, "owner": "team:4509001",
        "triggers": {"logicType": "any-short", "conditions": [{"type": "first_seen_event", "comparison": true, "conditionResult": true}]},
        "action_filters": [{"logicType": "all",
            "conditions": [{"type": "tagged_event", "comparison": {"key": "environment", "match": "eq", "value": "staging"}, "conditionResult": true}],
            "actions": [{"type": "slack", "integrationId": "131001", "data": {"tags": "environment,level", "notes": ""},
                         "config": {"targetType": "specific", "targetIdentifier": "C07ALRTSTG0", "targetDisplay": "#alerts-staging"}}]}],
        "detector_ids": ["720001"]})json");
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

void TestTierRequests::writeBodies_carryNoServerManagedFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::newRow("detectors") << "detector" << "detectors.json";
    QTest::newRow("workflows") << "workflow" << "workflows.json";
    QTest::newRow("issue rules") << "issueAlertRule" << "project-rules.json";
    QTest::newRow("metric rules") << "metricAlertRule" << "organization-alert-rules.json";
}

void TestTierRequests::writeBodies_carryNoServerManagedFields()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    for (const QJsonValue& value : fixture(file)) {
        const QJsonObject body = alertWriteBody(type, value.toObject());
        QVERIFY(!body.isEmpty());
        QCOMPARE(serverFields(body), QStringList());
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
