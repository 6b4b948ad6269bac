// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "tieraudit.h"

#include <QAbstractItemModel>

#include <array>

namespace sc {

// Organization → Team → Project. A project owned by several teams appears under each of them;
// projects without a team sit under "Unassigned". Project rows carry platform, P0–P3 coverage and
// the number of ownership rules; team rows roll the coverage up. Qt Core only: colours and marks
// are drawn by the view's delegate from CoverageRole.
//
// setSnapshot() resets the model; setAudit() only updates coverage (dataChanged), so selection
// and expansion survive the audit that follows every refresh.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PlatformColumn, CoverageColumn, RulesColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        SlugRole,                    // org / team / project slug ("" for Unassigned)
        SearchKeyRole,               // lower-case text the filter matches: name, slug, platform, team
        CoverageRole,                // QVariantList of 4 ints (CoverageMark), P0..P3
        CoverageCountsRole,          // team/org: QVariantList of 4 QVariantList{ok, drifted, missing}
        RuleCountRole,               // int, -1 when ownership was not fetched
        ParentTeamRole,              // project row: slug of the team row it sits under
    };
    enum Kind { OrganizationKind, TeamKind, UnassignedKind, ProjectKind };
    // Coverage of one tier as drawn: the TierState, or Unknown before the audit arrives.
    enum CoverageMark { UnknownMark = -1, OkMark = 0, DriftedMark = 1, MissingMark = 2 };

    explicit OrgTreeModel(QObject* parent = nullptr);
    ~OrgTreeModel() override;

    void setSnapshot(const OrgSnapshot& snapshot);
    void setAudit(const AuditReport& audit);
    void clear();

    QModelIndex organizationIndex() const;
    QModelIndex teamIndex(const QString& teamSlug) const;
    // Every row showing the project (one per owning team).
    QModelIndexList projectIndexes(const QString& projectSlug) const;
    int projectRowCount() const; // project rows, counting a multi-team project once per team

    // Per-row precomputed filter data (the proxy reads it without going through QVariant).
    struct RowInfo {
        Kind kind;
        const QString* searchKey;              // lower case
        const QString* platform;               // lower case
        const QString* team;                   // lower case team slug the row sits under
        const std::array<qint8, TierCount>* coverage;
    };
    RowInfo rowInfo(const QModelIndex& index) const;

    // Rules as Sentry's parser counts them; for text it rejects, every non-blank, non-comment line.
    static int countOwnershipRules(const QString& raw);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    void rollUp();
    QString coverageToolTip(const Node& node) const;

    std::vector<std::unique_ptr<Node>> m_nodes; // m_nodes[0] = organization (when not empty)
    QHash<QString, QList<int>> m_projectNodes;  // project slug → node ids
    QHash<QString, int> m_teamNodes;            // team slug → node id
};

} // namespace sc
