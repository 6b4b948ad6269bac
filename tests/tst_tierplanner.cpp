// SPDX-License-Identifier: MIT
#include "orgsnapshot.h"
#include "requestshapes.h"
#include "tieraudit.h"
#include "tierplanner.h"
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

// "kind type target METHOD path | summary" per operation: failures read like diffs.
QStringList outline(const ChangeSet& set)
{
    QStringList lines;
    for (const ChangeOperation& op : set.operations)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 | %6")
                         .arg(op.id, operationKindName(op.kind), targetTypeName(op.target.type), op.request.method, op.request.path, op.summary));
    return lines;
}

TierPolicy policyWith(const QString& from, const QString& to)
{
    QString text = TierPolicy::defaultPolicyText();
    if (!text.contains(from))
        qFatal("default policy lacks %s", qPrintable(from));
    Result<TierPolicy> policy = TierPolicy::fromYaml(text.replace(from, to), QStringLiteral("test.yaml"));
    if (!policy)
        qFatal("%s", qPrintable(policy.error().message));
    return *policy;
}

} // namespace

class TestTierPlanner : public QObject
{
    Q_OBJECT
private slots:
    void demoOrg_plansExactlyTheThreeFixes();
    void legacyDemoOrg_plansRuleCreatesAndUpdates();
    void update_keepsEveryFieldItDoesNotManage();
    void connects_toOneWorkflow_mergeIntoOneOperation();
    void missingWorkflow_isCreatedFirst_andReferencedByPlaceholder();
    void missingIssueWorkflow_isCreatedWithTheDetectorsConnected();
    void orgWithoutPagerDuty_failsWithAClearError_andPlansNothing();
    void selection_byTeamAndProject();
    void selection_unknownNames_areUsageErrors();
    void planOfAnOkOrg_isEmpty();
    void transactionP2QueryFix_isCreateOfTheSpanFormThenDelete();
    void transactionP2ThresholdFix_staysAPutOfTheConditionGroup();
    void newP2Detector_isWrittenOnSpans();
    void legacyP2Rule_isWrittenInTheTransactionForm();
    void newIssueConnection_goesToTheIssueStreamDetector();
    void workflowPut_sendsBackTheIdOfEveryRowItKeeps();
    void slackAction_withoutAKnownChannelId_sendsAnEmptyIdAndTheName();
};

