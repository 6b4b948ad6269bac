// SPDX-License-Identifier: MIT
#include "fakesentryapi.h"

#include "fakeevents.h"
#include "fakeownershipcheck.h"
#include "fakestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace sc {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAllScopes{u"org:read"_s, u"org:write"_s, u"project:read"_s, u"project:write"_s, u"team:read"_s,
                             u"member:read"_s, u"alerts:read"_s, u"alerts:write"_s, u"event:read"_s};

FakeResponse json(int status, const QJsonValue& body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    return r;
}

FakeResponse detail(int status, const QString& text)
{
    return json(status, QJsonObject{{u"detail"_s, text}});
}

FakeResponse notFound()
{
    return detail(404, u"The requested resource does not exist"_s);
}

FakeResponse fieldError(const QString& field, const QString& message)
{
    return json(400, QJsonObject{{field, QJsonArray{message}}});
}

FakeResponse noContent(int status = 204)
{
    FakeResponse r;
    r.status = status;
    return r;
}

// Body keys may come camelCase or snake_case (Sentry's serializers accept both).
QJsonValue field(const QJsonObject& body, const QString& camel, const QString& snake)
{
    if (body.contains(camel))
        return body.value(camel);
    return body.value(snake);
}

bool hasField(const QJsonObject& body, const QString& camel, const QString& snake)
{
    return body.contains(camel) || body.contains(snake);
}

QString idOf(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

// The other side of a detector↔workflow link list in a write body (`workflowIds` / `detector_ids`):
// nullopt when the body doesn't set it; every id must name an existing object, else a DRF error
// on `errorKey` is added to `errors`.
std::optional<QList<qint64>> linkedIds(const QJsonObject& body, const QString& camel, const QString& snake,
                                       const QMap<qint64, QJsonObject>& existing, const QString& noun,
                                       QJsonObject& errors)
{
    if (!hasField(body, camel, snake))
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue& v : field(body, camel, snake).toArray()) {
        const qint64 id = idOf(v).toLongLong();
        if (!existing.contains(id)) {
            errors[camel] = QJsonArray{u"Some %1 do not exist: %2"_s.arg(noun, idOf(v))};
            break;
        }
        ids.append(id);
    }
    return ids;
}

QJsonArray idArray(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (qint64 id : sorted)
        out.append(QString::number(id));
    return out;
}

void mergePatch(QJsonObject& target, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull()) {
            target.remove(it.key());
        } else if (it->isObject() && target.value(it.key()).isObject()) {
            QJsonObject inner = target.value(it.key()).toObject();
            mergePatch(inner, it->toObject());
            target[it.key()] = inner;
        } else {
            target[it.key()] = *it;
        }
    }
}

// Sorting ids by a sortBy value ("name", "-id", …); unknown keys keep the id order.
template <class KeyFn>
void sortIds(QList<qint64>& ids, const QString& sortBy, KeyFn key)
{
    if (sortBy.isEmpty())
        return;
    const bool desc = sortBy.startsWith(QLatin1Char('-'));
    const QString k = desc ? sortBy.mid(1) : sortBy;
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QPartialOrdering c = QVariant::compare(key(a, k), key(b, k));
        return desc ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
    });
}

// `query` free text: tokens `key:value` filter on fields, the rest must occur in the name.
bool matchesQuery(const QJsonObject& item, const QString& query)
{
    const QStringList tokens = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const int colon = token.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = token.left(colon);
            QString value = token.mid(colon + 1);
            if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            const QJsonValue field = item.value(key);
            if (field.isUndefined()) {
                if (!item.value(u"name"_s).toString().contains(token, Qt::CaseInsensitive))
                    return false;
                continue;
            }
            const QString text = field.isString() ? field.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{field}).toJson(QJsonDocument::Compact));
            if (!text.contains(value, Qt::CaseInsensitive))
                return false;
        } else if (!item.value(u"name"_s).toString().contains(token, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

const QSet<QString> kFrequencies{u"0"_s, u"5"_s, u"10"_s, u"30"_s, u"60"_s, u"180"_s, u"720"_s, u"1440"_s};

} // namespace

FakeSentryApi::FakeSentryApi(FakeOrgData data, const FakeServerOptions& options)
    : m_data(std::move(data)), m_options(options), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString FakeSentryApi::nowIso() const
{
    return m_now().toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

bool FakeSentryApi::hasScope(const QString& scope) const
{
    const QStringList& scopes = m_options.scopes.isEmpty() ? kAllScopes : m_options.scopes;
    if (scopes.contains(scope))
        return true;
    // :admin implies :write implies :read, as in Sentry.
    const QString area = scope.section(QLatin1Char(':'), 0, 0);
    const QString level = scope.section(QLatin1Char(':'), 1);
    if (level == u"read"_s && (scopes.contains(area + u":write"_s) || scopes.contains(area + u":admin"_s)))
        return true;
    return level == u"write"_s && scopes.contains(area + u":admin"_s);
}

FakeResponse FakeSentryApi::missingScope() const
{
    return detail(403, u"You do not have permission to perform this action."_s);
}

FakeResponse FakeSentryApi::handle(const FakeRequest& request)
{
    const QByteArray auth = request.authorization.trimmed();
    if (auth.isEmpty())
        return detail(401, u"Authentication credentials were not provided."_s);
    if (!auth.startsWith("Bearer ") || QString::fromUtf8(auth.mid(7).trimmed()) != m_options.token)
        return detail(401, u"Invalid token"_s);

    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0) != u"api"_s || parts.at(1) != u"0"_s)
        return notFound();
    parts = parts.mid(2);
    return route(request, parts);
}

