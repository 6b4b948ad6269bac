// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipdiagnostics.h"

#include <QPlainTextEdit>
#include <QPointer>

class QCompleter;

namespace sc {

// The rules text box: line numbers in a gutter, diagnostics underlined (wavy red/orange) with the
// message as tooltip, and a highlighted line for the rule the tester matched.
class OwnershipCodeEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit OwnershipCodeEdit(QWidget* parent = nullptr);

    void setDiagnostics(const QList<OwnershipDiagnostic>& diagnostics);
    void setHighlightedLines(const QList<int>& lines); // 1-based editor lines
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    // While `completer`'s popup is open, Return, Enter and Tab accept the highlighted completion
    // and Escape closes it, instead of editing the text.
    void setCompleter(QCompleter* completer);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateSelections();
    QWidget* m_gutter = nullptr; // child widget
    QList<OwnershipDiagnostic> m_diagnostics;
    QList<int> m_highlighted;
    QPointer<QCompleter> m_completer; // not owned
};

} // namespace sc
