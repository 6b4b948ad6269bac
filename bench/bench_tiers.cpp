// SPDX-License-Identifier: MIT
// Tier audit and plan over a generated 2,000-project org shaped like the fake server's large:2000
// seed (every project covered, a few deliberate gaps), in memory so the numbers measure the tier
// code, not the network. Prints "BENCH <name> <value> <unit>" lines.
#include "orgsnapshot.h"
#include "tieraudit.h"
#include "tierplanner.h"
#include "tierpolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

using namespace sc;

namespace {

QJsonObject metricDetector(const QString& id, const QString& projectId, const QString& name, const QString& dataset,
                           const QString& aggregate, int window, const QStringList& eventTypes, bool above, double threshold,
                           const QString& workflowId)
{
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("projectId"), projectId}, {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("metric_issue")}, {QStringLiteral("enabled"), true},
        {QStringLiteral("workflowIds"), QJsonArray{workflowId}},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("detectionType"), QStringLiteral("static")}}},
        {QStringLiteral("dataSources"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("snuba_query_subscription")},
                                {QStringLiteral("queryObj"),
                                 QJsonObject{{QStringLiteral("snubaQuery"),
                                              QJsonObject{{QStringLiteral("dataset"), dataset},
                                                          {QStringLiteral("query"), QString()},
                                                          {QStringLiteral("aggregate"), aggregate},
                                                          {QStringLiteral("timeWindow"), window},
                                                          {QStringLiteral("environment"), QStringLiteral("production")},
                                                          {QStringLiteral("eventTypes"), QJsonArray::fromStringList(eventTypes)}}}}}}}},
        {QStringLiteral("conditionGroup"),
         QJsonObject{{QStringLiteral("logicType"), QStringLiteral("any")},
                     {QStringLiteral("conditions"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), above ? QStringLiteral("gt") : QStringLiteral("lt")},
                                             {QStringLiteral("comparison"), threshold},
                                             {QStringLiteral("conditionResult"), 75}},
                                 QJsonObject{{QStringLiteral("type"), above ? QStringLiteral("lte") : QStringLiteral("gte")},
                                             {QStringLiteral("comparison"), threshold},
                                             {QStringLiteral("conditionResult"), 0}}}}}},
    };
}

QJsonObject workflow(const QString& id, const QString& name, const QStringList& triggers, const QJsonObject& action,
                     const QJsonValue& environment, const QStringList& detectors, const QJsonArray& filters = {})
{
    QJsonArray conditions;
    for (const QString& trigger : triggers)
        conditions.append(QJsonObject{{QStringLiteral("type"), trigger}, {QStringLiteral("comparison"), true},
                                      {QStringLiteral("conditionResult"), true}});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("enabled"), true},
                       {QStringLiteral("triggers"), QJsonObject{{QStringLiteral("logicType"), QStringLiteral("any-short")},
                                                                {QStringLiteral("conditions"), conditions}}},
                       {QStringLiteral("actionFilters"), QJsonArray{QJsonObject{{QStringLiteral("logicType"), QStringLiteral("all")},
                                                                                {QStringLiteral("conditions"), filters},
                                                                                {QStringLiteral("actions"), QJsonArray{action}}}}},
                       {QStringLiteral("environment"), environment},
                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("frequency"), 30}}},
                       {QStringLiteral("detectorIds"), QJsonArray::fromStringList(detectors)}};
}

QJsonObject action(const QString& type, const QString& integration, const QString& target, const QString& display)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("integrationId"), integration},
                       {QStringLiteral("data"), QJsonObject()},
                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("targetType"), QStringLiteral("specific")},
                                                              {QStringLiteral("targetIdentifier"), target},
                                                              {QStringLiteral("targetDisplay"), display}}}};
}

