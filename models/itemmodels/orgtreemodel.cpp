// SPDX-License-Identifier: MIT
#include "orgtreemodel.h"

#include "ownershipparser.h"
#include "tr.h"

#include <algorithm>

namespace sc {

struct OrgTreeModel::Node {
    Kind kind = ProjectKind;
    int id = 0;
    int parent = -1;       // node id, -1 for the organization
    int row = 0;           // row within the parent
    std::vector<int> children;
    QString slug;
    QString name;
    QString platform;
    QString platformLower;
    QString teamLower;     // team the row sits under (for team: filters)
    QString searchKey;
    int rules = -1;
    int projectCount = 0;  // team / org rows: distinct projects below
    std::array<qint8, TierCount> coverage{};               // project rows
    std::array<std::array<int, 3>, TierCount> counts{};    // team / org rows: ok, drifted, missing
};

OrgTreeModel::OrgTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

OrgTreeModel::~OrgTreeModel() = default;

int OrgTreeModel::countOwnershipRules(const QString& raw)
{
    if (const Result<OwnershipRules> parsed = parseOwnership(raw))
        return int(parsed->rules.size());
    // Text Sentry would reject: count what looks like rules, so the column still says something.
    int count = 0;
    for (QStringView line : QStringView(raw).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            ++count;
    }
    return count;
}

void OrgTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_projectNodes.clear();
    m_teamNodes.clear();
    endResetModel();
}

void OrgTreeModel::setSnapshot(const OrgSnapshot& snapshot)
{
    beginResetModel();
    m_nodes.clear();
    m_projectNodes.clear();
    m_teamNodes.clear();

    auto add = [this](int parent) -> Node& {
        auto node = std::make_unique<Node>();
        node->id = int(m_nodes.size());
        node->parent = parent;
        if (parent >= 0) {
            node->row = int(m_nodes[size_t(parent)]->children.size());
            m_nodes[size_t(parent)]->children.push_back(node->id);
        }
        m_nodes.push_back(std::move(node));
        return *m_nodes.back();
    };

    Node& org = add(-1);
    org.kind = OrganizationKind;
    org.slug = snapshot.organization.slug.isEmpty() ? snapshot.orgSlug : snapshot.organization.slug;
    org.name = snapshot.organization.name.isEmpty() ? org.slug : snapshot.organization.name;
    org.searchKey = (org.name + QLatin1Char(' ') + org.slug).toLower();
    org.projectCount = int(snapshot.projects.size());

    // Teams sorted by slug; projects by slug within each team, so the tree reads like an index.
    QList<const Team*> teams;
    teams.reserve(snapshot.teams.size());
    for (const Team& team : snapshot.teams)
        teams.append(&team);
    std::sort(teams.begin(), teams.end(), [](const Team* a, const Team* b) { return a->slug < b->slug; });

    QHash<QString, QList<const Project*>> byTeam;
    QList<const Project*> unassigned;
    for (const Project& project : snapshot.projects) {
        const QStringList slugs = project.teamSlugs();
        bool placed = false;
        for (const QString& slug : slugs) {
            if (snapshot.teamBySlug(slug)) {
                byTeam[slug].append(&project);
                placed = true;
            }
        }
        if (!placed)
            unassigned.append(&project);
    }

    auto addProjects = [&](Node& parentNode, QList<const Project*> projects) {
        std::sort(projects.begin(), projects.end(), [](const Project* a, const Project* b) { return a->slug < b->slug; });
        parentNode.projectCount = int(projects.size());
        const int parentId = parentNode.id;
        const QString teamLower = parentNode.slug.toLower();
        const QString teamNameLower = parentNode.name.toLower();
        for (const Project* project : projects) {
            Node& node = add(parentId);
            node.kind = ProjectKind;
            node.slug = project->slug;
            node.name = project->name.isEmpty() ? project->slug : project->name;
            node.platform = project->platform;
            node.platformLower = project->platform.toLower();
            node.teamLower = teamLower;
            node.rules = project->ownership ? countOwnershipRules(project->ownership->raw) : -1;
            node.coverage.fill(qint8(UnknownMark));
            node.searchKey = QStringList{project->slug, project->name, project->platform, teamLower, teamNameLower}
                                 .join(QLatin1Char(' '))
                                 .toLower();
            m_projectNodes[project->slug].append(node.id);
        }
    };

    for (const Team* team : std::as_const(teams)) {
        const int teamId = [&] {
            Node& node = add(0);
            node.kind = TeamKind;
            node.slug = team->slug;
            node.name = team->name.isEmpty() ? team->slug : team->name;
            node.searchKey = (node.slug + QLatin1Char(' ') + node.name).toLower();
            node.teamLower = node.slug.toLower();
            m_teamNodes.insert(team->slug, node.id);
            return node.id;
        }();
        addProjects(*m_nodes[size_t(teamId)], byTeam.value(team->slug));
    }
    if (!unassigned.isEmpty()) {
        Node& node = add(0);
        node.kind = UnassignedKind;
        node.name = tr("Unassigned");
        node.searchKey = node.name.toLower() + QStringLiteral(" unassigned");
        const int id = node.id;
        addProjects(*m_nodes[size_t(id)], unassigned);
    }
    rollUp();
    endResetModel();
}

