// SPDX-License-Identifier: MIT
#include "architectureplanner.h"
#include "architecturesnapshot.h"
#include "changecompare.h"
#include "jsonio.h"
#include "ownershipdiagnostics.h"
#include "ownershipparser.h"
#include "requestshapes.h"
#include "tierplanner.h"
#include "tr.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>
#include <tuple>

namespace sc {

using namespace Qt::StringLiterals;

namespace {

// The new project's default detectors in the synthetic snapshot of a service plan (Sentry makes
// both with the project: ensure_default_detectors, CONTRACT §0b.5). The tier planner connects P1/P3
// to the issue_stream one through the workflows' detectorIds; the push learns its id after op-1
// and fills "${op-1.issueStreamDetectorId}" (a detector PUT cannot connect it: Sentry refuses it).
const QString kNewErrorDetector = u"__new-project-error-detector__"_s;
const QString kNewIssueStreamDetector = u"__new-project-issue-stream-detector__"_s;
const QString kNewSlug = u"__new-project-slug__"_s;
const QString kNewId = u"__new-project-id__"_s;

QJsonValue replaceText(const QJsonValue& v, const QString& from, const QString& to)
{
    if (v.isString())
        return v.toString().replace(from, to);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : v.toArray())
            out.append(replaceText(item, from, to));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), replaceText(it.value(), from, to));
        return out;
    }
    return v;
}

void replaceInOperation(ChangeOperation& op, const QString& from, const QString& to)
{
    op.target.project.replace(from, to);
    op.target.id.replace(from, to);
    op.summary.replace(from, to);
    op.request.path.replace(from, to);
    op.request.body = replaceText(op.request.body, from, to);
    op.desired = replaceText(op.desired, from, to);
    op.base = replaceText(op.base, from, to);
}

QStringList teamSlugs(const Project& project)
{
    QStringList out;
    for (const TeamRef& t : project.teams)
        out.append(t.slug);
    return out;
}

bool isCatchAll(const OwnershipRule& rule)
{
    static const QStringList everything{u"*"_s, u"**"_s, u"/**"_s, u"*/**"_s, u"**/*"_s};
    return everything.contains(rule.pattern);
}

// The team the project's catch-all rule names, if exactly one team and it exists.
QString catchAllTeam(const OrgSnapshot& snapshot, const Project& project)
{
    if (!project.ownership)
        return {};
    const Result<OwnershipRules> rules = parseOwnership(project.ownership->raw);
    if (!rules)
        return {};
    QStringList teams;
    for (const OwnershipRule& rule : rules->rules) {
        if (!isCatchAll(rule))
            continue;
        for (const OwnershipOwner& owner : rule.owners) {
            if (owner.type == OwnershipOwner::Type::Team && !teams.contains(owner.identifier))
                teams.append(owner.identifier);
        }
    }
    return teams.size() == 1 && snapshot.teamBySlug(teams.first()) ? teams.first() : QString();
}

// Pattern A for a project with several teams: `owner` (its first team) keeps it; every other team
// loses its access unless specific (not catch-all) rules route issues to it, which is a decision for
// people (noted). Catch-all rules that name a team losing access name the owner instead. Returns
// the teams to remove; `raw` is rewritten in place.
QStringList teamsToRemove(const Project& project, const QString& owner, QString& raw, QStringList& notes)
{
    const Result<OwnershipRules> parsed = parseOwnership(raw);
    QStringList remove;
    for (const TeamRef& team : project.teams) {
        if (team.slug == owner)
            continue;
        QStringList lines;
        for (const OwnershipRule& rule : parsed ? parsed->rules : QList<OwnershipRule>()) {
            const bool names = std::any_of(rule.owners.begin(), rule.owners.end(), [&](const OwnershipOwner& o) {
                return o.type == OwnershipOwner::Type::Team && o.identifier == team.slug;
            });
            if (names && !isCatchAll(rule))
                lines.append(QString::number(rule.line));
        }
        if (lines.isEmpty()) {
            remove.append(team.slug);
            continue;
        }
        notes.append(Tr::tr("%1: teams %2 and #%3 both own it, and ownership line(s) %4 route issues to #%3: move those "
                            "rules to #%2 or list the project under topology.shared (pattern B).")
                         .arg(project.slug, u"#"_s + owner, team.slug, lines.join(u", "_s)));
    }
    if (!parsed || remove.isEmpty())
        return remove;
    // From the last rule back, so earlier offsets stay valid.
    for (auto rule = parsed->rules.crbegin(); rule != parsed->rules.crend(); ++rule) {
        if (!isCatchAll(*rule))
            continue;
        const bool hasOwner = std::any_of(rule->owners.begin(), rule->owners.end(), [&](const OwnershipOwner& o) {
            return o.type == OwnershipOwner::Type::Team && o.identifier == owner;
        });
        bool ownerWritten = hasOwner;
        QList<std::pair<OwnershipSpan, QString>> edits; // in text order
        for (qsizetype i = 0; i < rule->owners.size() && i < rule->ownerSpans.size(); ++i) {
            const OwnershipOwner& o = rule->owners.at(i);
            if (o.type != OwnershipOwner::Type::Team || !remove.contains(o.identifier))
                continue;
            edits.append({rule->ownerSpans.at(i), ownerWritten ? QString() : u"#"_s + owner});
            ownerWritten = true;
        }
        for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
            qsizetype from = e->first.offset;
            qsizetype length = e->first.length;
            if (e->second.isEmpty()) {
                // Drop the token with the blank before it.
                while (from > 0 && (raw.at(from - 1) == u' ' || raw.at(from - 1) == u'\t')) {
                    --from;
                    ++length;
                }
            }
            raw.replace(from, length, e->second);
        }
    }
    return remove;
}

