// SPDX-License-Identifier: MIT
#include "cli.h"
#include "fakesentryserver.h"
#include "journal.h"
#include "pushengine.h"
#include "ratelimitpolicy.h"
#include "result.h"
#include "sentryclient.h"
#include "testchangesets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sc;

// Exit codes and messages of the commands for inputs and faults that used to hang, pass silently or
// mislead: placeholder cycles, an unwritable journal, CODEOWNERS lines Sentry reads differently,
// snapshots of the wrong shape.
class TestIntegrityCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void applyAndDiff_rejectPlaceholderCycles_namingTheCycle();
    void apply_unwritableJournalIsAFailureNamingTheFile();
    void pushEngine_unwritableJournalFailsThePush();
    void pushEngine_createAnsweredWithAnErrorDoesNotSayMayHave();
    void importCodeowners_lineSentryReadsDifferentlyIsNotExit0();
    void tiersAudit_snapshotOfTheWrongShapeNamesFileAndMember();
    void rateLimitHeaders_outOfRangeNumbersAreClampedOrIgnored();
    void writeWithoutAnswer_doesNotClaimTheServerWasNotReached();

private:
    QString write(const QString& name, const QByteArray& bytes);
    // Runs the command with stderr going to a file; returns the exit code and fills `errText`.
    int run(const QStringList& args, QString* errText = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSentryServer> m_server;
};

void TestIntegrityCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIntegrityCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    qputenv("SENTRY_URL", m_server->url().toString().toUtf8());
    qputenv("SENTRY_AUTH_TOKEN", m_server->token().toUtf8());
    qputenv("SENTRY_ORG", m_server->orgSlug().toUtf8());
}

QString TestIntegrityCli::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestIntegrityCli::run(const QStringList& args, QString* errText)
{
    const QString errPath = m_dir->filePath(u"stderr.txt"_s);
    fflush(stderr);
    const int saved = dup(STDERR_FILENO);
    FILE* capture = fopen(QFile::encodeName(errPath).constData(), "w");
    dup2(fileno(capture), STDERR_FILENO);
    const int code = cli::run(QStringList{u"sentry-console"_s} + args);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    fclose(capture);
    QFile file(errPath);
    if (errText && file.open(QIODevice::ReadOnly))
        *errText = QString::fromUtf8(file.readAll());
    return code;
}

void TestIntegrityCli::applyAndDiff_rejectPlaceholderCycles_namingTheCycle()
{
    ChangeSet set = test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"rules"_s);
    ChangeOperation second = set.operations.first();
    second.id = u"op-2"_s;
    set.operations.first().request.body = QJsonObject{{u"raw"_s, u"* #payments # ${op-2.id}"_s}};
    second.request.body = QJsonObject{{u"raw"_s, u"* #payments # ${op-1.id}"_s}};
    set.operations.append(second);
    const QString path = m_dir->filePath(u"cycle.json"_s);
    QVERIFY(set.save(path));
    const QString before = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();

    QString err;
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"j.jsonl"_s)}, &err), int(ExitUsage));
    QVERIFY2(err.contains(u"op-1 → op-2 → op-1"_s) && err.contains(path), qPrintable(err));
    QCOMPARE(run({u"diff"_s, path}, &err), int(ExitUsage));
    QVERIFY2(err.contains(u"op-1 → op-2 → op-1"_s), qPrintable(err));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), before);
}

void TestIntegrityCli::apply_unwritableJournalIsAFailureNamingTheFile()
{
    const QString path = m_dir->filePath(u"changes.json"_s);
    QVERIFY(test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"rules"_s).save(path));
    // A journal under a regular file cannot be created, even by root.
    const QString journal = write(u"not-a-folder"_s, "x") + u"/journal.jsonl"_s;
    const QString before = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    QString err;
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal}, &err), int(ExitFailed));
    QVERIFY2(err.contains(journal) && err.contains(u"Nothing was pushed"_s), qPrintable(err));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), before);
    // A journal that exists but cannot be appended to (here: a folder) is refused the same way.
    const QString folder = m_dir->filePath(u"journal-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, folder}, &err), int(ExitFailed));
    QVERIFY2(err.contains(folder), qPrintable(err));
}

void TestIntegrityCli::pushEngine_unwritableJournalFailsThePush()
{
    SentryClient client(ClientConfig{m_server->url(), m_server->token()});
    PushOptions options;
    options.journalPath = write(u"file"_s, "x") + u"/journal.jsonl"_s;
    PushEngine engine(&client, test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"rules"_s), options);
    QSignalSpy finished(&engine, &PushEngine::finished);
    engine.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(engine.outcome(u"op-1"_s).status, PushStatus::Verified);
    QVERIFY2(engine.journalError().contains(options.journalPath), qPrintable(engine.journalError()));
    QCOMPARE(engine.exitCode(), int(ExitFailed));
}

