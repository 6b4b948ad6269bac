// SPDX-License-Identifier: MIT
// The organization audit log: GET /api/0/organizations/{org}/audit-logs/ and the rows every
// accepted write leaves in it.
//
// Sources (getsentry/sentry):
// - src/sentry/api/endpoints/organization_auditlogs.py: OrganizationAuditPermission (GET needs
//   org:write, src/sentry/api/bases/organization.py), query params `event` (an api name; an
//   unknown one matches nothing) and `actor` (an integer, else 400), DateTimePaginator ordered by
//   -datetime (newest first, cursor paging with a Link header; no start/end filter), and the body
//   {"rows": [...], "options": audit_log.get_api_names()}.
// - src/sentry/api/serializers/models/auditlogentry.py (AuditLogEntrySerializer): each row is
//   {id, actor, event, ipAddress, note, targetObject, targetUser, data, dateCreated}.
// - src/sentry/audit_log/register.py: the api names and note templates used below.
// - Who writes which row: project_ownership.py (project.ownership-rule.edit, target the project),
//   project_team_details.py (project-team.add|remove, data {team_slug, project_slug}),
//   project_details.py (project.edit), project_filter_details.py (project.enable|disable, data
//   {state}), project_key_details.py (projectkey.edit, target the key, data without the project),
//   organization_teams.py (team.create), team_projects.py (project.create), the workflow-engine
//   validators (detector.add|edit|remove, workflow.add|edit|remove, target the object, data {name})
//   and bulk_create/remove of DetectorWorkflow rows (detector_workflow.add|remove, target the
//   DetectorWorkflow row, data {detector_name, workflow_name} only: DetectorWorkflow.get_audit_log_data),
//   the legacy rule endpoints (rule.create|edit|remove, target the rule, data Rule.get_audit_log_data:
//   {label, action_match, filter_match, conditions, actions, frequency}, no project) and metric alert
//   rules (alertrule.create|edit|remove, data {label}), monitors (monitor.add).
// - Spike protection lives in getsentry (private): its audit event name is not public. The fake
//   writes `spike-protection.enable|disable` [U], which a client must treat as unknown.
#include "fakesentryapi.h"
#include "fakeapihelpers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc {

using namespace Qt::StringLiterals;
using namespace fakeapi;

namespace {

// register.py's api names (audit_log.get_api_names()), the `options` of every answer.
const QStringList& apiNames()
{
    static const QStringList names{
        u"member.invite"_s, u"member.add"_s, u"member.accept-invite"_s, u"member.edit"_s, u"member.remove"_s,
        u"member.join-team"_s, u"member.leave-team"_s, u"member.pending"_s, u"org.create"_s, u"org.edit"_s,
        u"org.remove"_s, u"org.restore"_s, u"team.create"_s, u"team.edit"_s, u"team.remove"_s, u"project.create"_s,
        u"project.edit"_s, u"project.change-performance-issue-detection"_s, u"project.remove"_s,
        u"project.remove-with-origin"_s, u"project.request-transfer"_s, u"project.accept-transfer"_s,
        u"project.enable"_s, u"project.disable"_s, u"tagkey.remove"_s, u"projectkey.create"_s, u"projectkey.edit"_s,
        u"projectkey.remove"_s, u"projectkey.change"_s, u"sso.enable"_s, u"sso.disable"_s, u"sso.edit"_s,
        u"sso-identity.link"_s, u"api-key.create"_s, u"api-key.edit"_s, u"api-key.remove"_s, u"rule.create"_s,
        u"rule.edit"_s, u"rule.remove"_s, u"rule.mute"_s, u"rule.disable"_s, u"servicehook.create"_s,
        u"servicehook.edit"_s, u"servicehook.remove"_s, u"integration.disable"_s, u"integration.upgrade"_s,
        u"integration.add"_s, u"integration.edit"_s, u"integration.remove"_s, u"sentry-app.add"_s,
        u"sentry-app.remove"_s, u"sentry-app.install"_s, u"sentry-app.uninstall"_s, u"monitor.add"_s,
        u"monitor.edit"_s, u"monitor.remove"_s, u"alertrule.create"_s, u"alertrule.edit"_s, u"alertrule.remove"_s,
        u"alertrule.mute"_s, u"project.ownership-rule.edit"_s, u"project-team.remove"_s, u"project-team.add"_s,
        u"uptime_monitor.add"_s, u"uptime_monitor.edit"_s, u"uptime_monitor.remove"_s, u"detector.add"_s,
        u"detector.edit"_s, u"detector.remove"_s, u"workflow.add"_s, u"workflow.edit"_s, u"workflow.remove"_s,
        u"detector_workflow.add"_s, u"detector_workflow.remove"_s};
    return names;
}

QString str(const QJsonObject& o, const QString& key)
{
    return idOf(o.value(key));
}

} // namespace

