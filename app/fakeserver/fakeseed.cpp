// SPDX-License-Identifier: MIT
#include "fakeseed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sc {

namespace {

const QString kCreated = QStringLiteral("2026-10-05T12:00:00.000000Z");
const QString kUpdated = QStringLiteral("2026-11-02T08:30:00.000000Z");
const QString kSlack = QStringLiteral("131001");
const QString kPagerDuty = QStringLiteral("131002");

QJsonValue seedFile(const QString& name)
{
    // Embedded copies of the contract fixtures (app/fakeserver/seed/): the installed binary serves
    // the demo without /work/shared.
    QFile file(QStringLiteral(":/fakeserver/seed/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake server seed resource %s missing", qPrintable(name));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject teamRef(const QJsonObject& team)
{
    return {{QStringLiteral("id"), team.value(QStringLiteral("id"))},
            {QStringLiteral("slug"), team.value(QStringLiteral("slug"))},
            {QStringLiteral("name"), team.value(QStringLiteral("name"))}};
}

struct TeamSpec {
    QString id, slug, name;
    QString pdService, pdServiceName; // PagerDuty service the team's P0 workflow pages
};

struct ProjectSpec {
    QString id, slug, platform;
    QStringList teams; // slugs; first is the owning team
    bool sessions = false;
    QString ownershipRaw;
    bool hasP0 = true;
    double p95Threshold = 2000;
    bool inP3 = true;
    bool inP1 = true;
    bool spanP2 = false;       // P2 already in the span form Sentry migrates transaction detectors to
    int apdexWindow = 300;     // seconds
};

class SeedBuilder
{
public:
    explicit SeedBuilder(FakeOrgData& data) : m_data(data) {}

    void addTeams(const QList<TeamSpec>& teams, const QJsonObject& teamTemplate)
    {
        for (const TeamSpec& spec : teams) {
            QJsonObject team = teamTemplate;
            team.remove(QStringLiteral("projects"));
            team[QStringLiteral("id")] = spec.id;
            team[QStringLiteral("slug")] = spec.slug;
            team[QStringLiteral("name")] = spec.name;
            m_data.teams.append(team);
            m_teamSpecs.insert(spec.slug, spec);
        }
    }

    void addProjects(const QList<ProjectSpec>& projects, const QJsonObject& projectTemplate)
    {
        for (const ProjectSpec& spec : projects) {
            QJsonObject project = projectTemplate;
            project[QStringLiteral("id")] = spec.id;
            project[QStringLiteral("slug")] = spec.slug;
            project[QStringLiteral("name")] = spec.slug;
            project[QStringLiteral("platform")] = spec.platform;
            project[QStringLiteral("platforms")] = QJsonArray{spec.platform};
            project[QStringLiteral("hasSessions")] = spec.sessions;
            project[QStringLiteral("hasReplays")] = spec.sessions;
            QJsonArray teams;
            for (const QString& slug : spec.teams)
                teams.append(teamRef(*m_data.teamBySlug(slug)));
            project[QStringLiteral("teams")] = teams;
            project[QStringLiteral("team")] = teams.isEmpty() ? QJsonValue() : teams.first();
            m_data.projectIndex.insert(spec.slug, int(m_data.projects.size()));
            m_data.projects.append(project);
            if (!spec.ownershipRaw.isEmpty()) {
                m_data.ownership.insert(spec.slug,
                                        QJsonObject{{QStringLiteral("raw"), spec.ownershipRaw},
                                                    {QStringLiteral("fallthrough"), false},
                                                    {QStringLiteral("dateCreated"), QStringLiteral("2026-10-02T13:05:41.112233Z")},
                                                    {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-18T09:44:03.998877Z")},
                                                    {QStringLiteral("isActive"), true},
                                                    {QStringLiteral("autoAssignment"), QStringLiteral("Auto Assign to Issue Owner")},
                                                    {QStringLiteral("codeownersAutoSync"), true}});
            }
        }
        m_projectSpecs = projects;
    }

    void addWorkflowAlerts(qint64 errorBase, qint64 p0Base, qint64 crashBase, qint64 p95Base, qint64 apdexBase,
                           qint64 workflowBase, qint64 issueStreamBase)
    {
        const QString orgId = m_data.organization.value(QStringLiteral("id")).toString();
        // Org workflows first so detectors can connect to them.
        // Ids as in fixtures/workflows.json: P1, P3, then each team's P0 (platform-eng first), then P2.
        const qint64 p1 = workflowBase, p3 = workflowBase + 1;
        QHash<QString, qint64> p0ByTeam;
        qint64 nextWorkflow = workflowBase + 2;
        for (const QJsonObject& team : std::as_const(m_data.teams))
            p0ByTeam.insert(team.value(QStringLiteral("slug")).toString(), nextWorkflow++);
        const qint64 p2 = nextWorkflow;

        addWorkflow(p1, QStringLiteral("[P1] new or regressed issue in production (#alerts-prod)"),
                    {condition(QStringLiteral("first_seen_event"), true, true),
                     condition(QStringLiteral("regression_event"), true, true)},
                    {}, slackAction(QStringLiteral("C07ALRTPROD"), QStringLiteral("#alerts-prod")),
                    QStringLiteral("production"), 30);
        addWorkflow(p3, QStringLiteral("[P3] new issue in staging (#alerts-staging)"),
                    {condition(QStringLiteral("first_seen_event"), true, true)},
                    {condition(QStringLiteral("tagged_event"),
                               QJsonObject{{QStringLiteral("key"), QStringLiteral("environment")},
                                           {QStringLiteral("match"), QStringLiteral("eq")},
                                           {QStringLiteral("value"), QStringLiteral("staging")}},
                               true)},
                    slackAction(QStringLiteral("C07ALRTSTG0"), QStringLiteral("#alerts-staging")), QJsonValue(), 60);
        addWorkflow(p2, QStringLiteral("[P2] performance (#alerts-perf)"), {}, {},
                    slackAction(QStringLiteral("C07ALRTPERF"), QStringLiteral("#alerts-perf")),
                    QStringLiteral("production"), 30);
        for (const QJsonObject& team : std::as_const(m_data.teams)) {
            const QString slug = team.value(QStringLiteral("slug")).toString();
            const TeamSpec spec = m_teamSpecs.value(slug);
            QJsonObject action{{QStringLiteral("type"), QStringLiteral("pagerduty")},
                               {QStringLiteral("integrationId"), kPagerDuty},
                               {QStringLiteral("data"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("critical")}}},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("targetType"), QStringLiteral("specific")},
                                                                      {QStringLiteral("targetIdentifier"), spec.pdService},
                                                                      {QStringLiteral("targetDisplay"), spec.pdServiceName}}},
                               {QStringLiteral("status"), QStringLiteral("active")}};
            addWorkflow(p0ByTeam.value(slug), QStringLiteral("[P0] %1 critical (PagerDuty)").arg(slug), {}, {}, action,
                        QStringLiteral("production"), 5, team.value(QStringLiteral("id")).toString());
        }

        for (int i = 0; i < m_projectSpecs.size(); ++i) {
            const ProjectSpec& spec = m_projectSpecs.at(i);
            const QJsonObject owner = teamOwner(spec.teams.value(0));
            const qint64 error = errorBase + i;
            QJsonObject errorDetector = detectorBase(error, spec.id, QStringLiteral("Error Monitor"),
                                                     QStringLiteral("error"));
            errorDetector[QStringLiteral("createdBy")] = QJsonValue();
            errorDetector[QStringLiteral("dateCreated")] = QStringLiteral("2026-10-01T00:00:00.000000Z");
            errorDetector[QStringLiteral("dateUpdated")] = QStringLiteral("2026-10-01T00:00:00.000000Z");
            errorDetector[QStringLiteral("config")] = QJsonObject();
            m_data.detectors.insert(error, errorDetector);
            // Every project has both default detectors (ensure_default_detectors, CONTRACT §0b.5);
            // issue alerts fire through either, so the seed connects some workflows through each.
            const qint64 issueStream = issueStreamBase + i;
            QJsonObject streamDetector = errorDetector;
            streamDetector[QStringLiteral("id")] = QString::number(issueStream);
            streamDetector[QStringLiteral("name")] = QStringLiteral("Issue Stream");
            streamDetector[QStringLiteral("type")] = QStringLiteral("issue_stream");
            m_data.detectors.insert(issueStream, streamDetector);
            if (spec.inP1)
                m_data.link(i % 2 == 0 ? issueStream : error, p1);
            if (spec.inP3)
                m_data.link(i % 2 == 0 ? error : issueStream, p3);

            const qint64 p0wf = p0ByTeam.value(spec.teams.value(0));
            if (spec.hasP0) {
                addMetricDetector(p0Base + i, spec, QStringLiteral("[P0] errors > 50/min (%1)").arg(spec.slug), owner,
                                  QStringLiteral("events"), QStringLiteral("count()"), 60, {QStringLiteral("error")},
                                  QStringLiteral("gt"), QStringLiteral("lte"), 50);
                m_data.link(p0Base + i, p0wf);
                if (spec.sessions) {
                    addMetricDetector(crashBase + i, spec, QStringLiteral("[P0] crash-free < 95% (%1)").arg(spec.slug),
                                      owner, QStringLiteral("metrics"),
                                      QStringLiteral("percentage(sessions_crashed, sessions) AS _crash_rate_alert_aggregate"),
                                      3600, {}, QStringLiteral("lt"), QStringLiteral("gte"), 95);
                    m_data.link(crashBase + i, p0wf);
                }
            }
            // P2 as Sentry's migration leaves it (translate_detector_and_update_subscription_in_snuba)
            // or still on transactions (CONTRACT §0b.2: both read fine).
            const QString p2Dataset = spec.spanP2 ? QStringLiteral("events_analytics_platform") : QStringLiteral("transactions");
            const QStringList p2Types{spec.spanP2 ? QStringLiteral("trace_item_span") : QStringLiteral("transaction")};
            const QString p2Query = spec.spanP2 ? QStringLiteral("is_transaction:1") : QString();
            addMetricDetector(p95Base + i, spec, QStringLiteral("[P2] p95 > 2s (%1)").arg(spec.slug), owner, p2Dataset,
                              spec.spanP2 ? QStringLiteral("p95(span.duration)") : QStringLiteral("p95(transaction.duration)"),
                              300, p2Types, QStringLiteral("gt"), QStringLiteral("lte"), spec.p95Threshold, p2Query);
            m_data.link(p95Base + i, p2);
            addMetricDetector(apdexBase + i, spec, QStringLiteral("[P2] apdex < 0.7 (%1)").arg(spec.slug), owner, p2Dataset,
                              spec.spanP2 ? QStringLiteral("apdex(span.duration,300)") : QStringLiteral("apdex(300)"),
                              spec.apdexWindow, p2Types, QStringLiteral("lt"), QStringLiteral("gte"), 0.7, p2Query);
            m_data.link(apdexBase + i, p2);
        }
        Q_UNUSED(orgId)
    }

