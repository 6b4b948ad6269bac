// SPDX-License-Identifier: MIT
// The reference-architecture endpoints of the fake Sentry: project scrubbing settings (project PUT),
// inbound filters, client keys, spike protection, team and project creation, releases, artifact
// bundles and cron monitors. Each rule names its source in Sentry's code or the OpenAPI document.
#include "fakesentryapi.h"
#include "fakeapihelpers.h"
#include "fakearchitecture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace sc {

using namespace Qt::StringLiterals;
using namespace fakeapi;

namespace {

// src/sentry/api/endpoints/project_details.py: MAX_SENSITIVE_FIELD_CHARS.
constexpr int kMaxSensitiveFieldChars = 4000;

std::optional<QJsonObject> bodyObject(const FakeRequest& request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

FakeResponse malformed()
{
    return detail(400, u"Malformed request."_s);
}

// DRF's BooleanField and ListField messages.
const QString kNotBoolean = u"Must be a valid boolean."_s;

QString notAList(const QJsonValue& v)
{
    const QString type = v.isString() ? u"str"_s : v.isDouble() ? u"int"_s : v.isObject() ? u"dict"_s : u"bool"_s;
    return u"Expected a list of items but got type \"%1\"."_s.arg(type);
}

// sentry.api.fields.sentry_slug: lowercase letters, digits, - and _, not only digits.
bool validSlug(const QString& slug)
{
    static const QRegularExpression pattern(u"^(?![0-9]+$)[a-z0-9_\\-]+$"_s);
    return pattern.match(slug).hasMatch();
}

// django.utils.text.slugify as Sentry's Project.save() applies it to the name when no slug is sent.
QString slugify(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if ((c == u'-' || c == u'_' || c.isSpace()) && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// Project.is_valid_platform: the platform ids of sentry's integration-docs list (a subset of it).
bool validPlatform(const QString& platform)
{
    static const QStringList platforms{
        u"other"_s, u"android"_s, u"apple-ios"_s, u"cocoa"_s, u"dart"_s, u"dotnet"_s, u"dotnet-aspnetcore"_s,
        u"elixir"_s, u"flutter"_s, u"go"_s, u"go-gin"_s, u"go-echo"_s, u"java"_s, u"java-spring-boot"_s,
        u"javascript"_s, u"javascript-react"_s, u"javascript-vue"_s, u"javascript-angular"_s,
        u"javascript-nextjs"_s, u"javascript-svelte"_s, u"kotlin"_s, u"node"_s, u"node-express"_s,
        u"node-nestjs"_s, u"node-koa"_s, u"php"_s, u"php-laravel"_s, u"python"_s, u"python-django"_s,
        u"python-flask"_s, u"python-fastapi"_s, u"python-celery"_s, u"react-native"_s, u"ruby"_s,
        u"ruby-rails"_s, u"rust"_s, u"native"_s, u"electron"_s, u"unity"_s};
    return platforms.contains(platform);
}

} // namespace

// ---- dispatch -------------------------------------------------------------------------------

std::optional<FakeResponse> FakeSentryApi::architectureProjectRoute(const FakeRequest& request, const QStringList& parts)
{
    const QJsonObject* project = m_data.projectBySlugOrId(parts.at(2));
    if (!project)
        return std::nullopt;
    const QString slug = project->value(u"slug"_s).toString();
    const QByteArray& m = request.method;
    if (parts.size() == 3 && m == "PUT")
        return putProjectSettings(slug, request);
    if (parts.size() < 4)
        return std::nullopt;
    const QString what = parts.at(3);
    if (what == u"filters"_s && parts.size() == 4 && m == "GET") {
        // project_filters.py: [{id, active}] sorted by id.
        QJsonArray out;
        const QJsonObject state = m_data.arch.filters.value(slug);
        for (const QString& id : fakeFilterIds())
            out.append(QJsonObject{{u"id"_s, id}, {u"active"_s, state.value(id).toBool()}});
        return json(200, out);
    }
    if (what == u"filters"_s && parts.size() == 5 && m == "PUT")
        return putFilter(slug, parts.at(4), request);
    if (what == u"keys"_s && parts.size() == 4 && m == "GET") {
        // project_keys.py: `status` filters active / inactive keys.
        const QString status = request.query.queryItemValue(u"status"_s);
        QJsonArray out;
        for (const QJsonObject& key : m_data.arch.keys.value(slug)) {
            const bool active = key.value(u"isActive"_s).toBool();
            if ((status == u"active"_s && !active) || (status == u"inactive"_s && active))
                continue;
            out.append(clientKeyRead(key));
        }
        return paginate(request, out);
    }
    if (what == u"keys"_s && parts.size() == 5) {
        // project_key_details.py: the key is looked up by its public key.
        const QList<QJsonObject>& keys = m_data.arch.keys.value(slug);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).value(u"public"_s).toString() != parts.at(4))
                continue;
            if (m == "GET")
                return json(200, clientKeyRead(keys.at(i)));
            if (m == "PUT")
                return putClientKey(slug, int(i), request);
            return notFound();
        }
        return notFound();
    }
    if (what == u"files"_s && parts.size() == 5 && parts.at(4) == u"artifact-bundles"_s && m == "GET") {
        // Artifact bundles arrived with Sentry 23.x: the older self-hosted server has no route.
        if (m_options.legacyAlerts)
            return notFound();
        QJsonArray out;
        for (const QJsonObject& b : m_data.arch.artifactBundles.value(slug))
            out.append(b);
        return paginate(request, out);
    }
    return std::nullopt;
}

