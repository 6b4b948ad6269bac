// SPDX-License-Identifier: MIT
// The simdjson event reader and the result writer that `ownership replay` uses must give exactly
// what the QJsonDocument path gives: the same OwnershipEvent field for field, the same owners and
// ranks for Sentry's shared cases, the same JSON bytes.
#include "ownershipeventreader.h"
#include "ownershipimpact.h"
#include "ownershipmatcher.h"
#include "ownershipparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sc;

namespace {

QStringList describe(const OwnershipEvent& e)
{
    QStringList out{QStringLiteral("platform=") + e.platform, QStringLiteral("sdk=") + e.sdkName,
                    QStringLiteral("source=") + e.frameSource, QStringLiteral("url=") + e.url};
    for (const OwnershipFrame& f : e.frames) {
        out << QStringLiteral("frame %1|%2|%3|%4|%5|%6")
                   .arg(f.filename, f.absPath, f.module, f.package, f.mungedFilename,
                        f.inApp ? (*f.inApp ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unset"));
    }
    for (const auto& [k, v] : e.tags)
        out << QStringLiteral("tag %1=%2").arg(k, v);
    for (const auto& [k, v] : e.userFields)
        out << QStringLiteral("user %1=%2").arg(k, v);
    return out;
}

QJsonObject loadExamples()
{
    QFile file(QStringLiteral(SC_SHARED_DIR "/ownership/examples.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestOwnershipEventReader : public QObject
{
    Q_OBJECT
private slots:
    void readsLikeQJsonDocument_data();
    void readsLikeQJsonDocument();
    void sharedExamples_sameOwnersAndRanks();
    void declinesWhatItDoesNotRead_data();
    void declinesWhatItDoesNotRead();
    void writerWritesQJsonDocumentBytes();
    void matcherMemo_repeatedValuesAgreeWithPlainEvaluation();
};

void TestOwnershipEventReader::readsLikeQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QJsonValue& c : loadExamples().value(QLatin1String("cases")).toArray()) {
        const QJsonObject testCase = c.toObject();
        if (testCase.value(QLatin1String("kind")).toString() == QLatin1String("match"))
            QTest::newRow(qPrintable(testCase.value(QLatin1String("id")).toString()))
                << QJsonDocument(testCase.value(QLatin1String("event")).toObject()).toJson(QJsonDocument::Compact);
    }
    // Shapes and corner cases where JSON readers tend to differ.
    const char* edge[][2] = {
        {"duplicate keys: the last wins", R"({"platform":"java","platform":"python","request":{"url":"a","url":"b"}})"},
        {"duplicate frame keys", R"({"stacktrace":{"frames":[{"filename":"a.py","filename":"b.py","in_app":true,"in_app":false}]}})"},
        {"abs_path null keeps absPath out", R"({"stacktrace":{"frames":[{"abs_path":null,"absPath":"/x.py"},{"absPath":"/y.py","inApp":true}]}})"},
        {"null and missing in lists", R"({"exception":{"values":[null,{"stacktrace":{"frames":[null,7,{"filename":"f.py"}]}}]}})"},
        {"exception without frames falls to stacktrace", R"({"exception":{"values":[{"stacktrace":{"frames":[]}}]},"stacktrace":{"frames":[{"module":"m"}]}})"},
        {"threads: one crashed", R"({"threads":{"values":[{"crashed":false,"stacktrace":{"frames":[{"filename":"a"}]}},{"crashed":1.0,"stacktrace":{"frames":[{"filename":"b"}]}}]}})"},
        {"threads: numbers and strings are truthy", R"({"threads":[{"current":0,"stacktrace":{"frames":[{"filename":"a"}]}},{"current":"yes","stacktrace":{"frames":[{"filename":"b"}]}}]})"},
        {"threads: two crashed, one current", R"({"threads":{"values":[{"crashed":true,"current":[],"stacktrace":{"frames":[{"filename":"a"}]}},{"crashed":true,"current":{"x":1},"stacktrace":{"frames":[{"filename":"b"}]}}]}})"},
        {"single thread that is not an object", R"({"threads":{"values":["x"]}})"},
        {"api shape entries", R"({"entries":[{"type":"request","data":{"url":"https://a/b"}},{"type":"exception"},{"type":"exception","data":{"values":[{"stacktrace":{"frames":[{"filename":"e.py"}]}}]}},{"type":"exception","data":null}],"tags":[{"key":"k","value":"v"},{"key":"n"},{"value":"x"},["a","b"],"s",null]})"},
        {"top-level wins over entries", R"({"request":null,"entries":[{"type":"request","data":{"url":"u"}}]})"},
        {"tags object is sorted", R"({"tags":{"z":"1","a":null,"m":2,"a":"dup"}})"},
        {"tags pairs", R"({"tags":[["a","1"],["b",null],["c",3],[1,"x"],["d"],["e","f","g"]]})"},
        {"user fields sorted, nested one level", R"({"user":{"id":"7","email":"e@x","data":{"z":"1","b":"2","n":3,"o":{"deep":"no"}},"ip":null,"email":"last@x"}})"},
        {"unicode and escapes", R"({"platform":"python","request":{"url":"https://\u00e9x.io/\ud83d\ude00/a\"b\\c\n"},"tags":[["k\u0000ey","v\u00fc"]]})"},
        {"java munged filename", R"({"platform":"java","exception":{"values":[{"stacktrace":{"frames":[{"module":"com.acme.pay.Charge$1","abs_path":"Charge.java"},{"module":"com.acme.pay.Charge","abs_path":"Charge.java"}]}}]}})"},
        {"cocoa munged filename", R"({"platform":"cocoa","stacktrace":{"frames":[{"package":"/App/","abs_path":"/Users/x/App/Sources/A.swift"}]}})"},
        {"flutter munged filename", R"({"platform":"other","sdk":{"name":"sentry.dart.flutter","name":"sentry.dart.flutter"},"stacktrace":{"frames":[{"package":"app","abs_path":"package:app/lib/main.dart"}]}})"},
        {"wrong types everywhere", R"({"platform":5,"sdk":"x","exception":[],"request":{"url":7},"tags":"t","user":[1],"stacktrace":{"frames":{"a":1}}})"},
        {"numbers", R"({"threads":{"values":[{"crashed":-0.0,"stacktrace":{"frames":[{"filename":"a"}]}},{"crashed":18446744073709551615,"stacktrace":{"frames":[{"filename":"b"}]}}]}})"},
    };
    for (const auto& [name, json] : edge)
        QTest::newRow(name) << QByteArray(json);
}

void TestOwnershipEventReader::readsLikeQJsonDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const OwnershipEvent expected = OwnershipEvent::fromJson(doc.object());
    OwnershipEventReader reader;
    OwnershipEvent actual;
    QString id;
    QVERIFY(reader.read(json, &actual, &id, QStringLiteral("line 1")));
    QCOMPARE(describe(actual), describe(expected));
    QCOMPARE(id, ownershipEventId(doc.object(), QStringLiteral("line 1")));
}

void TestOwnershipEventReader::sharedExamples_sameOwnersAndRanks()
{
    OwnershipEventReader reader; // one reader for all, as replay uses it
    OwnershipResultWriter writer;
    int checked = 0;
    for (const QJsonValue& c : loadExamples().value(QLatin1String("cases")).toArray()) {
        const QJsonObject testCase = c.toObject();
        if (testCase.value(QLatin1String("kind")).toString() != QLatin1String("match"))
            continue;
        const Result<OwnershipRules> rules = parseOwnership(testCase.value(QLatin1String("rules")).toString());
        if (!rules)
            continue;
        const OwnershipMatcher matcher(*rules);
        OwnershipEvent event;
        QVERIFY(reader.read(QJsonDocument(testCase.value(QLatin1String("event")).toObject()).toJson(), &event));
        const OwnershipMatchResult result = matcher.match(event);
        QCOMPARE(result.toJson(), testCase.value(QLatin1String("expect")).toObject());
        QByteArray line;
        writer.append(result, &line);
        QCOMPARE(line, QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestOwnershipEventReader::declinesWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"a\":");
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("a string") << QByteArray("\"x\"");
    QTest::newRow("garbage after") << QByteArray("{} x");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"platform\":\"\xff\"}");
    QTest::newRow("deeper than the reader goes") << QByteArray(600, '[').prepend("{\"a\":").append(QByteArray(600, ']')).append('}');
}

void TestOwnershipEventReader::declinesWhatItDoesNotRead()
{
    QFETCH(QByteArray, json);
    OwnershipEventReader reader;
    OwnershipEvent event;
    QVERIFY(!reader.read(json, &event));
    // …and it still reads the next event.
    QVERIFY(reader.read(QByteArray(R"({"request":{"url":"u"}})"), &event));
    QCOMPARE(event.url, QStringLiteral("u"));
}

void TestOwnershipEventReader::writerWritesQJsonDocumentBytes()
{
    const Result<OwnershipRules> rules = parseOwnership(QString::fromUtf8(
        "path:a/* #team-a user@x.io \"quote\\\"d@x.io\"\npath:a/b* #t\u00e9am #team-a\npath:* ctl\x01@x.io\n"));
    QVERIFY2(rules, rules ? "" : qPrintable(rules.error().message));
    const OwnershipMatcher matcher(*rules);
    OwnershipEvent event;
    event.addPath(QStringLiteral("a/bc"));
    const OwnershipMatchResult result = matcher.match(event);
    QVERIFY(result.rules.size() >= 2);
    OwnershipResultWriter writer;
    for (int round = 0; round < 2; ++round) { // second round: from the owner cache
        QByteArray line;
        writer.append(result, &line);
        QCOMPARE(line, QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
    }
    QByteArray empty;
    writer.append(OwnershipMatchResult{}, &empty);
    QCOMPARE(empty, QJsonDocument(OwnershipMatchResult{}.toJson()).toJson(QJsonDocument::Compact));
}

void TestOwnershipEventReader::matcherMemo_repeatedValuesAgreeWithPlainEvaluation()
{
    // Values repeat across events; the matcher remembers per value which rules it matched. Every
    // answer must equal rule-by-rule evaluation (ruleMatches does not use the index or the memo).
    const Result<OwnershipRules> rules = parseOwnership(QStringLiteral(
        "path:src/Svc1/*.PY #a\n*/svc2/h?ndler*.py #b\npath:*/?/*.py #c\npath:*1q*z?* #d\nmodule:com.acme.svc1.* #e\n"
        "module:*.H?ndler #f\nurl:*/api/v?/items/* #g\nurl:https://ACME.io/svc1/* #h\ntags.service:svc-1? #i\n"
        "tags.sentry:release:1.* #j\ntags.release:2.?.* #k\npath:C:/Users/*/src/svc3/* #l\n*svc1/*.p? #m\n"
        "path:src/svc2/[a-m]*.py #n\n**/lib/** #o\n"));
    QVERIFY(rules);
    const OwnershipMatcher matcher(*rules);
    const QStringList files = {"src/svc1/handler.py", "src/Svc2/Handler1.PY", "src/svc3/x/y.py", "lib/a/b.js",
                               "src\\svc2\\a.py", "C:\\Users\\ci\\src\\svc3\\k.ts", "q/z/1q2zz", "src/svc1/m.pc"};
    const QStringList modules = {"com.acme.svc1.Handler", "com.acme.svc2.Hundler", "x.Handler"};
    const QStringList urls = {"https://acme.io/svc1/api/v1/items/2", "https://x.io/api/v22/items/", ""};
    int withMatches = 0;
    for (int i = 0; i < 400; ++i) {
        OwnershipEvent e;
        for (int f = 0; f < 1 + i % 4; ++f) {
            e.addPath(files.at((i * 7 + f * 3) % files.size()));
            e.frames.last().absPath = QStringLiteral("/srv/") + files.at((i + f) % files.size());
            e.addModule(modules.at((i + f) % modules.size()));
        }
        e.url = urls.at(i % urls.size());
        e.addTag(QStringLiteral("service"), QStringLiteral("svc-%1").arg(i % 13));
        e.addTag(i % 2 ? QStringLiteral("sentry:release") : QStringLiteral("release"), QStringLiteral("%1.%2.0").arg(i % 3).arg(i % 5));
        QList<int> expected;
        for (int r = int(rules->rules.size()) - 1; r >= 0; --r) {
            if (matcher.ruleMatches(r, e))
                expected.append(r);
        }
        QCOMPARE(matcher.match(e).rules, expected);
        withMatches += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(withMatches > 100);
}

QTEST_GUILESS_MAIN(TestOwnershipEventReader)
#include "tst_ownershipeventreader.moc"
