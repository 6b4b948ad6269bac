// SPDX-License-Identifier: MIT
#include "orgsnapshot.h"
#include "tierpolicy.h"
#include "tierpolicytext.h"

#include <QtTest>

using namespace sc;

class TestTierPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaultPolicy_parsesAndStatesTheFourTiers();
    void defaultPolicy_roundTripsThroughFiles();
    void badPolicies_areReportedWithTheirLine_data();
    void badPolicies_areReportedWithTheirLine();
    void sessionPlatforms_decideTheCrashFreePart_data();
    void sessionPlatforms_decideTheCrashFreePart();
    void validation_namesMissingIntegrationsAndUnroutableTeams_data();
    void validation_namesMissingIntegrationsAndUnroutableTeams();
    void defaultPolicy_validatesAgainstTheDemoOrg();
    void policyText_replacesOneValue_keepingTheRest_data();
    void policyText_replacesOneValue_keepingTheRest();
};

namespace {
OrgSnapshot demo()
{
    Result<OrgSnapshot> snapshot = OrgSnapshot::load(QStringLiteral(SC_TEST_DATA_DIR "/tiers/demo-workflow.json"));
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().message));
    snapshot->reindex();
    return *snapshot;
}

QString withReplaced(const QString& from, const QString& to)
{
    QString text = TierPolicy::defaultPolicyText();
    if (!text.contains(from))
        qFatal("default policy lacks %s", qPrintable(from));
    return text.replace(from, to);
}

int lineOf(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}
} // namespace

void TestTierPolicy::defaultPolicy_parsesAndStatesTheFourTiers()
{
    const TierPolicy policy = TierPolicy::defaultPolicy();
    QVERIFY(policy.spec(Tier::P0).enabled);
    QCOMPARE(policy.spec(Tier::P0).parts.size(), 2);
    QCOMPARE(policy.spec(Tier::P0).part(QStringLiteral("errors"))->threshold, 50.0);
    QCOMPARE(policy.spec(Tier::P0).part(QStringLiteral("errors"))->windowSeconds, 60);
    QCOMPARE(policy.spec(Tier::P0).action.type, QStringLiteral("pagerduty"));
    QCOMPARE(policy.spec(Tier::P1).triggers, (QStringList{QStringLiteral("first_seen_event"), QStringLiteral("regression_event")}));
    QCOMPARE(policy.spec(Tier::P1).action.channel, QStringLiteral("#alerts-prod"));
    QCOMPARE(policy.spec(Tier::P2).part(QStringLiteral("apdex"))->threshold, 0.7);
    QCOMPARE(policy.spec(Tier::P3).environment, QStringLiteral("staging"));
    QVERIFY(policy.toYaml().contains(QLatin1String("format version 1")));
}

void TestTierPolicy::defaultPolicy_roundTripsThroughFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TierPolicy::defaultPolicy().toYaml().toUtf8());
    file.close();
    const Result<TierPolicy> policy = TierPolicy::fromFile(path);
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    QCOMPARE(policy->spec(Tier::P2).part(QStringLiteral("p95"))->threshold, 2000.0);
    QCOMPARE(policy->sourceName(), path);
    QCOMPARE(TierPolicy::fromFile(dir.filePath(QStringLiteral("absent.yaml"))).error().kind, ErrorKind::Io);
}

