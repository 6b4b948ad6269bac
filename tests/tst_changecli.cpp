// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clicommon.h"
#include "fakesentryserver.h"
#include "journal.h"
#include "requestshapes.h"
#include "testchangesets.h"
#include "result.h"

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// The headless contract of diff / apply / history / undo: exit codes and files, against the fake
// server in this process (the commands run their own event loop, which also serves the server).
class TestChangeCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void diff_showsTheChangeSet();
    void verbose_isPerCommandAndNotInTheEnvironment();
    void apply_unreadableChangeSetIsUsageError();
    void apply_pushesVerifiesAndJournals_thenUndoRestores();
    void apply_conflictExitsWith4AndWritesNothing();
    void apply_changeSetForAnotherOrgIsRefusedBeforeAnyRequest();
    void apply_twiceCreatesOnce();
    void apply_partialThenRerunFinishesWithoutDuplicates();

private:
    QString writeChangeSet(const QString& raw);
    QString writeCreateAndUpdate(const QString& workflowName);
    int workflowsNamed(const QString& name) const;
    int run(const QStringList& args);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSentryServer> m_server;
};

void TestChangeCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChangeCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    qputenv("SENTRY_URL", m_server->url().toString().toUtf8());
    qputenv("SENTRY_AUTH_TOKEN", m_server->token().toUtf8());
    qputenv("SENTRY_ORG", m_server->orgSlug().toUtf8());
}

QString TestChangeCli::writeChangeSet(const QString& raw)
{
    const ChangeSet set = test::paymentApiOwnershipChange(*m_server, raw, u"ownership (payment-api): rules"_s);
    const QString path = m_dir->filePath(u"changes.json"_s);
    [&] { QVERIFY(set.save(path)); }();
    return path;
}

int TestChangeCli::run(const QStringList& args)
{
    return cli::run(QStringList{u"sentry-console"_s} + args);
}

void TestChangeCli::diff_showsTheChangeSet()
{
    const QString path = writeChangeSet(u"* #payments"_s);
    QCOMPARE(run({u"diff"_s, path}), int(ExitOk));
    QCOMPARE(run({u"diff"_s, path, u"--format"_s, u"json"_s}), int(ExitOk));
    QCOMPARE(run({u"diff"_s, path, u"--format"_s, u"yaml"_s}), int(ExitUsage));
    // One name for the human format in every command; "text" stays accepted for old scripts.
    QCOMPARE(run({u"diff"_s, path, u"--format"_s, u"table"_s}), int(ExitOk));
    QCOMPARE(run({u"diff"_s, path, u"--format"_s, u"text"_s}), int(ExitOk));
}

// --verbose belongs to the one command: it is not put into the environment (children would inherit it)
// and the next command run in the same process does not inherit it either.
void TestChangeCli::verbose_isPerCommandAndNotInTheEnvironment()
{
    const QString path = writeChangeSet(u"* #payments"_s);
    QCOMPARE(run({u"diff"_s, path, u"--verbose"_s}), int(ExitOk));
    QVERIFY(cli::verboseErrors());
    QVERIFY(!qEnvironmentVariableIsSet("SC_VERBOSE"));
    QCOMPARE(run({u"diff"_s, path}), int(ExitOk));
    QVERIFY(!cli::verboseErrors());
}

void TestChangeCli::apply_unreadableChangeSetIsUsageError()
{
    QFile file(m_dir->filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"operations\": [{\"id\": \"op-1\"}");
    file.close();
    QCOMPARE(run({u"apply"_s, file.fileName(), u"--yes"_s}), int(ExitUsage));
    QCOMPARE(run({u"apply"_s, m_dir->filePath(u"missing.json"_s), u"--yes"_s}), int(ExitUsage));
    QCOMPARE(run({u"apply"_s, writeChangeSet(u"* #payments"_s), u"--yes"_s, u"--only"_s, u"op-9"_s}), int(ExitUsage));
}