    void addLegacyAlerts(qint64 issueBase, qint64 metricBase)
    {
        qint64 issueId = issueBase;
        qint64 metricId = metricBase;
        for (const ProjectSpec& spec : std::as_const(m_projectSpecs)) {
            const QString owner = QStringLiteral("team:%1").arg(m_teamSpecs.value(spec.teams.value(0)).id);
            if (spec.inP1) {
                m_data.issueRules.insert(issueId, issueRule(issueId, spec.slug, owner,
                                                            QStringLiteral("P1 - new or regressed issue in production (#alerts-prod)"),
                                                            true, QStringLiteral("production"), QStringLiteral("#alerts-prod"),
                                                            QStringLiteral("C07ALRTPROD"), 30));
                ++issueId;
            }
            if (spec.inP3) {
                m_data.issueRules.insert(issueId, issueRule(issueId, spec.slug, owner,
                                                            QStringLiteral("P3 - new issue in staging (#alerts-staging)"),
                                                            false, QStringLiteral("staging"), QStringLiteral("#alerts-staging"),
                                                            QStringLiteral("C07ALRTSTG0"), 60));
                ++issueId;
            }
            const TeamSpec team = m_teamSpecs.value(spec.teams.value(0));
            const QJsonObject pdAction{{QStringLiteral("type"), QStringLiteral("pagerduty")},
                                       {QStringLiteral("targetType"), QStringLiteral("specific")},
                                       {QStringLiteral("targetIdentifier"), team.pdService},
                                       {QStringLiteral("inputChannelId"), QJsonValue()},
                                       {QStringLiteral("integrationId"), kPagerDuty.toLongLong()},
                                       {QStringLiteral("sentryAppId"), QJsonValue()},
                                       {QStringLiteral("desc"), QStringLiteral("Send a PagerDuty notification to %1").arg(team.pdServiceName)},
                                       {QStringLiteral("priority"), QStringLiteral("critical")}};
            const QJsonObject slackPerf{{QStringLiteral("type"), QStringLiteral("slack")},
                                        {QStringLiteral("targetType"), QStringLiteral("specific")},
                                        {QStringLiteral("targetIdentifier"), QStringLiteral("#alerts-perf")},
                                        {QStringLiteral("inputChannelId"), QStringLiteral("C07ALRTPERF")},
                                        {QStringLiteral("integrationId"), kSlack.toLongLong()},
                                        {QStringLiteral("sentryAppId"), QJsonValue()},
                                        {QStringLiteral("desc"), QStringLiteral("Send a Slack notification to #alerts-perf")},
                                        {QStringLiteral("priority"), QJsonValue()}};
            if (spec.hasP0) {
                addMetricRule(metricId++, spec.slug, owner, QStringLiteral("P0 - errors > 50/min (%1, prod)").arg(spec.slug),
                              QStringLiteral("events"), 0, QStringLiteral("count()"), 1, {QStringLiteral("error")}, 0, 50,
                              pdAction);
                if (spec.sessions)
                    addMetricRule(metricId++, spec.slug, owner,
                                  QStringLiteral("P0 - crash-free session rate < 95% (%1)").arg(spec.slug),
                                  QStringLiteral("metrics"), 2,
                                  QStringLiteral("percentage(sessions_crashed, sessions) AS _crash_rate_alert_aggregate"),
                                  60, {}, 1, 95, pdAction);
            }
            addMetricRule(metricId++, spec.slug, owner, QStringLiteral("P2 - p95 duration > 2000ms (%1)").arg(spec.slug),
                          QStringLiteral("transactions"), 1, QStringLiteral("p95(transaction.duration)"), 5,
                          {QStringLiteral("transaction")}, 0, spec.p95Threshold, slackPerf);
            addMetricRule(metricId++, spec.slug, owner, QStringLiteral("P2 - apdex < 0.7 (%1)").arg(spec.slug),
                          QStringLiteral("transactions"), 1, QStringLiteral("apdex(300)"), 5,
                          {QStringLiteral("transaction")}, 1, 0.7, slackPerf);
        }
    }

private:
    qint64 nested() { return m_nested++; }

