// SPDX-License-Identifier: MIT
#include "changeset.h"
#include "fakesentryserver.h"
#include "requestshapes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

// Where a raw control character that reached the output is, for the failure message.
QByteArray rawControls(const QByteArray& bytes)
{
    QByteArray found;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            found += "0x" + QByteArray::number(c, 16) + " at " + QByteArray::number(i) + "; ";
    }
    return found;
}

} // namespace

// The real binary, as a user or a script runs it (CLI contract: exit codes, what reaches the
// terminal). The fake server runs in this process; the test waits on the child with the event
// loop running, so the server answers it.
class TestSecurityCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unknownCommand_listsCommandsAndExits2WithoutAWindow_data();
    void unknownCommand_listsCommandsAndExits2WithoutAWindow();
    void diffAndApply_showEveryOperationsMethodAndPath();
    void diffAndApply_printNoRawControlCharactersFromTheServer();
    void architectureAudit_printsNoRawControlCharactersFromTheServer();
    void apply_refusesATraversingPathBeforeSendingAnything();
    void crLfToken_isRefusedWithoutPrintingIt_data();
    void crLfToken_isRefusedWithoutPrintingIt();

private:
    Run run(const QStringList& args, const QByteArray& input = {}, QProcessEnvironment env = {});
    QString save(const ChangeSet& set, const QString& name);
    ChangeSet renamedWorkflowChange(const QString& evilName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSentryServer> m_server;
};

void TestSecurityCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(SC_BINARY)), SC_BINARY);
}

void TestSecurityCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
}

Run TestSecurityCli::run(const QStringList& args, const QByteArray& input, QProcessEnvironment env)
{
    if (env.isEmpty()) {
        env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SENTRY_URL"_s, m_server->url().toString());
        env.insert(u"SENTRY_AUTH_TOKEN"_s, m_server->token());
        env.insert(u"SENTRY_ORG"_s, m_server->orgSlug());
    }
    // Like a terminal-less machine: no display, and no platform plugin chosen for us.
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"HOME"_s, m_dir->path());
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SC_BINARY), args);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestSecurityCli::save(const ChangeSet& set, const QString& name)
{
    const QString path = m_dir->filePath(name);
    [&] { QVERIFY(set.save(path)); }();
    return path;
}

// The workflow as another admin (or a compromised account) renamed it on the server, and a
// change set that was planned from that name.
ChangeSet TestSecurityCli::renamedWorkflowChange(const QString& evilName)
{
    const QString id = u"610004"_s;
    [&] { QVERIFY(m_server->mutateObject(u"workflow"_s, id, QJsonObject{{u"name"_s, evilName}})); }();
    const QJsonObject base = m_server->object(u"workflow"_s, id);
    QJsonObject desired = base;
    desired[u"name"_s] = u"P1 errors"_s;
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Update;
    op.target = {TargetType::Workflow, {}, id};
    op.summary = evilName + u": name"_s;
    op.base = base;
    op.desired = desired;
    op.request = {u"PUT"_s, writePath(m_server->orgSlug(), op.target), desired};
    ChangeSet set;
    set.server = m_server->url().toString();
    set.org = m_server->orgSlug();
    set.operations = {op};
    return set;
}

void TestSecurityCli::unknownCommand_listsCommandsAndExits2WithoutAWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("frobnicate") << QStringList{u"frobnicate"_s} << QString();
    // "audit" is a command of its own now (the architecture audit), and the closest to the typo.
    QTest::newRow("audti") << QStringList{u"audti"_s} << u"audit"_s;
    QTest::newRow("expotr") << QStringList{u"expotr"_s, u"-o"_s, u"x.json"_s} << u"export"_s;
    QTest::newRow("unknown long option") << QStringList{u"--frobnicate"_s} << QString();
}

void TestSecurityCli::unknownCommand_listsCommandsAndExits2WithoutAWindow()
{
    QFETCH(QStringList, args);
    QFETCH(QString, suggestion);
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, r.all().constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"unknown command"_s), r.all().constData());
    for (const QString& command : {u"export"_s, u"auth"_s, u"tiers"_s, u"diff"_s, u"apply"_s, u"history"_s})
        QVERIFY2(err.contains(u"  "_s + command), r.all().constData());
    if (!suggestion.isEmpty())
        QVERIFY2(err.contains(u"Did you mean \"%1\"?"_s.arg(suggestion)), r.all().constData());
    // It never got as far as a window: Qt's platform-plugin abort would say so.
    QVERIFY2(!r.all().contains("platform plugin"), r.all().constData());
}

