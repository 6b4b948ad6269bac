// SPDX-License-Identifier: MIT
#pragma once

#include "fakearchitecture.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// The fake server's in-memory org: every object in the shape the API returns (read shape), minus
// the parts the server derives on each read (team.projects, detector.workflowIds,
// workflow.detectorIds, ownership.schema), so writes never leave two copies to keep in step.
struct FakeOrgData {
    QString seed;
    QJsonObject organization;          // detail shape without teams / projects / links
    QList<QJsonObject> teams;          // team objects without `projects`
    QList<QJsonObject> projects;       // project summaries (organization-projects shape)
    QHash<QString, int> projectIndex;  // slug → index in projects
    QJsonObject projectDetailExtras;   // detail-only keys (project-details shape), per-project parts patched on read
    QList<QJsonObject> members;
    QHash<QString, int> memberIndex;         // member id → index in members
    QHash<QString, QStringList> teamMembers; // team slug → member ids
    QList<QJsonObject> integrations;
    // Slack integration id → its workspace's channels (channel id → name without "#"): what Slack's
    // conversations.info / conversations.list answer Sentry when it validates a Slack action.
    QHash<QString, QMap<QString, QString>> slackChannels;
    QHash<QString, QJsonObject> ownership; // project slug → stored ownership without `schema`
    QMap<qint64, QJsonObject> detectors;   // id → read shape without workflowIds
    QMap<qint64, QJsonObject> workflows;   // id → read shape without detectorIds
    QHash<qint64, QSet<qint64>> workflowsOfDetector;
    QHash<qint64, QSet<qint64>> detectorsOfWorkflow;
    QMap<qint64, QJsonObject> issueRules;  // legacy issue alert rules (projects: [slug])
    QMap<qint64, QJsonObject> metricRules; // legacy metric alert rules
    FakeArchData arch;                     // filters, keys, scrubbing, releases, monitors (fakearchseed.cpp)
    qint64 nextId = 9100000;

    void link(qint64 detectorId, qint64 workflowId);
    void unlinkDetector(qint64 detectorId);
    void unlinkWorkflow(qint64 workflowId);
    const QJsonObject* projectBySlugOrId(const QString& key) const;
    const QJsonObject* teamBySlug(const QString& slug) const;
    QStringList projectTeamSlugs(const QString& projectSlug) const;
};

// "demo" (the acme-corp org of the fixtures with its deliberate tier gaps) or "large:N".
// Returns nullopt for an unknown seed name.
std::optional<FakeOrgData> buildFakeSeed(const QString& seed);

} // namespace sc
