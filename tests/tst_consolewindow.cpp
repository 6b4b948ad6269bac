// SPDX-License-Identifier: MIT
// The console window driven like a user: actions from the menu bar, toolbar and context menus,
// keys into the focused widget (issue 12).
#include "applytiersdialog.h"
#include "consolesession.h"
#include "coverageview.h"
#include "fakeseed.h"
#include "fakesentryserver.h"
#include "guitestutils.h"
#include "journal.h"
#include "historyview.h"
#include "mainwindow.h"
#include "ownershipcodeedit.h"
#include "ownershipeditor.h"
#include "memorysecretstore.h"
#include "orgfilterproxymodel.h"
#include "orgtreemodel.h"
#include "pendingchangespanel.h"
#include "profiledialog.h"
#include "requestshapes.h"
#include "tierpolicyeditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QTabWidget>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QToolBar>
#include <QToolButton>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

using test::menuAction;

template <class T>
T* visibleChild(QObject* parent, const QString& name = {})
{
    for (T* child : parent->findChildren<T*>(name))
        if (child->isVisible())
            return child;
    return nullptr;
}

// What the ownership editor saves for `project`: its rules set to `raw`, based on the server now.
ChangeSet ownershipChange(const FakeSentryServer& server, const QString& project, const QString& raw)
{
    const QJsonObject base = server.object(u"ownership"_s, project);
    QJsonObject desired = base;
    desired[u"raw"_s] = raw;
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, project, {}};
    op.summary = u"ownership (%1)"_s.arg(project);
    op.base = base;
    op.desired = desired;
    op.request = {u"PUT"_s, writePath(server.orgSlug(), op.target), ownershipPutBody(base, desired)};
    ChangeSet set;
    set.server = server.url().toString();
    set.org = server.orgSlug();
    set.created = QDateTime::currentDateTimeUtc();
    set.operations = {op};
    return set;
}

bool logHas(const FakeSentryServer& server, const QString& prefix)
{
    for (const QString& line : server.requestLog())
        if (line.startsWith(prefix))
            return true;
    return false;
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonics_ofTheMenuBarAndTheTabsAreUnique();
    void switchingProfileDuringAPull_cancelsItAndLoadsTheNewOrg();
    void switchingProfileDuringAPush_journalsWhatWasWrittenAndKeepsTheRest();
    void tiersMenu_appliesTiersToTheSelectedProjectTeamAndOrg();
    void treeContextMenu_appliesTiersToTheTeamUnderTheMouse();
    void toolbarButton_appliesTiersAndTierPolicyOpens();
    void ownershipEditor_followsPushAndUndo_andANewDraftStartsPending();
    void ownershipEditor_acceptsCompletionWithReturnAndTab();
    void ownershipTab_withoutProject_showsAnEmptyState();
    void draftWithErrors_isMarkedAndNeedsPushAnyway();
    void pendingChange_discardWithDeleteAndContextMenu_andUndo();
    void profilesDialog_listsTheDemo_andSaysWhenThereIsNoKeychain();
    void failedRefresh_showsLastSuccessfulSyncAndTheFullMessage();
    void refreshFromMenu_isIncrementalAndFullRefreshForcesAFullPull();
    void pendingDock_growsAtTheDefaultSize_andKeepsUncheckedAfterAPush();
    void coverageMatrix_namesFit_andFollowTheTreeFilter();

private:
    void openDemo();
    void openProfileFromMenu(const FakeSentryServer& server, const QString& name);
    QStringList applyTiersFrom(QAction* action);
    QMenu* contextMenuAt(const QModelIndex& proxyIndex);
    OwnershipCodeEdit* openOwnershipEditor(const QString& project);
    void pushFromMenu();
    PendingChangesPanel* panel() const { return m_window->findChild<PendingChangesPanel*>(); }
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsoleWindow::init()
{
    test::removeUserState();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_secrets = std::make_unique<MemorySecretStore>(false); // a headless machine: no keychain
    m_session = test::makeSessionWithoutRetries();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsoleWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_secrets.reset();
    m_server.reset();
}

// Alt+letter reaches one thing: a menu of the menu bar or a tab (two sharing a letter made Alt+C and
// Alt+A cycle between the Changes menu and the Tier coverage tab, the Architecture menu and its tab).
void TestConsoleWindow::mnemonics_ofTheMenuBarAndTheTabsAreUnique()
{
    QHash<QChar, QString> owner;
    const auto claim = [&](const QString& text) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            return;
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(!owner.contains(letter), qPrintable(u"Alt+%1: \"%2\" and \"%3\""_s.arg(letter, owner.value(letter), text)));
        owner.insert(letter, text);
    };
    for (const QAction* top : m_window->menuBar()->actions())
        claim(top->text());
    for (int i = 0; i < m_window->tabs()->count(); ++i)
        claim(m_window->tabs()->tabText(i));
    QVERIFY(owner.size() >= 10);
}