void TestIntegrityCli::pushEngine_createAnsweredWithAnErrorDoesNotSayMayHave()
{
    SentryClient client(ClientConfig{m_server->url(), m_server->token()});
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Create;
    op.target = {TargetType::Workflow, {}, {}};
    op.desired = QJsonObject{{u"name"_s, u"x"_s}};
    op.request = {u"POST"_s, u"/api/0/organizations/%1/workflows/"_s.arg(m_server->orgSlug()), QJsonObject{{u"name"_s, u"x"_s}}};
    ChangeSet set;
    set.org = m_server->orgSlug();
    set.operations = {op};
    PushOptions options;
    options.journalPath = m_dir->filePath(u"j.jsonl"_s);
    m_server->options().failRate = 1; // every request answered 500: the server did receive the POST
    PushEngine engine(&client, set, options);
    QSignalSpy finished(&engine, &PushEngine::finished);
    engine.start();
    QVERIFY(finished.wait(20000));
    const PushOutcome outcome = engine.outcome(u"op-1"_s);
    QCOMPARE(outcome.status, PushStatus::Failed);
    QVERIFY2(!outcome.note.contains(u"may have"_s) && outcome.note.contains(u"HTTP 500"_s), qPrintable(outcome.note));
}

void TestIntegrityCli::importCodeowners_lineSentryReadsDifferentlyIsNotExit0()
{
    const QString mapping = write(u"mapping.json"_s, R"({"@acme/payments": "#payments"})");
    const QString codeowners = write(u"CODEOWNERS"_s, "/src/ @acme/payments\n\"a\"b @acme/payments\n");
    QString err;
    QCOMPARE(run({u"ownership"_s, u"import-codeowners"_s, codeowners, u"--mapping"_s, mapping}, &err), int(ExitProblems));
    QVERIFY2(err.contains(codeowners + u":2: "_s), qPrintable(err));
    const QString clean = write(u"CODEOWNERS.ok"_s, "/src/ @acme/payments\n");
    QCOMPARE(run({u"ownership"_s, u"import-codeowners"_s, clean, u"--mapping"_s, mapping}, &err), int(ExitOk));
    const QString badMapping = write(u"mapping.txt"_s, "@acme/payments\n");
    QCOMPARE(run({u"ownership"_s, u"import-codeowners"_s, clean, u"--mapping"_s, badMapping}, &err), int(ExitUsage));
    QVERIFY2(err.contains(badMapping), qPrintable(err));
}

void TestIntegrityCli::tiersAudit_snapshotOfTheWrongShapeNamesFileAndMember()
{
    const QString snapshot = write(u"snapshot.json"_s, R"({"organization": {"slug": "acme"}, "projects": [], "teams": 7})");
    QString err;
    QCOMPARE(run({u"tiers"_s, u"audit"_s, u"--snapshot"_s, snapshot}, &err), int(ExitUsage));
    QVERIFY2(err.contains(snapshot) && err.contains(u"\"teams\" is a number"_s), qPrintable(err));
}

void TestIntegrityCli::rateLimitHeaders_outOfRangeNumbersAreClampedOrIgnored()
{
    using Headers = QHash<QByteArray, QByteArray>;
    const qint64 now = 1700000000000;
    // A huge Retry-After waits the longest allowed wait (one minute plus jitter), not no time at all.
    const qint64 huge = ratelimit::waitAfter429Ms(Headers{{"retry-after", "1e300"}}, now, 0, 0.0);
    QCOMPARE(huge, ratelimit::waitAfter429Ms(Headers{{"retry-after", "60"}}, now, 0, 0.0));
    QCOMPARE(ratelimit::waitAfter429Ms(Headers{{"retry-after", "-1e300"}}, now, 0, 0.0),
             ratelimit::waitAfter429Ms(Headers{{"retry-after", "0"}}, now, 0, 0.0));
    // A reset time of 1e300 is no time: the same wait as without the header.
    QCOMPARE(ratelimit::waitAfter429Ms(Headers{{"x-sentry-rate-limit-reset", "1e300"}}, now, 0, 0.0),
             ratelimit::waitAfter429Ms(Headers{}, now, 0, 0.0));
}

void TestIntegrityCli::writeWithoutAnswer_doesNotClaimTheServerWasNotReached()
{
    // Qt resends a request once when a kept-alive connection drops, so "Connection refused" on the
    // last attempt does not mean that the server never got the first one.
    const QString path = u"/api/0/organizations/acme/workflows/"_s;
    const Result<ApiResponse> post = interpretReply(0, {}, {}, u"POST"_s, path, u"Connection refused"_s);
    QVERIFY(!post);
    QVERIFY2(!post.error().message.contains(u"Could not reach"_s) && post.error().message.contains(u"No answer"_s),
             qPrintable(post.error().message));
    const Result<ApiResponse> get = interpretReply(0, {}, {}, u"GET"_s, path, u"Connection refused"_s);
    QVERIFY(get.error().message.contains(u"Could not reach"_s));
}

QTEST_GUILESS_MAIN(TestIntegrityCli)
#include "tst_integritycli.moc"
