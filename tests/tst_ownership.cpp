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

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
