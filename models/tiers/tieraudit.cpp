// SPDX-License-Identifier: MIT
#include "tieraudit.h"
#include "tiermatcher.h"
#include "tierpolicy.h"

#include <QJsonArray>

namespace sc {

QString tierName(Tier tier)
{
    return QStringLiteral("P%1").arg(int(tier));
}

QString tierStateName(TierState state)
{
    switch (state) {
    case TierState::Ok: return QStringLiteral("ok");
    case TierState::Drifted: return QStringLiteral("drifted");
    case TierState::Missing: return QStringLiteral("missing");
    }
    return {};
}

const ProjectAudit* AuditReport::project(const QString& slug) const
{
    for (const ProjectAudit& audit : projects) {
        if (audit.slug == slug)
            return &audit;
    }
    return nullptr;
}

bool AuditReport::allOk() const
{
    for (const ProjectAudit& audit : projects) {
        for (const TierCoverage& coverage : audit.tiers) {
            if (coverage.state != TierState::Ok)
                return false;
        }
    }
    return true;
}

int AuditReport::count(Tier tier, TierState state) const
{
    int n = 0;
    for (const ProjectAudit& audit : projects) {
        if (audit.tier(tier).state == state)
            ++n;
    }
    return n;
}

QJsonObject AuditReport::toJson() const
{
    QJsonArray list;
    for (const ProjectAudit& audit : projects) {
        QJsonObject tiers;
        for (int t = 0; t < TierCount; ++t) {
            const TierCoverage& coverage = audit.tiers[size_t(t)];
            QJsonArray drift;
            for (const TierDrift& d : coverage.drift) {
                drift.append(QJsonObject{{QLatin1String("object"), d.object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.object)},
                                         {QLatin1String("field"), d.field},
                                         {QLatin1String("policy"), d.policy},
                                         {QLatin1String("server"), d.server}});
            }
            QJsonObject tier{{QLatin1String("state"), tierStateName(coverage.state)},
                             {QLatin1String("objects"), QJsonArray::fromStringList(coverage.objects)},
                             {QLatin1String("drift"), drift}};
            if (!coverage.missingParts.isEmpty())
                tier.insert(QLatin1String("missingParts"), QJsonArray::fromStringList(coverage.missingParts));
            if (!coverage.required)
                tier.insert(QLatin1String("required"), false);
            tiers.insert(tierName(Tier(t)), tier);
        }
        list.append(QJsonObject{{QLatin1String("slug"), audit.slug},
                                {QLatin1String("id"), audit.projectId},
                                {QLatin1String("teams"), QJsonArray::fromStringList(audit.teams)},
                                {QLatin1String("tiers"), tiers},
                                {QLatin1String("unclassified"), QJsonArray::fromStringList(audit.unclassified)}});
    }
    return QJsonObject{{QLatin1String("projects"), list}};
}

AuditReport auditTiers(const OrgSnapshot& snapshot, const TierPolicy& policy)
{
    const TierMatcher matcher(snapshot, policy);
    AuditReport report;
    report.projects.reserve(snapshot.projects.size());
    for (const Project& project : snapshot.projects) {
        const ProjectMatch match = matcher.matchProject(project);
        ProjectAudit audit;
        audit.slug = project.slug;
        audit.projectId = project.id;
        audit.teams = project.teamSlugs();
        for (int t = 0; t < TierCount; ++t)
            audit.tiers[size_t(t)] = match.tiers[size_t(t)].coverage;
        audit.unclassified = match.unclassified;
        report.projects.append(std::move(audit));
    }
    return report;
}

} // namespace sc
