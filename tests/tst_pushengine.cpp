// SPDX-License-Identifier: MIT
#include "conflictresolution.h"
#include "fakesentryserver.h"
#include "journal.h"
#include "pushengine.h"
#include "requestshapes.h"
#include "sentryclient.h"
#include "undobuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    void connectPut_isCompletedFromTheFetchedObject();
    void writeBodies_sendLinkIdsAsIntegersAndRequiredFields();
    void replacementDelete_runsOnlyAfterTheCreateIsVerified_data();
    void replacementDelete_runsOnlyAfterTheCreateIsVerified();
    void undo_restoresTheServerThroughTheSamePush();
    void onlySelected_pushesASubset();
    void droppedCreate_isAdoptedFromAFreshListNotResent();
    void rerun_updateIsAlreadyAppliedAndJournaled();
    void rerun_createIsAdoptedNotDuplicated();
    void existingDuplicates_areReportedWithTheirDeleteOffered();

private:
    ChangeOperation ownershipOp(const QString& id, const QString& project, const QString& raw) const;
    void push(const ChangeSet& set, PushOptions options = {});
    ChangeSet setOf(QList<ChangeOperation> ops) const;
    ChangeOperation workflowCreate(const QString& id, const QString& name) const;
    QStringList workflowIdsNamed(const QString& name);

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
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, project, {}};
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
    const RebasedOperation rebased = rebasedOperation(op, conflict.theirs);
    QVERIFY(rebased.clean());
    push(setOf({rebased.operation}));
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

void TestPushEngine::replacementDelete_runsOnlyAfterTheCreateIsVerified_data()
{
    QTest::addColumn<bool>("createVerifies");
    QTest::newRow("create verified: old detector deleted") << true;
    QTest::newRow("create not as intended: old detector kept") << false;
}

// The planner's replacement of a transaction-based detector: a create, then a delete of the old
// detector whose summary names the create (CONTRACT §0b.2). Even with continue-on-error the
// delete waits for the create's verification and is skipped when that fails.
void TestPushEngine::replacementDelete_runsOnlyAfterTheCreateIsVerified()
{
    QFETCH(bool, createVerifies);
    const QString org = m_server->orgSlug();
    ChangeOperation create;
    create.id = u"op-1"_s;
    create.kind = OperationKind::Create;
    create.target = {TargetType::Detector, u"mobile-app"_s, {}};
    create.summary = u"P2 apdex (mobile-app): create span form"_s;
    create.base = QJsonValue(QJsonValue::Null);
    create.desired = QJsonObject{{u"name"_s, createVerifies ? u"[P2] apdex < 0.7 (mobile-app)"_s : u"another name"_s},
                                 {u"type"_s, u"metric_issue"_s}};
    create.request = {u"POST"_s, collectionPath(org, create.target),
                      QJsonObject{{u"name"_s, u"[P2] apdex < 0.7 (mobile-app)"_s}, {u"type"_s, u"metric_issue"_s},
                                  {u"data_sources"_s, QJsonArray{QJsonObject{{u"aggregate"_s, u"apdex(span.duration,300)"_s},
                                                                             {u"dataset"_s, u"events_analytics_platform"_s},
                                                                             {u"query"_s, u"is_transaction:1"_s},
                                                                             {u"queryType"_s, 1},
                                                                             {u"eventTypes"_s, QJsonArray{u"trace_item_span"_s}},
                                                                             {u"timeWindow"_s, 300}}}},
                                  {u"condition_group"_s, QJsonObject{{u"logicType"_s, u"any"_s},
                                                                     {u"conditions"_s, QJsonArray{
                                                                         QJsonObject{{u"type"_s, u"lt"_s}, {u"comparison"_s, 0.7}, {u"conditionResult"_s, 75}},
                                                                         QJsonObject{{u"type"_s, u"gte"_s}, {u"comparison"_s, 0.7}, {u"conditionResult"_s, 0}}}}}}}};
    ChangeOperation remove;
    remove.id = u"op-2"_s;
    remove.kind = OperationKind::Delete;
    remove.target = {TargetType::Detector, u"mobile-app"_s, u"720407"_s};
    remove.summary = u"P2 apdex (mobile-app): delete detector 720407 once ${op-1.id} is verified"_s;
    remove.base = m_server->object(u"detector"_s, u"720407"_s);
    remove.desired = QJsonValue(QJsonValue::Null);
    remove.request = {u"DELETE"_s, writePath(org, remove.target), QJsonValue(QJsonValue::Null)};
    PushOptions options;
    options.continueOnError = true;
    push(setOf({create, remove}), options);
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, createVerifies ? PushStatus::Verified : PushStatus::Mismatch);
    QCOMPARE(m_engine->outcome(u"op-2"_s).status, createVerifies ? PushStatus::Verified : PushStatus::Skipped);
    QCOMPARE(m_server->object(u"detector"_s, u"720407"_s).isEmpty(), createVerifies);
    if (createVerifies) // the journal names the replacement's real id, not the placeholder
        QVERIFY(!m_engine->outcome(u"op-1"_s).createdId.isEmpty());
}