QSet<QPair<qint64, qint64>> FakeSentryApi::linkPairs() const
{
    QSet<QPair<qint64, qint64>> pairs;
    for (auto it = m_data.workflowsOfDetector.cbegin(); it != m_data.workflowsOfDetector.cend(); ++it) {
        for (qint64 workflow : it.value())
            pairs.insert({it.key(), workflow});
    }
    return pairs;
}

void FakeSentryApi::audit(const QString& event, const QJsonValue& target, const QJsonObject& data, const QString& note)
{
    // AuditLogEntrySerializer: the actor is the token's user (a serialized user), targetUser null.
    const QJsonObject user = m_data.members.value(0).value(u"user"_s).toObject();
    QJsonObject row{{u"id"_s, QString::number(m_nextAuditId++)},
                    {u"actor"_s, user.isEmpty() ? QJsonValue(QJsonObject{{u"name"_s, u"api token"_s}}) : QJsonValue(user)},
                    {u"event"_s, event},
                    {u"ipAddress"_s, u"127.0.0.1"_s},
                    {u"note"_s, note},
                    {u"targetObject"_s, target.isString() ? QJsonValue(target.toString().toLongLong()) : target},
                    {u"targetUser"_s, QJsonValue()},
                    {u"data"_s, data},
                    {u"dateCreated"_s, nowIso()}};
    m_auditLog.append(row);
}

void FakeSentryApi::auditLinksSince(const QSet<QPair<qint64, qint64>>& before)
{
    const QSet<QPair<qint64, qint64>> after = linkPairs();
    const auto row = [this](const QPair<qint64, qint64>& pair, bool added) {
        const QString detector = m_data.detectors.value(pair.first).value(u"name"_s).toString();
        const QString workflow = m_data.workflows.value(pair.second).value(u"name"_s).toString();
        // DetectorWorkflow rows have their own ids; the fake derives a stable one from the pair.
        const qint64 rowId = pair.first * 7919 + pair.second;
        audit(added ? u"detector_workflow.add"_s : u"detector_workflow.remove"_s, rowId,
              QJsonObject{{u"detector_name"_s, detector}, {u"workflow_name"_s, workflow}},
              added ? u"connected detector %1 to workflow %2"_s.arg(detector, workflow)
                    : u"disconnected detector %1 from workflow %2"_s.arg(detector, workflow));
    };
    for (const auto& pair : before) {
        if (!after.contains(pair))
            row(pair, false);
    }
    for (const auto& pair : after) {
        if (!before.contains(pair))
            row(pair, true);
    }
}

FakeResponse FakeSentryApi::auditLogs(const FakeRequest& request) const
{
    if (request.method != "GET")
        return detail(405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(request.method)));
    if (!hasScope(u"org:write"_s))
        return missingScope();
    const QUrlQuery& q = request.query;
    // AuditLogQueryParamSerializer: actor is an IntegerField (DRF's message), event a CharField
    // whose unknown values give an empty result.
    std::optional<qint64> actor;
    if (q.hasQueryItem(u"actor"_s)) {
        bool ok = false;
        actor = q.queryItemValue(u"actor"_s).toLongLong(&ok);
        if (!ok)
            return json(400, QJsonObject{{u"actor"_s, QJsonArray{u"A valid integer is required."_s}}});
    }
    const QString event = q.queryItemValue(u"event"_s);
    QJsonArray rows;
    for (qsizetype i = m_auditLog.size() - 1; i >= 0; --i) { // -datetime: newest first
        const QJsonObject& row = m_auditLog.at(i);
        if (q.hasQueryItem(u"event"_s) && row.value(u"event"_s).toString() != event)
            continue;
        if (actor && idOf(row.value(u"actor"_s).toObject().value(u"id"_s)).toLongLong() != *actor)
            continue;
        rows.append(row);
    }
    FakeResponse r = paginate(request, rows);
    if (r.status != 200)
        return r;
    r.body = QJsonObject{{u"rows"_s, r.body}, {u"options"_s, QJsonArray::fromStringList(apiNames())}};
    return r;
}

