// SPDX-License-Identifier: MIT
// The Org health start page, driven like a user: it is what the window shows after a profile
// opens, the View menu and Alt+1 bring it back, Enter and double-click on a problem open the
// project or team, and its cards follow the audits, the drafts, the sync and the rate limit.
#include "architectureauditor.h"
#include "architectureview.h"
#include "consolesession.h"
#include "coverageview.h"
#include "detailsview.h"
#include "fakesentryserver.h"
#include "guitestutils.h"
#include "journal.h"
#include "mainwindow.h"
#include "orghealth.h"
#include "orghealthmodel.h"
#include "orghealthview.h"
#include "orgfilterproxymodel.h"
#include "orgtreemodel.h"
#include "pendingchangespanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {

using test::menuAction;

// SC_SCREENSHOT_DIR=/tmp/shots ctest -R tst_orghealthview → PNGs to look at.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestOrgHealthView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startPage_afterOpeningAProfile_showsCoverageFromTheAudits();
    void viewMenuAndAltOne_bringTheStartPageBack();
    void enterOnAProblemRow_opensTheProject();
    void doubleClickOnATeamRow_opensTheTeam_andTheOrgRowTheMatrix();
    void unpushedCard_countsTheDraftsAndReviewShowsThePanel();
    void failedRefresh_isOnTheSyncCard();
    void clickingATreeRowOnTheStartPage_showsItsDetails();
    void refreshWithASelection_staysOnTheStartPage();

private:
    void openDemo();
    void waitForAudits();
    QLabel* cardValue(const QString& card) const;
    int problemRow(const QString& slug) const;
    OrgHealthView* health() const { return m_window->healthView(); }
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOrgHealthView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOrgHealthView::init()
{
    test::removeUserState();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_session = test::makeSessionWithoutRetries();
    m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOrgHealthView::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

void TestOrgHealthView::waitForAudits()
{
    const ArchitectureAuditor* auditor = m_session->architectureAuditor();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasAudit() && !m_session->isAuditPending() && auditor->hasAudit()
                                 && !auditor->isPending(),
                             20000);
    // The page recomputes once the event loop turns after the last signal.
    QTRY_COMPARE(health()->health().architectureAudited, true);
}

void TestOrgHealthView::openDemo()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Demo"_s, m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
    waitForAudits();
}

QLabel* TestOrgHealthView::cardValue(const QString& card) const
{
    return health()->findChild<QLabel*>(card + u"Value"_s);
}

int TestOrgHealthView::problemRow(const QString& slug) const
{
    const OrgHealthModel* model = health()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(OrgHealthModel::SlugRole).toString() == slug)
            return r;
    return -1;
}

void TestOrgHealthView::startPage_afterOpeningAProfile_showsCoverageFromTheAudits()
{
    QCOMPARE(m_window->tabs()->currentWidget(), health()); // the window opens on it
    m_window->tabs()->setCurrentWidget(m_window->detailsView());
    openDemo();
    QCOMPARE(m_window->tabs()->currentWidget(), health()); // and a profile opens on it
    QVERIFY(health()->isVisible());

    // Coverage per tier: n of m services, straight from the session's tier audit.
    const AuditReport& audit = m_session->audit();
    for (int t = 0; t < TierCount; ++t) {
        TierHealth expected;
        for (const ProjectAudit& p : audit.projects) {
            const TierCoverage& c = p.tier(Tier(t));
            expected.required += c.required;
            expected.covered += c.required && c.state == TierState::Ok;
        }
        QLabel* value = cardValue(u"healthTier"_s + tierName(Tier(t)));
        QVERIFY(value);
        QCOMPARE(value->text(), tierHealthText(expected));
        QVERIFY2(expected.required > 0, "the demo asks every tier of some project");
    }
    QCOMPARE(cardValue(u"healthArchitecture"_s)->text(),
             tr("%n failing check(s)", nullptr, m_session->architectureAuditor()->audit().failures()));
    QVERIFY(m_session->architectureAuditor()->audit().failures() > 0); // the demo seed has gaps on purpose

    // The demo's billing-worker has no P0 alert: a problem row, first as the worst.
    const int row = problemRow(u"billing-worker"_s);
    QVERIFY(row >= 0);
    QCOMPARE(health()->model()->index(row, OrgHealthModel::TiersColumn).data().toString(), u"P0 missing"_s);
    QCOMPARE(row, 0);

    QVERIFY(cardValue(u"healthLastSync"_s)->text().contains(u"just now"_s));
    const RateLimitState rate = m_session->rateLimit();
    QVERIFY(rate.limit > 0); // the fake sends Sentry's rate-limit headers
    QCOMPARE(cardValue(u"healthRateBudget"_s)->text(),
             rateBudgetText({rate.limit, rate.remaining, rate.resetEpoch, rate.concurrentLimit, rate.concurrentRemaining}));
    QCOMPARE(cardValue(u"healthUnpushed"_s)->text(), unpushedText({}));
    screenshot(*m_window, u"org-health"_s);
}

void TestOrgHealthView::viewMenuAndAltOne_bringTheStartPageBack()
{
    openDemo();
    QAction* action = menuAction(m_window.get(), u"View"_s, u"Org health"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
    m_window->tabs()->setCurrentWidget(m_window->coverageView());
    action->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), health());

    m_window->tabs()->setCurrentWidget(m_window->detailsView());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), health());
    QVERIFY(m_window->showView(u"health"_s));
}

