// SPDX-License-Identifier: MIT
#include "coveragemodel.h"
#include "orgtreemodel.h"
#include "testutils.h"

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

// Groups show P0–P3 counts, project rows every column after the name, cells joined by " | ".
QStringList dump(const QAbstractItemModel* model)
{
    return test::dumpModel(model, [](const QModelIndex& index) {
        QStringList cells{index.data().toString()};
        const int last = index.parent().isValid() ? CoverageModel::ColumnCount - 1 : CoverageModel::P3Column;
        for (int c = CoverageModel::P0Column; c <= last; ++c)
            cells << index.siblingAtColumn(c).data().toString();
        return cells.join(QStringLiteral(" | "));
    });
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

QTEST_GUILESS_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
