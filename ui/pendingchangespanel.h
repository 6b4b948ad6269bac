// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "pushoutcome.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sc {

class ConsoleSession;
class DiffView;
class PushEngine;
class UnreadableDraftsWidget;

// A view of the session's draft store for the current profile: every pending operation grouped by
// project with create / update / delete counts, checkboxes to push a subset, the diff of the selected
// operation, and Push, which runs one PushEngine per draft with the session's client. Operations
// that end applied and verified leave their draft; every other one stays. Conflicts open a
// ConflictDialog (re-base, overwrite, skip) after the push; the session refreshes afterwards.
class PendingChangesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { OperationColumn, StatusColumn, ColumnCount };
    enum Role { DraftKeyRole = Qt::UserRole + 1, OperationIdRole };

    explicit PendingChangesPanel(ConsoleSession* session, QWidget* parent = nullptr);
    ~PendingChangesPanel() override;

    QTreeWidget* tree() const { return m_tree; }
    DiffView* diffView() const { return m_diff; }
    QPushButton* pushButton() const { return m_push; }
    UnreadableDraftsWidget* unreadableDrafts() const { return m_unreadable; }
    QString statusText() const;
    bool isPushing() const;
    int pendingCount() const;
    // The last push's outcome of an operation in a draft (Pending when it was not pushed).
    PushOutcome outcome(const QString& draftKey, const QString& opId) const;

public slots:
    void reload();
    // One draft changed (its key) or, with an empty key, any: re-reads only what it must.
    void draftsChanged(const QString& key);
    void push();
    void cancelPush();
    void selectOperation(const QString& draftKey, const QString& opId);
    void discardSelected(); // asks first; Delete in the list and the context menu do the same
    void undoDiscard();     // brings back the last discarded changes

signals:
    void pushStarted();
    void pushFinished();
    void conflictResolved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildTree(); // the tree from m_drafts, keeping selection and check states
    struct Discarded {
        QString profile;
        QString key;
        ChangeSet set;                     // the draft before the discard
        QList<ChangeOperation> operations; // what was discarded
    };
    struct Draft {
        QString key;
        ChangeSet changes;
    };
    void startNext();
    void engineFinished();
    void showNextConflict();
    void setPushStatus(const QString& line);
    void showCurrent();
    void profileAboutToChange();
    void discard(const QList<QPair<QString, QString>>& ops);
    QList<QPair<QString, QString>> selectedOperations() const; // (draft key, op id)
    // Errors Sentry would reject the operation for (ownership rules checked against the snapshot).
    QStringList problemsOf(const ChangeOperation& op) const;
    const ChangeOperation* findOperation(const QString& draftKey, const QString& opId) const;
    // Outcomes and check states follow the operation (profile, target, content), not its draft
    // key and "op-N", so a new or edited draft never shows an old push's result.
    static QString identity(const QString& profile, const ChangeOperation& op);
    QTreeWidgetItem* itemFor(const QString& key, const QString& opId) const;
    static QString outcomeKey(const QString& key, const QString& opId) { return key + u'\n' + opId; }

    QPointer<ConsoleSession> m_session; // not owned
    QList<Draft> m_drafts;         // the profile's drafts as last read (m_draftsProfile)
    QString m_draftsProfile;
    QStringList m_unreadableKeys;  // drafts the last full read could not load (kept on disk)
    QTreeWidget* m_tree = nullptr;      // child
    DiffView* m_diff = nullptr;         // child
    QLabel* m_summary = nullptr;        // child
    UnreadableDraftsWidget* m_unreadable = nullptr; // child
    QLabel* m_status = nullptr;         // child
    QPushButton* m_push = nullptr;      // child
    QPushButton* m_cancel = nullptr;    // child
    QPushButton* m_discard = nullptr;   // child
    QPushButton* m_undoDiscard = nullptr; // child
    QList<Discarded> m_discarded;       // newest last, for Undo discard
    bool m_pushAnyway = false;          // the admin confirmed pushing operations with errors
    QCheckBox* m_continueOnError = nullptr; // child
    QList<Draft> m_queue;               // drafts still to push (selected operations only)
    QPointer<PushEngine> m_engine;      // child while running
    QString m_engineKey;
    QString m_engineProfile;             // the profile the running engine pushes for
    QString m_pushedProfile;             // the profile of the last push (m_pushedOps)
    QStringList m_pushErrors;            // errors of the running / last push, kept visible under its status
    QHash<QString, PushOutcome> m_outcomes; // identity() → last outcome
    QSet<QString> m_unchecked;           // identity() of operations the admin unchecked
    bool m_reloading = false;
    QHash<QString, ChangeOperation> m_pushedOps; // outcomeKey → the op as pushed (for verified ones gone from drafts)
    QList<QPair<QString, QString>> m_conflicts;  // (draft key, op id) waiting for a decision
};

} // namespace sc
