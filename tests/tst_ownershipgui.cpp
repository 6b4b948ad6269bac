// SPDX-License-Identifier: MIT
// The ownership editor driven like a user in the whole window: the tree's context menu opens it,
// keys go into the focused rules editor, Changes › Save draft puts the edit in Pending changes,
// selecting it previews the request, and Changes › Push writes it. What is written is the change
// set's operation as ownershipchange builds it (issue 13: one write path for ownership edits).
#include "consolesession.h"
#include "diffview.h"
#include "fakesentryserver.h"
#include "guitestutils.h"
#include "journal.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "orgfilterproxymodel.h"
#include "orgtreemodel.h"
#include "ownershipcodeedit.h"
#include "ownershipeditor.h"
#include "pendingchangespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sc;

class TestOwnershipGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contextMenuEdit_typedRules_arePreviewedAndPushedAsTheRawBody();
    void fallthroughOnly_isPushedWithoutResendingRulesTheServerWouldReject();

private:
    void openDemo();
    OwnershipCodeEdit* editFromTreeContextMenu(const QString& project);
    QAction* menuAction(const QString& menuTitle, const QString& text) const;
    void saveDraftFromMenu();
    void previewFirstPendingOperation();
    void pushFromMenu();
    ChangeOperation savedOperation() const;
    PendingChangesPanel* panel() const { return m_window->findChild<PendingChangesPanel*>(); }

    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOwnershipGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOwnershipGui::init()
{
    test::removeUserState();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_secrets = std::make_unique<MemorySecretStore>(false);
    m_session = test::makeSessionWithoutRetries();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOwnershipGui::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_secrets.reset();
    m_server.reset();
}

void TestOwnershipGui::openDemo()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Demo"_s, m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
}

QAction* TestOwnershipGui::menuAction(const QString& menuTitle, const QString& text) const
{
    return test::menuAction(m_window.get(), menuTitle, text);
}

OwnershipCodeEdit* TestOwnershipGui::editFromTreeContextMenu(const QString& project)
{
    const QModelIndexList rows = m_window->treeModel()->projectIndexes(project);
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex row = m_window->filterModel()->mapFromSource(rows.first());
    QTreeView* tree = m_window->treeView();
    tree->scrollTo(row);
    const QPoint pos = tree->visualRect(row).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree->viewport(), &event);
    QMenu* menu = nullptr;
    for (QMenu* m : m_window->findChildren<QMenu*>())
        if (m->isVisible())
            menu = m;
    if (!menu)
        return nullptr;
    QAction* edit = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == u"Edit ownership rules…"_s)
            edit = action;
    if (!edit)
        return nullptr;
    menu->close();
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

void TestOwnershipGui::saveDraftFromMenu()
{
    QAction* save = menuAction(u"Changes"_s, u"Save draft"_s);
    QVERIFY(save && save->isEnabled());
    save->trigger();
    QTRY_COMPARE(panel()->pendingCount(), 1);
}

void TestOwnershipGui::previewFirstPendingOperation()
{
    QTreeWidget* tree = panel()->tree();
    QTRY_VERIFY(tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0);
    QTreeWidgetItem* op = tree->topLevelItem(0)->child(0);
    tree->scrollToItem(op);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(op).center());
    QTRY_VERIFY(op->isSelected());
}

void TestOwnershipGui::pushFromMenu()
{
    QAction* push = menuAction(u"Changes"_s, u"Push selected changes"_s);
    QVERIFY(push);
    QTRY_VERIFY(push->isEnabled());
    QSignalSpy finished(panel(), &PendingChangesPanel::pushFinished);
    push->trigger();
    QVERIFY(finished.wait(20000));
}

// The operation the panel shows and pushes: the draft in the session's store.
ChangeOperation TestOwnershipGui::savedOperation() const
{
    const Result<ChangeSet> draft = m_session->drafts().load(u"Demo"_s, u"ownership/payment-api"_s);
    if (!draft || draft->operations.size() != 1)
        return {};
    return draft->operations.first();
}

