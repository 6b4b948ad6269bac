// SPDX-License-Identifier: MIT
#include "orgsnapshot.h"
#include "tieraudit.h"
#include "tierpolicy.h"

#include "testutils.h"

#include <QJsonArray>
#include <QtTest>

using namespace sc;

namespace {

OrgSnapshot loadSnapshot(const QString& name)
{
    return test::loadTestSnapshot(QStringLiteral("tiers/") + name);
}

// One line per project and tier that is not ok: failures read like diffs.
QStringList problems(const AuditReport& report)
{
    QStringList lines;
    for (const ProjectAudit& project : report.projects) {
        for (int t = 0; t < TierCount; ++t) {
            const TierCoverage& coverage = project.tiers[size_t(t)];
            if (coverage.state == TierState::Ok)
                continue;
            QStringList drift;
            for (const TierDrift& d : coverage.drift)
                drift.append(QStringLiteral("%1 %2→%3").arg(d.field, d.policy.toVariant().toString(), d.server.toVariant().toString()));
            lines.append(QStringLiteral("%1 %2 %3 %4").arg(project.slug, tierName(Tier(t)), tierStateName(coverage.state),
                                                          drift.join(QLatin1String("; "))).trimmed());
        }
    }
    return lines;
}

// Gives every project its issue_stream detector (id 7205xx) and moves `moved` projects' P1/P3
// connections from the error detector to it.
void addIssueStreamDetectors(OrgSnapshot& snapshot, const QStringList& moved)
{
    QList<Detector> added;
    QHash<QString, QString> streamOf; // error detector id → issue_stream id
    for (const Detector& d : std::as_const(snapshot.detectors)) {
        if (d.type != QLatin1String("error"))
            continue;
        QJsonObject raw = d.raw;
        const QString id = QStringLiteral("7205") + d.id.right(2);
        raw.insert(QLatin1String("id"), id);
        raw.insert(QLatin1String("type"), QStringLiteral("issue_stream"));
        raw.insert(QLatin1String("name"), QStringLiteral("Issue Stream"));
        raw.insert(QLatin1String("workflowIds"), QJsonArray());
        const Project* project = snapshot.projectById(d.projectId);
        if (project && moved.contains(project->slug)) {
            raw.insert(QLatin1String("workflowIds"), d.raw.value(QLatin1String("workflowIds")));
            streamOf.insert(d.id, id);
        }
        added.append(Detector::fromJson(raw));
    }
    for (Detector& d : snapshot.detectors) {
        if (streamOf.contains(d.id)) {
            QJsonObject raw = d.raw;
            raw.insert(QLatin1String("workflowIds"), QJsonArray());
            d = Detector::fromJson(raw);
        }
    }
    for (Workflow& w : snapshot.workflows) {
        QJsonObject raw = w.raw;
        QJsonArray ids;
        for (const QJsonValue& id : raw.value(QLatin1String("detectorIds")).toArray())
            ids.append(streamOf.value(id.toString(), id.toString()));
        raw.insert(QLatin1String("detectorIds"), ids);
        w = Workflow::fromJson(raw);
    }
    snapshot.detectors += added;
    snapshot.reindex();
}

} // namespace

class TestTierAudit : public QObject
{
    Q_OBJECT
private slots:
    void defaultPolicy_findsExactlyTheDemoGaps_data();
    void defaultPolicy_findsExactlyTheDemoGaps();
    void auditJson_followsTheContract();
    void conditionOrderAndMissingPrefix_doNotCountAsDrift();
    void p3EnvironmentByField_equalsTaggedEventFilter();
    void disabledDetector_isDrifted();
    void partOfATier_isDriftedWithTheMissingPartListed();
    void sharedWorkflow_coversEveryConnectedProject();
    void extraFiltersAndActions_areKept_notDrift();
    void projectOverride_isPolicyNotDrift();
    void wrongPagerDutyService_isDrift();
    void unknownAlerts_areListedAsUnclassified();
    void spanFormOfTransactionP2_isTheSameTierPart_data();
    void spanFormOfTransactionP2_isTheSameTierPart();
    void spanP2WithAnotherQuery_isDrift();
    void issueStreamConnection_coversTheProject();
    void defaultDetectors_areNeverMetricAlerts();
};