class Builder
{
public:
    Builder(const OrgSnapshot& snapshot) : m_org(snapshot.orgSlug)
    {
        set.server = snapshot.server;
        set.org = snapshot.orgSlug;
        set.created = QDateTime::currentDateTimeUtc();
    }

    ChangeSet set;

    ChangeOperation& add(OperationKind kind, const ChangeTarget& target, const QString& summary, const QJsonValue& base,
                         const QJsonValue& desired, const ChangeRequest& request)
    {
        ChangeOperation op;
        op.id = set.nextOperationId();
        op.kind = kind;
        op.target = target;
        op.summary = summary;
        op.base = base;
        op.desired = desired;
        op.request = request;
        set.operations.append(op);
        return set.operations.last();
    }

    QString createTeam(const QString& slug)
    {
        for (const ChangeOperation& op : std::as_const(set.operations)) {
            if (op.target.type == TargetType::Team && op.desired.toObject().value(u"slug"_s).toString() == slug)
                return op.id;
        }
        const ChangeTarget target{TargetType::Team, QString(), QString()};
        return add(OperationKind::Create, target, Tr::tr("create team #%1 (ownership rules route to it)").arg(slug), QJsonValue(QJsonValue::Null),
                   QJsonObject{{u"slug"_s, slug}}, {u"POST"_s, collectionPath(m_org, target), QJsonObject{{u"slug"_s, slug}, {u"name"_s, slug}}})
            .id;
    }

    QString teamAccess(const QString& project, const QString& team, const QString& why)
    {
        for (const ChangeOperation& op : std::as_const(set.operations)) {
            if (op.target.type == TargetType::ProjectTeam && op.target.project == project && op.target.id == team)
                return op.id;
        }
        return add(OperationKind::Create, {TargetType::ProjectTeam, project, team}, Tr::tr("%1: give team #%2 access (%3)").arg(project, team, why),
            // The read-back is the team's entry in the project's team list: its slug is what we asked for.
            QJsonValue(QJsonValue::Null), QJsonObject{{u"slug"_s, team}},
            {u"POST"_s, u"/api/0/projects/%1/%2/teams/%3/"_s.arg(m_org, project, team), QJsonValue(QJsonValue::Null)}).id;
    }

    void removeTeamAccess(const QString& project, const Team& team, const QString& why)
    {
        // The base is the team's entry in the project's team list (TeamSerializer: the org list's
        // team without its projects), what the refetch reads back.
        QJsonObject entry = team.raw;
        entry.remove(u"projects"_s);
        add(OperationKind::Delete, {TargetType::ProjectTeam, project, team.slug}, Tr::tr("%1: remove team #%2's access (%3)").arg(project, team.slug, why),
            entry, QJsonValue(QJsonValue::Null),
            {u"DELETE"_s, u"/api/0/projects/%1/%2/teams/%3/"_s.arg(m_org, project, team.slug), QJsonValue(QJsonValue::Null)});
    }

    bool hasOwnershipOperation(const QString& project) const
    {
        return std::any_of(set.operations.begin(), set.operations.end(), [&](const ChangeOperation& op) {
            return op.target.type == TargetType::Ownership && op.target.project == project;
        });
    }

