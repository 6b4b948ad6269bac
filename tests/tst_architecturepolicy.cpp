// SPDX-License-Identifier: MIT
// The architecture section of the policy file: defaults, per-team / per-project overrides,
// severities, and line-numbered errors.
#include "architecturepolicy.h"
#include "requestshapes.h"

#include <QJsonArray>
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
};

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

QTEST_GUILESS_MAIN(TestArchitecturePolicy)
#include "tst_architecturepolicy.moc"