void TestTierAudit::defaultPolicy_findsExactlyTheDemoGaps_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("workflow engine") << "demo-workflow.json";
    QTest::newRow("legacy rules") << "demo-legacy.json";
}

void TestTierAudit::defaultPolicy_findsExactlyTheDemoGaps()
{
    QFETCH(QString, file);
    const OrgSnapshot snapshot = loadSnapshot(file);
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    QCOMPARE(report.projects.size(), 7);
    const QStringList expected = {
        QStringLiteral("payment-api P2 drifted condition.gt 2000→3000"),
        QStringLiteral("billing-worker P0 missing"),
        QStringLiteral("web-app P3 missing"),
    };
    QCOMPARE(problems(report), expected);
    QVERIFY(!report.allOk());
    QCOMPARE(report.count(Tier::P0, TierState::Missing), 1);
    // web-app and mobile-app send sessions: their P0 has two objects plus the routing workflow (legacy: rules only).
    QCOMPARE(report.project(QStringLiteral("mobile-app"))->tier(Tier::P0).objects.size(),
             file.contains(QLatin1String("legacy")) ? 2 : 3);
    QVERIFY(report.project(QStringLiteral("api-gateway"))->unclassified.isEmpty());
}

void TestTierAudit::auditJson_followsTheContract()
{
    const AuditReport report = auditTiers(loadSnapshot(QStringLiteral("demo-workflow.json")), TierPolicy::defaultPolicy());
    const QJsonObject json = report.toJson();
    const QJsonArray projects = json.value(QLatin1String("projects")).toArray();
    QCOMPARE(projects.size(), 7);
    QJsonObject payment;
    for (const QJsonValue& value : projects) {
        if (value.toObject().value(QLatin1String("slug")).toString() == QLatin1String("payment-api"))
            payment = value.toObject();
    }
    QCOMPARE(payment.value(QLatin1String("teams")).toArray(), (QJsonArray{QStringLiteral("payments"), QStringLiteral("platform-eng")}));
    const QJsonObject p2 = payment.value(QLatin1String("tiers")).toObject().value(QLatin1String("P2")).toObject();
    QCOMPARE(p2.value(QLatin1String("state")).toString(), QStringLiteral("drifted"));
    const QJsonObject drift = p2.value(QLatin1String("drift")).toArray().first().toObject();
    QCOMPARE(drift.value(QLatin1String("object")).toString(), QStringLiteral("720304"));
    QCOMPARE(drift.value(QLatin1String("field")).toString(), QStringLiteral("condition.gt"));
    QCOMPARE(drift.value(QLatin1String("policy")).toDouble(), 2000.0);
    QCOMPARE(drift.value(QLatin1String("server")).toDouble(), 3000.0);
    QVERIFY(p2.value(QLatin1String("objects")).toArray().contains(QStringLiteral("610006")));
    QVERIFY(payment.value(QLatin1String("unclassified")).isArray());
}