    void ownership(const QString& project, const QJsonObject& base, const QString& raw, const QString& summary)
    {
        QJsonObject desired = base;
        desired.insert(u"raw"_s, raw);
        const ChangeTarget target{TargetType::Ownership, project, QString()};
        add(OperationKind::Update, target, summary, base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(base),
            QJsonObject{{u"raw"_s, raw}},
            {u"PUT"_s, objectPath(m_org, target), ownershipPutBody(base, desired)});
    }

    void healthFilter(const QString& project, const QJsonValue& base)
    {
        const ChangeTarget target{TargetType::InboundFilter, project, u"filtered-transaction"_s};
        add(OperationKind::Update, target, Tr::tr("%1: filter out health-check transactions").arg(project), base,
            QJsonObject{{u"id"_s, target.id}, {u"active"_s, true}},
            {u"PUT"_s, writePath(m_org, target), QJsonObject{{u"active"_s, true}}});
    }

    void settings(const QString& project, const QJsonObject& base, const QJsonObject& desired, const QString& summary)
    {
        const ChangeTarget target{TargetType::ProjectSettings, project, project};
        add(OperationKind::Update, target, summary, base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(base), desired,
            {u"PUT"_s, writePath(m_org, target), projectSettingsPutBody(base, desired)});
    }

    void keyLimit(const QString& project, const QJsonObject& key, const QJsonObject& limit)
    {
        const ChangeTarget target{TargetType::ClientKey, project, key.value(u"id"_s).toString()};
        QJsonObject base;
        if (!key.isEmpty())
            base = objectFromResponse(target, key).toObject();
        QJsonObject desired = base;
        desired.insert(u"rateLimit"_s, limit);
        if (base.isEmpty())
            desired = QJsonObject{{u"rateLimit"_s, limit}};
        const QString name = key.value(u"name"_s).toString(Tr::tr("default key"));
        add(OperationKind::Update, target,
            Tr::tr("%1: cap key \"%2\" at %3 events per %4 s").arg(project, name).arg(limit.value(u"count"_s).toInt())
                .arg(limit.value(u"window"_s).toInt()),
            base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(base), desired,
            {u"PUT"_s, writePath(m_org, target), clientKeyPutBody(key, limit)});
    }

    void spike(const QString& project)
    {
        const ChangeTarget target{TargetType::SpikeProtection, project, project};
        add(OperationKind::Update, target, Tr::tr("%1: switch spike protection on").arg(project), QJsonObject{{u"enabled"_s, false}},
            QJsonObject{{u"enabled"_s, true}}, {u"POST"_s, writePath(m_org, target), spikeProtectionBody(project)});
    }

    void monitor(const QString& projectRef, const QString& projectSlug, const ArchitectureRules& rules)
    {
        const QString slug = projectSlug + u"-heartbeat"_s;
        const QJsonObject config{{u"schedule_type"_s, u"crontab"_s}, {u"schedule"_s, rules.monitorSchedule},
                                 {u"checkin_margin"_s, rules.monitorCheckinMargin}, {u"max_runtime"_s, rules.monitorMaxRuntime}};
        const QJsonObject body{{u"name"_s, slug}, {u"slug"_s, slug}, {u"project"_s, projectRef}, {u"config"_s, config}};
        add(OperationKind::Create, {TargetType::Monitor, projectRef, QString()},
            Tr::tr("%1: create the cron monitor %2 (%3)").arg(projectSlug, slug, rules.monitorSchedule),
            QJsonValue(QJsonValue::Null), QJsonObject{{u"slug"_s, slug}, {u"config"_s, config}},
            {u"POST"_s, collectionPath(m_org, {TargetType::Monitor, projectRef, QString()}), body});
    }

