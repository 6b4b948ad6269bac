// SPDX-License-Identifier: MIT
// The parallel reader of large JSON objects (cached snapshots): the same object as parseJson for
// every member shape, nullopt for anything unusual, and a large damaged snapshot still reports
// the one-piece reader's error (file, line, column).
#include "jsonio.h"
#include "jsonsections.h"
#include "orgsnapshot.h"
#include "testutils.h"

#include <QtTest>

using namespace sc;

class TestJsonSections : public QObject
{
    Q_OBJECT
private slots:
    void sameObjectAsParseJson_data();
    void sameObjectAsParseJson();
    void unusualText_isLeftToParseJson_data();
    void unusualText_isLeftToParseJson();
    void largeSnapshot_loadsLosslessly();
    void largeDamagedSnapshot_saysWhereItBroke();
};

void TestJsonSections::sameObjectAsParseJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("containers") << QByteArray(R"({"a": {"x": [1, {"y": "}"}]}, "b": [ "]", "\"{" ], "c": {}})");
    QTest::newRow("scalars") << QByteArray(R"({"s":"text","n":-1.5e3,"t":true,"f":false,"z":null,"i":9007199254740993})");
    QTest::newRow("repeated key: the last wins") << QByteArray(R"({"k": 1, "other": [2], "k": {"v": 3}})");
    QTest::newRow("leading byte-order mark") << QByteArray("\xEF\xBB\xBF{\"k\": [1]}\n");
    QTest::newRow("raw U+FEFF starting a string") << QByteArray("{\"k\": [\"\xEF\xBB\xBF" "env\"], \"\xEF\xBB\xBFkey\": 1}");
    QTest::newRow("escapes and non-ASCII values") << QByteArray(R"({"k": "caf\u00e9 \ud83d\ude00 \n", "m": ["日本"]})");
    QTest::newRow("white space everywhere") << QByteArray(" \n{ \"a\" :\t[ 1 ] ,\r\n \"b\" : 2 }\n\n");
}

void TestJsonSections::sameObjectAsParseJson()
{
    QFETCH(QByteArray, text);
    const Result<QJsonDocument> whole = parseJson(text, QStringLiteral("t"));
    QVERIFY(whole);
    const std::optional<QJsonObject> parallel = parseJsonObjectInParallel(text, QStringLiteral("t"));
    if (!parallel) {
        // Keys the fast path does not take (a raw U+FEFF) are left to parseJson: allowed, not wrong.
        QVERIFY(text.contains("\"\xEF\xBB\xBFkey\""));
        return;
    }
    QCOMPARE(*parallel, whole->object());
}

void TestJsonSections::unusualText_isLeftToParseJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("escaped key") << QByteArray(R"({"pro\u006aects": []})");
    QTest::newRow("trailing bytes") << QByteArray(R"({"a": 1} x)");
    QTest::newRow("second document") << QByteArray(R"({"a": 1}{"b": 2})");
    QTest::newRow("broken member") << QByteArray(R"({"a": [1, 2 3], "b": 2})");
    QTest::newRow("control character") << QByteArray("{\"a\": [\"x\x01y\"]}");
    QTest::newRow("top level is a list") << QByteArray("[1, 2]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("cut short") << QByteArray(R"({"a": [1, 2)");
}

void TestJsonSections::unusualText_isLeftToParseJson()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseJsonObjectInParallel(text, QStringLiteral("t")));
}

namespace {
// The demo snapshot grown past the size where OrgSnapshot::load parses in parallel.
OrgSnapshot largeSnapshot()
{
    OrgSnapshot snapshot = test::loadTestSnapshot(QStringLiteral("tiers/demo-workflow.json"));
    QJsonArray filler;
    for (int i = 0; i < 40000; ++i)
        filler.append(QJsonObject{{QStringLiteral("id"), QString::number(i)}, {QStringLiteral("note"), QStringLiteral("é \"quoted\" }]")}});
    snapshot.extras.insert(QStringLiteral("filler"), filler);
    return snapshot;
}
} // namespace

void TestJsonSections::largeSnapshot_loadsLosslessly()
{
    const OrgSnapshot snapshot = largeSnapshot();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    const QByteArray bytes = QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(bytes.size() > (1 << 20));
    QVERIFY(writeFileAtomic(path, bytes));
    QVERIFY(parseJsonObjectInParallel(bytes, path)); // the parallel path is the one under test
    const Result<OrgSnapshot> loaded = OrgSnapshot::load(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->toJson(), snapshot.toJson());
    QCOMPARE(loaded->detectors.size(), snapshot.detectors.size());
    QCOMPARE(loaded->members.size(), snapshot.members.size());
    QVERIFY(loaded->projectBySlug(snapshot.projects.first().slug));
}

void TestJsonSections::largeDamagedSnapshot_saysWhereItBroke()
{
    QByteArray bytes = QJsonDocument(largeSnapshot().toJson()).toJson(QJsonDocument::Indented);
    const qsizetype at = bytes.indexOf("\"filler\"") + 2000;
    bytes.insert(bytes.indexOf(',', at), ",,"); // inside the filler member
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QVERIFY(writeFileAtomic(path, bytes));
    const Result<OrgSnapshot> loaded = OrgSnapshot::load(path);
    QVERIFY(!loaded);
    const Result<QJsonDocument> whole = parseJson(bytes, path);
    QVERIFY(!whole);
    QCOMPARE(loaded.error().message, whole.error().message); // same line and column as the one-piece reader
    QVERIFY(loaded.error().message.contains(path));
}

QTEST_GUILESS_MAIN(TestJsonSections)
#include "tst_jsonsections.moc"