void TestTierAudit::conditionOrderAndMissingPrefix_doNotCountAsDrift()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    // Hand-built in the Sentry UI: no "[P0]" prefix, resolve condition first, triggers reversed.
    QJsonObject detector = snapshot.detectorById(QStringLiteral("720101"))->raw;
    detector.insert(QLatin1String("name"), QStringLiteral("api errors spike"));
    QJsonObject group = detector.value(QLatin1String("conditionGroup")).toObject();
    QJsonArray conditions = group.value(QLatin1String("conditions")).toArray();
    group.insert(QLatin1String("conditions"), QJsonArray{conditions.at(1), conditions.at(0)});
    detector.insert(QLatin1String("conditionGroup"), group);
    for (Detector& d : snapshot.detectors) {
        if (d.id == QLatin1String("720101"))
            d = Detector::fromJson(detector);
    }
    for (Workflow& w : snapshot.workflows) {
        if (w.id != QLatin1String("610001"))
            continue;
        QJsonObject raw = w.raw;
        QJsonObject triggers = raw.value(QLatin1String("triggers")).toObject();
        QJsonArray list = triggers.value(QLatin1String("conditions")).toArray();
        triggers.insert(QLatin1String("conditions"), QJsonArray{list.at(1), list.at(0)});
        raw.insert(QLatin1String("triggers"), triggers);
        raw.insert(QLatin1String("name"), QStringLiteral("prod issues"));
        w = Workflow::fromJson(raw);
    }
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P0).state, TierState::Ok);
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P1).state, TierState::Ok);
    QVERIFY(report.project(QStringLiteral("api-gateway"))->tier(Tier::P0).objects.contains(QStringLiteral("720101")));
}

void TestTierAudit::p3EnvironmentByField_equalsTaggedEventFilter()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    for (Workflow& w : snapshot.workflows) {
        if (w.id != QLatin1String("610002"))
            continue;
        QJsonObject raw = w.raw;
        QJsonArray filters = raw.value(QLatin1String("actionFilters")).toArray();
        QJsonObject filter = filters.first().toObject();
        filter.insert(QLatin1String("conditions"), QJsonArray());
        filters.replace(0, filter);
        raw.insert(QLatin1String("actionFilters"), filters);
        raw.insert(QLatin1String("environment"), QStringLiteral("staging"));
        w = Workflow::fromJson(raw);
    }
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P3).state, TierState::Ok);
}

void TestTierAudit::disabledDetector_isDrifted()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    for (Detector& d : snapshot.detectors) {
        if (d.id == QLatin1String("720102")) {
            QJsonObject raw = d.raw;
            raw.insert(QLatin1String("enabled"), false);
            d = Detector::fromJson(raw);
        }
    }
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    const TierCoverage& p0 = report.project(QStringLiteral("auth-service"))->tier(Tier::P0);
    QCOMPARE(p0.state, TierState::Drifted);
    QCOMPARE(p0.drift.size(), 1);
    QCOMPARE(p0.drift.first().field, QStringLiteral("enabled"));
    QCOMPARE(p0.drift.first().object, QStringLiteral("720102"));
}

void TestTierAudit::partOfATier_isDriftedWithTheMissingPartListed()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.detectors.removeIf([](const Detector& d) { return d.id == QLatin1String("720207"); }); // mobile-app crash-free
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    const TierCoverage& p0 = report.project(QStringLiteral("mobile-app"))->tier(Tier::P0);
    QCOMPARE(p0.state, TierState::Drifted);
    QCOMPARE(p0.missingParts, QStringList{QStringLiteral("crash-free rate")});
    QCOMPARE(p0.drift.first().field, QStringLiteral("part:crash-free"));
}

void TestTierAudit::sharedWorkflow_coversEveryConnectedProject()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    for (const ProjectAudit& project : report.projects) {
        QCOMPARE(project.tier(Tier::P1).state, TierState::Ok);
        QCOMPARE(project.tier(Tier::P1).objects, QStringList{QStringLiteral("610001")});
    }
}

