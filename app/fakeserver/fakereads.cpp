// SPDX-License-Identifier: MIT
// Read shapes and list endpoints (filters, sorting, cursor pagination) of the fake Sentry.
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
    applyProjectSettings(detail);
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
    // OrganizationDetectorIndexEndpoint.filter_detectors calls get_projects() without
    // include_all_accessible: with no `project` (and no `id` filter, which searches all accessible
    // projects) the list holds only projects whose team the token's user is on; `project=-1`
    // means all projects the user can access (CONTRACT §0b.1, src/sentry/api/bases/organization.py).
    if (ids.isEmpty() && fakeQueryIsMemberScoped(query))
        projectIds = fakeMemberProjectIds(m_data);
    const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QList<qint64> out;
    for (auto it = m_data.detectors.begin(); it != m_data.detectors.end(); ++it) {
        if ((!projectIds.isEmpty() || (ids.isEmpty() && fakeQueryIsMemberScoped(query)))
            && !projectIds.contains(it->value(u"projectId"_s).toString()))
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
        // build_cursor_link (src/sentry/api/base.py) builds the link with absolute_uri(), i.e.
        // Sentry's system.url-prefix: behind a proxy that can be another scheme or host than the
        // one the client called (CONTRACT §0b.7).
        QString origin = m_options.urlPrefix.isEmpty() ? m_baseUrl : m_options.urlPrefix;
        while (origin.endsWith(QLatin1Char('/')))
            origin.chop(1);
        QUrl url(origin + request.path);
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


} // namespace sc
