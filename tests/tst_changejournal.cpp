// SPDX-License-Identifier: MIT
#include "journal.h"
#include "undobuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {
JournalEntry entry(const QString& opId, OperationKind kind, TargetType type, const QJsonValue& before,
                   const QJsonValue& after, const QString& outcome = u"verified"_s)
{
    JournalEntry e;
    e.pushId = u"p1"_s;
    e.id = u"p1/"_s + opId;
    e.time = QDateTime::currentDateTimeUtc();
    e.server = u"http://127.0.0.1:1/"_s;
    e.org = u"acme"_s;
    e.operation.id = opId;
    e.operation.kind = kind;
    e.operation.target = {type, u"payment-api"_s, type == TargetType::Ownership ? QString() : u"77"_s};
    e.operation.request = {u"PUT"_s, u"/api/0/x/"_s, QJsonObject{}};
    e.outcome = outcome;
    e.before = before;
    e.after = after;
    return e;
}
} // namespace

class TestChangeJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void appendsOneLinePerOperationAndReadsThemBack();
    void tornLastLineIsSkippedNotFatal();
    void readerReadsOnlyWhatWasAppended_data();
    void readerReadsOnlyWhatWasAppended();
    void undoOfOwnershipUpdateIsPartialPutBack();
    void undoOfCreateIsDeleteAndOfDeleteIsCreate();
    void undoSwapsConnectAndDisconnect();
    void undoSkipsFailedOperationsAndPicksTheLastN();
};

void TestChangeJournal::appendsOneLinePerOperationAndReadsThemBack()
{
    QTemporaryDir dir;
    const Journal journal(dir.filePath(u"sub/journal.jsonl"_s));
    QVERIFY(journal.append(entry(u"op-1"_s, OperationKind::Update, TargetType::Ownership, QJsonObject{{u"raw"_s, u"a"_s}},
                                 QJsonObject{{u"raw"_s, u"b"_s}})));
    QVERIFY(journal.append(entry(u"op-2"_s, OperationKind::Update, TargetType::Detector, QJsonObject{}, QJsonObject{})));
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
    const Result<QList<JournalEntry>> read = journal.entries();
    QVERIFY(read);
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).operation.id, u"op-1"_s);
    QCOMPARE(read->at(0).after.toObject().value(u"raw"_s).toString(), u"b"_s);
    QCOMPARE(read->at(1).org, u"acme"_s);
}

void TestChangeJournal::tornLastLineIsSkippedNotFatal()
{
    QTemporaryDir dir;
    const Journal journal(dir.filePath(u"journal.jsonl"_s));
    QVERIFY(journal.append(entry(u"op-1"_s, OperationKind::Update, TargetType::Detector, QJsonObject{}, QJsonObject{})));
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"id\": \"torn");
    file.close();
    int skipped = 0;
    const Result<QList<JournalEntry>> read = journal.entries(&skipped);
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    QCOMPARE(skipped, 1);
}

// Steps on a real file, each followed by one JournalReader::read(): "a:N" appends N entries through the
// Journal, "torn" writes half a line without '\n', "finish" completes it, "truncate" empties the file,
// "replace:N" puts another file with N entries at the path. `expected` lists per read the op ids
// returned, and a leading '!' when the read must say it restarted from 0.
void TestChangeJournal::readerReadsOnlyWhatWasAppended_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("append, read, append, read only the new")
        << QStringList{u"a:2"_s, u"a:1"_s, u"none"_s} << QStringList{u"e1 e2"_s, u"e3"_s, u""_s};
    QTest::newRow("partial last line waits for its newline")
        << QStringList{u"a:1"_s, u"torn"_s, u"finish"_s, u"a:1"_s} << QStringList{u"e1"_s, u""_s, u"t"_s, u"e2"_s};
    QTest::newRow("truncated file is read from 0")
        << QStringList{u"a:2"_s, u"truncate"_s, u"a:1"_s} << QStringList{u"e1 e2"_s, u"!"_s, u"e3"_s};
    QTest::newRow("truncated and refilled below the offset")
        << QStringList{u"a:3"_s, u"truncate+a:1"_s} << QStringList{u"e1 e2 e3"_s, u"! e4"_s};
    QTest::newRow("replaced file (other inode, longer) is read from 0")
        << QStringList{u"a:1"_s, u"replace:3"_s, u"a:1"_s} << QStringList{u"e1"_s, u"! r1 r2 r3"_s, u"e2"_s};
    QTest::newRow("missing file, then created")
        << QStringList{u"none"_s, u"a:1"_s} << QStringList{u""_s, u"e1"_s};
}

