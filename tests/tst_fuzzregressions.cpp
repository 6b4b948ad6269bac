// SPDX-License-Identifier: MIT
// Inputs the fuzz harnesses (tests/fuzz/) found, each pinned to the invariant it broke. A new finding
// becomes a data row here (the reproducer's bytes, shortened by hand where that keeps it failing).
#include "codeownersimport.h"
#include "ownershipdiagnostics.h"
#include "ownershipparser.h"
#include "jsonio.h"
#include "orgsnapshot.h"

#include <QtTest>

using namespace sc;
using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void ownershipDiagnostics_stayInsideTheText_data();
    void ownershipDiagnostics_stayInsideTheText();
    void ownershipText_reparsesToTheSameRule_data();
    void ownershipText_reparsesToTheSameRule();
    void codeownersImport_emitsOnlyRulesSentryParses_data();
    void codeownersImport_emitsOnlyRulesSentryParses();
    void codeownersMapping_refusesValuesThatAreNotOneOwner_data();
    void codeownersMapping_refusesValuesThatAreNotOneOwner();
    void snapshot_savedAndLoadedIsUnchanged_data();
    void snapshot_savedAndLoadedIsUnchanged();
};

void TestFuzzRegressions::ownershipDiagnostics_stayInsideTheText_data()
{
    QTest::addColumn<QByteArray>("text");
    // fuzz_ownership: a syntax error at the very end underlined one character past the text.
    QTest::newRow("rule without owner at the end") << QByteArray("src/* #");
    QTest::newRow("type without pattern at the end") << QByteArray("path:");
    QTest::newRow("pattern without owners after a comment") << QByteArray("# c\npath:a");
}

// Every finding's range lies inside the text: the editor underlines it and `ownership check
// --format json` hands it to other tools.
void TestFuzzRegressions::ownershipDiagnostics_stayInsideTheText()
{
    QFETCH(QByteArray, text);
    const QString rules = QString::fromUtf8(text);
    const QList<OwnershipDiagnostic> diagnostics = checkOwnership(rules);
    QVERIFY(!diagnostics.isEmpty());
    for (const OwnershipDiagnostic& d : diagnostics) {
        QVERIFY2(d.offset >= 0 && d.length >= 0 && d.offset + d.length <= rules.size(),
                 qPrintable(QStringLiteral("%1: offset %2 length %3 in %4 characters").arg(d.code).arg(d.offset).arg(d.length).arg(rules.size())));
    }
}

void TestFuzzRegressions::ownershipText_reparsesToTheSameRule_data()
{
    QTest::addColumn<QString>("text");
    // fuzz_roundtrip: Python's \S+ ends at U+001C–U+001F, so toText() must quote patterns holding them.
    QTest::newRow("U+001C in a quoted pattern") << QStringLiteral("path:\"a\\u001cb\" #x");
    QTest::newRow("U+001F in a quoted pattern") << QStringLiteral("url:\"\\u001f\" #x");
    QTest::newRow("U+001D as an escape") << QStringLiteral("tags.k:\"\\x1d\" a@b.io");
}

// OwnershipRule::toText() is what the editor, the CODEOWNERS import and change sets write: it must
// read back as the same rule.
void TestFuzzRegressions::ownershipText_reparsesToTheSameRule()
{
    QFETCH(QString, text);
    const Result<OwnershipRules> rules = parseOwnership(text);
    QVERIFY2(rules && rules->rules.size() == 1, rules ? "not one rule" : qPrintable(rules.error().message));
    const QString written = rules->rules.first().toText();
    const Result<OwnershipRules> again = parseOwnership(written);
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->schemaRules(), rules->schemaRules());
}

void TestFuzzRegressions::codeownersImport_emitsOnlyRulesSentryParses_data()
{
    QTest::addColumn<QString>("codeowners");
    QTest::addColumn<QString>("expected"); // Sentry's convert_codeowners_syntax, worked out by hand
    // fuzz_codeowners: Python's splitlines() breaks lines at U+001C–U+001E and strip()/\s treat
    // U+001C–U+001F as white space; the import kept them inside paths, which Sentry cannot parse.
    QTest::newRow("U+001D splits the line") << QStringLiteral("/src/pay\x1dments/ @acme/payments\n")
                                            << QStringLiteral("codeowners:ments/ #payments\n");
    QTest::newRow("U+001F separates tokens") << QStringLiteral("/src/\x1f@acme/payments\n")
                                             << QStringLiteral("codeowners:/src/ #payments\n");
    QTest::newRow("U+001F around the line") << QStringLiteral("\x1f/src/ @acme/payments\x1f\n")
                                            << QStringLiteral("codeowners:/src/ #payments\n");
    QTest::newRow("U+001C before the owner") << QStringLiteral("*.py\x1c @acme/payments\n") << QString();
    // fuzz_codeowners: a path starting with '"' opened a quoted pattern that ran to the next '"' and
    // swallowed the rule after it. Such a line is dropped (and reported); the next one stays whole.
    QTest::newRow("path starting with a quote") << QStringLiteral("\"a @acme/payments\nb\" @acme/payments\n")
                                               << QStringLiteral("codeowners:b\" #payments\n");
    QTest::newRow("escaped space keeps the path whole, which is then invalid")
        << QStringLiteral("/src/a\\ b/ @acme/payments\n") << QString();
}