void TestOrgHealthView::enterOnAProblemRow_opensTheProject()
{
    openDemo();
    QTreeView* problems = health()->problemsView();
    problems->setFocus();
    QTRY_VERIFY(problems->hasFocus());
    QTest::keyClick(problems, Qt::Key_Home);
    QTest::keyClick(problems, Qt::Key_Down); // the second worst
    const QString slug = problems->currentIndex().data(OrgHealthModel::SlugRole).toString();
    QCOMPARE(problems->currentIndex().row(), 1);
    QCOMPARE(problems->currentIndex().data(OrgHealthModel::KindRole).toInt(), int(OrgHealthModel::ProjectKind));
    QTest::keyClick(problems, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->detailsView());
    QCOMPARE(m_session->selectedProject(), slug);
    QCOMPARE(m_window->treeView()->currentIndex().data(OrgTreeModel::SlugRole).toString(), slug);
}

void TestOrgHealthView::doubleClickOnATeamRow_opensTheTeam_andTheOrgRowTheMatrix()
{
    openDemo();
    // A team that owns no project is a finding of the architecture audit.
    OrgSnapshot snapshot = m_session->snapshot();
    snapshot.teams.append({u"9001"_s, u"observability"_s, u"Observability"_s, 2, {}});
    snapshot.reindex();
    m_session->setSnapshot(snapshot);
    waitForAudits();
    QTRY_VERIFY(problemRow(u"observability"_s) >= 0);
    QTreeView* problems = health()->problemsView();
    const QModelIndex team = health()->model()->index(problemRow(u"observability"_s), 0);
    QCOMPARE(team.data(OrgHealthModel::KindRole).toInt(), int(OrgHealthModel::TeamKind));
    problems->scrollTo(team);
    const QPoint at = problems->visualRect(team).center();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->detailsView());
    QCOMPARE(m_session->selectedTeam(), u"observability"_s);

    // The organization's own finding opens the architecture matrix.
    m_window->tabs()->setCurrentWidget(health());
    const int orgRow = [&] {
        for (int r = 0; r < health()->model()->rowCount(); ++r)
            if (health()->model()->index(r, 0).data(OrgHealthModel::KindRole).toInt() == OrgHealthModel::OrganizationKind)
                return r;
        return -1;
    }();
    QVERIFY(orgRow >= 0);
    problems->setFocus();
    problems->setCurrentIndex(health()->model()->index(orgRow, 0));
    QTest::keyClick(problems, Qt::Key_Enter);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->findChild<ArchitectureView*>());
}

void TestOrgHealthView::unpushedCard_countsTheDraftsAndReviewShowsThePanel()
{
    openDemo();
    // Architecture → Fix selected (nothing selected: every project) saves one draft of fixes.
    QAction* fix = menuAction(m_window.get(), u"Architecture"_s, u"architectureFixSelected"_s);
    QVERIFY(fix);
    fix->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->drafts().keys(m_session->profileName()).isEmpty(), 15000);
    const QStringList keys = m_session->drafts().keys(m_session->profileName());
    QCOMPARE(keys, QStringList{ArchitectureView::fixesDraftKey()});
    const Result<ChangeSet> draft = m_session->drafts().load(m_session->profileName(), keys.first());
    QVERIFY(draft && !draft->operations.isEmpty());

    menuAction(m_window.get(), u"View"_s, u"Org health"_s)->trigger();
    QCOMPARE(cardValue(u"healthUnpushed"_s)->text(), unpushedText({{keys.first(), int(draft->operations.size())}}));
    auto* review = health()->findChild<QPushButton*>(u"healthReviewPending"_s);
    QVERIFY(review && review->isEnabled());
    auto* dock = m_window->findChild<QDockWidget*>(u"pendingChangesDock"_s);
    dock->hide();
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(m_window->pendingChanges()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == m_window->pendingChanges());
}

void TestOrgHealthView::failedRefresh_isOnTheSyncCard()
{
    openDemo();
    const QString before = cardValue(u"healthLastSync"_s)->text();
    m_server.reset(); // Sentry goes away
    QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
    QAction* refresh = menuAction(m_window.get(), u"File"_s, u"Refresh"_s);
    QVERIFY(refresh && refresh->isEnabled());
    refresh->trigger();
    QVERIFY(failed.wait(20000));
    QTRY_VERIFY(cardValue(u"healthLastSync"_s)->text().endsWith(u"; the last refresh failed"_s));
    QVERIFY(cardValue(u"healthLastSync"_s)->text().startsWith(before)); // the last good sync stays
    QCOMPARE(health()->findChild<QLabel*>(u"healthLastSyncDetail"_s)->text(), failed.first().first().value<Error>().message);
}

void TestOrgHealthView::clickingATreeRowOnTheStartPage_showsItsDetails()
{
    openDemo();
    QCOMPARE(m_window->tabs()->currentWidget(), health());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTreeView* tree = m_window->treeView();
    const QModelIndexList rows = m_window->treeModel()->projectIndexes(u"web-app"_s);
    QVERIFY(!rows.isEmpty());
    const QModelIndex row = m_window->filterModel()->mapFromSource(rows.first());
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(m_session->selectedProject(), u"web-app"_s);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->detailsView());
}

void TestOrgHealthView::refreshWithASelection_staysOnTheStartPage()
{
    openDemo();
    m_window->selectProject(u"web-app"_s); // e.g. from quick open: shows it
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->detailsView());
    menuAction(m_window.get(), u"View"_s, u"Org health"_s)->trigger();
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    QAction* refresh = menuAction(m_window.get(), u"File"_s, u"Refresh"_s);
    refresh->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->selectedProject(), u"web-app"_s); // the place is kept …
    QCOMPARE(m_window->tabs()->currentWidget(), health()); // … and so is the page
}

QTEST_MAIN(TestOrgHealthView)
#include "tst_orghealthview.moc"
