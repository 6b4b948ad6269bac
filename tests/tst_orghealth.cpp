// SPDX-License-Identifier: MIT
// The Org health summary: pure over a snapshot and its audits (coverage per tier, rows with
// problems worst first, the page's sentences), and its item model.
#include "orghealth.h"
#include "orghealthmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {

Project project(const QString& slug, const QStringList& teams)
{
    Project p;
    p.id = slug + u"-id"_s;
    p.slug = slug;
    for (const QString& t : teams)
        p.teams.append({t + u"-id"_s, t, t});
    return p;
}

// One letter per tier P0…P3: o ok, d drifted, m missing, - not required.
ProjectAudit tierRow(const QString& slug, const QString& states)
{
    ProjectAudit a;
    a.slug = slug;
    for (int t = 0; t < TierCount; ++t) {
        TierCoverage& c = a.tiers[size_t(t)];
        const QChar s = states.at(t);
        c.required = s != u'-';
        c.state = s == u'd' ? TierState::Drifted : s == u'm' ? TierState::Missing : TierState::Ok;
    }
    return a;
}

CheckResult check(const QString& id, CheckState state, CheckSeverity severity = CheckSeverity::Error, const QString& detail = {})
{
    CheckResult r;
    r.id = id;
    r.state = state;
    r.severity = severity;
    r.detail = detail.isEmpty() ? id + u" detail"_s : detail;
    return r;
}

struct Fixture {
    OrgSnapshot snapshot;
    AuditReport tiers;
    ArchitectureAudit architecture;
};

// Four projects: api (P0 missing), web (P2 drifted, ownership without catch-all), jobs (only the
// architecture: crons fails, releases warns), docs (healthy; P3 not required). Team "empty" owns
// nothing (a warning), the org does not require scrubbing (a warning).
Fixture fixture()
{
    Fixture f;
    f.snapshot.projects = {project(u"api"_s, {u"core"_s}), project(u"web"_s, {u"front"_s, u"core"_s}),
                           project(u"jobs"_s, {u"core"_s}), project(u"docs"_s, {u"front"_s})};
    f.snapshot.teams = {{u"1"_s, u"core"_s, u"Core"_s, 3, {}}, {u"2"_s, u"front"_s, u"Front"_s, 2, {}},
                        {u"3"_s, u"empty"_s, u"Empty"_s, 0, {}}};
    f.tiers.projects = {tierRow(u"api"_s, u"mooo"_s), tierRow(u"web"_s, u"oodo"_s), tierRow(u"jobs"_s, u"oooo"_s),
                        tierRow(u"docs"_s, u"ooo-"_s)};
    const auto row = [](const QString& slug, QList<CheckResult> checks) {
        ProjectArchitectureAudit p;
        p.slug = slug;
        p.checks = std::move(checks);
        return p;
    };
    f.architecture.projects = {
        row(u"api"_s, {check(u"tiers"_s, CheckState::Missing), check(u"ownership"_s, CheckState::Ok)}),
        row(u"web"_s, {check(u"tiers"_s, CheckState::Drifted), check(u"ownership"_s, CheckState::Drifted, CheckSeverity::Error,
                                                                      u"no catch-all rule (*)"_s)}),
        row(u"jobs"_s, {check(u"crons"_s, CheckState::Missing), check(u"releases"_s, CheckState::Drifted, CheckSeverity::Warning),
                        check(u"pii"_s, CheckState::Drifted, CheckSeverity::Off)}),
        row(u"docs"_s, {check(u"ownership"_s, CheckState::Ok), check(u"sourcemaps"_s, CheckState::NotApplicable)})};
    TeamArchitectureAudit core{u"core"_s, {check(u"topology"_s, CheckState::Ok, CheckSeverity::Warning)}};
    TeamArchitectureAudit empty{u"empty"_s, {check(u"topology"_s, CheckState::Missing, CheckSeverity::Warning,
                                                   u"The team owns no project."_s)}};
    f.architecture.teams = {core, empty};
    f.architecture.org = {check(u"pii"_s, CheckState::Drifted, CheckSeverity::Warning)};
    return f;
}