std::optional<FakeResponse> FakeSentryApi::architectureOrgRoute(const FakeRequest& request, const QStringList& parts)
{
    const QString what = parts.value(2);
    const QByteArray& m = request.method;
    if (what == u"monitors"_s && parts.size() == 4 && m == "GET") {
        // organization_monitor_details.py: one monitor by slug.
        for (const QJsonObject& mon : std::as_const(m_data.arch.monitors)) {
            if (mon.value(u"slug"_s).toString() == parts.at(3) || mon.value(u"id"_s).toString() == parts.at(3))
                return json(200, mon);
        }
        return notFound();
    }
    if (parts.size() != 3)
        return std::nullopt;
    if (what == u"spike-protections"_s && (m == "POST" || m == "DELETE")) {
        // Spike protection lives in getsentry (sentry.io only): self-hosted has no such route.
        if (m_options.legacyAlerts)
            return notFound();
        return spikeProtection(request);
    }
    if (what == u"teams"_s && m == "POST")
        return createTeam(request);
    if (what == u"releases"_s && m == "GET") {
        // organization_releases.py: `project` ids (or slugs) filter; newest first.
        const QStringList wanted = request.query.allQueryItemValues(u"project"_s);
        QList<QJsonObject> matches;
        for (const QJsonObject& r : std::as_const(m_data.arch.releases)) {
            bool keep = wanted.isEmpty() || wanted.contains(u"-1"_s);
            for (const QJsonValue& p : r.value(u"projects"_s).toArray()) {
                const QJsonObject ref = p.toObject();
                keep = keep || wanted.contains(idOf(ref.value(u"id"_s))) || wanted.contains(ref.value(u"slug"_s).toString());
            }
            if (keep)
                matches.append(r);
        }
        std::stable_sort(matches.begin(), matches.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(u"dateCreated"_s).toString() > b.value(u"dateCreated"_s).toString();
        });
        QJsonArray out;
        for (const QJsonObject& r : std::as_const(matches))
            out.append(r);
        return paginate(request, out);
    }
    if (what == u"monitors"_s && m == "GET") {
        const QStringList wanted = request.query.allQueryItemValues(u"project"_s);
        QJsonArray out;
        for (const QJsonObject& mon : std::as_const(m_data.arch.monitors)) {
            const QJsonObject p = mon.value(u"project"_s).toObject();
            if (wanted.isEmpty() || wanted.contains(u"-1"_s) || wanted.contains(p.value(u"id"_s).toString())
                || wanted.contains(p.value(u"slug"_s).toString()))
                out.append(mon);
        }
        return paginate(request, out);
    }
    if (what == u"monitors"_s && m == "POST")
        return createMonitor(request);
    return std::nullopt;
}

std::optional<FakeResponse> FakeSentryApi::architectureTeamRoute(const FakeRequest& request, const QStringList& parts)
{
    if (parts.size() == 4 && parts.at(3) == u"projects"_s && request.method == "POST") {
        const QJsonObject* team = m_data.teamBySlug(parts.at(2));
        if (!team)
            return detail(404, u"Team not found."_s); // TeamEndpoint
        return createProject(*team, request);
    }
    return std::nullopt;
}