void TestTierPolicy::badPolicies_areReportedWithTheirLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");   // the line the error must point at
    QTest::addColumn<QString>("message");  // part of the message

    QTest::newRow("malformed YAML") << withReplaced(QStringLiteral("    label: warning"), QStringLiteral("    label: [warning"))
                                    // yaml-cpp notices the unclosed list on the next line
                                    << QStringLiteral("    environment: production\n    triggers: [first_seen_event, regression")
                                    << QStringLiteral("not valid YAML");
    QTest::newRow("unknown tier") << withReplaced(QStringLiteral("  P3:\n"), QStringLiteral("  P7:\n"))
                                  << QStringLiteral("  P7:") << QStringLiteral("Unknown tier \"P7\"");
    QTest::newRow("bad threshold") << withReplaced(QStringLiteral("threshold: 50"), QStringLiteral("threshold: fifty"))
                                   << QStringLiteral("threshold: fifty") << QStringLiteral("must be a number");
    QTest::newRow("percentage over 100") << withReplaced(QStringLiteral("threshold: 95"), QStringLiteral("threshold: 195"))
                                         << QStringLiteral("threshold: 195") << QStringLiteral("between 0 and 100");
    QTest::newRow("unknown key") << withReplaced(QStringLiteral("    frequency: 60\n"), QStringLiteral("    frequncy: 60\n"))
                                 << QStringLiteral("frequncy") << QStringLiteral("Unknown key \"frequncy\"");
    QTest::newRow("unknown trigger") << withReplaced(QStringLiteral("triggers: [first_seen_event]"), QStringLiteral("triggers: [first_seen_events]"))
                                     << QStringLiteral("triggers: [first_seen_events]") << QStringLiteral("Unknown trigger \"first_seen_events\"");
    QTest::newRow("unknown condition") << withReplaced(QStringLiteral("comparison: gt\n        threshold: 50"), QStringLiteral("comparison: above\n        threshold: 50"))
                                       << QStringLiteral("comparison: above") << QStringLiteral("Unknown comparison \"above\"");
    QTest::newRow("override of an unknown part")
        << withReplaced(QStringLiteral("overrides:\n  teams: {}"), QStringLiteral("overrides:\n  teams:\n    payments:\n      P0:\n        error: {threshold: 100}"))
        << QStringLiteral("        error:") << QStringLiteral("Unknown key \"error\"");
}

void TestTierPolicy::badPolicies_areReportedWithTheirLine()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, message);
    const Result<TierPolicy> policy = TierPolicy::fromYaml(text, QStringLiteral("bad.yaml"));
    QVERIFY(!policy);
    QCOMPARE(policy.error().kind, ErrorKind::Validation);
    QVERIFY2(policy.error().message.contains(message), qPrintable(policy.error().message));
    const QList<PolicyDiagnostic> diagnostics = TierPolicy::check(text, QStringLiteral("bad.yaml"));
    QVERIFY(!diagnostics.isEmpty());
    const int expectedLine = lineOf(text, needle);
    QCOMPARE(diagnostics.first().where.line, expectedLine);
    QVERIFY2(policy.error().message.contains(QStringLiteral("bad.yaml:%1:").arg(expectedLine)), qPrintable(policy.error().message));
}

void TestTierPolicy::sessionPlatforms_decideTheCrashFreePart_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("hasSessions");
    QTest::addColumn<int>("parts");
    QTest::newRow("server, no sessions") << "python-django" << false << 1;
    QTest::newRow("server sending sessions") << "go" << true << 2;
    QTest::newRow("browser") << "javascript-react" << false << 2;
    QTest::newRow("mobile") << "react-native" << false << 2;
    QTest::newRow("desktop") << "electron" << false << 2;
    QTest::newRow("unknown platform") << "" << false << 1;
}

void TestTierPolicy::sessionPlatforms_decideTheCrashFreePart()
{
    QFETCH(QString, platform);
    QFETCH(bool, hasSessions);
    QFETCH(int, parts);
    Project project;
    project.slug = QStringLiteral("p");
    project.platform = platform;
    project.hasSessions = hasSessions;
    QCOMPARE(TierPolicy::defaultPolicy().effectiveSpec(Tier::P0, project).parts.size(), parts);
}

