// SPDX-License-Identifier: MIT
// Seed data for the reference-architecture objects (filters, keys, scrubbing, releases, bundles,
// monitors) and what a newly created project gets.
#include "fakearchitecture.h"
#include "fakeseed.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace sc {

using namespace Qt::StringLiterals;

namespace {

// Relative to today (so "a release in the last N days" holds whenever the seed runs), at midnight
// UTC so that two servers seeded the same day serve the same objects.
QString isoDaysAgo(int days)
{
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    return today.addDays(-days).toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

QJsonObject projectRef(const QJsonObject& project)
{
    // The releases list nests a short project (ReleaseSerializer "projects" item, OpenAPI example).
    return {{u"id"_s, project.value(u"id"_s).toString().toLongLong()},
            {u"slug"_s, project.value(u"slug"_s)},
            {u"name"_s, project.value(u"name"_s)},
            {u"newGroups"_s, 0},
            {u"platform"_s, project.value(u"platform"_s)},
            {u"platforms"_s, project.value(u"platforms"_s)},
            {u"hasHealthData"_s, false}};
}

QJsonObject release(const QJsonObject& project, const QString& version, int daysAgo, int id)
{
    const QString package = project.value(u"slug"_s).toString();
    const QStringList parts = version.split(u'.');
    return {{u"id"_s, id},
            {u"version"_s, package + u'@' + version},
            {u"shortVersion"_s, package + u'@' + version},
            {u"status"_s, u"open"_s},
            {u"versionInfo"_s, QJsonObject{{u"package"_s, package},
                                           {u"version"_s, QJsonObject{{u"raw"_s, version},
                                                                      {u"major"_s, parts.value(0).toInt()},
                                                                      {u"minor"_s, parts.value(1).toInt()},
                                                                      {u"patch"_s, parts.value(2).toInt()},
                                                                      {u"pre"_s, QJsonValue()},
                                                                      {u"buildCode"_s, QJsonValue()},
                                                                      {u"components"_s, 3}}},
                                           {u"description"_s, version},
                                           {u"buildHash"_s, QJsonValue()}}},
            {u"ref"_s, QJsonValue()},
            {u"url"_s, QJsonValue()},
            {u"dateReleased"_s, QJsonValue()},
            {u"dateCreated"_s, isoDaysAgo(daysAgo)},
            {u"data"_s, QJsonObject()},
            {u"newGroups"_s, 0},
            {u"owner"_s, QJsonValue()},
            {u"commitCount"_s, 0},
            {u"lastCommit"_s, QJsonValue()},
            {u"deployCount"_s, 0},
            {u"lastDeploy"_s, QJsonValue()},
            {u"authors"_s, QJsonArray()},
            {u"projects"_s, QJsonArray{projectRef(project)}},
            {u"firstEvent"_s, QJsonValue()},
            {u"lastEvent"_s, QJsonValue()},
            {u"currentProjectMeta"_s, QJsonObject()},
            {u"userAgent"_s, QJsonValue()}};
}

QJsonObject bundle(const QString& slug, const QString& version, int daysAgo)
{
    // ArtifactBundlesSerializer: bundleId, associations [{release, dist}], fileCount, date, dateModified.
    const QString id = QString::fromLatin1(QCryptographicHash::hash((slug + version).toUtf8(), QCryptographicHash::Md5).toHex());
    return {{u"bundleId"_s, u"%1-%2-%3-%4-%5"_s.arg(id.left(8), id.mid(8, 4), id.mid(12, 4), id.mid(16, 4), id.mid(20, 12))},
            {u"associations"_s, QJsonArray{QJsonObject{{u"release"_s, slug + u'@' + version}, {u"dist"_s, QJsonValue()}}}},
            {u"fileCount"_s, 24},
            {u"date"_s, isoDaysAgo(daysAgo)},
            {u"dateModified"_s, isoDaysAgo(daysAgo)}};
}

QJsonObject monitor(const QJsonObject& project, const QString& slug, const QString& schedule, qint64 id)
{
    return {{u"id"_s, QString::number(id)},
            {u"name"_s, slug},
            {u"slug"_s, slug},
            {u"status"_s, u"active"_s},
            {u"isMuted"_s, false},
            {u"isUpserting"_s, false},
            {u"config"_s, QJsonObject{{u"schedule_type"_s, u"crontab"_s}, {u"schedule"_s, schedule},
                                      {u"checkin_margin"_s, 5}, {u"max_runtime"_s, 30}, {u"timezone"_s, u"UTC"_s},
                                      {u"failure_issue_threshold"_s, 1}, {u"recovery_threshold"_s, 1},
                                      {u"alert_rule_id"_s, QJsonValue()}}},
            {u"dateCreated"_s, isoDaysAgo(40)},
            {u"project"_s, project},
            {u"environments"_s, QJsonArray{QJsonObject{{u"name"_s, u"production"_s}, {u"status"_s, u"ok"_s},
                                                       {u"isMuted"_s, false}, {u"dateCreated"_s, isoDaysAgo(40)}}}},
            {u"owner"_s, QJsonValue()}};
}

} // namespace

const QStringList& fakeFilterIds()
{
    static const QStringList ids{u"browser-extensions"_s, u"filtered-transaction"_s, u"legacy-browsers"_s,
                                 u"localhost"_s, u"web-crawlers"_s};
    return ids;
}

QString fakePublicKey(const QString& projectSlug, int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((projectSlug + u'#' + QString::number(n)).toUtf8(), QCryptographicHash::Md5).toHex());
}