void TestTierPlanner::demoOrg_plansExactlyTheThreeFixes()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan(*planner.selectProjects({}, {}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const QStringList expected = {
        QStringLiteral("op-1 update detector PUT /api/0/organizations/acme-corp/detectors/720304/ | P2 p95 (payment-api): condition gt 3000 → 2000"),
        QStringLiteral("op-2 create detector POST /api/0/organizations/acme-corp/projects/billing-worker/detectors/ | P0 errors (billing-worker): create detector count() gt 50 over 60 s, connected to \"[P0] payments critical (PagerDuty)\""),
        QStringLiteral("op-3 connect workflow PUT /api/0/organizations/acme-corp/workflows/610002/ | P3 (web-app): connect error detector 720006 to workflow \"[P3] new issue in staging (#alerts-staging)\""),
    };
    QCOMPARE(outline(plan->changes), expected);

    const QJsonObject create = plan->changes.operations.at(1).request.body.toObject();
    QCOMPARE(create.value(QLatin1String("workflowIds")).toArray(), QJsonArray{QStringLiteral("610004")});
    QCOMPARE(create.value(QLatin1String("type")).toString(), QStringLiteral("metric_issue"));
    const QJsonObject source = create.value(QLatin1String("data_sources")).toArray().first().toObject();
    QCOMPARE(source.value(QLatin1String("timeWindow")).toInt(), 60);
    QCOMPARE(source.value(QLatin1String("aggregate")).toString(), QStringLiteral("count()"));
    QCOMPARE(plan->changes.operations.at(1).desired.toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("[P0] errors > 50/min (billing-worker)"));

    const QJsonObject connect = plan->changes.operations.at(2).request.body.toObject();
    QCOMPARE(connect.value(QLatin1String("detectorIds")).toArray().size(), 7);
    QCOMPARE(plan->changes.org, QStringLiteral("acme-corp"));
    QVERIFY(plan->changes.operations.at(1).base.isNull());
    QCOMPARE(plan->changes.operations.at(0).base.toObject().value(QLatin1String("id")).toString(), QStringLiteral("720304"));
    // The file format round-trips.
    QVERIFY(ChangeSet::fromJson(plan->changes.toJson()));
}

void TestTierPlanner::legacyDemoOrg_plansRuleCreatesAndUpdates()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-legacy.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan(*planner.selectProjects({}, {}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const QStringList lines = outline(plan->changes);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("update metricAlertRule PUT /api/0/organizations/acme-corp/alert-rules/")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("P2 p95 (payment-api): condition gt 3000 → 2000")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("create metricAlertRule POST /api/0/organizations/acme-corp/alert-rules/")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String("create issueAlertRule POST /api/0/projects/acme-corp/web-app/rules/")), qPrintable(lines.at(2)));

    const QJsonObject rule = plan->changes.operations.at(1).request.body.toObject();
    QCOMPARE(rule.value(QLatin1String("projects")).toArray(), QJsonArray{QStringLiteral("billing-worker")});
    QCOMPARE(rule.value(QLatin1String("timeWindow")).toInt(), 1);
    const QJsonObject action = rule.value(QLatin1String("triggers")).toArray().first().toObject()
                                   .value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(action.value(QLatin1String("targetIdentifier")).toString(), QStringLiteral("48212"));
    const QJsonObject issue = plan->changes.operations.at(2).request.body.toObject();
    QCOMPARE(issue.value(QLatin1String("environment")).toString(), QStringLiteral("staging"));
    QCOMPARE(issue.value(QLatin1String("actions")).toArray().first().toObject().value(QLatin1String("channel_id")).toString(),
             QStringLiteral("C07ALRTSTG0"));
    const QJsonObject update = plan->changes.operations.at(0).request.body.toObject();
    QCOMPARE(update.value(QLatin1String("triggers")).toArray().first().toObject().value(QLatin1String("alertThreshold")).toDouble(), 2000.0);
}

void TestTierPlanner::update_keepsEveryFieldItDoesNotManage()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    // Someone set P3 to production by hand and added an e-mail action and a frequency of their own.
    for (Workflow& w : snapshot.workflows) {
        if (w.id != QLatin1String("610002"))
            continue;
        QJsonObject raw = w.raw;
        raw.insert(QLatin1String("environment"), QStringLiteral("production"));
        raw.insert(QLatin1String("config"), QJsonObject{{QLatin1String("frequency"), 180}});
        raw.insert(QLatin1String("owner"), QStringLiteral("team:4509003"));
        QJsonArray filters = raw.value(QLatin1String("actionFilters")).toArray();
        QJsonObject filter = filters.first().toObject();
        filter.insert(QLatin1String("conditions"), QJsonArray());
        QJsonArray actions = filter.value(QLatin1String("actions")).toArray();
        actions.append(QJsonObject{{QLatin1String("type"), QStringLiteral("email")},
                                   {QLatin1String("config"), QJsonObject{{QLatin1String("targetType"), QStringLiteral("issue_owners")}}}});
        filter.insert(QLatin1String("actions"), actions);
        filters.replace(0, filter);
        raw.insert(QLatin1String("actionFilters"), filters);
        w = Workflow::fromJson(raw);
    }
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("api-gateway")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(outline(plan->changes),
             QStringList{QStringLiteral("op-1 update workflow PUT /api/0/organizations/acme-corp/workflows/610002/ | P3 (api-gateway): environment production → staging")});
    const QJsonObject body = plan->changes.operations.first().request.body.toObject();
    QCOMPARE(body.value(QLatin1String("environment")).toString(), QStringLiteral("staging"));
    QCOMPARE(body.value(QLatin1String("config")).toObject().value(QLatin1String("frequency")).toInt(), 180);
    QCOMPARE(body.value(QLatin1String("owner")).toString(), QStringLiteral("team:4509003"));
    QCOMPARE(body.value(QLatin1String("action_filters")).toArray().first().toObject().value(QLatin1String("actions")).toArray().size(), 2);
    QCOMPARE(body.value(QLatin1String("detectorIds")).toArray().size(), 6);
}

