// SPDX-License-Identifier: MIT
#include "ownershipcases.h"
#include "ownershipglob.h"
#include "ownershipmatcher.h"
#include "ownershipparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace sc;

class TestOwnership : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sharedExamples_matchSentry_data();
    void sharedExamples_matchSentry();
    void glob_followsGlobset_data();
    void glob_followsGlobset();
    void codeowners_followsRelay_data();
    void codeowners_followsRelay();
    void parser_acceptsAndRejectsLikeSentry_data();
    void parser_acceptsAndRejectsLikeSentry();
    void parser_reportsSentryPositionAndReason();
    void schema_hasVersionAndOwners();
    void normalizer_readsApiEventShape();
    void normalizer_prefersExceptionThenStacktraceThenCrashedThread();
    void matcher_explainsWhichValueMatched();
    void matcher_indexAgreesWithPlainEvaluation();
};

static QJsonObject loadExamples()
{
    QFile file(QStringLiteral(SC_SHARED_DIR "/ownership/examples.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestOwnership::sharedExamples_matchSentry_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonObject examples = loadExamples();
    QVERIFY(!examples.value(QLatin1String("cases")).toArray().isEmpty());
    for (const QJsonValue& c : examples.value(QLatin1String("cases")).toArray())
        QTest::newRow(qPrintable(c.toObject().value(QLatin1String("id")).toString())) << c.toObject();
}

void TestOwnership::sharedExamples_matchSentry()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject actual = evaluateOwnershipCase(testCase);
    const QJsonObject expected = testCase.value(QLatin1String("expect")).toObject();
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("rules: %1\nexpected: %2\nactual:   %3")
                            .arg(testCase.value(QLatin1String("rules")).toString().left(300),
                                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)))));
}

