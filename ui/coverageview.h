// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;
class QTreeView;

namespace sc {

class ConsoleSession;
class CoverageModel;
class CoverageFilterProxy;

// "Tier coverage": projects × P0..P3 grouped by team, sortable, with counts in the header and a
// summary line. Selecting a cell shows what expresses that tier, which fields drifted from the
// policy, or which parts are missing. Selecting a project row selects it in the session.
class CoverageView : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageView(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    QTreeView* view() const { return m_view; }
    CoverageModel* model() const { return m_model; }
    QString cellDetailsText() const;
    QString summaryText() const;
    // Shows only these projects (and their teams), as the tree's filter does; nullopt: all.
    void setVisibleProjects(const std::optional<QSet<QString>>& slugs);

private:
    void reload();
    void showCell(const QModelIndex& proxyIndex);

    ConsoleSession* m_session; // not owned
    CoverageModel* m_model;
    CoverageFilterProxy* m_proxy;
    QLabel* m_summary;
    QTreeView* m_view;
    QTextBrowser* m_details;
};

} // namespace sc