FakeResponse FakeSentryApi::route(const FakeRequest& request, const QStringList& parts)
{
    const QByteArray& m = request.method;
    if (parts.isEmpty()) {
        // sentry-cli's `info`: who am I, which scopes.
        return json(200, QJsonObject{{u"version"_s, u"0"_s},
                                     {u"auth"_s, QJsonObject{{u"scopes"_s, QJsonArray::fromStringList(m_options.scopes.isEmpty() ? kAllScopes : m_options.scopes)}}},
                                     {u"user"_s, m_data.members.value(0).value(u"user"_s)}});
    }
    const QString head = parts.at(0);
    if (head == u"organizations"_s) {
        if (parts.size() == 1 && m == "GET")
            return paginate(request, QJsonArray{organizationSummary()});
        const QString org = parts.at(1);
        if (org != m_data.organization.value(u"slug"_s).toString() && org != m_data.organization.value(u"id"_s).toString())
            return notFound();
        return organizationRoutes(request, parts);
    }
    if (head == u"projects"_s) {
        if (parts.size() == 1 && m == "GET") {
            QJsonArray all;
            for (const QJsonObject& p : std::as_const(m_data.projects)) {
                QJsonObject o = p;
                o[u"organization"_s] = organizationSummary();
                all.append(o);
            }
            return paginate(request, all);
        }
        if (parts.size() < 3 || parts.at(1) != m_data.organization.value(u"slug"_s).toString())
            return notFound();
        return projectRoutes(request, parts);
    }
    if (head == u"teams"_s) {
        if (parts.size() < 3 || parts.at(1) != m_data.organization.value(u"slug"_s).toString())
            return notFound();
        return teamRoutes(request, parts);
    }
    return notFound();
}

FakeResponse FakeSentryApi::organizationRoutes(const FakeRequest& request, const QStringList& parts)
{
    const QByteArray& m = request.method;
    const QUrlQuery& q = request.query;
    if (parts.size() == 2) {
        if (m != "GET")
            return detail(405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(m)));
        return json(200, organizationDetail(q.queryItemValue(u"detailed"_s) != u"0"_s));
    }
    const QString what = parts.at(2);
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
            for (const QJsonObject& p : std::as_const(m_data.projects)) {
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
            if (m == "PUT")
                return writeDetector({}, id, QJsonDocument::fromJson(request.body).object(), false);
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

FakeResponse FakeSentryApi::legacyGate(const FakeRequest& request) const
{
    Q_UNUSED(request)
    if (m_options.brownout) {
        FakeResponse r = json(410, QJsonObject{{u"message"_s, u"This API no longer exists."_s}});
        addLegacyHeaders(r);
        return r;
    }
    FakeResponse pass;
    pass.status = 0;
    return pass;
}

void FakeSentryApi::addLegacyHeaders(FakeResponse& response) const
{
    response.headers.append(QPair<QByteArray, QByteArray>{"X-Sentry-Deprecation-Date", "2026-05-14T00:00:00+00:00"});
    response.headers.append(QPair<QByteArray, QByteArray>{"X-Sentry-Replacement-Endpoint",
                             "/api/0/organizations/" + m_data.organization.value(u"slug"_s).toString().toUtf8() + "/workflows/"});
}

// ---- reads ---------------------------------------------------------------------------------

QJsonObject FakeSentryApi::organizationSummary() const
{
    static const QStringList keys{u"id"_s, u"slug"_s, u"status"_s, u"name"_s, u"dateCreated"_s, u"isEarlyAdopter"_s,
                                  u"require2FA"_s, u"avatar"_s, u"hasAuthProvider"_s, u"allowMemberInvite"_s,
                                  u"allowMemberProjectCreation"_s, u"allowSuperuserAccess"_s, u"features"_s};
    QJsonObject org;
    for (const QString& k : keys)
        org.insert(k, m_data.organization.value(k));
    org[u"links"_s] = QJsonObject{{u"organizationUrl"_s, m_baseUrl}, {u"regionUrl"_s, m_baseUrl}};
    return org;
}

QJsonObject FakeSentryApi::organizationDetail(bool detailed) const
{
    QJsonObject org = m_data.organization;
    org[u"links"_s] = QJsonObject{{u"organizationUrl"_s, m_baseUrl}, {u"regionUrl"_s, m_baseUrl}};
    QJsonArray access;
    const QStringList& scopes = m_options.scopes.isEmpty() ? kAllScopes : m_options.scopes;
    for (const QString& s : scopes)
        access.append(s);
    org[u"access"_s] = access;
    if (detailed) {
        QJsonArray teams;
        for (const QJsonObject& t : m_data.teams)
            teams.append(t);
        org[u"teams"_s] = teams;
        static const QStringList projectKeys{u"id"_s, u"slug"_s, u"name"_s, u"platform"_s, u"dateCreated"_s,
                                             u"isBookmarked"_s, u"isMember"_s, u"hasAccess"_s, u"team"_s, u"teams"_s,
                                             u"environments"_s};
        QJsonArray projects;
        for (const QJsonObject& p : m_data.projects) {
            QJsonObject short_;
            for (const QString& k : projectKeys)
                short_.insert(k, p.value(k));
            projects.append(short_);
        }
        org[u"projects"_s] = projects;
    }
    return org;
}

QJsonObject FakeSentryApi::projectDetail(const QJsonObject& summary) const
{
    QJsonObject detail = summary;
    for (auto it = m_data.projectDetailExtras.begin(); it != m_data.projectDetailExtras.end(); ++it)
        detail.insert(it.key(), it.value());
    const QString slug = summary.value(u"slug"_s).toString();
    detail[u"subjectPrefix"_s] = u"[%1] "_s.arg(slug);
    detail[u"securityToken"_s] = QString::fromLatin1(QByteArray::number(qHash(slug), 16).rightJustified(32, '0'));
    detail[u"organization"_s] = organizationSummary();
    return detail;
}

QJsonObject FakeSentryApi::teamWithProjects(const QJsonObject& team, bool withProjects) const
{
    QJsonObject out = team;
    if (withProjects) {
        const QString slug = team.value(u"slug"_s).toString();
        QJsonArray projects;
        for (const QJsonObject& p : m_data.projects) {
            for (const QJsonValue& t : p.value(u"teams"_s).toArray()) {
                if (t.toObject().value(u"slug"_s).toString() == slug) {
                    projects.append(p);
                    break;
                }
            }
        }
        out[u"projects"_s] = projects;
    }
    return out;
}

QJsonObject FakeSentryApi::ownershipRead(const QString& projectSlug) const
{
    const auto it = m_data.ownership.constFind(projectSlug);
    if (it == m_data.ownership.constEnd()) {
        // No row yet: Sentry answers an unsaved object with null dates.
        return {{u"raw"_s, QJsonValue()}, {u"fallthrough"_s, true}, {u"dateCreated"_s, QJsonValue()},
                {u"lastUpdated"_s, QJsonValue()}, {u"isActive"_s, true},
                {u"autoAssignment"_s, u"Turn off Auto-Assignment"_s}, {u"codeownersAutoSync"_s, true},
                {u"schema"_s, QJsonValue()}};
    }
    QJsonObject out = *it;
    out[u"schema"_s] = checkFakeOwnership(out.value(u"raw"_s).toString(), m_data, projectSlug, false).schema;
    return out;
}

QJsonObject FakeSentryApi::detectorRead(qint64 id) const
{
    QJsonObject d = m_data.detectors.value(id);
    d[u"workflowIds"_s] = idArray(m_data.workflowsOfDetector.value(id));
    return d;
}

QJsonObject FakeSentryApi::workflowRead(qint64 id) const
{
    QJsonObject w = m_data.workflows.value(id);
    w[u"detectorIds"_s] = idArray(m_data.detectorsOfWorkflow.value(id));
    return w;
}

QList<qint64> FakeSentryApi::listDetectors(const QUrlQuery& query) const
{
    QSet<QString> projectIds;
    for (const QString& p : query.allQueryItemValues(u"project"_s)) {
        if (p == u"-1"_s)
            continue;
        if (const QJsonObject* project = m_data.projectBySlugOrId(p))
            projectIds.insert(project->value(u"id"_s).toString());
        else
            projectIds.insert(u"none"_s);
    }
    const QStringList ids = query.allQueryItemValues(u"id"_s);
    const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QList<qint64> out;
    for (auto it = m_data.detectors.begin(); it != m_data.detectors.end(); ++it) {
        if (!projectIds.isEmpty() && !projectIds.contains(it->value(u"projectId"_s).toString()))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(it.key())))
            continue;
        if (!text.isEmpty() && !matchesQuery(*it, text))
            continue;
        out.append(it.key());
    }
    sortIds(out, query.queryItemValue(u"sortBy"_s), [this](qint64 id, const QString& key) -> QVariant {
        const QJsonObject& o = m_data.detectors[id];
        if (key == u"id"_s)
            return id;
        if (key == u"connectedWorkflows"_s)
            return m_data.workflowsOfDetector.value(id).size();
        if (key == u"name"_s || key == u"type"_s)
            return o.value(key).toString().toLower();
        return o.value(key).toVariant();
    });
    return out;
}

