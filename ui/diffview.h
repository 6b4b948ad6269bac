// SPDX-License-Identifier: MIT
#pragma once

#include "changedescription.h"
#include "changeset.h"

#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace sc {

// The diff of one operation: the structured, human lines ("P0 errors (payment-api) › condition gt:
// 50 → 40"); for ownership the rules as a unified diff and side by side with intra-line highlighting;
// and the raw JSON diff (normalized base → desired) one tab away.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ChangesTab, UnifiedTab, SideBySideTab, RawJsonTab };

    explicit DiffView(QWidget* parent = nullptr);

    void setOperation(const ChangeOperation& op, const DiffLabels& labels = {});
    void clear();

    // For tests and screenshots: the plain text of a tab.
    QString tabText(Tab tab) const;
    void showTab(Tab tab);

private:
    QTabWidget* m_tabs = nullptr;       // child
    QTextBrowser* m_changes = nullptr;  // child
    QTextBrowser* m_unified = nullptr;  // child
    QTextBrowser* m_sideBySide = nullptr; // child
    QTextBrowser* m_rawJson = nullptr;  // child
};

// HTML helpers shared with the conflict dialog.
QString unifiedDiffHtml(const QString& before, const QString& after);
QString sideBySideHtml(const QString& before, const QString& after);

} // namespace sc