void FakeSentryApi::auditProject(const QString& event, const QString& slug, QJsonObject data, const QString& note)
{
    const QJsonObject* project = m_data.projectBySlugOrId(slug);
    if (!project)
        return;
    // Project.get_audit_log_data(): id, slug, name, status, public, …
    QJsonObject merged{{u"id"_s, project->value(u"id"_s)}, {u"slug"_s, project->value(u"slug"_s)},
                       {u"name"_s, project->value(u"name"_s)}, {u"status"_s, 0}, {u"public"_s, false}};
    for (auto it = data.begin(); it != data.end(); ++it)
        merged.insert(it.key(), it.value());
    audit(event, project->value(u"id"_s), merged, note.isEmpty() ? u"edited project settings"_s : note);
}

// One place maps each accepted write (request + answer) to the row Sentry's endpoint writes.
// `before` holds what a DELETE removed (its name) and the detector↔workflow links before the write.
void FakeSentryApi::auditWrite(const FakeRequest& request, const QStringList& parts, const FakeResponse& response,
                               const AuditBefore& before)
{
    const QByteArray& m = request.method;
    const QJsonObject body = response.body.toObject();
    const QString what = parts.value(2);
    const QString action = m == "POST" ? u"add"_s : m == "PUT" ? u"edit"_s : u"remove"_s;
    const QString name = m == "DELETE" ? before.name : body.value(u"name"_s).toString();
    if (parts.value(0) == u"organizations"_s) {
        if (what == u"detectors"_s || (what == u"projects"_s && parts.value(4) == u"detectors"_s)) {
            const QString id = m == "DELETE" || m == "PUT" ? parts.value(3) : str(body, u"id"_s);
            audit(u"detector."_s + action, id, QJsonObject{{u"name"_s, name}}, u"%1 detector %2"_s.arg(action, name));
        } else if (what == u"workflows"_s) {
            const QString id = m == "POST" ? str(body, u"id"_s) : parts.value(3);
            audit(u"workflow."_s + action, id, QJsonObject{{u"name"_s, name}}, u"%1 workflow %2"_s.arg(action, name));
        } else if (what == u"alert-rules"_s) {
            const QString verb = m == "POST" ? u"create"_s : action;
            const QString id = m == "POST" ? str(body, u"id"_s) : parts.value(3);
            audit(u"alertrule."_s + verb, id, QJsonObject{{u"label"_s, name}},
                  u"%1 metric alert rule \"%2\""_s.arg(verb, name));
        } else if (what == u"teams"_s && m == "POST") {
            audit(u"team.create"_s, body.value(u"id"_s),
                  QJsonObject{{u"id"_s, body.value(u"id"_s)}, {u"slug"_s, body.value(u"slug"_s)},
                              {u"name"_s, body.value(u"name"_s)}, {u"status"_s, 0}},
                  u"created team %1"_s.arg(body.value(u"slug"_s).toString()));
        } else if (what == u"monitors"_s && m == "POST") {
            audit(u"monitor.add"_s, body.value(u"id"_s), QJsonObject{{u"name"_s, name}}, u"added monitor %1"_s.arg(name));
        } else if (what == u"spike-protections"_s) {
            audit(m == "POST" ? u"spike-protection.enable"_s : u"spike-protection.disable"_s, QJsonValue(),
                  QJsonObject{{u"projects"_s, QJsonDocument::fromJson(request.body).object().value(u"projects"_s)}}, {});
        }
    } else if (parts.value(0) == u"teams"_s && parts.value(3) == u"projects"_s && m == "POST") {
        auditProject(u"project.create"_s, str(body, u"slug"_s), {}, u"created project %1"_s.arg(str(body, u"slug"_s)));
    } else if (parts.value(0) == u"projects"_s) {
        const QString project = parts.value(2);
        const QString sub = parts.value(3);
        if (parts.size() == 3) {
            // A PUT may rename the project: name it by its new slug.
            auditProject(u"project.edit"_s, body.value(u"slug"_s).toString(project));
        } else if (sub == u"ownership"_s) {
            auditProject(u"project.ownership-rule.edit"_s, project, {}, u"modified ownership rules"_s);
        } else if (sub == u"teams"_s) {
            const QJsonObject* p = m_data.projectBySlugOrId(project);
            const QString slug = p ? p->value(u"slug"_s).toString() : project;
            audit(m == "POST" ? u"project-team.add"_s : u"project-team.remove"_s, p ? p->value(u"id"_s) : QJsonValue(),
                  QJsonObject{{u"team_slug"_s, parts.value(4)}, {u"project_slug"_s, slug}},
                  m == "POST" ? u"added team %1 to project %2"_s.arg(parts.value(4), slug)
                              : u"removed team %1 from project %2"_s.arg(parts.value(4), slug));
        } else if (sub == u"filters"_s) {
            const bool active = QJsonDocument::fromJson(request.body).object().value(u"active"_s).toBool();
            auditProject(active ? u"project.enable"_s : u"project.disable"_s, project,
                         QJsonObject{{u"state"_s, parts.value(4)}},
                         u"%1 project filter %2"_s.arg(active ? u"enabled"_s : u"disabled"_s, parts.value(4)));
        } else if (sub == u"keys"_s) {
            audit(u"projectkey.edit"_s, body.value(u"id"_s),
                  QJsonObject{{u"label"_s, body.value(u"label"_s)}, {u"public_key"_s, body.value(u"public"_s)},
                              {u"status"_s, body.value(u"isActive"_s).toBool() ? 0 : 1}},
                  u"edited project key %1"_s.arg(body.value(u"public"_s).toString()));
        } else if (sub == u"rules"_s) {
            const QString verb = m == "POST" ? u"create"_s : action;
            const QString id = m == "POST" ? str(body, u"id"_s) : parts.value(4);
            const QJsonObject rule = m == "DELETE" ? QJsonObject{{u"name"_s, before.name}} : body;
            audit(u"rule."_s + verb, id,
                  QJsonObject{{u"label"_s, rule.value(u"name"_s)}, {u"action_match"_s, rule.value(u"actionMatch"_s)},
                              {u"filter_match"_s, rule.value(u"filterMatch"_s)},
                              {u"conditions"_s, rule.value(u"conditions"_s)}, {u"actions"_s, rule.value(u"actions"_s)},
                              {u"frequency"_s, rule.value(u"frequency"_s)}},
                  u"%1 rule \"%2\""_s.arg(verb, rule.value(u"name"_s).toString()));
        }
    }
    // A deleted detector or workflow takes its links along without rows of their own (the
    // DetectorWorkflow rows cascade); writes that change links log each one (bulk create/remove).
    if (m != "DELETE")
        auditLinksSince(before.links);
}

