// SPDX-License-Identifier: MIT
#include "fuzzymatch.h"
#include "orgfilterproxymodel.h"
#include "orgtreemodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sc;

namespace {

Project makeProject(const QString& slug, const QString& platform, const QStringList& teams, const QString& rules = {})
{
    Project p;
    p.id = QString::number(qHash(slug) % 100000);
    p.slug = slug;
    p.name = slug;
    p.platform = platform;
    for (const QString& team : teams)
        p.teams.append(TeamRef{team, team, team});
    if (!rules.isNull()) {
        ProjectOwnership ownership;
        ownership.raw = rules;
        ownership.rawIsNull = false;
        p.ownership = ownership;
    }
    return p;
}

Team makeTeam(const QString& slug)
{
    Team t;
    t.id = slug;
    t.slug = slug;
    t.name = slug;
    return t;
}

// payment-api belongs to two teams; legacy-cron has none; ghost-app's only team is not in the org.
OrgSnapshot sampleSnapshot()
{
    OrgSnapshot s;
    s.orgSlug = QStringLiteral("acme");
    s.organization.slug = QStringLiteral("acme");
    s.organization.name = QStringLiteral("Acme Corp");
    s.teams = {makeTeam(QStringLiteral("payments")), makeTeam(QStringLiteral("backend")), makeTeam(QStringLiteral("mobile"))};
    s.projects = {
        makeProject(QStringLiteral("payment-api"), QStringLiteral("python"), {QStringLiteral("payments"), QStringLiteral("backend")},
                    QStringLiteral("# payments\npath:src/payments/** #payments\n\nurl:*/api/v1/pay/* #payments\n")),
        makeProject(QStringLiteral("checkout-web"), QStringLiteral("javascript-react"), {QStringLiteral("payments")}, QStringLiteral("")),
        makeProject(QStringLiteral("ios-app"), QStringLiteral("apple-ios"), {QStringLiteral("mobile")}, QStringLiteral("* #mobile")),
        makeProject(QStringLiteral("legacy-cron"), QStringLiteral("python"), {}),
        makeProject(QStringLiteral("ghost-app"), QStringLiteral("node"), {QStringLiteral("gone")}),
    };
    s.reindex();
    return s;
}

ProjectAudit projectAudit(const QString& slug, std::array<TierState, 4> states)
{
    ProjectAudit a;
    a.slug = slug;
    for (int t = 0; t < 4; ++t)
        a.tiers[size_t(t)].state = states[size_t(t)];
    return a;
}

AuditReport sampleAudit()
{
    using S = TierState;
    AuditReport r;
    r.projects = {
        projectAudit(QStringLiteral("payment-api"), {S::Ok, S::Ok, S::Drifted, S::Missing}),
        projectAudit(QStringLiteral("checkout-web"), {S::Missing, S::Ok, S::Ok, S::Ok}),
        projectAudit(QStringLiteral("ios-app"), {S::Ok, S::Ok, S::Ok, S::Ok}),
        projectAudit(QStringLiteral("legacy-cron"), {S::Missing, S::Missing, S::Missing, S::Missing}),
        projectAudit(QStringLiteral("ghost-app"), {S::Ok, S::Missing, S::Ok, S::Ok}),
    };
    return r;
}

QString marks(const QModelIndex& index)
{
    QString out;
    for (const QVariant& mark : index.data(OrgTreeModel::CoverageRole).toList()) {
        switch (mark.toInt()) {
        case OrgTreeModel::OkMark: out += QLatin1Char('+'); break;
        case OrgTreeModel::DriftedMark: out += QLatin1Char('~'); break;
        case OrgTreeModel::MissingMark: out += QLatin1Char('-'); break;
        default: out += QLatin1Char('?'); break;
        }
    }
    return out;
}

// One line per row: indentation, name, platform, coverage marks, rule count.
QStringList dump(const QAbstractItemModel* model)
{
    return test::dumpModel(model, [](const QModelIndex& index) {
        QString line = index.data().toString();
        const QString platform = index.siblingAtColumn(OrgTreeModel::PlatformColumn).data().toString();
        if (!platform.isEmpty())
            line += QStringLiteral(" [%1]").arg(platform);
        line += QLatin1Char(' ') + marks(index.siblingAtColumn(OrgTreeModel::CoverageColumn));
        const QString rules = index.siblingAtColumn(OrgTreeModel::RulesColumn).data().toString();
        if (!rules.isEmpty())
            line += QStringLiteral(" rules=%1").arg(rules);
        return line;
    });
}

QStringList visibleProjects(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data(OrgTreeModel::KindRole).toInt() == OrgTreeModel::ProjectKind)
            out << index.data(OrgTreeModel::ParentTeamRole).toString() + QLatin1Char('/') + index.data(OrgTreeModel::SlugRole).toString();
        out << visibleProjects(model, index);
    }
    return out;
}

} // namespace

class TestOrgTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void tree_showsTeamsProjectsAndUnassigned();
    void tree_rollsCoverageUpPerTeam();
    void setAudit_updatesCoverageWithoutReset();
    void model_passesTheModelTester();
    void countOwnershipRules_ignoresCommentsAndBlankLines_data();
    void countOwnershipRules_ignoresCommentsAndBlankLines();
    void filter_narrowsToMatchingProjects_data();
    void filter_narrowsToMatchingProjects();
    void filter_passesTheModelTesterWhileTyping();
    void fuzzyScore_ranksWordStartsAndPrefixes();
};

void TestOrgTreeModel::tree_showsTeamsProjectsAndUnassigned()
{
    OrgTreeModel model;
    model.setSnapshot(sampleSnapshot());
    const QStringList expected{
        QStringLiteral("Acme Corp ????"),
        QStringLiteral("  #backend (1) ????"),
        QStringLiteral("    payment-api [python] ???? rules=2"),
        QStringLiteral("  #mobile (1) ????"),
        QStringLiteral("    ios-app [apple-ios] ???? rules=1"),
        QStringLiteral("  #payments (2) ????"),
        QStringLiteral("    checkout-web [javascript-react] ???? rules=0"),
        QStringLiteral("    payment-api [python] ???? rules=2"),
        QStringLiteral("  Unassigned (2) ????"),
        QStringLiteral("    ghost-app [node] ????"),
        QStringLiteral("    legacy-cron [python] ????"),
    };
    QCOMPARE(dump(&model), expected);
    QCOMPARE(model.projectIndexes(QStringLiteral("payment-api")).size(), 2);
    QCOMPARE(model.projectRowCount(), 6);
}

void TestOrgTreeModel::tree_rollsCoverageUpPerTeam()
{
    OrgTreeModel model;
    model.setSnapshot(sampleSnapshot());
    model.setAudit(sampleAudit());
    const QStringList expected{
        QStringLiteral("Acme Corp ~~~~"),
        QStringLiteral("  #backend (1) ++~-"),
        QStringLiteral("    payment-api [python] ++~- rules=2"),
        QStringLiteral("  #mobile (1) ++++"),
        QStringLiteral("    ios-app [apple-ios] ++++ rules=1"),
        QStringLiteral("  #payments (2) ~+~~"),
        QStringLiteral("    checkout-web [javascript-react] -+++ rules=0"),
        QStringLiteral("    payment-api [python] ++~- rules=2"),
        QStringLiteral("  Unassigned (2) ~-~~"),
        QStringLiteral("    ghost-app [node] +-++"),
        QStringLiteral("    legacy-cron [python] ----"),
    };
    QCOMPARE(dump(&model), expected);
    // The org counts payment-api once although it shows under two teams.
    const QVariantList p0 = model.organizationIndex().data(OrgTreeModel::CoverageCountsRole).toList().at(0).toList();
    QCOMPARE(p0, (QVariantList{3, 0, 2}));
}

void TestOrgTreeModel::setAudit_updatesCoverageWithoutReset()
{
    OrgTreeModel model;
    model.setSnapshot(sampleSnapshot());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setAudit(sampleAudit());
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    const QModelIndex ios = model.projectIndexes(QStringLiteral("ios-app")).first();
    QCOMPARE(marks(ios.siblingAtColumn(OrgTreeModel::CoverageColumn)), QStringLiteral("++++"));
}

void TestOrgTreeModel::model_passesTheModelTester()
{
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleSnapshot());
    model.setAudit(sampleAudit());
    model.setSnapshot(OrgSnapshot());
    model.setSnapshot(sampleSnapshot());
    model.clear();
}

void TestOrgTreeModel::countOwnershipRules_ignoresCommentsAndBlankLines_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("two rules, comment, blank") << QStringLiteral("# x\npath:a/* #t\n\nurl:b #t\n") << 2;
    QTest::newRow("indented comment") << QStringLiteral("   # only a comment\n") << 0;
}