    // Appends another set's operations, renumbered after ours (their placeholders follow); returns
    // old id → new id.
    QHash<QString, QString> append(const ChangeSet& other)
    {
        QHash<QString, QString> rename;
        int next = int(set.operations.size()) + 1;
        for (const ChangeOperation& op : other.operations) {
            while (true) {
                const QString id = u"op-%1"_s.arg(next++);
                if (std::none_of(set.operations.begin(), set.operations.end(), [&](const ChangeOperation& o) { return o.id == id; })) {
                    rename.insert(op.id, id);
                    break;
                }
            }
        }
        static const QRegularExpression ref(u"\\$\\{(op-[A-Za-z0-9_-]+)\\."_s);
        const auto fix = [&rename](const QString& text) {
            QString out;
            qsizetype last = 0;
            for (auto it = ref.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                out += text.mid(last, m.capturedStart(1) - last) + rename.value(m.captured(1), m.captured(1));
                last = m.capturedEnd(1);
            }
            return out + text.mid(last);
        };
        for (ChangeOperation op : other.operations) {
            op.id = rename.value(op.id);
            // The summary too: the push reads its placeholders as dependencies (placeholderOperations).
            op.summary = fix(op.summary);
            op.target.id = fix(op.target.id);
            op.target.project = fix(op.target.project);
            op.request.path = fix(op.request.path);
            const std::function<QJsonValue(const QJsonValue&)> fixJson = [&](const QJsonValue& v) -> QJsonValue {
                if (v.isString())
                    return fix(v.toString());
                if (v.isArray()) {
                    QJsonArray out;
                    for (const QJsonValue& item : v.toArray())
                        out.append(fixJson(item));
                    return out;
                }
                if (v.isObject()) {
                    QJsonObject out;
                    const QJsonObject o = v.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        out.insert(it.key(), fixJson(it.value()));
                    return out;
                }
                return v;
            };
            op.request.body = fixJson(op.request.body);
            op.desired = fixJson(op.desired);
            op.base = fixJson(op.base);
            set.operations.append(op);
        }
        return rename;
    }

private:
    QString m_org;
};