    QJsonObject teamOwner(const QString& slug) const
    {
        const TeamSpec spec = m_teamSpecs.value(slug);
        return {{QStringLiteral("type"), QStringLiteral("team")}, {QStringLiteral("id"), spec.id},
                {QStringLiteral("name"), spec.slug}};
    }

    QJsonObject condition(const QString& type, const QJsonValue& comparison, const QJsonValue& result)
    {
        return {{QStringLiteral("id"), QString::number(nested())}, {QStringLiteral("type"), type},
                {QStringLiteral("comparison"), comparison}, {QStringLiteral("conditionResult"), result}};
    }

    QJsonObject slackAction(const QString& channelId, const QString& channel)
    {
        return {{QStringLiteral("type"), QStringLiteral("slack")},
                {QStringLiteral("integrationId"), kSlack},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("tags"), QStringLiteral("environment,level")},
                                                     {QStringLiteral("notes"), QString()}}},
                {QStringLiteral("config"), QJsonObject{{QStringLiteral("targetType"), QStringLiteral("specific")},
                                                       {QStringLiteral("targetIdentifier"), channelId},
                                                       {QStringLiteral("targetDisplay"), channel}}},
                {QStringLiteral("status"), QStringLiteral("active")}};
    }

    void addWorkflow(qint64 id, const QString& name, const QJsonArray& triggers, const QJsonArray& filters,
                     QJsonObject action, const QJsonValue& environment, int frequency, const QString& ownerTeamId = {})
    {
        const QString orgId = m_data.organization.value(QStringLiteral("id")).toString();
        action[QStringLiteral("id")] = QString::number(nested());
        QJsonObject wf{
            {QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("organizationId"), orgId},
            {QStringLiteral("createdBy"), QStringLiteral("3100")},
            {QStringLiteral("dateCreated"), kCreated},
            {QStringLiteral("dateUpdated"), kUpdated},
            {QStringLiteral("triggers"), QJsonObject{{QStringLiteral("id"), QString::number(nested())},
                                                     {QStringLiteral("organizationId"), orgId},
                                                     {QStringLiteral("logicType"), QStringLiteral("any-short")},
                                                     {QStringLiteral("conditions"), triggers},
                                                     {QStringLiteral("actions"), QJsonArray()}}},
            {QStringLiteral("actionFilters"), QJsonArray{QJsonObject{{QStringLiteral("id"), QString::number(nested())},
                                                                     {QStringLiteral("organizationId"), orgId},
                                                                     {QStringLiteral("logicType"), QStringLiteral("all")},
                                                                     {QStringLiteral("conditions"), filters},
                                                                     {QStringLiteral("actions"), QJsonArray{action}}}}},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("frequency"), frequency}}},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("lastTriggered"), QJsonValue()},
            {QStringLiteral("owner"), ownerTeamId.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("team:") + ownerTeamId)}};
        m_data.workflows.insert(id, wf);
    }

    QJsonObject detectorBase(qint64 id, const QString& projectId, const QString& name, const QString& type)
    {
        return {{QStringLiteral("id"), QString::number(id)},
                {QStringLiteral("projectId"), projectId},
                {QStringLiteral("name"), name},
                {QStringLiteral("description"), QJsonValue()},
                {QStringLiteral("type"), type},
                {QStringLiteral("owner"), QJsonValue()},
                {QStringLiteral("createdBy"), QStringLiteral("3100")},
                {QStringLiteral("dateCreated"), kCreated},
                {QStringLiteral("dateUpdated"), kUpdated},
                {QStringLiteral("dataSources"), QJsonValue()},
                {QStringLiteral("conditionGroup"), QJsonValue()},
                {QStringLiteral("config"), QJsonObject()},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("latestGroup"), QJsonValue()}};
    }

    void addMetricDetector(qint64 id, const ProjectSpec& spec, const QString& name, const QJsonObject& owner,
                           const QString& dataset, const QString& aggregate, int timeWindow, const QStringList& eventTypes,
                           const QString& alertType, const QString& resolveType, double threshold,
                           const QString& query = {})
    {
        const QString orgId = m_data.organization.value(QStringLiteral("id")).toString();
        QJsonObject d = detectorBase(id, spec.id, name, QStringLiteral("metric_issue"));
        d[QStringLiteral("owner")] = owner;
        const QString queryId = QString::number(nested());
        d[QStringLiteral("dataSources")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), QString::number(nested())},
            {QStringLiteral("organizationId"), orgId},
            {QStringLiteral("type"), QStringLiteral("snuba_query_subscription")},
            {QStringLiteral("sourceId"), queryId},
            {QStringLiteral("queryObj"),
             QJsonObject{{QStringLiteral("id"), queryId},
                         {QStringLiteral("status"), 0},
                         {QStringLiteral("subscription"), QStringLiteral("1/%1").arg(id, 16, 16, QLatin1Char('0'))},
                         {QStringLiteral("snubaQuery"),
                          QJsonObject{{QStringLiteral("id"), QString::number(nested())},
                                      {QStringLiteral("dataset"), dataset},
                                      {QStringLiteral("query"), query},
                                      {QStringLiteral("aggregate"), aggregate},
                                      {QStringLiteral("timeWindow"), timeWindow},
                                      {QStringLiteral("environment"), QStringLiteral("production")},
                                      {QStringLiteral("eventTypes"), QJsonArray::fromStringList(eventTypes)}}}}}}};
        d[QStringLiteral("conditionGroup")] = QJsonObject{
            {QStringLiteral("id"), QString::number(nested())},
            {QStringLiteral("organizationId"), orgId},
            {QStringLiteral("logicType"), QStringLiteral("any")},
            {QStringLiteral("conditions"), QJsonArray{condition(alertType, threshold, 75), condition(resolveType, threshold, 0)}},
            {QStringLiteral("actions"), QJsonArray()}};
        d[QStringLiteral("config")] = QJsonObject{{QStringLiteral("detectionType"), QStringLiteral("static")},
                                                  {QStringLiteral("comparisonDelta"), QJsonValue()}};
        m_data.detectors.insert(id, d);
    }

    QJsonObject issueRule(qint64 id, const QString& project, const QString& owner, const QString& name, bool p1,
                          const QString& environment, const QString& channel, const QString& channelId, int frequency)
    {
        QJsonArray conditions{QJsonObject{{QStringLiteral("id"), QStringLiteral("sentry.rules.conditions.first_seen_event.FirstSeenEventCondition")},
                                          {QStringLiteral("name"), QStringLiteral("A new issue is created")}}};
        if (p1)
            conditions.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("sentry.rules.conditions.regression_event.RegressionEventCondition")},
                                          {QStringLiteral("name"), QStringLiteral("The issue changes state from resolved to unresolved")}});
        const QJsonObject action{
            {QStringLiteral("id"), QStringLiteral("sentry.integrations.slack.notify_action.SlackNotifyServiceAction")},
            {QStringLiteral("workspace"), kSlack},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("channel_id"), channelId},
            {QStringLiteral("tags"), QStringLiteral("environment,level")},
            {QStringLiteral("notes"), QString()},
            {QStringLiteral("uuid"), QStringLiteral("6b0f6a3e-1d55-4f8a-9a0a-%1").arg(id, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("Send a notification to the Acme Corp Slack workspace to %1 (optionally, an ID: %2) and show tags [environment,level] in notification").arg(channel, channelId)}};
        return {{QStringLiteral("id"), QString::number(id)},
                {QStringLiteral("conditions"), conditions},
                {QStringLiteral("filters"), QJsonArray()},
                {QStringLiteral("actions"), QJsonArray{action}},
                {QStringLiteral("actionMatch"), QStringLiteral("any")},
                {QStringLiteral("filterMatch"), QStringLiteral("all")},
                {QStringLiteral("frequency"), frequency},
                {QStringLiteral("name"), name},
                {QStringLiteral("dateCreated"), kCreated},
                {QStringLiteral("owner"), owner},
                {QStringLiteral("createdBy"), QJsonObject{{QStringLiteral("id"), 3100},
                                                          {QStringLiteral("name"), QStringLiteral("Dana Ruiz")},
                                                          {QStringLiteral("email"), QStringLiteral("dana.ruiz@acme-corp.example")}}},
                {QStringLiteral("environment"), environment},
                {QStringLiteral("projects"), QJsonArray{project}},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("lastTriggered"), QJsonValue()},
                {QStringLiteral("snooze"), false}};
    }

    void addMetricRule(qint64 id, const QString& project, const QString& owner, const QString& name,
                       const QString& dataset, int queryType, const QString& aggregate, int timeWindow,
                       const QStringList& eventTypes, int thresholdType, double threshold, QJsonObject action)
    {
        const QString ruleId = QString::number(id);
        const QString triggerId = QString::number(nested());
        action[QStringLiteral("id")] = QString::number(nested());
        action[QStringLiteral("alertRuleTriggerId")] = triggerId;
        action[QStringLiteral("dateCreated")] = kCreated;
        const QJsonObject trigger{{QStringLiteral("id"), triggerId},
                                  {QStringLiteral("alertRuleId"), ruleId},
                                  {QStringLiteral("label"), QStringLiteral("critical")},
                                  {QStringLiteral("thresholdType"), thresholdType},
                                  {QStringLiteral("alertThreshold"), threshold},
                                  {QStringLiteral("resolveThreshold"), QJsonValue()},
                                  {QStringLiteral("dateCreated"), kCreated},
                                  {QStringLiteral("actions"), QJsonArray{action}}};
        m_data.metricRules.insert(
            id, QJsonObject{{QStringLiteral("id"), ruleId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("organizationId"), m_data.organization.value(QStringLiteral("id"))},
                            {QStringLiteral("status"), 0},
                            {QStringLiteral("queryType"), queryType},
                            {QStringLiteral("query"), QString()},
                            {QStringLiteral("aggregate"), aggregate},
                            {QStringLiteral("timeWindow"), timeWindow},
                            {QStringLiteral("resolution"), 1},
                            {QStringLiteral("thresholdPeriod"), 1},
                            {QStringLiteral("triggers"), QJsonArray{trigger}},
                            {QStringLiteral("projects"), QJsonArray{project}},
                            {QStringLiteral("owner"), owner},
                            {QStringLiteral("dateModified"), kUpdated},
                            {QStringLiteral("dateCreated"), kCreated},
                            {QStringLiteral("createdBy"), QJsonObject{{QStringLiteral("id"), 3100},
                                                                      {QStringLiteral("name"), QStringLiteral("Dana Ruiz")},
                                                                      {QStringLiteral("email"), QStringLiteral("dana.ruiz@acme-corp.example")}}},
                            {QStringLiteral("environment"), QStringLiteral("production")},
                            {QStringLiteral("dataset"), dataset},
                            {QStringLiteral("eventTypes"), QJsonArray::fromStringList(eventTypes)},
                            {QStringLiteral("thresholdType"), thresholdType},
                            {QStringLiteral("resolveThreshold"), QJsonValue()},
                            {QStringLiteral("comparisonDelta"), QJsonValue()},
                            {QStringLiteral("detectionType"), QStringLiteral("static")},
                            {QStringLiteral("seasonality"), QJsonValue()},
                            {QStringLiteral("sensitivity"), QJsonValue()},
                            {QStringLiteral("snooze"), false},
                            {QStringLiteral("latestIncident"), QJsonValue()},
                            {QStringLiteral("originalAlertRuleId"), QJsonValue()}});
    }

    FakeOrgData& m_data;
    QHash<QString, TeamSpec> m_teamSpecs;
    QList<ProjectSpec> m_projectSpecs;
    qint64 m_nested = 880000;
};

