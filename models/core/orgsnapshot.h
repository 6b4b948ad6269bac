// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

namespace sc {

// Which alerting generation the server speaks.
enum class AlertsApi {
    WorkflowEngine, // detectors + workflows (sentry.io, current self-hosted)
    Legacy,         // issue alert rules + metric alert rules (older self-hosted)
};

// An immutable picture of one organization as the server sent it, plus where and when it was
// taken. The only cache of server state: the GUI shows one, the CLI exports one, derivations
// (tier audit, ownership checks, charts) read one. Cheap to copy (implicitly shared Qt containers).
//
// File format (the offline cache and `export` output):
// { "organization": {...}, "teams": [...], "projects": [{... , "ownership": {...},
//   "issueAlertRules": [...legacy only]}], "members": [...], "integrations": [...],
//   "detectors": [...], "workflows": [...], "metricAlertRules": [...legacy only],
//   "teamMembers": {"<team slug>": [member, ...]},
//   "meta": {"formatVersion": 1, "server": URL, "org": SLUG, "takenAt": ISO, "alertsApi": "workflow"|"legacy",
//            "legacyAlertsNote": "..."} }
class OrgSnapshot
{
public:
    static constexpr int FormatVersion = 1;

    QString server;          // base URL the snapshot was pulled from
    QString orgSlug;
    QDateTime takenAt;       // UTC
    AlertsApi alertsApi = AlertsApi::WorkflowEngine;
    QString legacyAlertsNote; // e.g. why legacy rules are absent (410 brownout, replacement endpoint)

    Organization organization;
    QList<Team> teams;
    QList<Project> projects;
    QList<Member> members;
    QList<Integration> integrations;
    QList<Detector> detectors;
    QList<Workflow> workflows;
    QList<MetricAlertRule> metricAlertRules;
    QHash<QString, QList<Member>> teamMembers; // team slug → members
    QJsonObject extras;      // other cached data (e.g. "stats"), kept verbatim

    // Rebuild the slug/id indices after changing the lists.
    void reindex();

    const Project* projectBySlug(const QString& slug) const;
    const Project* projectById(const QString& id) const;
    const Team* teamBySlug(const QString& slug) const;
    const Team* teamById(const QString& id) const;
    const Detector* detectorById(const QString& id) const;
    const Workflow* workflowById(const QString& id) const;
    const Integration* integrationById(const QString& id) const;
    QList<const Project*> projectsOfTeam(const QString& teamSlug) const;
    QList<const Detector*> detectorsOfProject(const QString& projectId) const;
    QList<const MetricAlertRule*> metricAlertRulesOfProject(const QString& projectSlug) const;

    QJsonObject toJson() const;
    static Result<OrgSnapshot> fromJson(const QJsonObject& json);

    Result<void> save(const QString& path) const;
    static Result<OrgSnapshot> load(const QString& path);

private:
    QHash<QString, qsizetype> m_projectBySlug;
    QHash<QString, qsizetype> m_projectById;
    QHash<QString, qsizetype> m_teamBySlug;
    QHash<QString, qsizetype> m_teamById;
    QHash<QString, qsizetype> m_detectorById;
    QHash<QString, qsizetype> m_workflowById;
    QHash<QString, qsizetype> m_integrationById;
    QHash<QString, QList<qsizetype>> m_detectorsByProject;
};

QString alertsApiName(AlertsApi api);

} // namespace sc
