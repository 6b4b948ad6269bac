// SPDX-License-Identifier: MIT
// CODEOWNERS → Sentry ownership text, the way Sentry's convert_codeowners_syntax does it
// (src/sentry/ownership/grammar.py): comments kept, invalid paths and unmapped owners dropped,
// code-mapping roots replaced in anchored paths, '//' collapsed; plus GitLab sections.
#include "codeownersimport.h"

#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {
const CodeownersMapping kMapping{{QStringLiteral("@acme/payments"), QStringLiteral("#payments")},
                                 {QStringLiteral("@alice"), QStringLiteral("alice@acme.io")},
                                 {QStringLiteral("bob@acme.io"), QStringLiteral("bob@acme.io")}};
}

class TestCodeownersImport : public QObject
{
    Q_OBJECT
private slots:
    void import_convertsLikeSentry_data();
    void import_convertsLikeSentry();
    void mapping_readsJsonAndLines();
    void mapping_rejectsBadInputNamingTheLine();
    void snapshotMapping_addsTeamsAndMembersButExplicitWins();
};

void TestCodeownersImport::import_convertsLikeSentry_data()
{
    QTest::addColumn<QString>("codeowners");
    QTest::addColumn<QString>("sourceRoot");
    QTest::addColumn<QString>("stackRoot");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("unmapped");
    QTest::addColumn<QList<int>>("issueLines");
    const QString none;
    QTest::newRow("team and user") << u"*.py @acme/payments\nsrc/ @alice bob@acme.io\n"_s << none << none
                                   << u"codeowners:*.py #payments\ncodeowners:src/ alice@acme.io bob@acme.io\n"_s
                                   << QStringList() << QList<int>();
    QTest::newRow("comments kept") << u"# owners\n/src/ @alice\n"_s << none << none
                                   << u"# owners\ncodeowners:/src/ alice@acme.io\n"_s << QStringList() << QList<int>();
    QTest::newRow("inline comment ends the owners") << u"docs/ @alice # @acme/payments\n"_s << none << none
                                                    << u"codeowners:docs/ alice@acme.io\n"_s << QStringList() << QList<int>();
    QTest::newRow("invalid paths dropped") << u"!src/ @alice\nsrc/[ab].py @alice\nok/ @alice\n"_s << none << none
                                           << u"codeowners:ok/ alice@acme.io\n"_s << QStringList() << QList<int>{1, 2};
    QTest::newRow("unmapped owners dropped") << u"src/ @carol @alice\nlib/ @carol @dave\n"_s << none << none
                                             << u"codeowners:src/ alice@acme.io\n"_s
                                             << QStringList{u"@carol"_s, u"@dave"_s} << QList<int>{2};
    QTest::newRow("no owners") << u"src/\n"_s << none << none << QString() << QStringList() << QList<int>{1};
    QTest::newRow("same owner once") << u"src/ @acme/payments @acme/payments\n"_s << none << none
                                     << u"codeowners:src/ #payments\n"_s << QStringList() << QList<int>();
    // Anchored means a '/' before the last character (Sentry: re.search(r"[\/].{1}", path)); "src/"
    // matches anywhere, so its root is kept.
    QTest::newRow("roots replaced in anchored paths") << u"/src/main.py @alice\nsrc/*.py @alice\nsrc/ @alice\n"_s << u"src/"_s
                                                      << u"app/"_s
                                                      << u"codeowners:/app/main.py alice@acme.io\ncodeowners:app/*.py alice@acme.io\ncodeowners:src/ alice@acme.io\n"_s
                                                      << QStringList() << QList<int>();
    QTest::newRow("double slashes collapse") << u"docs//api/ @alice\n"_s << none << none
                                             << u"codeowners:docs/api/ alice@acme.io\n"_s << QStringList() << QList<int>();
    QTest::newRow("gitlab section defaults") << u"[Backend] @acme/payments\nsrc/\nlib/ @alice\n"_s << none << none
                                             << u"codeowners:src/ #payments\ncodeowners:lib/ alice@acme.io\n"_s
                                             << QStringList() << QList<int>{1};
    QTest::newRow("CRLF line ends") << u"a/ @alice\r\nb/ @alice\r\n"_s << none << none
                                    << u"codeowners:a/ alice@acme.io\ncodeowners:b/ alice@acme.io\n"_s << QStringList()
                                    << QList<int>();
}

void TestCodeownersImport::import_convertsLikeSentry()
{
    QFETCH(QString, codeowners);
    QFETCH(QString, sourceRoot);
    QFETCH(QString, stackRoot);
    QFETCH(QString, rules);
    QFETCH(QStringList, unmapped);
    QFETCH(QList<int>, issueLines);
    const CodeownersImport result = importCodeowners(codeowners, kMapping, sourceRoot, stackRoot);
    QCOMPARE(result.rules, rules);
    QCOMPARE(result.ruleCount, int(rules.count(u"codeowners:"_s)));
    QCOMPARE(result.unmappedOwners, unmapped);
    QList<int> lines;
    for (const CodeownersImportIssue& issue : result.issues) {
        lines << issue.line;
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(lines, issueLines);
}

void TestCodeownersImport::mapping_readsJsonAndLines()
{
    const Result<CodeownersMapping> json = parseCodeownersMapping(u"{\"@acme/payments\": \"#payments\"}"_s);
    QVERIFY(json);
    QCOMPARE(json->value(u"@acme/payments"_s), u"#payments"_s);
    const Result<CodeownersMapping> lines = parseCodeownersMapping(u"# comment\n\n@alice   alice@acme.io\n@acme/web #web\n"_s);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->value(u"@alice"_s), u"alice@acme.io"_s);
    QCOMPARE(lines->value(u"@acme/web"_s), u"#web"_s);
}

void TestCodeownersImport::mapping_rejectsBadInputNamingTheLine()
{
    const Result<CodeownersMapping> badLine = parseCodeownersMapping(u"@alice alice@acme.io\n@bob\n"_s);
    QVERIFY(!badLine);
    QVERIFY2(badLine.error().message.contains(u"line 2"_s), qPrintable(badLine.error().message));
    const Result<CodeownersMapping> notString = parseCodeownersMapping(u"{\"@alice\": 3}"_s);
    QVERIFY(!notString);
    QVERIFY2(notString.error().message.contains(u"@alice"_s), qPrintable(notString.error().message));
    QVERIFY(!parseCodeownersMapping(u"{\"@alice\": "_s)); // broken JSON
}

void TestCodeownersImport::snapshotMapping_addsTeamsAndMembersButExplicitWins()
{
    OrgSnapshot s;
    s.orgSlug = u"acme"_s;
    Team payments;
    payments.slug = u"payments"_s;
    Team web;
    web.slug = u"web"_s;
    s.teams = {payments, web};
    Member alice;
    alice.email = u"alice@acme.io"_s;
    s.members = {alice};
    const CodeownersMapping mapping = withSnapshotMapping({{u"@web"_s, u"#frontend"_s}}, s);
    QCOMPARE(mapping.value(u"@acme/payments"_s), u"#payments"_s);
    QCOMPARE(mapping.value(u"@payments"_s), u"#payments"_s);
    QCOMPARE(mapping.value(u"@acme/web"_s), u"#web"_s);
    QCOMPARE(mapping.value(u"@web"_s), u"#frontend"_s); // explicit entry wins
    QCOMPARE(mapping.value(u"alice@acme.io"_s), u"alice@acme.io"_s);
}

QTEST_GUILESS_MAIN(TestCodeownersImport)
#include "tst_codeownersimport.moc"
