// SPDX-License-Identifier: MIT
#include "conflictresolution.h"
#include "requestshapes.h"
#include "threewaymerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sc {

class TestThreeWayMerge : public QObject
{
    Q_OBJECT
private slots:
    void mergesTextLineByLine_data();
    void mergesTextLineByLine();
    void mergesObjectsFieldByField_data();
    void mergesObjectsFieldByField();
    void mergesIdListsAsSets();
    void rebase_keepsTheirsAndMine_issueExample();
    void rebase_overlappingEditsStayAConflict();
};

namespace {

const QString kBase = u"path:src/payments/** #payments\nurl:*/api/v1/payments/* #payments\n"
                      u"tags.service:payment-api #payments\n* #platform-eng"_s;

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

void TestThreeWayMerge::mergesTextLineByLine_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<int>("conflicts");

    QTest::newRow("only mine changed") << u"a\nb\nc"_s << u"a\nB\nc"_s << u"a\nb\nc"_s << u"a\nB\nc"_s << 0;
    QTest::newRow("only theirs changed") << u"a\nb\nc"_s << u"a\nb\nc"_s << u"a\nb\nC"_s << u"a\nb\nC"_s << 0;
    QTest::newRow("same change both sides") << u"a\nb"_s << u"a\nX"_s << u"a\nX"_s << u"a\nX"_s << 0;
    QTest::newRow("separate hunks both kept")
        << u"a\nb\nc\nd\ne"_s << u"A\nb\nc\nd\ne"_s << u"a\nb\nc\nd\nE"_s << u"A\nb\nc\nd\nE"_s << 0;
    QTest::newRow("insertions at different places")
        << u"a\nb\nc"_s << u"a\nm\nb\nc"_s << u"a\nb\nt\nc"_s << u"a\nm\nb\nt\nc"_s << 0;
    QTest::newRow("insertions at the same place: both, theirs first")
        << u"a\nz"_s << u"a\nm\nz"_s << u"a\nt\nz"_s << u"a\nt\nm\nz"_s << 0;
    QTest::newRow("removal on one side, edit elsewhere")
        << u"a\nb\nc\nd"_s << u"a\nc\nd"_s << u"a\nb\nc\nD"_s << u"a\nc\nD"_s << 0;
    QTest::newRow("same line changed differently")
        << u"a\nb\nc"_s << u"a\nmine\nc"_s << u"a\ntheirs\nc"_s
        << u"a\n<<<<<<< mine\nmine\n=======\ntheirs\n>>>>>>> theirs (server)\nc"_s << 1;
    QTest::newRow("mine removes what theirs changed")
        << u"a\nb\nc"_s << u"a\nc"_s << u"a\nB\nc"_s
        << u"a\n<<<<<<< mine\n=======\nB\n>>>>>>> theirs (server)\nc"_s << 1;
    QTest::newRow("trailing newline kept") << u"a\nb\n"_s << u"A\nb\n"_s << u"a\nb\n"_s << u"A\nb\n"_s << 0;
    QTest::newRow("issue 12 example")
        << kBase << kBase + u"\npath:src/ledger/** #payments"_s << u"path:src/webhooks/** #platform-eng\n"_s + kBase
        << u"path:src/webhooks/** #platform-eng\n"_s + kBase + u"\npath:src/ledger/** #payments"_s << 0;
}

void TestThreeWayMerge::mergesTextLineByLine()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    QFETCH(int, conflicts);

    const TextMerge result = mergeTextLines(base, mine, theirs);
    QCOMPARE(result.text, merged);
    QCOMPARE(result.conflicts, conflicts);
    QCOMPARE(hasConflictMarkers(result.text), conflicts > 0);
}

void TestThreeWayMerge::mergesObjectsFieldByField_data()
{
    QTest::addColumn<TargetType>("type");
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QJsonObject>("merged");
    QTest::addColumn<QStringList>("conflicts");

    QTest::newRow("different fields")
        << TargetType::Detector << json(R"j({"name":"a","enabled":true})j") << json(R"j({"name":"b","enabled":true})j")
        << json(R"j({"name":"a","enabled":false})j") << json(R"j({"name":"b","enabled":false})j") << QStringList{};
    QTest::newRow("same field, same value")
        << TargetType::Detector << json(R"j({"name":"a"})j") << json(R"j({"name":"b"})j") << json(R"j({"name":"b"})j")
        << json(R"j({"name":"b"})j") << QStringList{};
    QTest::newRow("same field, different values: conflict, mine held")
        << TargetType::Detector << json(R"j({"name":"a","x":1})j") << json(R"j({"name":"b","x":1})j")
        << json(R"j({"name":"c","x":2})j") << json(R"j({"name":"b","x":2})j") << QStringList{u"name"_s};
    QTest::newRow("nested objects merge per field")
        << TargetType::Detector << json(R"j({"config":{"threshold":1,"window":5}})j")
        << json(R"j({"config":{"threshold":2,"window":5}})j") << json(R"j({"config":{"threshold":1,"window":10}})j")
        << json(R"j({"config":{"threshold":2,"window":10}})j") << QStringList{};
    QTest::newRow("nested conflict names its path")
        << TargetType::Detector << json(R"j({"config":{"threshold":1}})j") << json(R"j({"config":{"threshold":2}})j")
        << json(R"j({"config":{"threshold":3}})j") << json(R"j({"config":{"threshold":2}})j")
        << QStringList{u"config.threshold"_s};
    QTest::newRow("theirs added a field")
        << TargetType::Detector << json(R"j({"a":1})j") << json(R"j({"a":2})j") << json(R"j({"a":1,"b":1})j")
        << json(R"j({"a":2,"b":1})j") << QStringList{};
    QTest::newRow("mine removed a field theirs kept")
        << TargetType::Detector << json(R"j({"a":1,"b":1})j") << json(R"j({"a":1})j") << json(R"j({"a":1,"b":1,"c":1})j")
        << json(R"j({"a":1,"c":1})j") << QStringList{};
    QTest::newRow("ownership raw merges by line, fallthrough from theirs")
        << TargetType::Ownership << json(R"j({"raw":"a\nb\nc","fallthrough":false})j")
        << json(R"j({"raw":"A\nb\nc","fallthrough":false})j") << json(R"j({"raw":"a\nb\nC","fallthrough":true})j")
        << json(R"j({"raw":"A\nb\nC","fallthrough":true})j") << QStringList{};
    QTest::newRow("ownership raw overlapping: markers")
        << TargetType::Ownership << json(R"j({"raw":"a\nb"})j") << json(R"j({"raw":"a\nm"})j") << json(R"j({"raw":"a\nt"})j")
        << json(R"j({"raw":"a\n<<<<<<< mine\nm\n=======\nt\n>>>>>>> theirs (server)"})j") << QStringList{u"raw"_s};
}