void TestTierAudit::extraFiltersAndActions_areKept_notDrift()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    for (Workflow& w : snapshot.workflows) {
        if (w.id != QLatin1String("610001"))
            continue;
        QJsonObject raw = w.raw;
        QJsonArray filters = raw.value(QLatin1String("actionFilters")).toArray();
        QJsonObject filter = filters.first().toObject();
        filter.insert(QLatin1String("conditions"),
                      QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("level")},
                                             {QLatin1String("comparison"), QJsonObject{{QLatin1String("match"), QStringLiteral("gte")},
                                                                                      {QLatin1String("level"), 40}}},
                                             {QLatin1String("conditionResult"), true}}});
        QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
        actions.prepend(QJsonObject{{QLatin1String("type"), QStringLiteral("email")},
                                    {QLatin1String("config"), QJsonObject{{QLatin1String("targetType"), QStringLiteral("issue_owners")}}}});
        filter.insert(QLatin1String("actions"), actions);
        filters.replace(0, filter);
        raw.insert(QLatin1String("actionFilters"), filters);
        w = Workflow::fromJson(raw);
    }
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    QCOMPARE(report.project(QStringLiteral("user-service"))->tier(Tier::P1).state, TierState::Ok);
}

void TestTierAudit::projectOverride_isPolicyNotDrift()
{
    QString text = TierPolicy::defaultPolicyText();
    text.replace(QStringLiteral("overrides:\n  teams: {}\n  projects: {}"),
                 QStringLiteral("overrides:\n  teams: {}\n  projects:\n    payment-api:\n      P2:\n        p95: {threshold: 3000}"));
    const Result<TierPolicy> policy = TierPolicy::fromYaml(text, QStringLiteral("override.yaml"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    const AuditReport report = auditTiers(loadSnapshot(QStringLiteral("demo-workflow.json")), *policy);
    QCOMPARE(report.project(QStringLiteral("payment-api"))->tier(Tier::P2).state, TierState::Ok);
    // The override applies to that project only.
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P2).state, TierState::Ok);
}

void TestTierAudit::wrongPagerDutyService_isDrift()
{
    QString text = TierPolicy::defaultPolicyText();
    text.replace(QStringLiteral("routing:\n  teams: {}"),
                 QStringLiteral("routing:\n  teams:\n    frontend:\n      P0: {service: acme-payments-oncall}"));
    const Result<TierPolicy> policy = TierPolicy::fromYaml(text, QStringLiteral("routing.yaml"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    const AuditReport report = auditTiers(loadSnapshot(QStringLiteral("demo-workflow.json")), *policy);
    const TierCoverage& p0 = report.project(QStringLiteral("web-app"))->tier(Tier::P0);
    QCOMPARE(p0.state, TierState::Drifted);
    QCOMPARE(p0.drift.first().field, QStringLiteral("action.target"));
    QCOMPARE(p0.drift.first().object, QStringLiteral("610005"));
    QCOMPARE(p0.drift.first().policy.toString(), QStringLiteral("acme-payments-oncall (48212)"));
}

void TestTierAudit::unknownAlerts_areListedAsUnclassified()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    QJsonObject raw = snapshot.detectorById(QStringLiteral("720101"))->raw;
    raw.insert(QLatin1String("id"), QStringLiteral("729999"));
    raw.insert(QLatin1String("name"), QStringLiteral("users affected"));
    QJsonArray sources = raw.value(QLatin1String("dataSources")).toArray();
    QJsonObject source = sources.first().toObject();
    QJsonObject queryObj = source.value(QLatin1String("queryObj")).toObject();
    QJsonObject snuba = queryObj.value(QLatin1String("snubaQuery")).toObject();
    snuba.insert(QLatin1String("aggregate"), QStringLiteral("count_unique(user)"));
    queryObj.insert(QLatin1String("snubaQuery"), snuba);
    source.insert(QLatin1String("queryObj"), queryObj);
    sources.replace(0, source);
    raw.insert(QLatin1String("dataSources"), sources);
    snapshot.detectors.append(Detector::fromJson(raw));
    snapshot.reindex();
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->unclassified, QStringList{QStringLiteral("729999")});
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P0).state, TierState::Ok);
}

QTEST_GUILESS_MAIN(TestTierAudit)
#include "tst_tieraudit.moc"

