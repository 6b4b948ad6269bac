// SPDX-License-Identifier: MIT
#include "changedescription.h"
#include "jsonio.h"
#include "textdiff.h"

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
QStringList lines(const ChangeOperation& op, const DiffLabels& labels = {})
{
    QStringList out;
    for (const DiffLine& line : describeOperation(op, labels))
        out.append(line.toString());
    return out;
}
ChangeOperation update(TargetType type, const QString& summary, const QJsonObject& base, const QJsonObject& desired)
{
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Update;
    op.target = {type, u"payment-api"_s, base.value(u"id"_s).toString()};
    op.summary = summary;
    op.base = base;
    op.desired = desired;
    op.request = {u"PUT"_s, u"/api/0/x/"_s, desired};
    return op;
}
} // namespace

class TestChangeDescription : public QObject
{
    Q_OBJECT
private slots:
    void detectorThresholdReadsAsOneChange();
    void workflowActionsAndDetectorsReadAsSetChanges();
    void serverFieldsAndOrderNeverShow();
    void ownershipRulesListedLineByLine();
    void labelFallsBackToNameAndProject();
    void unifiedDiffHasHunks();
    void sideBySideMarksIntraLineChanges();
};

void TestChangeDescription::detectorThresholdReadsAsOneChange()
{
    const QJsonObject base = fixture(u"detectors.json"_s).at(1).toObject();
    QJsonObject desired = base;
    QJsonObject group = desired[u"conditionGroup"_s].toObject();
    QJsonArray conditions = group[u"conditions"_s].toArray();
    QJsonObject gt = conditions[0].toObject();
    gt[u"comparison"_s] = 40;
    conditions[0] = gt;
    group[u"conditions"_s] = conditions;
    desired[u"conditionGroup"_s] = group;
    QCOMPARE(lines(update(TargetType::Detector, u"P0 errors (payment-api): condition gt 50 → 40"_s, base, desired)),
             QStringList{u"P0 errors (payment-api) › condition gt: 50 → 40"_s});
}

void TestChangeDescription::workflowActionsAndDetectorsReadAsSetChanges()
{
    QJsonObject base = fixture(u"workflows.json"_s).at(0).toObject();
    base[u"actionFilters"_s] = QJsonArray{QJsonObject{{u"logicType"_s, u"all"_s}, {u"conditions"_s, QJsonArray{}},
                                                      {u"actions"_s, QJsonArray{}}}};
    base[u"detectorIds"_s] = QJsonArray{u"720001"_s};
    QJsonObject desired = fixture(u"workflows.json"_s).at(0).toObject();
    desired[u"detectorIds"_s] = QJsonArray{u"720001"_s, u"720002"_s};
    DiffLabels labels;
    labels.detectors.insert(u"720002"_s, u"web-app"_s);
    QCOMPARE(lines(update(TargetType::Workflow, u"P1 workflow: connect"_s, base, desired), labels),
             (QStringList{u"P1 workflow › actions: + Slack #alerts-prod"_s, u"P1 workflow › detectors: + web-app"_s}));
}

void TestChangeDescription::serverFieldsAndOrderNeverShow()
{
    const QJsonObject base = fixture(u"workflows.json"_s).at(0).toObject();
    QJsonObject desired = base;
    desired[u"dateUpdated"_s] = u"2030-01-01T00:00:00Z"_s;
    desired[u"detectorIds"_s] = QJsonArray{u"720002"_s, u"720001"_s};
    desired[u"createdBy"_s] = u"1"_s;
    QCOMPARE(lines(update(TargetType::Workflow, {}, base, desired)), QStringList());
}

void TestChangeDescription::ownershipRulesListedLineByLine()
{
    const QJsonObject base{{u"raw"_s, u"path:src/** #payments\n* #platform-eng"_s}, {u"fallthrough"_s, false}};
    const QJsonObject desired{{u"raw"_s, u"path:src/** #payments\n* #payments"_s}, {u"fallthrough"_s, true}};
    ChangeOperation op = update(TargetType::Ownership, {}, base, desired);
    QCOMPARE(lines(op), (QStringList{u"ownership (payment-api) › rules: − * #platform-eng"_s,
                                     u"ownership (payment-api) › rules: + * #payments"_s,
                                     u"ownership (payment-api) › fallthrough: false → true"_s}));
}

void TestChangeDescription::labelFallsBackToNameAndProject()
{
    ChangeOperation op = update(TargetType::Detector, u"no colon here"_s, QJsonObject{{u"name"_s, u"Errors"_s}},
                                QJsonObject{{u"name"_s, u"Errors"_s}});
    QCOMPARE(operationLabel(op), u"Errors (payment-api)"_s);
}

void TestChangeDescription::unifiedDiffHasHunks()
{
    const QString diff = unifiedDiff(u"a\nb\nc\n"_s, u"a\nB\nc\nd\n"_s, u"server"_s, u"draft"_s);
    QCOMPARE(diff, u"--- server\n+++ draft\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n"_s);
    QVERIFY(unifiedDiff(u"same"_s, u"same"_s).isEmpty());
}

void TestChangeDescription::sideBySideMarksIntraLineChanges()
{
    const QList<SideBySideRow> rows = sideBySideDiff(u"keep\n* #platform-eng\n"_s, u"keep\n* #payments\nnew\n"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).kind, SideBySideRow::Same);
    QCOMPARE(rows.at(1).kind, SideBySideRow::Changed);
    QCOMPARE(rows.at(2).kind, SideBySideRow::Added);
    QString leftChanged, rightChanged, leftAll;
    for (const TextSegment& s : rows.at(1).left) {
        leftAll += s.text;
        if (s.changed)
            leftChanged += s.text;
    }
    for (const TextSegment& s : rows.at(1).right)
        if (s.changed)
            rightChanged += s.text;
    QCOMPARE(leftAll, u"* #platform-eng"_s);
    // Whole words are marked, the common "* #" is not.
    QCOMPARE(leftChanged, u"platform-eng"_s);
    QCOMPARE(rightChanged, u"payments"_s);
    QCOMPARE(rows.at(2).newLine, 3);
}

QTEST_GUILESS_MAIN(TestChangeDescription)
#include "tst_changedescription.moc"