QJsonObject orgDetailWithoutLists()
{
    QJsonObject org = seedFile(QStringLiteral("organization-details.json")).toObject();
    org.remove(QStringLiteral("teams"));
    org.remove(QStringLiteral("projects"));
    return org;
}

QJsonObject detailExtras()
{
    QJsonObject detail = seedFile(QStringLiteral("project-details.json")).toObject();
    const QJsonObject summary = seedFile(QStringLiteral("organization-projects.json")).toArray().first().toObject();
    for (auto it = summary.begin(); it != summary.end(); ++it)
        detail.remove(it.key());
    // Fields the OpenAPI document requires that the hand-built fixture leaves out.
    const QJsonObject required{
        {QStringLiteral("autofixAutomationTuning"), QStringLiteral("off")},
        {QStringLiteral("debugFilesRole"), QJsonValue()},
        {QStringLiteral("derivedGroupingEnhancements"), QString()},
        {QStringLiteral("dynamicSamplingBiases"), QJsonValue()},
        {QStringLiteral("enableAutoReleaseCreation"), false},
        {QStringLiteral("highlightPreset"), QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("handled"), QStringLiteral("level")}},
                                                        {QStringLiteral("context"), QJsonObject()}}},
        {QStringLiteral("isDynamicallySampled"), false},
        {QStringLiteral("options"), QJsonObject()},
        {QStringLiteral("relayPiiConfig"), QJsonValue()},
        {QStringLiteral("scmSourceContextEnabled"), false},
        {QStringLiteral("secondaryGroupingConfig"), QJsonValue()},
        {QStringLiteral("secondaryGroupingExpiry"), 0},
        {QStringLiteral("seerNightshiftTweaks"), QJsonValue()},
        {QStringLiteral("seerScannerAutomation"), false},
        {QStringLiteral("tempestFetchScreenshots"), false}};
    for (auto it = required.begin(); it != required.end(); ++it) {
        if (!detail.contains(it.key()))
            detail.insert(it.key(), it.value());
    }
    return detail;
}

