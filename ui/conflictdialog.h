// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "conflictresolution.h"
#include "pushoutcome.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace sc {

// Shows a conflict (the server object changed since the change was planned) as base / mine /
// theirs and lets the admin re-base their edit on the server's version (a three-way merge; parts both
// sides changed are resolved here first: ownership text with conflict markers in an editable
// field, other fields by choosing a side), overwrite it, or skip.
// Open it with open() (no nested event loop); resolved() says what was chosen.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Resolution { Rebase, Overwrite, Skip };
    Q_ENUM(Resolution)

    ConflictDialog(const ChangeOperation& op, const PushOutcome& outcome, QWidget* parent = nullptr);

    Resolution resolution() const { return m_resolution; }
    // The operation to keep in the draft for the chosen resolution (the original for Skip).
    ChangeOperation resolvedOperation() const;

signals:
    void resolved(sc::ConflictDialog::Resolution resolution);

private:
    void choose(Resolution resolution);
    void buildMergeSection(QVBoxLayout* layout);
    bool mergeResolved() const;
    void updateRebaseEnabled();
    QJsonValue mergedDesired() const;

    ChangeOperation m_op;
    PushOutcome m_outcome;
    RebasedOperation m_rebase;
    QLabel* m_mergeStatus = nullptr;
    QPlainTextEdit* m_mergedText = nullptr; // ownership only
    QTreeWidget* m_fieldChoices = nullptr;  // only when fields conflict
    QPushButton* m_rebaseButton = nullptr;
    Resolution m_resolution = Skip;
};

} // namespace sc
