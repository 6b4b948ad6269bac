// SPDX-License-Identifier: MIT
// Routes under /organizations/, /teams/ and /projects/: which handler serves which method and path.
#include "fakesentryapi.h"
#include "fakeapihelpers.h"

#include "fakeevents.h"
#include "fakemembership.h"
#include "fakeownershipcheck.h"
#include "fakestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace sc {

using namespace Qt::StringLiterals;
using namespace fakeapi;

FakeResponse FakeSentryApi::organizationRoutes(const FakeRequest& request, const QStringList& parts)
{
    const QByteArray& m = request.method;
    const QUrlQuery& q = request.query;
    if (std::optional<FakeResponse> r = architectureOrgRoute(request, parts))
        return *r;
    if (parts.size() == 2) {
        if (m != "GET")
            return detail(405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(m)));
        return json(200, organizationDetail(q.queryItemValue(u"detailed"_s) != u"0"_s));
    }
    const QString what = parts.at(2);
    if (what == u"audit-logs"_s && parts.size() == 3)
        return auditLogs(request);
    if (parts.size() == 3 && m == "GET") {
        if (what == u"teams"_s) {
            const bool withProjects = q.queryItemValue(u"detailed"_s) != u"0"_s;
            const QString query = q.queryItemValue(u"query"_s);
            QList<qsizetype> teams;
            for (qsizetype i = 0; i < m_data.teams.size(); ++i) {
                const QJsonObject& t = m_data.teams.at(i);
                if (!query.isEmpty() && !t.value(u"slug"_s).toString().contains(query, Qt::CaseInsensitive)
                    && !t.value(u"name"_s).toString().contains(query, Qt::CaseInsensitive))
                    continue;
                teams.append(i);
            }
            // One pass over the projects for the whole page, not one per team (large:2000 has 286 teams).
            QHash<QString, QJsonArray> byTeam;
            if (withProjects) {
                for (const QJsonObject& p : std::as_const(m_data.projects)) {
                    for (const QJsonValue& t : p.value(u"teams"_s).toArray())
                        byTeam[t.toObject().value(u"slug"_s).toString()].append(p);
                }
            }
            return paginate(request, teams.size(), [&](qsizetype i) {
                QJsonObject team = m_data.teams.at(teams.at(i));
                if (withProjects)
                    team[u"projects"_s] = byTeam.value(team.value(u"slug"_s).toString());
                return QJsonValue(team);
            });
        }
        if (what == u"projects"_s) {
            const QString query = q.queryItemValue(u"query"_s);
            QJsonArray projects;
            for (const QJsonObject& p : std::as_const(m_data.projects)) {
                if (!query.isEmpty() && !p.value(u"slug"_s).toString().contains(query, Qt::CaseInsensitive))
                    continue;
                projects.append(p);
            }
            return paginate(request, projects);
        }
        if (what == u"members"_s) {
            QJsonArray members;
            for (const QJsonObject& mem : std::as_const(m_data.members))
                members.append(mem);
            return paginate(request, members);
        }
        if (what == u"integrations"_s) {
            const QString provider = q.queryItemValue(u"providerKey"_s);
            const QString include = q.queryItemValue(u"includeConfig"_s).toLower();
            const bool withConfig = include == u"1"_s || include == u"true"_s;
            QJsonArray out;
            for (QJsonObject i : std::as_const(m_data.integrations)) {
                if (!provider.isEmpty() && i.value(u"provider"_s).toObject().value(u"key"_s).toString() != provider)
                    continue;
                if (!withConfig) {
                    // configData is only filled when asked for (it is slow on Sentry).
                    i[u"configData"_s] = QJsonObject();
                    i[u"configOrganization"_s] = QJsonArray();
                }
                out.append(i);
            }
            return paginate(request, out);
        }
        if (what == u"stats_v2"_s || what == u"events-timeseries"_s || what == u"events-stats"_s || what == u"events"_s) {
            QList<FakeStatsProject> projects;
            // Discover's events, events-stats and events-timeseries resolve their projects with
            // get_projects()'s default: without `project` only the member's projects, `-1` for
            // all accessible ones (CONTRACT §0b.1). stats_v2 does the same when it groups by
            // project, and is an org-wide total otherwise (_get_projects_for_orgstats_query,
            // src/sentry/api/endpoints/organization_stats_v2.py).
            const bool memberScoped = fakeQueryIsMemberScoped(q)
                                      && (what != u"stats_v2"_s || q.allQueryItemValues(u"groupBy"_s).contains(u"project"_s));
            const QSet<QString> mine = memberScoped ? fakeMemberProjectIds(m_data) : QSet<QString>();
            for (const QJsonObject& p : std::as_const(m_data.projects)) {
                if (memberScoped && !mine.contains(p.value(u"id"_s).toString()))
                    continue;
                FakeStatsProject sp;
                sp.id = p.value(u"id"_s).toString();
                sp.slug = p.value(u"slug"_s).toString();
                sp.platform = p.value(u"platform"_s).toString();
                for (const QJsonValue& t : p.value(u"teams"_s).toArray())
                    sp.teamSlugs.append(t.toObject().value(u"slug"_s).toString());
                projects.append(sp);
            }
            const FakeStatsReply reply = fakeStatsResponse(what, q, projects, m_data.seed, m_now());
            return json(reply.status, reply.body);
        }
    }
    if (what == u"detectors"_s) {
        if (m_options.legacyAlerts)
            return notFound();
        if (parts.size() == 3) {
            if (m == "GET")
                return paginateDetectors(request, listDetectors(q));
            return detail(405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(m)));
        }
        if (parts.size() == 4) {
            bool ok = false;
            const qint64 id = parts.at(3).toLongLong(&ok);
            if (!ok || !m_data.detectors.contains(id))
                return notFound();
            if (m == "GET")
                return json(200, detectorRead(id));
            if (!hasScope(u"alerts:write"_s))
                return missingScope();
            if (m == "PUT") {
                // OrganizationDetectorDetailsEndpoint.put validates with get_detector_validator(), and the
                // hidden issue_stream group type has no detector validator
                // (src/sentry/workflow_engine/endpoints/organization_detector_details.py,
                // src/sentry/workflow_engine/typings/grouptype.py): such a detector is connected from the
                // workflow side (its detectorIds), never by a detector PUT.
                if (m_data.detectors.value(id).value(u"type"_s).toString() == u"issue_stream"_s)
                    return json(400, QJsonObject{{u"type"_s, QJsonArray{u"Detector type not compatible with detectors"_s}}});
                return writeDetector({}, id, QJsonDocument::fromJson(request.body).object(), false);
            }
            if (m == "DELETE") {
                m_data.unlinkDetector(id);
                m_data.detectors.remove(id);
                FakeResponse r = noContent();
                r.isWrite = true;
                return r;
            }
        }
        return notFound();
    }
    if (what == u"projects"_s && parts.size() == 5 && parts.at(4) == u"detectors"_s) {
        if (m_options.legacyAlerts)
            return notFound();
        const QJsonObject* project = m_data.projectBySlugOrId(parts.at(3));
        if (!project)
            return notFound();
        if (m == "GET") {
            QUrlQuery q2 = q;
            q2.removeAllQueryItems(u"project"_s);
            q2.addQueryItem(u"project"_s, project->value(u"id"_s).toString());
            return paginateDetectors(request, listDetectors(q2));
        }
        if (m == "POST") {
            if (!hasScope(u"alerts:write"_s))
                return missingScope();
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            if (!doc.isObject())
                return detail(400, u"Malformed request."_s);
            return writeDetector(project->value(u"slug"_s).toString(), 0, doc.object(), true);
        }
        return notFound();
    }
    if (what == u"workflows"_s) {
        if (m_options.legacyAlerts)
            return notFound();
        if (parts.size() == 3) {
            if (m == "GET")
                return paginateWorkflows(request, listWorkflows(q));
            if (m == "POST") {
                if (!hasScope(u"alerts:write"_s))
                    return missingScope();
                const QJsonDocument doc = QJsonDocument::fromJson(request.body);
                if (!doc.isObject())
                    return detail(400, u"Malformed request."_s);
                return writeWorkflow(0, doc.object(), true);
            }
            return notFound();
        }
        if (parts.size() == 4) {
            bool ok = false;
            const qint64 id = parts.at(3).toLongLong(&ok);
            if (!ok || !m_data.workflows.contains(id))
                return notFound();
            if (m == "GET")
                return json(200, workflowRead(id));
            if (!hasScope(u"alerts:write"_s))
                return missingScope();
            if (m == "PUT")
                return writeWorkflow(id, QJsonDocument::fromJson(request.body).object(), false);
            if (m == "DELETE") {
                m_data.unlinkWorkflow(id);
                m_data.workflows.remove(id);
                FakeResponse r = noContent();
                r.isWrite = true;
                return r;
            }
        }
        return notFound();
    }
    if (what == u"alert-rules"_s) {
        FakeResponse gate = legacyGate(request);
        if (gate.status != 0)
            return gate;
        FakeResponse r;
        if (parts.size() == 3) {
            if (m == "GET") {
                const QString project = q.queryItemValue(u"project"_s);
                QJsonArray out;
                for (const QJsonObject& rule : std::as_const(m_data.metricRules)) {
                    if (!project.isEmpty()) {
                        const QJsonObject* p = m_data.projectBySlugOrId(project);
                        if (!p || !rule.value(u"projects"_s).toArray().contains(p->value(u"slug"_s)))
                            continue;
                    }
                    out.append(rule);
                }
                r = paginate(request, out);
            } else if (m == "POST") {
                r = hasScope(u"alerts:write"_s) ? writeMetricRule(0, QJsonDocument::fromJson(request.body).object(), true)
                                                : missingScope();
            } else {
                r = notFound();
            }
        } else if (parts.size() == 4) {
            bool ok = false;
            const qint64 id = parts.at(3).toLongLong(&ok);
            if (!ok || !m_data.metricRules.contains(id)) {
                r = notFound();
            } else if (m == "GET") {
                r = json(200, m_data.metricRules.value(id));
            } else if (!hasScope(u"alerts:write"_s)) {
                r = missingScope();
            } else if (m == "PUT") {
                r = writeMetricRule(id, QJsonDocument::fromJson(request.body).object(), false);
            } else if (m == "DELETE") {
                m_data.metricRules.remove(id);
                r = noContent();
                r.isWrite = true;
            } else {
                r = notFound();
            }
        } else {
            r = notFound();
        }
        addLegacyHeaders(r);
        return r;
    }
    return notFound();
}

