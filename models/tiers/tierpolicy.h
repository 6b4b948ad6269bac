// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"
#include "tieraudit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sc {

// Where a policy value came from, for line-numbered messages (1-based; 0 = built in / unknown).
struct PolicyLocation {
    int line = 0;
    int column = 0;
};

// One metric part of a threshold tier (P0 errors, P0 crash-free, P2 p95, P2 apdex).
struct TierPartPolicy {
    QString key;          // "errors" | "crash-free" | "p95" | "apdex" | any name the policy gives
    QString label;        // for summaries, e.g. "crash-free rate"
    QString dataset;      // events | metrics | events_analytics_platform (spans) | transactions
    QString aggregate;    // count() | p95(transaction.duration) | …
    QString query;
    QStringList eventTypes;
    QString comparison;   // gt | lt | gte | lte
    double threshold = 0;
    int windowSeconds = 60;
    bool sessionsOnly = false; // only for projects that send sessions (when: sessions)
    QString name;         // detector name template: {project} {team} {threshold}
    PolicyLocation where;
};

// What a tier's action does and where it goes. Empty fields are resolved against the org
// (TierRouter): the team's existing tier alerts, then the org's only integration of that kind.
struct TierActionPolicy {
    QString type;          // pagerduty | slack
    QString integration;   // integration id or name (empty: resolve)
    QString service;       // PagerDuty service id or name (empty: resolve)
    QString channel;       // Slack channel name "#alerts-prod"
    QString channelId;     // Slack channel id "C0…" (empty: resolve from existing alerts)
    QString priority;      // PagerDuty priority
    QString tags;          // Slack tags
    PolicyLocation where;

    bool isEmptyTarget() const { return integration.isEmpty() && service.isEmpty() && channel.isEmpty() && channelId.isEmpty(); }
};

struct TierSpec {
    Tier tier = Tier::P0;
    bool enabled = true;
    QString label;               // "critical" …
    QString environment;         // production | staging | "" (any)
    QStringList triggers;        // issue tiers (P1, P3): first_seen_event, regression_event, …
    QList<TierPartPolicy> parts; // threshold tiers (P0, P2)
    TierActionPolicy action;
    int frequency = 30;          // workflow / issue rule frequency (minutes), only when creating
    QString workflowName;        // template: {team} {channel} {service}
    bool workflowPerTeam = false; // P0: one workflow per team
    PolicyLocation where;

    bool isIssueTier() const { return parts.isEmpty(); }
    const TierPartPolicy* part(const QString& key) const;
};

// Per team / per project routing (who gets the tier's actions).
struct TierRouting {
    QString team;     // project routing: route this project's tiers to this team instead of its first team
    std::array<std::optional<TierActionPolicy>, TierCount> actions;
    PolicyLocation where;
};

// Per team / per project threshold overrides: part key → changed values.
struct TierPartOverride {
    std::optional<double> threshold;
    std::optional<int> windowSeconds;
    std::optional<QString> comparison;
    PolicyLocation where;
};
struct TierOverride {
    std::array<std::optional<bool>, TierCount> enabled;
    std::array<std::optional<QString>, TierCount> environment;
    std::array<QHash<QString, TierPartOverride>, TierCount> parts;
    PolicyLocation where;
};

struct PolicyDiagnostic {
    QString source;
    PolicyLocation where;
    QString message;
    QString toString() const; // "policy.yaml:12:5: unknown tier \"P7\"…"
};

// The alert-tier policy (P0–P3): thresholds, windows, environments, action targets and how
// targets resolve per team, with per-team / per-project overrides. A value: cheap to copy.
// File format: YAML, documented in resources/policy/default-policy.yaml.
class TierPolicy
{
public:
    TierPolicy();

    // The shipped default (resources/policy/default-policy.yaml, compiled in).
    static TierPolicy defaultPolicy();
    static QString defaultPolicyText();

    // Parses and checks the structure; the error message lists every problem as
    // "<source>:<line>:<column>: <message>" on its own line.
    static Result<TierPolicy> fromYaml(const QString& text, const QString& sourceName = QStringLiteral("policy"));
    static Result<TierPolicy> fromFile(const QString& path);
    // All structural problems (empty when the text is a valid policy).
    static QList<PolicyDiagnostic> check(const QString& text, const QString& sourceName);

    QString toYaml() const;          // the source text when parsed from text, else a generated document
    QString sourceName() const { return m_sourceName; }

    // Checks the policy against an org: targets whose integration does not exist (Slack workspace,
    // PagerDuty service), teams whose tier actions cannot be routed.
    QList<PolicyDiagnostic> validateFor(const OrgSnapshot& snapshot) const;

    const TierSpec& spec(Tier tier) const { return m_specs[size_t(tier)]; }
    TierSpec& spec(Tier tier) { return m_specs[size_t(tier)]; }

    // The tier as it applies to one project: team then project overrides applied.
    TierSpec effectiveSpec(Tier tier, const Project& project) const;
    // The team whose routing applies to the project (policy's project routing, else first team).
    QString routingTeam(const Project& project) const;
    // Explicit action from the policy for (project, team, tier): project, then team, then the tier.
    TierActionPolicy explicitAction(Tier tier, const Project& project) const;
    bool projectSendsSessions(const Project& project) const;

    QHash<QString, TierRouting>& teamRouting() { return m_teamRouting; }
    QHash<QString, TierRouting>& projectRouting() { return m_projectRouting; }
    QHash<QString, TierOverride>& teamOverrides() { return m_teamOverrides; }
    QHash<QString, TierOverride>& projectOverrides() { return m_projectOverrides; }
    const QHash<QString, TierRouting>& teamRouting() const { return m_teamRouting; }
    const QHash<QString, TierRouting>& projectRouting() const { return m_projectRouting; }
    const QHash<QString, TierOverride>& teamOverrides() const { return m_teamOverrides; }
    const QHash<QString, TierOverride>& projectOverrides() const { return m_projectOverrides; }
    QHash<QString, QStringList>& sessionPlatforms() { return m_sessionPlatforms; }
    const QHash<QString, QStringList>& sessionPlatforms() const { return m_sessionPlatforms; }

private:
    friend class TierPolicyParser;
    std::array<TierSpec, TierCount> m_specs;
    QHash<QString, TierRouting> m_teamRouting;
    QHash<QString, TierRouting> m_projectRouting;
    QHash<QString, TierOverride> m_teamOverrides;
    QHash<QString, TierOverride> m_projectOverrides;
    QHash<QString, QStringList> m_sessionPlatforms; // mobile / desktop / browser → platform names
    QString m_text;
    QString m_sourceName;
};

// Tier from "P0"…"P3" (case-insensitive).
std::optional<Tier> tierFromName(const QString& name);

} // namespace sc
