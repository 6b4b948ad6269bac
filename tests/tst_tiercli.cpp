// SPDX-License-Identifier: MIT
#include "changeset.h"
#include "commands.h"
#include "result.h"

#include <QtTest>

using namespace sc;

namespace {
const QString kDemo = QStringLiteral(SC_TEST_DATA_DIR "/tiers/demo-workflow.json");
const QString kLegacy = QStringLiteral(SC_TEST_DATA_DIR "/tiers/demo-legacy.json");
} // namespace

class TestTierCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void audit_exitCodes_data();
    void audit_exitCodes();
    void plan_writesAChangeSetFile();
    void plan_onAnOkSelection_writesAnEmptyChangeSet();
    void policyCheck_exitCodes_data();
    void policyCheck_exitCodes();
};

void TestTierCli::audit_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("demo has gaps") << QStringList{QStringLiteral("--snapshot"), kDemo} << int(ExitProblems);
    QTest::newRow("legacy demo has gaps, json") << QStringList{QStringLiteral("--snapshot"), kLegacy, QStringLiteral("--format"), QStringLiteral("json")}
                                                << int(ExitProblems);
    QTest::newRow("markdown") << QStringList{QStringLiteral("--snapshot"), kDemo, QStringLiteral("--format"), QStringLiteral("markdown")}
                              << int(ExitProblems);
    QTest::newRow("table") << QStringList{QStringLiteral("--snapshot"), kDemo, QStringLiteral("--format"), QStringLiteral("table")}
                           << int(ExitProblems);
    QTest::newRow("text, the old name of table") << QStringList{QStringLiteral("--snapshot"), kDemo, QStringLiteral("--format"), QStringLiteral("text")}
                                                 << int(ExitProblems);
    QTest::newRow("bad format") << QStringList{QStringLiteral("--snapshot"), kDemo, QStringLiteral("--format"), QStringLiteral("xml")}
                                << int(ExitUsage);
    QTest::newRow("unreadable snapshot") << QStringList{QStringLiteral("--snapshot"), QStringLiteral("/nonexistent.json")} << int(ExitUsage);
    QTest::newRow("unreadable policy") << QStringList{QStringLiteral("--snapshot"), kDemo, QStringLiteral("--policy"), QStringLiteral("/nonexistent.yaml")}
                                       << int(ExitUsage);
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(ExitOk);
}

void TestTierCli::audit_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QCOMPARE(cli::cmdTiers(QStringList{QStringLiteral("tiers"), QStringLiteral("audit")} + args), code);
}

void TestTierCli::plan_writesAChangeSetFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.json"));
    QCOMPARE(cli::cmdTiers({QStringLiteral("tiers"), QStringLiteral("plan"), QStringLiteral("--snapshot"), kDemo,
                            QStringLiteral("--team"), QStringLiteral("payments"), QStringLiteral("--project"), QStringLiteral("web-app"),
                            QStringLiteral("-o"), path}),
             int(ExitOk));
    const Result<ChangeSet> set = ChangeSet::load(path);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->operations.size(), 3);
    QCOMPARE(set->org, QStringLiteral("acme-corp"));
    QCOMPARE(cli::cmdTiers({QStringLiteral("tiers"), QStringLiteral("plan"), QStringLiteral("--snapshot"), kDemo,
                            QStringLiteral("--team"), QStringLiteral("nope"), QStringLiteral("-o"), path}),
             int(ExitUsage));
}

void TestTierCli::plan_onAnOkSelection_writesAnEmptyChangeSet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.json"));
    QCOMPARE(cli::cmdTiers({QStringLiteral("tiers"), QStringLiteral("plan"), QStringLiteral("--snapshot"), kDemo,
                            QStringLiteral("--project"), QStringLiteral("api-gateway"), QStringLiteral("-o"), path}),
             int(ExitOk));
    QCOMPARE(ChangeSet::load(path)->operations.size(), 0);
}

void TestTierCli::policyCheck_exitCodes_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("withOrg");
    QTest::addColumn<int>("code");
    QTest::newRow("default is valid") << QStringLiteral("default") << false << int(ExitOk);
    QTest::newRow("default is valid for the demo org") << QStringLiteral("default") << true << int(ExitOk);
    QTest::newRow("malformed") << QStringLiteral("tiers: [") << false << int(ExitProblems);
    QTest::newRow("unknown tier") << QStringLiteral("tiers:\n  P9: {}\n") << false << int(ExitProblems);
    QTest::newRow("missing file") << QString() << false << int(ExitUsage);
}

void TestTierCli::policyCheck_exitCodes()
{
    QFETCH(QString, policy);
    QFETCH(bool, withOrg);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    if (!policy.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (policy == QLatin1String("default")) {
            QFile shipped(QStringLiteral(SC_SOURCE_DIR "/resources/policy/default-policy.yaml"));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            file.write(shipped.readAll());
        } else {
            file.write(policy.toUtf8());
        }
    }
    QStringList args{QStringLiteral("tiers"), QStringLiteral("policy"), QStringLiteral("--check"), path};
    if (withOrg)
        args << QStringLiteral("--snapshot") << kDemo;
    QCOMPARE(cli::cmdTiers(args), code);
}

QTEST_GUILESS_MAIN(TestTierCli)
#include "tst_tiercli.moc"
