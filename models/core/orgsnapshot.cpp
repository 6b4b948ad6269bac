// SPDX-License-Identifier: MIT
#include "orgsnapshot.h"
#include "jsonio.h"
#include "jsonsections.h"
#include "snapshotcheck.h"
#include "tr.h"

#include <QFile>

#include <thread>

namespace sc {

namespace {

template <class T>
QList<T> listFromJson(const QJsonValue& value)
{
    QList<T> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array)
        out.append(T::fromJson(item.toObject()));
    return out;
}

template <class T>
QJsonArray rawList(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(item.raw);
    return out;
}

template <class T>
QHash<QString, qsizetype> indexBy(const QList<T>& items, QString T::*key)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).*key, i);
    return index;
}

template <class T>
const T* lookup(const QList<T>& items, const QHash<QString, qsizetype>& index, const QString& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &items.at(*it);
}

} // namespace

QString alertsApiName(AlertsApi api)
{
    return api == AlertsApi::Legacy ? QStringLiteral("legacy") : QStringLiteral("workflow");
}

void OrgSnapshot::reindex()
{
    m_projectBySlug = indexBy(projects, &Project::slug);
    m_projectById = indexBy(projects, &Project::id);
    m_teamBySlug = indexBy(teams, &Team::slug);
    m_teamById = indexBy(teams, &Team::id);
    m_detectorById = indexBy(detectors, &Detector::id);
    m_workflowById = indexBy(workflows, &Workflow::id);
    m_integrationById = indexBy(integrations, &Integration::id);
    m_detectorsByProject.clear();
    for (qsizetype i = 0; i < detectors.size(); ++i)
        m_detectorsByProject[detectors.at(i).projectId].append(i);
}

const Project* OrgSnapshot::projectBySlug(const QString& slug) const { return lookup(projects, m_projectBySlug, slug); }
const Project* OrgSnapshot::projectById(const QString& id) const { return lookup(projects, m_projectById, id); }
const Team* OrgSnapshot::teamBySlug(const QString& slug) const { return lookup(teams, m_teamBySlug, slug); }
const Team* OrgSnapshot::teamById(const QString& id) const { return lookup(teams, m_teamById, id); }
const Detector* OrgSnapshot::detectorById(const QString& id) const { return lookup(detectors, m_detectorById, id); }
const Workflow* OrgSnapshot::workflowById(const QString& id) const { return lookup(workflows, m_workflowById, id); }
const Integration* OrgSnapshot::integrationById(const QString& id) const
{
    return lookup(integrations, m_integrationById, id);
}

QList<const Project*> OrgSnapshot::projectsOfTeam(const QString& teamSlug) const
{
    QList<const Project*> out;
    for (const Project& project : projects) {
        for (const TeamRef& team : project.teams) {
            if (team.slug == teamSlug) {
                out.append(&project);
                break;
            }
        }
    }
    return out;
}

QList<const Detector*> OrgSnapshot::detectorsOfProject(const QString& projectId) const
{
    QList<const Detector*> out;
    for (qsizetype i : m_detectorsByProject.value(projectId))
        out.append(&detectors.at(i));
    return out;
}

QList<const MetricAlertRule*> OrgSnapshot::metricAlertRulesOfProject(const QString& projectSlug) const
{
    QList<const MetricAlertRule*> out;
    for (const MetricAlertRule& rule : metricAlertRules) {
        if (rule.projects.contains(projectSlug))
            out.append(&rule);
    }
    return out;
}