void TestOwnership::glob_followsGlobset_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    const int path = int(OwnershipGlob::Flavor::Path);
    const int url = int(OwnershipGlob::Flavor::Url);
    const int tag = int(OwnershipGlob::Flavor::Tag);
    QTest::newRow("star crosses slash") << "*.py" << path << "a/b/c.py" << true;
    QTest::newRow("star matches newline") << "a*" << tag << "a\nb" << true;
    QTest::newRow("question mark matches newline") << "a?b" << tag << "a\nb" << true;
    QTest::newRow("double star mid-segment is a star") << "src/**.py" << path << "src/a/b.py" << true;
    QTest::newRow("leading double star matches zero dirs") << "**/x" << path << "x" << true;
    QTest::newRow("leading double star matches root slash") << "**/x" << path << "/x" << true;
    QTest::newRow("middle double star matches zero dirs") << "a/**/b" << path << "a/b" << true;
    QTest::newRow("middle double star needs the slashes") << "a/**/b" << path << "ab" << false;
    QTest::newRow("trailing double star needs the slash") << "a/**" << path << "a" << false;
    QTest::newRow("trailing double star matches a slash") << "a/**" << path << "a/" << true;
    QTest::newRow("lone double star matches empty") << "**" << tag << "" << true;
    QTest::newRow("question mark is one byte") << "?" << tag << "\u00e9" << false;
    QTest::newRow("two question marks for two bytes") << "??" << tag << "\u00e9" << true;
    QTest::newRow("class holds UTF-8 bytes") << "[\u00e9]" << tag << "\u00e9" << false;
    QTest::newRow("class twice spells a 2-byte char") << "[\u00e9][\u00e9]" << tag << "\u00e9" << true;
    QTest::newRow("negated class") << "[!a]" << tag << "b" << true;
    QTest::newRow("caret negates too") << "[^a]" << tag << "a" << false;
    QTest::newRow("range") << "[a-c]x" << tag << "bx" << true;
    QTest::newRow("class closing bracket first") << "[]]" << tag << "]" << true;
    QTest::newRow("class trailing dash literal") << "[a-]" << tag << "-" << true;
    QTest::newRow("dash after range extends it") << "[a-c-e]" << tag << "d" << true;
    QTest::newRow("reversed range never matches") << "[z-a]" << tag << "z" << false;
    QTest::newRow("unclosed class never matches") << "src/[.py" << path << "src/[.py" << false;
    QTest::newRow("unclosed alternation never matches") << "{a,b" << tag << "a" << false;
    QTest::newRow("nested alternation never matches") << "{a,{b,c}}" << tag << "a" << false;
    QTest::newRow("stray closing brace is ignored") << "a}b" << tag << "ab" << true;
    QTest::newRow("comma outside braces is literal") << "a,b" << tag << "a,b" << true;
    QTest::newRow("alternation") << "src/{a,b}.py" << path << "src/b.py" << true;
    QTest::newRow("empty alternative is dropped") << "x{,a}" << tag << "x" << false;
    QTest::newRow("alternative with a star") << "{*.py,*.js}" << path << "a/b.js" << true;
    QTest::newRow("trailing escape never matches") << "abc\\" << tag << "abc\\" << false;
    QTest::newRow("escape in tags") << "b\\*r" << tag << "b*r" << true;
    QTest::newRow("escaped star is literal in tags") << "b\\*r" << tag << "bar" << false;
    QTest::newRow("escape in urls") << "*\\?x=1" << url << "http://a/p?x=1" << true;
    QTest::newRow("backslash is slash for paths") << "src\\*.py" << path << "src/a.py" << true;
    QTest::newRow("backslash value for paths") << "src/*.py" << path << "src\\a.py" << true;
    QTest::newRow("path ignores ASCII case") << "SRC/*.PY" << path << "src/a.py" << true;
    QTest::newRow("path ignores Unicode case") << "caf\u00c9/*" << path << "CAF\u00e9/x" << true;
    QTest::newRow("url ignores case") << "https://acme.io/*" << url << "HTTPS://ACME.IO/x" << true;
    QTest::newRow("tags are case-sensitive") << "payment-api" << tag << "Payment-API" << false;
    QTest::newRow("whole value, no anchoring to segments") << "src/x.py" << path << "/home/src/x.py" << false;
    QTest::newRow("dot slash must be written") << "./src/x.py" << path << "src/x.py" << false;
    QTest::newRow("class with ASCII case range under case folding") << "[@-_]" << path << "a" << true;
    QTest::newRow("star only") << "*" << url << "" << true;
    QTest::newRow("many stars") << "*a*b*c*" << tag << "xxaxxbxxcxx" << true;
    QTest::newRow("many stars, wrong order") << "*a*b*c*" << tag << "xxcxxbxxaxx" << false;
}

void TestOwnership::glob_followsGlobset()
{
    QFETCH(QString, pattern);
    QFETCH(int, flavor);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    const OwnershipGlob glob(pattern, OwnershipGlob::Flavor(flavor));
    QCOMPARE(glob.matches(value), matches);
}

void TestOwnership::codeowners_followsRelay_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    QTest::newRow("extension anywhere") << "*.txt" << "dir/file.txt" << true;
    QTest::newRow("match may end at a slash") << "*.txt" << "file.txt/" << true;
    QTest::newRow("anchored with leading slash") << "/dir/*.txt" << "dir/file.txt" << true;
    QTest::newRow("star does not cross slash") << "/dir/*.txt" << "/dir/sub/file.txt" << false;
    QTest::newRow("directory anywhere") << "apps/" << "/dir/apps/file.txt" << true;
    QTest::newRow("direct children only") << "docs/*" << "docs/a/b.md" << false;
    QTest::newRow("direct child") << "docs/*" << "docs/a.md" << true;
    QTest::newRow("star segment then dir") << "*/docs/" << "first/docs/x.md" << true;
    QTest::newRow("anchored dir") << "/docs/" << "app/docs/file.txt" << false;
    QTest::newRow("double star middle") << "/red/**/file.py" << "red/file.py" << true;
    QTest::newRow("double star unanchored start") << "**/yellow/file.py" << "red/orange/yellow/file.py" << true;
    QTest::newRow("double star suffix") << "/red/orange/**" << "blue/red/orange/file.py" << false;
    QTest::newRow("case-sensitive") << "SRC/" << "/w/src/x.py" << false;
    QTest::newRow("leading backslash matches a backslash segment") << "\\x" << "a\\" << true;
    QTest::newRow("leading backslash needs a backslash") << "\\x" << "x" << false;
}

