// SPDX-License-Identifier: MIT
// The Architecture view and the New service dialog, driven like a user: the menu bar's actions,
// typing into the focused field, the pending-changes panel as the one way to push.
#include "architectureauditmodel.h"
#include "architectureauditor.h"
#include "architectureview.h"
#include "connectionprofile.h"
#include "consolesession.h"
#include "coverageview.h"
#include "fakesentryserver.h"
#include "mainwindow.h"
#include "newservicedialog.h"
#include "orgpuller.h"
#include "pendingchangespanel.h"
#include "sentryclient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {
// SC_SCREENSHOT_DIR=/tmp/shots ctest -R tst_architectureview → PNGs to look at.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

QAction* menuAction(QMainWindow& window, const QString& objectName)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction* a : top->menu()->actions()) {
            if (a->objectName() == objectName)
                return a;
        }
    }
    return nullptr;
}
} // namespace

class TestArchitectureView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void view_showsTheMatrixBesideTierCoverage();
    void audit_runsOffTheUiThread_showsCheckingAndOnlyTheNewestResult();
    void fixSelected_savesTheFixesAsAPendingDraft();
    void newService_fromTheMenu_plansOneChangeSetAndSavesIt();
    void newService_takenNameShowsTheConflictAndCannotBeSaved();

private:
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestArchitectureView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArchitectureView::init()
{
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen());
    ClientConfig config;
    config.baseUrl = m_server->url();
    config.token = m_server->token();
    SentryClient client(config);
    OrgPuller puller(&client, m_server->orgSlug());
    std::optional<OrgSnapshot> snapshot;
    connect(&puller, &OrgPuller::succeeded, this, [&](const OrgSnapshot& s) { snapshot = s; });
    puller.start();
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 15000);

    m_session = std::make_unique<ConsoleSession>();
    ConnectionProfile profile;
    profile.name = u"architecture-ui-test"_s;
    profile.url = m_server->url();
    profile.orgSlug = m_server->orgSlug();
    m_session->openProfile(profile, QString(), false);
    m_session->setSnapshot(*snapshot);
    QTRY_VERIFY(m_session->hasSnapshot());
    m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The audit runs off the UI thread: wait for it as a user waits for the matrix.
    const ArchitectureAuditor* auditor = m_session->architectureAuditor();
    QTRY_VERIFY_WITH_TIMEOUT(auditor->hasAudit() && !auditor->isPending(), 15000);
}

void TestArchitectureView::cleanup()
{
    for (const QString& key : m_session->drafts().keys(m_session->profileName()))
        m_session->drafts().remove(m_session->profileName(), key);
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

void TestArchitectureView::view_showsTheMatrixBesideTierCoverage()
{
    QTabWidget* tabs = m_window->tabs();
    const int coverage = tabs->indexOf(m_window->coverageView());
    auto* view = qobject_cast<ArchitectureView*>(tabs->widget(coverage + 1));
    QVERIFY(view);
    QCOMPARE(tabs->tabText(coverage + 1).remove(u'&'), u"Architecture"_s);
    QVERIFY(m_window->showView(u"architecture"_s));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), int(m_session->snapshot().projects.size())); // one row per project
    QCOMPARE(view->model()->headerData(ArchitectureAuditModel::FirstCheckColumn + 3, Qt::Horizontal,
                                       ArchitectureAuditModel::CheckIdRole).toString(),
             u"health-check-filter"_s);
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == u"auth-service"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = view->model()->index(row, ArchitectureAuditModel::FirstCheckColumn + 3);
    QCOMPARE(cell.data().toString(), u"drifted"_s);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"filtered-transaction.active"_s));
    // The orphan says so in its Teams cell instead of leaving it blank.
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == u"reporting-api"_s)
            QCOMPARE(view->model()->index(r, ArchitectureAuditModel::TeamsColumn).data().toString(), u"(no team)"_s);
    }
    screenshot(*m_window, u"architecture-view"_s);
}

