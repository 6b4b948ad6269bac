// SPDX-License-Identifier: MIT
#include "conflictdialog.h"
#include "consolesession.h"
#include "diffview.h"
#include "fakesentryserver.h"
#include "historyview.h"
#include "journal.h"
#include "pendingchangespanel.h"
#include "requestshapes.h"
#include "testchangesets.h"
#include "testutils.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {
const QString kProfile = u"gui-test"_s;
const QString kDraftKey = u"ownership/payment-api"_s;

// Makes writing a draft fail for real while it lives. Not root: the draft file is read-only, and
// QSaveFile refuses to replace it. Root writes any file whatever its mode, so then a full disk
// (test::FileSizeLimit); reading the draft still works in both cases.
class DraftWritesFail
{
public:
    explicit DraftWritesFail(QString path)
        : m_path(std::move(path))
    {
        if (geteuid() == 0)
            m_limit.emplace(0);
        else
            QFile::setPermissions(m_path, QFile::ReadOwner);
    }
    ~DraftWritesFail()
    {
        if (!m_limit)
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    DraftWritesFail(const DraftWritesFail&) = delete;
    DraftWritesFail& operator=(const DraftWritesFail&) = delete;

private:
    QString m_path;
    std::optional<test::FileSizeLimit> m_limit;
};
}

class TestPendingChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void autosaveOfOneDraft_rereadsThatDraftOnly();
    void cleanup();
    void ownershipDraft_showsDiff_pushes_verifies_andUndoes();
    void conflict_keepsTheDraftAndOffersRebase();
    void conflict_rebaseKeepsTheirRuleAndMine();
    void conflict_overlappingEditMustBeResolvedBeforeRebase();
    void conflict_resolutionThatCannotBeSaved_saysSo();
    void push_draftThatCannotBeUpdated_errorStaysVisible();
    void discard_draftThatCannotBeSaved_saysSoFromTheContextMenu();
    void push_draftForAnotherOrgOrServer_isRefusedBeforeAnyRequest_data();
    void push_draftForAnotherOrgOrServer_isRefusedBeforeAnyRequest();
    void history_refreshInsertsOnlyNewRows_andPagesOlderEntries();

private:
    ChangeSet ownershipDraft(const QString& raw) const;
    QTreeWidgetItem* onlyOperation(PendingChangesPanel& panel) const;

    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
};

void TestPendingChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPendingChanges::init()
{
    QFile::remove(Journal::defaultPath());
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    m_session = std::make_unique<ConsoleSession>();
    ConnectionProfile profile;
    profile.name = kProfile;
    profile.url = m_server->url();
    profile.orgSlug = m_server->orgSlug();
    m_session->openProfile(profile, m_server->token(), false);
    QVERIFY(m_session->client());
    for (const QString& key : m_session->drafts().keys(kProfile))
        QVERIFY(m_session->drafts().remove(kProfile, key));
}

void TestPendingChanges::cleanup()
{
    m_session.reset();
    m_server.reset();
}

// The ownership editor saves its draft after each pause in typing and names it: the panel re-reads that
// one file, not every draft of the profile. Seen from outside: a second draft damaged on disk meanwhile
// is neither re-read (it would be set aside as unreadable and its rows would go) nor touched; a change
// without a name re-reads everything and finds it.
void TestPendingChanges::autosaveOfOneDraft_rereadsThatDraftOnly()
{
    const QString other = u"tiers/plan"_s;
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(u"* #payments"_s)));
    QVERIFY(m_session->drafts().save(kProfile, other, ownershipDraft(u"* #platform-eng"_s)));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.pendingCount(), 2);
    const qsizetype setAside = m_session->drafts().unreadable(kProfile).size(); // earlier tests leave some

    QFile damaged(m_session->drafts().pathFor(kProfile, other));
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{ not json");
    damaged.close();

    ChangeSet edited = ownershipDraft(u"* #payments\npath:src/ledger/** #payments"_s);
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, edited));
    m_session->notifyDraftsChanged(kDraftKey);
    QCOMPARE(panel.pendingCount(), 2);
    QCOMPARE(m_session->drafts().unreadable(kProfile).size(), setAside);
    QVERIFY(QFile::exists(m_session->drafts().pathFor(kProfile, other)));

    m_session->notifyDraftsChanged();
    QCOMPARE(panel.pendingCount(), 1);
    QCOMPARE(m_session->drafts().unreadable(kProfile).size(), setAside + 1);
}