void TestOwnership::codeowners_followsRelay()
{
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    const CodeownersPattern p(pattern);
    QVERIFY2(p.matches(value) == matches, qPrintable(p.regexPattern()));
}

void TestOwnership::parser_acceptsAndRejectsLikeSentry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("owners"); // of the first rule, as displayed
    QTest::newRow("quoted pattern then a glued user") << "\"abc\"def #a" << true << QStringList{"path"}
                                                       << QStringList{"abc"} << QStringList{"def", "#a"};
    QTest::newRow("bare hash after owners is a comment") << "src/* #a #" << true << QStringList{"path"}
                                                          << QStringList{"src/*"} << QStringList{"#a"};
    QTest::newRow("hash inside an owner") << "src/* #a#b" << true << QStringList{"path"} << QStringList{"src/*"}
                                          << QStringList{"#a#b"};
    QTest::newRow("tag key runs to the next colon across lines")
        << "tags.foo #a\npath:x #b" << true << QStringList{"tags.foo #a\npath"} << QStringList{"x"} << QStringList{"#b"};
    QTest::newRow("tags followed by a colon") << "tags:a:b #t" << true << QStringList{"tags:a"} << QStringList{"b"}
                                              << QStringList{"#t"};
    QTest::newRow("quoted pattern spans lines") << "\"a\nb\" #t" << true << QStringList{"path"} << QStringList{"a\nb"}
                                                << QStringList{"#t"};
    QTest::newRow("unknown escape kept") << "\"a\\qb\" #t" << true << QStringList{"path"} << QStringList{"a\\qb"}
                                         << QStringList{"#t"};
    QTest::newRow("octal escape") << "\"\\101\" #t" << true << QStringList{"path"} << QStringList{"A"} << QStringList{"#t"};
    QTest::newRow("backslash before non-ASCII stays literal") << "\"\\\u00e9\" #t" << true << QStringList{"path"}
                                                              << QStringList{"\\xe9"} << QStringList{"#t"};
    QTest::newRow("truncated hex escape fails") << "\"\\x4\" #t" << false << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("url without colon is a path") << "url #t" << true << QStringList{"path"} << QStringList{"url"}
                                                 << QStringList{"#t"};
    QTest::newRow("tab after owner fails") << "src/* #a\tb" << false << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("user lower-cased with Unicode") << "x \u00c9MILE@X.IO" << true << QStringList{"path"} << QStringList{"x"}
                                                   << QStringList{"\u00e9mile@x.io"};
    QTest::newRow("unicode line separator is white space") << "src/*\u2028#a" << false << QStringList{} << QStringList{}
                                                           << QStringList{};
    QTest::newRow("comment then rule on a CR line") << "#c\rsrc/* #a" << true << QStringList{"path"} << QStringList{"src/*"}
                                                    << QStringList{"#a"};
}

void TestOwnership::parser_acceptsAndRejectsLikeSentry()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, types);
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, owners);
    const Result<OwnershipRules> rules = parseOwnership(text);
    QCOMPARE(bool(rules), ok);
    if (!ok)
        return;
    QStringList actualTypes;
    QStringList actualPatterns;
    for (const OwnershipRule& r : rules->rules) {
        actualTypes << r.type;
        actualPatterns << r.pattern;
    }
    QCOMPARE(actualTypes, types);
    QCOMPARE(actualPatterns, patterns);
    QStringList actualOwners;
    for (const OwnershipOwner& o : rules->rules.first().owners)
        actualOwners << o.display();
    QCOMPARE(actualOwners, owners);
}