void TestConsoleWindow::openDemo()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Demo"_s, m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasAudit(), 20000);
}

void TestConsoleWindow::openProfileFromMenu(const FakeSentryServer& server, const QString& name)
{
    QAction* profiles = menuAction(m_window.get(), u"File"_s, u"Connection profiles…"_s);
    QVERIFY(profiles && profiles->isEnabled());
    profiles->trigger();
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProfileDialog>(m_window.get())));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"profileName"_s), name);
    auto* url = dialog->findChild<QLineEdit*>(u"profileUrl"_s);
    url->selectAll();
    QTest::keyClicks(url, server.url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"profileOrg"_s), server.orgSlug());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"profileToken"_s), server.token());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveProfileButton"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open), Qt::LeftButton);
}

void TestConsoleWindow::switchingProfileDuringAPull_cancelsItAndLoadsTheNewOrg()
{
    openDemo();
    FakeServerOptions options;
    options.seed = u"large:12"_s;
    FakeSentryServer other(options);
    QVERIFY(other.listen(0) != 0);

    m_server->options().latencyMs = 400; // the demo's refresh is still running when the switch comes
    m_session->refresh();
    QVERIFY(m_session->isRefreshing());

    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    openProfileFromMenu(other, u"Other"_s);
    QTRY_COMPARE(m_session->profileName(), u"Other"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->snapshot().projects.size(), 12);
    QVERIFY(!other.requestLog().isEmpty());
    QTRY_VERIFY(m_window->statusText().contains(u"Profile: Other"_s));
    QVERIFY(m_window->statusText().contains(u"Synced"_s));
    QVERIFY(!m_window->cancelButton()->isVisible());

    // A refresh of the new profile can be started and canceled again.
    other.options().latencyMs = 400;
    QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
    m_session->refresh();
    QTRY_VERIFY(m_window->cancelButton()->isVisible());
    QTest::mouseClick(m_window->cancelButton(), Qt::LeftButton);
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QVERIFY(!m_session->isRefreshing());
}

void TestConsoleWindow::switchingProfileDuringAPush_journalsWhatWasWrittenAndKeepsTheRest()
{
    openDemo();
    const QString paymentRaw = u"* #payments"_s;
    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/payment-api"_s, ownershipChange(*m_server, u"payment-api"_s, paymentRaw)));
    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/web-app"_s, ownershipChange(*m_server, u"web-app"_s, u"* #frontend"_s)));
    m_session->notifyDraftsChanged();
    QTRY_COMPARE(panel()->pendingCount(), 2);
    FakeSentryServer other;
    QVERIFY(other.listen(0) != 0);

    m_server->options().latencyMs = 300;
    QSignalSpy pushFinished(panel(), &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel()->pushButton(), Qt::LeftButton);
    // The first draft's write has reached the server; its answer is still on the way.
    QTRY_VERIFY_WITH_TIMEOUT(logHas(*m_server, u"PUT"_s), 10000);
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    openProfileFromMenu(other, u"Other"_s);
    QTRY_COMPARE(m_session->profileName(), u"Other"_s);
    QVERIFY(pushFinished.count() == 1 || pushFinished.wait(10000));

    // The written operation was read back on the old server and journaled as verified; the draft
    // that had not started stays pending for the old profile; the new profile is shown.
    const auto entries = Journal(Journal::defaultPath()).entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().operation.target.project, u"payment-api"_s);
    QCOMPARE(entries->first().outcome, u"verified"_s);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), paymentRaw);
    QVERIFY(!m_session->drafts().contains(u"Demo"_s, u"ownership/payment-api"_s));
    QVERIFY(m_session->drafts().contains(u"Demo"_s, u"ownership/web-app"_s));
    QVERIFY(finished.count() >= 1 || finished.wait(20000));
    QCOMPARE(m_session->serverUrl(), other.url());
    QCOMPARE(panel()->pendingCount(), 0); // the new profile has no drafts
}

