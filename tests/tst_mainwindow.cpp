// SPDX-License-Identifier: MIT
#include "consolesession.h"
#include "coverageview.h"
#include "detailsview.h"
#include "fakesentryserver.h"
#include "mainwindow.h"
#include "orgfilterproxymodel.h"
#include "orgtreemodel.h"
#include "quickopendialog.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace sc;

namespace {
// One line per row: indentation, name, [platform].
QStringList dump(const QAbstractItemModel* model)
{
    return test::dumpModel(model, [](const QModelIndex& index) {
        QString line = index.data().toString();
        const QString platform = index.siblingAtColumn(OrgTreeModel::PlatformColumn).data().toString();
        if (!platform.isEmpty())
            line += QStringLiteral(" [%1]").arg(platform);
        return line;
    });
}

QStringList expectedDemoTree()
{
    QFile file(QStringLiteral(SC_TEST_DATA_DIR "/ui/demo-tree.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tree_holdsTheDemoOrg();
    void filter_narrowsTheTree();
    void selectingAProject_showsItsDetails();
    void selectingATeam_showsProjectsAndMembers();
    void coverageView_showsTheMatrixAndCellDetails();
    void failedRefresh_keepsOldDataAndShowsTheError();
    void cancelButton_stopsThePull();
    void quickOpen_findsProjectsFuzzily();
    void showView_switchesTabsAndSelection();
    void editButton_opensTheOwnershipEditorOnTheProject();

private:
    void openDemo();
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_session = std::make_unique<ConsoleSession>();
    ClientConfig config;
    config.maxRetries = 0;
    m_session->setClientDefaults(config);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

void TestMainWindow::openDemo()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({QStringLiteral("Demo"), m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasAudit(), 20000);
}

void TestMainWindow::tree_holdsTheDemoOrg()
{
    openDemo();
    const QStringList actual = dump(m_window->filterModel());
    const QStringList expected = expectedDemoTree();
    if (expected != actual)
        qWarning().noquote() << "actual tree:\n" + actual.join(QLatin1Char('\n'));
    QCOMPARE(actual, expected);
    QVERIFY(m_window->treeView()->isExpanded(m_window->filterModel()->index(0, 0)));
}

void TestMainWindow::filter_narrowsTheTree()
{
    openDemo();
    const int before = dump(m_window->filterModel()).size();
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("team:payments"));
    const QStringList narrowed = dump(m_window->filterModel());
    QVERIFY(narrowed.size() < before);
    QVERIFY(narrowed.join(QLatin1Char('\n')).contains(QLatin1String("payment-api")));
    QVERIFY(!narrowed.join(QLatin1Char('\n')).contains(QLatin1String("web-app")));
    m_window->filterEdit()->clear();
    QCOMPARE(dump(m_window->filterModel()).size(), before);
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("no-such-project"));
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
}

void TestMainWindow::selectingAProject_showsItsDetails()
{
    openDemo();
    m_window->selectProject(QStringLiteral("payment-api"));
    QCOMPARE(m_session->selectedProject(), QStringLiteral("payment-api"));
    DetailsView* details = m_window->detailsView();
    QVERIFY(details->title().startsWith(QLatin1String("payment-api")));
    const QString body = details->bodyText();
    QVERIFY2(body.contains(QLatin1String("#payments")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("Alerts by tier")));
    QVERIFY(body.contains(QLatin1String("P0")));
    const Project* project = m_session->snapshot().projectBySlug(QStringLiteral("payment-api"));
    QVERIFY(project && project->ownership);
    QCOMPARE(details->ownershipText(), project->ownership->raw);
    QVERIFY(details->editButton()->isVisible());
}

void TestMainWindow::selectingATeam_showsProjectsAndMembers()
{
    openDemo();
    m_window->selectTeam(QStringLiteral("payments"));
    const QString body = m_window->detailsView()->bodyText();
    QVERIFY2(body.contains(QLatin1String("billing-worker")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("Members")));
    QVERIFY(!m_window->detailsView()->editButton()->isVisible());
}

void TestMainWindow::coverageView_showsTheMatrixAndCellDetails()
{
    openDemo();
    QVERIFY(m_window->showView(QStringLiteral("coverage")));
    CoverageView* coverage = m_window->coverageView();
    QVERIFY(coverage->summaryText().contains(QLatin1String("P0")));
    QTreeView* view = coverage->view();
    const QModelIndex group = view->model()->index(0, 0);
    const QModelIndex cell = view->model()->index(0, 2, group); // first project, P0
    QVERIFY(cell.isValid());
    view->setCurrentIndex(cell);
    QVERIFY(coverage->cellDetailsText().contains(QLatin1String("P0")));
}

void TestMainWindow::failedRefresh_keepsOldDataAndShowsTheError()
{
    openDemo();
    const QStringList before = dump(m_window->filterModel());
    m_server->options().failRate = 1.0;
    QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
    m_session->refresh();
    QVERIFY(failed.wait(20000));
    QCOMPARE(dump(m_window->filterModel()), before);
    QVERIFY(m_window->errorLabel()->isVisible());
    QVERIFY(m_window->errorLabel()->text().startsWith(QLatin1String("Refresh failed")));
}

void TestMainWindow::cancelButton_stopsThePull()
{
    openDemo();
    const QStringList before = dump(m_window->filterModel());
    m_server->options().latencyMs = 300;
    QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
    m_session->refresh();
    QTRY_VERIFY(m_window->cancelButton()->isVisible());
    QTest::mouseClick(m_window->cancelButton(), Qt::LeftButton);
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QVERIFY(!m_session->isRefreshing());
    QVERIFY(!m_window->cancelButton()->isVisible());
    QVERIFY(m_window->errorLabel()->text().contains(QLatin1String("canceled")));
    QCOMPARE(dump(m_window->filterModel()), before);
}

void TestMainWindow::quickOpen_findsProjectsFuzzily()
{
    openDemo();
    QuickOpenDialog dialog(m_session.get());
    QSignalSpy chosen(&dialog, &QuickOpenDialog::chosen);
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("bilw"));
    QCOMPARE(dialog.visibleEntries().value(0), QStringLiteral("project:billing-worker"));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(1).toString(), QStringLiteral("billing-worker"));
}

void TestMainWindow::showView_switchesTabsAndSelection()
{
    openDemo();
    QVERIFY(m_window->showView(QStringLiteral("project:web-app")));
    QCOMPARE(m_session->selectedProject(), QStringLiteral("web-app"));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->detailsView());
    QVERIFY(!m_window->showView(QStringLiteral("project:does-not-exist")));
    QVERIFY(m_window->statusText().contains(QLatin1String("Profile: Demo")));
    QVERIFY(m_window->statusText().contains(QLatin1String("Synced")));
}

void TestMainWindow::editButton_opensTheOwnershipEditorOnTheProject()
{
#if !__has_include("ownershipeditor.h")
    QSKIP("The ownership editor is not part of this build.");
#endif
    openDemo();
    m_window->selectProject(QStringLiteral("billing-worker"));
    QTest::mouseClick(m_window->detailsView()->editButton(), Qt::LeftButton);
    QTabWidget* tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("Ownership"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