void TestOwnership::parser_reportsSentryPositionAndReason()
{
    const OwnershipParseOutcome outcome = parseOwnershipDetailed(QStringLiteral("# c\npath:a #t\n  path:src/*\t#a\n"));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.rules.rules.size(), 1);
    // Sentry stops after the leading spaces of line 3.
    QCOMPARE(outcome.error->sentryMessage(), QStringLiteral("Parse error: ownership (line 3, column 3)"));
    QCOMPARE(outcome.error->detailLine, 3);
    QCOMPARE(outcome.error->detailColumn, 13);
    QVERIFY2(outcome.error->explanation.contains(QLatin1String("tab")), qPrintable(outcome.error->explanation));
    const Result<OwnershipRules> rules = parseOwnership(QStringLiteral("path: x #a"));
    QVERIFY(!rules);
    QVERIFY(rules.error().message.startsWith(QLatin1String("Parse error: ownership (line 1, column 1)")));
    QVERIFY2(rules.error().message.contains(QLatin1String("directly")), qPrintable(rules.error().message));
    QCOMPARE(rules.error().detail, QStringLiteral("line 1, column 1"));
}

void TestOwnership::schema_hasVersionAndOwners()
{
    const Result<OwnershipRules> rules = parseOwnership(QStringLiteral("path:src/* #Team Bob@X.io\n"));
    QVERIFY(rules);
    const QJsonObject schema = rules->toSchema();
    QCOMPARE(schema.value(QLatin1String("$version")).toInt(), 1);
    const QJsonObject expectedRule = QJsonDocument::fromJson(
        R"({"matcher": {"type": "path", "pattern": "src/*"}, "owners": [{"type": "team", "identifier": "Team"},
            {"type": "user", "identifier": "bob@x.io"}]})").object();
    QCOMPARE(schema.value(QLatin1String("rules")).toArray().first().toObject(), expectedRule);
    // The serializer writes text that parses back to the same schema.
    const Result<OwnershipRules> again = parseOwnership(rules->toText());
    QVERIFY(again);
    QCOMPARE(again->toSchema(), schema);
}

void TestOwnership::normalizer_readsApiEventShape()
{
    const QJsonObject api = QJsonDocument::fromJson(R"({
        "platform": "python", "sdk": {"name": "sentry.python"},
        "entries": [
          {"type": "exception", "data": {"values": [{"stacktrace": {"frames": [
              {"filename": "src/payments/x.py", "absPath": "/app/src/payments/x.py", "inApp": false}]}}]}},
          {"type": "request", "data": {"url": "https://acme.io/api/v1/payments/1"}}],
        "tags": [{"key": "service", "value": "payment-api"}, {"key": "sentry:release", "value": "1.2"}],
        "user": {"email": "a@acme.io"}})").object();
    const OwnershipEvent e = OwnershipEvent::fromJson(api);
    QCOMPARE(e.frames.size(), 1);
    QCOMPARE(e.frames.first().absPath, QStringLiteral("/app/src/payments/x.py"));
    QCOMPARE(e.frames.first().inApp, std::optional<bool>(false));
    QCOMPARE(e.url, QStringLiteral("https://acme.io/api/v1/payments/1"));
    QCOMPARE(e.tags.size(), 2);
    QCOMPARE(e.tags.at(0).second, QStringLiteral("payment-api"));
    const Result<OwnershipRules> rules = parseOwnership(QStringLiteral(
        "path:src/payments/** #payments\ncodeowners:*.py #co\nurl:*/payments/* #web\ntags.release:1.* #rel\n"
        "tags.user.email:*@acme.io #users"));
    QVERIFY(rules);
    const OwnershipMatchResult r = OwnershipMatcher(*rules).match(e);
    QCOMPARE(r.rules, (QList<int>{4, 3, 2, 0}));
}

void TestOwnership::normalizer_prefersExceptionThenStacktraceThenCrashedThread()
{
    auto frames = [](const char* json) {
        const OwnershipEvent e = OwnershipEvent::fromJson(QJsonDocument::fromJson(json).object());
        QStringList names;
        for (const OwnershipFrame& f : e.frames)
            names << f.filename;
        return names.join(QLatin1Char(','));
    };
    QCOMPARE(frames(R"({"exception": {"values": [{"stacktrace": {"frames": [{"filename": "e"}]}}]},
                        "stacktrace": {"frames": [{"filename": "s"}]}})"), QStringLiteral("e"));
    QCOMPARE(frames(R"({"exception": {"values": [null, {"stacktrace": {"frames": []}}]},
                        "stacktrace": {"frames": [null, {"filename": "s"}]}})"), QStringLiteral("s"));
    QCOMPARE(frames(R"({"threads": {"values": [{"crashed": true, "stacktrace": {"frames": [{"filename": "c"}]}},
                                                {"current": true, "stacktrace": {"frames": [{"filename": "u"}]}}]}})"),
             QStringLiteral("c"));
    QCOMPARE(frames(R"({"threads": {"values": [{"crashed": true, "stacktrace": {"frames": [{"filename": "c"}]}},
                                                {"crashed": true, "current": true, "stacktrace": {"frames": [{"filename": "u"}]}}]}})"),
             QStringLiteral("u"));
    QCOMPARE(frames(R"({"threads": {"values": [{"stacktrace": {"frames": [{"filename": "a"}]}},
                                                {"stacktrace": {"frames": [{"filename": "b"}]}}]}})"), QString());
    QCOMPARE(frames(R"({"threads": [{"stacktrace": {"frames": [{"filename": "old"}]}}]})"), QStringLiteral("old"));
}

void TestOwnership::matcher_explainsWhichValueMatched()
{
    const Result<OwnershipRules> rules = parseOwnership(QStringLiteral("path:*.kt #a\nmodule:com.acme.* #b"));
    QVERIFY(rules);
    OwnershipEvent e = OwnershipEvent::fromJson(QJsonDocument::fromJson(R"({"platform": "java",
        "stacktrace": {"frames": [{"module": "com.acme.pay.Svc", "abs_path": "Svc.kt", "filename": "Svc.kt"}]}})").object());
    QCOMPARE(e.frames.first().mungedFilename, QStringLiteral("com/acme/pay/Svc.kt"));
    const OwnershipMatchResult r = OwnershipMatcher(*rules).match(e, true);
    QCOMPARE(r.reasons.size(), 2);
    QCOMPARE(r.reasons.at(0).source, QStringLiteral("filename"));
    QCOMPARE(r.reasons.at(1).source, QStringLiteral("module"));
    QCOMPARE(r.reasons.at(1).value, QStringLiteral("com.acme.pay.Svc"));
}

void TestOwnership::matcher_indexAgreesWithPlainEvaluation()
{
    // Every rule shape the index treats differently (prefix, suffix, trigram, always), checked against
    // the rule-by-rule slow path on many values.
    const QStringList patterns = {"src/a/**", "*.py", "*payments*", "*", "**/x.py", "a/**/b", "[ab]*", "{x,y}/z",
                                  "*/api/v?/*", "?", "src/*.PY", "*c\u00e9*"};
    QString text;
    for (const QString& p : patterns)
        text += QStringLiteral("path:%1 #t\nurl:%1 #u\nmodule:%1 #m\n").arg(p);
    const Result<OwnershipRules> rules = parseOwnership(text);
    QVERIFY(rules);
    const OwnershipMatcher matcher(*rules);
    const QStringList values = {"src/a/b.py", "x.py", "lib/payments/x", "a/b", "ab", "x/z", "http://h/api/v1/p", "s",
                                "SRC/Q.py", "caf\u00c9", "", "a/x/b", "/x.py"};
    for (const QString& v : values) {
        OwnershipEvent e;
        e.addPath(v);
        e.addModule(v);
        e.url = v;
        const OwnershipMatchResult fast = matcher.match(e);
        QList<int> slow;
        for (int i = 0; i < rules->rules.size(); ++i) {
            if (matcher.ruleMatches(i, e))
                slow.prepend(i);
        }
        QVERIFY2(fast.rules == slow, qPrintable(v));
    }
}

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