QJsonObject OrgSnapshot::toJson() const
{
    QJsonObject json = extras;
    json.insert(QLatin1String("organization"), organization.raw);
    json.insert(QLatin1String("teams"), rawList(teams));
    QJsonArray projectArray;
    for (const Project& project : projects) {
        QJsonObject object = project.raw;
        if (project.ownership)
            object.insert(QLatin1String("ownership"), project.ownership->json);
        if (alertsApi == AlertsApi::Legacy)
            object.insert(QLatin1String("issueAlertRules"), rawList(project.issueAlertRules));
        projectArray.append(object);
    }
    json.insert(QLatin1String("projects"), projectArray);
    json.insert(QLatin1String("members"), rawList(members));
    json.insert(QLatin1String("integrations"), rawList(integrations));
    json.insert(QLatin1String("detectors"), rawList(detectors));
    json.insert(QLatin1String("workflows"), rawList(workflows));
    if (alertsApi == AlertsApi::Legacy)
        json.insert(QLatin1String("metricAlertRules"), rawList(metricAlertRules));
    QJsonObject teamMemberObject;
    for (auto it = teamMembers.constBegin(); it != teamMembers.constEnd(); ++it)
        teamMemberObject.insert(it.key(), rawList(it.value()));
    json.insert(QLatin1String("teamMembers"), teamMemberObject);
    QJsonObject meta{
        {QLatin1String("formatVersion"), FormatVersion},
        {QLatin1String("server"), server},
        {QLatin1String("org"), orgSlug},
        {QLatin1String("takenAt"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("alertsApi"), alertsApiName(alertsApi)},
    };
    if (!legacyAlertsNote.isEmpty())
        meta.insert(QLatin1String("legacyAlertsNote"), legacyAlertsNote);
    json.insert(QLatin1String("meta"), meta);
    return json;
}

Result<OrgSnapshot> OrgSnapshot::fromJson(const QJsonObject& json)
{
    if (!json.value(QLatin1String("organization")).isObject() || !json.value(QLatin1String("projects")).isArray())
        return fail(ErrorKind::BadData,
                    Tr::tr("This file is not a sentry-console snapshot: it has no \"organization\" object or no "
                           "\"projects\" list."));
    if (Result<void> shape = checkSnapshotShape(json); !shape)
        return tl::unexpected(shape.error());
    const QJsonObject meta = json.value(QLatin1String("meta")).toObject();
    if (meta.value(QLatin1String("formatVersion")).toInt(FormatVersion) > FormatVersion)
        return fail(ErrorKind::BadData,
                    Tr::tr("This snapshot was written by a newer sentry-console (format %1); this version reads "
                           "format %2.")
                        .arg(meta.value(QLatin1String("formatVersion")).toInt())
                        .arg(FormatVersion));

    OrgSnapshot snapshot;
    snapshot.server = meta.value(QLatin1String("server")).toString();
    snapshot.takenAt = QDateTime::fromString(meta.value(QLatin1String("takenAt")).toString(), Qt::ISODateWithMs);
    snapshot.alertsApi = meta.value(QLatin1String("alertsApi")).toString() == QLatin1String("legacy")
                             ? AlertsApi::Legacy
                             : AlertsApi::WorkflowEngine;
    snapshot.legacyAlertsNote = meta.value(QLatin1String("legacyAlertsNote")).toString();
    snapshot.organization = Organization::fromJson(json.value(QLatin1String("organization")).toObject());
    snapshot.orgSlug = meta.value(QLatin1String("org")).toString(snapshot.organization.slug);
    // The long lists (10,000 detectors on large:2000) are converted on another core meanwhile:
    // both threads only read `json` (const reads of shared Qt values are thread-safe) and each
    // writes its own members of `snapshot`.
    std::thread lists([&snapshot, &json] {
        snapshot.members = listFromJson<Member>(json.value(QLatin1String("members")));
        snapshot.integrations = listFromJson<Integration>(json.value(QLatin1String("integrations")));
        snapshot.detectors = listFromJson<Detector>(json.value(QLatin1String("detectors")));
        snapshot.workflows = listFromJson<Workflow>(json.value(QLatin1String("workflows")));
        snapshot.metricAlertRules = listFromJson<MetricAlertRule>(json.value(QLatin1String("metricAlertRules")));
    });
    snapshot.teams = listFromJson<Team>(json.value(QLatin1String("teams")));
    for (const QJsonValue& value : json.value(QLatin1String("projects")).toArray()) {
        QJsonObject object = value.toObject();
        const QJsonValue ownership = object.take(QLatin1String("ownership"));
        const QJsonValue issueRules = object.take(QLatin1String("issueAlertRules"));
        Project project = Project::fromJson(object);
        if (ownership.isObject())
            project.ownership = ProjectOwnership::fromJson(ownership.toObject());
        project.issueAlertRules = listFromJson<IssueAlertRule>(issueRules);
        snapshot.projects.append(std::move(project));
    }
    const QJsonObject teamMembers = json.value(QLatin1String("teamMembers")).toObject();
    for (auto it = teamMembers.constBegin(); it != teamMembers.constEnd(); ++it)
        snapshot.teamMembers.insert(it.key(), listFromJson<Member>(it.value()));

    static const QStringList known = {
        QStringLiteral("organization"), QStringLiteral("teams"), QStringLiteral("projects"),
        QStringLiteral("members"), QStringLiteral("integrations"), QStringLiteral("detectors"),
        QStringLiteral("workflows"), QStringLiteral("metricAlertRules"), QStringLiteral("teamMembers"),
        QStringLiteral("meta")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            snapshot.extras.insert(it.key(), it.value());
    }
    lists.join();
    snapshot.reindex();
    return snapshot;
}

Result<void> OrgSnapshot::save(const QString& path) const
{
    return writeJsonFile(path, QJsonDocument(toJson()));
}

Result<OrgSnapshot> OrgSnapshot::load(const QString& path)
{
    // A large snapshot parses member by member on every core (jsonsections.h); anything unusual
    // takes the one-piece reader, whose errors say where the file broke.
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const std::optional<QJsonObject> object = bytes.size() > (1 << 20) ? parseJsonObjectInParallel(bytes, path) : std::nullopt;
    const Result<QJsonDocument> whole = object ? Result<QJsonDocument>(QJsonDocument(*object))
                                        : file.isOpen() ? parseJson(bytes, path)
                                                        : readJsonFile(path);
    return whole
        .and_then([&](const QJsonDocument& doc) -> Result<OrgSnapshot> {
            if (!doc.isObject())
                return fail(ErrorKind::BadData, Tr::tr("%1 is not a snapshot: the top level is not a JSON object.").arg(path));
            return fromJson(doc.object());
        })
        .map_error([&](Error error) {
            // Every message names the file it is about.
            if (!error.message.contains(path))
                error.message = Tr::tr("%1: %2").arg(path, error.message);
            return error;
        });
}

} // namespace sc
