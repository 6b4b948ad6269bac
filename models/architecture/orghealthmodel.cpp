// SPDX-License-Identifier: MIT
#include "orghealthmodel.h"

namespace sc {

using namespace Qt::StringLiterals;

OrgHealthModel::OrgHealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OrgHealthModel::setProblems(QList<HealthProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int OrgHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int OrgHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrgHealthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const HealthProblem& p = m_problems.at(index.row());
    switch (role) {
    case KindRole:
        return p.kind == HealthProblem::Kind::Project ? ProjectKind : p.kind == HealthProblem::Kind::Team ? TeamKind : OrganizationKind;
    case SlugRole: return p.slug;
    case WeightRole: return p.weight;
    case Qt::ToolTipRole:
        return p.details.join(u'\n');
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return p.kind == HealthProblem::Kind::Project ? p.slug
                 : p.kind == HealthProblem::Kind::Team    ? tr("#%1 (team)").arg(p.slug)
                                                          : tr("Organization");
        case TeamsColumn: return p.teams.join(u", "_s);
        case TiersColumn: return p.tierGaps.join(u", "_s);
        case OwnershipColumn: return p.ownership;
        case ArchitectureColumn: {
            QStringList parts;
            if (!p.failingChecks.isEmpty())
                parts << p.failingChecks.join(u", "_s);
            if (!p.warningChecks.isEmpty())
                parts << tr("warning: %1").arg(p.warningChecks.join(u", "_s));
            return parts.join(u"; "_s);
        }
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant OrgHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn: return tr("Project or team");
        case TeamsColumn: return tr("Teams");
        case TiersColumn: return tr("Tier gaps");
        case OwnershipColumn: return tr("Ownership");
        case ArchitectureColumn: return tr("Architecture checks failing");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TiersColumn: return tr("Required P0–P3 tiers that are missing or drift from the policy");
        case OwnershipColumn: return tr("Ownership rules that are missing, lack a catch-all or name owners without access");
        case ArchitectureColumn: return tr("Other reference-architecture checks that fail (warnings after them)");
        default: break;
        }
    }
    return {};
}

} // namespace sc