void TestTierAudit::spanFormOfTransactionP2_isTheSameTierPart_data()
{
    QTest::addColumn<QString>("p95Query");
    QTest::addColumn<QString>("apdexAggregate");
    // As Sentry's migration writes it, and as its UI creates a span detector.
    QTest::newRow("migrated") << QStringLiteral("is_transaction:1") << QStringLiteral("apdex(span.duration,300)");
    QTest::newRow("is_transaction:true") << QStringLiteral("is_transaction:true") << QStringLiteral("apdex(span.duration, 300)");
}

void TestTierAudit::spanFormOfTransactionP2_isTheSameTierPart()
{
    QFETCH(QString, p95Query);
    QFETCH(QString, apdexAggregate);
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const QJsonArray span{QStringLiteral("trace_item_span")};
    test::setQuery(snapshot, QStringLiteral("720303"), {{QLatin1String("dataset"), QStringLiteral("events_analytics_platform")},
                                                  {QLatin1String("aggregate"), QStringLiteral("p95(span.duration)")},
                                                  {QLatin1String("query"), p95Query},
                                                  {QLatin1String("eventTypes"), span}});
    test::setQuery(snapshot, QStringLiteral("720403"), {{QLatin1String("dataset"), QStringLiteral("events_analytics_platform")},
                                                  {QLatin1String("aggregate"), apdexAggregate},
                                                  {QLatin1String("query"), QStringLiteral("is_transaction:1")},
                                                  {QLatin1String("eventTypes"), span}});
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    const ProjectAudit* user = report.project(QStringLiteral("user-service"));
    QCOMPARE(user->tier(Tier::P2).state, TierState::Ok);
    QCOMPARE(user->tier(Tier::P2).objects, (QStringList{QStringLiteral("720303"), QStringLiteral("610006"), QStringLiteral("720403")}));
    QCOMPARE(user->unclassified, QStringList());
    // The transaction-based P2 of the other projects is ok against the span-based policy too.
    QCOMPARE(report.project(QStringLiteral("api-gateway"))->tier(Tier::P2).state, TierState::Ok);
}

void TestTierAudit::spanP2WithAnotherQuery_isDrift()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    test::setQuery(snapshot, QStringLiteral("720303"), {{QLatin1String("query"), QStringLiteral("transaction:/checkout")}});
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    const TierCoverage& p2 = report.project(QStringLiteral("user-service"))->tier(Tier::P2);
    QCOMPARE(p2.state, TierState::Drifted);
    QCOMPARE(p2.drift.size(), 1);
    QCOMPARE(p2.drift.first().field, QStringLiteral("query"));
    QCOMPARE(p2.drift.first().policy.toString(), QStringLiteral("is_transaction:1"));
}

void TestTierAudit::issueStreamConnection_coversTheProject()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    addIssueStreamDetectors(snapshot, {QStringLiteral("api-gateway"), QStringLiteral("payment-api")});
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    for (const QString& slug : {QStringLiteral("api-gateway"), QStringLiteral("payment-api"), QStringLiteral("auth-service")}) {
        const ProjectAudit* project = report.project(slug);
        QCOMPARE(project->tier(Tier::P1).state, TierState::Ok);
        QCOMPARE(project->tier(Tier::P3).state, TierState::Ok);
        QCOMPARE(project->unclassified, QStringList());
    }
}

void TestTierAudit::defaultDetectors_areNeverMetricAlerts()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    addIssueStreamDetectors(snapshot, {});
    const AuditReport report = auditTiers(snapshot, TierPolicy::defaultPolicy());
    // Unconnected issue_stream detectors express no tier, and they are no metric alert either.
    for (const ProjectAudit& project : report.projects)
        QVERIFY2(project.unclassified.isEmpty(), qPrintable(project.slug + QLatin1String(": ") + project.unclassified.join(QLatin1Char(','))));
    QCOMPARE(problems(report).size(), 3);
}