// Triggers `action` and returns the projects of the Apply Tiers dialog it opened (closed again).
QStringList TestConsoleWindow::applyTiersFrom(QAction* action)
{
    if (!action || !action->isEnabled())
        return {u"<action missing or disabled>"_s};
    action->trigger();
    ApplyTiersDialog* dialog = visibleChild<ApplyTiersDialog>(m_window.get(), u"applyTiersDialog"_s);
    if (!dialog)
        return {u"<no dialog>"_s};
    const QStringList projects = dialog->projects();
    dialog->close();
    QApplication::processEvents();
    return projects;
}

QMenu* TestConsoleWindow::contextMenuAt(const QModelIndex& proxyIndex)
{
    QTreeView* tree = m_window->treeView();
    tree->scrollTo(proxyIndex);
    const QPoint pos = tree->visualRect(proxyIndex).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree->viewport(), &event);
    return visibleChild<QMenu>(m_window.get());
}

void TestConsoleWindow::tiersMenu_appliesTiersToTheSelectedProjectTeamAndOrg()
{
    openDemo();
    QAction* apply = menuAction(m_window.get(), u"Tiers"_s, u"Apply tiers to selection…"_s);
    QVERIFY(apply);
    m_window->selectProject(u"web-app"_s);
    QCOMPARE(applyTiersFrom(apply), QStringList{u"web-app"_s});

    m_window->selectTeam(u"payments"_s);
    QStringList team;
    for (const Project* project : m_session->snapshot().projectsOfTeam(u"payments"_s))
        team.append(project->slug);
    QVERIFY(!team.isEmpty());
    QStringList fromMenu = applyTiersFrom(apply);
    fromMenu.sort();
    team.sort();
    QCOMPARE(fromMenu, team);

    m_window->treeView()->setCurrentIndex(m_window->filterModel()->index(0, 0)); // the organization
    QCOMPARE(applyTiersFrom(apply), QStringList{}); // empty: the whole organization
    QCOMPARE(applyTiersFrom(menuAction(m_window.get(), u"Tiers"_s, u"Apply tiers to the whole organization…"_s)),
             QStringList{});
}

void TestConsoleWindow::treeContextMenu_appliesTiersToTheTeamUnderTheMouse()
{
    openDemo();
    const QModelIndex team = m_window->filterModel()->mapFromSource(m_window->treeModel()->teamIndex(u"payments"_s));
    QVERIFY(team.isValid());
    QMenu* menu = contextMenuAt(team);
    QVERIFY(menu);
    QAction* apply = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == u"Apply tiers to team payments…"_s)
            apply = action;
    QVERIFY(apply);
    menu->close();
    QStringList projects = applyTiersFrom(apply);
    QVERIFY(!projects.isEmpty());
    for (const QString& slug : projects)
        QVERIFY2(m_session->snapshot().projectBySlug(slug)->teamSlugs().contains(u"payments"_s), qPrintable(slug));
}

void TestConsoleWindow::toolbarButton_appliesTiersAndTierPolicyOpens()
{
    openDemo();
    m_window->selectProject(u"billing-worker"_s);
    QToolBar* toolbar = m_window->mainToolBar();
    QVERIFY(toolbar && toolbar->isVisible());
    QAction* apply = nullptr;
    for (QAction* action : toolbar->actions())
        if (plain(action->text()) == u"Apply tiers to selection…"_s)
            apply = action;
    QVERIFY(apply);
    auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(apply));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ApplyTiersDialog* dialog = visibleChild<ApplyTiersDialog>(m_window.get(), u"applyTiersDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->projects(), QStringList{u"billing-worker"_s});
    QVERIFY(dialog->operationsView()->topLevelItemCount() > 0); // billing-worker misses its P0
    dialog->close();

    QAction* policy = menuAction(m_window.get(), u"Tiers"_s, u"Tier policy…"_s);
    QVERIFY(policy && policy->isEnabled());
    policy->trigger();
    QVERIFY(visibleChild<TierPolicyEditor>(m_window.get(), u"tierPolicyEditor"_s));
}