void TestChangeCli::apply_pushesVerifiesAndJournals_thenUndoRestores()
{
    const QString original = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    const QString journal = m_dir->filePath(u"journal.jsonl"_s);
    QCOMPARE(run({u"apply"_s, writeChangeSet(u"* #payments"_s), u"--yes"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), u"* #payments"_s);
    QCOMPARE(Journal(journal).entries()->size(), 1);
    QCOMPARE(run({u"history"_s, u"--format"_s, u"json"_s, u"--journal"_s, journal}), int(ExitOk));

    const QString undo = m_dir->filePath(u"undo.json"_s);
    QCOMPARE(run({u"undo"_s, u"--last"_s, u"1"_s, u"-o"_s, undo, u"--journal"_s, journal}), int(ExitOk));
    QVERIFY(QFile::exists(undo));
    QCOMPARE(run({u"apply"_s, undo, u"--yes"_s, u"--format"_s, u"json"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), original);
    QCOMPARE(run({u"undo"_s, u"--op"_s, u"op-42"_s, u"-o"_s, undo, u"--journal"_s, journal}), int(ExitUsage));
}

void TestChangeCli::apply_conflictExitsWith4AndWritesNothing()
{
    const QString path = writeChangeSet(u"* #payments"_s);
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}}));
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"j.jsonl"_s)}), int(ExitConflict));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), u"* #platform-eng"_s);
    QVERIFY(QFile::exists(path)); // the change set is left as it was
}

void TestChangeCli::apply_changeSetForAnotherOrgIsRefusedBeforeAnyRequest()
{
    ChangeSet set = test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"ownership (payment-api): rules"_s);
    set.org = u"globex"_s;
    const QString path = m_dir->filePath(u"globex.json"_s);
    QVERIFY(set.save(path));
    const int before = m_server->requestCount();
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"j.jsonl"_s)}), int(ExitUsage));
    QCOMPARE(m_server->requestCount(), before);
}

QString TestChangeCli::writeCreateAndUpdate(const QString& workflowName)
{
    ChangeSet set = test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"ownership (payment-api): rules"_s);
    QJsonObject desired = m_server->object(u"workflow"_s, u"610001"_s);
    desired.remove(u"id"_s);
    desired.remove(u"detectorIds"_s);
    desired[u"name"_s] = workflowName;
    ChangeOperation create;
    create.id = u"op-2"_s;
    create.kind = OperationKind::Create;
    create.target = {TargetType::Workflow, {}, {}};
    create.summary = u"create workflow %1"_s.arg(workflowName);
    create.base = QJsonValue(QJsonValue::Null);
    create.desired = desired;
    create.request = {u"POST"_s, collectionPath(m_server->orgSlug(), create.target), writeBodyFor(TargetType::Workflow, desired)};
    set.operations.append(create);
    const QString path = m_dir->filePath(u"create-and-update.json"_s);
    [&] { QVERIFY(set.save(path)); }();
    return path;
}

int TestChangeCli::workflowsNamed(const QString& name) const
{
    int n = 0;
    // Seed workflows sit below 720000; the fake numbers new objects from 9100000 on.
    for (qint64 id : {610001, 610002, 610003, 610004, 610005, 610006})
        n += m_server->object(u"workflow"_s, QString::number(id)).value(u"name"_s).toString() == name;
    for (qint64 id = 9100000; id < 9100200; ++id)
        n += m_server->object(u"workflow"_s, QString::number(id)).value(u"name"_s).toString() == name;
    return n;
}

void TestChangeCli::apply_twiceCreatesOnce()
{
    const QString path = writeCreateAndUpdate(u"Applied twice"_s);
    const QString journal = m_dir->filePath(u"journal.jsonl"_s);
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(workflowsNamed(u"Applied twice"_s), 1);
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(workflowsNamed(u"Applied twice"_s), 1);
    const auto entries = Journal(journal).entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4); // what each run did: two writes, then two already applied
    QCOMPARE(entries->at(2).outcome, u"already-applied"_s);
    QCOMPARE(entries->at(3).outcome, u"already-applied"_s);
}

void TestChangeCli::apply_partialThenRerunFinishesWithoutDuplicates()
{
    const QString path = writeCreateAndUpdate(u"Partly applied"_s);
    const QString journal = m_dir->filePath(u"journal.jsonl"_s);
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--only"_s, u"op-1"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(workflowsNamed(u"Partly applied"_s), 0);
    // op-1 is on the server already (its base is stale now): already applied, not a conflict.
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(workflowsNamed(u"Partly applied"_s), 1);
    QCOMPARE(run({u"apply"_s, path, u"--yes"_s, u"--journal"_s, journal}), int(ExitOk));
    QCOMPARE(workflowsNamed(u"Partly applied"_s), 1);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), u"* #payments"_s);
}

QTEST_GUILESS_MAIN(TestChangeCli)
#include "tst_changecli.moc"