void OrgTreeModel::setAudit(const AuditReport& audit)
{
    if (m_nodes.empty())
        return;
    for (auto& node : m_nodes) {
        if (node->kind == ProjectKind)
            node->coverage.fill(qint8(UnknownMark));
    }
    for (const ProjectAudit& project : audit.projects) {
        const QList<int> ids = m_projectNodes.value(project.slug);
        for (int id : ids) {
            for (int t = 0; t < TierCount; ++t)
                m_nodes[size_t(id)]->coverage[size_t(t)] = qint8(int(project.tiers[size_t(t)].state));
        }
    }
    rollUp();
    // Only the coverage column changed, everywhere.
    std::function<void(const QModelIndex&)> notify = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, CoverageColumn, parent), index(rows - 1, CoverageColumn, parent),
                         {Qt::ToolTipRole, CoverageRole, CoverageCountsRole});
        for (int r = 0; r < rows; ++r) {
            const QModelIndex child = index(r, 0, parent);
            if (nodeOf(child)->kind != ProjectKind)
                notify(child);
        }
    };
    notify({});
}

void OrgTreeModel::rollUp()
{
    for (auto& node : m_nodes) {
        if (node->kind == ProjectKind)
            continue;
        for (auto& c : node->counts)
            c.fill(0);
    }
    if (m_nodes.empty())
        return;
    Node& org = *m_nodes[0];
    QSet<QString> counted; // a project under several teams counts once for the org
    for (auto& node : m_nodes) {
        if (node->kind != ProjectKind)
            continue;
        Node& team = *m_nodes[size_t(node->parent)];
        const bool first = !counted.contains(node->slug);
        counted.insert(node->slug);
        for (int t = 0; t < TierCount; ++t) {
            const int mark = node->coverage[size_t(t)];
            if (mark < 0)
                continue;
            ++team.counts[size_t(t)][size_t(mark)];
            if (first)
                ++org.counts[size_t(t)][size_t(mark)];
        }
    }
    // Rolled-up marks: ok when every project is ok, missing when none has it, drifted otherwise.
    for (auto& node : m_nodes) {
        if (node->kind == ProjectKind)
            continue;
        for (int t = 0; t < TierCount; ++t) {
            const auto& c = node->counts[size_t(t)];
            const int total = c[0] + c[1] + c[2];
            node->coverage[size_t(t)] = qint8(total == 0 ? UnknownMark
                                              : c[0] == total ? OkMark
                                              : c[2] == total ? MissingMark
                                                              : DriftedMark);
        }
    }
}

QModelIndex OrgTreeModel::organizationIndex() const
{
    return m_nodes.empty() ? QModelIndex() : createIndex(0, 0, quintptr(0));
}