QStringList outline(const OrgHealth& health)
{
    QStringList lines;
    for (const HealthProblem& p : health.problems) {
        const QString kind = p.kind == HealthProblem::Kind::Project ? u"project"_s
                           : p.kind == HealthProblem::Kind::Team    ? u"team"_s
                                                                    : u"org"_s;
        lines << u"%1 %2 | tiers: %3 | ownership: %4 | failing: %5 | warnings: %6"_s.arg(
            kind, p.slug, p.tierGaps.join(u", "_s), p.ownership, p.failingChecks.join(u", "_s), p.warningChecks.join(u", "_s));
    }
    return lines;
}

} // namespace

class TestOrgHealth : public QObject
{
    Q_OBJECT
private slots:
    void coverage_countsRequiredTiersOnly();
    void problems_worstFirst_withTeamAndOrgFindings();
    void problems_withoutTheArchitectureAudit_showTierGapsAndSayNotAudited();
    void nothingAudited_countsNothingAsHealthy();
    void texts_data();
    void texts();
    void lastSync_saysCacheAndFailure();
    void model_namesEachRowsObject();
};

void TestOrgHealth::coverage_countsRequiredTiersOnly()
{
    const Fixture f = fixture();
    const OrgHealth health = summarizeOrgHealth(f.snapshot, &f.tiers, &f.architecture);
    QCOMPARE(health.projects, 4);
    QCOMPARE(health.teams, 3);
    QVERIFY(health.tiersAudited);
    QVERIFY(health.architectureAudited);
    const auto tier = [&](int t) {
        const TierHealth& h = health.tiers[size_t(t)];
        return u"%1/%2 d%3 m%4"_s.arg(h.covered).arg(h.required).arg(h.drifted).arg(h.missing);
    };
    QCOMPARE(tier(0), u"3/4 d0 m1"_s);
    QCOMPARE(tier(1), u"4/4 d0 m0"_s);
    QCOMPARE(tier(2), u"3/4 d1 m0"_s);
    QCOMPARE(tier(3), u"3/3 d0 m0"_s); // docs does not need P3
    QCOMPARE(health.architectureFailures, f.architecture.failures());
    QCOMPARE(health.architectureProblems, f.architecture.problems());
}

void TestOrgHealth::problems_worstFirst_withTeamAndOrgFindings()
{
    const Fixture f = fixture();
    const OrgHealth health = summarizeOrgHealth(f.snapshot, &f.tiers, &f.architecture);
    // A missing P0 outweighs a drifted P2 with broken ownership; switched-off checks are no problem.
    QCOMPARE(outline(health), (QStringList{
        u"project api | tiers: P0 missing | ownership:  | failing:  | warnings: "_s,
        u"project web | tiers: P2 drifted | ownership: no catch-all rule (*) | failing:  | warnings: "_s,
        u"project jobs | tiers:  | ownership:  | failing: crons | warnings: releases"_s,
        u"team empty | tiers:  | ownership:  | failing:  | warnings: topology"_s,
        u"org  | tiers:  | ownership:  | failing:  | warnings: pii"_s,
    }));
    QCOMPARE(health.projectsWithProblems(), 3);
    QCOMPARE(health.problems.at(1).teams, (QStringList{u"front"_s, u"core"_s}));
    QVERIFY(health.problems.at(1).details.contains(u"ownership: no catch-all rule (*)"_s));
    QCOMPARE(health.problems.at(3).details, QStringList{u"topology: The team owns no project."_s});
}

void TestOrgHealth::problems_withoutTheArchitectureAudit_showTierGapsAndSayNotAudited()
{
    const Fixture f = fixture();
    const OrgHealth health = summarizeOrgHealth(f.snapshot, &f.tiers, nullptr);
    QVERIFY(!health.architectureAudited);
    QCOMPARE(health.architectureFailures, 0);
    QCOMPARE(outline(health), (QStringList{
        u"project api | tiers: P0 missing | ownership:  | failing:  | warnings: "_s,
        u"project web | tiers: P2 drifted | ownership:  | failing:  | warnings: "_s,
    }));
}

