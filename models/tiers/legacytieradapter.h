// SPDX-License-Identifier: MIT
#pragma once

#include "tierplancontext.h"

namespace sc::tierplan {

// The legacy alert generation: issue alert rules (P1, P3) and metric alert rules (P0, P2), each a
// self-contained object with its conditions and actions inline, one per project.
class LegacyTierAdapter : public TierGenerationAdapter
{
public:
    using TierGenerationAdapter::TierGenerationAdapter;

    void addIssueTier(const TierMatch& tier, const ProjectMatch& match) override;
    void fixIssueField(QJsonObject& rule, const QString& field, const TierMatch& tier) const override;
    void addMetricPart(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match) override;
    void fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                       const ProjectMatch& project) override;
    ChangeRequest request(const PendingOp& pending, QJsonObject& desired) const override;

private:
    QJsonObject issueAction(const AlertAction& target, const TierSpec& spec) const;
    QJsonObject metricRuleAction(const AlertAction& target, const TierSpec& spec) const;
    void setIssueTarget(QJsonObject& rule, const TierMatch& tier) const;
    void fixMetricRuleField(QJsonObject& rule, const QString& field, const TierMatch& tier, const TierPartPolicy& part) const;
};

} // namespace sc::tierplan