// Project-summary fields the OpenAPI document requires that the fixtures leave out.
void completeProject(QJsonObject& project)
{
    static const char* const insights[] = {"hasInsightsAgentMonitoring", "hasInsightsAppStart", "hasInsightsAssets",
                                           "hasInsightsCaches", "hasInsightsDb", "hasInsightsHttp", "hasInsightsMCP",
                                           "hasInsightsQueues", "hasInsightsScreenLoad", "hasInsightsVitals"};
    for (const char* key : insights) {
        if (!project.contains(QLatin1String(key)))
            project.insert(QLatin1String(key), false);
    }
    if (!project.contains(QStringLiteral("isInternal")))
        project.insert(QStringLiteral("isInternal"), false);
    if (!project.contains(QStringLiteral("isPublic")))
        project.insert(QStringLiteral("isPublic"), false);
}

void completeTeam(QJsonObject& team)
{
    if (!team.contains(QStringLiteral("access")))
        team.insert(QStringLiteral("access"), QJsonArray{QStringLiteral("event:read"), QStringLiteral("event:write"),
                                                         QStringLiteral("team:read"), QStringLiteral("project:read"),
                                                         QStringLiteral("project:write"), QStringLiteral("alerts:read"),
                                                         QStringLiteral("alerts:write")});
}