// ---- reads ----------------------------------------------------------------------------------

void FakeSentryApi::applyProjectSettings(QJsonObject& detail) const
{
    const auto it = m_data.arch.settings.constFind(detail.value(u"slug"_s).toString());
    if (it == m_data.arch.settings.constEnd())
        return;
    for (auto f = it->begin(); f != it->end(); ++f)
        detail.insert(f.key(), f.value());
}

QJsonObject FakeSentryApi::clientKeyRead(const QJsonObject& stored) const
{
    // ProjectKeySerializer: dsn {public, secret, csp, security, minidump, nel, unreal, crons, cdn,
    // playstation, integration, otlp_traces, otlp_logs}, built from the key and the ingest host.
    QJsonObject key = stored;
    const QUrl base(m_baseUrl);
    const QString host = base.host() + (base.port() > 0 ? u":%1"_s.arg(base.port()) : QString());
    const QString scheme = base.scheme().isEmpty() ? u"http"_s : base.scheme();
    const QString pub = stored.value(u"public"_s).toString();
    const QString project = QString::number(stored.value(u"projectId"_s).toVariant().toLongLong());
    const QString endpoint = u"%1://%2/api/%3/"_s.arg(scheme, host, project);
    key[u"dsn"_s] = QJsonObject{
        {u"public"_s, u"%1://%2@%3/%4"_s.arg(scheme, pub, host, project)},
        {u"secret"_s, u"%1://%2:%3@%4/%5"_s.arg(scheme, pub, stored.value(u"secret"_s).toString(), host, project)},
        {u"csp"_s, endpoint + u"csp-report/?sentry_key="_s + pub},
        {u"security"_s, endpoint + u"security/?sentry_key="_s + pub},
        {u"minidump"_s, endpoint + u"minidump/?sentry_key="_s + pub},
        {u"nel"_s, endpoint + u"nel/?sentry_key="_s + pub},
        {u"unreal"_s, endpoint + u"unreal/"_s + pub + u'/'},
        {u"crons"_s, endpoint + u"cron/___MONITOR_SLUG___/"_s + pub + u'/'},
        {u"cdn"_s, u"%1://%2/js-sdk-loader/%3.min.js"_s.arg(scheme, host, pub)},
        {u"playstation"_s, endpoint + u"playstation/?sentry_key="_s + pub},
        {u"integration"_s, endpoint + u"integration/otlp/"_s},
        {u"otlp_traces"_s, endpoint + u"integration/otlp/v1/traces"_s},
        {u"otlp_logs"_s, endpoint + u"integration/otlp/v1/logs"_s}};
    return key;
}

// ---- writes ---------------------------------------------------------------------------------

