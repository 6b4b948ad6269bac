// SPDX-License-Identifier: MIT
#include "architectureauditmodel.h"

#include <QJsonDocument>

namespace sc {

ArchitectureAuditModel::ArchitectureAuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ArchitectureAuditModel::setAudit(ArchitectureAudit audit)
{
    beginResetModel();
    m_audit = std::move(audit);
    endResetModel();
}

// The words a cell shows; checkStateName() stays the JSON contract's spelling.
QString ArchitectureAuditModel::stateLabel(const CheckResult& r)
{
    if (r.severity == CheckSeverity::Off)
        return tr("off");
    switch (r.state) {
    case CheckState::Ok: return tr("ok");
    case CheckState::Drifted: return tr("drifted");
    case CheckState::Missing: return tr("missing");
    case CheckState::NotApplicable: break;
    }
    return tr("n/a");
}

const CheckResult* ArchitectureAuditModel::checkAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_audit.projects.size() || index.column() < FirstCheckColumn)
        return nullptr;
    const ProjectArchitectureAudit& p = m_audit.projects.at(index.row());
    return p.check(architectureCheckIds().value(index.column() - FirstCheckColumn));
}

int ArchitectureAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_audit.projects.size());
}

int ArchitectureAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCheckColumn + int(architectureCheckIds().size());
}

QVariant ArchitectureAuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_audit.projects.size())
        return {};
    const ProjectArchitectureAudit& p = m_audit.projects.at(index.row());
    if (role == SlugRole)
        return p.slug;
    if (index.column() == ProjectColumn)
        return role == Qt::DisplayRole ? QVariant(p.slug) : QVariant();
    if (index.column() == TeamsColumn)
        return role == Qt::DisplayRole ? QVariant(p.teams.isEmpty() ? tr("(no team)") : p.teams.join(QStringLiteral(", "))) : QVariant();
    const CheckResult* r = checkAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return stateLabel(*r);
    case Qt::ToolTipRole: {
        QString tip = r->detail;
        for (const CheckDrift& d : r->drift) {
            const auto text = [](const QJsonValue& v) {
                return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            };
            tip += u'\n' + tr("%1: policy %2, server %3").arg(d.field, text(d.policy), text(d.server));
        }
        return tip;
    }
    case StateRole: return int(r->state);
    case SeverityRole: return int(r->severity);
    case CheckIdRole: return r->id;
    case FailsRole: return r->fails();
    default: return {};
    }
}

QVariant ArchitectureAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CheckIdRole))
        return {};
    if (section == ProjectColumn)
        return role == CheckIdRole ? QVariant() : QVariant(tr("Project"));
    if (section == TeamsColumn)
        return role == CheckIdRole ? QVariant() : QVariant(tr("Teams"));
    const QString id = architectureCheckIds().value(section - FirstCheckColumn);
    if (role != Qt::DisplayRole)
        return id; // the JSON contract's check id
    // Short headings so the whole matrix fits beside the tree (translated each call: the
    // language can differ between a test and the window).
    const QHash<QString, QString> shortNames{{QStringLiteral("topology"), tr("topology")},
                                             {QStringLiteral("ownership"), tr("owners")},
                                             {QStringLiteral("tiers"), tr("tiers")},
                                             {QStringLiteral("health-check-filter"), tr("health")},
                                             {QStringLiteral("pii"), tr("pii")},
                                             {QStringLiteral("quota"), tr("quota")},
                                             {QStringLiteral("spike-protection"), tr("spikes")},
                                             {QStringLiteral("releases"), tr("releases")},
                                             {QStringLiteral("sourcemaps"), tr("maps")},
                                             {QStringLiteral("crons"), tr("crons")}};
    return shortNames.value(id, id);
}

} // namespace sc
