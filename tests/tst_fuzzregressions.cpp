// SPDX-License-Identifier: MIT
// Inputs the fuzz harnesses (tests/fuzz/) found, each pinned to the invariant it broke. A new finding
// becomes a data row here (the reproducer's bytes, shortened by hand where that keeps it failing).
#include "ownershipdiagnostics.h"

#include <QtTest>

using namespace sc;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void ownershipDiagnostics_stayInsideTheText_data();
    void ownershipDiagnostics_stayInsideTheText();
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
