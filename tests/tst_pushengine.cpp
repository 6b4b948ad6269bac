// SPDX-License-Identifier: MIT
#include "fakesentryserver.h"
#include "journal.h"
#include "pushengine.h"
#include "requestshapes.h"
#include "sentryclient.h"
#include "undobuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

class TestPushEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void ownershipUpdate_isVerifiedAndJournaled();
    void update_leavesUnmodelledFieldsUntouched();
    void concurrentEdit_isAConflictAndNothingIsWritten();
    void conflict_rebaseKeepsTheirEditAndAppliesMine();
    void serverErrorMidPush_stopsAndKeepsTheRestPending();
    void serverErrorMidPush_continuesWhenAsked();
    void invalidRule_failsWith400AndNothingChanges();
    void missingScope_failsWith403();
    void droppedConnectionAfterWrite_readBackTellsTheTruth();
    void createThenConnect_substitutesTheCreatedId();
    void undo_restoresTheServerThroughTheSamePush();
    void onlySelected_pushesASubset();

private:
    ChangeOperation ownershipOp(const QString& id, const QString& project, const QString& raw) const;
    void push(const ChangeSet& set, PushOptions options = {});
    ChangeSet setOf(QList<ChangeOperation> ops) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<SentryClient> m_client;
    std::unique_ptr<PushEngine> m_engine;
    QString m_journal;
};

void TestPushEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = m_dir->filePath(u"journal.jsonl"_s);
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    ClientConfig config;
    config.baseUrl = m_server->url();
    config.token = m_server->token();
    config.maxRetries = 1;
    m_client = std::make_unique<SentryClient>(config);
}

void TestPushEngine::cleanup()
{
    m_engine.reset();
    m_client.reset();
    m_server.reset();
}

ChangeSet TestPushEngine::setOf(QList<ChangeOperation> ops) const
{
    ChangeSet set;
    set.server = m_server->url().toString();
    set.org = m_server->orgSlug();
    set.created = QDateTime::currentDateTimeUtc();
    set.operations = std::move(ops);
    return set;
}

ChangeOperation TestPushEngine::ownershipOp(const QString& id, const QString& project, const QString& raw) const
{
    const QJsonObject base = m_server->object(u"ownership"_s, project);
    QJsonObject desired = base;
    desired[u"raw"_s] = raw;
    ChangeOperation op;
    op.id = id;
    op.kind = u"update"_s;
    op.target = {u"ownership"_s, project, {}};
    op.summary = u"ownership (%1): rules"_s.arg(project);
    op.base = base;
    op.desired = desired;
    op.request = {u"PUT"_s, writePath(m_server->orgSlug(), op.target), ownershipPutBody(base, desired)};
    return op;
}

void TestPushEngine::push(const ChangeSet& set, PushOptions options)
{
    options.journalPath = m_journal;
    m_engine = std::make_unique<PushEngine>(m_client.get(), set, options);
    QSignalSpy finished(m_engine.get(), &PushEngine::finished);
    m_engine->start();
    QVERIFY(m_engine->isFinished() || finished.wait(20000));
}

void TestPushEngine::ownershipUpdate_isVerifiedAndJournaled()
{
    const QString raw = u"path:src/payments/** #payments\n* #payments"_s;
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, raw)}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QCOMPARE(pushStatusName(outcome.status), u"verified"_s);
    QVERIFY(outcome.written);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), raw);
    QCOMPARE(m_engine->exitCode(), int(ExitOk));
    // refetch, write, read-back: the minimum.
    QCOMPARE(m_engine->requestsSent(), 3);
    const Result<QList<JournalEntry>> journal = Journal(m_journal).entries();
    QVERIFY(journal);
    QCOMPARE(journal->size(), 1);
    QCOMPARE(journal->first().outcome, u"verified"_s);
    QVERIFY(journal->first().before.toObject().value(u"raw"_s).toString().contains(u"#platform-eng"_s));
    QCOMPARE(journal->first().after.toObject().value(u"raw"_s).toString(), raw);
}

void TestPushEngine::update_leavesUnmodelledFieldsUntouched()
{
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s,
                                   QJsonObject{{u"codeownersAutoSync"_s, false},
                                               {u"autoAssignment"_s, u"Auto Assign to Suspect Commits"_s}}));
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s)}));
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Verified);
    const QJsonObject after = m_server->object(u"ownership"_s, u"payment-api"_s);
    QCOMPARE(after.value(u"codeownersAutoSync"_s), QJsonValue(false));
    QCOMPARE(after.value(u"autoAssignment"_s).toString(), u"Auto Assign to Suspect Commits"_s);
    QCOMPARE(after.value(u"fallthrough"_s), QJsonValue(false));
}