void completeMember(QJsonObject& member)
{
    if (!member.value(QStringLiteral("user")).isObject())
        return;
    QJsonObject user = member.value(QStringLiteral("user")).toObject();
    if (!user.contains(QStringLiteral("isSuspended")))
        user.insert(QStringLiteral("isSuspended"), false);
    member[QStringLiteral("user")] = user;
}

void completeAll(FakeOrgData& data)
{
    for (QJsonObject& p : data.projects)
        completeProject(p);
    for (QJsonObject& t : data.teams)
        completeTeam(t);
    for (qsizetype i = 0; i < data.members.size(); ++i) {
        completeMember(data.members[i]);
        data.memberIndex.insert(data.members.at(i).value(QStringLiteral("id")).toString(), int(i));
    }
}

// The acme-corp Slack workspace's channels, as Slack's conversations.list would answer.
void addSlackChannels(FakeOrgData& data)
{
    data.slackChannels.insert(kSlack, {{QStringLiteral("C07ALRTPROD"), QStringLiteral("alerts-prod")},
                                       {QStringLiteral("C07ALRTSTG0"), QStringLiteral("alerts-staging")},
                                       {QStringLiteral("C07ALRTPERF"), QStringLiteral("alerts-perf")},
                                       {QStringLiteral("C07GENERAL0"), QStringLiteral("general")},
                                       {QStringLiteral("C07PAYOPS00"), QStringLiteral("payments-ops")}});
}