void TestTierPolicy::validation_namesMissingIntegrationsAndUnroutableTeams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dropIntegration"); // provider removed from the org
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("dropWorkflow");
    QTest::newRow("unknown PagerDuty service")
        << withReplaced(QStringLiteral("routing:\n  teams: {}"), QStringLiteral("routing:\n  teams:\n    payments:\n      P0: {service: payments-pager}"))
        << QString() << QStringLiteral("PagerDuty service \"payments-pager\", which does not exist") << QString();
    QTest::newRow("no PagerDuty integration") << TierPolicy::defaultPolicyText() << QStringLiteral("pagerduty")
                                              << QStringLiteral("The org has no PagerDuty integration") << QString();
    QTest::newRow("unknown Slack workspace")
        << withReplaced(QStringLiteral("      channel: \"#alerts-prod\"\n"), QStringLiteral("      channel: \"#alerts-prod\"\n      integration: other-workspace\n"))
        << QString() << QStringLiteral("The org has no Slack integration \"other-workspace\"") << QString();
    // payments has two PagerDuty services to choose from and, without its P0 workflow, no P0 alert to copy.
    QTest::newRow("team without routing") << TierPolicy::defaultPolicyText() << QString()
                                          << QStringLiteral("Team payments has no routing for P0") << QStringLiteral("610004");
    QTest::newRow("routing names an unknown team")
        << withReplaced(QStringLiteral("routing:\n  teams: {}\n  projects: {}"),
                        QStringLiteral("routing:\n  teams: {}\n  projects:\n    user-service: {team: newteam}"))
        << QString() << QStringLiteral("names team \"newteam\", which does not exist") << QString();
}

void TestTierPolicy::validation_namesMissingIntegrationsAndUnroutableTeams()
{
    QFETCH(QString, text);
    QFETCH(QString, dropIntegration);
    QFETCH(QString, message);
    QFETCH(QString, dropWorkflow);
    OrgSnapshot snapshot = demo();
    snapshot.integrations.removeIf([&](const Integration& i) { return i.providerKey == dropIntegration; });
    snapshot.workflows.removeIf([&](const Workflow& w) { return w.id == dropWorkflow; });
    snapshot.reindex();
    const Result<TierPolicy> policy = TierPolicy::fromYaml(text, QStringLiteral("org.yaml"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    const QList<PolicyDiagnostic> diagnostics = policy->validateFor(snapshot);
    QStringList all;
    for (const PolicyDiagnostic& d : diagnostics)
        all.append(d.toString());
    QVERIFY2(all.join(QLatin1Char('\n')).contains(message), qPrintable(all.join(QLatin1Char('\n'))));
    for (const PolicyDiagnostic& d : diagnostics)
        QVERIFY2(d.where.line > 0, qPrintable(d.toString()));
}

void TestTierPolicy::defaultPolicy_validatesAgainstTheDemoOrg()
{
    const QList<PolicyDiagnostic> diagnostics = TierPolicy::defaultPolicy().validateFor(demo());
    QStringList all;
    for (const PolicyDiagnostic& d : diagnostics)
        all.append(d.toString());
    QCOMPARE(all, QStringList());
}

void TestTierPolicy::policyText_replacesOneValue_keepingTheRest_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("number") << "tiers.P0.parts.errors.threshold" << "200" << "        threshold: 200";
    QTest::newRow("quoted channel") << "tiers.P1.action.channel" << "#prod-alerts" << "      channel: \"#prod-alerts\"";
    QTest::newRow("quoted aggregate") << "tiers.P0.parts.crash-free.aggregate" << "crash_free_rate(session)"
                                      << "        aggregate: crash_free_rate(session)";
    QTest::newRow("environment") << "tiers.P3.environment" << "stage" << "    environment: stage";
}

void TestTierPolicy::policyText_replacesOneValue_keepingTheRest()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    const QString before = TierPolicy::defaultPolicyText();
    const Result<QString> after = TierPolicyText::withValue(before, path.split(QLatin1Char('.')), value);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    QVERIFY2(after->split(QLatin1Char('\n')).contains(expectedLine), qPrintable(*after));
    QCOMPARE(after->count(QLatin1Char('\n')), before.count(QLatin1Char('\n')));
    QCOMPARE(TierPolicyText::value(*after, path.split(QLatin1Char('.'))), std::optional<QString>(value));
    QVERIFY(after->startsWith(QLatin1String("# sentry-console alert tier policy")));
    QVERIFY(TierPolicy::fromYaml(*after, QStringLiteral("edited.yaml")));
    QVERIFY(!TierPolicyText::withValue(before, {QStringLiteral("tiers"), QStringLiteral("P9")}, value));
}

QTEST_GUILESS_MAIN(TestTierPolicy)
#include "tst_tierpolicy.moc"
