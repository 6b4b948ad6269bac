// SPDX-License-Identifier: MIT
#include "coveragemodel.h"
#include "orgtreemodel.h"
#include "prefixtieraudit.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sc;

namespace {

Project makeProject(const QString& slug, const QStringList& teams)
{
    Project p;
    p.id = slug + QStringLiteral("-id");
    p.slug = slug;
    p.name = slug;
    p.platform = QStringLiteral("python");
    for (const QString& team : teams)
        p.teams.append(TeamRef{team, team, team});
    return p;
}

OrgSnapshot sampleSnapshot()
{
    OrgSnapshot s;
    s.orgSlug = QStringLiteral("acme");
    for (const char* slug : {"payments", "mobile"}) {
        Team t;
        t.id = t.slug = t.name = QString::fromLatin1(slug);
        s.teams.append(t);
    }
    s.projects = {makeProject(QStringLiteral("payment-api"), {QStringLiteral("payments"), QStringLiteral("mobile")}),
                  makeProject(QStringLiteral("checkout"), {QStringLiteral("payments")}),
                  makeProject(QStringLiteral("orphan"), {})};
    s.reindex();
    return s;
}

AuditReport sampleAudit()
{
    AuditReport r;
    auto add = [&r](const QString& slug, std::array<TierState, 4> states, QStringList unclassified = {}) {
        ProjectAudit a;
        a.slug = slug;
        for (int t = 0; t < 4; ++t)
            a.tiers[size_t(t)].state = states[size_t(t)];
        a.unclassified = unclassified;
        r.projects.append(a);
    };
    using S = TierState;
    add(QStringLiteral("payment-api"), {S::Ok, S::Drifted, S::Missing, S::Ok}, {QStringLiteral("d-9")});
    add(QStringLiteral("checkout"), {S::Missing, S::Ok, S::Missing, S::Ok});
    add(QStringLiteral("orphan"), {S::Missing, S::Missing, S::Missing, S::Missing});
    return r;
}

QStringList dump(const QAbstractItemModel* model)
{
    QStringList lines;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QStringList cells{group.data().toString()};
        for (int c = CoverageModel::P0Column; c <= CoverageModel::P3Column; ++c)
            cells << group.siblingAtColumn(c).data().toString();
        lines << cells.join(QStringLiteral(" | "));
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            QStringList rowCells{QStringLiteral("  ") + row.data().toString()};
            for (int c = CoverageModel::P0Column; c < CoverageModel::ColumnCount; ++c)
                rowCells << row.siblingAtColumn(c).data().toString();
            lines << rowCells.join(QStringLiteral(" | "));
        }
    }
    return lines;
}

} // namespace

class TestCoverageModel : public QObject
{
    Q_OBJECT
private slots:
    void matrix_groupsProjectsByTeamWithCounts();
    void header_countsDistinctProjects();
    void sorting_keepsGroupsAndOrdersByState();
    void model_passesTheModelTester();
    void namePrefix_classifiesTiers_data();
    void namePrefix_classifiesTiers();
    void namePrefixAudit_marksPrefixedDetectorsAndWorkflows();
};

void TestCoverageModel::matrix_groupsProjectsByTeamWithCounts()
{
    CoverageModel model;
    model.setData(sampleSnapshot(), sampleAudit());
    const QStringList expected{
        QStringLiteral("#mobile (1) | 1 of 1 present | 0 of 1 present | 0 of 1 present | 1 of 1 present"),
        QStringLiteral("  payment-api | present | drifted | missing | present | 1"),
        QStringLiteral("#payments (2) | 1 of 2 present | 1 of 2 present | 0 of 2 present | 2 of 2 present"),
        QStringLiteral("  checkout | missing | present | missing | present | "),
        QStringLiteral("  payment-api | present | drifted | missing | present | 1"),
        QStringLiteral("Unassigned (1) | 0 of 1 present | 0 of 1 present | 0 of 1 present | 0 of 1 present"),
        QStringLiteral("  orphan | missing | missing | missing | missing | "),
    };
    QCOMPARE(dump(&model), expected);
    const QModelIndex payments = model.index(1, CoverageModel::P1Column);
    QCOMPARE(payments.data(CoverageModel::CountsRole).toList(), (QVariantList{1, 1, 0}));
    QCOMPARE(payments.data(CoverageModel::StateRole).toInt(), int(OrgTreeModel::DriftedMark));
}

