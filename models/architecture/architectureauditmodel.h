// SPDX-License-Identifier: MIT
#pragma once

#include "architectureaudit.h"

#include <QAbstractTableModel>

namespace sc {

// The architecture matrix for a view: one row per project, the project and its teams, then one
// column per check (architectureCheckIds() order). setAudit() swaps everything in one reset.
class ArchitectureAuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProjectColumn, TeamsColumn, FirstCheckColumn };
    enum Role { SlugRole = Qt::UserRole + 1, StateRole, SeverityRole, CheckIdRole, FailsRole };

    explicit ArchitectureAuditModel(QObject* parent = nullptr);
    void setAudit(ArchitectureAudit audit);
    const ArchitectureAudit& audit() const { return m_audit; }
    const CheckResult* checkAt(const QModelIndex& index) const; // nullptr outside the check columns

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString stateLabel(const CheckResult& r);
    ArchitectureAudit m_audit;
};

} // namespace sc