void TestChangeJournal::readerReadsOnlyWhatWasAppended()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    const Journal journal(path);
    JournalReader reader(path);
    int next = 0;
    const auto appendN = [&](const Journal& j, int n, const QString& prefix) {
        for (int i = 0; i < n; ++i)
            QVERIFY(j.append(entry(prefix + QString::number(++next), OperationKind::Update, TargetType::Detector,
                                   QJsonObject{}, QJsonObject{})));
    };
    const QByteArray tornLine = QJsonDocument(entry(u"t"_s, OperationKind::Update, TargetType::Detector, QJsonObject{},
                                                    QJsonObject{}).toJson()).toJson(QJsonDocument::Compact);
    for (int i = 0; i < steps.size(); ++i) {
        const QString step = steps[i];
        if (step.startsWith(u"truncate"_s)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.close();
            if (step.endsWith(u"+a:1"_s))
                appendN(journal, 1, u"e"_s);
        } else if (step.startsWith(u"a:"_s)) {
            appendN(journal, step.mid(2).toInt(), u"e"_s);
        } else if (step == u"torn"_s || step == u"finish"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            const qsizetype half = tornLine.size() / 2;
            f.write(step == u"torn"_s ? tornLine.left(half) : tornLine.mid(half) + '\n');
        } else if (step.startsWith(u"replace:"_s)) {
            const QString other = dir.filePath(u"other.jsonl"_s);
            const int keep = next;
            next = 0;
            appendN(Journal(other), step.mid(8).toInt(), u"r"_s);
            next = keep;
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::rename(other, path));
        }
        const Result<JournalReader::Chunk> chunk = reader.read();
        QVERIFY2(chunk, qPrintable(chunk ? QString() : chunk.error().message));
        QStringList got;
        if (chunk->restarted)
            got << u"!"_s;
        for (const JournalEntry& e : chunk->entries)
            got << e.operation.id;
        QCOMPARE(got.join(u' '), expected[i]);
        QCOMPARE(chunk->skipped, 0);
        QCOMPARE(reader.offset(), QFileInfo(path).exists()
                                      ? QFileInfo(path).size() - (step == u"torn"_s ? tornLine.size() / 2 : 0)
                                      : 0);
    }
}

void TestChangeJournal::undoOfOwnershipUpdateIsPartialPutBack()
{
    const QJsonObject before{{u"raw"_s, u"* #a"_s}, {u"fallthrough"_s, false}, {u"autoAssignment"_s, u"Turn off Auto-Assignment"_s}};
    const QJsonObject after{{u"raw"_s, u"* #b"_s}, {u"fallthrough"_s, false}, {u"autoAssignment"_s, u"Turn off Auto-Assignment"_s}};
    const Result<ChangeSet> undo = buildUndo({entry(u"op-1"_s, OperationKind::Update, TargetType::Ownership, before, after)});
    QVERIFY(undo);
    QCOMPARE(undo->org, u"acme"_s);
    QCOMPARE(undo->operations.size(), 1);
    const ChangeOperation& op = undo->operations.first();
    QCOMPARE(op.kind, OperationKind::Update);
    QCOMPARE(op.base.toObject(), after);
    QCOMPARE(op.desired.toObject(), before);
    QCOMPARE(op.request.method, u"PUT"_s);
    QCOMPARE(op.request.path, u"/api/0/projects/acme/payment-api/ownership/"_s);
    QCOMPARE(op.request.body.toObject(), (QJsonObject{{u"raw"_s, u"* #a"_s}}));
}