void TestThreeWayMerge::mergesObjectsFieldByField()
{
    QFETCH(TargetType, type);
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QJsonObject, merged);
    QFETCH(QStringList, conflicts);

    const JsonMerge result = mergeJson(type, base, mine, theirs);
    QCOMPARE(result.merged.toObject(), merged);
    QStringList paths;
    for (const MergeConflict& c : result.conflicts)
        paths.append(c.path);
    QCOMPARE(paths, conflicts);
}

void TestThreeWayMerge::mergesIdListsAsSets()
{
    const JsonMerge result = mergeJson(TargetType::Workflow, json(R"j({"detectorIds":["1","2"]})j"),
                                       json(R"j({"detectorIds":["1","2","3"]})j"), json(R"j({"detectorIds":[1,4]})j"));
    QVERIFY(result.clean());
    QCOMPARE(result.merged.toObject().value(u"detectorIds"_s).toArray(), (QJsonArray{u"1"_s, u"4"_s, u"3"_s}));
    QCOMPARE(mergeSets(QJsonArray{1, 2}, QJsonArray{2, 5}, QJsonArray{1, 2, 7}), (QJsonArray{2, 7, 5}));
}

void TestThreeWayMerge::rebase_keepsTheirsAndMine_issueExample()
{
    // Issue 12: base → theirs adds the webhooks rule, base → mine adds the ledger rule.
    const QJsonObject base{{u"raw"_s, kBase}, {u"fallthrough"_s, false}};
    QJsonObject mine = base, theirs = base;
    mine[u"raw"_s] = kBase + u"\npath:src/ledger/** #payments"_s;
    theirs[u"raw"_s] = u"path:src/webhooks/** #platform-eng\n"_s + kBase;
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, u"payment-api"_s, {}};
    op.base = base;
    op.desired = mine;
    op.request = {u"PUT"_s, writePath(u"acme"_s, op.target), ownershipPutBody(base, mine)};

    const RebasedOperation rebased = rebasedOperation(op, theirs);
    QVERIFY(rebased.clean());
    const QString raw = rebased.operation.request.body.toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.contains(u"path:src/webhooks/** #platform-eng"_s), qPrintable(raw));
    QVERIFY2(raw.contains(u"path:src/ledger/** #payments"_s), qPrintable(raw));
    QCOMPARE(rebased.operation.desired.toObject().value(u"raw"_s).toString(), raw);
    QCOMPARE(rebased.operation.base.toObject(), theirs);
}

void TestThreeWayMerge::rebase_overlappingEditsStayAConflict()
{
    const QJsonObject base{{u"raw"_s, u"* #payments"_s}};
    ChangeOperation op;
    op.target = {TargetType::Ownership, u"payment-api"_s, {}};
    op.base = base;
    op.desired = QJsonObject{{u"raw"_s, u"* #frontend"_s}};
    const RebasedOperation rebased = rebasedOperation(op, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}});
    QCOMPARE(rebased.conflicts.size(), 1);
    QCOMPARE(rebased.conflicts.first().path, u"raw"_s);
    QVERIFY(hasConflictMarkers(rebased.operation.desired.toObject().value(u"raw"_s).toString()));

    // Overwrite is the only way to drop theirs, and it says so: mine is written over theirs.
    const ChangeOperation overwritten = overwritingOperation(op, QJsonObject{{u"raw"_s, u"* #platform-eng"_s}});
    QCOMPARE(overwritten.desired, op.desired);
    QCOMPARE(overwritten.base.toObject().value(u"raw"_s).toString(), u"* #platform-eng"_s);
}

} // namespace sc

QTEST_MAIN(sc::TestThreeWayMerge)
#include "tst_threewaymerge.moc"