void TestSecurityCli::diffAndApply_showEveryOperationsMethodAndPath()
{
    const ChangeSet set = renamedWorkflowChange(u"P1 errors (renamed)"_s);
    const QString path = save(set, u"changes.json"_s);
    const QByteArray shown = "PUT " + set.operations.first().request.path.toUtf8();
    const Run diff = run({u"diff"_s, path});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(diff.out.contains(shown), diff.all().constData());
    const Run apply = run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"j.jsonl"_s)});
    QVERIFY2(apply.out.contains(shown), apply.all().constData());
    const Run json = run({u"diff"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject request = QJsonDocument::fromJson(json.out)
                                    .object()
                                    .value(u"operations"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"request"_s)
                                    .toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(request.value(u"path"_s).toString(), set.operations.first().request.path);
}

void TestSecurityCli::diffAndApply_printNoRawControlCharactersFromTheServer()
{
    const QString evil = u"P1 \x1b]0;x\x07\x1b[2J\r\u009b2J\u202e"_s;
    const QString path = save(renamedWorkflowChange(evil), u"changes.json"_s);
    const QString journal = m_dir->filePath(u"j.jsonl"_s);

    const Run diff = run({u"diff"_s, path});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(rawControls(diff.all()).isEmpty(), rawControls(diff.all()).constData());
    QVERIFY2(diff.out.contains("\\x1b]0;x\\x07\\x1b[2J"), diff.out.constData()); // visible, not lost
    QVERIFY2(!diff.out.contains("\u009b") && !diff.out.contains("\u202e"), diff.out.constData());

    const Run apply = run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal});
    QVERIFY2(apply.out.contains("\\x1b]0;x\\x07"), apply.all().constData());
    QVERIFY2(rawControls(apply.all()).isEmpty(), rawControls(apply.all()).constData());
    QVERIFY2(!apply.out.contains("\u009b") && !apply.out.contains("\u202e"), apply.out.constData());

    const Run history = run({u"history"_s, u"--journal"_s, journal});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(rawControls(history.all()).isEmpty(), rawControls(history.all()).constData());
}

void TestSecurityCli::architectureAudit_printsNoRawControlCharactersFromTheServer()
{
    // An owner name in a project's rules is the server's text; the audit quotes it in its findings.
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s,
                                   QJsonObject{{u"raw"_s, u"* #payments\npath:src/** #pay\x1b[2Jments\n"_s}}));
    const Run audit = run({u"audit"_s});
    QVERIFY2(audit.exitCode == 3, audit.all().constData());
    QVERIFY2(rawControls(audit.all()).isEmpty(), rawControls(audit.all()).constData());
    QVERIFY2(audit.out.contains("\\x1b[2J"), audit.out.constData()); // visible, not lost

    const Run plan = run({u"audit"_s, u"plan"_s, u"-o"_s, m_dir->filePath(u"fix.json"_s)});
    QVERIFY2(plan.exitCode == 0, plan.all().constData());
    QVERIFY2(rawControls(plan.all()).isEmpty(), rawControls(plan.all()).constData());
}

void TestSecurityCli::apply_refusesATraversingPathBeforeSendingAnything()
{
    ChangeSet set = renamedWorkflowChange(u"P1 errors"_s);
    set.operations.first().request = {u"POST"_s, u"/api/0/../../__fake__/faults"_s, QJsonObject{{u"pageSize"_s, 3}}};
    const QString path = save(set, u"traversal.json"_s);
    m_server->clearRequestLog();

    const Run apply = run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"j.jsonl"_s)});
    QVERIFY2(apply.exitCode == 2, apply.all().constData());
    QVERIFY2(apply.err.contains("op-1"), apply.err.constData());
    QVERIFY2(apply.err.contains("/api/0/../../__fake__/faults"), apply.err.constData());
    QCOMPARE(m_server->options().pageSize, 100); // the back door never got the body
    QCOMPARE(m_server->requestCount(), 0);
    const Run diff = run({u"diff"_s, path});
    QVERIFY2(diff.exitCode == 2, diff.all().constData());
}

void TestSecurityCli::crLfToken_isRefusedWithoutPrintingIt_data()
{
    QTest::addColumn<bool>("flag");
    QTest::newRow("SENTRY_AUTH_TOKEN") << false;
    QTest::newRow("--auth-token") << true;
}

void TestSecurityCli::crLfToken_isRefusedWithoutPrintingIt()
{
    QFETCH(bool, flag);
    const QString token = m_server->token() + u"\r\nX-Injected: yes"_s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SENTRY_URL"_s, m_server->url().toString());
    env.insert(u"SENTRY_ORG"_s, m_server->orgSlug());
    QStringList args{u"export"_s, u"-o"_s, m_dir->filePath(u"snapshot.json"_s)};
    if (flag)
        args << u"--auth-token"_s << token;
    else
        env.insert(u"SENTRY_AUTH_TOKEN"_s, token);
    const Run r = run(args, {}, env);
    QVERIFY2(r.exitCode == 2, r.all().constData());
    QVERIFY2(r.err.contains(flag ? "--auth-token" : "SENTRY_AUTH_TOKEN"), r.err.constData());
    QVERIFY2(!r.all().contains(m_server->token().toUtf8()), r.all().constData());
    QVERIFY2(!r.all().contains("Injected"), r.all().constData());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