ChangeSet TestPendingChanges::ownershipDraft(const QString& raw) const
{
    return test::paymentApiOwnershipChange(*m_server, raw, u"ownership (payment-api): catch-all to #payments"_s);
}

QTreeWidgetItem* TestPendingChanges::onlyOperation(PendingChangesPanel& panel) const
{
    QTreeWidget* tree = panel.tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = tree->topLevelItem(i);
        for (int k = 0; k < group->childCount(); ++k)
            if (!group->child(k)->data(0, PendingChangesPanel::OperationIdRole).toString().isEmpty()
                && group->child(k)->checkState(0) == Qt::Checked)
                return group->child(k);
    }
    return nullptr;
}

void TestPendingChanges::ownershipDraft_showsDiff_pushes_verifies_andUndoes()
{
    const QString original = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    QString edited = original;
    edited.replace(u"* #platform-eng"_s, u"* #payments"_s);
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(edited)));
    m_session->notifyDraftsChanged();

    PendingChangesPanel panel(m_session.get());
    panel.resize(1100, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.pendingCount(), 1);
    QTreeWidgetItem* item = onlyOperation(panel);
    QVERIFY(item);
    QVERIFY2(item->parent()->text(0).contains(u"payment-api"_s) && item->parent()->text(0).contains(u"updates: 1"_s),
             qPrintable(item->parent()->text(0)));
    panel.tree()->setCurrentItem(item);
    QVERIFY2(panel.diffView()->tabText(DiffView::ChangesTab).contains(u"rules: + * #payments"_s),
             qPrintable(panel.diffView()->tabText(DiffView::ChangesTab)));
    QVERIFY(panel.diffView()->tabText(DiffView::UnifiedTab).contains(u"-* #platform-eng"_s));
    QVERIFY(panel.diffView()->tabText(DiffView::UnifiedTab).contains(u"+* #payments"_s));
    QVERIFY(panel.diffView()->tabText(DiffView::SideBySideTab).contains(u"#platform-eng"_s));
    if (qEnvironmentVariableIsSet("SC_SCREENSHOT_DIR")) {
        panel.diffView()->showTab(DiffView::SideBySideTab);
        QVERIFY(panel.grab().save(qEnvironmentVariable("SC_SCREENSHOT_DIR") + u"/pendingchanges.png"_s));
        panel.diffView()->showTab(DiffView::ChangesTab);
    }

    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Verified);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), edited);
    QVERIFY(!m_session->drafts().contains(kProfile, kDraftKey)); // verified → the draft is gone
    QCOMPARE(panel.pendingCount(), 0);

    HistoryView history(m_session.get());
    QCOMPARE(history.tree()->topLevelItemCount(), 1);
    QCOMPARE(history.tree()->topLevelItem(0)->text(HistoryView::OutcomeColumn), u"verified"_s);
    history.tree()->topLevelItem(0)->setSelected(true);
    QSignalSpy undoDraft(&history, &HistoryView::undoDraftCreated);
    QTest::mouseClick(history.undoButton(), Qt::LeftButton);
    QCOMPARE(undoDraft.count(), 1);
    const QString undoKey = undoDraft.first().first().toString();
    QVERIFY(m_session->drafts().contains(kProfile, undoKey));
    QTRY_COMPARE(panel.pendingCount(), 1);

    QTreeWidgetItem* undoItem = onlyOperation(panel);
    QVERIFY(undoItem);
    panel.tree()->setCurrentItem(undoItem);
    QVERIFY(panel.diffView()->tabText(DiffView::UnifiedTab).contains(u"+* #platform-eng"_s));
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(undoKey, u"op-1"_s).status, PushStatus::Verified);
    QCOMPARE(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString(), original);
    QVERIFY(!m_session->drafts().contains(kProfile, undoKey));
    history.reload();
    QCOMPARE(history.tree()->topLevelItemCount(), 2);
}

