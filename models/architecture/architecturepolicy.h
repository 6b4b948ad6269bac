// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "tierpolicy.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// The check ids of the JSON contract (issue 14), in matrix order.
const QStringList& architectureCheckIds();

enum class CheckSeverity { Error, Warning, Off };
QString checkSeverityName(CheckSeverity severity);

// The reference architecture's values for one project (defaults, then team, then project overrides).
struct ArchitectureRules {
    QHash<QString, CheckSeverity> severity;  // check id → severity
    QStringList sharedProjects;              // topology Pattern B: shared by several services
    bool oneTeamOnly = true;                 // topology pattern A: more than one team is drift (unless shared)
    QStringList sensitiveFields{QStringLiteral("authorization"), QStringLiteral("cookie"), QStringLiteral("x-api-key")};
    bool dataScrubber = true;
    bool dataScrubberDefaults = true;
    bool scrubIPAddresses = true;
    int rateLimitWindow = 60;                // seconds
    int rateLimitCount = 1000;               // events per window
    int releaseDays = 30;
    QStringList sourceMapPlatforms{QStringLiteral("javascript"), QStringLiteral("node"), QStringLiteral("react-native")};
    QStringList workerPatterns{QStringLiteral("*-worker"), QStringLiteral("*-cron"), QStringLiteral("*-celery")};
    QString monitorSchedule = QStringLiteral("*/10 * * * *"); // empty: the plan creates no monitor
    int monitorCheckinMargin = 5;            // minutes
    int monitorMaxRuntime = 30;              // minutes

    CheckSeverity severityOf(const QString& check) const { return severity.value(check, CheckSeverity::Error); }
    bool isWorker(const QString& slug, const QString& platform) const;
    bool wantsSourceMaps(const QString& platform) const;
};

// Per team / per project changes (only what the override names).
struct ArchitectureOverride {
    QHash<QString, CheckSeverity> severity;
    std::optional<QStringList> sensitiveFields;
    std::optional<int> rateLimitWindow;
    std::optional<int> rateLimitCount;
    std::optional<int> releaseDays;
    std::optional<bool> worker;              // projects only: a scheduled worker (or not) whatever its name
    void applyTo(ArchitectureRules& rules) const;
};

// The reference architecture as a policy: the tier policy file with an `architecture:` section
// (see resources/policy/architecture-policy.yaml for every key). A value: cheap to copy.
class ArchitecturePolicy
{
public:
    ArchitecturePolicy();

    static ArchitecturePolicy defaultPolicy();
    static QString defaultArchitectureText(); // the documented default section (compiled in)

    // Parses tiers and architecture from one YAML document; every problem is listed as
    // "<source>:<line>:<column>: <message>" (one per line), e.g. an unknown check id.
    static Result<ArchitecturePolicy> fromYaml(const QString& text, const QString& sourceName = QStringLiteral("policy"));
    static Result<ArchitecturePolicy> fromFile(const QString& path);

    const TierPolicy& tiers() const { return m_tiers; }
    void setTiers(const TierPolicy& tiers) { m_tiers = tiers; } // e.g. the GUI session's edited tier policy
    const ArchitectureRules& defaults() const { return m_defaults; }
    ArchitectureRules& defaults() { return m_defaults; }
    QHash<QString, ArchitectureOverride>& teamOverrides() { return m_teams; }
    QHash<QString, ArchitectureOverride>& projectOverrides() { return m_projects; }

    // The rules as they apply to a project: team overrides (each of its teams, in order), then its own.
    ArchitectureRules effective(const QString& projectSlug, const QStringList& teamSlugs) const;

private:
    friend class ArchitecturePolicyParser;
    TierPolicy m_tiers;
    ArchitectureRules m_defaults;
    QHash<QString, ArchitectureOverride> m_teams;
    QHash<QString, ArchitectureOverride> m_projects;
};

} // namespace sc
