// SPDX-License-Identifier: MIT
#pragma once

#include "journal.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

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
    QPushButton* olderButton() const { return m_older; } // "Show older entries"
    // How many entries one page shows (the newest page first, then one more per "Show older entries").
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }
    QList<JournalEntry> entries() const { return m_entries; }

public slots:
    // Reads what was appended to the journal since the last call and puts those entries on top (no full
    // reset); a journal that was truncated or replaced is shown again from its newest page.
    void reload();
    void showOlder(); // the next page of older entries, at the bottom
    // Writes the undo draft for the selected entries; returns its draft key (empty on failure).
    QString undoSelected();

signals:
    void undoDraftCreated(const QString& draftKey);

private:
    void showCurrent();
    QTreeWidgetItem* makeItem(const JournalEntry& e) const;
    void updateStatus();

    QPointer<ConsoleSession> m_session; // not owned
    JournalReader m_reader{Journal::defaultPath()};
    QList<JournalEntry> m_entries;      // oldest first, as in the file
    qsizetype m_shown = 0;              // the newest m_shown entries have items (newest on top)
    int m_skipped = 0;                  // unreadable lines since the file was last read from 0
    int m_pageSize = 500;
    QTreeWidget* m_tree = nullptr;      // child
    DiffView* m_diff = nullptr;         // child
    QLabel* m_status = nullptr;         // child
    QPushButton* m_undo = nullptr;      // child
    QPushButton* m_older = nullptr;     // child
};

} // namespace sc
