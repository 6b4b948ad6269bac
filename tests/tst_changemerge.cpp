// SPDX-License-Identifier: MIT
#include "changemerge.h"
#include "requestshapes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {
QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}
ChangeOperation op(const QString& id, OperationKind kind, TargetType type, const QString& targetId,
                   const QJsonObject& base, const QJsonObject& desired, const QJsonObject& body, const QString& summary = {})
{
    ChangeOperation o;
    o.id = id;
    o.kind = kind;
    o.target = {type, u"web-app"_s, targetId};
    o.summary = summary;
    o.base = base;
    o.desired = desired;
    o.request = {u"PUT"_s, u"/api/0/organizations/acme/workflows/%1/"_s.arg(targetId), body};
    return o;
}
} // namespace

class TestChangeMerge : public QObject
{
    Q_OBJECT
private slots:
    void connectsToOneWorkflowBecomeOneRequest();
    void editsToOneObjectBecomeOneOperation();
    void differentObjectsAndCreatesStayApart();
    void deleteAfterEditWins();
    void placeholdersAreFoundAndSubstituted();
};

void TestChangeMerge::connectsToOneWorkflowBecomeOneRequest()
{
    const QJsonObject base = json(R"({"id": "610001", "name": "P1", "detectorIds": ["1"]})");
    ChangeSet set;
    set.operations = {
        op(u"op-1"_s, OperationKind::Connect, TargetType::Workflow, u"610001"_s, base, json(R"({"id": "610001", "name": "P1", "detectorIds": ["1", "2"]})"),
           json(R"({"name": "P1", "detector_ids": ["1", "2"]})"), u"P1 workflow: connect web-app"_s),
        op(u"op-2"_s, OperationKind::Connect, TargetType::Workflow, u"610001"_s, base, json(R"({"id": "610001", "name": "P1", "detectorIds": ["1", "3"]})"),
           json(R"({"name": "P1", "detector_ids": ["1", "3"]})"), u"P1 workflow: connect api"_s),
    };
    const ChangeSet merged = mergeOperations(set);
    QCOMPARE(merged.operations.size(), 1);
    const ChangeOperation& m = merged.operations.first();
    QCOMPARE(m.id, u"op-1"_s);
    QCOMPARE(m.kind, OperationKind::Connect);
    QCOMPARE(m.desired.toObject().value(u"detectorIds"_s).toArray(), (QJsonArray{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(m.request.body.toObject().value(u"detector_ids"_s).toArray(), (QJsonArray{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(m.base.toObject(), base);
    QVERIFY(m.summary.contains(u"web-app"_s) && m.summary.contains(u"api"_s));
}

void TestChangeMerge::editsToOneObjectBecomeOneOperation()
{
    const QJsonObject base = json(R"({"name": "P1", "enabled": true, "environment": "prod"})");
    ChangeSet set;
    set.operations = {
        op(u"op-1"_s, OperationKind::Update, TargetType::Workflow, u"7"_s, base, json(R"({"name": "P1", "enabled": false, "environment": "prod"})"),
           json(R"({"name": "P1", "enabled": false, "environment": "prod"})")),
        op(u"op-2"_s, OperationKind::Update, TargetType::Workflow, u"7"_s, base, json(R"({"name": "P1", "enabled": true, "environment": "staging"})"),
           json(R"({"environment": "staging"})")),
    };
    const ChangeSet merged = mergeOperations(set);
    QCOMPARE(merged.operations.size(), 1);
    QCOMPARE(merged.operations.first().desired.toObject(), json(R"({"name": "P1", "enabled": false, "environment": "staging"})"));
    QCOMPARE(merged.operations.first().request.body.toObject(), json(R"({"name": "P1", "enabled": false, "environment": "staging"})"));
}

void TestChangeMerge::differentObjectsAndCreatesStayApart()
{
    const QJsonObject base = json(R"({"name": "P1"})");
    ChangeSet set;
    set.operations = {
        op(u"op-1"_s, OperationKind::Update, TargetType::Workflow, u"7"_s, base, base, base),
        op(u"op-2"_s, OperationKind::Update, TargetType::Workflow, u"8"_s, base, base, base),
        op(u"op-3"_s, OperationKind::Create, TargetType::Workflow, {}, {}, base, base),
        op(u"op-4"_s, OperationKind::Create, TargetType::Workflow, {}, {}, base, base),
    };
    QCOMPARE(mergeOperations(set).operations.size(), 4);
}

void TestChangeMerge::deleteAfterEditWins()
{
    const QJsonObject base = json(R"({"name": "P1"})");
    ChangeSet set;
    ChangeOperation del = op(u"op-2"_s, OperationKind::Delete, TargetType::Workflow, u"7"_s, base, {}, {});
    del.desired = QJsonValue(QJsonValue::Null);
    del.request = {u"DELETE"_s, u"/api/0/organizations/acme/workflows/7/"_s, QJsonValue(QJsonValue::Null)};
    set.operations = {op(u"op-1"_s, OperationKind::Update, TargetType::Workflow, u"7"_s, base, json(R"({"name": "P2"})"), json(R"({"name": "P2"})")), del};
    const ChangeSet merged = mergeOperations(set);
    QCOMPARE(merged.operations.size(), 1);
    QCOMPARE(merged.operations.first().kind, OperationKind::Delete);
    QCOMPARE(merged.operations.first().id, u"op-1"_s);
    QCOMPARE(merged.operations.first().request.method, u"DELETE"_s);
}

void TestChangeMerge::placeholdersAreFoundAndSubstituted()
{
    ChangeOperation o = op(u"op-3"_s, OperationKind::Connect, TargetType::Workflow, u"7"_s, {}, json(R"({"detectorIds": ["${op-1.id}"]})"),
                           json(R"({"detector_ids": ["1", "${op-1.id}"], "x": "${op-2.id}"})"));
    QCOMPARE(placeholderOperations(o), (QStringList{u"op-1"_s, u"op-2"_s}));
    const QHash<QString, QString> ids{{u"op-1"_s, u"501"_s}, {u"op-2"_s, u"502"_s}};
    QCOMPARE(substitutePlaceholders(o.request.body, ids).toObject(), json(R"({"detector_ids": ["1", "501"], "x": "502"})"));
    QCOMPARE(substitutePlaceholders(u"/api/0/x/${op-2.id}/"_s, ids), u"/api/0/x/502/"_s);
}

QTEST_GUILESS_MAIN(TestChangeMerge)
#include "tst_changemerge.moc"