void TestCoverageModel::header_countsDistinctProjects()
{
    CoverageModel model;
    model.setData(sampleSnapshot(), sampleAudit());
    QCOMPARE(model.headerData(CoverageModel::P0Column, Qt::Horizontal).toString(), QStringLiteral("P0 (1/3)"));
    QCOMPARE(model.count(2, OrgTreeModel::MissingMark), 3);
    QCOMPARE(model.count(1, OrgTreeModel::DriftedMark), 1);
    QCOMPARE(model.projectCount(), 3);
}

void TestCoverageModel::sorting_keepsGroupsAndOrdersByState()
{
    CoverageModel model;
    model.setData(sampleSnapshot(), sampleAudit());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CoverageModel::SortRole);
    proxy.sort(CoverageModel::P0Column, Qt::DescendingOrder);
    // Groups with the most missing P0 first; inside a group, missing before present.
    QCOMPARE(proxy.index(0, 0).data(CoverageModel::SlugRole).toString(), QStringLiteral("payments"));
    const QModelIndex payments = proxy.index(0, 0);
    QCOMPARE(proxy.index(0, 0, payments).data().toString(), QStringLiteral("checkout"));
    QCOMPARE(proxy.index(1, 0, payments).data().toString(), QStringLiteral("payment-api"));
}

void TestCoverageModel::model_passesTheModelTester()
{
    CoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setData(sampleSnapshot(), AuditReport());
    model.setData(sampleSnapshot(), sampleAudit());
    model.setData(OrgSnapshot(), AuditReport());
}

void TestCoverageModel::namePrefix_classifiesTiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tier");
    QTest::newRow("brackets") << QStringLiteral("[P0] errors > 50/min") << 0;
    QTest::newRow("dash") << QStringLiteral("P2 - slow transactions") << 2;
    QTest::newRow("colon, lower case") << QStringLiteral("p3: staging") << 3;
    QTest::newRow("no prefix") << QStringLiteral("Send a notification for high priority issues") << -1;
    QTest::newRow("tier out of range") << QStringLiteral("[P7] nope") << -1;
    QTest::newRow("P inside a word") << QStringLiteral("P1anning") << -1;
}

void TestCoverageModel::namePrefix_classifiesTiers()
{
    QFETCH(QString, name);
    QFETCH(int, tier);
    QCOMPARE(tierFromNamePrefix(name), tier);
}

void TestCoverageModel::namePrefixAudit_marksPrefixedDetectorsAndWorkflows()
{
    OrgSnapshot s = sampleSnapshot();
    Detector error;
    error.id = QStringLiteral("1");
    error.projectId = QStringLiteral("checkout-id");
    error.name = QStringLiteral("Error monitor");
    error.type = QStringLiteral("error");
    Detector p0;
    p0.id = QStringLiteral("2");
    p0.projectId = QStringLiteral("checkout-id");
    p0.name = QStringLiteral("[P0] errors");
    p0.type = QStringLiteral("metric_issue");
    Workflow p1;
    p1.id = QStringLiteral("10");
    p1.name = QStringLiteral("P1 - production");
    p1.detectorIds = {QStringLiteral("1")};
    Workflow other;
    other.id = QStringLiteral("11");
    other.name = QStringLiteral("Something");
    other.detectorIds = {QStringLiteral("1")};
    s.detectors = {error, p0};
    s.workflows = {p1, other};
    s.reindex();
    const AuditReport report = auditByNamePrefix(s);
    const ProjectAudit* checkout = nullptr;
    for (const ProjectAudit& a : report.projects) {
        if (a.slug == QLatin1String("checkout"))
            checkout = &a;
    }
    QVERIFY(checkout);
    QCOMPARE(checkout->tiers[0].state, TierState::Ok);
    QCOMPARE(checkout->tiers[0].objects, QStringList{QStringLiteral("2")});
    QCOMPARE(checkout->tiers[1].state, TierState::Ok);
    QCOMPARE(checkout->tiers[2].state, TierState::Missing);
}

QTEST_GUILESS_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