OwnershipCodeEdit* TestConsoleWindow::openOwnershipEditor(const QString& project)
{
    m_window->selectProject(project);
    QAction* edit = menuAction(m_window.get(), u"Changes"_s, u"Edit ownership rules"_s);
    if (!edit || !edit->isEnabled())
        return nullptr;
    edit->trigger();
    auto* code = m_window->findChild<OwnershipCodeEdit*>();
    if (!code || !code->isVisible())
        return nullptr;
    m_window->activateWindow();
    code->setFocus();
    QTextCursor end = code->textCursor();
    end.movePosition(QTextCursor::End);
    code->setTextCursor(end);
    return code;
}

void TestConsoleWindow::pushFromMenu()
{
    QAction* push = menuAction(m_window.get(), u"Changes"_s, u"Push selected changes"_s);
    QVERIFY(push);
    QTRY_VERIFY(push->isEnabled());
    QSignalSpy finished(panel(), &PendingChangesPanel::pushFinished);
    push->trigger();
    QVERIFY(finished.wait(20000));
}

void TestConsoleWindow::ownershipEditor_followsPushAndUndo_andANewDraftStartsPending()
{
    openDemo();
    OwnershipCodeEdit* code = openOwnershipEditor(u"payment-api"_s);
    QVERIFY(code);
    const QString original = code->toPlainText();
    QVERIFY(!original.isEmpty());
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"path:src/ledger/** "_s);
    QTest::keyClicks(code, u"#payments"_s);
    const QString edited = code->toPlainText();
    QVERIFY(edited.endsWith(u"\npath:src/ledger/** #payments"_s));
    menuAction(m_window.get(), u"Changes"_s, u"Save draft"_s)->trigger();
    QTRY_COMPARE(panel()->pendingCount(), 1);
    pushFromMenu();
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), edited);

    // Undo from History, push: the editor shows the server's rules again, not the stale text.
    auto* history = m_window->findChild<HistoryView*>();
    QVERIFY(history);
    history->reload();
    QTRY_VERIFY(history->tree()->topLevelItemCount() > 0);
    history->tree()->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(history->undoButton(), Qt::LeftButton);
    QTRY_COMPARE(panel()->pendingCount(), 1);
    pushFromMenu();
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), original);
    QTRY_COMPARE(code->toPlainText(), original);

    // A new edit of the same project is a new operation: pending, not "verified" from before.
    code = openOwnershipEditor(u"payment-api"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"path:src/refunds/** "_s);
    QTest::keyClicks(code, u"#payments"_s);
    menuAction(m_window.get(), u"Changes"_s, u"Save draft"_s)->trigger();
    QTRY_COMPARE(panel()->pendingCount(), 1);
    QCOMPARE(panel()->outcome(u"ownership/payment-api"_s, u"op-1"_s).status, PushStatus::Pending);
}

