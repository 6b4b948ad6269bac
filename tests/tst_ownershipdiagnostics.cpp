// SPDX-License-Identifier: MIT
// Every diagnostic code of models/ownership/ownershipdiagnostics, straight from text to findings (the
// editor and `ownership check` only show what these produce). One table row per code; a code added to
// the checker without a row here fails everyCode_hasARow.
#include "orgsnapshot.h"
#include "ownershipdiagnostics.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sc;

namespace {

struct Case {
    const char* code;      // the row's name: the code it is about
    const char* text;
    bool withSnapshot;     // owner checks against demoOrg(), project payment-api
    int maxLength;
    QStringList expected;  // "severity code line:column", in the checker's order
    const char* rejection; // sentryRejection(); "*" = some parse message
};

const QList<Case>& cases()
{
    static const QList<Case> table{
        {"clean", "path:src/** #payments alice@acme.io\n", true, 100000, {}, ""},
        {"syntax", "src/lonely\n", false, 100000, {QStringLiteral("error syntax 1:11")}, "*"},
        {"too-long", "*.js #payments\n", false, 10,
         {QStringLiteral("error too-long 1:1"), QStringLiteral("info checks-skipped 1:1")},
         "Raw needs to be <= 10 characters in length"},
        // Over Sentry's size cap only the size error is worth reading: the costly checks are skipped.
        {"checks-skipped", "*.js #payments\n", false, 10,
         {QStringLiteral("error too-long 1:1"), QStringLiteral("info checks-skipped 1:1")},
         "Raw needs to be <= 10 characters in length"},
        {"codeowners-by-hand", "codeowners:src/** #payments\n", false, 100000,
         {QStringLiteral("error codeowners-by-hand 1:1")},
         "Codeowner type paths can only be added by importing CODEOWNER files"},
        {"never-matches-type", "tagsXfoo:bar #payments\n", false, 100000,
         {QStringLiteral("warning never-matches-type 1:1")}, ""},
        {"unknown-prefix", "Path:src/app.py #payments\n", false, 100000,
         {QStringLiteral("warning unknown-prefix 1:1")}, ""},
        {"malformed-glob", "src/{a,b #payments\n", false, 100000, {QStringLiteral("warning malformed-glob 1:1")}, ""},
        {"catch-all-needs-frame", "* #payments\n", false, 100000,
         {QStringLiteral("warning catch-all-needs-frame 1:1")}, ""},
        {"catch-all-not-first", "src/a.py #payments\n* #payments\n", false, 100000,
         {QStringLiteral("warning shadowed 1:1"), QStringLiteral("warning catch-all-needs-frame 2:1"),
          QStringLiteral("warning catch-all-not-first 2:1")},
         ""},
        {"matches-everything", "url:* #payments\n", false, 100000, {QStringLiteral("info matches-everything 1:5")}, ""},
        {"matches-almost-everything", "*a* #payments\n", false, 100000,
         {QStringLiteral("warning matches-almost-everything 1:1")}, ""},
        {"duplicate", "src/a.py #payments\nsrc/a.py #payments\n", false, 100000,
         {QStringLiteral("warning duplicate 2:1")}, ""},
        {"same-pattern", "src/a.py #payments\nsrc/a.py #platform-eng\n", false, 100000,
         {QStringLiteral("info same-pattern 2:1")}, ""},
        {"shadowed", "src/payments/a.py #payments\nsrc/* #platform-eng\n", false, 100000,
         {QStringLiteral("warning shadowed 1:1")}, ""},
        {"unknown-team", "path:src/** #nobody\n", true, 100000, {QStringLiteral("error unknown-team 1:13")},
         "Invalid rule owners: #nobody"},
        {"team-without-access", "path:src/** #platform-eng\n", true, 100000,
         {QStringLiteral("error team-without-access 1:13")}, "Invalid rule owners: #platform-eng"},
        {"unknown-member", "path:src/** carol@acme.io\n", true, 100000, {QStringLiteral("error unknown-member 1:13")},
         "Invalid rule owners: carol@acme.io"},
        {"member-without-access", "path:src/** bob@acme.io\n", true, 100000,
         {QStringLiteral("error member-without-access 1:13")}, "Invalid rule owners: bob@acme.io"},
    };
    return table;
}

// acme: teams payments (alice) and platform-eng (bob); project payment-api belongs to payments.
OrgSnapshot demoOrg()
{
    OrgSnapshot s;
    s.orgSlug = QStringLiteral("acme");
    Team payments;
    payments.slug = QStringLiteral("payments");
    Team platform;
    platform.slug = QStringLiteral("platform-eng");
    s.teams = {payments, platform};
    Member alice;
    alice.email = QStringLiteral("alice@acme.io");
    Member bob;
    bob.email = QStringLiteral("bob@acme.io");
    s.members = {alice, bob};
    s.teamMembers.insert(QStringLiteral("payments"), {alice});
    s.teamMembers.insert(QStringLiteral("platform-eng"), {bob});
    Project p;
    p.slug = QStringLiteral("payment-api");
    p.teams = {TeamRef{QStringLiteral("1"), QStringLiteral("payments"), QString()}};
    s.projects = {p};
    s.reindex();
    return s;
}

QString describe(const OwnershipDiagnostic& d)
{
    return QStringLiteral("%1 %2 %3:%4").arg(d.severityName(), d.code).arg(d.line).arg(d.column);
}

} // namespace