QList<qint64> FakeSentryApi::listWorkflows(const QUrlQuery& query) const
{
    QSet<qint64> detectorFilter;
    bool filterByProject = false;
    for (const QString& p : query.allQueryItemValues(u"project"_s)) {
        if (p == u"-1"_s)
            continue;
        filterByProject = true;
        const QJsonObject* project = m_data.projectBySlugOrId(p);
        if (!project)
            continue;
        const QString pid = project->value(u"id"_s).toString();
        for (auto it = m_data.detectors.begin(); it != m_data.detectors.end(); ++it) {
            if (it->value(u"projectId"_s).toString() == pid)
                detectorFilter.insert(it.key());
        }
    }
    const QStringList ids = query.allQueryItemValues(u"id"_s);
    const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QList<qint64> out;
    for (auto it = m_data.workflows.begin(); it != m_data.workflows.end(); ++it) {
        if (filterByProject && !m_data.detectorsOfWorkflow.value(it.key()).intersects(detectorFilter))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(it.key())))
            continue;
        if (!text.isEmpty() && !matchesQuery(*it, text))
            continue;
        out.append(it.key());
    }
    sortIds(out, query.queryItemValue(u"sortBy"_s), [this](qint64 id, const QString& key) -> QVariant {
        const QJsonObject& o = m_data.workflows[id];
        if (key == u"id"_s)
            return id;
        if (key == u"connectedDetectors"_s)
            return m_data.detectorsOfWorkflow.value(id).size();
        if (key == u"actions"_s) {
            int n = 0;
            for (const QJsonValue& f : o.value(u"actionFilters"_s).toArray())
                n += f.toObject().value(u"actions"_s).toArray().size();
            return n;
        }
        if (key == u"name"_s)
            return o.value(key).toString().toLower();
        return o.value(key).toVariant();
    });
    return out;
}

FakeResponse FakeSentryApi::paginateDetectors(const FakeRequest& request, const QList<qint64>& ids) const
{
    return paginate(request, ids.size(), [&](qsizetype i) { return QJsonValue(detectorRead(ids.at(i))); });
}

FakeResponse FakeSentryApi::paginateWorkflows(const FakeRequest& request, const QList<qint64>& ids) const
{
    return paginate(request, ids.size(), [&](qsizetype i) { return QJsonValue(workflowRead(ids.at(i))); });
}

QJsonArray FakeSentryApi::projectEvents(const QString& projectSlug) const
{
    const QJsonObject* project = m_data.projectBySlugOrId(projectSlug);
    return fakeProjectEvents(*project, m_data.ownership.value(projectSlug).value(u"raw"_s).toString());
}

FakeResponse FakeSentryApi::paginate(const FakeRequest& request, const QJsonArray& items) const
{
    return paginate(request, items.size(), [&items](qsizetype i) { return items.at(i); });
}

FakeResponse FakeSentryApi::paginate(const FakeRequest& request, qsizetype total,
                                     const std::function<QJsonValue(qsizetype)>& itemAt) const
{
    const int maxPage = std::clamp(m_options.pageSize, 1, 100);
    int perPage = maxPage;
    if (request.query.hasQueryItem(u"per_page"_s)) {
        bool ok = false;
        const int asked = request.query.queryItemValue(u"per_page"_s).toInt(&ok);
        if (!ok || asked < 1)
            return detail(400, u"Invalid per_page value."_s);
        if (asked > 100)
            return detail(400, u"Invalid per_page value. Cannot exceed 100."_s);
        perPage = std::min(asked, maxPage);
    }
    int offset = 0;
    const QString cursor = request.query.queryItemValue(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const QStringList c = cursor.split(QLatin1Char(':'));
        bool ok = c.size() == 3;
        if (ok)
            offset = c.at(1).toInt(&ok);
        if (!ok || offset < 0)
            return detail(400, u"Invalid cursor parameter."_s);
    }
    QJsonArray page;
    // Only the page's objects are built: large:2000 lists ~10,000 detectors.
    for (qsizetype i = offset; i < std::min<qsizetype>(total, offset + perPage); ++i)
        page.append(itemAt(i));
    FakeResponse r = json(200, page);

    const auto link = [&](int linkOffset, bool isPrev, bool results) {
        QUrlQuery q = request.query;
        q.removeAllQueryItems(u"cursor"_s);
        const QString c = u"0:%1:%2"_s.arg(linkOffset).arg(isPrev ? 1 : 0);
        q.addQueryItem(u"cursor"_s, c);
        QUrl url(m_baseUrl + request.path);
        url.setQuery(q);
        return u"<%1>; rel=\"%2\"; results=\"%3\"; cursor=\"%4\""_s.arg(url.toString(QUrl::FullyEncoded),
                                                                           isPrev ? u"previous"_s : u"next"_s,
                                                                           results ? u"true"_s : u"false"_s, c);
    };
    const QString header = link(std::max(0, offset - perPage), true, offset > 0) + u", "_s
                           + link(offset + perPage, false, offset + perPage < total);
    r.headers.append(QPair<QByteArray, QByteArray>{"Link", header.toUtf8()});
    return r;
}