void TestConsoleWindow::ownershipEditor_acceptsCompletionWithReturnAndTab()
{
    openDemo();
    OwnershipCodeEdit* code = openOwnershipEditor(u"payment-api"_s);
    QVERIFY(code);
    QTRY_VERIFY(code->hasFocus());
    auto* completer = m_window->findChild<OwnershipEditor*>()->findChild<QCompleter*>();
    QVERIFY(completer);
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"path:src/x/** #platf"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    // The popup has the keyboard while it is open, as in the real application.
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(!completer->popup()->isVisible());
    QVERIFY2(code->toPlainText().endsWith(u"\npath:src/x/** #platform-eng"_s), qPrintable(code->toPlainText()));

    QTest::keyClicks(code, u" #pay"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QVERIFY2(code->toPlainText().endsWith(u"#platform-eng #payments"_s), qPrintable(code->toPlainText()));
    QVERIFY(!code->toPlainText().contains(u'\t'));
}

void TestConsoleWindow::ownershipTab_withoutProject_showsAnEmptyState()
{
    openDemo();
    QAction* tab = menuAction(m_window.get(), u"View"_s, u"Ownership"_s);
    QVERIFY(tab);
    tab->trigger();
    auto* editor = m_window->findChild<OwnershipEditor*>();
    QVERIFY(editor->isVisible());
    auto* code = editor->findChild<OwnershipCodeEdit*>();
    code->setFocus();
    QTest::keyClicks(code, u"* #payments"_s);
    QCOMPARE(code->toPlainText(), QString()); // typing goes nowhere
    QVERIFY(code->isReadOnly());
    QVERIFY(!editor->findChild<QPushButton*>(u"saveDraftButton"_s)->isEnabled());
    QVERIFY(!menuAction(m_window.get(), u"Changes"_s, u"Save draft"_s)->isEnabled());
    bool hint = false;
    for (QLabel* label : editor->findChildren<QLabel*>())
        hint = hint || (label->isVisible() && label->text().contains(u"Pick a project"_s));
    QVERIFY(hint);
}

void TestConsoleWindow::draftWithErrors_isMarkedAndNeedsPushAnyway()
{
    openDemo();
    OwnershipCodeEdit* code = openOwnershipEditor(u"payment-api"_s);
    QVERIFY(code);
    const QString original = code->toPlainText();
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"path:src/x/** #no-such-team "_s);
    menuAction(m_window.get(), u"Changes"_s, u"Save draft"_s)->trigger();
    QTRY_COMPARE(panel()->pendingCount(), 1);
    QTreeWidgetItem* group = panel()->tree()->topLevelItem(0);
    QVERIFY(group && group->childCount() == 1);
    QVERIFY2(group->child(0)->text(PendingChangesPanel::StatusColumn).contains(u"error"_s),
             qPrintable(group->child(0)->text(PendingChangesPanel::StatusColumn)));
    QVERIFY(group->child(0)->toolTip(PendingChangesPanel::StatusColumn).contains(u"no-such-team"_s));

    m_server->clearRequestLog();
    QAction* push = menuAction(m_window.get(), u"Changes"_s, u"Push selected changes"_s);
    push->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(panel(), u"pushErrorsBox"_s)));
    QVERIFY(box->informativeText().contains(u"no-such-team"_s));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!panel()->isPushing());
    QVERIFY(!logHas(*m_server, u"PUT"_s));
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), original);

    push->trigger();
    QTRY_VERIFY((box = visibleChild<QMessageBox>(panel(), u"pushErrorsBox"_s)));
    QSignalSpy finished(panel(), &PendingChangesPanel::pushFinished);
    QTest::mouseClick(box->findChild<QPushButton*>(u"pushAnywayButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(logHas(*m_server, u"PUT"_s)); // the admin chose to send it
}

void TestConsoleWindow::pendingChange_discardWithDeleteAndContextMenu_andUndo()
{
    openDemo();
    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/payment-api"_s, ownershipChange(*m_server, u"payment-api"_s, u"* #payments"_s)));
    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/web-app"_s, ownershipChange(*m_server, u"web-app"_s, u"* #frontend"_s)));
    m_session->notifyDraftsChanged();
    QTRY_COMPARE(panel()->pendingCount(), 2);
    QTreeWidget* tree = panel()->tree();
    auto firstOperation = [tree] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->childCount() > 0)
                return tree->topLevelItem(i)->child(0);
        return static_cast<QTreeWidgetItem*>(nullptr);
    };

    // Delete key in the list: asks, then discards.
    tree->setFocus();
    tree->setCurrentItem(firstOperation());
    const QString firstKey = tree->currentItem()->data(0, PendingChangesPanel::DraftKeyRole).toString();
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(panel(), u"discardBox"_s)));
    QTest::mouseClick(box->findChild<QPushButton*>(u"confirmDiscardButton"_s), Qt::LeftButton);
    QTRY_COMPARE(panel()->pendingCount(), 1);
    QVERIFY(!m_session->drafts().contains(u"Demo"_s, firstKey));

    // Context menu on the other one.
    tree->setCurrentItem(firstOperation());
    const QPoint pos = tree->visualItemRect(tree->currentItem()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree->viewport(), &event);
    QMenu* menu = visibleChild<QMenu>(panel());
    QVERIFY(menu);
    QAction* discard = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == u"Discard…"_s)
            discard = action;
    QVERIFY(discard);
    menu->close();
    discard->trigger();
    QTRY_VERIFY((box = visibleChild<QMessageBox>(panel(), u"discardBox"_s)));
    QTest::mouseClick(box->findChild<QPushButton*>(u"confirmDiscardButton"_s), Qt::LeftButton);
    QTRY_COMPARE(panel()->pendingCount(), 0);

    // Both come back, newest first.
    auto* undo = panel()->findChild<QPushButton*>(u"undoDiscardButton"_s);
    QVERIFY(undo && undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(panel()->pendingCount(), 1);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(panel()->pendingCount(), 2);
    QVERIFY(m_session->drafts().contains(u"Demo"_s, firstKey));
    QVERIFY(!undo->isEnabled());
}