FakeResponse FakeSentryApi::teamRoutes(const FakeRequest& request, const QStringList& parts)
{
    if (std::optional<FakeResponse> r = architectureTeamRoute(request, parts))
        return *r;
    const QJsonObject* team = m_data.teamBySlug(parts.at(2));
    if (!team)
        return detail(404, u"Team not found."_s);
    const QString slug = team->value(u"slug"_s).toString();
    if (request.method != "GET")
        return notFound();
    if (parts.size() == 3) {
        return json(200, teamWithProjects(*team, true));
    }
    if (parts.size() == 4 && parts.at(3) == u"members"_s) {
        QJsonArray out;
        for (const QString& id : m_data.teamMembers.value(slug)) {
            const auto index = m_data.memberIndex.constFind(id);
            if (index == m_data.memberIndex.constEnd())
                continue;
            QJsonObject o = m_data.members.at(*index);
            o[u"teamRole"_s] = u"contributor"_s;
            o[u"teamSlug"_s] = slug;
            out.append(o);
        }
        return paginate(request, out);
    }
    if (parts.size() == 4 && parts.at(3) == u"projects"_s) {
        QJsonArray out;
        for (const QJsonObject& p : std::as_const(m_data.projects)) {
            if (m_data.projectTeamSlugs(p.value(u"slug"_s).toString()).contains(slug))
                out.append(p);
        }
        return paginate(request, out);
    }
    return notFound();
}