QModelIndex OrgTreeModel::teamIndex(const QString& teamSlug) const
{
    const auto it = m_teamNodes.constFind(teamSlug);
    if (it == m_teamNodes.constEnd())
        return {};
    return createIndex(m_nodes[size_t(*it)]->row, 0, quintptr(*it));
}

QModelIndexList OrgTreeModel::projectIndexes(const QString& projectSlug) const
{
    QModelIndexList result;
    for (int id : m_projectNodes.value(projectSlug))
        result.append(createIndex(m_nodes[size_t(id)]->row, 0, quintptr(id)));
    return result;
}

int OrgTreeModel::projectRowCount() const
{
    int count = 0;
    for (const auto& ids : m_projectNodes)
        count += int(ids.size());
    return count;
}

OrgTreeModel::RowInfo OrgTreeModel::rowInfo(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    Q_ASSERT(node);
    return RowInfo{node->kind, &node->searchKey, &node->platformLower, &node->teamLower, &node->coverage};
}

OrgTreeModel::Node* OrgTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return m_nodes[size_t(index.internalId())].get();
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_nodes.empty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const Node* p = nodeOf(parent);
    if (!p || parent.column() != 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, quintptr(p->children[size_t(row)]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node& p = *m_nodes[size_t(node->parent)];
    return createIndex(p.row, 0, quintptr(p.id));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString OrgTreeModel::coverageToolTip(const Node& node) const
{
    QStringList lines;
    for (int t = 0; t < TierCount; ++t) {
        const QString tier = QStringLiteral("P%1").arg(t);
        if (node.kind == ProjectKind) {
            switch (node.coverage[size_t(t)]) {
            case OkMark: lines << tr("%1: present").arg(tier); break;
            case DriftedMark: lines << tr("%1: drifted").arg(tier); break;
            case MissingMark: lines << tr("%1: missing").arg(tier); break;
            default: lines << tr("%1: not audited yet").arg(tier); break;
            }
        } else {
            const auto& c = node.counts[size_t(t)];
            lines << tr("%1: %2 present, %3 drifted, %4 missing").arg(tier).arg(c[0]).arg(c[1]).arg(c[2]);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case KindRole: return node->kind;
    case SlugRole: return node->slug;
    case SearchKeyRole: return node->searchKey;
    case RuleCountRole: return node->rules;
    case ParentTeamRole: return node->kind == ProjectKind ? m_nodes[size_t(node->parent)]->slug : QString();
    case CoverageRole: {
        QVariantList marks;
        for (qint8 mark : node->coverage)
            marks.append(int(mark));
        return marks;
    }
    case CoverageCountsRole: {
        QVariantList tiers;
        for (const auto& c : node->counts)
            tiers.append(QVariant(QVariantList{c[0], c[1], c[2]}));
        return tiers;
    }
    case Qt::ToolTipRole:
        if (index.column() == CoverageColumn)
            return coverageToolTip(*node);
        if (node->kind == ProjectKind && index.column() == NameColumn)
            return node->name;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == CoverageColumn)
            return coverageToolTip(*node);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            switch (node->kind) {
            case OrganizationKind: return node->name;
            case TeamKind:
                return tr("#%1 (%2)").arg(node->slug).arg(node->projectCount);
            case UnassignedKind: return tr("Unassigned (%1)").arg(node->projectCount);
            case ProjectKind: return node->slug;
            }
            return {};
        case PlatformColumn: return node->platform;
        case CoverageColumn: return {};
        case RulesColumn:
            if (node->kind != ProjectKind)
                return {};
            return node->rules < 0 ? QString() : QString::number(node->rules);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RulesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn: return tr("Name");
        case PlatformColumn: return tr("Platform");
        case CoverageColumn: return tr("P0 P1 P2 P3");
        case RulesColumn: return tr("Rules");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case CoverageColumn: return tr("Alert tier coverage: present, drifted or missing");
        case RulesColumn: return tr("Number of ownership rules");
        default: break;
        }
    }
    return {};
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace sc