void TestConsoleWindow::profilesDialog_listsTheDemo_andSaysWhenThereIsNoKeychain()
{
    openDemo();
    FakeSentryServer other;
    QVERIFY(other.listen(0) != 0);
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    openProfileFromMenu(other, u"Other"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->serverUrl(), other.url());

    menuAction(m_window.get(), u"File"_s, u"Connection profiles…"_s)->trigger();
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProfileDialog>(m_window.get())));
    auto* token = dialog->findChild<QLineEdit*>(u"profileToken"_s);
    QTRY_VERIFY2(token->placeholderText().contains(u"no keychain"_s), qPrintable(token->placeholderText()));
    QVERIFY(!token->placeholderText().contains(u"keep the stored token"_s));
    auto* list = dialog->findChild<QListWidget*>(u"profileList"_s);
    const auto demo = list->findItems(u"Demo (this session)"_s, Qt::MatchExactly);
    QCOMPARE(demo.size(), 1);
    list->setCurrentItem(demo.first());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"profileName"_s)->text(), u"Demo"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->profileName(), u"Demo"_s);
    QCOMPARE(m_session->serverUrl(), m_server->url());
    QCOMPARE(m_session->snapshot().projects.size(), buildFakeSeed(u"demo"_s)->projects.size());
}

void TestConsoleWindow::failedRefresh_showsLastSuccessfulSyncAndTheFullMessage()
{
    openDemo();
    m_server->options().failRate = 1.0;
    QSignalSpy failed(m_session.get(), &ConsoleSession::refreshFailed);
    menuAction(m_window.get(), u"File"_s, u"Refresh"_s)->trigger();
    QVERIFY(failed.wait(20000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY(!message.isEmpty());
    const QString status = m_window->statusText();
    QVERIFY2(status.contains(u"Last successful sync"_s), qPrintable(status));
    QVERIFY2(!status.contains(u"Synced"_s), qPrintable(status));
    QVERIFY(m_window->errorLabel()->isVisible());
    // The tooltip is plain text turned into HTML (never the server's text as rich text).
    QTextDocument tip;
    tip.setHtml(m_window->errorLabel()->toolTip());
    QVERIFY2(tip.toPlainText().simplified().contains(message.simplified()), qPrintable(tip.toPlainText()));
    auto* details = m_window->findChild<QPushButton*>(u"errorDetailsButton"_s);
    QVERIFY(details && details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), u"lastErrorBox"_s)));
    QVERIFY2(box->text().contains(message), qPrintable(box->text()));
}

void TestConsoleWindow::refreshFromMenu_isIncrementalAndFullRefreshForcesAFullPull()
{
    openDemo();
    const QString slug = m_session->snapshot().projects.first().slug;
    // Another admin edits the ownership rules: one audit-log row.
    QVERIFY(m_server->mutateObject(u"ownership"_s, slug, QJsonObject{{u"raw"_s, u"path:src/other/* #platform-eng\n"_s}}));
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_server->clearRequestLog();
    menuAction(m_window.get(), u"File"_s, u"Refresh"_s)->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->lastRefreshReport()->kind, RefreshReport::Kind::Incremental);
    QCOMPARE(m_session->lastRefreshReport()->changes, 1);
    QVERIFY(m_session->snapshot().projectBySlug(slug)->ownership->raw.contains(u"src/other"_s));
    QTRY_VERIFY2(m_window->statusText().contains(u"Refreshed incrementally: 1 change"_s), qPrintable(m_window->statusText()));
    const int incrementalRequests = m_server->requestCount();

    QAction* full = menuAction(m_window.get(), u"File"_s, u"Full refresh"_s);
    QVERIFY(full && full->isEnabled());
    QCOMPARE(full->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_server->clearRequestLog();
    full->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_session->lastRefreshReport()->kind, RefreshReport::Kind::Full);
    QCOMPARE(m_session->lastRefreshReport()->reason, RefreshReport::Reason::Requested);
    QTRY_VERIFY2(m_window->statusText().contains(u"Full refresh (requested)"_s), qPrintable(m_window->statusText()));
    QVERIFY2(m_server->requestCount() > incrementalRequests,
             qPrintable(u"full %1, incremental %2"_s.arg(m_server->requestCount()).arg(incrementalRequests)));
}