void TestOrgHealth::nothingAudited_countsNothingAsHealthy()
{
    const Fixture f = fixture();
    const OrgHealth health = summarizeOrgHealth(f.snapshot, nullptr, nullptr);
    QVERIFY(!health.tiersAudited);
    QCOMPARE(health.tiers[0].required, 0);
    QCOMPARE(health.tiers[0].covered, 0);
    QVERIFY(health.problems.isEmpty());
    QCOMPARE(health.projects, 4);
}

void TestOrgHealth::texts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tier") << tierHealthText({7, 5, 1, 1}) << u"5 of 7 service(s) covered"_s;
    QTest::newRow("tier not required") << tierHealthText({}) << u"not required"_s;
    QTest::newRow("tier detail") << tierHealthDetail({7, 5, 1, 1}) << u"1 missing, 1 drifted"_s;
    QTest::newRow("tier detail ok") << tierHealthDetail({7, 7, 0, 0}) << u"All as the policy says."_s;
    QTest::newRow("no drafts") << unpushedText({}) << u"Nothing unpushed"_s;
    QTest::newRow("drafts") << unpushedText({{u"ownership/api"_s, 1}, {u"tiers/plan"_s, 4}})
                            << u"5 change(s) in 2 draft(s)"_s;
    QTest::newRow("budget unknown") << rateBudgetText({}) << u"Not reported yet"_s;
    QTest::newRow("budget") << rateBudgetText({40, 37, 0, -1, -1}) << u"37 of 40 request(s) left in this window"_s;
    QTest::newRow("budget detail") << rateBudgetDetail({40, 37, 0, 25, 24}) << u"Concurrent requests: 24 of 25 free."_s;
    QTest::newRow("budget detail, none") << rateBudgetDetail({})
                                         << u"From Sentry's rate-limit headers, once a request has been answered."_s;
}

void TestOrgHealth::texts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

void TestOrgHealth::lastSync_saysCacheAndFailure()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime taken = now.addSecs(-180);
    QVERIFY(lastSyncText(taken, false, std::nullopt, now).endsWith(u"(3 minute(s) ago)"_s));
    QVERIFY(lastSyncText(taken, true, std::nullopt, now).endsWith(u", from the cache"_s));
    QVERIFY(lastSyncText(taken, false, u"boom"_s, now).endsWith(u"; the last refresh failed"_s));
    QCOMPARE(lastSyncText({}, false, std::nullopt, now), u"Never"_s);
    QCOMPARE(lastSyncText({}, false, u"boom"_s, now), u"Never (the last attempt failed)"_s);
}

void TestOrgHealth::model_namesEachRowsObject()
{
    const Fixture f = fixture();
    OrgHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProblems(summarizeOrgHealth(f.snapshot, &f.tiers, &f.architecture).problems);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(OrgHealthModel::ColumnCount));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(0, OrgHealthModel::NameColumn).toString(), u"api"_s);
    QCOMPARE(cell(0, 0, OrgHealthModel::KindRole).toInt(), int(OrgHealthModel::ProjectKind));
    QCOMPARE(cell(0, 0, OrgHealthModel::SlugRole).toString(), u"api"_s);
    QCOMPARE(cell(0, OrgHealthModel::TiersColumn).toString(), u"P0 missing"_s);
    QCOMPARE(cell(1, OrgHealthModel::TeamsColumn).toString(), u"front, core"_s);
    QCOMPARE(cell(2, OrgHealthModel::ArchitectureColumn).toString(), u"crons; warning: releases"_s);
    QCOMPARE(cell(3, 0, OrgHealthModel::KindRole).toInt(), int(OrgHealthModel::TeamKind));
    QCOMPARE(cell(3, 0, OrgHealthModel::SlugRole).toString(), u"empty"_s);
    QCOMPARE(cell(4, 0, OrgHealthModel::KindRole).toInt(), int(OrgHealthModel::OrganizationKind));
    QVERIFY(cell(1, OrgHealthModel::OwnershipColumn, Qt::ToolTipRole).toString().contains(u"ownership: no catch-all rule (*)"_s));
}

QTEST_GUILESS_MAIN(TestOrgHealth)
#include "tst_orghealth.moc"