void TestPendingChanges::conflict_keepsTheDraftAndOffersRebase()
{
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(u"* #payments"_s)));
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"fallthrough"_s, true}}));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    panel.push();
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Conflict);
    QVERIFY(m_session->drafts().contains(kProfile, kDraftKey));
    QVERIFY(m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString().contains(u"#platform-eng"_s));
    auto* dialog = panel.findChild<ConflictDialog*>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QSignalSpy resolved(&panel, &PendingChangesPanel::conflictResolved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"rebaseButton"_s), Qt::LeftButton);
    QTRY_COMPARE(resolved.count(), 1);
    const Result<ChangeSet> rebased = m_session->drafts().load(kProfile, kDraftKey);
    QVERIFY(rebased);
    QCOMPARE(rebased->operations.first().base.toObject().value(u"fallthrough"_s), QJsonValue(true));
    panel.push();
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Verified);
    const QJsonObject after = m_server->object(u"ownership"_s, u"payment-api"_s);
    QCOMPARE(after.value(u"raw"_s).toString(), u"* #payments"_s);
    QCOMPARE(after.value(u"fallthrough"_s), QJsonValue(true));
}

void TestPendingChanges::conflict_rebaseKeepsTheirRuleAndMine()
{
    // Issue 12: base → theirs adds the webhooks rule, base → mine adds the ledger rule.
    const QString base = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(base + u"\npath:src/ledger/** #payments"_s)));
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s,
                                   QJsonObject{{u"raw"_s, u"path:src/webhooks/** #platform-eng\n"_s + base}}));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Conflict);
    auto* dialog = panel.findChild<ConflictDialog*>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QSignalSpy resolved(&panel, &PendingChangesPanel::conflictResolved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"rebaseButton"_s), Qt::LeftButton);
    QTRY_COMPARE(resolved.count(), 1);
    QTRY_VERIFY(panel.pushButton()->isEnabled());
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Verified);
    const QString pushed = m_server->object(u"ownership"_s, u"payment-api"_s).value(u"raw"_s).toString();
    QVERIFY2(pushed.contains(u"path:src/webhooks/** #platform-eng"_s), qPrintable(pushed));
    QVERIFY2(pushed.contains(u"path:src/ledger/** #payments"_s), qPrintable(pushed));
}

void TestPendingChanges::conflict_overlappingEditMustBeResolvedBeforeRebase()
{
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(u"* #payments"_s)));
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"raw"_s, u"* #frontend"_s}}));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    auto* dialog = panel.findChild<ConflictDialog*>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* rebase = dialog->findChild<QPushButton*>(u"rebaseButton"_s);
    auto* merged = dialog->findChild<QPlainTextEdit*>(u"mergedText"_s);
    QVERIFY(merged);
    QVERIFY(merged->toPlainText().contains(u"<<<<<<< mine"_s));
    QVERIFY(!rebase->isEnabled()); // re-basing now would push the markers or drop a side
    // The admin resolves the conflict by typing the text they want.
    merged->setFocus();
    QTest::keyClick(merged, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(merged, u"* #payments #frontend"_s);
    QVERIFY(rebase->isEnabled());
    QSignalSpy resolved(&panel, &PendingChangesPanel::conflictResolved);
    QTest::mouseClick(rebase, Qt::LeftButton);
    QTRY_COMPARE(resolved.count(), 1);
    const Result<ChangeSet> draft = m_session->drafts().load(kProfile, kDraftKey);
    QVERIFY(draft);
    QCOMPARE(draft->operations.first().desired.toObject().value(u"raw"_s).toString(), u"* #payments #frontend"_s);
    QCOMPARE(draft->operations.first().base.toObject().value(u"raw"_s).toString(), u"* #frontend"_s);
}

void TestPendingChanges::conflict_resolutionThatCannotBeSaved_saysSo()
{
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(u"* #payments"_s)));
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"fallthrough"_s, true}}));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    auto* dialog = panel.findChild<ConflictDialog*>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QSignalSpy resolved(&panel, &PendingChangesPanel::conflictResolved);
    {
        const DraftWritesFail failing(m_session->drafts().pathFor(kProfile, kDraftKey));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"rebaseButton"_s), Qt::LeftButton);
        QTRY_COMPARE(resolved.count(), 1);
    }
    QVERIFY2(panel.statusText().contains(u"was not saved"_s)
                 && panel.statusText().contains(m_session->drafts().pathFor(kProfile, kDraftKey)),
             qPrintable(panel.statusText()));
    // The draft is as it was: not re-based.
    const Result<ChangeSet> draft = m_session->drafts().load(kProfile, kDraftKey);
    QVERIFY(draft);
    QCOMPARE(draft->operations.first().base.toObject().value(u"fallthrough"_s), QJsonValue(false));
}