void TestPushEngine::concurrentEdit_isAConflictAndNothingIsWritten()
{
    const ChangeOperation op = ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s);
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}}));
    m_server->clearRequestLog();
    push(setOf({op}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QCOMPARE(pushStatusName(outcome.status), u"conflict"_s);
    QCOMPARE(outcome.fields, QStringList{u"raw"_s});
    QCOMPARE(outcome.theirs.toObject().value(u"raw"_s).toString(), u"* #platform-eng"_s);
    QCOMPARE(outcome.mine.toObject().value(u"raw"_s).toString(), u"* #payments"_s);
    QVERIFY(!outcome.written);
    QCOMPARE(m_engine->exitCode(), int(ExitConflict));
    for (const QString& line : m_server->requestLog())
        QVERIFY2(line.startsWith(u"GET"_s), qPrintable(line));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), u"* #platform-eng"_s);
    QVERIFY(Journal(m_journal).entries()->isEmpty());
}

void TestPushEngine::conflict_rebaseKeepsTheirEditAndAppliesMine()
{
    ChangeOperation op = ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s);
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"fallthrough"_s, true}}));
    push(setOf({op}));
    const PushOutcome conflict = m_engine->outcome(u"op-1"_s);
    QCOMPARE(conflict.status, PushStatus::Conflict);
    QCOMPARE(conflict.fields, QStringList{u"fallthrough"_s});
    push(setOf({PushEngine::rebased(op, conflict.theirs)}));
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Verified);
    const QJsonObject after = m_server->object(u"ownership"_s, u"payment-api"_s);
    QCOMPARE(after.value(u"raw"_s).toString(), u"* #payments"_s);
    QCOMPARE(after.value(u"fallthrough"_s), QJsonValue(true));
}

void TestPushEngine::serverErrorMidPush_stopsAndKeepsTheRestPending()
{
    const ChangeSet set = setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s),
                                 ownershipOp(u"op-2"_s, u"api-gateway"_s, u"* #platform-eng\npath:src/** #platform-eng"_s),
                                 ownershipOp(u"op-3"_s, u"web-app"_s, u"* #frontend"_s)});
    const QString gatewayBefore = m_server->object(u"ownership"_s, u"api-gateway"_s).value(u"raw"_s).toString();
    PushOptions options;
    options.maxParallel = 1;
    m_engine.reset();
    options.journalPath = m_journal;
    m_engine = std::make_unique<PushEngine>(m_client.get(), set, options);
    connect(m_engine.get(), &PushEngine::operationFinished, this, [this](const PushOutcome& outcome) {
        if (outcome.opId == "op-1"_L1)
            m_server->options().failRate = 1.0;
    });
    QSignalSpy finished(m_engine.get(), &PushEngine::finished);
    m_engine->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Verified);
    const PushOutcome failed = m_engine->outcome(u"op-2"_s);
    QCOMPARE(failed.status, PushStatus::Failed);
    QCOMPARE(failed.error.kind, ErrorKind::Server);
    QCOMPARE(m_engine->outcome(u"op-3"_s).status, PushStatus::Skipped);
    QCOMPARE(m_engine->exitCode(), int(ExitFailed));
    m_server->options().failRate = 0;
    QCOMPARE(m_server->object(u"ownership"_s, u"api-gateway"_s).value(u"raw"_s).toString(), gatewayBefore);
    QCOMPARE(Journal(m_journal).entries()->size(), 1);
}

void TestPushEngine::serverErrorMidPush_continuesWhenAsked()
{
    const ChangeSet set = setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #frontend"_s), // 400: no access
                                 ownershipOp(u"op-2"_s, u"web-app"_s, u"* #frontend"_s)});
    PushOptions options;
    options.continueOnError = true;
    options.maxParallel = 1;
    push(set, options);
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Failed);
    QCOMPARE(m_engine->outcome(u"op-2"_s).status, PushStatus::Verified);
    QCOMPARE(m_engine->exitCode(), int(ExitFailed));
}

void TestPushEngine::invalidRule_failsWith400AndNothingChanges()
{
    const QString before = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #frontend"_s)}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QCOMPARE(outcome.status, PushStatus::Failed);
    QCOMPARE(outcome.error.kind, ErrorKind::Validation);
    QCOMPARE(outcome.error.httpStatus, 400);
    QVERIFY2(outcome.error.message.contains(u"frontend"_s), qPrintable(outcome.error.message));
    QVERIFY(!outcome.written);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), before);
}

void TestPushEngine::missingScope_failsWith403()
{
    m_server->options().scopes = {u"org:read"_s, u"project:read"_s, u"alerts:read"_s};
    ChangeOperation op = ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s);
    QJsonObject body = op.request.body.toObject();
    body[u"fallthrough"_s] = true; // more than raw needs project:write
    op.request.body = body;
    push(setOf({op}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QCOMPARE(outcome.status, PushStatus::Failed);
    QCOMPARE(outcome.error.kind, ErrorKind::Forbidden);
    QVERIFY(!outcome.written);
}

void TestPushEngine::droppedConnectionAfterWrite_readBackTellsTheTruth()
{
    // Qt itself resends an HTTP-idempotent PUT once or twice on a connection closed before any
    // answer; drop those too, so the client really sees the lost answer.
    m_server->dropConnectionAfterNextWrites(3);
    m_server->clearRequestLog();
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s)}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QCOMPARE(pushStatusName(outcome.status), u"verified"_s);
    QVERIFY(outcome.written);
    QVERIFY2(!outcome.note.isEmpty(), qPrintable(m_server->requestLog().join(u"\n"_s)));
    int puts = 0;
    for (const QString& line : m_server->requestLog())
        puts += line.startsWith(u"PUT"_s);
    QVERIFY2(puts <= 3, qPrintable(m_server->requestLog().join(u"\n"_s))); // SentryClient itself never retries a write
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), u"* #payments"_s);
}

