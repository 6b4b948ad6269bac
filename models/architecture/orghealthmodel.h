// SPDX-License-Identifier: MIT
#pragma once

#include "orghealth.h"

#include <QAbstractTableModel>

namespace sc {

// "Projects with problems" of the Org health page: one row per HealthProblem, worst first. Rows
// name their object (KindRole + SlugRole) so a view can open it. setProblems() swaps everything in
// one reset. Qt Core only: colours are the view's.
class OrgHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TeamsColumn, TiersColumn, OwnershipColumn, ArchitectureColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, SlugRole, WeightRole };
    enum Kind { ProjectKind, TeamKind, OrganizationKind }; // KindRole values

    explicit OrgHealthModel(QObject* parent = nullptr);
    void setProblems(QList<HealthProblem> problems);
    const QList<HealthProblem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HealthProblem> m_problems;
};

} // namespace sc