FakeResponse FakeSentryApi::putProjectSettings(const QString& slug, const FakeRequest& request)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    // project_details.py: admin fields (scrubbing among them) need project:write; a member's PUT
    // naming one is refused with 403.
    if (!hasScope(u"project:write"_s))
        return missingScope();
    QJsonObject errors;
    QJsonObject changes;
    for (const QString& key : {u"dataScrubber"_s, u"dataScrubberDefaults"_s, u"scrubIPAddresses"_s}) {
        if (!body->contains(key))
            continue;
        if (!body->value(key).isBool())
            errors[key] = QJsonArray{kNotBoolean};
        else
            changes[key] = body->value(key);
    }
    for (const QString& key : {u"sensitiveFields"_s, u"safeFields"_s}) {
        if (!body->contains(key))
            continue;
        const QJsonValue v = body->value(key);
        if (!v.isArray()) {
            errors[key] = QJsonArray{notAList(v)};
            continue;
        }
        int chars = 0;
        for (const QJsonValue& item : v.toArray())
            chars += int(item.toString().size());
        // ProjectAdminSerializer.validate_sensitiveFields.
        if (key == u"sensitiveFields"_s && chars > kMaxSensitiveFieldChars)
            errors[key] = QJsonArray{u"List of sensitive fields is too long."_s};
        else
            changes[key] = v;
    }
    if (!errors.isEmpty())
        return json(400, errors);
    QJsonObject& settings = m_data.arch.settings[slug];
    for (auto it = changes.begin(); it != changes.end(); ++it)
        settings.insert(it.key(), it.value());
    FakeResponse r = json(200, projectDetail(m_data.projects.at(m_data.projectIndex.value(slug))));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::putFilter(const QString& slug, const QString& filterId, const FakeRequest& request)
{
    // project_filter_details.py: an id that is no filter spec → ResourceDoesNotExist (404).
    if (!fakeFilterIds().contains(filterId))
        return notFound();
    if (!hasScope(u"project:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    // The filter's serializer (partial=True): `active` is a BooleanField.
    if (body->contains(u"active"_s)) {
        if (!body->value(u"active"_s).isBool())
            return json(400, QJsonObject{{u"active"_s, QJsonArray{kNotBoolean}}});
        m_data.arch.filters[slug][filterId] = body->value(u"active"_s).toBool();
    }
    // The OpenAPI document answers 204 No Content.
    FakeResponse r = noContent(204);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::putClientKey(const QString& slug, int index, const FakeRequest& request)
{
    if (!hasScope(u"project:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    QJsonObject key = m_data.arch.keys.value(slug).at(index);
    QJsonObject errors;
    // OpenAPI: browserSdkVersion enum ["latest", "7.x"].
    const QJsonValue sdk = body->value(u"browserSdkVersion"_s);
    if (body->contains(u"browserSdkVersion"_s) && sdk.toString() != u"latest"_s && sdk.toString() != u"7.x"_s)
        errors[u"browserSdkVersion"_s] = QJsonArray{u"\"%1\" is not a valid choice."_s.arg(sdk.toString())};
    const QJsonValue limit = body->value(u"rateLimit"_s);
    if (limit.isObject()) {
        // OpenAPI: count ≥ 0; 0 ≤ window ≤ 86400 (both nullable).
        QJsonObject limitErrors;
        const QJsonValue count = limit.toObject().value(u"count"_s);
        const QJsonValue window = limit.toObject().value(u"window"_s);
        if (count.isDouble() && count.toDouble() < 0)
            limitErrors[u"count"_s] = QJsonArray{u"Ensure this value is greater than or equal to 0."_s};
        if (window.isDouble() && (window.toDouble() < 0 || window.toDouble() > 86400))
            limitErrors[u"window"_s] = QJsonArray{window.toDouble() < 0 ? u"Ensure this value is greater than or equal to 0."_s
                                                                        : u"Ensure this value is less than or equal to 86400."_s};
        if (!limitErrors.isEmpty())
            errors[u"rateLimit"_s] = limitErrors;
    }
    if (!errors.isEmpty())
        return json(400, errors);
    if (!body->value(u"name"_s).toString().isEmpty()) {
        key[u"name"_s] = body->value(u"name"_s);
        key[u"label"_s] = body->value(u"name"_s);
    }
    // project_key_details.py put(): without browserSdkVersion in the body the key is reset to the
    // project's default SDK version.
    key[u"browserSdkVersion"_s] = body->contains(u"browserSdkVersion"_s) ? sdk.toString() : u"latest"_s;
    if (body->value(u"isActive"_s).isBool())
        key[u"isActive"_s] = body->value(u"isActive"_s);
    // Same put(): rateLimit is applied only if features.has("projects:rate-limits", project);
    // otherwise it is silently dropped. A null (or a null count / window) clears it.
    const QJsonObject settings = m_data.arch.settings.value(slug);
    if (settings.value(u"features"_s).toArray().contains(u"rate-limits"_s) && body->contains(u"rateLimit"_s)) {
        const QJsonObject l = limit.toObject();
        if (limit.isNull() || l.value(u"count"_s).isNull() || l.value(u"window"_s).isNull())
            key[u"rateLimit"_s] = QJsonValue();
        else
            key[u"rateLimit"_s] = QJsonObject{{u"window"_s, l.value(u"window"_s).toInt()}, {u"count"_s, l.value(u"count"_s).toInt()}};
    }
    m_data.arch.keys[slug][index] = key;
    FakeResponse r = json(200, clientKeyRead(key));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::spikeProtection(const FakeRequest& request)
{
    if (!hasScope(u"project:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    // OpenAPI: `projects` (required) lists slugs, or "$all" for every project.
    if (!body->contains(u"projects"_s))
        return json(400, QJsonObject{{u"projects"_s, QJsonArray{u"This field is required."_s}}});
    const QJsonValue projects = body->value(u"projects"_s);
    if (!projects.isArray())
        return json(400, QJsonObject{{u"projects"_s, QJsonArray{notAList(projects)}}});
    const QStringList slugs = [&] {
        QStringList out;
        for (const QJsonValue& v : projects.toArray())
            out.append(v.toString());
        return out;
    }();
    const bool all = slugs.contains(u"$all"_s);
    const bool disable = request.method == "DELETE";
    for (const QJsonObject& p : std::as_const(m_data.projects)) {
        const QString slug = p.value(u"slug"_s).toString();
        if (!all && !slugs.contains(slug))
            continue; // the projects queryset filters by slug: unknown slugs match nothing
        QJsonObject& settings = m_data.arch.settings[slug];
        QJsonObject options = settings.value(u"options"_s).toObject();
        // getsentry keeps the state in the project option quotas:spike-protection-disabled.
        options[u"quotas:spike-protection-disabled"_s] = disable;
        settings[u"options"_s] = options;
    }
    FakeResponse r = noContent(disable ? 200 : 201);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::createTeam(const FakeRequest& request)
{
    // OrganizationTeamsPermission: POST needs team:write (or org:write).
    if (!hasScope(u"org:write"_s) && !hasScope(u"team:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    const QString name = body->value(u"name"_s).toString();
    const QString slug = body->value(u"slug"_s).toString().isEmpty() ? slugify(name) : body->value(u"slug"_s).toString();
    // organization_teams.py: slug or name is required; slug as SentrySerializerSlugField.
    if (slug.isEmpty())
        return json(400, QJsonObject{{u"non_field_errors"_s, QJsonArray{u"A name or slug is required"_s}}});
    if (!validSlug(slug) || slug.size() > 50)
        return json(400, QJsonObject{{u"slug"_s, QJsonArray{u"Enter a valid slug consisting of lowercase letters, numbers, "
                                                              "underscores or hyphens. It cannot be entirely numeric."_s}}});
    // Same file: CONFLICTING_SLUG_ERROR with 409.
    if (m_data.teamBySlug(slug))
        return json(409, QJsonObject{{u"non_field_errors"_s, QJsonArray{u"A team with this slug already exists."_s}},
                                     {u"detail"_s, u"A team with this slug already exists."_s}});
    QJsonObject team = m_data.teams.isEmpty() ? QJsonObject() : m_data.teams.first();
    team[u"id"_s] = newIdString();
    team[u"slug"_s] = slug;
    team[u"name"_s] = name.isEmpty() ? slug : name;
    team[u"dateCreated"_s] = nowIso();
    team[u"memberCount"_s] = 0;
    team[u"externalTeams"_s] = QJsonArray();
    m_data.teams.append(team);
    FakeResponse r = json(201, team);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::createProject(const QJsonObject& team, const FakeRequest& request)
{
    // TeamProjectPermission: POST needs project:write/admin or org:write/admin.
    if (!hasScope(u"project:write"_s) && !hasScope(u"org:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    // team_projects.py ProjectPostSerializer: name required (≤ 50), slug optional (sentry slug,
    // from the name when absent), platform must be valid, default_rules a boolean (default true).
    QJsonObject errors;
    const QString name = body->value(u"name"_s).toString();
    if (!body->contains(u"name"_s))
        errors[u"name"_s] = QJsonArray{u"This field is required."_s};
    else if (name.trimmed().isEmpty())
        errors[u"name"_s] = QJsonArray{u"This field may not be blank."_s};
    else if (name.size() > 50)
        errors[u"name"_s] = QJsonArray{u"Ensure this field has no more than 50 characters."_s};
    const QString slug = body->value(u"slug"_s).toString().isEmpty() ? slugify(name) : body->value(u"slug"_s).toString();
    if (errors.isEmpty() && (!validSlug(slug) || slug.size() > 100))
        errors[u"slug"_s] = QJsonArray{u"Enter a valid slug consisting of lowercase letters, numbers, underscores or "
                                       "hyphens. It cannot be entirely numeric."_s};
    const QString platform = body->value(u"platform"_s).toString();
    if (!platform.isEmpty() && !validPlatform(platform))
        errors[u"platform"_s] = QJsonArray{u"Invalid platform"_s};
    if (body->contains(u"default_rules"_s) && !body->value(u"default_rules"_s).isBool())
        errors[u"default_rules"_s] = QJsonArray{kNotBoolean};
    if (!errors.isEmpty())
        return json(400, errors);
    // IntegrityError on the unique (organization, slug) → 409.
    if (m_data.projectIndex.contains(slug))
        return detail(409, u"A project with this slug already exists."_s);

    const QString now = nowIso();
    QJsonObject project = m_data.projects.isEmpty() ? QJsonObject() : m_data.projects.first();
    const QJsonObject ref{{u"id"_s, team.value(u"id"_s)}, {u"slug"_s, team.value(u"slug"_s)}, {u"name"_s, team.value(u"name"_s)}};
    project[u"id"_s] = newIdString();
    project[u"slug"_s] = slug;
    project[u"name"_s] = name;
    project[u"platform"_s] = platform.isEmpty() ? QJsonValue() : QJsonValue(platform);
    project[u"platforms"_s] = platform.isEmpty() ? QJsonArray() : QJsonArray{platform};
    project[u"dateCreated"_s] = now;
    project[u"firstEvent"_s] = QJsonValue();
    project[u"firstTransactionEvent"_s] = false;
    project[u"hasSessions"_s] = false;
    project[u"environments"_s] = QJsonArray();
    project[u"latestRelease"_s] = QJsonValue();
    project[u"latestDeploys"_s] = QJsonValue();
    project[u"team"_s] = ref;
    project[u"teams"_s] = QJsonArray{ref};
    m_data.projectIndex.insert(slug, int(m_data.projects.size()));
    m_data.projects.append(project);
    addFakeProjectArchitecture(m_data, project);

    // CONTRACT §0b.5: every project gets an `error` and an `issue_stream` detector with it.
    qint64 issueStream = 0;
    for (const QString& type : {u"error"_s, u"issue_stream"_s}) {
        const qint64 id = newId();
        m_data.detectors.insert(id, QJsonObject{{u"id"_s, QString::number(id)}, {u"projectId"_s, project.value(u"id"_s)},
                                                {u"name"_s, type == u"error"_s ? u"Error Monitor"_s : u"Issue Stream"_s},
                                                {u"description"_s, QJsonValue()}, {u"type"_s, type},
                                                {u"owner"_s, QJsonValue()}, {u"createdBy"_s, QJsonValue()},
                                                {u"dateCreated"_s, now}, {u"dateUpdated"_s, now},
                                                {u"dataSources"_s, QJsonValue()}, {u"conditionGroup"_s, QJsonValue()},
                                                {u"config"_s, QJsonObject()}, {u"enabled"_s, true},
                                                {u"latestGroup"_s, QJsonValue()}});
        if (type == u"issue_stream"_s)
            issueStream = id;
    }
    // project_created(default_rules=True) creates Sentry's default issue alert, which the workflow
    // engine stores as a workflow on the issue-stream detector (PR #112276).
    if (body->value(u"default_rules"_s).toBool(true)) {
        const qint64 id = newId();
        m_data.workflows.insert(id, QJsonObject{
            {u"id"_s, QString::number(id)}, {u"name"_s, u"Send a notification for high priority issues"_s},
            {u"organizationId"_s, m_data.organization.value(u"id"_s)}, {u"createdBy"_s, QJsonValue()},
            {u"dateCreated"_s, now}, {u"dateUpdated"_s, now},
            {u"triggers"_s, QJsonObject{{u"logicType"_s, u"any-short"_s},
                                        {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"new_high_priority_issue"_s},
                                                                                 {u"comparison"_s, true},
                                                                                 {u"conditionResult"_s, true}}}}}},
            {u"actionFilters"_s, QJsonArray{QJsonObject{{u"logicType"_s, u"all"_s}, {u"conditions"_s, QJsonArray()},
                                                        {u"actions"_s, QJsonArray{QJsonObject{
                                                            {u"id"_s, newIdString()}, {u"type"_s, u"email"_s},
                                                            {u"integrationId"_s, QJsonValue()}, {u"data"_s, QJsonObject{{u"fallthroughType"_s, u"ActiveMembers"_s}}},
                                                            {u"config"_s, QJsonObject{{u"targetType"_s, u"issue_owners"_s},
                                                                                      {u"targetIdentifier"_s, QJsonValue()},
                                                                                      {u"targetDisplay"_s, QJsonValue()}}},
                                                            {u"status"_s, u"active"_s}}}}}}},
            {u"environment"_s, QJsonValue()}, {u"config"_s, QJsonObject{{u"frequency"_s, 30}}},
            {u"enabled"_s, true}, {u"lastTriggered"_s, QJsonValue()}, {u"owner"_s, QJsonValue()}});
        m_data.link(issueStream, id);
    }
    FakeResponse r = json(201, project);
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::createMonitor(const FakeRequest& request)
{
    if (!hasScope(u"project:write"_s) && !hasScope(u"alerts:write"_s))
        return missingScope();
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return malformed();
    // OpenAPI (MonitorValidator): project, name and config required; config.schedule_type
    // crontab|interval; checkin_margin and max_runtime 1…40320.
    QJsonObject errors;
    for (const QString& key : {u"project"_s, u"name"_s, u"config"_s}) {
        if (!body->contains(key))
            errors[key] = QJsonArray{u"This field is required."_s};
    }
    const QJsonObject* project = m_data.projectBySlugOrId(body->value(u"project"_s).toString());
    if (body->contains(u"project"_s) && !project)
        errors[u"project"_s] = QJsonArray{u"Invalid project"_s};
    const QJsonObject config = body->value(u"config"_s).toObject();
    QJsonObject configErrors;
    const QString type = config.value(u"schedule_type"_s).toString();
    if (type != u"crontab"_s && type != u"interval"_s)
        configErrors[u"schedule_type"_s] = QJsonArray{u"\"%1\" is not a valid choice."_s.arg(type)};
    if (!config.contains(u"schedule"_s))
        configErrors[u"schedule"_s] = QJsonArray{u"This field is required."_s};
    for (const QString& key : {u"checkin_margin"_s, u"max_runtime"_s}) {
        const QJsonValue v = config.value(key);
        if (v.isDouble() && (v.toDouble() < 1 || v.toDouble() > 40320))
            configErrors[key] = QJsonArray{u"Ensure this value is between 1 and 40320."_s};
    }
    if (body->contains(u"config"_s) && !configErrors.isEmpty())
        errors[u"config"_s] = configErrors;
    if (!errors.isEmpty())
        return json(400, errors);
    const QString name = body->value(u"name"_s).toString();
    const QString slug = body->value(u"slug"_s).toString().isEmpty() ? slugify(name) : body->value(u"slug"_s).toString();
    for (const QJsonObject& mon : std::as_const(m_data.arch.monitors)) {
        if (mon.value(u"slug"_s).toString() == slug)
            return json(400, QJsonObject{{u"slug"_s, QJsonArray{u"The slug \"%1\" is already in use."_s.arg(slug)}}});
    }
    QJsonObject stored{{u"id"_s, newIdString()}, {u"name"_s, name}, {u"slug"_s, slug}, {u"status"_s, u"active"_s},
                       {u"isMuted"_s, body->value(u"is_muted"_s).toBool()}, {u"isUpserting"_s, false},
                       {u"config"_s, QJsonObject{{u"schedule_type"_s, type}, {u"schedule"_s, config.value(u"schedule"_s)},
                                                 {u"checkin_margin"_s, config.value(u"checkin_margin"_s)},
                                                 {u"max_runtime"_s, config.value(u"max_runtime"_s)},
                                                 {u"timezone"_s, config.value(u"timezone"_s).toString(u"UTC"_s)},
                                                 {u"failure_issue_threshold"_s, config.value(u"failure_issue_threshold"_s)},
                                                 {u"recovery_threshold"_s, config.value(u"recovery_threshold"_s)},
                                                 {u"alert_rule_id"_s, QJsonValue()}}},
                       {u"dateCreated"_s, nowIso()}, {u"project"_s, *project}, {u"environments"_s, QJsonArray()},
                       {u"owner"_s, QJsonValue()}};
    m_data.arch.monitors.append(stored);
    FakeResponse r = json(201, stored);
    r.isWrite = true;
    return r;
}

} // namespace sc