void TestPendingChanges::push_draftThatCannotBeUpdated_errorStaysVisible()
{
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, ownershipDraft(u"* #payments"_s)));
    QVERIFY(m_server->mutateObject(u"ownership"_s, u"payment-api"_s, QJsonObject{{u"fallthrough"_s, true}}));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QSignalSpy finished(&panel, &PendingChangesPanel::pushFinished);
    {
        const DraftWritesFail failing(m_session->drafts().pathFor(kProfile, kDraftKey));
        QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
    }
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Conflict);
    const QString status = panel.statusText();
    QVERIFY2(status.contains(u"0 verified, 1 not applied"_s), qPrintable(status));
    QVERIFY2(status.contains(u"the draft was not updated"_s)
                 && status.contains(m_session->drafts().pathFor(kProfile, kDraftKey)),
             qPrintable(status));
}

void TestPendingChanges::discard_draftThatCannotBeSaved_saysSoFromTheContextMenu()
{
    ChangeSet set = ownershipDraft(u"* #payments"_s);
    ChangeOperation second = set.operations.first();
    second.id = u"op-2"_s;
    QJsonObject desired = second.desired.toObject();
    desired[u"raw"_s] = u"* #frontend"_s;
    second.desired = desired;
    second.summary = u"second"_s;
    set.operations.append(second);
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, set));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeWidgetItem* first = panel.tree()->findItems(u"op-1"_s, Qt::MatchStartsWith | Qt::MatchRecursive).value(0);
    QVERIFY(first);
    panel.tree()->scrollToItem(first);
    const QPoint at = panel.tree()->visualItemRect(first).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, panel.tree()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(panel.tree()->viewport(), &event);
    auto* menu = panel.findChild<QMenu*>();
    QVERIFY(menu);
    QAction* discard = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == u"Discard…"_s)
            discard = action;
    QVERIFY(discard);
    discard->trigger();
    auto* box = panel.findChild<QMessageBox*>(u"discardBox"_s);
    QTRY_VERIFY(box && box->isVisible());
    {
        const DraftWritesFail failing(m_session->drafts().pathFor(kProfile, kDraftKey));
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmDiscardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panel.statusText().contains(u"was not discarded"_s));
    }
    QVERIFY2(!panel.statusText().contains(u"Discarded"_s), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(m_session->drafts().pathFor(kProfile, kDraftKey)), qPrintable(panel.statusText()));
    QCOMPARE(m_session->drafts().load(kProfile, kDraftKey)->operations.size(), 2);
    QCOMPARE(panel.pendingCount(), 2);
}

void TestPendingChanges::push_draftForAnotherOrgOrServer_isRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("org");    // empty: the server's own
    QTest::addColumn<QString>("server"); // empty: the fake server's own
    QTest::addColumn<QString>("named");  // what the message must name besides the profile's side
    QTest::newRow("another org") << u"globex"_s << QString() << u"globex"_s;
    QTest::newRow("another server") << QString() << u"https://sentry.globex.example/"_s << u"https://sentry.globex.example/"_s;
}