void TestChangeJournal::undoOfCreateIsDeleteAndOfDeleteIsCreate()
{
    JournalEntry created = entry(u"op-1"_s, OperationKind::Create, TargetType::Detector, QJsonValue(QJsonValue::Null),
                                 QJsonObject{{u"id"_s, u"501"_s}, {u"name"_s, u"P0"_s}});
    created.createdId = u"501"_s;
    const QJsonObject old{{u"id"_s, u"77"_s}, {u"name"_s, u"P1"_s}, {u"dateCreated"_s, u"x"_s}, {u"detectorIds"_s, QJsonArray{u"1"_s}}};
    JournalEntry deleted = entry(u"op-2"_s, OperationKind::Delete, TargetType::Workflow, old, QJsonValue(QJsonValue::Null));
    const Result<ChangeSet> undo = buildUndo({deleted, created});
    QVERIFY(undo);
    QCOMPARE(undo->operations.size(), 2);
    const ChangeOperation& recreate = undo->operations.at(0);
    QCOMPARE(recreate.kind, OperationKind::Create);
    QCOMPARE(recreate.request.method, u"POST"_s);
    QCOMPARE(recreate.request.path, u"/api/0/organizations/acme/workflows/"_s);
    QCOMPARE(recreate.request.body.toObject().value(u"name"_s).toString(), u"P1"_s);
    QCOMPARE(recreate.request.body.toObject().value(u"detectorIds"_s).toArray(), QJsonArray{u"1"_s});
    QVERIFY(!recreate.request.body.toObject().contains(u"dateCreated"_s));
    QVERIFY(recreate.base.isNull());
    const ChangeOperation& remove = undo->operations.at(1);
    QCOMPARE(remove.kind, OperationKind::Delete);
    QCOMPARE(remove.request.method, u"DELETE"_s);
    QCOMPARE(remove.request.path, u"/api/0/organizations/acme/detectors/501/"_s);
    QVERIFY(remove.desired.isNull());
}

void TestChangeJournal::undoSwapsConnectAndDisconnect()
{
    const Result<ChangeSet> undo = buildUndo({entry(u"op-1"_s, OperationKind::Connect, TargetType::Workflow,
                                                    QJsonObject{{u"name"_s, u"P1"_s}, {u"detectorIds"_s, QJsonArray{u"1"_s}}},
                                                    QJsonObject{{u"name"_s, u"P1"_s}, {u"detectorIds"_s, QJsonArray{u"1"_s, u"2"_s}}})});
    QVERIFY(undo);
    QCOMPARE(undo->operations.first().kind, OperationKind::Disconnect);
    QCOMPARE(undo->operations.first().request.body.toObject().value(u"detectorIds"_s).toArray(), QJsonArray{u"1"_s});
}

void TestChangeJournal::undoSkipsFailedOperationsAndPicksTheLastN()
{
    const QList<JournalEntry> journal = {
        entry(u"op-1"_s, OperationKind::Update, TargetType::Detector, QJsonObject{}, QJsonObject{}),
        entry(u"op-2"_s, OperationKind::Update, TargetType::Detector, QJsonObject{}, QJsonObject{}),
        entry(u"op-3"_s, OperationKind::Update, TargetType::Detector, QJsonObject{}, QJsonObject{}, u"failed"_s),
    };
    const QList<JournalEntry> last = lastUndoable(journal, 1);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().operation.id, u"op-2"_s);
    QVERIFY(!buildUndo({journal.at(2)}));
    QVERIFY(findEntry(journal, u"p1/op-1"_s).has_value());
    QVERIFY(!findEntry(journal, u"op-9"_s).has_value());
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
