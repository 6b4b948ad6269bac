// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace sc {

class SecretStore;
class SentryClient;

// Connection profiles: name, server URL, org slug, and the token (kept in the SecretStore, never
// in settings). "Test connection" asks the server for the token's scopes and lists, per
// feature, what is missing. "Open" emits profileChosen() with the token (from the store, else
// SENTRY_AUTH_TOKEN).
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(SecretStore* secrets, QWidget* parent = nullptr); // secrets: not owned

    QString testResultText() const;
    // A profile open in this session that is not stored (the --demo server, SENTRY_ORG from the
    // environment): listed as "NAME (this session)" and opened with `token`, kept in memory only.
    void addSessionProfile(const sc::ConnectionProfile& profile, const QString& token);

signals:
    void profileChosen(const sc::ConnectionProfile& profile, const QString& token);

private:
    ConnectionProfile editedProfile() const;
    void loadList();
    void showProfile(const QString& name);
    void save();
    void removeCurrent();
    void testConnection();
    void openCurrent();
    void withToken(std::function<void(const QString& token, const QString& problem)> use);
    void updateTokenHint(const QString& profileName);
    std::optional<std::pair<ConnectionProfile, QString>> sessionProfile(const QString& listText) const;

    SecretStore* m_secrets; // not owned
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_org;
    QLineEdit* m_token;
    QLabel* m_tokenNote;
    QTextBrowser* m_result;
    QPushButton* m_test;
    SentryClient* m_testClient = nullptr; // owned (child), one per test
    QList<std::pair<ConnectionProfile, QString>> m_sessionProfiles; // with their tokens
};

} // namespace sc
