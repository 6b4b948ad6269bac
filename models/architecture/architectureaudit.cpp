// SPDX-License-Identifier: MIT
#include "architectureaudit.h"
#include "ownershipdiagnostics.h"
#include "tieraudit.h"
#include "tr.h"

#include <QJsonArray>

namespace sc {

using namespace Qt::StringLiterals;

namespace {

CheckResult result(const QString& id, CheckState state, const QString& detail, QList<CheckDrift> drift = {})
{
    CheckResult r;
    r.id = id;
    r.state = state;
    r.detail = detail;
    r.drift = std::move(drift);
    return r;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

// ---- the checks (each a function of one project's values) ---------------------------------------

CheckResult topology(const Project& project, const ArchitectureRules& rules)
{
    const QString id = u"topology"_s;
    QStringList teams;
    for (const TeamRef& t : project.teams)
        teams.append(t.slug);
    if (teams.isEmpty())
        return result(id, CheckState::Missing, Tr::tr("No team owns this project (an orphan)."),
                      {{u"teams"_s, 1, QJsonArray()}});
    if (rules.sharedProjects.contains(project.slug))
        return result(id, CheckState::Ok, Tr::tr("Shared project (pattern B) of %1.").arg(teams.join(u", "_s)));
    if (rules.oneTeamOnly && teams.size() > 1)
        return result(id, CheckState::Drifted, Tr::tr("%n teams (%1): one team should own it, or list it as shared.",
                                                      nullptr, int(teams.size())).arg(teams.join(u", "_s)),
                      {{u"teams"_s, 1, toArray(teams)}});
    return result(id, CheckState::Ok, teams.size() == 1 ? Tr::tr("Owned by %1.").arg(teams.first())
                                                        : Tr::tr("Owned by %1; %2 also have access.")
                                                              .arg(teams.first(), teams.mid(1).join(u", "_s)));
}

CheckResult ownership(const OrgSnapshot& snapshot, const Project& project)
{
    const QString id = u"ownership"_s;
    const QString raw = project.ownership ? project.ownership->raw : QString();
    if (raw.trimmed().isEmpty())
        return result(id, CheckState::Missing, Tr::tr("No ownership rules: issues are not routed to a team."),
                      {{u"raw"_s, u"rules ending in a catch-all"_s, QJsonValue()}});
    OwnershipCheckOptions options;
    options.snapshot = &snapshot;
    options.projectSlug = project.slug;
    const QList<OwnershipDiagnostic> diagnostics = checkOwnership(raw, options);
    QStringList errors;
    bool catchAll = false;
    for (const OwnershipDiagnostic& d : diagnostics) {
        if (d.severity == OwnershipDiagnostic::Severity::Error)
            errors.append(Tr::tr("line %1: %2").arg(d.line).arg(d.message));
        if (d.code == u"catch-all-needs-frame"_s || d.code == u"matches-everything"_s)
            catchAll = true;
    }
    QList<CheckDrift> drift;
    for (const OwnershipDiagnostic& d : diagnostics) {
        if (d.severity == OwnershipDiagnostic::Severity::Error)
            drift.append({u"line %1"_s.arg(d.line), d.code == u"team-without-access"_s ? u"owner with access"_s : u"valid owner"_s,
                          d.message});
    }
    if (!catchAll)
        drift.append({u"catch-all"_s, u"* #team"_s, QJsonValue()});
    if (drift.isEmpty())
        return result(id, CheckState::Ok, Tr::tr("%n rule(s), with a catch-all; every owner exists and has access.", nullptr,
                                                 int(raw.count(u'\n') + 1)));
    QStringList what = errors;
    if (!catchAll)
        what.append(Tr::tr("no catch-all rule (*)"));
    return result(id, CheckState::Drifted, what.join(u"; "_s), drift);
}

CheckResult tiers(const ProjectAudit* audit)
{
    const QString id = u"tiers"_s;
    if (!audit)
        return result(id, CheckState::NotApplicable, Tr::tr("Not audited."));
    QList<CheckDrift> drift;
    QStringList missing, drifted;
    for (int t = 0; t < TierCount; ++t) {
        const TierCoverage& c = audit->tiers[size_t(t)];
        if (!c.required)
            continue;
        const QString name = tierName(Tier(t));
        if (c.state == TierState::Missing) {
            missing.append(name);
            drift.append({name, u"present"_s, QJsonValue()});
        } else if (c.state == TierState::Drifted) {
            drifted.append(name);
            for (const TierDrift& d : c.drift)
                drift.append({name + u'.' + d.field, d.policy, d.server});
            for (const QString& part : c.missingParts)
                drift.append({name + u".part:"_s + part, u"present"_s, QJsonValue()});
        }
    }
    if (missing.isEmpty() && drifted.isEmpty())
        return result(id, CheckState::Ok, Tr::tr("Every required tier matches the policy."));
    QStringList what;
    if (!missing.isEmpty())
        what.append(Tr::tr("missing %1").arg(missing.join(u", "_s)));
    if (!drifted.isEmpty())
        what.append(Tr::tr("drifted %1").arg(drifted.join(u", "_s)));
    return result(id, drifted.isEmpty() ? CheckState::Missing : CheckState::Drifted, what.join(u"; "_s), drift);
}

CheckResult healthCheckFilter(const ProjectArchitecture& a)
{
    const QString id = u"health-check-filter"_s;
    if (!a.read(u"filters"_s))
        return result(id, CheckState::NotApplicable, Tr::tr("Filters could not be read: %1").arg(a.errors.value(u"filters"_s)));
    for (const QJsonValue& v : a.filters) {
        const QJsonObject f = v.toObject();
        if (f.value(u"id"_s).toString() != u"filtered-transaction"_s)
            continue;
        if (f.value(u"active"_s).toBool())
            return result(id, CheckState::Ok, Tr::tr("Health-check transactions are filtered out of quota."));
        return result(id, CheckState::Drifted, Tr::tr("The \"Filter out health check transactions\" inbound filter is off."),
                      {{u"filtered-transaction.active"_s, true, false}});
    }
    return result(id, CheckState::NotApplicable, Tr::tr("This server has no health-check inbound filter."));
}

CheckResult pii(const ProjectArchitecture& a, const ArchitectureRules& rules)
{
    const QString id = u"pii"_s;
    if (a.detail.isEmpty())
        return result(id, CheckState::NotApplicable, Tr::tr("The project settings were not read."));
    QList<CheckDrift> drift;
    const auto flag = [&](const QString& key, bool wanted) {
        if (wanted && a.detail.value(key).toBool() != true)
            drift.append({key, true, a.detail.value(key)});
    };
    flag(u"dataScrubber"_s, rules.dataScrubber);
    flag(u"dataScrubberDefaults"_s, rules.dataScrubberDefaults);
    flag(u"scrubIPAddresses"_s, rules.scrubIPAddresses);
    const QStringList have = toStrings(a.detail.value(u"sensitiveFields"_s));
    QStringList lacking;
    for (const QString& f : rules.sensitiveFields) {
        if (!have.contains(f, Qt::CaseInsensitive))
            lacking.append(f);
    }
    if (!lacking.isEmpty())
        drift.append({u"sensitiveFields"_s, toArray(rules.sensitiveFields), toArray(have)});
    if (drift.isEmpty())
        return result(id, CheckState::Ok, Tr::tr("Scrubbing on, IP addresses scrubbed, sensitive fields listed."));
    QStringList fields;
    for (const CheckDrift& d : std::as_const(drift))
        fields.append(d.field == u"sensitiveFields"_s ? Tr::tr("sensitiveFields lacks %1").arg(lacking.join(u", "_s))
                                                     : Tr::tr("%1 is off").arg(d.field));
    return result(id, CheckState::Drifted, fields.join(u"; "_s), drift);
}

CheckResult quota(const ProjectArchitecture& a, const ArchitectureRules& rules)
{
    const QString id = u"quota"_s;
    if (!a.read(u"keys"_s))
        return result(id, CheckState::NotApplicable, Tr::tr("Client keys could not be read: %1").arg(a.errors.value(u"keys"_s)));
    if (!a.detail.isEmpty() && !toStrings(a.detail.value(u"features"_s)).contains(u"rate-limits"_s))
        return result(id, CheckState::NotApplicable,
                      Tr::tr("The project lacks the rate-limits feature: Sentry ignores a key's rateLimit, so there is "
                             "nothing to set (use spike protection or the org quota)."));
    const QJsonObject wanted{{u"window"_s, rules.rateLimitWindow}, {u"count"_s, rules.rateLimitCount}};
    QList<CheckDrift> drift;
    int active = 0, unlimited = 0;
    for (const QJsonValue& v : a.keys) {
        const QJsonObject key = v.toObject();
        if (!key.value(u"isActive"_s).toBool(true))
            continue;
        ++active;
        const QJsonValue limit = key.value(u"rateLimit"_s);
        if (limit.isNull() || limit.isUndefined())
            ++unlimited;
        if (limit.toObject() != wanted)
            drift.append({u"keys.%1.rateLimit"_s.arg(key.value(u"name"_s).toString()), wanted, limit.isUndefined() ? QJsonValue() : limit});
    }
    if (active == 0)
        return result(id, CheckState::NotApplicable, Tr::tr("No active client key."));
    if (drift.isEmpty())
        return result(id, CheckState::Ok, Tr::tr("%n active key(s) capped at %1 events per %2 s.", nullptr, active)
                                              .arg(rules.rateLimitCount).arg(rules.rateLimitWindow));
    return result(id, unlimited == active ? CheckState::Missing : CheckState::Drifted,
                  Tr::tr("%n key(s) without the policy's rate limit.", nullptr, int(drift.size())), drift);
}

CheckResult spikeProtection(const ProjectArchitecture& a)
{
    const QString id = u"spike-protection"_s;
    const QJsonObject options = a.detail.value(u"options"_s).toObject();
    const QString key = u"quotas:spike-protection-disabled"_s;
    if (!options.contains(key))
        return result(id, CheckState::NotApplicable, Tr::tr("This server has no spike protection (sentry.io only)."));
    if (options.value(key).toBool())
        return result(id, CheckState::Drifted, Tr::tr("Spike protection is switched off."), {{u"spikeProtection"_s, true, false}});
    return result(id, CheckState::Ok, Tr::tr("Spike protection is on."));
}

CheckResult releases(const ProjectArchitecture& a, const ArchitectureRules& rules, const QDateTime& now)
{
    const QString id = u"releases"_s;
    if (!a.read(u"releases"_s))
        return result(id, CheckState::NotApplicable, Tr::tr("Releases could not be read: %1").arg(a.errors.value(u"releases"_s)));
    if (!a.latestRelease.isObject())
        return result(id, CheckState::Missing, Tr::tr("No release: events cannot be tied to a version."),
                      {{u"latestRelease"_s, Tr::tr("within %n day(s)", nullptr, rules.releaseDays), QJsonValue()}});
    const QJsonObject r = a.latestRelease.toObject();
    const QDateTime created = QDateTime::fromString(r.value(u"dateCreated"_s).toString(), Qt::ISODateWithMs);
    if (created.isValid() && created.daysTo(now) > rules.releaseDays)
        return result(id, CheckState::Drifted, Tr::tr("The latest release %1 is %n day(s) old.", nullptr, int(created.daysTo(now)))
                                                   .arg(r.value(u"version"_s).toString()),
                      {{u"latestRelease.dateCreated"_s, Tr::tr("within %n day(s)", nullptr, rules.releaseDays), r.value(u"dateCreated"_s)}});
    return result(id, CheckState::Ok, Tr::tr("Latest release %1.").arg(r.value(u"version"_s).toString()));
}

CheckResult sourcemaps(const ProjectArchitecture& a, const Project& project, const ArchitectureRules& rules)
{
    const QString id = u"sourcemaps"_s;
    if (!rules.wantsSourceMaps(project.platform))
        return result(id, CheckState::NotApplicable, Tr::tr("Not a JavaScript platform (%1).").arg(project.platform));
    if (!a.read(u"artifactBundles"_s))
        return result(id, CheckState::NotApplicable,
                      Tr::tr("Artifact bundles could not be read: %1").arg(a.errors.value(u"artifactBundles"_s)));
    if (!a.artifactBundles.isArray())
        return result(id, CheckState::NotApplicable, Tr::tr("Artifact bundles were not read for this platform."));
    if (a.artifactBundles.toArray().isEmpty())
        return result(id, CheckState::Missing, Tr::tr("No artifact bundle: stack traces stay minified."),
                      {{u"artifactBundles"_s, u"uploaded"_s, QJsonArray()}});
    return result(id, CheckState::Ok, Tr::tr("Source maps uploaded as artifact bundles."));
}

CheckResult crons(const ArchitectureSnapshot& arch, const Project& project, const ArchitectureRules& rules)
{
    const QString id = u"crons"_s;
    if (!rules.isWorker(project.slug, project.platform))
        return result(id, CheckState::NotApplicable, Tr::tr("Not a scheduled worker."));
    if (!arch.monitorsError.isEmpty())
        return result(id, CheckState::NotApplicable, Tr::tr("Cron monitors could not be read: %1").arg(arch.monitorsError));
    QStringList monitors;
    for (const QJsonValue& v : arch.monitors) {
        const QJsonObject p = v.toObject().value(u"project"_s).toObject();
        if (p.value(u"id"_s).toString() == project.id || p.value(u"slug"_s).toString() == project.slug)
            monitors.append(v.toObject().value(u"slug"_s).toString());
    }
    if (monitors.isEmpty())
        return result(id, CheckState::Missing, Tr::tr("A scheduled worker without a cron monitor: a stopped job goes unnoticed."),
                      {{u"monitors"_s, u"≥ 1"_s, 0}});
    return result(id, CheckState::Ok, Tr::tr("Monitored by %1.").arg(monitors.join(u", "_s)));
}

QString cell(const CheckResult& r)
{
    if (r.severity == CheckSeverity::Off)
        return u"off"_s;
    return checkStateName(r.state);
}

} // namespace

QString checkStateName(CheckState state)
{
    switch (state) {
    case CheckState::Ok: return u"ok"_s;
    case CheckState::Drifted: return u"drifted"_s;
    case CheckState::Missing: return u"missing"_s;
    case CheckState::NotApplicable: return u"n/a"_s;
    }
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray d;
    for (const CheckDrift& x : drift)
        d.append(QJsonObject{{u"field"_s, x.field}, {u"policy"_s, x.policy}, {u"server"_s, x.server}});
    return {{u"state"_s, checkStateName(state)}, {u"severity"_s, checkSeverityName(severity)}, {u"drift"_s, d},
            {u"detail"_s, detail}};
}

const CheckResult* ProjectArchitectureAudit::check(const QString& id) const
{
    for (const CheckResult& r : checks) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const ProjectArchitectureAudit* ArchitectureAudit::project(const QString& slug) const
{
    for (const ProjectArchitectureAudit& p : projects) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

int ArchitectureAudit::failures() const
{
    int n = 0;
    for (const ProjectArchitectureAudit& p : projects)
        n += int(std::count_if(p.checks.begin(), p.checks.end(), [](const CheckResult& r) { return r.fails(); }));
    for (const TeamArchitectureAudit& t : teams)
        n += int(std::count_if(t.checks.begin(), t.checks.end(), [](const CheckResult& r) { return r.fails(); }));
    return n + int(std::count_if(org.begin(), org.end(), [](const CheckResult& r) { return r.fails(); }));
}

int ArchitectureAudit::problems() const
{
    int n = 0;
    for (const ProjectArchitectureAudit& p : projects)
        n += int(std::count_if(p.checks.begin(), p.checks.end(), [](const CheckResult& r) { return r.problem(); }));
    for (const TeamArchitectureAudit& t : teams)
        n += int(std::count_if(t.checks.begin(), t.checks.end(), [](const CheckResult& r) { return r.problem(); }));
    return n + int(std::count_if(org.begin(), org.end(), [](const CheckResult& r) { return r.problem(); }));
}

QJsonObject ArchitectureAudit::toJson() const
{
    const auto checksJson = [](const QList<CheckResult>& checks) {
        QJsonObject out;
        for (const CheckResult& r : checks)
            out.insert(r.id, r.toJson());
        return out;
    };
    QJsonArray p;
    for (const ProjectArchitectureAudit& a : projects)
        p.append(QJsonObject{{u"slug"_s, a.slug}, {u"teams"_s, toArray(a.teams)}, {u"platform"_s, a.platform},
                             {u"checks"_s, checksJson(a.checks)}});
    QJsonArray t;
    for (const TeamArchitectureAudit& a : teams)
        t.append(QJsonObject{{u"slug"_s, a.slug}, {u"checks"_s, checksJson(a.checks)}});
    return {{u"projects"_s, p}, {u"teams"_s, t}, {u"org"_s, QJsonObject{{u"checks"_s, checksJson(org)}}},
            {u"summary"_s, QJsonObject{{u"failures"_s, failures()}, {u"problems"_s, problems()}}}};
}

QString ArchitectureAudit::toTable() const
{
    const QStringList& ids = architectureCheckIds();
    int slugWidth = 7;
    for (const ProjectArchitectureAudit& p : projects)
        slugWidth = std::max(slugWidth, int(p.slug.size()));
    QString out = u"project"_s.leftJustified(slugWidth + 2);
    QList<int> widths;
    for (const QString& id : ids) {
        widths.append(std::max(int(id.size()), 7));
        out += id.leftJustified(widths.last() + 1);
    }
    out = out.trimmed() + u'\n';
    QStringList notes;
    const auto note = [&notes](const QString& where, const CheckResult& r) {
        if (!r.problem())
            return;
        QString line = u"  %1 %2 (%3, %4): %5"_s.arg(where, r.id, checkStateName(r.state), checkSeverityName(r.severity), r.detail);
        for (const CheckDrift& d : r.drift)
            line += u"\n      %1: policy %2, server %3"_s.arg(d.field, QString::fromUtf8(QJsonDocument(QJsonArray{d.policy}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                                                             QString::fromUtf8(QJsonDocument(QJsonArray{d.server}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        notes.append(line);
    };
    for (const ProjectArchitectureAudit& p : projects) {
        QString row = p.slug.leftJustified(slugWidth + 2);
        for (int i = 0; i < ids.size(); ++i) {
            const CheckResult* r = p.check(ids.at(i));
            row += (r ? cell(*r) : u"-"_s).leftJustified(widths.at(i) + 1);
            if (r)
                note(p.slug, *r);
        }
        out += row.trimmed() + u'\n';
    }
    for (const TeamArchitectureAudit& t : teams) {
        for (const CheckResult& r : t.checks)
            note(u"team "_s + t.slug, r);
    }
    for (const CheckResult& r : org)
        note(u"org"_s, r);
    out += Tr::tr("%n failing check(s)", nullptr, failures()) + u", "_s + Tr::tr("%n problem(s) in all", nullptr, problems()) + u'\n';
    if (!notes.isEmpty())
        out += notes.join(u'\n') + u'\n';
    return out;
}

QString ArchitectureAudit::toMarkdown() const
{
    const QStringList& ids = architectureCheckIds();
    QString out = u"| project | "_s + ids.join(u" | "_s) + u" |\n|---|"_s + QString(u"---|"_s).repeated(int(ids.size())) + u'\n';
    QStringList notes;
    for (const ProjectArchitectureAudit& p : projects) {
        out += u"| "_s + p.slug;
        for (const QString& id : ids) {
            const CheckResult* r = p.check(id);
            out += u" | "_s + (r ? cell(*r) : u"-"_s);
            if (r && r->problem())
                notes.append(u"- **%1** `%2` %3: %4"_s.arg(p.slug, id, checkStateName(r->state), r->detail));
        }
        out += u" |\n"_s;
    }
    for (const TeamArchitectureAudit& t : teams) {
        for (const CheckResult& r : t.checks) {
            if (r.problem())
                notes.append(u"- team **%1** `%2` %3: %4"_s.arg(t.slug, r.id, checkStateName(r.state), r.detail));
        }
    }
    for (const CheckResult& r : org) {
        if (r.problem())
            notes.append(u"- org `%1` %2: %3"_s.arg(r.id, checkStateName(r.state), r.detail));
    }
    out += u"\n"_s + Tr::tr("%n failing check(s).", nullptr, failures()) + u'\n';
    if (!notes.isEmpty())
        out += u"\n"_s + notes.join(u'\n') + u'\n';
    return out;
}

ArchitectureAudit auditArchitecture(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy)
{
    ArchitectureAudit audit;
    const ArchitectureSnapshot arch = ArchitectureSnapshot::of(snapshot);
    const AuditReport tierReport = auditTiers(snapshot, policy.tiers());
    const QDateTime now = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    QHash<QString, int> projectsOfTeam;
    for (const Project& project : snapshot.projects) {
        ProjectArchitectureAudit p;
        p.slug = project.slug;
        p.projectId = project.id;
        p.platform = project.platform;
        for (const TeamRef& t : project.teams) {
            p.teams.append(t.slug);
            ++projectsOfTeam[t.slug];
        }
        const ArchitectureRules rules = policy.effective(project.slug, p.teams);
        const ProjectArchitecture a = arch.projects.value(project.slug);
        const bool read = arch.present && arch.projects.contains(project.slug);
        const auto unread = [](const QString& id) {
            return result(id, CheckState::NotApplicable, Tr::tr("Not in this snapshot: refresh to read it."));
        };
        p.checks = {topology(project, rules),
                    ownership(snapshot, project),
                    tiers(tierReport.project(project.slug)),
                    read ? healthCheckFilter(a) : unread(u"health-check-filter"_s),
                    read ? pii(a, rules) : unread(u"pii"_s),
                    read ? quota(a, rules) : unread(u"quota"_s),
                    read ? spikeProtection(a) : unread(u"spike-protection"_s),
                    read ? releases(a, rules, now) : unread(u"releases"_s),
                    read ? sourcemaps(a, project, rules) : unread(u"sourcemaps"_s),
                    read ? crons(arch, project, rules) : unread(u"crons"_s)};
        for (CheckResult& r : p.checks) {
            r.severity = rules.severityOf(r.id);
            if (r.severity == CheckSeverity::Off) {
                r.state = CheckState::NotApplicable;
                r.drift.clear();
                r.detail = Tr::tr("Switched off in the policy.");
            }
        }
        audit.projects.append(p);
    }
    for (const Team& team : snapshot.teams) {
        TeamArchitectureAudit t;
        t.slug = team.slug;
        CheckResult r = projectsOfTeam.value(team.slug) == 0
                            ? result(u"topology"_s, CheckState::Missing, Tr::tr("The team owns no project."))
                            : result(u"topology"_s, CheckState::Ok,
                                     Tr::tr("%n project(s).", nullptr, projectsOfTeam.value(team.slug)));
        r.severity = policy.defaults().severityOf(u"topology"_s);
        // A team without projects is worth a look, not a failed audit: it may be new.
        if (r.severity == CheckSeverity::Error)
            r.severity = CheckSeverity::Warning;
        t.checks.append(r);
        audit.teams.append(t);
    }
    // Org-level "require" flags (organization details: dataScrubber, dataScrubberDefaults,
    // scrubIPAddresses force the setting on every project). Reported; the console does not change them.
    QList<CheckDrift> orgDrift;
    const QJsonObject org = snapshot.organization.raw;
    for (const QString& key : {u"dataScrubber"_s, u"dataScrubberDefaults"_s, u"scrubIPAddresses"_s}) {
        if (org.contains(key) && !org.value(key).toBool())
            orgDrift.append({key, true, false});
    }
    const bool projectsScrub = std::all_of(audit.projects.begin(), audit.projects.end(), [](const ProjectArchitectureAudit& p) {
        const CheckResult* r = p.check(u"pii"_s);
        return !r || !r->problem();
    });
    CheckResult orgPii = orgDrift.isEmpty()
                             ? result(u"pii"_s, CheckState::Ok, Tr::tr("The organization requires scrubbing on every project."))
                             : projectsScrub
                             ? result(u"pii"_s, CheckState::Ok,
                                      Tr::tr("Every project scrubs as the policy says; the organization does not require %1, "
                                             "so a new project must set it (service create does).")
                                          .arg([&] { QStringList k; for (const CheckDrift& d : orgDrift) k.append(d.field); return k.join(u", "_s); }()))
                             : result(u"pii"_s, CheckState::Drifted,
                                      Tr::tr("The organization does not require %1; each project must set it.")
                                          .arg([&] { QStringList k; for (const CheckDrift& d : orgDrift) k.append(d.field); return k.join(u", "_s); }()),
                                      orgDrift);
    orgPii.severity = CheckSeverity::Warning;
    audit.org.append(orgPii);
    return audit;
}

} // namespace sc