// ---- writes --------------------------------------------------------------------------------

FakeResponse FakeSentryApi::putOwnership(const QString& projectSlug, const QJsonObject& body)
{
    static const QStringList kAuto{u"Auto Assign to Issue Owner"_s, u"Auto Assign to Suspect Commits"_s,
                                   u"Turn off Auto-Assignment"_s};
    if (body.contains(u"autoAssignment"_s) && !kAuto.contains(body.value(u"autoAssignment"_s).toString()))
        return json(400, QJsonObject{{u"autoAssignment"_s, QJsonObject{{u"autoAssignment"_s, u"Invalid selection."_s}}}});
    if (body.contains(u"fallthrough"_s) && !body.value(u"fallthrough"_s).isBool())
        return fieldError(u"fallthrough"_s, u"Must be a valid boolean."_s);
    if (body.contains(u"codeownersAutoSync"_s) && !body.value(u"codeownersAutoSync"_s).isBool())
        return fieldError(u"codeownersAutoSync"_s, u"Must be a valid boolean."_s);
    QJsonValue raw = body.value(u"raw"_s);
    if (body.contains(u"raw"_s)) {
        if (!raw.isString() && !raw.isNull())
            return fieldError(u"raw"_s, u"Not a valid string."_s);
        const QString text = raw.toString();
        if (text.size() > 100000)
            return fieldError(u"raw"_s, u"Raw needs to be <= 100000 characters in length"_s);
        const FakeOwnershipCheck check = checkFakeOwnership(text, m_data, projectSlug, true);
        if (!check.error.isEmpty())
            return fieldError(u"raw"_s, check.error);
        if (text.trimmed().isEmpty())
            raw = QJsonValue();
    }
    QJsonObject stored = m_data.ownership.contains(projectSlug) ? m_data.ownership.value(projectSlug)
                                                                 : ownershipRead(projectSlug);
    stored.remove(u"schema"_s);
    if (body.contains(u"raw"_s))
        stored[u"raw"_s] = raw;
    for (const QString& key : {u"fallthrough"_s, u"autoAssignment"_s, u"codeownersAutoSync"_s}) {
        if (body.contains(key))
            stored[key] = body.value(key);
    }
    const QString now = nowIso();
    if (stored.value(u"dateCreated"_s).isNull())
        stored[u"dateCreated"_s] = now;
    stored[u"lastUpdated"_s] = now;
    m_data.ownership.insert(projectSlug, stored);
    FakeResponse r = json(200, ownershipRead(projectSlug));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::projectTeam(const FakeRequest& request, const QString& projectSlug, const QString& teamSlug)
{
    const QJsonObject* team = m_data.teamBySlug(teamSlug);
    if (!team)
        return detail(404, u"Team does not exist."_s);
    if (request.method != "POST" && request.method != "DELETE")
        return notFound();
    if (!hasScope(u"project:write"_s))
        return missingScope();
    QJsonObject& project = m_data.projects[m_data.projectIndex.value(projectSlug)];
    QJsonArray teams = project.value(u"teams"_s).toArray();
    const QJsonObject ref{{u"id"_s, team->value(u"id"_s)}, {u"slug"_s, team->value(u"slug"_s)}, {u"name"_s, team->value(u"name"_s)}};
    int index = -1;
    for (int i = 0; i < teams.size(); ++i) {
        if (teams.at(i).toObject().value(u"id"_s) == ref.value(u"id"_s))
            index = i;
    }
    if (request.method == "POST" && index < 0)
        teams.append(ref);
    if (request.method == "DELETE" && index >= 0)
        teams.removeAt(index);
    project[u"teams"_s] = teams;
    project[u"team"_s] = teams.isEmpty() ? QJsonValue() : teams.first();
    FakeResponse r = json(request.method == "POST" ? 201 : 200, projectDetail(project));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeDetector(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create)
{
    const QString orgId = m_data.organization.value(u"id"_s).toString();
    QJsonObject d;
    if (create) {
        const QJsonObject* project = m_data.projectBySlugOrId(projectSlug);
        id = newId();
        d = {{u"id"_s, QString::number(id)}, {u"projectId"_s, project->value(u"id"_s)}, {u"description"_s, QJsonValue()},
             {u"owner"_s, QJsonValue()}, {u"createdBy"_s, m_data.members.value(0).value(u"user"_s).toObject().value(u"id"_s)},
             {u"dateCreated"_s, nowIso()}, {u"dataSources"_s, QJsonValue()}, {u"conditionGroup"_s, QJsonValue()},
             {u"config"_s, QJsonObject()}, {u"enabled"_s, true}, {u"latestGroup"_s, QJsonValue()}};
    } else {
        d = m_data.detectors.value(id);
    }
    QJsonObject errors;
    if (create || body.contains(u"name"_s)) {
        const QString name = body.value(u"name"_s).toString();
        if (name.trimmed().isEmpty())
            errors[u"name"_s] = QJsonArray{create && !body.contains(u"name"_s) ? u"This field is required."_s
                                                                               : u"This field may not be blank."_s};
        else
            d[u"name"_s] = name;
    }
    static const QStringList kTypes{u"metric_issue"_s, u"error"_s, u"uptime_domain_failure"_s, u"monitor_check_in_failure"_s};
    if (create || body.contains(u"type"_s)) {
        const QString type = body.value(u"type"_s).toString();
        if (!body.contains(u"type"_s))
            errors[u"type"_s] = QJsonArray{u"This field is required."_s};
        else if (!kTypes.contains(type))
            errors[u"type"_s] = QJsonArray{u"Unknown detector type '%1'. Must be one of: %2"_s.arg(type, kTypes.join(u", "_s))};
        else
            d[u"type"_s] = type;
    }
    if (hasField(body, u"dataSources"_s, u"data_sources"_s)) {
        const QJsonValue v = field(body, u"dataSources"_s, u"data_sources"_s);
        QJsonArray sources;
        for (const QJsonValue& s : v.toArray()) {
            QJsonObject in = s.toObject();
            // The read shape nests the query; accept it too, so a read-modify-write round trips.
            if (in.contains(u"queryObj"_s))
                in = in.value(u"queryObj"_s).toObject().value(u"snubaQuery"_s).toObject();
            const QString aggregate = in.value(u"aggregate"_s).toString();
            const QJsonValue window = field(in, u"timeWindow"_s, u"time_window"_s);
            if (aggregate.isEmpty()) {
                errors[u"dataSources"_s] = QJsonArray{u"aggregate: This field is required."_s};
                break;
            }
            if (!window.isDouble() || window.toDouble() <= 0) {
                errors[u"dataSources"_s] = QJsonArray{u"timeWindow: A valid integer is required."_s};
                break;
            }
            const QString queryId = newIdString();
            sources.append(QJsonObject{
                {u"id"_s, newIdString()},
                {u"organizationId"_s, orgId},
                {u"type"_s, u"snuba_query_subscription"_s},
                {u"sourceId"_s, queryId},
                {u"queryObj"_s,
                 QJsonObject{{u"id"_s, queryId},
                             {u"status"_s, 0},
                             {u"subscription"_s, u"1/%1"_s.arg(id, 16, 16, QLatin1Char('0'))},
                             {u"snubaQuery"_s,
                              QJsonObject{{u"id"_s, newIdString()},
                                          {u"dataset"_s, in.value(u"dataset"_s).toString(u"events"_s)},
                                          {u"query"_s, in.value(u"query"_s).toString()},
                                          {u"aggregate"_s, aggregate},
                                          {u"timeWindow"_s, window.toInt()},
                                          {u"environment"_s, in.value(u"environment"_s)},
                                          {u"eventTypes"_s, field(in, u"eventTypes"_s, u"event_types"_s).isArray()
                                                                ? field(in, u"eventTypes"_s, u"event_types"_s)
                                                                : QJsonValue(QJsonArray())}}}}}});
        }
        d[u"dataSources"_s] = v.isNull() ? QJsonValue() : QJsonValue(sources);
    }
    if (hasField(body, u"conditionGroup"_s, u"condition_group"_s)) {
        const QJsonObject in = field(body, u"conditionGroup"_s, u"condition_group"_s).toObject();
        static const QStringList kLogic{u"any"_s, u"all"_s, u"any-short"_s, u"none"_s};
        const QString logic = field(in, u"logicType"_s, u"logic_type"_s).toString(u"any"_s);
        if (!kLogic.contains(logic)) {
            errors[u"conditionGroup"_s] = QJsonObject{{u"logicType"_s, QJsonArray{u"\"%1\" is not a valid choice."_s.arg(logic)}}};
        } else {
            QJsonArray conditions;
            for (const QJsonValue& c : in.value(u"conditions"_s).toArray()) {
                const QJsonObject co = c.toObject();
                if (co.value(u"type"_s).toString().isEmpty()) {
                    errors[u"conditionGroup"_s] = QJsonObject{{u"conditions"_s, QJsonArray{u"type: This field is required."_s}}};
                    break;
                }
                conditions.append(QJsonObject{{u"id"_s, newIdString()},
                                              {u"type"_s, co.value(u"type"_s)},
                                              {u"comparison"_s, co.value(u"comparison"_s)},
                                              {u"conditionResult"_s, field(co, u"conditionResult"_s, u"condition_result"_s)}});
            }
            d[u"conditionGroup"_s] = QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                                 {u"logicType"_s, logic}, {u"conditions"_s, conditions},
                                                 {u"actions"_s, QJsonArray()}};
        }
    }
    if (body.contains(u"config"_s))
        d[u"config"_s] = body.value(u"config"_s).toObject();
    if (body.contains(u"description"_s))
        d[u"description"_s] = body.value(u"description"_s);
    if (body.contains(u"enabled"_s)) {
        if (!body.value(u"enabled"_s).isBool())
            errors[u"enabled"_s] = QJsonArray{u"Must be a valid boolean."_s};
        else
            d[u"enabled"_s] = body.value(u"enabled"_s);
    }
    if (body.contains(u"owner"_s)) {
        const QJsonValue owner = body.value(u"owner"_s);
        if (owner.isNull() || owner.toString().isEmpty()) {
            d[u"owner"_s] = QJsonValue();
        } else if (owner.isObject()) {
            d[u"owner"_s] = owner;
        } else {
            const QString o = owner.toString();
            const QString kind = o.section(QLatin1Char(':'), 0, 0), oid = o.section(QLatin1Char(':'), 1);
            QJsonObject resolved;
            if (kind == u"team"_s) {
                if (const QJsonObject* t = m_data.teamBySlug(oid))
                    resolved = {{u"type"_s, u"team"_s}, {u"id"_s, t->value(u"id"_s)}, {u"name"_s, t->value(u"slug"_s)}};
            } else if (kind == u"user"_s) {
                for (const QJsonObject& mem : std::as_const(m_data.members)) {
                    const QJsonObject user = mem.value(u"user"_s).toObject();
                    if (user.value(u"id"_s).toString() == oid)
                        resolved = {{u"type"_s, u"user"_s}, {u"id"_s, oid}, {u"name"_s, user.value(u"name"_s)},
                                    {u"email"_s, user.value(u"email"_s)}};
                }
            }
            if (resolved.isEmpty())
                errors[u"owner"_s] = QJsonArray{u"Could not resolve owner to existing team or user."_s};
            else
                d[u"owner"_s] = resolved;
        }
    }
    const std::optional<QList<qint64>> workflowIds =
        linkedIds(body, u"workflowIds"_s, u"workflow_ids"_s, m_data.workflows, u"workflows"_s, errors);
    if (!errors.isEmpty())
        return json(400, errors);
    d[u"dateUpdated"_s] = nowIso();
    d.remove(u"workflowIds"_s);
    m_data.detectors.insert(id, d);
    if (workflowIds) {
        m_data.unlinkDetector(id);
        for (qint64 wf : *workflowIds)
            m_data.link(id, wf);
    }
    FakeResponse r = json(create ? 201 : 200, detectorRead(id));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeWorkflow(qint64 id, const QJsonObject& body, bool create)
{
    const QString orgId = m_data.organization.value(u"id"_s).toString();
    QJsonObject w;
    if (create) {
        id = newId();
        w = {{u"id"_s, QString::number(id)}, {u"organizationId"_s, orgId},
             {u"createdBy"_s, m_data.members.value(0).value(u"user"_s).toObject().value(u"id"_s)},
             {u"dateCreated"_s, nowIso()},
             {u"triggers"_s, QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                         {u"logicType"_s, u"any-short"_s}, {u"conditions"_s, QJsonArray()},
                                         {u"actions"_s, QJsonArray()}}},
             {u"actionFilters"_s, QJsonArray()}, {u"environment"_s, QJsonValue()},
             {u"config"_s, QJsonObject{{u"frequency"_s, 30}}}, {u"enabled"_s, true},
             {u"lastTriggered"_s, QJsonValue()}, {u"owner"_s, QJsonValue()}};
    } else {
        w = m_data.workflows.value(id);
    }
    QJsonObject errors;
    if (create || body.contains(u"name"_s)) {
        const QString name = body.value(u"name"_s).toString();
        if (name.trimmed().isEmpty())
            errors[u"name"_s] = QJsonArray{create && !body.contains(u"name"_s) ? u"This field is required."_s
                                                                               : u"This field may not be blank."_s};
        else
            w[u"name"_s] = name;
    }
    const auto conditionsFrom = [this](const QJsonArray& in, QString* error) {
        QJsonArray out;
        for (const QJsonValue& c : in) {
            const QJsonObject co = c.toObject();
            if (co.value(u"type"_s).toString().isEmpty()) {
                *error = u"type: This field is required."_s;
                break;
            }
            out.append(QJsonObject{{u"id"_s, newIdString()},
                                   {u"type"_s, co.value(u"type"_s)},
                                   {u"comparison"_s, co.value(u"comparison"_s)},
                                   {u"conditionResult"_s, field(co, u"conditionResult"_s, u"condition_result"_s)}});
        }
        return out;
    };
    if (body.contains(u"triggers"_s)) {
        const QJsonObject in = body.value(u"triggers"_s).toObject();
        QString error;
        const QJsonArray conditions = conditionsFrom(in.value(u"conditions"_s).toArray(), &error);
        if (!error.isEmpty())
            errors[u"triggers"_s] = QJsonArray{error};
        w[u"triggers"_s] = QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                       {u"logicType"_s, field(in, u"logicType"_s, u"logic_type"_s).toString(u"any-short"_s)},
                                       {u"conditions"_s, conditions}, {u"actions"_s, QJsonArray()}};
    }
    if (hasField(body, u"actionFilters"_s, u"action_filters"_s)) {
        QJsonArray filters;
        static const QStringList kActionTypes{u"slack"_s, u"pagerduty"_s, u"email"_s, u"msteams"_s, u"discord"_s,
                                              u"opsgenie"_s, u"jira"_s, u"github"_s, u"azure_devops"_s,
                                              u"sentry_app"_s, u"webhook"_s, u"plugin"_s};
        for (const QJsonValue& f : field(body, u"actionFilters"_s, u"action_filters"_s).toArray()) {
            const QJsonObject fo = f.toObject();
            QString error;
            const QJsonArray conditions = conditionsFrom(fo.value(u"conditions"_s).toArray(), &error);
            QJsonArray actions;
            for (const QJsonValue& a : fo.value(u"actions"_s).toArray()) {
                const QJsonObject ao = a.toObject();
                const QString type = ao.value(u"type"_s).toString();
                if (!kActionTypes.contains(type)) {
                    error = u"Invalid action type: %1"_s.arg(type);
                    break;
                }
                const QJsonValue integration = field(ao, u"integrationId"_s, u"integration_id"_s);
                if (type != u"email"_s && type != u"sentry_app"_s && type != u"webhook"_s && integration.isUndefined()) {
                    error = u"integrationId: This field is required."_s;
                    break;
                }
                QJsonObject config = ao.value(u"config"_s).toObject();
                QJsonObject configOut{{u"targetType"_s, field(config, u"targetType"_s, u"target_type"_s)},
                                      {u"targetIdentifier"_s, field(config, u"targetIdentifier"_s, u"target_identifier"_s)},
                                      {u"targetDisplay"_s, field(config, u"targetDisplay"_s, u"target_display"_s)}};
                for (auto it = configOut.begin(); it != configOut.end(); ++it) {
                    if (it->isUndefined())
                        *it = QJsonValue();
                }
                actions.append(QJsonObject{{u"id"_s, newIdString()},
                                           {u"type"_s, type},
                                           {u"integrationId"_s, integration.isUndefined() || integration.isNull()
                                                                   ? QJsonValue() : QJsonValue(idOf(integration))},
                                           {u"data"_s, ao.value(u"data"_s).toObject()},
                                           {u"config"_s, configOut},
                                           {u"status"_s, u"active"_s}});
            }
            if (!error.isEmpty()) {
                errors[u"actionFilters"_s] = QJsonArray{error};
                break;
            }
            filters.append(QJsonObject{{u"id"_s, newIdString()}, {u"organizationId"_s, orgId},
                                       {u"logicType"_s, field(fo, u"logicType"_s, u"logic_type"_s).toString(u"all"_s)},
                                       {u"conditions"_s, conditions}, {u"actions"_s, actions}});
        }
        w[u"actionFilters"_s] = filters;
    }
    if (body.contains(u"config"_s)) {
        const QJsonObject config = body.value(u"config"_s).toObject();
        const QJsonValue frequency = config.value(u"frequency"_s);
        if (!frequency.isUndefined() && !kFrequencies.contains(QString::number(frequency.toInt(-1))))
            errors[u"config"_s] = QJsonObject{{u"frequency"_s, QJsonArray{u"\"%1\" is not a valid choice."_s.arg(frequency.toVariant().toString())}}};
        else
            w[u"config"_s] = config;
    }
    if (body.contains(u"environment"_s))
        w[u"environment"_s] = body.value(u"environment"_s).toString().isEmpty() ? QJsonValue() : body.value(u"environment"_s);
    if (body.contains(u"enabled"_s))
        w[u"enabled"_s] = body.value(u"enabled"_s).toBool(true);
    if (body.contains(u"owner"_s))
        w[u"owner"_s] = body.value(u"owner"_s);
    const std::optional<QList<qint64>> detectorIds =
        linkedIds(body, u"detectorIds"_s, u"detector_ids"_s, m_data.detectors, u"detectors"_s, errors);
    if (!errors.isEmpty())
        return json(400, errors);
    w[u"dateUpdated"_s] = nowIso();
    w.remove(u"detectorIds"_s);
    m_data.workflows.insert(id, w);
    if (detectorIds) {
        m_data.unlinkWorkflow(id);
        for (qint64 det : *detectorIds)
            m_data.link(det, id);
    }
    FakeResponse r = json(create ? 201 : 200, workflowRead(id));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeIssueRule(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create)
{
    QJsonObject errors;
    if (body.value(u"name"_s).toString().trimmed().isEmpty())
        errors[u"name"_s] = QJsonArray{u"This field is required."_s};
    const QJsonValue frequency = body.value(u"frequency"_s);
    if (frequency.isUndefined())
        errors[u"frequency"_s] = QJsonArray{u"This field is required."_s};
    else if (frequency.toInt() < 5)
        errors[u"frequency"_s] = QJsonArray{u"Ensure this value is greater than or equal to 5."_s};
    else if (frequency.toInt() > 43200)
        errors[u"frequency"_s] = QJsonArray{u"Ensure this value is less than or equal to 43200."_s};
    static const QStringList kMatch{u"all"_s, u"any"_s, u"none"_s};
    if (!kMatch.contains(body.value(u"actionMatch"_s).toString()))
        errors[u"actionMatch"_s] = QJsonArray{u"This field is required."_s};
    if (!body.value(u"filters"_s).toArray().isEmpty() && !kMatch.contains(body.value(u"filterMatch"_s).toString()))
        errors[u"filterMatch"_s] = QJsonArray{u"Must select a filter match (all, any, none) if filters are supplied."_s};
    if (!body.value(u"actions"_s).isArray() || body.value(u"actions"_s).toArray().isEmpty())
        errors[u"actions"_s] = QJsonArray{u"You must add an action for this alert to fire."_s};
    for (const QJsonValue& a : body.value(u"actions"_s).toArray()) {
        const QJsonObject ao = a.toObject();
        if (ao.value(u"id"_s).toString().contains(u"slack"_s) && ao.value(u"workspace"_s).toString().isEmpty())
            errors[u"actions"_s] = QJsonArray{u"Slack: Workspace is a required field."_s};
    }
    if (!errors.isEmpty())
        return json(400, errors);
    QJsonObject rule = create ? QJsonObject{} : m_data.issueRules.value(id);
    if (create) {
        id = newId();
        rule[u"id"_s] = QString::number(id);
        rule[u"dateCreated"_s] = nowIso();
        const QJsonObject user = m_data.members.value(0).value(u"user"_s).toObject();
        rule[u"createdBy"_s] = QJsonObject{{u"id"_s, user.value(u"id"_s).toString().toLongLong()},
                                           {u"name"_s, user.value(u"name"_s)}, {u"email"_s, user.value(u"email"_s)}};
        rule[u"status"_s] = u"active"_s;
        rule[u"lastTriggered"_s] = QJsonValue();
        rule[u"snooze"_s] = false;
    }
    for (const QString& key : {u"name"_s, u"conditions"_s, u"filters"_s, u"actions"_s, u"actionMatch"_s,
                               u"filterMatch"_s, u"frequency"_s, u"environment"_s, u"owner"_s}) {
        if (body.contains(key))
            rule[key] = body.value(key);
        else if (!rule.contains(key))
            rule[key] = key == u"filters"_s ? QJsonValue(QJsonArray()) : key == u"filterMatch"_s ? QJsonValue(u"all"_s) : QJsonValue();
    }
    QJsonArray actions = rule.value(u"actions"_s).toArray();
    for (int i = 0; i < actions.size(); ++i) {
        QJsonObject a = actions.at(i).toObject();
        if (!a.contains(u"uuid"_s))
            a[u"uuid"_s] = u"00000000-0000-4000-8000-%1"_s.arg(newId(), 12, 10, QLatin1Char('0'));
        actions[i] = a;
    }
    rule[u"actions"_s] = actions;
    rule[u"projects"_s] = QJsonArray{projectSlug};
    m_data.issueRules.insert(id, rule);
    FakeResponse r = json(create ? 201 : 200, rule);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::writeMetricRule(qint64 id, const QJsonObject& body, bool create)
{
    QJsonObject errors;
    for (const QString& key : {u"name"_s, u"aggregate"_s, u"timeWindow"_s, u"projects"_s, u"query"_s,
                               u"thresholdType"_s, u"triggers"_s}) {
        if (!body.contains(key))
            errors[key] = QJsonArray{u"This field is required."_s};
    }
    static const QList<int> kWindows{1, 5, 10, 15, 30, 60, 120, 240, 1440};
    if (body.contains(u"timeWindow"_s) && !kWindows.contains(body.value(u"timeWindow"_s).toInt()))
        errors[u"timeWindow"_s] = QJsonArray{u"Invalid Time Window"_s};
    bool critical = false;
    for (const QJsonValue& t : body.value(u"triggers"_s).toArray())
        critical = critical || t.toObject().value(u"label"_s).toString() == u"critical"_s;
    if (body.contains(u"triggers"_s) && !critical)
        errors[u"nonFieldErrors"_s] = QJsonArray{u"Trigger 1 must be labeled \"critical\""_s};
    const QJsonArray projects = body.value(u"projects"_s).toArray();
    if (body.contains(u"projects"_s) && (projects.size() != 1 || !m_data.projectBySlugOrId(projects.first().toString())))
        errors[u"projects"_s] = QJsonArray{u"Invalid project"_s};
    if (!errors.isEmpty())
        return json(400, errors);
    QJsonObject rule = create ? QJsonObject{} : m_data.metricRules.value(id);
    const QString now = nowIso();
    if (create) {
        id = newId();
        const QJsonObject user = m_data.members.value(0).value(u"user"_s).toObject();
        rule = {{u"id"_s, QString::number(id)}, {u"organizationId"_s, m_data.organization.value(u"id"_s)},
                {u"status"_s, 0}, {u"resolution"_s, 1}, {u"thresholdPeriod"_s, 1}, {u"dateCreated"_s, now},
                {u"createdBy"_s, QJsonObject{{u"id"_s, user.value(u"id"_s).toString().toLongLong()},
                                             {u"name"_s, user.value(u"name"_s)}, {u"email"_s, user.value(u"email"_s)}}},
                {u"environment"_s, QJsonValue()}, {u"dataset"_s, u"events"_s}, {u"queryType"_s, 0},
                {u"eventTypes"_s, QJsonArray()}, {u"resolveThreshold"_s, QJsonValue()},
                {u"comparisonDelta"_s, QJsonValue()}, {u"detectionType"_s, u"static"_s}, {u"seasonality"_s, QJsonValue()},
                {u"sensitivity"_s, QJsonValue()}, {u"snooze"_s, false}, {u"latestIncident"_s, QJsonValue()},
                {u"originalAlertRuleId"_s, QJsonValue()}, {u"owner"_s, QJsonValue()}};
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"triggers"_s && it.key() != u"id"_s)
            rule[it.key()] = it.value();
    }
    QJsonArray triggers;
    for (const QJsonValue& t : body.value(u"triggers"_s).toArray()) {
        QJsonObject to = t.toObject();
        const QString triggerId = newIdString();
        to[u"id"_s] = triggerId;
        to[u"alertRuleId"_s] = QString::number(id);
        to[u"thresholdType"_s] = body.value(u"thresholdType"_s);
        if (!to.contains(u"resolveThreshold"_s))
            to[u"resolveThreshold"_s] = body.value(u"resolveThreshold"_s).isUndefined() ? QJsonValue() : body.value(u"resolveThreshold"_s);
        to[u"dateCreated"_s] = now;
        QJsonArray actions;
        for (const QJsonValue& a : to.value(u"actions"_s).toArray()) {
            QJsonObject ao = a.toObject();
            ao[u"id"_s] = newIdString();
            ao[u"alertRuleTriggerId"_s] = triggerId;
            ao[u"dateCreated"_s] = now;
            for (const QString& k : {u"inputChannelId"_s, u"sentryAppId"_s, u"priority"_s}) {
                if (!ao.contains(k))
                    ao[k] = QJsonValue();
            }
            actions.append(ao);
        }
        to[u"actions"_s] = actions;
        triggers.append(to);
    }
    rule[u"triggers"_s] = triggers;
    rule[u"dateModified"_s] = now;
    m_data.metricRules.insert(id, rule);
    FakeResponse r = json(create ? 201 : 200, rule);
    r.isWrite = true;
    return r;
}

// ---- back door -----------------------------------------------------------------------------

bool FakeSentryApi::mutateObject(const QString& type, const QString& id, const QJsonObject& patch)
{
    const QString now = nowIso();
    if (type == u"ownership"_s) {
        if (!m_data.projectBySlugOrId(id))
            return false;
        const QString slug = m_data.projectBySlugOrId(id)->value(u"slug"_s).toString();
        QJsonObject o = ownershipRead(slug);
        o.remove(u"schema"_s);
        mergePatch(o, patch);
        o.remove(u"schema"_s);
        if (o.value(u"dateCreated"_s).isNull())
            o[u"dateCreated"_s] = now;
        o[u"lastUpdated"_s] = now;
        m_data.ownership.insert(slug, o);
        return true;
    }
    if (type == u"project"_s) {
        const auto it = m_data.projectIndex.constFind(id);
        if (it == m_data.projectIndex.constEnd())
            return false;
        mergePatch(m_data.projects[*it], patch);
        return true;
    }
    const qint64 key = id.toLongLong();
    if (type == u"detector"_s || type == u"workflow"_s) {
        const bool isDetector = type == u"detector"_s;
        QMap<qint64, QJsonObject>& map = isDetector ? m_data.detectors : m_data.workflows;
        if (!map.contains(key))
            return false;
        QJsonObject patchCopy = patch;
        const QString linkKey = isDetector ? u"workflowIds"_s : u"detectorIds"_s;
        if (patchCopy.contains(linkKey)) {
            isDetector ? m_data.unlinkDetector(key) : m_data.unlinkWorkflow(key);
            for (const QJsonValue& v : patchCopy.value(linkKey).toArray())
                isDetector ? m_data.link(key, idOf(v).toLongLong()) : m_data.link(idOf(v).toLongLong(), key);
            patchCopy.remove(linkKey);
        }
        mergePatch(map[key], patchCopy);
        map[key][u"dateUpdated"_s] = now;
        return true;
    }
    if (type == u"issueAlertRule"_s) {
        if (!m_data.issueRules.contains(key))
            return false;
        mergePatch(m_data.issueRules[key], patch);
        return true;
    }
    if (type == u"metricAlertRule"_s) {
        if (!m_data.metricRules.contains(key))
            return false;
        mergePatch(m_data.metricRules[key], patch);
        m_data.metricRules[key][u"dateModified"_s] = now;
        return true;
    }
    return false;
}

QJsonObject FakeSentryApi::object(const QString& type, const QString& id) const
{
    const qint64 key = id.toLongLong();
    if (type == u"ownership"_s)
        return m_data.projectBySlugOrId(id) ? ownershipRead(m_data.projectBySlugOrId(id)->value(u"slug"_s).toString()) : QJsonObject();
    if (type == u"project"_s)
        return m_data.projectBySlugOrId(id) ? projectDetail(*m_data.projectBySlugOrId(id)) : QJsonObject();
    if (type == u"detector"_s)
        return m_data.detectors.contains(key) ? detectorRead(key) : QJsonObject();
    if (type == u"workflow"_s)
        return m_data.workflows.contains(key) ? workflowRead(key) : QJsonObject();
    if (type == u"issueAlertRule"_s)
        return m_data.issueRules.value(key);
    if (type == u"metricAlertRule"_s)
        return m_data.metricRules.value(key);
    return {};
}

} // namespace sc
