// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// Domain objects are values. Each keeps the object exactly as the server sent it in `raw`
// (unknown fields included) and exposes the fields the console reasons about as members,
// derived from `raw` by fromJson(). Serialising writes `raw` back, so a round trip is lossless.

struct TeamRef {
    QString id;
    QString slug;
    QString name;
};

struct Organization {
    QString id;
    QString slug;
    QString name;
    QString regionUrl;       // links.regionUrl: where org-scoped calls go
    QString organizationUrl; // links.organizationUrl
    QStringList features;
    QStringList access;      // the caller's effective scopes (detail endpoint only)
    QJsonObject raw;

    static Organization fromJson(const QJsonObject& json);
};

struct Member {
    QString id;
    QString email;
    QString name;
    QString userId;  // empty for a pending invite
    QString orgRole;
    bool pending = false;
    QJsonObject raw;

    static Member fromJson(const QJsonObject& json);
};

struct Team {
    QString id;
    QString slug;
    QString name;
    int memberCount = 0;
    QJsonObject raw;

    static Team fromJson(const QJsonObject& json);
};

struct ProjectOwnership {
    QString raw;                // the rules text ("" when the server has null)
    bool rawIsNull = true;
    bool fallthrough = false;
    QString autoAssignment;     // "Auto Assign to Issue Owner" | "Auto Assign to Suspect Commits" | "Turn off Auto-Assignment"
    bool codeownersAutoSync = true;
    QString lastUpdated;        // null → empty
    QJsonObject json;           // as the server sent it

    static ProjectOwnership fromJson(const QJsonObject& json);
};

// Legacy issue alert rule (/projects/{org}/{project}/rules/).
struct IssueAlertRule {
    QString id;
    QString name;
    QString environment;
    QString status;  // active | disabled
    QJsonObject raw;

    static IssueAlertRule fromJson(const QJsonObject& json);
};

// Legacy metric alert rule (/organizations/{org}/alert-rules/).
struct MetricAlertRule {
    QString id;
    QString name;
    QStringList projects; // slugs
    QString aggregate;
    QString dataset;
    QString environment;
    int timeWindowMinutes = 0;
    QJsonObject raw;

    static MetricAlertRule fromJson(const QJsonObject& json);
};

struct Project {
    QString id;
    QString slug;
    QString name;
    QString platform;
    QList<TeamRef> teams;      // Sentry's order: the first is the routing owner
    QStringList environments;
    bool hasSessions = false;
    QJsonObject raw;           // the project as the server sent it (without snapshot extras)

    std::optional<ProjectOwnership> ownership;  // GET …/ownership/
    QList<IssueAlertRule> issueAlertRules;      // legacy servers only

    static Project fromJson(const QJsonObject& json);
    QStringList teamSlugs() const;
};

struct Integration {
    QString id;
    QString name;
    QString providerKey;  // slack | pagerduty | …
    QString domainName;
    QString status;
    struct PagerDutyService { QString id; QString service; };
    QList<PagerDutyService> pagerDutyServices;  // configData.service_table (ids as strings)
    QJsonObject raw;

    static Integration fromJson(const QJsonObject& json);
};

// Workflow-engine detector ("Monitor").
struct Detector {
    QString id;
    QString projectId;
    QString name;
    QString type;  // error | metric_issue | …
    QStringList workflowIds;
    bool enabled = true;
    QString dateUpdated;
    QJsonObject raw;

    static Detector fromJson(const QJsonObject& json);
};

// Workflow-engine workflow ("Alert").
struct Workflow {
    QString id;
    QString name;
    QString environment;
    QStringList detectorIds;
    bool enabled = true;
    QString dateUpdated;
    QJsonObject raw;

    static Workflow fromJson(const QJsonObject& json);
};

QStringList jsonStringList(const QJsonValue& value);

} // namespace sc