void TestTierPlanner::connects_toOneWorkflow_mergeIntoOneOperation()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    for (Workflow& w : snapshot.workflows) {
        if (w.id == QLatin1String("610001")) { // P1 loses two projects
            QJsonObject raw = w.raw;
            QJsonArray ids;
            for (const QJsonValue& id : raw.value(QLatin1String("detectorIds")).toArray()) {
                if (id.toString() != QLatin1String("720001") && id.toString() != QLatin1String("720003"))
                    ids.append(id);
            }
            raw.insert(QLatin1String("detectorIds"), ids);
            w = Workflow::fromJson(raw);
        }
    }
    for (Detector& d : snapshot.detectors) {
        if (d.id == QLatin1String("720001") || d.id == QLatin1String("720003")) {
            QJsonObject raw = d.raw;
            raw.insert(QLatin1String("workflowIds"), QJsonArray{QStringLiteral("610002")});
            d = Detector::fromJson(raw);
        }
    }
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("api-gateway"), QStringLiteral("user-service")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->changes.operations.size(), 1);
    const ChangeOperation& op = plan->changes.operations.first();
    QCOMPARE(op.kind, OperationKind::Connect);
    QCOMPARE(op.target.type, TargetType::Workflow);
    QCOMPARE(op.target.id, QStringLiteral("610001"));
    QCOMPARE(op.request.body.toObject().value(QLatin1String("detectorIds")).toArray().size(), 7);
    QCOMPARE(op.desired.toObject().value(QLatin1String("detectorIds")).toArray().size(), 7);
    QCOMPARE(op.summary.count(QLatin1String("connect error detector")), 2);
}

void TestTierPlanner::missingWorkflow_isCreatedFirst_andReferencedByPlaceholder()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.workflows.removeIf([](const Workflow& w) { return w.id == QLatin1String("610004"); }); // payments' P0 workflow
    for (Detector& d : snapshot.detectors) {
        if (d.workflowIds.contains(QStringLiteral("610004"))) {
            QJsonObject raw = d.raw;
            raw.insert(QLatin1String("workflowIds"), QJsonArray());
            d = Detector::fromJson(raw);
        }
    }
    snapshot.reindex();
    const TierPolicy policy = policyWith(QStringLiteral("routing:\n  teams: {}"),
                                         QStringLiteral("routing:\n  teams:\n    payments:\n      P0: {service: acme-payments-oncall}"));
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan(*planner.selectProjects({}, {QStringLiteral("payments")}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const QList<ChangeOperation>& ops = plan->changes.operations;
    // (op-3 is payment-api's drifted P2 threshold)
    QVERIFY2(ops.size() == 4, qPrintable(outline(plan->changes).join(QLatin1Char('\n'))));
    QCOMPARE(ops.at(0).kind, OperationKind::Create);
    QCOMPARE(ops.at(0).target.type, TargetType::Workflow);
    QCOMPARE(ops.at(0).request.method, QStringLiteral("POST"));
    QCOMPARE(ops.at(0).desired.toObject().value(QLatin1String("name")).toString(), QStringLiteral("[P0] payments critical (PagerDuty)"));
    const QJsonObject action = ops.at(0).request.body.toObject().value(QLatin1String("action_filters")).toArray().first().toObject()
                                   .value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(action.value(QLatin1String("config")).toObject().value(QLatin1String("targetIdentifier")).toString(), QStringLiteral("48212"));
    // payment-api's P0 detector gets reconnected, billing-worker's is created, both to the new workflow.
    QCOMPARE(ops.at(1).target.id, QStringLiteral("720104"));
    QCOMPARE(ops.at(1).request.body.toObject().value(QLatin1String("workflowIds")).toArray(), QJsonArray{QStringLiteral("${op-1.id}")});
    QCOMPARE(ops.at(3).kind, OperationKind::Create);
    QCOMPARE(ops.at(3).request.body.toObject().value(QLatin1String("workflowIds")).toArray(), QJsonArray{QStringLiteral("${op-1.id}")});
}

void TestTierPlanner::missingIssueWorkflow_isCreatedWithTheDetectorsConnected()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.workflows.removeIf([](const Workflow& w) { return w.id == QLatin1String("610001"); });
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("api-gateway"), QStringLiteral("auth-service")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->changes.operations.size(), 1);
    const QJsonObject body = plan->changes.operations.first().request.body.toObject();
    QCOMPARE(body.value(QLatin1String("detectorIds")).toArray(), (QJsonArray{QStringLiteral("720001"), QStringLiteral("720002")}));
    QCOMPARE(body.value(QLatin1String("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(body.value(QLatin1String("triggers")).toObject().value(QLatin1String("conditions")).toArray().size(), 2);
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("[P1] new or regressed issue in production (#alerts-prod)"));
}

void TestTierPlanner::orgWithoutPagerDuty_failsWithAClearError_andPlansNothing()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.integrations.removeIf([](const Integration& i) { return i.providerKey == QLatin1String("pagerduty"); });
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("billing-worker")});
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, ErrorKind::Validation);
    QVERIFY2(plan.error().message.contains(QLatin1String("no PagerDuty integration")), qPrintable(plan.error().message));
    QVERIFY2(plan.error().message.contains(QLatin1String("payments")), qPrintable(plan.error().message));
}