OrgSnapshot largeOrg(int projectCount)
{
    OrgSnapshot snapshot;
    snapshot.orgSlug = QStringLiteral("acme-large");
    snapshot.server = QStringLiteral("http://127.0.0.1:0/");
    snapshot.organization = Organization::fromJson({{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("slug"), snapshot.orgSlug}});
    const int teamCount = 20;
    QJsonArray services;
    for (int t = 0; t < teamCount; ++t) {
        snapshot.teams.append(Team::fromJson({{QStringLiteral("id"), QString::number(1000 + t)},
                                              {QStringLiteral("slug"), QStringLiteral("team-%1").arg(t)}}));
        services.append(QJsonObject{{QStringLiteral("id"), 5000 + t}, {QStringLiteral("service"), QStringLiteral("oncall-%1").arg(t)}});
    }
    snapshot.integrations.append(Integration::fromJson({{QStringLiteral("id"), QStringLiteral("131001")},
                                                        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("key"), QStringLiteral("slack")}}}}));
    snapshot.integrations.append(Integration::fromJson({{QStringLiteral("id"), QStringLiteral("131002")},
                                                        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("key"), QStringLiteral("pagerduty")}}},
                                                        {QStringLiteral("configData"), QJsonObject{{QStringLiteral("service_table"), services}}}}));
    QStringList errorIds, p3Ids, p2Ids;
    QList<QStringList> p0Ids(teamCount);
    static const QStringList platforms = {QStringLiteral("python"), QStringLiteral("javascript-react"), QStringLiteral("go"),
                                          QStringLiteral("android"), QStringLiteral("java")};
    for (int p = 0; p < projectCount; ++p) {
        const int team = p % teamCount;
        const QString id = QString::number(100000 + p);
        const QString slug = QStringLiteral("service-%1").arg(p);
        const QString platform = platforms.at(p % platforms.size());
        snapshot.projects.append(Project::fromJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("slug"), slug}, {QStringLiteral("platform"), platform},
             {QStringLiteral("teams"), QJsonArray{QJsonObject{{QStringLiteral("id"), QString::number(1000 + team)},
                                                              {QStringLiteral("slug"), QStringLiteral("team-%1").arg(team)}}}}}));
        const QString errorId = QStringLiteral("7%1").arg(p, 6, 10, QLatin1Char('0'));
        snapshot.detectors.append(Detector::fromJson({{QStringLiteral("id"), errorId}, {QStringLiteral("projectId"), id},
                                                      {QStringLiteral("type"), QStringLiteral("error")},
                                                      {QStringLiteral("name"), QStringLiteral("Error Monitor")}}));
        errorIds.append(errorId);
        if (p % 90 != 5)
            p3Ids.append(errorId);
        const QString p0Workflow = QString::number(610100 + team);
        if (p % 50 != 7) {
            const QString did = QStringLiteral("81%1").arg(p, 6, 10, QLatin1Char('0'));
            snapshot.detectors.append(Detector::fromJson(metricDetector(did, id, QStringLiteral("[P0] errors (%1)").arg(slug), QStringLiteral("events"),
                                                                        QStringLiteral("count()"), 60, {QStringLiteral("error")}, true, 50, p0Workflow)));
            p0Ids[team].append(did);
            if (platform == QLatin1String("javascript-react") || platform == QLatin1String("android")) {
                const QString cid = QStringLiteral("82%1").arg(p, 6, 10, QLatin1Char('0'));
                snapshot.detectors.append(Detector::fromJson(metricDetector(
                    cid, id, QStringLiteral("[P0] crash-free (%1)").arg(slug), QStringLiteral("metrics"),
                    QStringLiteral("percentage(sessions_crashed, sessions) AS _crash_rate_alert_aggregate"), 3600, {}, false, 95, p0Workflow)));
                p0Ids[team].append(cid);
            }
        }
        const QString pid = QStringLiteral("83%1").arg(p, 6, 10, QLatin1Char('0'));
        const QString aid = QStringLiteral("84%1").arg(p, 6, 10, QLatin1Char('0'));
        snapshot.detectors.append(Detector::fromJson(metricDetector(pid, id, QStringLiteral("[P2] p95 (%1)").arg(slug), QStringLiteral("transactions"),
                                                                    QStringLiteral("p95(transaction.duration)"), 300, {QStringLiteral("transaction")},
                                                                    true, p % 70 == 3 ? 3000 : 2000, QStringLiteral("610006"))));
        snapshot.detectors.append(Detector::fromJson(metricDetector(aid, id, QStringLiteral("[P2] apdex (%1)").arg(slug), QStringLiteral("transactions"),
                                                                    QStringLiteral("apdex(300)"), 300, {QStringLiteral("transaction")}, false, 0.7,
                                                                    QStringLiteral("610006"))));
        p2Ids << pid << aid;
    }
    snapshot.workflows.append(Workflow::fromJson(workflow(QStringLiteral("610001"), QStringLiteral("[P1] prod"),
                                                          {QStringLiteral("first_seen_event"), QStringLiteral("regression_event")},
                                                          action(QStringLiteral("slack"), QStringLiteral("131001"), QStringLiteral("C07ALRTPROD"), QStringLiteral("#alerts-prod")),
                                                          QStringLiteral("production"), errorIds)));
    snapshot.workflows.append(Workflow::fromJson(workflow(QStringLiteral("610002"), QStringLiteral("[P3] staging"), {QStringLiteral("first_seen_event")},
                                                          action(QStringLiteral("slack"), QStringLiteral("131001"), QStringLiteral("C07ALRTSTG0"), QStringLiteral("#alerts-staging")),
                                                          QStringLiteral("staging"), p3Ids)));
    snapshot.workflows.append(Workflow::fromJson(workflow(QStringLiteral("610006"), QStringLiteral("[P2] perf"), {},
                                                          action(QStringLiteral("slack"), QStringLiteral("131001"), QStringLiteral("C07ALRTPERF"), QStringLiteral("#alerts-perf")),
                                                          QStringLiteral("production"), p2Ids)));
    for (int t = 0; t < teamCount; ++t) {
        snapshot.workflows.append(Workflow::fromJson(workflow(QString::number(610100 + t), QStringLiteral("[P0] team-%1 critical").arg(t), {},
                                                              action(QStringLiteral("pagerduty"), QStringLiteral("131002"), QString::number(5000 + t),
                                                                     QStringLiteral("oncall-%1").arg(t)),
                                                              QStringLiteral("production"), p0Ids[t])));
    }
    snapshot.reindex();
    return snapshot;
}

template <class F>
double bestOfMs(int runs, F&& body)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const OrgSnapshot snapshot = largeOrg(2000);
    const TierPolicy policy = TierPolicy::defaultPolicy();

    AuditReport report;
    const double auditMs = bestOfMs(3, [&] { report = auditTiers(snapshot, policy); });
    int problems = 0;
    for (int t = 0; t < TierCount; ++t)
        problems += report.count(Tier(t), TierState::Drifted) + report.count(Tier(t), TierState::Missing);

    int operations = 0;
    const double planMs = bestOfMs(3, [&] {
        const TierPlanner planner(snapshot, policy);
        const Result<TierPlan> plan = planner.plan(*planner.selectProjects({}, {}));
        operations = plan ? int(plan->changes.operations.size()) : -1;
    });

    out << "tiers: " << snapshot.projects.size() << " projects, " << snapshot.detectors.size() << " detectors, "
        << problems << " tier problems, plan of " << operations << " operations (best of 3)\n";
    out << "BENCH tiers_audit_large2000_ms " << QString::number(auditMs, 'f', 1) << " ms\n";
    out << "BENCH tiers_plan_large2000_ms " << QString::number(planMs, 'f', 1) << " ms\n";
    return operations < 0 ? 1 : 0;
}
