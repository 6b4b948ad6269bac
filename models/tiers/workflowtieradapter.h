// SPDX-License-Identifier: MIT
#pragma once

#include "tierplancontext.h"

#include <optional>

namespace sc::tierplan {

// The workflow engine's generation: a threshold part is a metric detector per project, connected to
// a workflow that carries the tier's action (one per tier, or per tier and team); an issue tier is a
// workflow that the projects' issue-stream (or error) detectors connect to.
class WorkflowTierAdapter : public TierGenerationAdapter
{
public:
    using TierGenerationAdapter::TierGenerationAdapter;

    void addIssueTier(const TierMatch& tier, const ProjectMatch& match) override;
    void fixIssueField(QJsonObject& workflow, const QString& field, const TierMatch& tier) const override;
    void addMetricPart(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match) override;
    void fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                       const ProjectMatch& project) override;
    ChangeRequest request(const PendingOp& pending, QJsonObject& desired) const override;

private:
    QJsonObject workflowAction(const AlertAction& target, const TierSpec& spec) const;
    void setWorkflowTarget(QJsonObject& workflow, const TierMatch& tier) const;

    std::optional<QString> existingIssueWorkflow(const TierMatch& tier) const;
    QString routeWorkflow(const TierMatch& tier, const ProjectMatch& match);
    qsizetype createWorkflow(const TierMatch& tier, const QString& team, const QStringList& triggers, const QString& project);
    qsizetype createDetector(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match, const QString& route);
    void replaceTransactionDetector(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                                    const ProjectMatch& project);
    void fixRouteWorkflow(const TierMatch& tier, const TierDrift& drift, const AlertDescription& detector,
                          const ProjectMatch& project, const QString& title, bool replaced = false);

    QHash<QString, qsizetype> m_createdWorkflow; // tier/team/target → index of the create
};

} // namespace sc::tierplan