void TestFuzzRegressions::codeownersImport_emitsOnlyRulesSentryParses()
{
    QFETCH(QString, codeowners);
    QFETCH(QString, expected);
    const CodeownersMapping mapping{{QStringLiteral("@acme/payments"), QStringLiteral("#payments")}};
    const CodeownersImport result = importCodeowners(codeowners, mapping);
    const Result<OwnershipRules> rules = parseOwnership(result.rules);
    QVERIFY2(rules.has_value(), qPrintable(rules ? QString() : rules.error().message + QLatin1Char('\n') + result.rules));
    QCOMPARE(rules->rules.size(), result.ruleCount);
    QCOMPARE(result.rules, expected);
}

void TestFuzzRegressions::codeownersMapping_refusesValuesThatAreNotOneOwner_data()
{
    QTest::addColumn<QString>("mapping");
    // fuzz_codeowners: a mapped value is pasted into the rules as is, so a line break in it wrote a
    // second rule of the file's choosing, and an empty one or "#" a rule Sentry rejects.
    QTest::newRow("JSON value with a line break") << QStringLiteral("{\"@a\": \"#x\\npath:** #evil\"}");
    QTest::newRow("JSON value with a space") << QStringLiteral("{\"@a\": \"#x #y\"}");
    QTest::newRow("JSON empty value") << QStringLiteral("{\"@a\": \"\"}");
    QTest::newRow("JSON bare #") << QStringLiteral("{\"@a\": \"#\"}");
    QTest::newRow("line with U+001F in the owner") << QStringLiteral("@a #x\x1fy\n");
    QTest::newRow("line with a bare #") << QStringLiteral("@a #\n");
}

void TestFuzzRegressions::codeownersMapping_refusesValuesThatAreNotOneOwner()
{
    QFETCH(QString, mapping);
    const Result<CodeownersMapping> parsed = parseCodeownersMapping(mapping);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->values().join(QLatin1Char('|')) : QString()));
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestFuzzRegressions::snapshot_savedAndLoadedIsUnchanged_data()
{
    QTest::addColumn<QByteArray>("json");
    // fuzz_snapshot (CI, 2026-12-01): Qt's parser dropped a raw U+FEFF that starts a key or a value, so the
    // cache read back with "environments" where "\uFEFFenvironments" had been (and a value as "").
    const QByteArray bom("\xEF\xBB\xBF");
    QTest::newRow("mark starts a key of the raw organization")
        << QByteArray(R"({"meta": {"formatVersion": 1}, "organization": {"slug": "acme", "projects": [{")" + bom +
                      R"(environments": ["production"], "slug": "api"}]}, "projects": [{"slug": "api"}]})");
    QTest::newRow("mark starts a value") << QByteArray(R"({"meta": {"formatVersion": 1}, "organization": {"slug": "acme"}, )"
                                                       R"("teams": [{"slug": "backend", "name": ")" + bom + R"(Backend"}], "projects": []})");
}

// What the console saves (its cache, `export`) it reads back to the same content.
void TestFuzzRegressions::snapshot_savedAndLoadedIsUnchanged()
{
    QFETCH(QByteArray, json);
    const Result<QJsonDocument> doc = parseJson(json, u"input"_s);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
    const Result<OrgSnapshot> first = OrgSnapshot::fromJson(doc->object());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    const QByteArray saved = QJsonDocument(first->toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(saved.contains("\xEF\xBB\xBF"));
    const Result<QJsonDocument> savedDoc = parseJson(saved, u"saved"_s);
    QVERIFY(savedDoc);
    const Result<OrgSnapshot> again = OrgSnapshot::fromJson(savedDoc->object());
    QVERIFY(again);
    QCOMPARE(QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact), saved);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
