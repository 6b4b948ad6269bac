// SPDX-License-Identifier: MIT
#include "tiermatcher.h"
#include "tr.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QSet>

#include <cmath>
#include <utility>

namespace sc {

namespace {

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

QJsonValue jsonOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString normalizeDataset(const QString& dataset)
{
    if (dataset == QLatin1String("errors") || dataset == QLatin1String("discover"))
        return QStringLiteral("events");
    return dataset;
}

// The parts compared, in span form: a transaction P2 and its migrated twin compare equal.
MetricQuery comparable(const QString& dataset, const QString& aggregate, const QString& query, const QStringList& eventTypes)
{
    return spanForm({normalizeDataset(dataset), aggregate, query, eventTypes});
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

TierMatcher::TierMatcher(const OrgSnapshot& snapshot, const TierPolicy& policy)
    : m_snapshot(snapshot)
    , m_policy(policy)
{
    index();
    collectExistingTargets();
}

void TierMatcher::index()
{
    qsizetype ruleCount = 0;
    for (const Project& project : m_snapshot.projects)
        ruleCount += project.issueAlertRules.size();
    m_alerts.reserve(m_snapshot.detectors.size() + m_snapshot.workflows.size() + m_snapshot.metricAlertRules.size() + ruleCount);

    for (const Detector& detector : m_snapshot.detectors) {
        const qsizetype i = m_alerts.size();
        m_alerts.append(describeDetector(detector));
        m_detectorIndex.insert(detector.id, i);
        if (detector.type == QLatin1String("error")) {
            if (!m_errorDetectorByProjectId.contains(detector.projectId))
                m_errorDetectorByProjectId.insert(detector.projectId, i);
        } else if (detector.type == QLatin1String("issue_stream")) {
            if (!m_issueStreamByProjectId.contains(detector.projectId))
                m_issueStreamByProjectId.insert(detector.projectId, i);
        } else {
            m_metricByProjectId[detector.projectId].append(i);
        }
    }
    for (const Workflow& workflow : m_snapshot.workflows) {
        m_workflowIndex.insert(workflow.id, m_alerts.size());
        m_alerts.append(describeWorkflow(workflow));
    }
    for (const Project& project : m_snapshot.projects) {
        for (const IssueAlertRule& rule : project.issueAlertRules) {
            m_issueRulesByProjectSlug[project.slug].append(m_alerts.size());
            m_alerts.append(describeIssueRule(rule, project.slug));
        }
    }
    for (const MetricAlertRule& rule : m_snapshot.metricAlertRules) {
        for (const QString& slug : rule.projects)
            m_metricByProjectSlug[slug].append(m_alerts.size());
        m_alerts.append(describeMetricRule(rule));
    }

    // Connections are stored on both sides; either side counts.
    // A workflow can serve thousands of detectors: dedupe with a set, not a list scan.
    QSet<std::pair<qsizetype, qsizetype>> linked;
    auto connect = [&](const QString& detectorId, const QString& workflowId) {
        const auto d = m_detectorIndex.constFind(detectorId);
        const auto w = m_workflowIndex.constFind(workflowId);
        if (d == m_detectorIndex.cend() || w == m_workflowIndex.cend())
            return;
        if (linked.contains({*d, *w}))
            return;
        linked.insert({*d, *w});
        m_workflowsOfDetector[detectorId].append(*w);
        m_detectorsOfWorkflow[workflowId].append(*d);
    };
    for (const Detector& detector : m_snapshot.detectors) {
        for (const QString& workflowId : detector.workflowIds)
            connect(detector.id, workflowId);
    }
    for (const Workflow& workflow : m_snapshot.workflows) {
        for (const QString& detectorId : workflow.detectorIds)
            connect(detectorId, workflow.id);
    }

    m_metricClass.resize(m_alerts.size());
    m_issueClass.resize(m_alerts.size());
    for (qsizetype i = 0; i < m_alerts.size(); ++i) {
        const AlertDescription& alert = m_alerts.at(i);
        if (alert.kind == AlertDescription::Kind::Metric)
            m_metricClass[i] = classifyMetric(alert);
        else if (alert.objectType != TargetType::Detector)
            m_issueClass[i] = classifyIssue(alert);
        if (m_metricClass[i] && alert.objectType == TargetType::Detector) {
            for (qsizetype w : m_workflowsOfDetector.value(alert.id))
                m_tierRouteWorkflows.insert(w);
        }
        for (const AlertAction& action : alert.actions) {
            if (action.type == QLatin1String("slack") && !action.display.isEmpty() && !action.target.isEmpty()
                && !action.target.startsWith(QLatin1Char('#')))
                m_slackChannelIds.insert(slackChannelName(action.display).toLower(), action.target);
        }
    }
}

QList<qsizetype> TierMatcher::issueDetectorsOf(const QString& projectId) const
{
    QList<qsizetype> out;
    for (const QHash<QString, qsizetype>* byProject : {&m_errorDetectorByProjectId, &m_issueStreamByProjectId}) {
        const auto it = byProject->constFind(projectId);
        if (it != byProject->cend())
            out.append(*it);
    }
    return out;
}

std::optional<TierMatcher::MetricClass> TierMatcher::classifyMetric(const AlertDescription& alert) const
{
    const MetricQuery alertQuery = comparable(alert.dataset, alert.aggregate, alert.query, alert.eventTypes);
    const QString family = aggregateFamily(alertQuery.aggregate);
    const QString dataset = alertQuery.dataset;
    std::optional<MetricClass> best;
    int bestScore = -1;
    for (int t = 0; t < TierCount; ++t) {
        const TierSpec& spec = m_policy.spec(Tier(t));
        if (!spec.enabled)
            continue;
        for (const TierPartPolicy& part : spec.parts) {
            const MetricQuery partQuery = comparable(part.dataset, part.aggregate, part.query, part.eventTypes);
            if (aggregateFamily(partQuery.aggregate) != family)
                continue;
            const bool sameDataset = partQuery.dataset == dataset;
            // count() of transactions is throughput, not an error rate: the dataset must agree there.
            if (family == QLatin1String("count") && !sameDataset)
                continue;
            int score = (sameDataset ? 2 : 0) + (partQuery.aggregate == alertQuery.aggregate ? 2 : 0)
                + (alert.nameHint == Tier(t) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = MetricClass{Tier(t), part.key};
            }
        }
    }
    return best;
}

std::optional<Tier> TierMatcher::classifyIssue(const AlertDescription& alert) const
{
    std::optional<Tier> best;
    int bestScore = -1000;
    const QSet<QString> triggers(alert.triggers.cbegin(), alert.triggers.cend());
    for (int t = 0; t < TierCount; ++t) {
        const TierSpec& spec = m_policy.spec(Tier(t));
        if (!spec.enabled || !spec.isIssueTier())
            continue;
        const QSet<QString> wanted(spec.triggers.cbegin(), spec.triggers.cend());
        if (!triggers.intersects(wanted))
            continue;
        int score = 0;
        score -= 2 * int((triggers - wanted).size() + (wanted - triggers).size());
        if (!spec.environment.isEmpty() && spec.environment != alert.environment)
            score -= 2;
        bool hasType = false;
        for (const AlertAction& action : alert.actions)
            hasType = hasType || action.type == spec.action.type;
        if (!hasType)
            score -= 1;
        if (alert.nameHint == Tier(t))
            score += 1;
        if (score > bestScore) {
            bestScore = score;
            best = Tier(t);
        }
    }
    return best;
}

void TierMatcher::collectExistingTargets()
{
    for (const Project& project : m_snapshot.projects) {
        const QString team = m_policy.routingTeam(project);
        if (team.isEmpty())
            continue;
        auto& perTier = m_existingTargets[team];
        auto addActions = [&](Tier tier, const QList<AlertAction>& actions) {
            for (const AlertAction& action : actions) {
                if (action.type == m_policy.spec(tier).action.type && !action.target.isEmpty())
                    perTier[size_t(tier)].append(action);
            }
        };
        for (qsizetype i : m_metricByProjectId.value(project.id)) {
            if (!m_metricClass.at(i))
                continue;
            const Tier tier = m_metricClass.at(i)->tier;
            for (qsizetype w : m_workflowsOfDetector.value(m_alerts.at(i).id))
                addActions(tier, m_alerts.at(w).actions);
        }
        for (qsizetype i : m_metricByProjectSlug.value(project.slug)) {
            if (m_metricClass.at(i))
                addActions(m_metricClass.at(i)->tier, m_alerts.at(i).actions);
        }
        for (qsizetype detector : issueDetectorsOf(project.id)) {
            for (qsizetype w : m_workflowsOfDetector.value(m_alerts.at(detector).id)) {
                if (m_issueClass.at(w))
                    addActions(*m_issueClass.at(w), m_alerts.at(w).actions);
            }
        }
        for (qsizetype i : m_issueRulesByProjectSlug.value(project.slug)) {
            if (m_issueClass.at(i))
                addActions(*m_issueClass.at(i), m_alerts.at(i).actions);
        }
    }
}

const AlertDescription* TierMatcher::detector(const QString& id) const
{
    const auto it = m_detectorIndex.constFind(id);
    return it == m_detectorIndex.cend() ? nullptr : &m_alerts.at(*it);
}

const AlertDescription* TierMatcher::workflow(const QString& id) const
{
    const auto it = m_workflowIndex.constFind(id);
    return it == m_workflowIndex.cend() ? nullptr : &m_alerts.at(*it);
}

QList<const AlertDescription*> TierMatcher::workflowsOfDetector(const QString& detectorId) const
{
    QList<const AlertDescription*> list;
    for (qsizetype i : m_workflowsOfDetector.value(detectorId))
        list.append(&m_alerts.at(i));
    return list;
}

QList<const AlertDescription*> TierMatcher::detectorsOfWorkflow(const QString& workflowId) const
{
    QList<const AlertDescription*> list;
    for (qsizetype i : m_detectorsOfWorkflow.value(workflowId))
        list.append(&m_alerts.at(i));
    return list;
}

Result<AlertAction> TierMatcher::resolveTarget(Tier tier, const Project& project) const
{
    // Without project routing the answer depends on the team only: resolve once per team and tier.
    if (m_policy.projectRouting().contains(project.slug))
        return resolveTargetUncached(tier, project);
    const QString key = tierName(tier) + QLatin1Char('/') + m_policy.routingTeam(project);
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_targetCache.constFind(key);
        if (it != m_targetCache.cend())
            return *it;
    }
    Result<AlertAction> result = resolveTargetUncached(tier, project);
    QMutexLocker lock(&m_cacheMutex);
    m_targetCache.insert(key, result);
    return result;
}

Result<AlertAction> TierMatcher::resolveTargetUncached(Tier tier, const Project& project) const
{
    const TierActionPolicy wanted = m_policy.explicitAction(tier, project);
    const QString team = m_policy.routingTeam(project);
    AlertAction action;
    action.type = wanted.type;
    action.priority = wanted.priority;

    auto integrationMatches = [&](const Integration& integration) {
        return integration.providerKey == wanted.type
            && (wanted.integration.isEmpty() || integration.id == wanted.integration
                || integration.name.compare(wanted.integration, Qt::CaseInsensitive) == 0);
    };
    QList<const Integration*> integrations;
    for (const Integration& integration : m_snapshot.integrations) {
        if (integrationMatches(integration))
            integrations.append(&integration);
    }
    const QList<AlertAction> existing = team.isEmpty() ? QList<AlertAction>() : m_existingTargets.value(team)[size_t(tier)];
    auto mostUsed = [&](auto accept) -> std::optional<AlertAction> {
        QHash<QString, int> counts;
        std::optional<AlertAction> best;
        int bestCount = 0;
        for (const AlertAction& candidate : existing) {
            if (!accept(candidate))
                continue;
            const int count = ++counts[candidate.integrationId + QLatin1Char('/') + candidate.target];
            if (count > bestCount) {
                bestCount = count;
                best = candidate;
            }
        }
        return best;
    };
    const QString teamText = team.isEmpty() ? Tr::tr("(project %1 has no team)").arg(project.slug) : team;

    if (wanted.type == QLatin1String("pagerduty")) {
        if (integrations.isEmpty())
            return fail(ErrorKind::Validation, Tr::tr("The org has no PagerDuty integration%1, so %2 alerts of team %3 cannot page anyone.")
                                                   .arg(wanted.integration.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(wanted.integration),
                                                        tierName(tier), teamText));
        auto serviceName = [&](const QString& integrationId, const QString& serviceId) {
            for (const Integration* integration : integrations) {
                if (integration->id != integrationId)
                    continue;
                for (const auto& service : integration->pagerDutyServices) {
                    if (service.id == serviceId)
                        return service.service;
                }
            }
            return QString();
        };
        if (!wanted.service.isEmpty()) {
            for (const Integration* integration : integrations) {
                for (const auto& service : integration->pagerDutyServices) {
                    if (service.id == wanted.service || service.service.compare(wanted.service, Qt::CaseInsensitive) == 0
                        || service.service.endsWith(QLatin1Char('-') + wanted.service, Qt::CaseInsensitive)) {
                        action.integrationId = integration->id;
                        action.target = service.id;
                        action.display = service.service;
                        return action;
                    }
                }
            }
            return fail(ErrorKind::Validation, Tr::tr("The policy routes %1 alerts of team %2 to PagerDuty service \"%3\", which does not exist in the org's PagerDuty integration.")
                                                   .arg(tierName(tier), teamText, wanted.service));
        }
        if (const auto seen = mostUsed([&](const AlertAction& a) { return !serviceName(a.integrationId, a.target).isEmpty(); })) {
            action.integrationId = seen->integrationId;
            action.target = seen->target;
            action.display = serviceName(seen->integrationId, seen->target);
            return action;
        }
        QList<std::pair<const Integration*, Integration::PagerDutyService>> services;
        for (const Integration* integration : integrations) {
            for (const auto& service : integration->pagerDutyServices)
                services.append({integration, service});
        }
        if (services.size() == 1) {
            action.integrationId = services.first().first->id;
            action.target = services.first().second.id;
            action.display = services.first().second.service;
            return action;
        }
        return fail(ErrorKind::Validation, Tr::tr("Team %1 has no routing for %2: the org has %3 PagerDuty services and the team has no %2 alerts yet; name one under routing.teams.%1.%2.service.")
                                               .arg(teamText, tierName(tier)).arg(services.size()));
    }

    if (wanted.type == QLatin1String("slack")) {
        if (integrations.isEmpty())
            return fail(ErrorKind::Validation, Tr::tr("The org has no Slack integration%1, so %2 alerts of team %3 cannot be posted.")
                                                   .arg(wanted.integration.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(wanted.integration),
                                                        tierName(tier), teamText));
        auto isKnown = [&](const QString& id) {
            for (const Integration* integration : integrations) {
                if (integration->id == id)
                    return true;
            }
            return false;
        };
        if (wanted.channel.isEmpty() && wanted.channelId.isEmpty()) {
            if (const auto seen = mostUsed([&](const AlertAction& a) { return isKnown(a.integrationId); }))
                return *seen;
            return fail(ErrorKind::Validation, Tr::tr("Team %1 has no routing for %2: the policy names no Slack channel and the team has no %2 alerts yet.")
                                                   .arg(teamText, tierName(tier)));
        }
        // Slack actions name the channel in targetDisplay and its id in targetIdentifier: an id
        // seen in an existing action, else "" so that Sentry looks the name up (CONTRACT §0b.3).
        action.display = slackChannelName(wanted.channel);
        action.target = wanted.channelId;
        if (action.target.isEmpty())
            action.target = m_slackChannelIds.value(action.display.toLower());
        AlertAction probe = action;
        if (const auto seen = mostUsed([&](const AlertAction& a) { return isKnown(a.integrationId) && sameTarget(a, probe); })) {
            action.integrationId = seen->integrationId;
        } else if (integrations.size() == 1) {
            action.integrationId = integrations.first()->id;
        } else {
            return fail(ErrorKind::Validation, Tr::tr("Team %1 has no routing for %2: the org has %3 Slack workspaces; name one with \"integration\".")
                                                   .arg(teamText, tierName(tier)).arg(integrations.size()));
        }
        return action;
    }
    return fail(ErrorKind::Validation, Tr::tr("Unknown action type \"%1\" for %2.").arg(wanted.type, tierName(tier)));
}

QList<PolicyDiagnostic> TierMatcher::validate() const
{
    QList<PolicyDiagnostic> diagnostics;
    const QString source = m_policy.sourceName().isEmpty() ? QStringLiteral("policy") : m_policy.sourceName();
    QSet<QString> reported;
    auto report = [&](const PolicyLocation& where, const QString& message) {
        if (reported.contains(message))
            return;
        reported.insert(message);
        diagnostics.append({source, where, message});
    };
    for (auto it = m_policy.teamRouting().cbegin(); it != m_policy.teamRouting().cend(); ++it) {
        if (!m_snapshot.teamBySlug(it.key()))
            report(it->where, Tr::tr("routing.teams names team \"%1\", which does not exist in the org.").arg(it.key()));
    }
    for (auto it = m_policy.projectRouting().cbegin(); it != m_policy.projectRouting().cend(); ++it) {
        if (!m_snapshot.projectBySlug(it.key()))
            report(it->where, Tr::tr("routing.projects names project \"%1\", which does not exist in the org.").arg(it.key()));
        if (!it->team.isEmpty() && !m_snapshot.teamBySlug(it->team))
            report(it->where, Tr::tr("routing.projects.%1.team names team \"%2\", which does not exist in the org.").arg(it.key(), it->team));
    }
    for (const Project& project : m_snapshot.projects) {
        for (int t = 0; t < TierCount; ++t) {
            const Tier tier = Tier(t);
            if (!m_policy.effectiveSpec(tier, project).enabled)
                continue;
            const Result<AlertAction> target = resolveTarget(tier, project);
            if (!target)
                report(m_policy.explicitAction(tier, project).where, target.error().message);
        }
    }
    return diagnostics;
}

void TierMatcher::checkAction(const TierMatch& tier, const AlertDescription& owner, const QList<AlertAction>& actions,
                              QList<TierDrift>& drift) const
{
    const QString type = tier.spec.action.type;
    QList<AlertAction> ofType;
    for (const AlertAction& action : actions) {
        if (action.type == type)
            ofType.append(action);
    }
    const QJsonValue policyValue = tier.target ? QJsonValue(describeTarget(*tier.target)) : QJsonValue(type);
    if (ofType.isEmpty()) {
        QStringList server;
        for (const AlertAction& action : actions)
            server.append(describeTarget(action));
        drift.append({owner.id, QStringLiteral("action"), policyValue,
                      server.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(server.join(QLatin1String(", ")))});
        return;
    }
    if (!tier.target)
        return;
    for (const AlertAction& action : ofType) {
        if (sameTarget(action, *tier.target))
            return;
    }
    drift.append({owner.id, QStringLiteral("action.target"), policyValue, describeTarget(ofType.first())});
}

PartMatch TierMatcher::matchIssueTier(const TierMatch& tier, const QList<const AlertDescription*>& candidates) const
{
    PartMatch best;
    best.label = tier.spec.label;
    bool found = false;
    for (const AlertDescription* alert : candidates) {
        PartMatch match;
        match.label = tier.spec.label;
        match.alert = alert;
        QStringList wanted = tier.spec.triggers;
        wanted.sort();
        if (wanted != alert->triggers)
            match.drift.append({alert->id, QStringLiteral("triggers"), toArray(wanted), toArray(alert->triggers)});
        if (!tier.spec.environment.isEmpty() && tier.spec.environment != alert->environment)
            match.drift.append({alert->id, QStringLiteral("environment"), tier.spec.environment, jsonOrNull(alert->environment)});
        checkAction(tier, *alert, alert->actions, match.drift);
        if (!alert->enabled)
            match.drift.append({alert->id, QStringLiteral("enabled"), true, false});
        const bool better = !found || match.drift.size() < best.drift.size()
            || (match.drift.size() == best.drift.size() && alert->nameHint == tier.tier && best.alert->nameHint != tier.tier);
        if (better) {
            best = match;
            found = true;
        }
    }
    return best;
}

PartMatch TierMatcher::matchMetricPart(const TierMatch& tier, const TierPartPolicy& part,
                                       const QList<const AlertDescription*>& candidates) const
{
    PartMatch best;
    best.key = part.key;
    best.label = part.label;
    bool found = false;
    for (const AlertDescription* alert : candidates) {
        PartMatch match;
        match.key = part.key;
        match.label = part.label;
        match.alert = alert;
        QList<TierDrift>& drift = match.drift;
        const QString& id = alert->id;
        // Compared in span form: the transaction form of the same condition is no drift (CONTRACT §0b.2).
        const MetricQuery want = comparable(part.dataset, part.aggregate, part.query, part.eventTypes);
        const MetricQuery have = comparable(alert->dataset, alert->aggregate, alert->query, alert->eventTypes);
        if (want.dataset != have.dataset)
            drift.append({id, QStringLiteral("dataset"), part.dataset, alert->dataset});
        if (want.aggregate != have.aggregate)
            drift.append({id, QStringLiteral("aggregate"), part.aggregate, alert->aggregate});
        if (want.query != have.query)
            drift.append({id, QStringLiteral("query"), part.query, alert->query});
        QStringList eventTypes = part.eventTypes;
        eventTypes.sort();
        if (!alert->eventTypes.isEmpty() && want.eventTypes != have.eventTypes)
            drift.append({id, QStringLiteral("eventTypes"), toArray(eventTypes), toArray(alert->eventTypes)});
        if (part.windowSeconds != alert->windowSeconds)
            drift.append({id, QStringLiteral("window"), part.windowSeconds, alert->windowSeconds});
        if (!tier.spec.environment.isEmpty() && tier.spec.environment != alert->environment)
            drift.append({id, QStringLiteral("environment"), tier.spec.environment, jsonOrNull(alert->environment)});
        if (part.comparison != alert->comparison)
            drift.append({id, QStringLiteral("condition"), QStringLiteral("%1 %2").arg(part.comparison).arg(part.threshold),
                          QStringLiteral("%1 %2").arg(alert->comparison).arg(alert->threshold)});
        else if (!alert->hasThreshold || !sameNumber(part.threshold, alert->threshold))
            drift.append({id, QStringLiteral("condition.") + part.comparison, part.threshold,
                          alert->hasThreshold ? QJsonValue(alert->threshold) : QJsonValue(QJsonValue::Null)});
        if (!alert->enabled)
            drift.append({id, QStringLiteral("enabled"), true, false});

        if (alert->objectType == TargetType::Detector) {
            for (const AlertDescription* workflow : workflowsOfDetector(alert->id)) {
                for (const AlertAction& action : workflow->actions) {
                    if (action.type == tier.spec.action.type) {
                        match.routes.append(workflow);
                        break;
                    }
                }
            }
            if (match.routes.isEmpty()) {
                drift.append({id, QStringLiteral("workflow"),
                              tier.target ? QJsonValue(describeTarget(*tier.target)) : QJsonValue(tier.spec.action.type),
                              QJsonValue(QJsonValue::Null)});
            } else {
                // Any connected workflow with the right target routes the part; report the first otherwise.
                const AlertDescription* routed = nullptr;
                for (const AlertDescription* workflow : std::as_const(match.routes)) {
                    QList<TierDrift> probe;
                    checkAction(tier, *workflow, workflow->actions, probe);
                    if (probe.isEmpty()) {
                        routed = workflow;
                        break;
                    }
                }
                if (!routed) {
                    checkAction(tier, *match.routes.first(), match.routes.first()->actions, drift);
                    routed = match.routes.first();
                }
                match.routes.removeOne(routed);
                match.routes.prepend(routed);
                if (!routed->enabled)
                    drift.append({routed->id, QStringLiteral("enabled"), true, false});
            }
        } else {
            checkAction(tier, *alert, alert->actions, drift);
        }
        const bool better = !found || drift.size() < best.drift.size()
            || (drift.size() == best.drift.size() && alert->nameHint == tier.tier && best.alert->nameHint != tier.tier);
        if (better) {
            best = match;
            found = true;
        }
    }
    return best;
}

ProjectMatch TierMatcher::matchProject(const Project& project) const
{
    ProjectMatch result;
    result.project = &project;
    result.routingTeam = m_policy.routingTeam(project);
    const auto error = m_errorDetectorByProjectId.constFind(project.id);
    if (error != m_errorDetectorByProjectId.cend())
        result.errorDetector = &m_alerts.at(*error);
    const auto stream = m_issueStreamByProjectId.constFind(project.id);
    if (stream != m_issueStreamByProjectId.cend())
        result.issueStreamDetector = &m_alerts.at(*stream);

    // Every alert object that belongs to the project; whatever expresses no tier is "unclassified".
    // Issue alerts fire through either default detector (EventDetectors(issue_stream, error)).
    QList<qsizetype> issueCandidates;
    QList<qsizetype> connectedWorkflows;
    for (qsizetype detector : issueDetectorsOf(project.id)) {
        for (qsizetype w : m_workflowsOfDetector.value(m_alerts.at(detector).id)) {
            if (issueCandidates.contains(w))
                continue;
            issueCandidates.append(w);
            connectedWorkflows.append(w);
        }
    }
    issueCandidates += m_issueRulesByProjectSlug.value(project.slug);
    QList<qsizetype> metricCandidates = m_metricByProjectId.value(project.id);
    for (qsizetype i : metricCandidates) {
        for (qsizetype w : m_workflowsOfDetector.value(m_alerts.at(i).id)) {
            if (!connectedWorkflows.contains(w))
                connectedWorkflows.append(w);
        }
    }
    metricCandidates += m_metricByProjectSlug.value(project.slug);

    QSet<QString> used;
    for (int t = 0; t < TierCount; ++t) {
        TierMatch& tier = result.tiers[size_t(t)];
        tier.tier = Tier(t);
        tier.spec = m_policy.effectiveSpec(tier.tier, project);
        tier.applies = tier.spec.enabled;
        if (!tier.applies) {
            tier.coverage.state = TierState::Ok;
            tier.coverage.required = false;
            continue;
        }
        if (Result<AlertAction> target = resolveTarget(tier.tier, project))
            tier.target = *target;
        else
            tier.targetError = target.error().message;

        if (tier.spec.isIssueTier()) {
            QList<const AlertDescription*> candidates;
            for (qsizetype i : std::as_const(issueCandidates)) {
                if (m_issueClass.at(i) == tier.tier)
                    candidates.append(&m_alerts.at(i));
            }
            tier.parts.append(matchIssueTier(tier, candidates));
        } else {
            for (const TierPartPolicy& part : std::as_const(tier.spec.parts)) {
                QList<const AlertDescription*> candidates;
                for (qsizetype i : std::as_const(metricCandidates)) {
                    const auto& cls = m_metricClass.at(i);
                    if (cls && cls->tier == tier.tier && cls->part == part.key && !used.contains(m_alerts.at(i).id))
                        candidates.append(&m_alerts.at(i));
                }
                tier.parts.append(matchMetricPart(tier, part, candidates));
            }
        }

        TierCoverage& coverage = tier.coverage;
        int present = 0;
        for (const PartMatch& part : std::as_const(tier.parts)) {
            if (!part.alert) {
                coverage.missingParts.append(part.label);
                if (!part.key.isEmpty())
                    coverage.drift.append({QString(), QStringLiteral("part:") + part.key, part.label, QJsonValue(QJsonValue::Null)});
                continue;
            }
            ++present;
            used.insert(part.alert->id);
            if (!coverage.objects.contains(part.alert->id))
                coverage.objects.append(part.alert->id);
            if (!part.routes.isEmpty() && !coverage.objects.contains(part.routes.first()->id))
                coverage.objects.append(part.routes.first()->id);
            if (!part.routes.isEmpty())
                used.insert(part.routes.first()->id);
            coverage.drift += part.drift;
        }
        if (present == 0) {
            coverage.state = TierState::Missing;
            coverage.drift.clear();
        } else {
            coverage.state = coverage.drift.isEmpty() && coverage.missingParts.isEmpty() ? TierState::Ok : TierState::Drifted;
        }
    }

    auto addUnclassified = [&](qsizetype i) {
        const QString& id = m_alerts.at(i).id;
        if (!used.contains(id) && !result.unclassified.contains(id))
            result.unclassified.append(id);
    };
    for (qsizetype i : std::as_const(metricCandidates))
        addUnclassified(i);
    for (qsizetype i : std::as_const(issueCandidates))
        addUnclassified(i);
    for (qsizetype i : std::as_const(connectedWorkflows)) {
        // A routing workflow shared with other projects' parts is tier-owned even if this
        // project's parts chose another one.
        if (!m_tierRouteWorkflows.contains(i))
            addUnclassified(i);
    }
    return result;
}

} // namespace sc
