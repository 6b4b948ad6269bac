// SPDX-License-Identifier: MIT
#include "consolesession.h"
#include "detailsview.h"
#include "fakesentryserver.h"
#include "journal.h"
#include "mainwindow.h"
#include "ownershipcodeedit.h"
#include "ownershipeditor.h"
#include "pendingchangespanel.h"
#include "testchangesets.h"
#include "unreadabledraftswidget.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// Nothing the admin typed is lost or recorded wrongly: an unreadable draft is set aside and shown,
// and a push whose journal cannot be written says so.
class TestIntegrityGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void truncatedDraft_isKeptAsideWhenTheEditorSaves_andCanBeDeleted();
    void push_withAnUnwritableJournal_saysSoNamingTheFile();

private:
    void openDemo();
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestIntegrityGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIntegrityGui::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_session = std::make_unique<ConsoleSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIntegrityGui::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestIntegrityGui::openDemo()
{
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Demo"_s, m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
}

void TestIntegrityGui::truncatedDraft_isKeptAsideWhenTheEditorSaves_andCanBeDeleted()
{
    openDemo();
    const QString key = u"ownership/payment-api"_s;
    const QString profile = m_session->profileName();
    QVERIFY(m_session->drafts().save(profile, key, test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"rules"_s)));
    const QString path = m_session->drafts().pathFor(profile, key);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray original = file.read(100);
    QVERIFY(file.resize(100)); // truncated mid-object
    file.close();

    m_window->selectProject(u"payment-api"_s);
    QTest::mouseClick(m_window->detailsView()->editButton(), Qt::LeftButton);
    auto* editor = m_window->findChild<OwnershipEditor*>();
    QVERIFY(editor && editor->isVisible());
    auto* edit = editor->findChild<OwnershipCodeEdit*>();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_X);
    QTRY_VERIFY(m_session->drafts().load(profile, key).has_value()); // the editor saved a fresh draft

    const QList<UnreadableDraft> aside = m_session->drafts().unreadable(profile);
    QCOMPARE(aside.size(), 1);
    QFile kept(aside.first().path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);

    auto* panel = m_window->findChild<PendingChangesPanel*>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->unreadableDrafts()->isVisibleTo(panel));
    QCOMPARE(panel->unreadableDrafts()->list()->count(), 1);
    QVERIFY(panel->unreadableDrafts()->list()->itemText(0).contains(key));

    QTest::mouseClick(panel->unreadableDrafts()->showErrorButton(), Qt::LeftButton);
    auto* error = panel->findChild<QMessageBox*>(u"unreadableDraftError"_s);
    QVERIFY(error);
    QVERIFY2(error->detailedText().contains(u"not valid JSON"_s), qPrintable(error->detailedText()));
    error->close();

    QTest::mouseClick(panel->unreadableDrafts()->deleteButton(), Qt::LeftButton);
    auto* confirm = panel->findChild<QMessageBox*>(u"confirmDeleteUnreadableDraft"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!QFile::exists(aside.first().path));
    QVERIFY(!panel->unreadableDrafts()->isVisibleTo(panel));
    QVERIFY(m_session->drafts().contains(profile, key)); // the new draft stays
}


void TestIntegrityGui::push_withAnUnwritableJournal_saysSoNamingTheFile()
{
    openDemo();
    // A folder where the journal file should be: appending to it fails.
    QVERIFY(QDir().mkpath(Journal::defaultPath()));
    const QString key = u"ownership/payment-api"_s;
    QVERIFY(m_session->drafts().save(m_session->profileName(), key,
                                     test::paymentApiOwnershipChange(*m_server, u"* #payments"_s, u"rules"_s)));
    m_session->notifyDraftsChanged();
    auto* panel = m_window->findChild<PendingChangesPanel*>();
    QVERIFY(panel);
    QTRY_COMPARE(panel->pendingCount(), 1);
    QSignalSpy finished(panel, &PendingChangesPanel::pushFinished);
    QTest::mouseClick(panel->pushButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(panel->statusText().contains(Journal::defaultPath()) && panel->statusText().contains(u"journal"_s),
             qPrintable(panel->statusText()));
    QDir(Journal::defaultPath()).removeRecursively();
}

QTEST_MAIN(TestIntegrityGui)
#include "tst_integritygui.moc"
