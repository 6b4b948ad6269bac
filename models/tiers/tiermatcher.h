// SPDX-License-Identifier: MIT
#pragma once

#include "alertdescription.h"
#include "orgsnapshot.h"
#include "tieraudit.h"
#include "tierpolicy.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>

#include <array>
#include <optional>

namespace sc {

// How one part of a tier (P0 errors, P0 crash-free, P2 p95, P2 apdex; the single part of P1 / P3)
// is expressed on the server for one project.
struct PartMatch {
    QString key;                                 // part key; "" for issue tiers
    QString label;
    const AlertDescription* alert = nullptr;     // detector / metric rule, or workflow / issue rule; null = missing
    QList<const AlertDescription*> routes;       // detectors: connected workflows carrying the tier's action type
    QList<TierDrift> drift;
};

struct TierMatch {
    Tier tier = Tier::P0;
    bool applies = false;
    TierSpec spec;                               // effective for the project (overrides applied)
    std::optional<AlertAction> target;           // resolved action target
    QString targetError;                         // why it could not be resolved
    QList<PartMatch> parts;
    TierCoverage coverage;
};

struct ProjectMatch {
    const Project* project = nullptr;            // not owned (points into the snapshot)
    QString routingTeam;
    const AlertDescription* errorDetector = nullptr;       // the project's `error` detector
    const AlertDescription* issueStreamDetector = nullptr; // its `issue_stream` detector (where new connections go)
    // The default detector a new issue-tier connection uses: issue_stream, else error (CONTRACT §0b.5).
    const AlertDescription* issueDetector() const { return issueStreamDetector ? issueStreamDetector : errorDetector; }
    std::array<TierMatch, TierCount> tiers;
    QStringList unclassified;
};

// The audit's engine: normalizes every alert object of the snapshot (either generation),
// classifies them by structure, resolves routing targets, and measures projects against the
// policy. Holds references to the snapshot and the policy: both must outlive it.
class TierMatcher
{
public:
    TierMatcher(const OrgSnapshot& snapshot, const TierPolicy& policy);

    const OrgSnapshot& snapshot() const { return m_snapshot; }
    const TierPolicy& policy() const { return m_policy; }

    ProjectMatch matchProject(const Project& project) const;

    // The action target of `tier` for the project: policy routing, then the team's existing tier
    // alerts, then the org's only integration of that kind.
    Result<AlertAction> resolveTarget(Tier tier, const Project& project) const;

    // Checks the policy's targets against the org's integrations and every team's routing.
    QList<PolicyDiagnostic> validate() const;

    const QList<AlertDescription>& alerts() const { return m_alerts; }
    const AlertDescription* detector(const QString& id) const;
    const AlertDescription* workflow(const QString& id) const;
    QList<const AlertDescription*> workflowsOfDetector(const QString& detectorId) const;
    QList<const AlertDescription*> detectorsOfWorkflow(const QString& workflowId) const;

    // Structure-based classification (the name prefix only breaks ties).
    struct MetricClass { Tier tier; QString part; };
    std::optional<MetricClass> classifyMetric(const AlertDescription& alert) const;
    std::optional<Tier> classifyIssue(const AlertDescription& alert) const;

    // The best of `candidates` for the tier / part with its drift (alert null when there is none).
    PartMatch matchIssueTier(const TierMatch& tier, const QList<const AlertDescription*>& candidates) const;
    PartMatch matchMetricPart(const TierMatch& tier, const TierPartPolicy& part,
                              const QList<const AlertDescription*>& candidates) const;
    void checkAction(const TierMatch& tier, const AlertDescription& owner, const QList<AlertAction>& actions,
                     QList<TierDrift>& drift) const;
    const std::optional<MetricClass>& metricClassAt(qsizetype index) const { return m_metricClass.at(index); }
    const std::optional<Tier>& issueClassAt(qsizetype index) const { return m_issueClass.at(index); }

private:
    void index();
    void collectExistingTargets();
    Result<AlertAction> resolveTargetUncached(Tier tier, const Project& project) const;

    const OrgSnapshot& m_snapshot;
    const TierPolicy& m_policy;
    QList<AlertDescription> m_alerts;
    QList<std::optional<MetricClass>> m_metricClass;  // per alert
    QList<std::optional<Tier>> m_issueClass;          // per alert
    QHash<QString, qsizetype> m_detectorIndex;
    QHash<QString, qsizetype> m_workflowIndex;
    QHash<QString, QList<qsizetype>> m_workflowsOfDetector;
    QHash<QString, QList<qsizetype>> m_detectorsOfWorkflow;
    QHash<QString, QList<qsizetype>> m_metricByProjectId;
    QHash<QString, QList<qsizetype>> m_metricByProjectSlug;
    QHash<QString, QList<qsizetype>> m_issueRulesByProjectSlug;
    QHash<QString, qsizetype> m_errorDetectorByProjectId;
    QHash<QString, qsizetype> m_issueStreamByProjectId;
    QList<qsizetype> issueDetectorsOf(const QString& projectId) const; // error, issue_stream (those that exist)
    QHash<QString, std::array<QList<AlertAction>, TierCount>> m_existingTargets; // team → tier → targets seen
    QHash<QString, QString> m_slackChannelIds;   // "#name" → channel id seen in any alert
    QSet<qsizetype> m_tierRouteWorkflows;        // workflows connected to a tier-classified metric detector
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, Result<AlertAction>> m_targetCache; // "P0/team" → resolved target
};

} // namespace sc