void TestPushEngine::createThenConnect_substitutesTheCreatedId()
{
    const QString org = m_server->orgSlug();
    // A new metric detector on web-app, then connect it to an existing workflow.
    ChangeOperation create;
    create.id = u"op-1"_s;
    create.kind = OperationKind::Create;
    create.target = {TargetType::Detector, u"web-app"_s, {}};
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
    connectOp.kind = OperationKind::Connect;
    connectOp.target = {TargetType::Workflow, {}, workflow.value(u"id"_s).toString()};
    connectOp.base = workflow;
    QJsonObject wanted = workflow;
    QJsonArray ids = workflow.value(u"detectorIds"_s).toArray();
    ids.append(u"${op-1.id}"_s);
    wanted[u"detectorIds"_s] = ids;
    connectOp.desired = wanted;
    connectOp.request = {u"PUT"_s, writePath(org, connectOp.target), writeBodyFor(TargetType::Workflow, wanted)};
    push(setOf({create, connectOp}));
    const PushOutcome created = m_engine->outcome(u"op-1"_s);
    QVERIFY2(created.status == PushStatus::Verified, qPrintable(created.error.message + u' ' + created.fields.join(u',')));
    QVERIFY(!created.createdId.isEmpty());
    const PushOutcome connected = m_engine->outcome(u"op-2"_s);
    QVERIFY2(connected.status == PushStatus::Verified, qPrintable(connected.error.message + u' ' + connected.fields.join(u',')));
    const QJsonArray serverIds = m_server->object(u"workflow"_s, connectOp.target.id).value(u"detectorIds"_s).toArray();
    QVERIFY(serverIds.contains(QJsonValue(created.createdId)) || serverIds.contains(QJsonValue(created.createdId.toDouble())));
}