void buildDemo(FakeOrgData& data)
{
    data.organization = orgDetailWithoutLists();
    data.projectDetailExtras = detailExtras();
    const QJsonArray fixtureTeams = seedFile(QStringLiteral("organization-details.json"))
                                        .toObject().value(QStringLiteral("teams")).toArray();
    data.members.clear();
    for (const QJsonValue& m : seedFile(QStringLiteral("organization-members.json")).toArray())
        data.members.append(m.toObject());
    for (const QJsonValue& i : seedFile(QStringLiteral("integrations.json")).toArray())
        data.integrations.append(i.toObject());
    const QJsonArray fixtureProjects = seedFile(QStringLiteral("organization-projects.json")).toArray();
    // The projects are the fixture's objects as they are; the builder only needs their specs.
    SeedBuilder builder(data);
    builder.addTeams({{QStringLiteral("4509001"), QStringLiteral("platform-eng"), QStringLiteral("Platform Engineering"),
                       QStringLiteral("48211"), QStringLiteral("acme-prod-critical")},
                      {QStringLiteral("4509002"), QStringLiteral("payments"), QStringLiteral("Payments"),
                       QStringLiteral("48212"), QStringLiteral("acme-payments-oncall")},
                      {QStringLiteral("4509003"), QStringLiteral("frontend"), QStringLiteral("Frontend"),
                       QStringLiteral("48211"), QStringLiteral("acme-prod-critical")}},
                     fixtureTeams.first().toObject());
    for (int i = 0; i < data.teams.size(); ++i)
        data.teams[i] = fixtureTeams.at(i).toObject();

    const QString paymentRaw = seedFile(QStringLiteral("project-ownership.json")).toObject().value(QStringLiteral("raw")).toString();
    QList<ProjectSpec> specs{
        {QStringLiteral("4510001"), QStringLiteral("api-gateway"), QStringLiteral("python-django"), {QStringLiteral("platform-eng")}, false,
         QStringLiteral("path:src/gateway/** #platform-eng\nurl:*/api/v1/* #platform-eng\n* #platform-eng")},
        {QStringLiteral("4510002"), QStringLiteral("auth-service"), QStringLiteral("go"), {QStringLiteral("platform-eng")}, false,
         QStringLiteral("path:internal/auth/** #platform-eng\npath:internal/sso/** #identity\nmodule:auth.* sam.okafor@acme-corp.example")},
        {QStringLiteral("4510003"), QStringLiteral("user-service"), QStringLiteral("python-fastapi"), {QStringLiteral("platform-eng")}, false,
         QStringLiteral("path:app/users/** #platform-eng\nurl:*/api/v1/users/* lee.chen@acme-corp.example\n* #platform-eng")},
        {QStringLiteral("4510004"), QStringLiteral("payment-api"), QStringLiteral("java-spring-boot"),
         {QStringLiteral("payments"), QStringLiteral("platform-eng")}, false, paymentRaw},
        {QStringLiteral("4510005"), QStringLiteral("billing-worker"), QStringLiteral("python-celery"), {QStringLiteral("payments")}, false,
         QStringLiteral("path:billing/** #payments\ntags.queue:billing #payments\n* #payments")},
        {QStringLiteral("4510006"), QStringLiteral("web-app"), QStringLiteral("javascript-react"), {QStringLiteral("frontend")}, true,
         QStringLiteral("path:src/components/** #frontend\nurl:https://app.acme-corp.example/* #frontend\n* #frontend")},
        {QStringLiteral("4510007"), QStringLiteral("mobile-app"), QStringLiteral("react-native"), {QStringLiteral("frontend")}, true,
         QStringLiteral("path:src/screens/** #frontend\npath:ios/** priya.nair@acme-corp.example\n* #frontend")},
        // The orphan: set up under payments (its alerts still page payments), then the team's access
        // was removed (DELETE /projects/{org}/{project}/teams/{team}/), as happens when a team is
        // reorganized. Its ownership rules still route to #payments, which now lacks access.
        {QStringLiteral("4510008"), QStringLiteral("reporting-api"), QStringLiteral("python-flask"), {QStringLiteral("payments")}, false,
         QStringLiteral("path:reports/** #payments\n* #payments")},
    };
    specs[4].hasP0 = false;       // billing-worker: no P0 (missing)
    specs[3].p95Threshold = 3000; // payment-api: P2 p95 drifted 2000 → 3000
    specs[5].inP3 = false;        // web-app: not connected to P3 (missing)
    specs[2].spanP2 = true;       // user-service: P2 already migrated to spans (ok)
    specs[6].apdexWindow = 600;   // mobile-app: transaction-based apdex over 10 min (drifted: replace)
    builder.addProjects(specs, fixtureProjects.first().toObject());
    for (int i = 0; i < fixtureProjects.size(); ++i)
        data.projects[i] = fixtureProjects.at(i).toObject();
    // payment-api's ownership is exactly the fixture's.
    QJsonObject payment = seedFile(QStringLiteral("project-ownership.json")).toObject();
    payment.remove(QStringLiteral("schema"));
    data.ownership.insert(QStringLiteral("payment-api"), payment);

    data.teamMembers.insert(QStringLiteral("platform-eng"), {QStringLiteral("7001"), QStringLiteral("7002"), QStringLiteral("7003")});
    data.teamMembers.insert(QStringLiteral("payments"), {QStringLiteral("7002"), QStringLiteral("7004")});
    // The token's user (7001, the owner) is not on frontend: member-scoped lists (detectors,
    // Discover without project=-1) miss web-app and mobile-app, as on sentry.io (CONTRACT §0b.1).
    data.teamMembers.insert(QStringLiteral("frontend"), {QStringLiteral("7003"), QStringLiteral("7004")});

    builder.addWorkflowAlerts(720001, 720101, 720201, 720301, 720401, 610001, 720501);
    addSlackChannels(data);
    builder.addLegacyAlerts(880101, 990201);
    QJsonObject& orphan = data.projects[data.projectIndex.value(QStringLiteral("reporting-api"))];
    orphan[QStringLiteral("teams")] = QJsonArray();
    orphan[QStringLiteral("team")] = QJsonValue();
    orphan[QStringLiteral("isMember")] = false; // on none of its teams (it has none)
}

const QStringList kPlatforms{QStringLiteral("python-django"), QStringLiteral("go"), QStringLiteral("java-spring-boot"),
                             QStringLiteral("javascript-react"), QStringLiteral("node-express"), QStringLiteral("react-native"),
                             QStringLiteral("python-celery")};

bool sendsSessions(const QString& platform)
{
    return platform.startsWith(QLatin1String("javascript")) || platform == QLatin1String("react-native");
}

