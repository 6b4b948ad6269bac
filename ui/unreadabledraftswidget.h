// SPDX-License-Identifier: MIT
#pragma once

#include "draftstore.h"

#include <QFrame>
#include <QPointer>

class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace sc {

class ConsoleSession;

// A strip in the pending-changes panel that lists the drafts the store had to set aside because they
// do not parse (DraftStore::unreadable) and lets the admin see why, open their folder, or delete one
// (after a confirmation). Hidden when there are none.
class UnreadableDraftsWidget : public QFrame
{
    Q_OBJECT
public:
    explicit UnreadableDraftsWidget(ConsoleSession* session, QWidget* parent = nullptr);

    QList<UnreadableDraft> drafts() const { return m_drafts; }
    QComboBox* list() const { return m_list; }
    QPushButton* showErrorButton() const { return m_showError; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QPushButton* deleteButton() const { return m_delete; }

public slots:
    void reload();

private:
    const UnreadableDraft* current() const;
    void showError();
    void openFolder();
    void askDelete();

    QPointer<ConsoleSession> m_session; // not owned
    QList<UnreadableDraft> m_drafts;
    QLabel* m_label = nullptr;          // child
    QComboBox* m_list = nullptr;        // child
    QPushButton* m_showError = nullptr; // child
    QPushButton* m_openFolder = nullptr; // child
    QPushButton* m_delete = nullptr;    // child
};

} // namespace sc