// A connect PUT that names only the link (an older change set, or one whose object the plan could not
// read) is completed from the object the push fetches: Sentry's workflow PUT is not partial, so without
// `name` it is a 400 and without `enabled` a disabled workflow would come back enabled.
void TestPushEngine::connectPut_isCompletedFromTheFetchedObject()
{
    const QString org = m_server->orgSlug();
    const QString workflowId = u"610002"_s;
    QVERIFY(m_server->mutateObject(u"workflow"_s, workflowId, QJsonObject{{u"enabled"_s, false}}));
    const QJsonObject base = m_server->object(u"workflow"_s, workflowId);
    QCOMPARE(base.value(u"enabled"_s), QJsonValue(false));
    QJsonArray ids = base.value(u"detectorIds"_s).toArray();
    QString detectorId;
    for (int n = 720001; n < 720020 && detectorId.isEmpty(); ++n) {
        if (!ids.contains(QString::number(n)) && !m_server->object(u"detector"_s, QString::number(n)).isEmpty())
            detectorId = QString::number(n);
    }
    QVERIFY(!detectorId.isEmpty());
    ids.append(detectorId);
    QJsonObject desired = base;
    desired[u"detectorIds"_s] = ids;
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Connect;
    op.target = {TargetType::Workflow, {}, workflowId};
    op.summary = u"P3: connect detector %1"_s.arg(detectorId);
    op.base = base;
    op.desired = desired;
    op.request = {u"PUT"_s, writePath(org, op.target), QJsonObject{{u"detectorIds"_s, ids}}};
    push(setOf({op}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QVERIFY2(outcome.status == PushStatus::Verified, qPrintable(outcome.error.message + u' ' + outcome.fields.join(u',')));
    const QJsonObject after = m_server->object(u"workflow"_s, workflowId);
    QVERIFY(after.value(u"detectorIds"_s).toArray().contains(detectorId));
    QCOMPARE(after.value(u"enabled"_s), QJsonValue(false));
    QCOMPARE(after.value(u"name"_s), base.value(u"name"_s));
}

void TestPushEngine::writeBodies_sendLinkIdsAsIntegersAndRequiredFields()
{
    const QJsonObject detector{{u"id"_s, u"720106"_s}, {u"name"_s, u"[P0] errors"_s}, {u"type"_s, u"metric_issue"_s}};
    const QJsonObject body = completeWriteBody({TargetType::Detector, u"web-app"_s, u"720106"_s}, u"PUT"_s,
                                               QJsonObject{{u"workflowIds"_s, QJsonArray{u"610001"_s, 610002, u"${op-1.id}"_s}}},
                                               detector).toObject();
    QCOMPARE(body.value(u"workflowIds"_s).toArray(), (QJsonArray{610001, 610002, u"${op-1.id}"_s}));
    QCOMPARE(body.value(u"name"_s), detector.value(u"name"_s));
    QCOMPARE(body.value(u"type"_s), detector.value(u"type"_s));
    // What the body already says stays; a create has no object to complete from.
    const QJsonObject renamed = completeWriteBody({TargetType::Detector, {}, u"720106"_s}, u"PUT"_s,
                                                  QJsonObject{{u"name"_s, u"new"_s}}, detector).toObject();
    QCOMPARE(renamed.value(u"name"_s).toString(), u"new"_s);
    const QJsonObject created = completeWriteBody({TargetType::Workflow, {}, {}}, u"POST"_s,
                                                  QJsonObject{{u"name"_s, u"P1"_s}, {u"detector_ids"_s, QJsonArray{u"720006"_s}}},
                                                  QJsonValue(QJsonValue::Null)).toObject();
    QCOMPARE(created, (QJsonObject{{u"name"_s, u"P1"_s}, {u"detector_ids"_s, QJsonArray{720006}}}));
    const QJsonObject readBack = completeWriteBody({TargetType::Workflow, {}, u"610004"_s}, u"PUT"_s,
                                                   QJsonObject{{u"name"_s, u"P1"_s},
                                                               {u"triggers"_s, QJsonObject{{u"id"_s, u"880017"_s}, {u"logicType"_s, u"any-short"_s}}}},
                                                   QJsonObject{{u"name"_s, u"P1"_s}, {u"enabled"_s, true}}).toObject();
    QCOMPARE(readBack.value(u"triggers"_s).toObject(), (QJsonObject{{u"logicType"_s, u"any-short"_s}}));
    QCOMPARE(readBack.value(u"enabled"_s), QJsonValue(true));
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

ChangeOperation TestPushEngine::workflowCreate(const QString& id, const QString& name) const
{
    // A copy of an existing workflow under a new name, as the tier planner would create it.
    QJsonObject desired = m_server->object(u"workflow"_s, u"610001"_s);
    desired.remove(u"id"_s);
    desired.remove(u"detectorIds"_s);
    desired[u"name"_s] = name;
    ChangeOperation op;
    op.id = id;
    op.kind = OperationKind::Create;
    op.target = {TargetType::Workflow, {}, {}};
    op.summary = u"create workflow %1"_s.arg(name);
    op.base = QJsonValue(QJsonValue::Null);
    op.desired = desired;
    op.request = {u"POST"_s, collectionPath(m_server->orgSlug(), op.target), writeBodyFor(TargetType::Workflow, desired)};
    return op;
}

QStringList TestPushEngine::workflowIdsNamed(const QString& name)
{
    std::optional<Result<QJsonArray>> listed;
    m_client->getAll(u"/api/0/organizations/%1/workflows/"_s.arg(m_server->orgSlug()), {}, this,
                     [&listed](Result<QJsonArray> r) { listed = std::move(r); });
    [&] { QTRY_VERIFY(listed.has_value()); }();
    QStringList ids;
    if (listed && *listed) {
        for (const QJsonValue& v : **listed) {
            if (v.toObject().value(u"name"_s).toString() == name)
                ids.append(v.toObject().value(u"id"_s).toString());
        }
    }
    return ids;
}

void TestPushEngine::droppedCreate_isAdoptedFromAFreshListNotResent()
{
    // The POST reaches the store and the connection drops before the answer. The push must not
    // send it again: a fresh list finds the workflow, which is adopted and verified.
    m_server->dropConnectionAfterNextWrites(1);
    m_server->clearRequestLog();
    push(setOf({workflowCreate(u"op-1"_s, u"Re-run safe"_s)}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    const QString log = m_server->requestLog().join(u"\n"_s);
    QVERIFY2(outcome.status == PushStatus::Verified, qPrintable(outcome.error.message + u'\n' + outcome.note + u'\n' + log));
    QVERIFY(outcome.written);
    QCOMPARE(m_server->requestLog().filter(QRegularExpression(u"^POST "_s)).size(), 1);
    const QStringList ids = workflowIdsNamed(u"Re-run safe"_s);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(outcome.createdId, ids.first());
}

void TestPushEngine::rerun_updateIsAlreadyAppliedAndJournaled()
{
    const ChangeSet set = setOf({ownershipOp(u"op-1"_s, u"payment-api"_s, u"* #payments"_s)});
    push(set);
    QCOMPARE(m_engine->outcome(u"op-1"_s).status, PushStatus::Verified);
    m_server->clearRequestLog();
    push(set); // the same file again: its base is stale now, but the server already holds `desired`
    const PushOutcome again = m_engine->outcome(u"op-1"_s);
    QVERIFY2(again.status == PushStatus::Verified, qPrintable(again.error.message));
    QVERIFY(again.alreadyApplied);
    QVERIFY(!again.written);
    QCOMPARE(m_engine->exitCode(), int(ExitOk));
    QVERIFY(m_server->requestLog().filter(QRegularExpression(u"^PUT "_s)).isEmpty());
    QFile journal(m_journal);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = journal.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // one line per run
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"outcome"_s).toString(), u"already-applied"_s);
}

void TestPushEngine::rerun_createIsAdoptedNotDuplicated()
{
    const ChangeSet set = setOf({workflowCreate(u"op-1"_s, u"Created once"_s)});
    push(set);
    const PushOutcome first = m_engine->outcome(u"op-1"_s);
    QVERIFY2(first.status == PushStatus::Verified, qPrintable(first.error.message));
    push(set);
    const PushOutcome second = m_engine->outcome(u"op-1"_s);
    QVERIFY2(second.status == PushStatus::Verified, qPrintable(second.error.message));
    QVERIFY(second.alreadyApplied);
    QCOMPARE(second.createdId, first.createdId);
    QCOMPARE(workflowIdsNamed(u"Created once"_s).size(), 1);
}

void TestPushEngine::existingDuplicates_areReportedWithTheirDeleteOffered()
{
    // Two workflows with the create's name and content already exist (an earlier tool made two).
    const ChangeOperation create = workflowCreate(u"op-1"_s, u"Twice"_s);
    int created = 0;
    for (int i = 0; i < 2; ++i)
        m_client->send("POST", create.request.path, create.request.body, this,
                       [&created](Result<ApiResponse> r) { created += bool(r); });
    QTRY_COMPARE(created, 2);
    QCOMPARE(workflowIdsNamed(u"Twice"_s).size(), 2);
    push(setOf({create}));
    const PushOutcome outcome = m_engine->outcome(u"op-1"_s);
    QVERIFY2(outcome.status == PushStatus::Verified, qPrintable(outcome.error.message));
    QVERIFY(outcome.alreadyApplied);
    QCOMPARE(outcome.followUps.size(), 1);
    const QJsonObject offered = outcome.followUps.first().toObject();
    QCOMPARE(offered.value(u"kind"_s).toString(), u"delete"_s);
    QCOMPARE(offered.value(u"request"_s).toObject().value(u"method"_s).toString(), u"DELETE"_s);
    const QStringList ids = workflowIdsNamed(u"Twice"_s);
    QCOMPARE(ids.size(), 2); // offered, not pushed
    QVERIFY(ids.contains(outcome.createdId));
    QVERIFY(ids.contains(offered.value(u"target"_s).toObject().value(u"id"_s).toString()));
    QVERIFY(outcome.note.contains(u"same name"_s));
}

QTEST_GUILESS_MAIN(TestPushEngine)
#include "tst_pushengine.moc"