void TestConsoleWindow::pendingDock_growsAtTheDefaultSize_andKeepsUncheckedAfterAPush()
{
    openDemo();
    m_window->resize(1280, 800);
    auto* dock = m_window->findChild<QDockWidget*>(u"pendingChangesDock"_s);
    QVERIFY(dock);
    for (int i = 0; i < m_window->tabs()->count(); ++i) { // every tab, the tallest included
        m_window->tabs()->setCurrentIndex(i);
        m_window->resizeDocks({dock}, {460}, Qt::Vertical);
        QTRY_VERIFY2(dock->height() >= 440, qPrintable(u"tab %1: dock %2 px"_s.arg(i).arg(dock->height())));
    }

    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/payment-api"_s, ownershipChange(*m_server, u"payment-api"_s, u"* #payments"_s)));
    QVERIFY(m_session->drafts().save(u"Demo"_s, u"ownership/web-app"_s, ownershipChange(*m_server, u"web-app"_s, u"* #frontend"_s)));
    m_session->notifyDraftsChanged();
    QTRY_COMPARE(panel()->pendingCount(), 2);
    QTreeWidget* tree = panel()->tree();
    QTreeWidgetItem* webApp = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(u"web-app"_s))
            webApp = tree->topLevelItem(i);
    QVERIFY(webApp);
    webApp->setCheckState(0, Qt::Unchecked); // the admin unchecks the whole group
    pushFromMenu();
    QCOMPARE(panel()->pendingCount(), 1); // payment-api pushed, web-app left alone
    QCOMPARE(tree->topLevelItem(0)->text(0).section(u' ', 0, 0), u"web-app"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->checkState(0), Qt::Unchecked);
}

void TestConsoleWindow::coverageMatrix_namesFit_andFollowTheTreeFilter()
{
    FakeServerOptions options;
    options.seed = u"large:60"_s;
    FakeSentryServer big(options);
    QVERIFY(big.listen(0) != 0);
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Big"_s, big.url(), big.orgSlug()}, big.token());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasAudit(), 20000);
    m_window->resize(1280, 800);
    menuAction(m_window.get(), u"View"_s, u"Tier coverage"_s)->trigger();
    QTreeView* view = m_window->coverageView()->view();
    QTRY_VERIFY(view->isVisible());

    QList<QModelIndex> projects;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < view->model()->rowCount(parent); ++r) {
            const QModelIndex index = view->model()->index(r, 0, parent);
            const QString name = index.data().toString();
            const QRect rect = view->visualRect(index);
            if (rect.isValid()) {
                const int needed = view->fontMetrics().horizontalAdvance(name);
                if (rect.width() < needed)
                    qWarning() << name << rect.width() << needed;
                QVERIFY2(rect.width() >= needed, qPrintable(name));
            }
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), name);
            if (view->model()->hasChildren(index))
                walk(index);
            else
                projects.append(index);
        }
    };
    walk({});
    QCOMPARE(projects.size(), 60);

    // Typing into the tree's filter narrows the matrix too.
    QLineEdit* filter = m_window->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, u"0004"_s);
    projects.clear();
    walk({});
    QVERIFY(!projects.isEmpty());
    QVERIFY(projects.size() < 60);
    for (const QModelIndex& index : std::as_const(projects))
        QVERIFY2(index.data().toString().contains(u"0004"_s), qPrintable(index.data().toString()));

    // Clicking a cell selects the project and keeps the filter.
    const QModelIndex cell = projects.first().siblingAtColumn(1);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(m_session->selectedProject(), projects.first().data().toString());
    QCOMPARE(filter->text(), u"0004"_s);
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