void TestTierPlanner::selection_byTeamAndProject()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    QCOMPARE(*planner.selectProjects({}, {QStringLiteral("payments")}), (QStringList{QStringLiteral("payment-api"), QStringLiteral("billing-worker")}));
    QCOMPARE(*planner.selectProjects({QStringLiteral("web-app")}, {QStringLiteral("payments")}),
             (QStringList{QStringLiteral("web-app"), QStringLiteral("payment-api"), QStringLiteral("billing-worker")}));
    QCOMPARE(planner.selectProjects({}, {})->size(), 7);
}

void TestTierPlanner::selection_unknownNames_areUsageErrors()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    QCOMPARE(planner.selectProjects({QStringLiteral("nope")}, {}).error().kind, ErrorKind::Usage);
    QCOMPARE(planner.selectProjects({}, {QStringLiteral("nope")}).error().kind, ErrorKind::Usage);
}

void TestTierPlanner::planOfAnOkOrg_isEmpty()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("api-gateway"), QStringLiteral("mobile-app")});
    QVERIFY(plan);
    QCOMPARE(outline(plan->changes), QStringList());
}

void TestTierPlanner::transactionP2QueryFix_isCreateOfTheSpanFormThenDelete()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    test::setQuery(snapshot, QStringLiteral("720402"), {{QLatin1String("timeWindow"), 600}}); // auth-service apdex
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("auth-service")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const QStringList expected = {
        QStringLiteral("op-1 create detector POST /api/0/organizations/acme-corp/projects/auth-service/detectors/ | P2 apdex (auth-service): "
                       "create detector apdex(span.duration,300) lt 0.7 over 300 s, connected to \"[P2] performance (#alerts-perf)\"; "
                       "P2 apdex (auth-service): it replaces transaction-based detector 720402, whose query Sentry no longer edits"),
        QStringLiteral("op-2 delete detector DELETE /api/0/organizations/acme-corp/detectors/720402/ | P2 apdex (auth-service): "
                       "delete transaction-based detector 720402 \"[P2] apdex < 0.7 (auth-service)\" once its span-based "
                       "replacement ${op-1.id} is verified"),
    };
    QCOMPARE(outline(plan->changes), expected);
    const ChangeOperation& create = plan->changes.operations.at(0);
    const QJsonObject source = create.request.body.toObject().value(QLatin1String("data_sources")).toArray().first().toObject();
    QCOMPARE(source, (QJsonObject{{QLatin1String("dataset"), QStringLiteral("events_analytics_platform")},
                                  {QLatin1String("aggregate"), QStringLiteral("apdex(span.duration,300)")},
                                  {QLatin1String("query"), QStringLiteral("is_transaction:1")},
                                  {QLatin1String("queryType"), 1},
                                  {QLatin1String("timeWindow"), 300},
                                  {QLatin1String("environment"), QStringLiteral("production")},
                                  {QLatin1String("eventTypes"), QJsonArray{QStringLiteral("trace_item_span")}}}));
    QCOMPARE(create.request.body.toObject().value(QLatin1String("workflowIds")).toArray(), QJsonArray{QStringLiteral("610006")});
    const ChangeOperation& remove = plan->changes.operations.at(1);
    QVERIFY(remove.desired.isNull());
    QCOMPARE(remove.base.toObject().value(QLatin1String("id")).toString(), QStringLiteral("720402"));
    // The push starts the delete only once op-1's create is verified.
    QCOMPARE(placeholderOperations(remove), QStringList{QStringLiteral("op-1")});
    QVERIFY(ChangeSet::fromJson(plan->changes.toJson()));
}

