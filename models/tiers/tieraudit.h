// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace sc {

class TierPolicy;

enum class Tier { P0 = 0, P1 = 1, P2 = 2, P3 = 3 };
constexpr int TierCount = 4;
QString tierName(Tier tier); // "P0"…

enum class TierState {
    Ok,
    Drifted,  // present but differs from the policy (or partly present, or disabled)
    Missing,
};
QString tierStateName(TierState state); // "ok" | "drifted" | "missing"

struct TierDrift {
    QString object;  // detector / workflow / rule id ("" for a missing part)
    QString field;   // e.g. "condition.gt", "environment", "actions", "part:crash-free"
    QJsonValue policy;
    QJsonValue server;
};

struct TierCoverage {
    TierState state = TierState::Missing;
    QStringList objects;        // ids of the detectors / workflows / rules that express the tier
    QList<TierDrift> drift;
    QStringList missingParts;   // e.g. "crash-free rate" when only the error-rate part exists
    bool required = true;       // false when the policy switches the tier off for the project
};

struct ProjectAudit {
    QString slug;
    QString projectId;
    QStringList teams;          // slugs, Sentry's order
    std::array<TierCoverage, TierCount> tiers;
    QStringList unclassified;   // alert object ids that express no tier

    const TierCoverage& tier(Tier t) const { return tiers[size_t(t)]; }
};

struct AuditReport {
    QList<ProjectAudit> projects;  // snapshot order

    const ProjectAudit* project(const QString& slug) const;
    bool allOk() const;
    int count(Tier tier, TierState state) const;

    // {"projects": [{"slug", "teams", "tiers": {"P0": {"state", "objects", "drift": [...]}, ...},
    //   "unclassified": [...]}]} — the `tiers audit --format json` contract.
    QJsonObject toJson() const;
};

// Pure: classifies every alert object of the snapshot (either alert generation) and compares each
// project with the policy. Thread-safe on values (may run in QtConcurrent).
AuditReport auditTiers(const OrgSnapshot& snapshot, const TierPolicy& policy);

} // namespace sc
