// SPDX-License-Identifier: MIT
#include "consolesession.h"
#include "fakesentryserver.h"
#include "guitestutils.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "profiledialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// Hostile input in the window: a token with whitespace typed into the profile dialog is refused
// before anything is sent; a name from the server is shown as text, not as rich text.
class TestSecurityGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileDialog_refusesATokenWithWhitespace();
    void serverNames_areShownAsPlainText();

private:
    QAction* menuAction(const QString& text) const;
    std::unique_ptr<FakeSentryServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestSecurityGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecurityGui::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen(0) != 0);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = test::makeSessionWithoutRetries();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecurityGui::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_secrets.reset();
    m_server.reset();
}

QAction* TestSecurityGui::menuAction(const QString& text) const
{
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

void TestSecurityGui::profileDialog_refusesATokenWithWhitespace()
{
    QAction* profiles = menuAction(u"Connection &profiles…"_s);
    QVERIFY(profiles);
    profiles->trigger();
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfileDialog*>()) && dialog->isVisible());

    QLineEdit* name = nullptr;
    QLineEdit* url = nullptr;
    QLineEdit* org = nullptr;
    QLineEdit* token = nullptr;
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            token = edit;
        else if (edit->placeholderText().startsWith(u"https://"_s))
            url = edit;
        else if (edit->placeholderText().isEmpty() && !name)
            name = edit;
        else if (!edit->placeholderText().isEmpty())
            org = edit;
    }
    QVERIFY(name && url && org && token);
    QTest::keyClicks(name, u"Work"_s);
    QTest::keyClicks(url, m_server->url().toString());
    QTest::keyClicks(org, m_server->orgSlug());
    // A token pasted with a stray "X-Injected: yes" after a space.
    QTest::keyClicks(token, m_server->token() + u" X-Injected: yes"_s);

    QPushButton* test = nullptr;
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text() == u"&Test connection"_s)
            test = button;
    }
    QVERIFY(test);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(dialog->testResultText().contains(u"whitespace"_s));
    QVERIFY(!dialog->testResultText().contains(m_server->token()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSecurityGui::serverNames_areShownAsPlainText()
{
    const QString hostile = u"<img src=\"file:///etc/passwd\"><b>Payments</b>"_s;
    QVERIFY(m_server->mutateObject(u"project"_s, u"payment-api"_s, QJsonObject{{u"name"_s, hostile}}));
    QSignalSpy finished(m_session.get(), &ConsoleSession::refreshFinished);
    m_session->openProfile({u"Demo"_s, m_server->url(), m_server->orgSlug()}, m_server->token());
    QVERIFY(finished.wait(20000));
    QVERIFY(m_window->showView(u"project:payment-api"_s));
    QLabel* title = nullptr;
    QTRY_VERIFY([&] {
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->text().contains(hostile))
                title = label;
        }
        return title != nullptr;
    }());
    QCOMPARE(title->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestSecurityGui)
#include "tst_securitygui.moc"
