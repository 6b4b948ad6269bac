// SPDX-License-Identifier: MIT
// The architecture section of the policy file: defaults, per-team / per-project overrides,
// severities, and line-numbered errors.
#include "architectureaudit.h"
#include "architectureplanner.h"
#include "architecturepolicy.h"
#include "requestshapes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sc;
using namespace Qt::StringLiterals;

class TestArchitecturePolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultPolicy_parsesAndHasEveryCheck();
    void overrides_applyTeamThenProject();
    void errors_nameFileLineAndCause_data();
    void errors_nameFileLineAndCause();
    void workers_matchSlugOrPlatformPatterns();
    void placeholders_nameAnyFieldOfAnEarlierCreate();
    void keyPutBody_sendsBrowserSdkVersionBack();
    void topology_patternAIsTheDefault_twoTeamsDriftUnlessShared_data();
    void topology_patternAIsTheDefault_twoTeamsDriftUnlessShared();
    void topologyPlan_movesTheCatchAllToTheOwnerAndRemovesTheOtherTeam();
    void topologyPlan_leavesATeamThatSpecificRulesRouteToAsADecision();
    void ownershipPlan_unknownTeamGoesToTheOwnerUnderPatternA_isCreatedOtherwise();
};

// One org, one project "ledger" with the given teams (the first owns it) and ownership rules.
static OrgSnapshot twoTeamOrg(const QStringList& teams, const QString& rules)
{
    OrgSnapshot s;
    s.orgSlug = u"acme"_s;
    int id = 1;
    for (const QString& slug : {u"payments"_s, u"platform-eng"_s}) {
        Team t;
        t.id = QString::number(id++);
        t.slug = slug;
        t.name = slug;
        t.raw = QJsonObject{{u"id"_s, t.id}, {u"slug"_s, slug}, {u"name"_s, slug}, {u"projects"_s, QJsonArray()}};
        s.teams.append(t);
    }
    Project p;
    p.id = u"42"_s;
    p.slug = u"ledger"_s;
    p.name = u"ledger"_s;
    p.platform = u"go"_s;
    for (const QString& slug : teams)
        p.teams.append(TeamRef{slug == u"payments"_s ? u"1"_s : u"2"_s, slug, slug});
    ProjectOwnership o;
    o.raw = rules;
    o.rawIsNull = false;
    o.json = QJsonObject{{u"raw"_s, rules}, {u"fallthrough"_s, false}};
    p.ownership = o;
    s.projects.append(p);
    s.reindex();
    return s;
}

void TestArchitecturePolicy::topology_patternAIsTheDefault_twoTeamsDriftUnlessShared_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("state");
    QTest::newRow("default: pattern A") << QString() << u"drifted"_s;
    QTest::newRow("listed as shared (pattern B)") << u"architecture:\n  topology: {shared: [ledger]}\n"_s << u"ok"_s;
    QTest::newRow("oneTeamOnly off") << u"architecture:\n  topology: {oneTeamOnly: false}\n"_s << u"ok"_s;
}

