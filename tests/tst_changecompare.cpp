// SPDX-License-Identifier: MIT
#include "changecompare.h"
#include "jsonio.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {
QJsonArray fixture(const QString& name)
{
    return readJsonFile(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/") + name)->array();
}
QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestChangeCompare : public QObject
{
    Q_OBJECT
private slots:
    void conflict_ignoresServerManagedFieldsAndOrder_data();
    void conflict_ignoresServerManagedFieldsAndOrder();
    void conflict_reportsRealEditsByField_data();
    void conflict_reportsRealEditsByField();
    void conflict_createdOrDeletedOnServerIsAConflict();
    void verify_comparesOnlyFieldsInDesired();
    void verify_ownershipIgnoresDerivedSchema();
    void verify_deleteExpectsAbsence();
    void rebase_keepsTheirEditsAndReappliesMine();
    void rebase_mergesIdListsAsSets();
};

void TestChangeCompare::conflict_ignoresServerManagedFieldsAndOrder_data()
{
    QTest::addColumn<TargetType>("type");
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("current");
    const QJsonObject detector = fixture(u"detectors.json"_s).at(1).toObject();
    QJsonObject bumped = detector;
    bumped[u"dateUpdated"_s] = u"2026-11-24T10:00:00Z"_s;
    bumped[u"latestGroup"_s] = QJsonObject{{u"id"_s, u"9"_s}};
    QTest::newRow("detector dates and latestGroup") << TargetType::Detector << detector << bumped;

    QJsonObject renumbered = detector;
    QJsonObject group = renumbered[u"conditionGroup"_s].toObject();
    QJsonArray conditions = group[u"conditions"_s].toArray();
    const QJsonValue first = conditions.at(0);
    conditions[0] = conditions.at(1);
    conditions[1] = first;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        QJsonObject c = conditions[i].toObject();
        c[u"id"_s] = QString::number(990000 + i);
        conditions[i] = c;
    }
    group[u"conditions"_s] = conditions;
    group[u"id"_s] = u"123"_s;
    renumbered[u"conditionGroup"_s] = group;
    QTest::newRow("nested row ids and condition order") << TargetType::Detector << detector << renumbered;

    const QJsonObject workflow = fixture(u"workflows.json"_s).at(0).toObject();
    QJsonObject reordered = workflow;
    reordered[u"detectorIds"_s] = QJsonArray{720002, u"720001"_s};
    reordered[u"lastTriggered"_s] = u"2026-11-24T10:00:00Z"_s;
    QTest::newRow("detector id order, number vs string, lastTriggered") << TargetType::Workflow << workflow << reordered;

    const QJsonObject ownership = readJsonFile(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/project-ownership.json"))->object();
    QJsonObject reresolved = ownership;
    reresolved[u"lastUpdated"_s] = u"2026-11-24T10:00:00Z"_s;
    reresolved[u"schema"_s] = QJsonObject{{u"$version"_s, 1}, {u"rules"_s, QJsonArray{}}};
    QTest::newRow("ownership lastUpdated and re-resolved schema") << TargetType::Ownership << ownership << reresolved;
}

void TestChangeCompare::conflict_ignoresServerManagedFieldsAndOrder()
{
    QFETCH(TargetType, type);
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, current);
    QCOMPARE(conflictingFields(type, base, current), QStringList());
}

