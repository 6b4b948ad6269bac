// SPDX-License-Identifier: MIT
#include "codeownersimport.h"
#include "ownershipdiagnostics.h"
#include "ownershipglob.h"
#include "ownershipparser.h"
#include "ownershipshadowing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// What the console writes for Sentry must read back as itself, and `ownership check` must stay
// fast on any text Sentry accepts.
class TestOwnershipIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void toText_reparsesToItself_sharedExamples();
    void toText_reparsesToItself_data();
    void toText_reparsesToItself();
    void importCodeowners_neverEmitsARuleSentryReadsDifferently_data();
    void importCodeowners_neverEmitsARuleSentryReadsDifferently();
    void check_overTheSizeLimitReportsOnlyTheSize();
    void shadowing_indexedEqualsPairwise_data();
    void shadowing_indexedEqualsPairwise();
    void shadowing_reportsTheFirstLaterRule();

private:
    static void verifyRoundTrip(const OwnershipRule& rule);
};

namespace {

std::vector<OwnershipGlob> globsOf(const QList<OwnershipRule>& rules)
{
    std::vector<OwnershipGlob> globs;
    for (const OwnershipRule& rule : rules)
        globs.emplace_back(rule.pattern, rule.type == "url"_L1 ? OwnershipGlob::Flavor::Url
                                         : rule.isTagRule()    ? OwnershipGlob::Flavor::Tag
                                                               : OwnershipGlob::Flavor::Path);
    return globs;
}

OwnershipRule rule(const QString& type, const QString& pattern)
{
    OwnershipRule r;
    r.type = type;
    r.pattern = pattern;
    r.owners = {OwnershipOwner{OwnershipOwner::Type::Team, u"payments"_s}};
    return r;
}

} // namespace

void TestOwnershipIntegrity::verifyRoundTrip(const OwnershipRule& original)
{
    const QString text = original.toText();
    const Result<OwnershipRules> back = parseOwnership(text);
    QVERIFY2(back, qPrintable(u"%1 → %2"_s.arg(text, back ? QString() : back.error().message)));
    QCOMPARE(back->rules.size(), 1);
    QCOMPARE(back->rules.first().type, original.type);
    QCOMPARE(back->rules.first().pattern, original.pattern);
    QCOMPARE(back->rules.first().owners, original.owners);
}

void TestOwnershipIntegrity::toText_reparsesToItself_sharedExamples()
{
    QFile file(QStringLiteral(SC_SHARED_DIR "/ownership/examples.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray()) {
        const Result<OwnershipRules> rules = parseOwnership(value.toObject().value(u"rules"_s).toString());
        if (!rules)
            continue;
        for (const OwnershipRule& r : rules->rules) {
            verifyRoundTrip(r);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"case %1"_s.arg(value.toObject().value(u"id"_s).toString())));
            ++checked;
        }
    }
    QVERIFY(checked > 50);
}

void TestOwnershipIntegrity::toText_reparsesToItself_data()
{
    QTest::addColumn<QString>("pattern");
    for (char16_t c = 0x1c; c <= 0x1f; ++c)
        QTest::addRow("U+%04X inside", unsigned(c)) << u"src/a"_s + QChar(c) + u"b/*"_s;
    QTest::newRow("U+0085") << u"a\u0085b"_s;
    QTest::newRow("no-break space") << u"a\u00a0b"_s;
    QTest::newRow("ideographic space") << u"a\u3000b"_s;
    QTest::newRow("DEL") << u"a\u007fb"_s;
    QTest::newRow("NUL") << QString(u"a"_s + QChar(0) + u"b"_s);
    QTest::newRow("emoji") << u"src/😀/*"_s;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xd83d) + u"b"_s);
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s;
    QTest::newRow("leading quote") << u"\"a"_s;
    QTest::newRow("tab and newline") << u"a\tb\nc"_s;
    QTest::newRow("plain") << u"src/payments/**"_s;
}

void TestOwnershipIntegrity::toText_reparsesToItself()
{
    QFETCH(QString, pattern);
    for (const QString& type : {u"path"_s, u"url"_s, u"tags.service"_s})
        verifyRoundTrip(rule(type, pattern));
}

void TestOwnershipIntegrity::importCodeowners_neverEmitsARuleSentryReadsDifferently_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected"); // the rules text, or empty when the line must be dropped
    // Sentry's convert_codeowners_syntax reads lines with Python's str.splitlines(), for which U+001D is a
    // line break: "src/a" is a line without owners (skipped), "b/ @acme/payments" the rule.
    QTest::newRow("U+001D ends the line as in Python") << u"src/a\u001db/ @acme/payments"_s << u"codeowners:b/ #payments\n"_s;
    QTest::newRow("U+001F between path and owner") << u"src/a/\u001f@acme/payments"_s << u"codeowners:src/a/ #payments\n"_s;
    QTest::newRow("quoted-looking path") << u"\"a\"b @acme/payments"_s << QString();
    QTest::newRow("plain") << u"/src/ @acme/payments"_s << u"codeowners:/src/ #payments\n"_s;
}