QJsonArray unionOf(const QStringList& have, const QStringList& want)
{
    QStringList out = have;
    for (const QString& f : want) {
        if (!out.contains(f, Qt::CaseInsensitive))
            out.append(f);
    }
    return QJsonArray::fromStringList(out);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

void planProject(Builder& b, QStringList& notes, const OrgSnapshot& snapshot, const ArchitecturePolicy& policy,
                 const ArchitectureSnapshot& arch, const ProjectArchitectureAudit& audit, const Project& project)
{
    const ArchitectureRules rules = policy.effective(project.slug, teamSlugs(project));
    const QString slug = project.slug;
    const ProjectArchitecture a = arch.projects.value(slug);
    const auto wants = [&](const QString& id) {
        const CheckResult* r = audit.check(id);
        return r && r->problem();
    };
    QString owner = project.teams.isEmpty() ? QString() : project.teams.first().slug;
    if (wants(u"topology"_s) && project.teams.isEmpty()) {
        const QString team = catchAllTeam(snapshot, project);
        if (team.isEmpty()) {
            notes.append(Tr::tr("%1: an orphan, and no catch-all ownership rule names its team; add one with "
                                "`ownership` or give a team access in Sentry.").arg(slug));
        } else {
            b.teamAccess(slug, team, Tr::tr("the team its catch-all ownership rule names"));
            owner = team;
        }
    }
    const QString originalRaw = project.ownership ? project.ownership->raw : QString();
    const QJsonObject ownershipBase = project.ownership ? project.ownership->json : QJsonObject();
    QString routedRaw = originalRaw; // the rules after pattern A moved catch-alls to the owner
    if (wants(u"topology"_s) && project.teams.size() > 1 && rules.oneTeamOnly && !rules.sharedProjects.contains(slug)) {
        for (const QString& team : teamsToRemove(project, owner, routedRaw, notes)) {
            if (const Team* t = snapshot.teamBySlug(team))
                b.removeTeamAccess(slug, *t, Tr::tr("pattern A: #%1 owns the project").arg(owner));
        }
    }
    if (wants(u"ownership"_s)) {
        QString raw = routedRaw;
        const QJsonObject base = ownershipBase;
        OwnershipCheckOptions options;
        options.snapshot = &snapshot;
        options.projectSlug = slug;
        bool catchAll = false;
        bool unfixable = false;
        QStringList needAccess; // teams the rules name that lack access (or do not exist yet)
        QStringList unknownTeams;
        QStringList toOwner;    // pattern A: teams that do not exist, whose rules go to the owner
        // Pattern A keeps one team on the project: a rule naming a team the org lacks is routed to the
        // owning team (creating a second team would break the pattern), and an existing team without
        // access is a decision for people (give access and list the project as shared, or move the rule).
        const bool patternA = rules.oneTeamOnly && !rules.sharedProjects.contains(slug) && !owner.isEmpty();
        const Result<OwnershipRules> parsed = parseOwnership(raw);
        for (const OwnershipDiagnostic& d : checkOwnership(raw, options)) {
            if (d.code == u"catch-all-needs-frame"_s || d.code == u"matches-everything"_s)
                catchAll = true;
            if (d.severity != OwnershipDiagnostic::Severity::Error)
                continue;
            if (d.code == u"team-without-access"_s && !d.team.isEmpty() && patternA && d.team != owner) {
                unfixable = true;
                notes.append(Tr::tr("%1: ownership line %2 routes issues to #%3, which has no access, and pattern A keeps "
                                    "#%4 the only team: move the rule to #%4, or give #%3 access and list the project "
                                    "under topology.shared.").arg(slug).arg(d.line).arg(d.team, owner));
            } else if (d.code == u"team-without-access"_s && !d.team.isEmpty()) {
                needAccess.append(d.team);
            } else if (d.code == u"unknown-team"_s && parsed && d.rule >= 0 && d.rule < parsed->rules.size()) {
                // A team the rules route to but the org lacks: create it (the admin may rename it later),
                // or under pattern A route its rules to the owning team.
                for (const OwnershipOwner& o : parsed->rules.at(d.rule).owners) {
                    QStringList& list = patternA ? toOwner : unknownTeams;
                    if (o.type == OwnershipOwner::Type::Team && !snapshot.teamBySlug(o.identifier) && !list.contains(o.identifier))
                        list.append(o.identifier);
                }
            } else {
                unfixable = true;
                notes.append(Tr::tr("%1: ownership line %2: %3 Fix the rules with `ownership` or the editor.")
                                 .arg(slug).arg(d.line).arg(d.message));
            }
        }
        // Access first, then the rules: a rules text naming "#${op-N.id}" waits for op-N (the access).
        QHash<QString, QString> accessOp;
        for (const QString& team : std::as_const(unknownTeams)) {
            const QString created = b.createTeam(team);
            accessOp.insert(team, b.teamAccess(slug, u"${%1.slug}"_s.arg(created), Tr::tr("its ownership rules name it")));
        }
        for (const QString& team : std::as_const(needAccess))
            accessOp.insert(team, b.teamAccess(slug, team, Tr::tr("its ownership rules name it")));
        for (const QString& team : std::as_const(toOwner)) {
            static const QRegularExpression token(u"(^|\\s)#%1(?=\\s|$)"_s);
            raw.replace(QRegularExpression(token.pattern().arg(QRegularExpression::escape(team))), u"\\1#"_s + owner);
            notes.append(Tr::tr("%1: the ownership rules name #%2, which is not a team of %3; its rules now route to #%4, "
                                "the owning team (pattern A). Create the team and list the project as shared if it should "
                                "own them.").arg(slug, team, snapshot.orgSlug, owner));
        }
        if (!unfixable && !toOwner.isEmpty() && catchAll)
            b.ownership(slug, base, raw, Tr::tr("%1: route the rules of unknown teams (%2) to #%3")
                                             .arg(slug, u"#"_s + toOwner.join(u", #"_s), owner));
        if (!unfixable && !catchAll && !owner.isEmpty()) {
            for (auto it = accessOp.begin(); it != accessOp.end(); ++it) {
                static const QRegularExpression boundary(u"(^|\\s)#%1(?=\\s|$)"_s);
                raw.replace(QRegularExpression(boundary.pattern().arg(QRegularExpression::escape(it.key()))),
                            u"\\1#${%1.id}"_s.arg(it.value()));
            }
            // The catch-all goes first: the last matching rule wins, so specific rules keep their owners.
            const QString original = project.ownership ? project.ownership->raw : QString();
            const QString text = u"* #%1\n"_s.arg(owner) + raw;
            b.ownership(slug, base, text, original.trimmed().isEmpty() ? Tr::tr("%1: route issues to #%2 (no ownership rules yet)").arg(slug, owner)
                                          : toOwner.isEmpty() ? Tr::tr("%1: add the catch-all \"* #%2\"").arg(slug, owner)
                                                              : Tr::tr("%1: add the catch-all \"* #%2\" and route the rules of %3 to it")
                                                                    .arg(slug, owner, u"#"_s + toOwner.join(u", #"_s)));
        } else if (!catchAll && owner.isEmpty()) {
            notes.append(Tr::tr("%1: no catch-all ownership rule, and no team to route it to.").arg(slug));
        }
    }
    if (routedRaw != originalRaw && !b.hasOwnershipOperation(slug))
        b.ownership(slug, ownershipBase, routedRaw, Tr::tr("%1: route the catch-all to #%2, the owning team").arg(slug, owner));
    if (wants(u"health-check-filter"_s)) {
        for (const QJsonValue& f : a.filters) {
            if (f.toObject().value(u"id"_s).toString() == u"filtered-transaction"_s)
                b.healthFilter(slug, QJsonObject{{u"id"_s, u"filtered-transaction"_s}, {u"active"_s, f.toObject().value(u"active"_s)}});
        }
    }
    if (wants(u"pii"_s)) {
        const QJsonObject base = objectFromResponse({TargetType::ProjectSettings, slug, slug}, a.detail).toObject();
        QJsonObject desired = base;
        if (rules.dataScrubber)
            desired.insert(u"dataScrubber"_s, true);
        if (rules.dataScrubberDefaults)
            desired.insert(u"dataScrubberDefaults"_s, true);
        if (rules.scrubIPAddresses)
            desired.insert(u"scrubIPAddresses"_s, true);
        desired.insert(u"sensitiveFields"_s, unionOf(toStrings(base.value(u"sensitiveFields"_s)), rules.sensitiveFields));
        const QStringList changed = projectSettingsPutBody(base, desired).keys();
        b.settings(slug, base, desired, Tr::tr("%1: scrub PII (%2)").arg(slug, changed.join(u", "_s)));
    }
    if (wants(u"quota"_s)) {
        const QJsonObject limit{{u"window"_s, rules.rateLimitWindow}, {u"count"_s, rules.rateLimitCount}};
        for (const QJsonValue& v : a.keys) {
            const QJsonObject key = v.toObject();
            if (key.value(u"isActive"_s).toBool(true) && key.value(u"rateLimit"_s).toObject() != limit)
                b.keyLimit(slug, key, limit);
        }
    }
    if (wants(u"spike-protection"_s))
        b.spike(slug);
    if (wants(u"crons"_s)) {
        if (rules.monitorSchedule.isEmpty())
            notes.append(Tr::tr("%1: a worker without a cron monitor; instrument its job with a check-in "
                                "(the policy's crons.monitor.schedule is empty, so none is created).").arg(slug));
        else
            b.monitor(slug, slug, rules);
    }
    if (wants(u"releases"_s))
        notes.append(Tr::tr("%1: no recent release; create one from CI (sentry-cli releases new %1@VERSION).").arg(slug));
    if (wants(u"sourcemaps"_s))
        notes.append(Tr::tr("%1: no artifact bundle; upload source maps from CI (sentry-cli sourcemaps upload).").arg(slug));
}

} // namespace

