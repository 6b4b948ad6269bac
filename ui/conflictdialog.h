// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "pushoutcome.h"

#include <QDialog>

namespace sc {

// Shows a conflict (the server object changed since the change was planned) as base / mine /
// theirs and lets the admin re-base their edit on the server's version, overwrite it, or skip.
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
    ChangeOperation m_op;
    PushOutcome m_outcome;
    Resolution m_resolution = Skip;
};

} // namespace sc