void TestTierPlanner::transactionP2ThresholdFix_staysAPutOfTheConditionGroup()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("payment-api")}); // p95 threshold 3000, transactions
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->changes.operations.size(), 1);
    const ChangeOperation& op = plan->changes.operations.first();
    QCOMPARE(op.request.method, QStringLiteral("PUT"));
    const QJsonObject body = op.request.body.toObject();
    QVERIFY(body.contains(QLatin1String("condition_group")));
    QVERIFY(!body.contains(QLatin1String("data_sources"))); // the transaction query is not touched
}

void TestTierPlanner::newP2Detector_isWrittenOnSpans()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.detectors.removeIf([](const Detector& d) { return d.id == QLatin1String("720305"); }); // billing-worker p95
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("billing-worker")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const ChangeOperation* p95 = nullptr;
    for (const ChangeOperation& op : plan->changes.operations) {
        if (op.summary.startsWith(QLatin1String("P2 p95")))
            p95 = &op;
    }
    QVERIFY2(p95, qPrintable(outline(plan->changes).join(QLatin1Char('\n'))));
    const QJsonObject source = p95->request.body.toObject().value(QLatin1String("data_sources")).toArray().first().toObject();
    QCOMPARE(source.value(QLatin1String("dataset")).toString(), QStringLiteral("events_analytics_platform"));
    QCOMPARE(source.value(QLatin1String("aggregate")).toString(), QStringLiteral("p95(span.duration)"));
    QCOMPARE(source.value(QLatin1String("query")).toString(), QStringLiteral("is_transaction:1"));
    QCOMPARE(source.value(QLatin1String("queryType")).toInt(), 1); // PERFORMANCE, not ERROR
    QCOMPARE(source.value(QLatin1String("eventTypes")).toArray(), QJsonArray{QStringLiteral("trace_item_span")});
    QVERIFY(source.value(QLatin1String("timeWindow")).toInt() >= 300);
}

void TestTierPlanner::legacyP2Rule_isWrittenInTheTransactionForm()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-legacy.json"));
    snapshot.metricAlertRules.removeIf([](const MetricAlertRule& r) {
        return r.projects.contains(QStringLiteral("billing-worker")) && r.aggregate.startsWith(QLatin1String("apdex"));
    });
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("billing-worker")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const ChangeOperation* apdex = nullptr;
    for (const ChangeOperation& op : plan->changes.operations) {
        if (op.summary.startsWith(QLatin1String("P2 apdex")))
            apdex = &op;
    }
    QVERIFY2(apdex, qPrintable(outline(plan->changes).join(QLatin1Char('\n'))));
    const QJsonObject body = apdex->request.body.toObject();
    QCOMPARE(body.value(QLatin1String("dataset")).toString(), QStringLiteral("transactions"));
    QCOMPARE(body.value(QLatin1String("aggregate")).toString(), QStringLiteral("apdex(300)"));
    QCOMPARE(body.value(QLatin1String("query")).toString(), QString());
    QCOMPARE(body.value(QLatin1String("eventTypes")).toArray(), QJsonArray{QStringLiteral("transaction")});
    QCOMPARE(body.value(QLatin1String("queryType")).toInt(), 1);
    QCOMPARE(body.value(QLatin1String("timeWindow")).toInt(), 5);
}

