// SPDX-License-Identifier: MIT
// The fake Sentry's dispatch: scopes, the top-level route, legacy gates and the test back door.
#include "fakesentryapi.h"
#include "fakeapihelpers.h"

#include "fakeevents.h"
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
    const AuditBefore before = auditBefore(request, parts);
    FakeResponse response = route(request, parts);
    if (response.isWrite)
        auditWrite(request, parts, response, before);
    return response;
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


FakeResponse FakeSentryApi::legacyGate(const FakeRequest& request) const
{
    Q_UNUSED(request)
    if (m_options.brownout) {
        // The `deprecated` decorator during a brownout (src/sentry/api/helpers/deprecation.py):
        // GONE_MESSAGE = {"message": …}, with the deprecation headers.
        FakeResponse r = json(410, QJsonObject{{u"message"_s, u"This API no longer exists."_s}});
        addLegacyHeaders(r);
        return r;
    }
    if (!m_options.legacyAlerts) {
        // sentry.io since PR #124443: enforce_alerts_api_deprecation raises AlertsApiGone (an
        // APIException: DRF's {"detail": …}) unless the org has organizations:legacy-alerts-api.
        // Raised inside the endpoint, so the decorator adds no headers (CONTRACT §0b.10).
        // Older self-hosted servers (legacyAlerts) are exempt.
        return detail(410, u"This API no longer exists."_s);
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
