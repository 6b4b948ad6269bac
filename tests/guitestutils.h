// SPDX-License-Identifier: MIT
// Helpers the window tests share (they link sc_ui and sc_fake): a clean per-user state, a session as
// the tests want it, and the menu bar's actions found the way a user reads them.
#pragma once

#include "consolesession.h"
#include "journal.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>

#include <memory>

namespace sc::test {

// Every test starts without the cache, drafts, profiles and journal an earlier one left
// (QStandardPaths::setTestModeEnabled(true) keeps them out of the user's own folders).
inline void removeUserState()
{
    for (const auto location : {QStandardPaths::CacheLocation, QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    QFile::remove(Journal::defaultPath());
}

// A session whose client does not retry: a test that makes the fake fail sees the failure at once.
inline std::unique_ptr<ConsoleSession> makeSessionWithoutRetries()
{
    auto session = std::make_unique<ConsoleSession>();
    ClientConfig config;
    config.maxRetries = 0;
    session->setClientDefaults(config);
    return session;
}

// The action under menu `menuTitle` of the window's menu bar whose text is `text` (mnemonics ignored),
// or whose object name is `text` (for an action whose text changes with the selection).
inline QAction* menuAction(const QMainWindow* window, const QString& menuTitle, const QString& text)
{
    const auto plain = [](QString s) { return s.remove(u'&'); };
    for (QAction* top : window->menuBar()->actions()) {
        if (plain(top->text()) != menuTitle || !top->menu())
            continue;
        for (QAction* action : top->menu()->actions())
            if (plain(action->text()) == text || action->objectName() == text)
                return action;
    }
    return nullptr;
}

} // namespace sc::test