void TestOwnershipIntegrity::importCodeowners_neverEmitsARuleSentryReadsDifferently()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const CodeownersImport result = importCodeowners(line + u'\n', CodeownersMapping{{u"@acme/payments"_s, u"#payments"_s}});
    QCOMPARE(result.rules, expected);
    const Result<OwnershipRules> back = parseOwnership(result.rules);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->rules.size(), result.ruleCount);
    if (expected.isEmpty())
        QVERIFY(!result.issues.isEmpty());
}

void TestOwnershipIntegrity::check_overTheSizeLimitReportsOnlyTheSize()
{
    QString text;
    for (int i = 0; text.size() <= 100000; ++i)
        text += u"path:src/svc%1/* #t%1\n"_s.arg(i);
    text += u"path:\tbroken\n"_s;
    const QList<OwnershipDiagnostic> diagnostics = checkOwnership(text);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.first().code, u"too-long"_s);
    QCOMPARE(diagnostics.at(1).code, u"checks-skipped"_s);
    QCOMPARE(sentryRejection(diagnostics), u"Raw needs to be <= 100000 characters in length"_s);
}

void TestOwnershipIntegrity::shadowing_indexedEqualsPairwise_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestOwnershipIntegrity::shadowing_indexedEqualsPairwise()
{
    QFETCH(quint32, seed);
    // Small alphabets so that prefixes, suffixes, literals and duplicates collide often.
    QRandomGenerator rng(seed);
    const QStringList pieces = {u"a"_s, u"b"_s, u"/"_s, u"*"_s, u"A"_s, u"?"_s, u"[ab]"_s, u"{a,b}"_s, u"**"_s, u"["_s};
    const QStringList types = {u"path"_s, u"url"_s, u"module"_s, u"tags.k"_s};
    QList<OwnershipRule> rules;
    for (int i = 0; i < 400; ++i) {
        QString pattern;
        const int length = 1 + int(rng.bounded(5));
        for (int k = 0; k < length; ++k)
            pattern += pieces.at(int(rng.bounded(k == 0 || rng.bounded(3) ? 6 : pieces.size())));
        rules.append(rule(types.at(int(rng.bounded(types.size()))), pattern));
    }
    const std::vector<OwnershipGlob> globs = globsOf(rules);
    bool complete = false;
    const QList<ShadowFinding> indexed = findShadowing(rules, globs, &complete);
    const QList<ShadowFinding> pairwise = findShadowingPairwise(rules, globs);
    QVERIFY(complete);
    int found = 0;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString what = u"rule %1 %2:%3"_s.arg(i).arg(rules.at(i).type, rules.at(i).pattern);
        QVERIFY2(indexed.at(i).later == pairwise.at(i).later,
                 qPrintable(what + u": indexed %1, pairwise %2"_s.arg(indexed.at(i).later).arg(pairwise.at(i).later)));
        QCOMPARE(indexed.at(i).samePattern, pairwise.at(i).samePattern);
        found += pairwise.at(i).later >= 0;
    }
    QVERIFY(found > 20); // the table exercises the analysis
}

void TestOwnershipIntegrity::shadowing_reportsTheFirstLaterRule()
{
    const Result<OwnershipRules> parsed = parseOwnership(
        u"path:src/a.py #t\npath:src/*.js #t\npath:src/* #t\npath:*.py #t\nurl:* #t\npath:src/a.py #u\n"_s);
    QVERIFY(parsed);
    const QList<ShadowFinding> findings = findShadowing(parsed->rules, globsOf(parsed->rules));
    QCOMPARE(findings.at(0).later, 2); // "src/*" comes before "*.py" and the duplicate
    QCOMPARE(findings.at(1).later, 2);
    QCOMPARE(findings.at(2).later, -1); // url:* is another type
    QCOMPARE(findings.at(3).later, -1);
    // A budget of zero never invents a finding; it says the comparison is incomplete.
    bool complete = true;
    const Result<OwnershipRules> star = parseOwnership(u"path:src/a/b.py #t\npath:src/*/b.* #t\n"_s);
    QCOMPARE(findShadowing(star->rules, globsOf(star->rules)).at(0).later, 1);
    QCOMPARE(findShadowing(star->rules, globsOf(star->rules), &complete, 0).at(0).later, -1);
    QVERIFY(!complete);
}

QTEST_GUILESS_MAIN(TestOwnershipIntegrity)
#include "tst_ownershipintegrity.moc"
