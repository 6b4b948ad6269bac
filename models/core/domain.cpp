// SPDX-License-Identifier: MIT
#include "domain.h"
#include "jsonio.h"

namespace sc {

QStringList jsonStringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array)
        out.append(item.isString() ? item.toString() : jsonId(item));
    return out;
}

Organization Organization::fromJson(const QJsonObject& json)
{
    Organization org;
    org.id = jsonId(json.value(QLatin1String("id")));
    org.slug = json.value(QLatin1String("slug")).toString();
    org.name = json.value(QLatin1String("name")).toString();
    const QJsonObject links = json.value(QLatin1String("links")).toObject();
    org.regionUrl = links.value(QLatin1String("regionUrl")).toString();
    org.organizationUrl = links.value(QLatin1String("organizationUrl")).toString();
    org.features = jsonStringList(json.value(QLatin1String("features")));
    org.access = jsonStringList(json.value(QLatin1String("access")));
    org.raw = json;
    return org;
}

Member Member::fromJson(const QJsonObject& json)
{
    Member member;
    member.id = jsonId(json.value(QLatin1String("id")));
    member.email = json.value(QLatin1String("email")).toString();
    member.name = json.value(QLatin1String("name")).toString();
    member.userId = jsonId(json.value(QLatin1String("user")).toObject().value(QLatin1String("id")));
    member.orgRole = json.value(QLatin1String("orgRole")).toString();
    member.pending = json.value(QLatin1String("pending")).toBool();
    member.raw = json;
    return member;
}

Team Team::fromJson(const QJsonObject& json)
{
    Team team;
    team.id = jsonId(json.value(QLatin1String("id")));
    team.slug = json.value(QLatin1String("slug")).toString();
    team.name = json.value(QLatin1String("name")).toString();
    team.memberCount = json.value(QLatin1String("memberCount")).toInt();
    team.raw = json;
    return team;
}

ProjectOwnership ProjectOwnership::fromJson(const QJsonObject& json)
{
    ProjectOwnership ownership;
    const QJsonValue raw = json.value(QLatin1String("raw"));
    ownership.rawIsNull = !raw.isString();
    ownership.raw = raw.toString();
    ownership.fallthrough = json.value(QLatin1String("fallthrough")).toBool();
    ownership.autoAssignment = json.value(QLatin1String("autoAssignment")).toString();
    ownership.codeownersAutoSync = json.value(QLatin1String("codeownersAutoSync")).toBool(true);
    ownership.lastUpdated = json.value(QLatin1String("lastUpdated")).toString();
    ownership.json = json;
    return ownership;
}

IssueAlertRule IssueAlertRule::fromJson(const QJsonObject& json)
{
    IssueAlertRule rule;
    rule.id = jsonId(json.value(QLatin1String("id")));
    rule.name = json.value(QLatin1String("name")).toString();
    rule.environment = json.value(QLatin1String("environment")).toString();
    rule.status = json.value(QLatin1String("status")).toString(QStringLiteral("active"));
    rule.raw = json;
    return rule;
}

MetricAlertRule MetricAlertRule::fromJson(const QJsonObject& json)
{
    MetricAlertRule rule;
    rule.id = jsonId(json.value(QLatin1String("id")));
    rule.name = json.value(QLatin1String("name")).toString();
    rule.projects = jsonStringList(json.value(QLatin1String("projects")));
    rule.aggregate = json.value(QLatin1String("aggregate")).toString();
    rule.dataset = json.value(QLatin1String("dataset")).toString();
    rule.environment = json.value(QLatin1String("environment")).toString();
    rule.timeWindowMinutes = json.value(QLatin1String("timeWindow")).toInt();
    rule.raw = json;
    return rule;
}

Project Project::fromJson(const QJsonObject& json)
{
    Project project;
    project.id = jsonId(json.value(QLatin1String("id")));
    project.slug = json.value(QLatin1String("slug")).toString();
    project.name = json.value(QLatin1String("name")).toString();
    project.platform = json.value(QLatin1String("platform")).toString();
    const QJsonArray teams = json.value(QLatin1String("teams")).toArray();
    for (const QJsonValue& value : teams) {
        const QJsonObject team = value.toObject();
        project.teams.append({jsonId(team.value(QLatin1String("id"))), team.value(QLatin1String("slug")).toString(),
                              team.value(QLatin1String("name")).toString()});
    }
    // Older servers send only `team`; use it when `teams` is absent.
    if (teams.isEmpty() && json.value(QLatin1String("team")).isObject()) {
        const QJsonObject team = json.value(QLatin1String("team")).toObject();
        project.teams.append({jsonId(team.value(QLatin1String("id"))), team.value(QLatin1String("slug")).toString(),
                              team.value(QLatin1String("name")).toString()});
    }
    project.environments = jsonStringList(json.value(QLatin1String("environments")));
    project.hasSessions = json.value(QLatin1String("hasSessions")).toBool();
    project.raw = json;
    return project;
}

QStringList Project::teamSlugs() const
{
    QStringList slugs;
    slugs.reserve(teams.size());
    for (const TeamRef& team : teams)
        slugs.append(team.slug);
    return slugs;
}

Integration Integration::fromJson(const QJsonObject& json)
{
    Integration integration;
    integration.id = jsonId(json.value(QLatin1String("id")));
    integration.name = json.value(QLatin1String("name")).toString();
    integration.providerKey = json.value(QLatin1String("provider")).toObject().value(QLatin1String("key")).toString();
    integration.domainName = json.value(QLatin1String("domainName")).toString();
    integration.status = json.value(QLatin1String("status")).toString();
    const QJsonArray table =
        json.value(QLatin1String("configData")).toObject().value(QLatin1String("service_table")).toArray();
    for (const QJsonValue& row : table) {
        const QJsonObject service = row.toObject();
        integration.pagerDutyServices.append(
            {jsonId(service.value(QLatin1String("id"))), service.value(QLatin1String("service")).toString()});
    }
    integration.raw = json;
    return integration;
}

Detector Detector::fromJson(const QJsonObject& json)
{
    Detector detector;
    detector.id = jsonId(json.value(QLatin1String("id")));
    detector.projectId = jsonId(json.value(QLatin1String("projectId")));
    detector.name = json.value(QLatin1String("name")).toString();
    detector.type = json.value(QLatin1String("type")).toString();
    detector.workflowIds = jsonStringList(json.value(QLatin1String("workflowIds")));
    detector.enabled = json.value(QLatin1String("enabled")).toBool(true);
    detector.dateUpdated = json.value(QLatin1String("dateUpdated")).toString();
    detector.raw = json;
    return detector;
}

Workflow Workflow::fromJson(const QJsonObject& json)
{
    Workflow workflow;
    workflow.id = jsonId(json.value(QLatin1String("id")));
    workflow.name = json.value(QLatin1String("name")).toString();
    workflow.environment = json.value(QLatin1String("environment")).toString();
    workflow.detectorIds = jsonStringList(json.value(QLatin1String("detectorIds")));
    workflow.enabled = json.value(QLatin1String("enabled")).toBool(true);
    workflow.dateUpdated = json.value(QLatin1String("dateUpdated")).toString();
    workflow.raw = json;
    return workflow;
}

} // namespace sc
