// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <array>
#include <optional>

namespace sc {

class OrgTreeModel;

// Narrows the org tree as the user types. The query is whitespace-separated terms, all of which
// a project row must match:
//   text            substring of the project's slug, name, platform or the team it sits under
//   team:SLUG       the team the row sits under (substring)
//   platform:NAME   the project's platform (substring)
//   missing:P0      tier state (missing | drifted | ok, also "present"); "missing P0" works too,
//                   and "missing:any" matches a project with any tier in that state
// Team and organization rows stay visible while a project below them matches (recursive
// filtering). Matching reads the tree model's precomputed lower-case keys, so a keystroke on
// 2,000 projects costs a few string searches per row.
class OrgFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrgFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override; // must be an OrgTreeModel
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    struct Terms {
        QStringList text;
        QStringList teams;
        QStringList platforms;
        QList<std::pair<int, int>> states; // (tier or -1 for any, CoverageMark)
        bool isEmpty() const { return text.isEmpty() && teams.isEmpty() && platforms.isEmpty() && states.isEmpty(); }
    };
    static Terms parseQuery(const QString& query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    OrgTreeModel* m_tree = nullptr; // not owned
    QString m_query;
    Terms m_terms;
};

} // namespace sc