void TestPendingChanges::push_draftForAnotherOrgOrServer_isRefusedBeforeAnyRequest()
{
    QFETCH(QString, org);
    QFETCH(QString, server);
    QFETCH(QString, named);
    ChangeSet set = ownershipDraft(u"* #payments"_s);
    if (!org.isEmpty())
        set.org = org;
    if (!server.isEmpty())
        set.server = server;
    QVERIFY(m_session->drafts().save(kProfile, kDraftKey, set));
    PendingChangesPanel panel(m_session.get());
    panel.show();
    QCOMPARE(panel.pendingCount(), 1);
    const QStringList before = m_server->requestLog();
    QVERIFY(panel.pushButton()->isEnabled());
    QTest::mouseClick(panel.pushButton(), Qt::LeftButton);
    const QString status = panel.statusText();
    QVERIFY2(status.contains(u"Nothing pushed"_s) && status.contains(named), qPrintable(status));
    const QString ours = org.isEmpty() ? m_server->url().toString() : m_server->orgSlug();
    QVERIFY2(status.contains(ours), qPrintable(status));
    // Refused before the push started: no engine runs, so no request can follow.
    QVERIFY(!panel.isPushing());
    QCOMPARE(m_server->requestLog(), before);
    QCOMPARE(panel.outcome(kDraftKey, u"op-1"_s).status, PushStatus::Pending);
    QVERIFY(m_session->drafts().contains(kProfile, kDraftKey));
}


namespace {
JournalEntry pushedEntry(int n)
{
    JournalEntry e;
    e.pushId = u"p%1"_s.arg(n);
    e.id = e.pushId + u"/op-1"_s;
    e.time = QDateTime::currentDateTimeUtc();
    e.server = u"http://127.0.0.1:1/"_s;
    e.org = u"acme"_s;
    e.operation.id = u"op-1"_s;
    e.operation.kind = OperationKind::Update;
    e.operation.target = {TargetType::Ownership, u"payment-api"_s, QString()};
    e.operation.request = {u"PUT"_s, u"/api/0/x/"_s, QJsonObject{}};
    e.outcome = u"verified"_s;
    e.before = QJsonObject{{u"raw"_s, u"a"_s}};
    e.after = QJsonObject{{u"raw"_s, u"b"_s}};
    return e;
}
} // namespace

// The history view is refreshed on every draftsChanged (autosave while typing): it must add only what
// was appended to the journal, not reset its model, and show old entries a page at a time.
void TestPendingChanges::history_refreshInsertsOnlyNewRows_andPagesOlderEntries()
{
    QTemporaryDir dir;
    const Journal journal(dir.filePath(u"journal.jsonl"_s));
    for (int n = 1; n <= 5; ++n)
        QVERIFY(journal.append(pushedEntry(n)));
    HistoryView history(m_session.get());
    history.setPageSize(3);
    history.setJournalPath(journal.path());
    QCOMPARE(history.tree()->topLevelItemCount(), 3); // the newest page
    QCOMPARE(history.tree()->topLevelItem(0)->data(HistoryView::TimeColumn, HistoryView::EntryIdRole).toString(),
             u"p5/op-1"_s);
    QVERIFY(!history.olderButton()->isHidden());

    QAbstractItemModel* model = history.tree()->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(journal.append(QList<JournalEntry>{pushedEntry(6), pushedEntry(7)}));
    m_session->notifyDraftsChanged(); // what an autosave or a push does
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // on top
    QCOMPARE(inserted.first().at(2).toInt(), 1); // two rows: only the new ones
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(history.tree()->topLevelItem(0)->data(HistoryView::TimeColumn, HistoryView::EntryIdRole).toString(),
             u"p7/op-1"_s);

    m_session->notifyDraftsChanged(); // nothing new: nothing inserted
    QCOMPARE(history.tree()->topLevelItemCount(), 5);

    inserted.clear();
    QTest::mouseClick(history.olderButton(), Qt::LeftButton);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 5); // appended below: the two oldest
    QCOMPARE(inserted.first().at(2).toInt(), 6);
    QCOMPARE(history.tree()->topLevelItem(6)->data(HistoryView::TimeColumn, HistoryView::EntryIdRole).toString(),
             u"p1/op-1"_s);
    QVERIFY(history.olderButton()->isHidden()); // everything shown
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(history.entries().size(), 7);

    // A journal replaced by a shorter one (restored, rotated) is shown afresh, not appended to.
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();
    QVERIFY(journal.append(pushedEntry(8)));
    m_session->notifyDraftsChanged();
    QTRY_COMPARE(history.tree()->topLevelItemCount(), 1);
    QCOMPARE(history.tree()->topLevelItem(0)->data(HistoryView::TimeColumn, HistoryView::EntryIdRole).toString(),
             u"p8/op-1"_s);
    QCOMPARE(history.entries().size(), 1);
}

QTEST_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
