// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "tieraudit.h"

#include <QAbstractItemModel>

namespace sc {

// The tier coverage matrix: projects × P0..P3, grouped by team (Team → Project; a project of
// several teams appears under each; "Unassigned" for none). Project cells hold the tier state,
// team cells and the header hold counts. Sorting through a QSortFilterProxyModel on SortRole
// keeps the grouping (children sort within their team).
class CoverageModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PlatformColumn, P0Column, P1Column, P2Column, P3Column, UnclassifiedColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // OrgTreeModel::Kind values: TeamKind / UnassignedKind / ProjectKind
        SlugRole,                    // team or project slug
        StateRole,                   // tier cells: OrgTreeModel::CoverageMark (team rows: rolled up)
        SortRole,
        CountsRole,                  // tier cells of team rows: QVariantList{ok, drifted, missing}
    };

    explicit CoverageModel(QObject* parent = nullptr);
    ~CoverageModel() override;

    // The audit is matched to the snapshot's projects by slug; an empty audit leaves the states unknown.
    void setData(const OrgSnapshot& snapshot, const AuditReport& audit);

    static int tierOfColumn(int column); // -1 for non-tier columns
    const ProjectAudit* projectAudit(const QModelIndex& index) const; // project rows, else null
    int count(int tier, int mark) const;  // over distinct projects
    int projectCount() const { return m_projectCount; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        int kind;
        QString slug;
        QString name;
        QList<int> projects; // indices into m_rows
        std::array<std::array<int, 3>, TierCount> counts{};
    };
    struct Row {
        QString slug;
        QString platform;
        int audit = -1;      // index into m_audit.projects
    };
    int mark(const Row& row, int tier) const;
    static int rollUp(const std::array<int, 3>& counts);

    QList<Group> m_groups;
    QList<Row> m_rows;
    AuditReport m_audit;
    std::array<std::array<int, 3>, TierCount> m_totals{};
    int m_projectCount = 0;
};

} // namespace sc