void TestOrgTreeModel::countOwnershipRules_ignoresCommentsAndBlankLines()
{
    QFETCH(QString, raw);
    QFETCH(int, count);
    QCOMPARE(OrgTreeModel::countOwnershipRules(raw), count);
}

void TestOrgTreeModel::filter_narrowsToMatchingProjects_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("visible");
    const QStringList all{QStringLiteral("backend/payment-api"), QStringLiteral("mobile/ios-app"),
                          QStringLiteral("payments/checkout-web"), QStringLiteral("payments/payment-api"),
                          QStringLiteral("/ghost-app"), QStringLiteral("/legacy-cron")};
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("slug substring") << QStringLiteral("pay") << QStringList{QStringLiteral("backend/payment-api"), QStringLiteral("payments/checkout-web"), QStringLiteral("payments/payment-api")};
    QTest::newRow("case-insensitive") << QStringLiteral("IOS") << QStringList{QStringLiteral("mobile/ios-app")};
    QTest::newRow("platform text") << QStringLiteral("python") << QStringList{QStringLiteral("backend/payment-api"), QStringLiteral("payments/payment-api"), QStringLiteral("/legacy-cron")};
    QTest::newRow("platform token") << QStringLiteral("platform:apple") << QStringList{QStringLiteral("mobile/ios-app")};
    QTest::newRow("team token") << QStringLiteral("team:payments") << QStringList{QStringLiteral("payments/checkout-web"), QStringLiteral("payments/payment-api")};
    QTest::newRow("team token with #") << QStringLiteral("team:#backend") << QStringList{QStringLiteral("backend/payment-api")};
    QTest::newRow("missing P0") << QStringLiteral("missing:P0") << QStringList{QStringLiteral("payments/checkout-web"), QStringLiteral("/legacy-cron")};
    QTest::newRow("missing P0 as words") << QStringLiteral("missing p0") << QStringList{QStringLiteral("payments/checkout-web"), QStringLiteral("/legacy-cron")};
    QTest::newRow("drifted P2") << QStringLiteral("drifted:P2") << QStringList{QStringLiteral("backend/payment-api"), QStringLiteral("payments/payment-api")};
    QTest::newRow("missing any") << QStringLiteral("missing:any team:payments") << QStringList{QStringLiteral("payments/checkout-web"), QStringLiteral("payments/payment-api")};
    QTest::newRow("terms combine") << QStringLiteral("python missing:P3") << QStringList{QStringLiteral("backend/payment-api"), QStringLiteral("payments/payment-api"), QStringLiteral("/legacy-cron")};
    QTest::newRow("incomplete token ignored") << QStringLiteral("team:") << all;
    QTest::newRow("nothing matches") << QStringLiteral("zzz") << QStringList{};
}

void TestOrgTreeModel::filter_narrowsToMatchingProjects()
{
    QFETCH(QString, query);
    QFETCH(QStringList, visible);
    OrgTreeModel model;
    model.setSnapshot(sampleSnapshot());
    model.setAudit(sampleAudit());
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setQuery(query);
    QCOMPARE(visibleProjects(&proxy), visible);
}

void TestOrgTreeModel::filter_passesTheModelTesterWhileTyping()
{
    OrgTreeModel model;
    model.setSnapshot(sampleSnapshot());
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString& q : {QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("pay"), QStringLiteral("pa"), QString()})
        proxy.setQuery(q);
    model.setAudit(sampleAudit());
    proxy.setQuery(QStringLiteral("missing:P0"));
    model.setSnapshot(sampleSnapshot());
}

void TestOrgTreeModel::fuzzyScore_ranksWordStartsAndPrefixes()
{
    QCOMPARE(fuzzyScore(u"xyz", u"payment-api"), -1);
    QVERIFY(fuzzyScore(u"pa", u"payment-api") >= 0);
    QVERIFY(fuzzyScore(u"papi", u"payment-api") >= 0);
    // "pa" at the start of a word beats letters scattered inside one.
    QVERIFY(fuzzyScore(u"pa", u"payment-api") > fuzzyScore(u"pa", u"sparta"));
    // Initials of words beat a scattered match.
    QVERIFY(fuzzyScore(u"wa", u"web-app") > fuzzyScore(u"wa", u"hardware"));
    QVERIFY(fuzzyScore(u"PAY", u"payment-api") == fuzzyScore(u"pay", u"payment-api"));
}

QTEST_GUILESS_MAIN(TestOrgTreeModel)
#include "tst_orgtreemodel.moc"