FakeSentryApi::AuditBefore FakeSentryApi::auditBefore(const FakeRequest& request, const QStringList& parts) const
{
    AuditBefore before;
    if (request.method == "GET")
        return before;
    before.links = linkPairs();
    if (request.method != "DELETE")
        return before;
    const qint64 id = parts.value(parts.value(0) == u"projects"_s ? 4 : 3).toLongLong();
    const QString what = parts.value(parts.value(0) == u"projects"_s ? 3 : 2);
    if (what == u"detectors"_s)
        before.name = m_data.detectors.value(id).value(u"name"_s).toString();
    else if (what == u"workflows"_s)
        before.name = m_data.workflows.value(id).value(u"name"_s).toString();
    else if (what == u"alert-rules"_s)
        before.name = m_data.metricRules.value(id).value(u"name"_s).toString();
    else if (what == u"rules"_s)
        before.name = m_data.issueRules.value(id).value(u"name"_s).toString();
    return before;
}

// The back door is "another admin" editing through Sentry's own endpoints: the same rows.
void FakeSentryApi::auditBackDoor(const QString& type, const QString& id, const QSet<QPair<qint64, qint64>>& links)
{
    const qint64 key = id.toLongLong();
    if (type == u"ownership"_s) {
        auditProject(u"project.ownership-rule.edit"_s, id, {}, u"modified ownership rules"_s);
    } else if (type == u"project"_s) {
        auditProject(u"project.edit"_s, id);
    } else if (type == u"detector"_s || type == u"workflow"_s) {
        const QString name = (type == u"detector"_s ? m_data.detectors : m_data.workflows).value(key).value(u"name"_s).toString();
        audit(type + u".edit"_s, id, QJsonObject{{u"name"_s, name}}, u"edited %1 %2"_s.arg(type, name));
    } else if (type == u"issueAlertRule"_s) {
        const QJsonObject rule = m_data.issueRules.value(key);
        audit(u"rule.edit"_s, id, QJsonObject{{u"label"_s, rule.value(u"name"_s)}},
              u"edited rule \"%1\""_s.arg(rule.value(u"name"_s).toString()));
    } else if (type == u"metricAlertRule"_s) {
        const QJsonObject rule = m_data.metricRules.value(key);
        audit(u"alertrule.edit"_s, id, QJsonObject{{u"label"_s, rule.value(u"name"_s)}},
              u"edited metric alert rule \"%1\""_s.arg(rule.value(u"name"_s).toString()));
    }
    auditLinksSince(links);
}

} // namespace sc