void buildLarge(FakeOrgData& data, int projectCount)
{
    data.organization = orgDetailWithoutLists();
    data.organization[QStringLiteral("name")] = QStringLiteral("Acme Corp (large)");
    data.projectDetailExtras = detailExtras();
    const QJsonObject teamTemplate = seedFile(QStringLiteral("organization-details.json"))
                                         .toObject().value(QStringLiteral("teams")).toArray().first().toObject();
    const QJsonObject projectTemplate = seedFile(QStringLiteral("organization-projects.json")).toArray().first().toObject();
    const QJsonArray fixtureMembers = seedFile(QStringLiteral("organization-members.json")).toArray();
    for (const QJsonValue& i : seedFile(QStringLiteral("integrations.json")).toArray())
        data.integrations.append(i.toObject());

    const int teamCount = (projectCount + 6) / 7;
    QList<TeamSpec> teams;
    for (int t = 0; t < teamCount; ++t) {
        const bool payments = t % 5 == 1;
        teams.append({QString::number(4600000 + t), QStringLiteral("team-%1").arg(t + 1, 3, 10, QLatin1Char('0')),
                      QStringLiteral("Team %1").arg(t + 1), payments ? QStringLiteral("48212") : QStringLiteral("48211"),
                      payments ? QStringLiteral("acme-payments-oncall") : QStringLiteral("acme-prod-critical")});
    }
    SeedBuilder builder(data);
    builder.addTeams(teams, teamTemplate);

    // Members: three per team, generated from the fixture member's shape.
    const QJsonObject memberTemplate = fixtureMembers.first().toObject();
    for (int t = 0; t < teamCount; ++t) {
        for (int k = 0; k < 3; ++k) {
            const int n = t * 3 + k;
            const QString email = QStringLiteral("user%1@acme-corp.example").arg(n + 1);
            QJsonObject member = memberTemplate;
            member[QStringLiteral("id")] = QString::number(800000 + n);
            member[QStringLiteral("email")] = email;
            member[QStringLiteral("name")] = QStringLiteral("User %1").arg(n + 1);
            member[QStringLiteral("orgRole")] = n == 0 ? QStringLiteral("owner") : QStringLiteral("member");
            QJsonObject user = member.value(QStringLiteral("user")).toObject();
            user[QStringLiteral("id")] = QString::number(500000 + n);
            user[QStringLiteral("name")] = member.value(QStringLiteral("name"));
            user[QStringLiteral("username")] = email;
            user[QStringLiteral("email")] = email;
            user[QStringLiteral("emails")] = QJsonArray{QJsonObject{{QStringLiteral("id"), QString::number(600000 + n)},
                                                                    {QStringLiteral("email"), email},
                                                                    {QStringLiteral("is_verified"), true}}};
            member[QStringLiteral("user")] = user;
            data.members.append(member);
            data.teamMembers[teams.at(t).slug].append(member.value(QStringLiteral("id")).toString());
        }
        // The owner (the token's user, member 0) also joined most teams, but not every fourth:
        // member-scoped lists miss those teams' projects (CONTRACT §0b.1).
        if (t > 0 && t % 4 != 3)
            data.teamMembers[teams.at(t).slug].append(QString::number(800000));
    }

    QList<ProjectSpec> specs;
    for (int p = 0; p < projectCount; ++p) {
        ProjectSpec spec;
        spec.id = QString::number(4700000 + p);
        spec.slug = QStringLiteral("project-%1").arg(p + 1, 4, 10, QLatin1Char('0'));
        spec.platform = kPlatforms.at(p % kPlatforms.size());
        const TeamSpec& team = teams.at(p / 7);
        spec.teams = {team.slug};
        spec.sessions = sendsSessions(spec.platform);
        const QString member = QStringLiteral("user%1@acme-corp.example").arg((p / 7) * 3 + p % 3 + 1);
        const QString ownerTeam = p % 17 == 16 ? QStringLiteral("#retired-team") : QStringLiteral("#") + team.slug;
        spec.ownershipRaw = QStringLiteral("path:src/%1/** %2\nurl:*/api/%1/* #%3\nmodule:%4.* %5\n* #%3")
                                .arg(spec.slug, ownerTeam, team.slug, QString(spec.slug).replace(QLatin1Char('-'), QLatin1Char('_')),
                                     member);
        // Mostly ok, some realistic gaps: deterministic so benchmarks and audits repeat.
        spec.hasP0 = p % 11 != 10;
        spec.p95Threshold = p % 13 == 12 ? 3000 : 2000;
        spec.inP3 = p % 19 != 18;
        specs.append(spec);
    }
    builder.addProjects(specs, projectTemplate);
    const qint64 n = projectCount;
    builder.addWorkflowAlerts(10000000, 10000000 + n, 10000000 + 2 * n, 10000000 + 3 * n, 10000000 + 4 * n, 20000000,
                              10000000 + 5 * n);
    addSlackChannels(data);
    builder.addLegacyAlerts(30000000, 40000000);
    data.nextId = 50000000;
}

} // namespace

void FakeOrgData::link(qint64 detectorId, qint64 workflowId)
{
    workflowsOfDetector[detectorId].insert(workflowId);
    detectorsOfWorkflow[workflowId].insert(detectorId);
}

void FakeOrgData::unlinkDetector(qint64 detectorId)
{
    for (qint64 wf : workflowsOfDetector.value(detectorId))
        detectorsOfWorkflow[wf].remove(detectorId);
    workflowsOfDetector.remove(detectorId);
}

void FakeOrgData::unlinkWorkflow(qint64 workflowId)
{
    for (qint64 det : detectorsOfWorkflow.value(workflowId))
        workflowsOfDetector[det].remove(workflowId);
    detectorsOfWorkflow.remove(workflowId);
}

const QJsonObject* FakeOrgData::projectBySlugOrId(const QString& key) const
{
    const auto it = projectIndex.constFind(key);
    if (it != projectIndex.constEnd())
        return &projects.at(*it);
    for (const QJsonObject& p : projects) {
        if (p.value(QStringLiteral("id")).toString() == key)
            return &p;
    }
    return nullptr;
}

const QJsonObject* FakeOrgData::teamBySlug(const QString& slug) const
{
    for (const QJsonObject& t : teams) {
        if (t.value(QStringLiteral("slug")).toString() == slug || t.value(QStringLiteral("id")).toString() == slug)
            return &t;
    }
    return nullptr;
}

QStringList FakeOrgData::projectTeamSlugs(const QString& projectSlug) const
{
    QStringList slugs;
    if (const QJsonObject* p = projectBySlugOrId(projectSlug)) {
        for (const QJsonValue& t : p->value(QStringLiteral("teams")).toArray())
            slugs.append(t.toObject().value(QStringLiteral("slug")).toString());
    }
    return slugs;
}

std::optional<FakeOrgData> buildFakeSeed(const QString& seed)
{
    FakeOrgData data;
    data.seed = seed;
    if (seed == QLatin1String("demo")) {
        buildDemo(data);
        completeAll(data);
        seedFakeArchitecture(data);
        return data;
    }
    if (seed.startsWith(QLatin1String("large:"))) {
        bool ok = false;
        const int n = seed.mid(6).toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return std::nullopt;
        buildLarge(data, n);
        completeAll(data);
        seedFakeArchitecture(data);
        return data;
    }
    return std::nullopt;
}

} // namespace sc
