// SPDX-License-Identifier: MIT
#include "coveragemodel.h"

#include "orgtreemodel.h"

#include <algorithm>

namespace sc {

namespace {
// internalId: groups are 0, project rows are group index + 1 (the parent), so parent() is O(1).
constexpr quintptr GroupId = 0;
} // namespace

CoverageModel::CoverageModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

CoverageModel::~CoverageModel() = default;

int CoverageModel::tierOfColumn(int column)
{
    return column >= P0Column && column <= P3Column ? column - P0Column : -1;
}

int CoverageModel::rollUp(const std::array<int, 3>& c)
{
    const int total = c[0] + c[1] + c[2];
    if (total == 0)
        return OrgTreeModel::UnknownMark;
    if (c[0] == total)
        return OrgTreeModel::OkMark;
    if (c[2] == total)
        return OrgTreeModel::MissingMark;
    return OrgTreeModel::DriftedMark;
}

void CoverageModel::setData(const OrgSnapshot& snapshot, const AuditReport& audit)
{
    beginResetModel();
    m_groups.clear();
    m_rows.clear();
    m_audit = audit;
    m_projectCount = int(snapshot.projects.size());
    for (auto& t : m_totals)
        t.fill(0);

    QHash<QString, int> auditBySlug;
    for (qsizetype i = 0; i < m_audit.projects.size(); ++i)
        auditBySlug.insert(m_audit.projects[i].slug, int(i));

    QList<const Team*> teams;
    for (const Team& team : snapshot.teams)
        teams.append(&team);
    std::sort(teams.begin(), teams.end(), [](const Team* a, const Team* b) { return a->slug < b->slug; });
    QHash<QString, int> groupOfTeam;
    for (const Team* team : std::as_const(teams)) {
        groupOfTeam.insert(team->slug, int(m_groups.size()));
        m_groups.append(Group{OrgTreeModel::TeamKind, team->slug, team->name, {}, {}});
    }
    int unassigned = -1;

    QList<const Project*> projects;
    for (const Project& project : snapshot.projects)
        projects.append(&project);
    std::sort(projects.begin(), projects.end(), [](const Project* a, const Project* b) { return a->slug < b->slug; });
    for (const Project* project : std::as_const(projects)) {
        const int rowIndex = int(m_rows.size());
        m_rows.append(Row{project->slug, project->platform, auditBySlug.value(project->slug, -1)});
        bool placed = false;
        for (const QString& slug : project->teamSlugs()) {
            const auto it = groupOfTeam.constFind(slug);
            if (it == groupOfTeam.constEnd())
                continue;
            m_groups[*it].projects.append(rowIndex);
            placed = true;
        }
        if (!placed) {
            if (unassigned < 0) {
                unassigned = int(m_groups.size());
                m_groups.append(Group{OrgTreeModel::UnassignedKind, {}, tr("Unassigned"), {}, {}});
            }
            m_groups[unassigned].projects.append(rowIndex);
        }
        for (int t = 0; t < TierCount; ++t) {
            const int m = mark(m_rows.last(), t);
            if (m >= 0)
                ++m_totals[size_t(t)][size_t(m)];
        }
    }
    for (Group& group : m_groups) {
        for (int rowIndex : std::as_const(group.projects)) {
            for (int t = 0; t < TierCount; ++t) {
                const int m = mark(m_rows[rowIndex], t);
                if (m >= 0)
                    ++group.counts[size_t(t)][size_t(m)];
            }
        }
    }
    endResetModel();
}

int CoverageModel::mark(const Row& row, int tier) const
{
    if (row.audit < 0)
        return OrgTreeModel::UnknownMark;
    return int(m_audit.projects[row.audit].tiers[size_t(tier)].state);
}

const ProjectAudit* CoverageModel::projectAudit(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group& group = m_groups[int(index.internalId() - 1)];
    const Row& row = m_rows[group.projects[index.row()]];
    return row.audit < 0 ? nullptr : &m_audit.projects[row.audit];
}

int CoverageModel::count(int tier, int mark) const
{
    if (tier < 0 || tier >= TierCount || mark < 0 || mark > 2)
        return 0;
    return m_totals[size_t(tier)][size_t(mark)];
}

QModelIndex CoverageModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].projects.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CoverageModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].projects.size());
}

int CoverageModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int tier = tierOfColumn(index.column());
    if (index.internalId() == GroupId) {
        const Group& group = m_groups[index.row()];
        const auto counts = tier >= 0 ? group.counts[size_t(tier)] : std::array<int, 3>{};
        switch (role) {
        case KindRole: return group.kind;
        case SlugRole: return group.slug;
        case StateRole: return tier >= 0 ? rollUp(counts) : QVariant();
        case CountsRole: return tier >= 0 ? QVariant(QVariantList{counts[0], counts[1], counts[2]}) : QVariant();
        case SortRole:
            if (tier >= 0)
                return counts[2] * 10000 + counts[1]; // most missing, then most drifted
            if (index.column() == UnclassifiedColumn) {
                int n = 0;
                for (int r : group.projects)
                    n += m_rows[r].audit < 0 ? 0 : int(m_audit.projects[m_rows[r].audit].unclassified.size());
                return n;
            }
            return group.kind == OrgTreeModel::UnassignedKind ? QStringLiteral("\xff") : group.slug;
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return group.kind == OrgTreeModel::UnassignedKind
                    ? tr("Unassigned (%1)").arg(group.projects.size())
                    : tr("#%1 (%2)").arg(group.slug).arg(group.projects.size());
            if (tier >= 0) {
                const int total = counts[0] + counts[1] + counts[2];
                return total == 0 ? QString() : tr("%1 of %2 present").arg(counts[0]).arg(total);
            }
            return {};
        case Qt::ToolTipRole:
            if (tier >= 0)
                return tr("P%1: %2 present, %3 drifted, %4 missing").arg(tier).arg(counts[0]).arg(counts[1]).arg(counts[2]);
            if (index.column() == NameColumn) // the full name where the view elides it
                return data(index, Qt::DisplayRole);
            return {};
        }
        return {};
    }

    const Group& group = m_groups[int(index.internalId() - 1)];
    const Row& row = m_rows[group.projects[index.row()]];
    const ProjectAudit* audit = row.audit < 0 ? nullptr : &m_audit.projects[row.audit];
    const int state = tier >= 0 ? mark(row, tier) : int(OrgTreeModel::UnknownMark);
    switch (role) {
    case KindRole: return int(OrgTreeModel::ProjectKind);
    case SlugRole: return row.slug;
    case StateRole: return tier >= 0 ? QVariant(state) : QVariant();
    case SortRole:
        if (tier >= 0)
            return state;
        if (index.column() == UnclassifiedColumn)
            return audit ? int(audit->unclassified.size()) : 0;
        if (index.column() == PlatformColumn)
            return row.platform;
        return row.slug;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return row.slug;
        case PlatformColumn: return row.platform;
        case UnclassifiedColumn: return audit && !audit->unclassified.isEmpty() ? QString::number(audit->unclassified.size()) : QString();
        case ColumnCount: return {};
        default:
            switch (state) {
            case OrgTreeModel::OkMark: return tr("present");
            case OrgTreeModel::DriftedMark: return tr("drifted");
            case OrgTreeModel::MissingMark: return tr("missing");
            default: return QString();
            }
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row.slug;
        if (tier >= 0 && audit) {
            const TierCoverage& coverage = audit->tiers[size_t(tier)];
            if (!coverage.missingParts.isEmpty())
                return tr("Missing: %1").arg(coverage.missingParts.join(QStringLiteral(", ")));
            if (!coverage.drift.isEmpty())
                return tr("%n field(s) differ from the policy", nullptr, int(coverage.drift.size()));
        }
        return {};
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int tier = tierOfColumn(section);
    if (role == Qt::DisplayRole) {
        if (tier >= 0) {
            const auto& c = m_totals[size_t(tier)];
            return tr("P%1 (%2/%3)").arg(tier).arg(c[0]).arg(c[0] + c[1] + c[2]);
        }
        switch (Column(section)) {
        case NameColumn: return tr("Team / project");
        case PlatformColumn: return tr("Platform");
        case UnclassifiedColumn: return tr("Unclassified");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && tier >= 0) {
        const auto& c = m_totals[size_t(tier)];
        return tr("P%1 over all projects: %2 present, %3 drifted, %4 missing").arg(tier).arg(c[0]).arg(c[1]).arg(c[2]);
    }
    return {};
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace sc