void TestOwnershipGui::contextMenuEdit_typedRules_arePreviewedAndPushedAsTheRawBody()
{
    openDemo();
    OwnershipCodeEdit* code = editFromTreeContextMenu(u"payment-api"_s);
    QVERIFY(code);
    QTRY_VERIFY(code->hasFocus());
    const QString before = code->toPlainText();
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"url:*/api/v1/refunds/* "_s);
    QTest::keyClicks(code, u"#payments"_s);
    const QString typed = code->toPlainText();
    QCOMPARE(typed, before + u"\nurl:*/api/v1/refunds/* #payments"_s);
    saveDraftFromMenu();

    const ChangeOperation op = savedOperation();
    QCOMPARE(op.request.method, u"PUT"_s);
    QCOMPARE(op.request.path, u"/api/0/projects/%1/payment-api/ownership/"_s.arg(m_server->orgSlug()));
    QCOMPARE(op.request.body.toObject(), (QJsonObject{{u"raw"_s, typed}}));

    previewFirstPendingOperation();
    const QString preview = panel()->diffView()->tabText(DiffView::ChangesTab);
    QVERIFY2(preview.contains(u"PUT /api/0/projects/%1/payment-api/ownership/"_s.arg(m_server->orgSlug())), qPrintable(preview));
    QVERIFY2(preview.contains(u"url:*/api/v1/refunds/* #payments"_s), qPrintable(preview));
    QVERIFY(panel()->diffView()->tabText(DiffView::UnifiedTab).contains(u"+url:*/api/v1/refunds/* #payments"_s));

    pushFromMenu();
    QCOMPARE(panel()->outcome(u"ownership/payment-api"_s, u"op-1"_s).status, PushStatus::Verified);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), typed);
}

// Another admin's rule names #frontend, which has since lost access to payment-api: Sentry rejects
// such rules whenever `raw` is sent (resolve_actors). Switching only the fallthrough must still work.
void TestOwnershipGui::fallthroughOnly_isPushedWithoutResendingRulesTheServerWouldReject()
{
    const QJsonObject server = m_server->object(u"ownership"_s, u"payment-api"_s);
    const QString raw = server.value(u"raw"_s).toString() + u"\npath:src/web/** #frontend"_s;
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s,
                                   QJsonObject{{u"raw"_s, raw}, {u"fallthrough"_s, false}}));
    openDemo();
    QVERIFY(editFromTreeContextMenu(u"payment-api"_s));
    QCheckBox* fallthrough = nullptr;
    for (QCheckBox* box : m_window->findChild<OwnershipEditor*>()->findChildren<QCheckBox*>())
        if (box->text().contains(u"fallthrough"_s))
            fallthrough = box;
    QVERIFY(fallthrough && !fallthrough->isChecked());
    QTest::mouseClick(fallthrough, Qt::LeftButton, {}, QPoint(8, fallthrough->height() / 2));
    QVERIFY(fallthrough->isChecked());
    saveDraftFromMenu();

    QCOMPARE(savedOperation().request.body.toObject(), (QJsonObject{{u"fallthrough"_s, true}}));
    previewFirstPendingOperation();
    QVERIFY(panel()->diffView()->tabText(DiffView::ChangesTab).contains(u"fallthrough"_s));

    pushFromMenu();
    const PushOutcome outcome = panel()->outcome(u"ownership/payment-api"_s, u"op-1"_s);
    QVERIFY2(outcome.status == PushStatus::Verified, qPrintable(outcome.error.message));
    const QJsonObject after = m_server->object(u"ownership"_s, u"payment-api"_s);
    QCOMPARE(after.value(u"fallthrough"_s), QJsonValue(true));
    QCOMPARE(after.value(u"raw"_s).toString(), raw);
}

QTEST_MAIN(TestOwnershipGui)
#include "tst_ownershipgui.moc"