FakeResponse FakeSentryApi::projectRoutes(const FakeRequest& request, const QStringList& parts)
{
    const QByteArray& m = request.method;
    const QJsonObject* project = m_data.projectBySlugOrId(parts.at(2));
    if (!project)
        return notFound();
    const QString slug = project->value(u"slug"_s).toString();
    if (std::optional<FakeResponse> r = architectureProjectRoute(request, parts))
        return *r;
    if (parts.size() == 3) {
        if (m == "GET")
            return json(200, projectDetail(*project));
        return notFound();
    }
    const QString what = parts.at(3);
    if (what == u"ownership"_s && parts.size() == 4) {
        if (m == "GET")
            return json(200, ownershipRead(slug));
        if (m == "PUT") {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            if (!doc.isObject())
                return detail(400, u"Malformed request."_s);
            // Without project:write a caller may only send `raw` (Sentry's rule).
            const QJsonObject body = doc.object();
            const bool onlyRaw = body.keys() == QStringList{u"raw"_s};
            if (!hasScope(u"project:write"_s) && !(onlyRaw && hasScope(u"project:read"_s)))
                return missingScope();
            return putOwnership(slug, body);
        }
        return notFound();
    }
    if (what == u"teams"_s) {
        if (parts.size() == 4 && m == "GET") {
            QJsonArray out;
            for (const QString& t : m_data.projectTeamSlugs(slug))
                out.append(teamWithProjects(*m_data.teamBySlug(t), false));
            return paginate(request, out);
        }
        if (parts.size() == 5)
            return projectTeam(request, slug, parts.at(4));
        return notFound();
    }
    if (what == u"events"_s && parts.size() == 4 && m == "GET") {
        return paginate(request, projectEvents(slug));
    }
    if (what == u"rules"_s) {
        FakeResponse gate = legacyGate(request);
        if (gate.status != 0)
            return gate;
        FakeResponse r;
        if (parts.size() == 4) {
            if (m == "GET") {
                QJsonArray out;
                for (const QJsonObject& rule : std::as_const(m_data.issueRules)) {
                    if (rule.value(u"projects"_s).toArray().contains(slug))
                        out.append(rule);
                }
                r = paginate(request, out);
            } else if (m == "POST") {
                r = hasScope(u"alerts:write"_s) ? writeIssueRule(slug, 0, QJsonDocument::fromJson(request.body).object(), true)
                                                : missingScope();
            } else {
                r = notFound();
            }
        } else if (parts.size() == 5) {
            bool ok = false;
            const qint64 id = parts.at(4).toLongLong(&ok);
            if (!ok || !m_data.issueRules.contains(id)
                || !m_data.issueRules.value(id).value(u"projects"_s).toArray().contains(slug)) {
                r = notFound();
            } else if (m == "GET") {
                r = json(200, m_data.issueRules.value(id));
            } else if (!hasScope(u"alerts:write"_s)) {
                r = missingScope();
            } else if (m == "PUT") {
                r = writeIssueRule(slug, id, QJsonDocument::fromJson(request.body).object(), false);
            } else if (m == "DELETE") {
                m_data.issueRules.remove(id);
                r = noContent(202);
                r.isWrite = true;
            } else {
                r = notFound();
            }
        } else {
            r = notFound();
        }
        addLegacyHeaders(r);
        return r;
    }
    return notFound();
}


} // namespace sc