class TestOwnershipDiagnostics : public QObject
{
    Q_OBJECT
private slots:
    void code_isReportedWhereItApplies_data();
    void code_isReportedWhereItApplies();
    void everyCode_hasARow();
    void diagnostic_underlinesTheOwner();
};

void TestOwnershipDiagnostics::code_isReportedWhereItApplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withSnapshot");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("rejection");
    for (const Case& c : cases())
        QTest::newRow(c.code) << QString::fromUtf8(c.text) << c.withSnapshot << c.maxLength << c.expected
                              << QString::fromUtf8(c.rejection);
}

void TestOwnershipDiagnostics::code_isReportedWhereItApplies()
{
    QFETCH(QString, text);
    QFETCH(bool, withSnapshot);
    QFETCH(int, maxLength);
    QFETCH(QStringList, expected);
    QFETCH(QString, rejection);
    const OrgSnapshot org = demoOrg();
    OwnershipCheckOptions options;
    options.maxLength = maxLength;
    if (withSnapshot) {
        options.snapshot = &org;
        options.projectSlug = QStringLiteral("payment-api");
    }
    const QList<OwnershipDiagnostic> found = checkOwnership(text, options);
    QStringList actual;
    for (const OwnershipDiagnostic& d : found) {
        actual << describe(d);
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
    }
    QCOMPARE(actual, expected);
    const QString sentry = sentryRejection(found);
    if (rejection == QLatin1String("*"))
        QVERIFY2(!sentry.isEmpty(), "a parse error is a rejection");
    else
        QCOMPARE(sentry, rejection);
    const bool hasError = countSeverity(found, OwnershipDiagnostic::Severity::Error) > 0;
    QCOMPARE(hasError, !sentry.isEmpty()); // errors are exactly what Sentry's PUT rejects
}

void TestOwnershipDiagnostics::everyCode_hasARow()
{
    QFile source(QStringLiteral(SC_SOURCE_DIR "/models/ownership/ownershipdiagnostics.cpp"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    const QString text = QString::fromUtf8(source.readAll());
    static const QRegularExpression codeRe(
        QStringLiteral(R"re((?:Severity::\w+,\s*|d\.code = )QStringLiteral\("([a-z-]+)"\))re"));
    QSet<QString> inSource;
    for (auto it = codeRe.globalMatch(text); it.hasNext();)
        inSource.insert(it.next().captured(1));
    QVERIFY(inSource.size() >= 17);
    QSet<QString> rows;
    for (const Case& c : cases())
        rows.insert(QString::fromUtf8(c.code));
    // Reached only by exhausting the shadowing budget (2,000,000 glob matches): tested on the
    // analysis itself in tst_ownershipintegrity::shadowing_reportsTheFirstLaterRule (budget 0).
    rows.insert(QStringLiteral("shadowing-incomplete"));
    for (const QString& code : inSource)
        QVERIFY2(rows.contains(code), qPrintable(QStringLiteral("no table row for diagnostic \"%1\"").arg(code)));
}

void TestOwnershipDiagnostics::diagnostic_underlinesTheOwner()
{
    const OrgSnapshot org = demoOrg();
    OwnershipCheckOptions options{&org, QStringLiteral("payment-api")};
    const QString text = QStringLiteral("# ünïcode comment\npath:src/** #payments #nobody\n");
    const QList<OwnershipDiagnostic> found = checkOwnership(text, options);
    QCOMPARE(found.size(), 1);
    const OwnershipDiagnostic& d = found.first();
    QCOMPARE(d.code, QStringLiteral("unknown-team"));
    QCOMPARE(text.mid(d.offset, d.length), QStringLiteral("#nobody"));
    QCOMPARE(d.line, 2);
    QCOMPARE(d.column, 23);
    QCOMPARE(d.rule, 0);
    QCOMPARE(d.toJson().value(QStringLiteral("code")).toString(), QStringLiteral("unknown-team"));
}

QTEST_GUILESS_MAIN(TestOwnershipDiagnostics)
#include "tst_ownershipdiagnostics.moc"
