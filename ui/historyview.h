// SPDX-License-Identifier: MIT
#pragma once

#include "journal.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sc {

class ConsoleSession;
class DiffView;

// The journal of pushed operations, newest first, with Undo: it builds the inverse change set of the
// selected operations and saves it as a draft ("undo/<push id>…"), which then goes through the same
// preview, conflict check and verification in the pending-changes panel. Nothing is pushed here.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, OutcomeColumn, OperationColumn, ServerColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryView(ConsoleSession* session, QWidget* parent = nullptr);

    void setJournalPath(const QString& path); // default: Journal::defaultPath()
    QTreeWidget* tree() const { return m_tree; }
    QPushButton* undoButton() const { return m_undo; }
    QList<JournalEntry> entries() const { return m_entries; }

public slots:
    void reload();
    // Writes the undo draft for the selected entries; returns its draft key (empty on failure).
    QString undoSelected();

signals:
    void undoDraftCreated(const QString& draftKey);

private:
    void showCurrent();

    QPointer<ConsoleSession> m_session; // not owned
    Journal m_journal;
    QList<JournalEntry> m_entries;      // oldest first, as in the file
    QTreeWidget* m_tree = nullptr;      // child
    DiffView* m_diff = nullptr;         // child
    QLabel* m_status = nullptr;         // child
    QPushButton* m_undo = nullptr;      // child
};

} // namespace sc