void TestPushEngine::createThenConnect_substitutesTheCreatedId()
{
    const QString org = m_server->orgSlug();
    // A new metric detector on web-app, then connect it to an existing workflow.
    ChangeOperation create;
    create.id = u"op-1"_s;
    create.kind = u"create"_s;
    create.target = {u"detector"_s, u"web-app"_s, {}};
    create.summary = u"P0 errors (web-app): create"_s;
    const QJsonObject desired{{u"name"_s, u"P0 errors (web-app)"_s}, {u"type"_s, u"metric_issue"_s}};
    create.desired = desired;
    create.base = QJsonValue(QJsonValue::Null);
    create.request = {u"POST"_s, collectionPath(org, create.target),
                      QJsonObject{{u"name"_s, u"P0 errors (web-app)"_s}, {u"type"_s, u"metric_issue"_s},
                                  {u"data_sources"_s, QJsonArray{QJsonObject{{u"aggregate"_s, u"count()"_s},
                                                                             {u"dataset"_s, u"events"_s},
                                                                             {u"query"_s, u""_s},
                                                                             {u"timeWindow"_s, 60}}}},
                                  {u"condition_group"_s, QJsonObject{{u"logicType"_s, u"any"_s},
                                                                     {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"gt"_s}, {u"comparison"_s, 50}, {u"conditionResult"_s, 75}}}}}}}};

    // Pick any workflow from the server.
    bool got = false;
    QJsonArray workflows;
    m_client->getAll(u"/api/0/organizations/%1/workflows/"_s.arg(org), {}, this, [&](Result<QJsonArray> r) {
        if (r)
            workflows = *r;
        got = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, 10000);
    QVERIFY(!workflows.isEmpty());
    const QJsonObject workflow = workflows.first().toObject();
    ChangeOperation connectOp;
    connectOp.id = u"op-2"_s;
    connectOp.kind = u"connect"_s;
    connectOp.target = {u"workflow"_s, {}, workflow.value(u"id"_s).toString()};
    connectOp.base = workflow;
    QJsonObject wanted = workflow;
    QJsonArray ids = workflow.value(u"detectorIds"_s).toArray();
    ids.append(u"${op-1.id}"_s);
    wanted[u"detectorIds"_s] = ids;
    connectOp.desired = wanted;
    connectOp.request = {u"PUT"_s, writePath(org, connectOp.target), writeBodyFor(u"workflow"_s, wanted)};
    push(setOf({create, connectOp}));
    const PushOutcome created = m_engine->outcome(u"op-1"_s);
    QVERIFY2(created.status == PushStatus::Verified, qPrintable(created.error.message + u' ' + created.fields.join(u',')));
    QVERIFY(!created.createdId.isEmpty());
    const PushOutcome connected = m_engine->outcome(u"op-2"_s);
    QVERIFY2(connected.status == PushStatus::Verified, qPrintable(connected.error.message + u' ' + connected.fields.join(u',')));
    const QJsonArray serverIds = m_server->object(u"workflow"_s, connectOp.target.id).value(u"detectorIds"_s).toArray();
    QVERIFY(serverIds.contains(QJsonValue(created.createdId)) || serverIds.contains(QJsonValue(created.createdId.toDouble())));
}

void TestPushEngine::undo_restoresTheServerThroughTheSamePush()
{
    const QString before = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s)}));
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Verified);
    const Result<QList<JournalEntry>> journal = Journal(m_journal).entries();
    QVERIFY(journal);
    const Result<ChangeSet> undo = buildUndo(lastUndoable(*journal, 1));
    QVERIFY(undo);
    push(*undo);
    QCOMPARE(m_engine->outcomes().first().status, PushStatus::Verified);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), before);
    QCOMPARE(Journal(m_journal).entries()->size(), 2);
}

void TestPushEngine::onlySelected_pushesASubset()
{
    PushOptions options;
    options.only = {u"op-2"_s};
    push(setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s),
                ownershipOp(u"op-2"_s, u"web-app"_s, u"* #frontend"_s)}), options);
    QCOMPARE(m_engine->outcomes().size(), 1);
    QCOMPARE(m_engine->outcome(u"op-2"_s).status, PushStatus::Verified);
    QVERIFY(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString().contains(u"#platform-eng"_s));
}

QTEST_GUILESS_MAIN(TestPushEngine)
#include "tst_pushengine.moc"
