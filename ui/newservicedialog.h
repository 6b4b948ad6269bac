// SPDX-License-Identifier: MIT
#pragma once

#include "architecturepolicy.h"
#include "changeset.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sc {

class ConsoleSession;

// "New service": team, name, platform and optional ownership rules; shows the one change set that
// onboards the service (project, tiers, ownership, health-check filter, scrubbing, key quota) as it
// is typed, and the start-up snippet with a Copy button. "Save as Draft" hands the set to the
// pending-changes panel (diff preview, push, verify); once the refreshed snapshot holds the project,
// the snippet shows its real DSN.
class NewServiceDialog : public QDialog
{
    Q_OBJECT
public:
    NewServiceDialog(ConsoleSession* session, ArchitecturePolicy policy, QWidget* parent = nullptr); // session: not owned

    QComboBox* teamBox() const { return m_team; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* platformBox() const { return m_platform; }
    QTreeWidget* operationsView() const { return m_ops; }
    QPlainTextEdit* snippetView() const { return m_snippet; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    const ChangeSet& changes() const { return m_changes; }
    QString draftKey() const;

public slots:
    bool saveDraft();

private:
    void replan();
    void updateSnippet();

    QPointer<ConsoleSession> m_session; // not owned
    ArchitecturePolicy m_policy;
    ChangeSet m_changes;
    QString m_slug;
    QComboBox* m_team;
    QLineEdit* m_name;
    QComboBox* m_platform;
    QPlainTextEdit* m_ownership;
    QTreeWidget* m_ops;
    QPlainTextEdit* m_snippet;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace sc
