// SPDX-License-Identifier: MIT
#include "prefixtieraudit.h"

#include <QRegularExpression>

namespace sc {

int tierFromNamePrefix(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:\[\s*P([0-3])\s*\]|P([0-3])\s*[-:–]))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return -1;
    const QString digit = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return digit.toInt();
}

namespace {
void note(ProjectAudit& audit, const QString& name, const QString& id)
{
    const int tier = tierFromNamePrefix(name);
    if (tier < 0) {
        if (!audit.unclassified.contains(id))
            audit.unclassified.append(id);
        return;
    }
    TierCoverage& coverage = audit.tiers[size_t(tier)];
    coverage.state = TierState::Ok;
    if (!coverage.objects.contains(id))
        coverage.objects.append(id);
}
} // namespace

AuditReport auditByNamePrefix(const OrgSnapshot& snapshot)
{
    AuditReport report;
    report.projects.reserve(snapshot.projects.size());
    QHash<QString, qsizetype> indexById;
    QHash<QString, qsizetype> indexBySlug;
    for (const Project& project : snapshot.projects) {
        ProjectAudit audit;
        audit.slug = project.slug;
        audit.projectId = project.id;
        audit.teams = project.teamSlugs();
        indexById.insert(project.id, report.projects.size());
        indexBySlug.insert(project.slug, report.projects.size());
        for (const IssueAlertRule& rule : project.issueAlertRules)
            note(audit, rule.name, rule.id);
        report.projects.append(audit);
    }
    QHash<QString, QList<qsizetype>> projectsOfDetector;
    for (const Detector& detector : snapshot.detectors) {
        const auto it = indexById.constFind(detector.projectId);
        if (it == indexById.constEnd())
            continue;
        projectsOfDetector[detector.id].append(*it);
        // Error detectors exist for every project and carry no tier themselves.
        if (detector.type != QLatin1String("error"))
            note(report.projects[*it], detector.name, detector.id);
    }
    for (const Workflow& workflow : snapshot.workflows) {
        for (const QString& detectorId : workflow.detectorIds) {
            for (qsizetype index : projectsOfDetector.value(detectorId)) {
                if (tierFromNamePrefix(workflow.name) >= 0)
                    note(report.projects[index], workflow.name, workflow.id);
            }
        }
    }
    for (const MetricAlertRule& rule : snapshot.metricAlertRules) {
        for (const QString& slug : rule.projects) {
            const auto it = indexBySlug.constFind(slug);
            if (it != indexBySlug.constEnd())
                note(report.projects[*it], rule.name, rule.id);
        }
    }
    return report;
}

} // namespace sc