QString serviceSlug(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_')
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

Result<ArchitecturePlan> planArchitectureFixes(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy,
                                               const QStringList& projects, const QStringList& teams)
{
    TierPlanner tierPlanner(snapshot, policy.tiers());
    Result<QStringList> selected = tierPlanner.selectProjects(projects, teams);
    if (!selected)
        return tl::unexpected(selected.error());
    const ArchitectureAudit audit = auditArchitecture(snapshot, policy);
    const ArchitectureSnapshot arch = ArchitectureSnapshot::of(snapshot);
    Builder b(snapshot);
    ArchitecturePlan plan;
    QStringList tierProjects;
    for (const QString& slug : *selected) {
        const Project* project = snapshot.projectBySlug(slug);
        const ProjectArchitectureAudit* a = audit.project(slug);
        if (!project || !a)
            continue;
        planProject(b, plan.notes, snapshot, policy, arch, *a, *project);
        if (const CheckResult* t = a->check(u"tiers"_s); t && t->problem())
            tierProjects.append(slug);
    }
    if (!tierProjects.isEmpty()) {
        Result<TierPlan> tiers = tierPlanner.plan(tierProjects);
        if (!tiers) {
            plan.notes.append(Tr::tr("Tiers not planned: %1").arg(tiers.error().message));
        } else {
            b.append(tiers->changes);
            plan.notes += tiers->notes;
        }
    }
    plan.changes = b.set;
    return plan;
}

Result<ServicePlan> planNewService(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy, const ServiceRequest& request)
{
    const Team* team = snapshot.teamBySlug(request.team);
    if (!team) {
        QStringList known;
        for (const Team& t : snapshot.teams)
            known.append(t.slug);
        return fail(ErrorKind::Usage, Tr::tr("There is no team \"%1\" in %2; the teams are: %3.")
                                          .arg(request.team, snapshot.orgSlug, known.join(u", "_s)));
    }
    const QString slug = serviceSlug(request.name);
    static const QRegularExpression valid(u"^(?![0-9]+$)[a-z0-9_\\-]+$"_s);
    if (slug.isEmpty() || !valid.match(slug).hasMatch() || request.name.size() > 50)
        return fail(ErrorKind::Usage, Tr::tr("\"%1\" cannot name a service: use up to 50 letters, digits and dashes, "
                                             "not only digits.").arg(request.name));
    if (snapshot.projectBySlug(slug))
        return fail(ErrorKind::Conflict, Tr::tr("A project with the slug \"%1\" already exists in %2 (Sentry answers 409); "
                                                "choose another name. Nothing was written.").arg(slug, snapshot.orgSlug));
    if (request.platform.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("Give the service's platform (for example python-django or node-express)."));
    const QString rules = request.ownership.trimmed().isEmpty() ? u"* #%1\n"_s.arg(team->slug) : request.ownership;
    {
        const QList<OwnershipDiagnostic> diagnostics = checkOwnership(rules, OwnershipCheckOptions{&snapshot, QString(), 100000});
        QStringList errors;
        for (const OwnershipDiagnostic& d : diagnostics) {
            if (d.severity == OwnershipDiagnostic::Severity::Error && d.code != u"team-without-access"_s)
                errors.append(Tr::tr("line %1: %2").arg(d.line).arg(d.message));
        }
        if (!errors.isEmpty())
            return fail(ErrorKind::Usage, Tr::tr("The ownership rules would be refused: %1").arg(errors.join(u"; "_s)));
    }

    const QString org = snapshot.orgSlug;
    const QString ref = u"${op-1.slug}"_s;
    const QString idRef = u"${op-1.id}"_s;
    const ArchitectureRules arch = policy.effective(slug, {team->slug});
    Builder b(snapshot);
    b.add(OperationKind::Create, {TargetType::Project, slug, QString()},
          Tr::tr("%1: create the project for team #%2 (%3)").arg(slug, team->slug, request.platform), QJsonValue(QJsonValue::Null),
          QJsonObject{{u"slug"_s, slug}, {u"name"_s, request.name}, {u"platform"_s, request.platform}},
          {u"POST"_s, u"/api/0/teams/%1/%2/projects/"_s.arg(org, team->slug), projectCreateBody(request.name, slug, request.platform)});

    // Tiers: planned on a snapshot that already holds the project, named through the placeholders.
    OrgSnapshot future = snapshot;
    Project project;
    project.id = kNewId;
    project.slug = kNewSlug;
    project.name = request.name;
    project.platform = request.platform;
    project.teams = {TeamRef{team->id, team->slug, team->name}};
    future.projects.append(project);
    for (const auto& [id, type, name] : {std::tuple{kNewErrorDetector, u"error"_s, u"Error Monitor"_s},
                                         std::tuple{kNewIssueStreamDetector, u"issue_stream"_s, u"Issue Stream"_s}}) {
        Detector detector;
        detector.id = id;
        detector.projectId = kNewId;
        detector.name = name;
        detector.type = type;
        detector.raw = QJsonObject{{u"id"_s, id}, {u"projectId"_s, kNewId}, {u"name"_s, name}, {u"type"_s, type}};
        future.detectors.append(detector);
    }
    future.reindex();
    ServicePlan plan;
    plan.slug = slug;
    TierPlanner tierPlanner(future, policy.tiers());
    Result<TierPlan> tiers = tierPlanner.plan({kNewSlug});
    if (!tiers)
        return fail(ErrorKind::Usage, Tr::tr("The tiers cannot be routed for team #%1: %2").arg(team->slug, tiers.error().message));
    ChangeSet tierOps = tiers->changes;
    for (QString note : tiers->notes)
        plan.notes.append(note.replace(kNewSlug, slug));
    const qsizetype firstTierOp = b.set.operations.size();
    b.append(tierOps);
    for (qsizetype i = firstTierOp; i < b.set.operations.size(); ++i) {
        ChangeOperation& op = b.set.operations[i];
        // Summaries and names read as the service; paths and bodies wait for op-1 through the placeholders.
        op.summary.replace(kNewSlug, slug);
        op.summary.replace(u"detector "_s + kNewIssueStreamDetector, Tr::tr("detector of the new project"));
        op.summary.replace(u"detector "_s + kNewErrorDetector, Tr::tr("detector of the new project"));
        if (op.desired.isObject() && op.desired.toObject().value(u"name"_s).isString()) {
            QJsonObject d = op.desired.toObject();
            d.insert(u"name"_s, d.value(u"name"_s).toString().replace(kNewSlug, slug));
            op.desired = d;
        }
        if (op.request.body.isObject() && op.request.body.toObject().value(u"name"_s).isString()) {
            QJsonObject body = op.request.body.toObject();
            body.insert(u"name"_s, body.value(u"name"_s).toString().replace(kNewSlug, slug));
            op.request.body = body;
        }
        replaceInOperation(op, kNewSlug, ref);
        replaceInOperation(op, kNewId, idRef);
        replaceInOperation(op, kNewIssueStreamDetector, u"${op-1.issueStreamDetectorId}"_s);
        replaceInOperation(op, kNewErrorDetector, u"${op-1.errorDetectorId}"_s);
    }
    b.ownership(ref, {}, rules, Tr::tr("%1: ownership rules").arg(slug));
    b.healthFilter(ref, QJsonValue(QJsonValue::Null));
    QJsonObject scrub{{u"sensitiveFields"_s, QJsonArray::fromStringList(arch.sensitiveFields)}};
    if (arch.dataScrubber)
        scrub.insert(u"dataScrubber"_s, true);
    if (arch.dataScrubberDefaults)
        scrub.insert(u"dataScrubberDefaults"_s, true);
    if (arch.scrubIPAddresses)
        scrub.insert(u"scrubIPAddresses"_s, true);
    b.settings(ref, {}, scrub, Tr::tr("%1: scrub PII").arg(slug));
    b.keyLimit(ref, {}, QJsonObject{{u"window"_s, arch.rateLimitWindow}, {u"count"_s, arch.rateLimitCount}});
    if (arch.isWorker(slug, request.platform) && !arch.monitorSchedule.isEmpty())
        b.monitor(ref, slug, arch);
    // Targets name the project by its slug (the push reads them after op-1 is done); the requests keep
    // "${op-1.…}", which is what makes every later operation wait for the create.
    for (ChangeOperation& op : b.set.operations) {
        op.target.project.replace(ref, slug);
        op.summary.replace(ref, slug);
    }
    plan.changes = b.set;
    return plan;
}

QString startupSnippet(const QString& platform, const QString& service, const QString& dsn)
{
    if (platform.startsWith(u"node"_s) || platform.startsWith(u"javascript"_s)) {
        return u"// The shared start-up module keeps every service on the same options.\n"
               "import { initSentry } from \"@acme/observability\";\n\n"
               "initSentry({\n"
               "  serviceName: \"%1\",\n"
               "  dsn: process.env.SENTRY_DSN ?? \"%2\",\n"
               "});\n"_s.arg(service, dsn);
    }
    if (platform.startsWith(u"python"_s)) {
        return u"import os\n"
               "import sentry_sdk\n\n"
               "HEALTH_CHECKS = (\"/health\", \"/healthz\", \"/ready\", \"/live\")\n\n"
               "def traces_sampler(context):\n"
               "    name = (context.get(\"transaction_context\") or {}).get(\"name\", \"\")\n"
               "    return 0.0 if name.endswith(HEALTH_CHECKS) else 0.2  # health checks: never sampled\n\n"
               "sentry_sdk.init(\n"
               "    dsn=os.environ.get(\"SENTRY_DSN\", \"%2\"),\n"
               "    release=f\"%1@{os.environ.get('SERVICE_VERSION', 'dev')}\",\n"
               "    environment=os.environ.get(\"SENTRY_ENVIRONMENT\", \"production\"),\n"
               "    send_default_pii=False,\n"
               "    traces_sampler=traces_sampler,\n"
               ")\n"_s.arg(service, dsn);
    }
    if (platform.startsWith(u"go"_s)) {
        return u"err := sentry.Init(sentry.ClientOptions{\n"
               "    Dsn:            \"%2\",\n"
               "    Release:        \"%1@\" + version,\n"
               "    SendDefaultPII: false,\n"
               "})\n"_s.arg(service, dsn);
    }
    return u"# Initialise the Sentry SDK for %1 with:\n#   dsn: %2\n#   release: %1@<version>\n#   send default PII: off\n"_s
        .arg(platform, dsn);
}

} // namespace sc