void TestChangeCompare::conflict_reportsRealEditsByField_data()
{
    QTest::addColumn<TargetType>("type");
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("current");
    QTest::addColumn<QStringList>("fields");
    const QJsonObject detector = fixture(u"detectors.json"_s).at(1).toObject();
    QJsonObject threshold = detector;
    QJsonObject group = threshold[u"conditionGroup"_s].toObject();
    QJsonArray conditions = group[u"conditions"_s].toArray();
    QJsonObject gt = conditions[0].toObject();
    gt[u"comparison"_s] = 40;
    conditions[0] = gt;
    group[u"conditions"_s] = conditions;
    threshold[u"conditionGroup"_s] = group;
    QTest::newRow("threshold") << TargetType::Detector << detector << threshold << QStringList{u"conditionGroup.conditions"_s};

    QJsonObject renamed = detector;
    renamed[u"name"_s] = u"renamed"_s;
    renamed[u"enabled"_s] = false;
    QTest::newRow("name and enabled") << TargetType::Detector << detector << renamed << QStringList{u"enabled"_s, u"name"_s};

    const QJsonObject ownership = json(R"({"raw": "* #a", "fallthrough": false, "lastUpdated": "x"})");
    QTest::newRow("ownership raw") << TargetType::Ownership << ownership
                                   << json(R"({"raw": "* #b", "fallthrough": false, "lastUpdated": "y"})")
                                   << QStringList{u"raw"_s};
}

void TestChangeCompare::conflict_reportsRealEditsByField()
{
    QFETCH(TargetType, type);
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, current);
    QFETCH(QStringList, fields);
    QCOMPARE(conflictingFields(type, base, current), fields);
}

void TestChangeCompare::conflict_createdOrDeletedOnServerIsAConflict()
{
    QCOMPARE(conflictingFields(TargetType::Detector, QJsonValue(QJsonValue::Null), json(R"({"id": "1"})")).size(), 1);
    QCOMPARE(conflictingFields(TargetType::Detector, json(R"({"id": "1"})"), QJsonValue(QJsonValue::Null)).size(), 1);
    QVERIFY(conflictingFields(TargetType::ProjectTeam, QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null)).isEmpty());
}

void TestChangeCompare::verify_comparesOnlyFieldsInDesired()
{
    const QJsonObject desired = json(R"({"name": "P0", "config": {"frequency": 30}, "detectorIds": ["2", "1"]})");
    const QJsonObject readBack = json(R"({"id": "9", "name": "P0", "config": {"frequency": 30, "extra": 1},
                                          "detectorIds": ["1", "2"], "unmodelled": {"keep": true},
                                          "dateUpdated": "now"})");
    QCOMPARE(verificationMismatches(TargetType::Workflow, desired, readBack), QStringList());
    QJsonObject wrong = readBack;
    wrong[u"config"_s] = QJsonObject{{u"frequency"_s, 60}};
    QCOMPARE(verificationMismatches(TargetType::Workflow, desired, wrong), QStringList{u"config.frequency"_s});
}

void TestChangeCompare::verify_ownershipIgnoresDerivedSchema()
{
    const QJsonObject desired = json(R"({"raw": "* #b", "schema": {"rules": [1]}, "isActive": true})");
    const QJsonObject readBack = json(R"({"raw": "* #b", "schema": {"rules": [2]}, "isActive": false})");
    QCOMPARE(verificationMismatches(TargetType::Ownership, desired, readBack), QStringList());
    QCOMPARE(verificationMismatches(TargetType::Ownership, desired, json(R"({"raw": "* #a"})")), QStringList{u"raw"_s});
}

void TestChangeCompare::verify_deleteExpectsAbsence()
{
    QVERIFY(verificationMismatches(TargetType::Detector, QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null)).isEmpty());
    QCOMPARE(verificationMismatches(TargetType::Detector, QJsonValue(QJsonValue::Null), json(R"({"id": "1"})")).size(), 1);
}

void TestChangeCompare::rebase_keepsTheirEditsAndReappliesMine()
{
    const QJsonObject base = json(R"({"name": "a", "enabled": true, "environment": "prod"})");
    const QJsonObject mine = json(R"({"name": "a", "enabled": false, "environment": "prod"})");
    const QJsonObject theirs = json(R"({"name": "b", "enabled": true, "environment": "prod"})");
    QCOMPARE(rebaseOnto(base, mine, theirs).toObject(), json(R"({"name": "b", "enabled": false, "environment": "prod"})"));
}

void TestChangeCompare::rebase_mergesIdListsAsSets()
{
    const QJsonObject base = json(R"({"detectorIds": ["1", "2"]})");
    const QJsonObject mine = json(R"({"detectorIds": ["1", "3"]})");
    const QJsonObject theirs = json(R"({"detectorIds": ["1", "2", "4"]})");
    QCOMPARE(rebaseOnto(base, mine, theirs).toObject(), json(R"({"detectorIds": ["1", "4", "3"]})"));
}

QTEST_GUILESS_MAIN(TestChangeCompare)
#include "tst_changecompare.moc"
