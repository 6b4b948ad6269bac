// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QGroupBox;

namespace sc {

class ConsoleSession;

// The right-hand page for the current selection: a project (slug, platform, teams,
// environments, ownership rules read-only with an Edit button, alerts grouped by tier plus the
// unclassified ones), a team (its projects and members) or the organization (a summary).
// Follows the session's selection, snapshot and audit signals.
class DetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsView(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    QString title() const;          // the heading shown (for tests)
    QString bodyText() const;       // the details as plain text (for tests)
    QString ownershipText() const;
    QPushButton* editButton() const { return m_edit; }

signals:
    void editOwnershipRequested(const QString& projectSlug);
    void linkActivated(const QString& kind, const QString& slug); // "project" | "team"

private:
    void rebuild();
    void showProject(const QString& slug);
    void showTeam(const QString& slug);
    void showOrganization();
    QString alertName(const QString& id) const;

    ConsoleSession* m_session; // not owned
    QLabel* m_title;
    QTextBrowser* m_body;
    QGroupBox* m_ownershipBox;
    QPlainTextEdit* m_ownership;
    QPushButton* m_edit;
    QString m_project;
};

} // namespace sc