void addFakeProjectArchitecture(FakeOrgData& data, const QJsonObject& project)
{
    const QString slug = project.value(u"slug"_s).toString();
    FakeArchData& arch = data.arch;
    // projectoptions/defaults.py: scrub_data and scrub_defaults on, scrub_ip_address off, no
    // sensitive fields; the spike-protection option is unset (null = enabled).
    QJsonArray features = data.projectDetailExtras.value(u"features"_s).toArray();
    if (!features.contains(u"rate-limits"_s))
        features.append(u"rate-limits"_s); // a paid plan's project feature (projects:rate-limits)
    arch.settings.insert(slug, QJsonObject{{u"dataScrubber"_s, true},
                                           {u"dataScrubberDefaults"_s, true},
                                           {u"scrubIPAddresses"_s, false},
                                           {u"sensitiveFields"_s, QJsonArray()},
                                           {u"safeFields"_s, QJsonArray()},
                                           {u"features"_s, features},
                                           {u"options"_s, QJsonObject{{u"quotas:spike-protection-disabled"_s, QJsonValue()}}}});
    QJsonObject filters;
    for (const QString& id : fakeFilterIds())
        filters.insert(id, id == u"filtered-transaction"_s);
    arch.filters.insert(slug, filters);
    const QString publicKey = fakePublicKey(slug, 1);
    arch.keys.insert(slug, {QJsonObject{
        {u"id"_s, publicKey},
        {u"name"_s, u"Default"_s},
        {u"label"_s, u"Default"_s},
        {u"public"_s, publicKey},
        {u"secret"_s, fakePublicKey(slug, -1)},
        {u"projectId"_s, project.value(u"id"_s).toString().toLongLong()},
        {u"isActive"_s, true},
        {u"rateLimit"_s, QJsonValue()},
        {u"browserSdkVersion"_s, u"latest"_s},
        {u"browserSdk"_s, QJsonObject{{u"choices"_s, QJsonArray{QJsonArray{u"latest"_s, u"latest"_s},
                                                               QJsonArray{u"7.x"_s, u"7.x"_s}}}}},
        {u"dateCreated"_s, project.value(u"dateCreated"_s)},
        {u"dynamicSdkLoaderOptions"_s, QJsonObject{{u"hasReplay"_s, true}, {u"hasPerformance"_s, true},
                                                   {u"hasDebug"_s, false}, {u"hasFeedback"_s, false},
                                                   {u"hasLogsAndMetrics"_s, false}}},
        {u"useCase"_s, u"user"_s}}});
}

void seedFakeArchitecture(FakeOrgData& data)
{
    for (const QJsonObject& project : std::as_const(data.projects))
        addFakeProjectArchitecture(data, project);
    if (data.seed != u"demo"_s)
        return;
    FakeArchData& arch = data.arch;
    // A conformant baseline: scrubbing per the reference architecture, keys capped at 1000/min.
    for (const QJsonObject& project : std::as_const(data.projects)) {
        const QString slug = project.value(u"slug"_s).toString();
        QJsonObject& s = arch.settings[slug];
        s[u"scrubIPAddresses"_s] = true;
        s[u"sensitiveFields"_s] = QJsonArray{u"authorization"_s, u"cookie"_s, u"x-api-key"_s};
        s[u"options"_s] = QJsonObject{{u"quotas:spike-protection-disabled"_s, false}};
        for (QJsonObject& key : arch.keys[slug])
            key[u"rateLimit"_s] = QJsonObject{{u"window"_s, 60}, {u"count"_s, 1000}};
    }
    // The gaps.
    arch.filters[u"auth-service"_s][u"filtered-transaction"_s] = false;
    arch.settings[u"user-service"_s][u"scrubIPAddresses"_s] = false;
    arch.keys[u"payment-api"_s][0][u"rateLimit"_s] = QJsonValue();
    arch.settings[u"api-gateway"_s][u"options"_s] = QJsonObject{{u"quotas:spike-protection-disabled"_s, true}};
    QJsonArray mobileFeatures;
    for (const QJsonValue& f : arch.settings[u"mobile-app"_s].value(u"features"_s).toArray()) {
        if (f.toString() != u"rate-limits"_s)
            mobileFeatures.append(f);
    }
    arch.settings[u"mobile-app"_s][u"features"_s] = mobileFeatures;
    arch.keys[u"mobile-app"_s][0][u"rateLimit"_s] = QJsonValue();
    // The web app pins its loader to the 7.x SDK: a key PUT without browserSdkVersion resets it.
    arch.keys[u"web-app"_s][0][u"browserSdkVersion"_s] = u"7.x"_s;

    int releaseId = 5100;
    int days = 1;
    for (const QJsonObject& project : std::as_const(data.projects)) {
        arch.releases.append(release(project, u"1.%1.0"_s.arg(days + 3), days + 20, releaseId++));
        arch.releases.append(release(project, u"1.%1.0"_s.arg(days + 4), days, releaseId++));
        ++days;
        const QString slug = project.value(u"slug"_s).toString();
        if (slug == u"web-app"_s || slug == u"mobile-app"_s)
            arch.artifactBundles[slug] = {bundle(slug, u"1.%1.0"_s.arg(days + 3), days - 1)};
    }
    qint64 monitorId = 77001;
    for (const QJsonObject& project : std::as_const(data.projects)) {
        // api-gateway runs a nightly cleanup job; billing-worker (a worker) has no monitor: the gap.
        if (project.value(u"slug"_s).toString() == u"api-gateway"_s)
            arch.monitors.append(monitor(project, u"gateway-nightly-cleanup"_s, u"0 3 * * *"_s, monitorId++));
    }
}

} // namespace sc
