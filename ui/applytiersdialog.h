// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sc {

class ConsoleSession;

// "Apply tiers to selection": plans the creates, updates and connections that bring the given
// projects (empty: the whole org) to the session's tier policy, shows every operation with its
// request, and saves the plan as the "tiers/plan" draft for the pending-changes panel to push.
// Planning is pure and fast (a few ms for 2,000 projects), so it runs on open.
class ApplyTiersDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyTiersDialog(ConsoleSession* session, QStringList projectSlugs, QWidget* parent = nullptr); // session: not owned

    const ChangeSet& changes() const { return m_changes; }
    QStringList projects() const { return m_projects; } // as asked for; empty: the whole org
    QString errorText() const { return m_error; }
    QTreeWidget* operationsView() const { return m_tree; }

    static QString draftKey() { return QStringLiteral("tiers/plan"); }

public slots:
    bool saveDraft();  // false (and a message) when there is nothing to save or the store failed

private:
    void plan();
    void showRequest();

    QPointer<ConsoleSession> m_session; // not owned
    QStringList m_projects;
    ChangeSet m_changes;
    QString m_error;
    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sc