void TestTierPlanner::newIssueConnection_goesToTheIssueStreamDetector()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    for (const Detector& d : QList<Detector>(snapshot.detectors)) {
        if (d.type != QLatin1String("error"))
            continue;
        QJsonObject raw = d.raw;
        raw.insert(QLatin1String("id"), QStringLiteral("7205") + d.id.right(2));
        raw.insert(QLatin1String("type"), QStringLiteral("issue_stream"));
        raw.insert(QLatin1String("workflowIds"), QJsonArray());
        snapshot.detectors.append(Detector::fromJson(raw));
    }
    snapshot.reindex();
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("web-app")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(outline(plan->changes),
             QStringList{QStringLiteral("op-1 connect workflow PUT /api/0/organizations/acme-corp/workflows/610002/ | P3 (web-app): "
                                        "connect issue-stream detector 720506 to workflow \"[P3] new issue in staging (#alerts-staging)\"")});
    QVERIFY(plan->changes.operations.first().request.body.toObject().value(QLatin1String("detectorIds")).toArray()
                .contains(QStringLiteral("720506")));
}

void TestTierPlanner::workflowPut_sendsBackTheIdOfEveryRowItKeeps()
{
    const OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    const TierPolicy policy = TierPolicy::defaultPolicy();
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("web-app")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const ChangeOperation& op = plan->changes.operations.last();
    QCOMPARE(op.target.id, QStringLiteral("610002"));
    const QJsonObject read = op.base.toObject();
    const QJsonObject body = op.request.body.toObject();
    const QJsonObject readFilter = read.value(QLatin1String("actionFilters")).toArray().first().toObject();
    const QJsonObject sentFilter = body.value(QLatin1String("action_filters")).toArray().first().toObject();
    QCOMPARE(sentFilter.value(QLatin1String("id")), readFilter.value(QLatin1String("id")));
    QCOMPARE(sentFilter.value(QLatin1String("actions")).toArray().first().toObject().value(QLatin1String("id")),
             readFilter.value(QLatin1String("actions")).toArray().first().toObject().value(QLatin1String("id")));
    QCOMPARE(sentFilter.value(QLatin1String("conditions")).toArray().first().toObject().value(QLatin1String("id")),
             readFilter.value(QLatin1String("conditions")).toArray().first().toObject().value(QLatin1String("id")));
    QCOMPARE(body.value(QLatin1String("triggers")).toObject().value(QLatin1String("conditions")).toArray().first().toObject().value(QLatin1String("id")),
             read.value(QLatin1String("triggers")).toObject().value(QLatin1String("conditions")).toArray().first().toObject().value(QLatin1String("id")));
    QVERIFY(!body.contains(QLatin1String("detector_ids")));
}

void TestTierPlanner::slackAction_withoutAKnownChannelId_sendsAnEmptyIdAndTheName()
{
    OrgSnapshot snapshot = loadSnapshot(QStringLiteral("demo-workflow.json"));
    snapshot.workflows.removeIf([](const Workflow& w) { return w.id == QLatin1String("610001"); });
    snapshot.reindex();
    const TierPolicy policy = policyWith(QStringLiteral("channel: \"#alerts-prod\""), QStringLiteral("channel: \"#alerts-new\""));
    const TierPlanner planner(snapshot, policy);
    const Result<TierPlan> plan = planner.plan({QStringLiteral("api-gateway")});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->changes.operations.size(), 1);
    const QJsonObject config = plan->changes.operations.first().request.body.toObject().value(QLatin1String("action_filters")).toArray()
                                   .first().toObject().value(QLatin1String("actions")).toArray().first().toObject()
                                   .value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("targetIdentifier")), QJsonValue(QString()));
    QCOMPARE(config.value(QLatin1String("targetDisplay")), QJsonValue(QStringLiteral("alerts-new")));
}

QTEST_GUILESS_MAIN(TestTierPlanner)
#include "tst_tierplanner.moc"
