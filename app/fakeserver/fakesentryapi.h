// SPDX-License-Identifier: MIT
#pragma once

#include "fakeseed.h"
#include "fakesentryserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace sc {

struct FakeRequest {
    QByteArray method;          // GET, POST, PUT, DELETE
    QString path;               // decoded path, e.g. /api/0/organizations/acme-corp/
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;   // the Authorization header value
};

struct FakeResponse {
    int status = 200;
    QJsonValue body;            // undefined → empty body
    QList<QPair<QByteArray, QByteArray>> headers;
    bool isWrite = false;       // a write reached the store (for dropped connections)
};

// The fake server's request → response logic without any transport (no sockets, no timers), so
// every status and shape can be reasoned about (and tested) on values. Faults that depend on time
// and connections (latency, rate limits, dropped connections) live in FakeSentryServer.
class FakeSentryApi
{
public:
    FakeSentryApi(FakeOrgData data, const FakeServerOptions& options);

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; } // http://127.0.0.1:PORT (no slash)
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    FakeResponse handle(const FakeRequest& request);

    FakeOrgData& data() { return m_data; }
    bool mutateObject(const QString& type, const QString& id, const QJsonObject& patch);
    // The audit-log rows of a back-door edit (fakeauditlog.cpp); `links` as before the edit.
    void auditBackDoor(const QString& type, const QString& id, const QSet<QPair<qint64, qint64>>& links);
    QSet<QPair<qint64, qint64>> linkPairs() const; // (detector, workflow) links
    QJsonObject object(const QString& type, const QString& id) const;

private:
    FakeResponse route(const FakeRequest& request, const QStringList& parts);
    FakeResponse organizationRoutes(const FakeRequest& request, const QStringList& parts);
    FakeResponse projectRoutes(const FakeRequest& request, const QStringList& parts);
    FakeResponse teamRoutes(const FakeRequest& request, const QStringList& parts);

    // Reads
    QJsonObject organizationSummary() const;
    QJsonObject organizationDetail(bool detailed) const;
    QJsonObject projectDetail(const QJsonObject& summary) const;
    QJsonObject teamWithProjects(const QJsonObject& team, bool withProjects) const;
    QJsonObject ownershipRead(const QString& projectSlug) const;
    QJsonObject detectorRead(qint64 id) const;
    QJsonObject workflowRead(qint64 id) const;
    QList<qint64> listDetectors(const QUrlQuery& query) const; // filtered, sorted ids
    QList<qint64> listWorkflows(const QUrlQuery& query) const;
    QJsonArray projectEvents(const QString& projectSlug) const;

    // Writes
    FakeResponse putOwnership(const QString& projectSlug, const QJsonObject& body);
    FakeResponse writeDetector(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create);
    FakeResponse writeWorkflow(qint64 id, const QJsonObject& body, bool create);
    FakeResponse writeIssueRule(const QString& projectSlug, qint64 id, const QJsonObject& body, bool create);
    FakeResponse writeMetricRule(qint64 id, const QJsonObject& body, bool create);
    FakeResponse projectTeam(const FakeRequest& request, const QString& projectSlug, const QString& teamSlug);

    // Reference-architecture objects (fakeprojectsettings.cpp); nullopt: not one of their routes.
    std::optional<FakeResponse> architectureOrgRoute(const FakeRequest& request, const QStringList& parts);
    std::optional<FakeResponse> architectureProjectRoute(const FakeRequest& request, const QStringList& parts);
    std::optional<FakeResponse> architectureTeamRoute(const FakeRequest& request, const QStringList& parts);
    void applyProjectSettings(QJsonObject& detail) const;
    QJsonObject clientKeyRead(const QJsonObject& stored) const;
    FakeResponse putProjectSettings(const QString& slug, const FakeRequest& request);
    FakeResponse putFilter(const QString& slug, const QString& filterId, const FakeRequest& request);
    FakeResponse putClientKey(const QString& slug, int index, const FakeRequest& request);
    FakeResponse spikeProtection(const FakeRequest& request);
    FakeResponse createTeam(const FakeRequest& request);
    FakeResponse createProject(const QJsonObject& team, const FakeRequest& request);
    FakeResponse createMonitor(const FakeRequest& request);

    // Organization audit log (fakeauditlog.cpp): every accepted write leaves Sentry's row.
    struct AuditBefore {
        QString name;                          // what a DELETE removed
        QSet<QPair<qint64, qint64>> links;     // detector↔workflow links before the write
    };
    AuditBefore auditBefore(const FakeRequest& request, const QStringList& parts) const;
    void auditWrite(const FakeRequest& request, const QStringList& parts, const FakeResponse& response,
                    const AuditBefore& before);
    void audit(const QString& event, const QJsonValue& target, const QJsonObject& data, const QString& note);
    void auditProject(const QString& event, const QString& slug, QJsonObject data = {}, const QString& note = {});
    void auditLinksSince(const QSet<QPair<qint64, qint64>>& before);
    FakeResponse auditLogs(const FakeRequest& request) const;

    // Helpers
    FakeResponse paginate(const FakeRequest& request, const QJsonArray& items) const;
    FakeResponse paginate(const FakeRequest& request, qsizetype total,
                          const std::function<QJsonValue(qsizetype)>& itemAt) const;
    FakeResponse paginateDetectors(const FakeRequest& request, const QList<qint64>& ids) const;
    FakeResponse paginateWorkflows(const FakeRequest& request, const QList<qint64>& ids) const;
    FakeResponse legacyGate(const FakeRequest& request) const;
    void addLegacyHeaders(FakeResponse& response) const;
    bool hasScope(const QString& scope) const;
    FakeResponse missingScope() const;
    QString nowIso() const;
    qint64 newId() { return m_data.nextId++; }
    QString newIdString() { return QString::number(newId()); }

    FakeOrgData m_data;
    const FakeServerOptions& m_options; // owned by FakeSentryServer; faults may change while running
    QString m_baseUrl;
    std::function<QDateTime()> m_now;
    QList<QJsonObject> m_auditLog; // oldest first
    qint64 m_nextAuditId = 1;
};

} // namespace sc