void TestArchitectureView::audit_runsOffTheUiThread_showsCheckingAndOnlyTheNewestResult()
{
    QVERIFY(m_window->showView(u"architecture"_s));
    auto* view = m_window->findChild<ArchitectureView*>();
    ArchitectureAuditor* auditor = m_session->architectureAuditor();
    const int shown = view->model()->rowCount();
    // Hold the audit's one thread, so the runs queue and what the window shows meanwhile is observable.
    QSemaphore gate;
    auditor->threadPool()->start([&gate] { gate.acquire(); });
    QSignalSpy finished(auditor, &ArchitectureAuditor::finished);

    const OrgSnapshot older = m_session->snapshot();
    OrgSnapshot newer = older;
    newer.projects.removeLast();
    newer.reindex();
    m_session->setSnapshot(older);
    // The UI thread did not audit: it says so and keeps the previous matrix.
    QCOMPARE(view->summaryLabel()->text(), u"Checking the reference architecture…"_s);
    QCOMPARE(view->model()->rowCount(), shown);
    m_session->setSnapshot(newer); // a newer snapshot while the older one is still queued
    QVERIFY(auditor->isPending());
    QCOMPARE(finished.count(), 0);

    gate.release();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1); // the older snapshot's result never reached the view
    QVERIFY(!auditor->isPending());
    QCOMPARE(view->model()->rowCount(), int(newer.projects.size()));
    QCOMPARE(auditor->audit().projects.size(), newer.projects.size());
    QVERIFY(!view->summaryLabel()->text().startsWith(u"Checking"_s));
}

void TestArchitectureView::fixSelected_savesTheFixesAsAPendingDraft()
{
    QVERIFY(m_window->showView(u"architecture"_s));
    auto* view = m_window->findChild<ArchitectureView*>();
    QTableView* table = view->table();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == u"user-service"_s)
            table->selectRow(r);
    }
    QAction* fix = menuAction(*m_window, u"architectureFixSelected"_s);
    QVERIFY(fix);
    fix->trigger();
    QVERIFY(!fix->isEnabled()); // planned off the UI thread; the draft is saved when the plan arrives
    QTRY_VERIFY_WITH_TIMEOUT(fix->isEnabled(), 15000);
    const Result<ChangeSet> draft = m_session->drafts().load(m_session->profileName(), ArchitectureView::fixesDraftKey());
    QVERIFY2(draft, qPrintable(view->messageLabel()->text()));
    QCOMPARE(draft->operations.size(), 1);
    QCOMPARE(draft->operations.first().target.type, TargetType::ProjectSettings);
    QCOMPARE(draft->operations.first().request.body.toObject(), (QJsonObject{{u"scrubIPAddresses"_s, true}}));
    auto* panel = m_window->findChild<PendingChangesPanel*>();
    QVERIFY(panel);
    QTRY_COMPARE(panel->pendingCount(), 1);
}

void TestArchitectureView::newService_fromTheMenu_plansOneChangeSetAndSavesIt()
{
    QAction* open = menuAction(*m_window, u"architectureNewService"_s);
    QVERIFY(open);
    open->trigger();
    auto* dialog = m_window->findChild<NewServiceDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->teamBox()->setCurrentText(u"payments"_s);
    dialog->platformBox()->setCurrentText(u"python-celery"_s);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"ledger-worker"_s);
    QTRY_VERIFY(dialog->operationsView()->topLevelItemCount() > 5);
    QVERIFY(dialog->operationsView()->topLevelItem(0)->text(1).startsWith(u"POST /api/0/teams/acme-corp/payments/projects/"_s));
    QVERIFY(dialog->snippetView()->toPlainText().contains(u"send_default_pii=False"_s));
    QVERIFY(dialog->snippetView()->toPlainText().contains(u"ledger-worker@"_s));
    screenshot(*dialog, u"new-service-dialog"_s);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    const Result<ChangeSet> draft = m_session->drafts().load(m_session->profileName(), u"service/ledger-worker"_s);
    QVERIFY(draft);
    QCOMPARE(draft->operations.size(), dialog->changes().operations.size());
}

void TestArchitectureView::newService_takenNameShowsTheConflictAndCannotBeSaved()
{
    menuAction(*m_window, u"architectureNewService"_s)->trigger();
    auto* dialog = m_window->findChild<NewServiceDialog*>();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"web-app"_s);
    QTRY_VERIFY(dialog->messageLabel()->text().contains(u"already exists"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->operationsView()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestArchitectureView)
#include "tst_architectureview.moc"