void TestArchitecturePolicy::topology_patternAIsTheDefault_twoTeamsDriftUnlessShared()
{
    QFETCH(QString, policy);
    QFETCH(QString, state);
    const Result<ArchitecturePolicy> parsed = policy.isEmpty() ? Result<ArchitecturePolicy>(ArchitecturePolicy::defaultPolicy())
                                                               : ArchitecturePolicy::fromYaml(policy, u"p.yaml"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(ArchitecturePolicy::defaultPolicy().defaults().oneTeamOnly, true);
    const ArchitectureAudit audit = auditArchitecture(twoTeamOrg({u"payments"_s, u"platform-eng"_s}, u"* #payments\n"_s), *parsed);
    const CheckResult* topology = audit.project(u"ledger"_s)->check(u"topology"_s);
    QCOMPARE(checkStateName(topology->state), state);
    // One team is pattern A whatever the policy says.
    QCOMPARE(auditArchitecture(twoTeamOrg({u"payments"_s}, u"* #payments\n"_s), *parsed).project(u"ledger"_s)->check(u"topology"_s)->state,
             CheckState::Ok);
}

// "kind target: request" per operation, so a failure shows the whole plan.
static QStringList outline(const ChangeSet& set)
{
    QStringList out;
    for (const ChangeOperation& op : set.operations)
        out.append(u"%1 %2 %3: %4 %5 %6"_s.arg(operationKindName(op.kind), targetTypeName(op.target.type), op.target.id, op.request.method, op.request.path,
                                            QString::fromUtf8(QJsonDocument(op.request.body.toObject()).toJson(QJsonDocument::Compact))));
    return out;
}

void TestArchitecturePolicy::topologyPlan_movesTheCatchAllToTheOwnerAndRemovesTheOtherTeam()
{
    const OrgSnapshot org = twoTeamOrg({u"payments"_s, u"platform-eng"_s}, u"path:src/** #payments\n* #platform-eng\n"_s);
    const Result<ArchitecturePlan> plan = planArchitectureFixes(org, ArchitecturePolicy::defaultPolicy(), {u"ledger"_s}, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const QStringList ops = outline(plan->changes).filter(u"ownership"_s) + outline(plan->changes).filter(u"projectTeam"_s);
    QCOMPARE(ops, (QStringList{
        u"update ownership : PUT /api/0/projects/acme/ledger/ownership/ {\"raw\":\"path:src/** #payments\\n* #payments\\n\"}"_s,
        u"delete projectTeam platform-eng: DELETE /api/0/projects/acme/ledger/teams/platform-eng/ {}"_s}));
    // The base of the delete is the team entry the refetch reads (no `projects`).
    for (const ChangeOperation& op : plan->changes.operations) {
        if (op.target.type == TargetType::ProjectTeam)
            QCOMPARE(op.base.toObject(), (QJsonObject{{u"id"_s, u"2"_s}, {u"slug"_s, u"platform-eng"_s}, {u"name"_s, u"platform-eng"_s}}));
    }
}

void TestArchitecturePolicy::topologyPlan_leavesATeamThatSpecificRulesRouteToAsADecision()
{
    const OrgSnapshot org = twoTeamOrg({u"payments"_s, u"platform-eng"_s}, u"path:infra/** #platform-eng\n* #payments\n"_s);
    const Result<ArchitecturePlan> plan = planArchitectureFixes(org, ArchitecturePolicy::defaultPolicy(), {u"ledger"_s}, {});
    QVERIFY(plan);
    QVERIFY2(outline(plan->changes).filter(u"projectTeam"_s).isEmpty(), qPrintable(outline(plan->changes).join(u'\n')));
    QVERIFY2(!plan->notes.filter(u"ownership line(s) 1 route issues to #platform-eng"_s).isEmpty(), qPrintable(plan->notes.join(u'\n')));
}

void TestArchitecturePolicy::defaultPolicy_parsesAndHasEveryCheck()
{
    const Result<ArchitecturePolicy> parsed = ArchitecturePolicy::fromYaml(ArchitecturePolicy::defaultArchitectureText(), u"default"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const ArchitectureRules rules = parsed->defaults();
    for (const QString& id : architectureCheckIds())
        QVERIFY2(rules.severity.contains(id), qPrintable(id));
    QCOMPARE(rules.severityOf(u"spike-protection"_s), CheckSeverity::Warning);
    QCOMPARE(rules.sensitiveFields, (QStringList{u"authorization"_s, u"cookie"_s, u"x-api-key"_s}));
    QCOMPARE(rules.rateLimitWindow, 60);
}

void TestArchitecturePolicy::overrides_applyTeamThenProject()
{
    const Result<ArchitecturePolicy> parsed = ArchitecturePolicy::fromYaml(
        u"architecture:\n"
        "  quota: {window: 60, count: 1000}\n"
        "  overrides:\n"
        "    teams:\n"
        "      payments: {quota: {count: 5000}, checks: {releases: off}}\n"
        "    projects:\n"
        "      payment-api: {quota: {count: 9000}, worker: true}\n"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const ArchitectureRules api = parsed->effective(u"payment-api"_s, {u"payments"_s});
    QCOMPARE(api.rateLimitCount, 9000);
    QCOMPARE(api.severityOf(u"releases"_s), CheckSeverity::Off);
    QVERIFY(api.isWorker(u"payment-api"_s, u"java"_s));
    const ArchitectureRules billing = parsed->effective(u"billing-worker"_s, {u"payments"_s});
    QCOMPARE(billing.rateLimitCount, 5000);
    QCOMPARE(parsed->effective(u"web-app"_s, {u"frontend"_s}).rateLimitCount, 1000);
}

void TestArchitecturePolicy::errors_nameFileLineAndCause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown check") << u"architecture:\n  checks:\n    uptime: error\n"_s << u"p.yaml:3:5: Unknown check \"uptime\""_s;
    QTest::newRow("bad severity") << u"architecture:\n  checks:\n    pii: loud\n"_s << u"p.yaml:3:10: The severity of pii"_s;
    QTest::newRow("unknown key") << u"architecture:\n  quota:\n    burst: 5\n"_s << u"p.yaml:3:5: Unknown key \"burst\""_s;
    QTest::newRow("window too long") << u"architecture:\n  quota: {window: 90000}\n"_s << u"p.yaml:2:19: architecture.quota.window"_s;
    QTest::newRow("unknown check in an override")
        << u"architecture:\n  overrides:\n    teams:\n      payments: {checks: {dns: off}}\n"_s << u"p.yaml:4:27: Unknown check \"dns\""_s;
    QTest::newRow("empty sensitive field") << u"architecture:\n  pii: {sensitiveFields: [cookie, \"\"]}\n"_s
                                           << u"p.yaml:2:35: architecture.pii.sensitiveFields must not contain empty values."_s;
}

void TestArchitecturePolicy::errors_nameFileLineAndCause()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<ArchitecturePolicy> parsed = ArchitecturePolicy::fromYaml(text, u"p.yaml"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestArchitecturePolicy::workers_matchSlugOrPlatformPatterns()
{
    const ArchitectureRules rules = ArchitecturePolicy::defaultPolicy().defaults();
    QVERIFY(rules.isWorker(u"billing-worker"_s, u"python-celery"_s));
    QVERIFY(rules.isWorker(u"reports"_s, u"python-celery"_s));
    QVERIFY(rules.isWorker(u"nightly-cron"_s, u"go"_s));
    QVERIFY(!rules.isWorker(u"api-gateway"_s, u"python-django"_s));
    QVERIFY(rules.wantsSourceMaps(u"javascript-react"_s));
    QVERIFY(rules.wantsSourceMaps(u"react-native"_s));
    QVERIFY(!rules.wantsSourceMaps(u"go"_s));
}

void TestArchitecturePolicy::placeholders_nameAnyFieldOfAnEarlierCreate()
{
    ChangeOperation op;
    op.request.path = u"/api/0/projects/acme-corp/${op-1.slug}/keys/"_s;
    op.request.body = QJsonObject{{u"workflowIds"_s, QJsonArray{u"${op-12.id}"_s}}};
    QCOMPARE(placeholderOperations(op), (QStringList{u"op-1"_s, u"op-12"_s}));
    QHash<QString, QString> created{{u"op-1"_s, u"4519"_s}, {u"op-12"_s, u"77"_s}};
    recordCreatedFields(created, u"op-1"_s, QJsonObject{{u"id"_s, u"4519"_s}, {u"slug"_s, u"ledger-worker"_s}});
    QCOMPARE(substitutePlaceholders(op.request.path, created), u"/api/0/projects/acme-corp/ledger-worker/keys/"_s);
    QCOMPARE(substitutePlaceholders(op.request.body, created).toObject().value(u"workflowIds"_s).toArray().first().toString(), u"77"_s);
}

void TestArchitecturePolicy::keyPutBody_sendsBrowserSdkVersionBack()
{
    const QJsonObject limit{{u"window"_s, 60}, {u"count"_s, 1000}};
    const QJsonObject body = clientKeyPutBody(QJsonObject{{u"browserSdkVersion"_s, u"7.x"_s}}, limit);
    QCOMPARE(body, (QJsonObject{{u"rateLimit"_s, limit}, {u"browserSdkVersion"_s, u"7.x"_s}}));
    // Only the scrubbing fields that change go into the project PUT.
    QCOMPARE(projectSettingsPutBody(QJsonObject{{u"scrubIPAddresses"_s, false}, {u"dataScrubber"_s, true}},
                                    QJsonObject{{u"scrubIPAddresses"_s, true}, {u"dataScrubber"_s, true}}),
             (QJsonObject{{u"scrubIPAddresses"_s, true}}));
}

void TestArchitecturePolicy::ownershipPlan_unknownTeamGoesToTheOwnerUnderPatternA_isCreatedOtherwise()
{
    const OrgSnapshot org = twoTeamOrg({u"payments"_s}, u"path:sso/** #identity\n"_s);
    const Result<ArchitecturePlan> a = planArchitectureFixes(org, ArchitecturePolicy::defaultPolicy(), {u"ledger"_s}, {});
    QVERIFY(a);
    QCOMPARE(outline(a->changes).filter(u"ownership"_s),
             (QStringList{u"update ownership : PUT /api/0/projects/acme/ledger/ownership/ {\"raw\":\"* #payments\\npath:sso/** #payments\\n\"}"_s}));
    QVERIFY(outline(a->changes).filter(u" team "_s).isEmpty());
    QVERIFY2(!a->notes.filter(u"#identity, which is not a team of acme"_s).isEmpty(), qPrintable(a->notes.join(u'\n')));

    const Result<ArchitecturePolicy> shared = ArchitecturePolicy::fromYaml(u"architecture:\n  topology: {oneTeamOnly: false}\n"_s);
    QVERIFY(shared);
    const Result<ArchitecturePlan> b = planArchitectureFixes(org, *shared, {u"ledger"_s}, {});
    QVERIFY(b);
    QStringList kinds;
    for (const ChangeOperation& op : b->changes.operations) {
        if (op.target.type == TargetType::Team || op.target.type == TargetType::ProjectTeam)
            kinds.append(operationKindName(op.kind) + u' ' + targetTypeName(op.target.type));
    }
    QCOMPARE(kinds, (QStringList{u"create team"_s, u"create projectTeam"_s}));
}

QTEST_GUILESS_MAIN(TestArchitecturePolicy)
#include "tst_architecturepolicy.moc"
