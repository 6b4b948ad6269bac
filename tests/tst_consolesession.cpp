// SPDX-License-Identifier: MIT
#include "connectionprofilecheck.h"
#include "consolesession.h"
#include "fakesentryserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sc;

class TestConsoleSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void openProfile_loadsSnapshotThenAudit();
    void openProfile_showsTheCachedSnapshotFirst();
    void failedRefresh_keepsOldDataAndReportsTheError();
    void cancelRefresh_stopsThePullAndKeepsOldData();
    void withoutToken_refreshFailsWithAPlainMessage();
    void select_emitsOncePerChange();
    void checkConnection_reportsMissingScopesPerFeature();

private:
    std::unique_ptr<FakeSentryServer> m_server;
    ConnectionProfile profile() const { return {QStringLiteral("Test"), m_server->url(), m_server->orgSlug()}; }
    static ClientConfig fastConfig()
    {
        ClientConfig config;
        config.maxRetries = 0; // a failing server fails at once
        config.transferTimeoutMs = 10000;
        return config;
    }
};

void TestConsoleSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<sc::Error>();
}

void TestConsoleSession::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
}

void TestConsoleSession::openProfile_loadsSnapshotThenAudit()
{
    ConsoleSession session;
    session.setClientDefaults(fastConfig());
    QSignalSpy finished(&session, &ConsoleSession::refreshFinished);
    QSignalSpy audited(&session, &ConsoleSession::auditChanged);
    session.openProfile(profile(), m_server->token());
    QVERIFY(session.isRefreshing());
    QVERIFY(finished.wait(20000));
    QVERIFY(session.hasSnapshot());
    QVERIFY(!session.isSnapshotFromCache());
    QVERIFY(session.snapshot().projectBySlug(QStringLiteral("payment-api")));
    QTRY_VERIFY_WITH_TIMEOUT(session.hasAudit(), 20000);
    QCOMPARE(session.audit().projects.size(), session.snapshot().projects.size());
    QVERIFY(!session.lastError().has_value());
    QTRY_VERIFY(QFile::exists(session.cacheFilePath()));
}

void TestConsoleSession::openProfile_showsTheCachedSnapshotFirst()
{
    {
        ConsoleSession first;
        first.setClientDefaults(fastConfig());
        QSignalSpy finished(&first, &ConsoleSession::refreshFinished);
        first.openProfile(profile(), m_server->token());
        QVERIFY(finished.wait(20000));
    } // the destructor waits for the cache write
    ConsoleSession second;
    QSignalSpy changed(&second, &ConsoleSession::snapshotChanged);
    second.openProfile(profile(), m_server->token(), /*refreshNow=*/false);
    QTRY_VERIFY(second.hasSnapshot());
    QVERIFY(second.isSnapshotFromCache());
    QVERIFY(second.snapshotTakenAt().isValid());
    QVERIFY(second.snapshot().projectBySlug(QStringLiteral("payment-api")));
    QTRY_VERIFY(second.hasAudit());
}

void TestConsoleSession::failedRefresh_keepsOldDataAndReportsTheError()
{
    ConsoleSession session;
    session.setClientDefaults(fastConfig());
    QSignalSpy finished(&session, &ConsoleSession::refreshFinished);
    session.openProfile(profile(), m_server->token());
    QVERIFY(finished.wait(20000));
    const qsizetype projects = session.snapshot().projects.size();

    m_server->options().failRate = 1.0;
    QSignalSpy failed(&session, &ConsoleSession::refreshFailed);
    QSignalSpy changed(&session, &ConsoleSession::snapshotChanged);
    session.refresh();
    QVERIFY(failed.wait(20000));
    QCOMPARE(changed.count(), 0);
    QVERIFY(session.hasSnapshot());
    QCOMPARE(session.snapshot().projects.size(), projects);
    QVERIFY(session.lastError().has_value());
    QCOMPARE(session.lastError()->kind, ErrorKind::Server);
    QVERIFY(!session.lastError()->message.contains(m_server->token()));
}

void TestConsoleSession::cancelRefresh_stopsThePullAndKeepsOldData()
{
    ConsoleSession session;
    session.setClientDefaults(fastConfig());
    QSignalSpy finished(&session, &ConsoleSession::refreshFinished);
    session.openProfile(profile(), m_server->token());
    QVERIFY(finished.wait(20000));

    m_server->options().latencyMs = 300;
    QSignalSpy failed(&session, &ConsoleSession::refreshFailed);
    session.refresh();
    QVERIFY(session.isRefreshing());
    session.cancelRefresh();
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Canceled);
    QVERIFY(!session.isRefreshing());
    QVERIFY(session.hasSnapshot());
    QCOMPARE(finished.count(), 1);
}

void TestConsoleSession::withoutToken_refreshFailsWithAPlainMessage()
{
    ConsoleSession session;
    QSignalSpy failed(&session, &ConsoleSession::refreshFailed);
    session.openProfile(profile(), QString());
    QCOMPARE(failed.count(), 1);
    QVERIFY(session.client() == nullptr);
    QVERIFY(session.lastError()->message.contains(QLatin1String("SENTRY_AUTH_TOKEN")));
}

void TestConsoleSession::select_emitsOncePerChange()
{
    ConsoleSession session;
    QSignalSpy projects(&session, &ConsoleSession::projectSelected);
    QSignalSpy teams(&session, &ConsoleSession::teamSelected);
    session.selectProject(QStringLiteral("payment-api"));
    session.selectProject(QStringLiteral("payment-api"));
    QCOMPARE(projects.count(), 1);
    QCOMPARE(session.selectedProject(), QStringLiteral("payment-api"));
    session.selectTeam(QStringLiteral("payments"));
    QCOMPARE(teams.count(), 1);
    QVERIFY(session.selectedProject().isEmpty());
    QCOMPARE(session.selectedTeam(), QStringLiteral("payments"));
}

void TestConsoleSession::checkConnection_reportsMissingScopesPerFeature()
{
    m_server->options().scopes = {QStringLiteral("org:read"), QStringLiteral("project:read"), QStringLiteral("team:read"),
                                  QStringLiteral("member:read"), QStringLiteral("alerts:read"), QStringLiteral("event:read")};
    ClientConfig config = fastConfig();
    config.baseUrl = m_server->url();
    config.token = m_server->token();
    SentryClient client(config);
    std::optional<Result<ScopeReport>> report;
    checkConnection(&client, m_server->orgSlug(), this, [&](Result<ScopeReport> r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QVERIFY2(*report, qPrintable(report->has_value() ? QString() : report->error().message));
    QStringList missing;
    for (const FeatureAccess& feature : (*report)->features) {
        if (!feature.ok())
            missing << feature.id + QLatin1Char('=') + feature.missing.join(QLatin1Char(','));
    }
    QCOMPARE(missing, (QStringList{QStringLiteral("tiers-write=alerts:write"), QStringLiteral("ownership-write=project:write")}));
    QVERIFY(!(*report)->allOk());
}

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
