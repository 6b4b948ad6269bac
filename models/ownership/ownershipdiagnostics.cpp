// SPDX-License-Identifier: MIT
#include "ownershipdiagnostics.h"

#include "ownershipglob.h"
#include "ownershipparser.h"
#include "tr.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sc {

namespace {

using Severity = OwnershipDiagnostic::Severity;

OwnershipDiagnostic at(const QString& text, Severity severity, const QString& code, const QString& message,
                       OwnershipSpan span, int rule)
{
    OwnershipDiagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.offset = span.offset;
    d.length = span.length;
    d.rule = rule;
    editorLineColumn(text, span.offset, &d.line, &d.column);
    return d;
}

OwnershipGlob::Flavor flavorOf(const OwnershipRule& rule)
{
    if (rule.type == QLatin1String("url"))
        return OwnershipGlob::Flavor::Url;
    if (rule.isTagRule())
        return OwnershipGlob::Flavor::Tag;
    return OwnershipGlob::Flavor::Path;
}

bool isGlobType(const OwnershipRule& rule)
{
    return rule.type == QLatin1String("path") || rule.type == QLatin1String("module") || rule.type == QLatin1String("url")
           || (rule.isTagRule() && !rule.tagKey().isEmpty());
}

// Sound superset test: true only when `later` provably matches every value `earlier` matches.
// Covered shapes: `later` matches everything; `later` is literal/star-only and `earlier` is a literal
// it matches; `later` is "P*" and every match of `earlier` starts with P; `later` is "*S" and every
// match of `earlier` ends with S. Anything else is not reported (no false alarms).
bool provablySuperset(const OwnershipGlob& later, const OwnershipGlob& earlier)
{
    if (!later.isValid())
        return false;
    if (later.matchesEverything())
        return true;
    if (!earlier.isValid())
        return true; // the earlier glob never matches anything
    const QList<QByteArray> laterParts = later.starParts();
    if (laterParts.isEmpty())
        return false;
    const QList<QByteArray> earlierParts = earlier.starParts();
    if (earlierParts.size() == 1)
        return later.matchesPrepared(earlierParts.first()); // earlier is a literal
    if (laterParts.size() == 2 && laterParts.at(1).isEmpty())
        return earlier.requiredPrefix().startsWith(laterParts.at(0));
    if (laterParts.size() == 2 && laterParts.at(0).isEmpty())
        return earlier.requiredSuffix().endsWith(laterParts.at(1));
    return false;
}

QString lineRef(const OwnershipRule& rule)
{
    return Tr::tr("line %1").arg(rule.line);
}

} // namespace

QString OwnershipDiagnostic::severityName() const
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QJsonObject OwnershipDiagnostic::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityName()},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("column"), column}};
    if (rule >= 0)
        o.insert(QStringLiteral("rule"), rule);
    if (relatedRule >= 0)
        o.insert(QStringLiteral("relatedRule"), relatedRule);
    if (!team.isEmpty())
        o.insert(QStringLiteral("team"), team);
    return o;
}

int countSeverity(const QList<OwnershipDiagnostic>& diagnostics, Severity severity)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [severity](const OwnershipDiagnostic& d) { return d.severity == severity; }));
}

static void checkOwners(const QString& text, const OwnershipRules& rules, const OwnershipCheckOptions& options,
                        QList<OwnershipDiagnostic>* out)
{
    const OrgSnapshot& snap = *options.snapshot;
    const Project* project = options.projectSlug.isEmpty() ? nullptr : snap.projectBySlug(options.projectSlug);
    QSet<QString> projectTeams;
    QSet<QString> projectMemberEmails;
    bool haveTeamMembers = false;
    if (project) {
        for (const TeamRef& t : project->teams) {
            projectTeams.insert(t.slug);
            const auto it = snap.teamMembers.constFind(t.slug);
            if (it != snap.teamMembers.constEnd()) {
                haveTeamMembers = true;
                for (const Member& m : *it)
                    projectMemberEmails.insert(m.email.toLower());
            }
        }
    }
    QSet<QString> orgEmails;
    for (const Member& m : snap.members)
        orgEmails.insert(m.email.toLower());
    for (qsizetype r = 0; r < rules.rules.size(); ++r) {
        const OwnershipRule& rule = rules.rules.at(r);
        for (qsizetype o = 0; o < rule.owners.size(); ++o) {
            const OwnershipOwner& owner = rule.owners.at(o);
            const OwnershipSpan span = rule.ownerSpans.value(o, rule.span);
            if (owner.type == OwnershipOwner::Type::Team) {
                if (!snap.teamBySlug(owner.identifier)) {
                    out->append(at(text, Severity::Error, QStringLiteral("unknown-team"),
                                   Tr::tr("#%1 is not a team of %2: Sentry rejects the rules with \"Invalid rule owners: #%1\".")
                                       .arg(owner.identifier, snap.orgSlug),
                                   span, int(r)));
                } else if (project && !projectTeams.contains(owner.identifier)) {
                    OwnershipDiagnostic d = at(
                        text, Severity::Error, QStringLiteral("team-without-access"),
                        Tr::tr("#%1 has no access to %2: Sentry rejects the rules with \"Invalid rule owners: #%1\". "
                               "Add the team to the project first.")
                            .arg(owner.identifier, options.projectSlug),
                        span, int(r));
                    d.team = owner.identifier;
                    out->append(d);
                }
            } else {
                const QString email = owner.identifier;
                if (!orgEmails.contains(email)) {
                    out->append(at(text, Severity::Error, QStringLiteral("unknown-member"),
                                   Tr::tr("%1 is not a member of %2: Sentry rejects the rules with \"Invalid rule owners: %1\".")
                                       .arg(email, snap.orgSlug),
                                   span, int(r)));
                } else if (project && haveTeamMembers && !projectMemberEmails.contains(email)) {
                    out->append(at(text, Severity::Error, QStringLiteral("member-without-access"),
                                   Tr::tr("%1 is in no team of %2: Sentry rejects the rules with \"Invalid rule owners: %1\".")
                                       .arg(email, options.projectSlug),
                                   span, int(r)));
                }
            }
        }
    }
}

static void checkRules(const QString& text, const OwnershipRules& rules, QList<OwnershipDiagnostic>* out)
{
    std::vector<OwnershipGlob> globs;
    globs.reserve(size_t(rules.rules.size()));
    for (const OwnershipRule& rule : rules.rules)
        globs.emplace_back(rule.pattern, flavorOf(rule));

    int firstFrameRule = -1;
    for (qsizetype r = 0; r < rules.rules.size(); ++r) {
        const OwnershipRule& rule = rules.rules.at(r);
        const OwnershipGlob& glob = globs[size_t(r)];
        if (rule.type == QLatin1String("codeowners")) {
            out->append(at(text, Severity::Error, QStringLiteral("codeowners-by-hand"),
                           Tr::tr("Codeowner type paths can only be added by importing CODEOWNER files: Sentry rejects "
                                  "a 'codeowners:' rule typed here. Import the CODEOWNERS file instead."),
                           rule.typeSpan.length ? rule.typeSpan : rule.patternSpan, int(r)));
            continue;
        }
        if (!isGlobType(rule)) {
            out->append(at(text, Severity::Warning, QStringLiteral("never-matches-type"),
                           Tr::tr("'%1' is not a matcher Sentry knows (path, module, url, codeowners, tags.<key>): this rule "
                                  "never matches.").arg(rule.type.left(60)),
                           rule.typeSpan.length ? rule.typeSpan : rule.patternSpan, int(r)));
            continue;
        }
        if (firstFrameRule < 0 && (rule.type == QLatin1String("path") || rule.type == QLatin1String("module")))
            firstFrameRule = int(r);
        if (rule.typeSpan.length == 0 && rule.pattern.contains(QLatin1Char(':'))) {
            const QString prefix = rule.pattern.section(QLatin1Char(':'), 0, 0);
            if (!prefix.isEmpty() && !prefix.contains(QLatin1Char('/')) && !prefix.contains(QLatin1Char('*')) && prefix.size() < 20)
                out->append(at(text, Severity::Warning, QStringLiteral("unknown-prefix"),
                               Tr::tr("'%1:' is not a matcher type (they are lower case: path, module, url, tags.<key>), so "
                                      "the whole text '%2' is a path pattern.").arg(prefix, rule.pattern),
                               rule.patternSpan, int(r)));
        }
        if (!glob.isValid()) {
            out->append(at(text, Severity::Warning, QStringLiteral("malformed-glob"),
                           Tr::tr("Malformed pattern (%1): Sentry accepts it but it never matches anything.").arg(glob.problem()),
                           rule.patternSpan, int(r)));
            continue;
        }
        if (glob.matchesEverything()) {
            if (rule.type == QLatin1String("path") || rule.type == QLatin1String("module")) {
                out->append(at(text, Severity::Warning, QStringLiteral("catch-all-needs-frame"),
                               Tr::tr("'%1' is a %2 rule: it matches every event that has a stack frame with a %3, but never "
                                      "events with only a URL or tags. Add 'url:* …' or tag rules to catch those.")
                                   .arg(rule.pattern, rule.type,
                                        rule.type == QLatin1String("path") ? Tr::tr("file name") : Tr::tr("module")),
                               rule.patternSpan, int(r)));
                if (r > 0)
                    out->append(at(text, Severity::Warning, QStringLiteral("catch-all-not-first"),
                                   Tr::tr("This catch-all is below other rules, so it outranks them for auto-assignment "
                                          "(the last matching rule wins). Move it to the top."),
                                   rule.span, int(r)));
            } else {
                out->append(at(text, Severity::Info, QStringLiteral("matches-everything"),
                               Tr::tr("'%1' matches every event that has a %2.")
                                   .arg(rule.pattern, rule.type == QLatin1String("url") ? Tr::tr("URL") : Tr::tr("tag %1").arg(rule.tagKey())),
                               rule.patternSpan, int(r)));
            }
        } else {
            const QList<QByteArray> parts = glob.starParts();
            qsizetype literalBytes = 0;
            for (const QByteArray& p : parts)
                literalBytes += p.size();
            if (!parts.isEmpty() && parts.size() > 1 && literalBytes <= 1)
                out->append(at(text, Severity::Warning, QStringLiteral("matches-almost-everything"),
                               Tr::tr("'%1' matches almost every value: '*' crosses '/' in Sentry, so only %n literal "
                                      "character(s) constrain it.", nullptr, int(literalBytes)).arg(rule.pattern),
                               rule.patternSpan, int(r)));
        }
    }

    // Duplicates and shadowing (same matcher type only).
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        const OwnershipRule& a = rules.rules.at(i);
        if (!isGlobType(a))
            continue;
        for (qsizetype j = i + 1; j < rules.rules.size(); ++j) {
            const OwnershipRule& b = rules.rules.at(j);
            if (b.type != a.type)
                continue;
            if (a.pattern == b.pattern) {
                OwnershipDiagnostic d;
                if (a.owners == b.owners)
                    d = at(text, Severity::Warning, QStringLiteral("duplicate"),
                           Tr::tr("Exact duplicate of the rule on %1.").arg(lineRef(a)), b.span, int(j));
                else
                    d = at(text, Severity::Info, QStringLiteral("same-pattern"),
                           Tr::tr("Same pattern as %1: Sentry adds both rules' owners; this one ranks higher for "
                                  "auto-assignment. Consider merging the owners into one rule.").arg(lineRef(a)),
                           b.span, int(j));
                d.relatedRule = int(i);
                out->append(d);
                break;
            }
            if (provablySuperset(globs[size_t(j)], globs[size_t(i)])) {
                OwnershipDiagnostic d = at(
                    text, Severity::Warning, QStringLiteral("shadowed"),
                    Tr::tr("Shadowed by the rule on %1: every value this pattern matches also matches '%2', which is "
                           "lower in the file and so always ranks higher for auto-assignment. This rule only adds owners.")
                        .arg(lineRef(b), b.pattern),
                    a.span, int(i));
                d.relatedRule = int(j);
                out->append(d);
                break;
            }
        }
    }
}

QList<OwnershipDiagnostic> checkOwnership(const QString& text, const OwnershipCheckOptions& options)
{
    QList<OwnershipDiagnostic> out;
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    if (codePoints > options.maxLength) {
        OwnershipDiagnostic d = at(text, Severity::Error, QStringLiteral("too-long"),
                                   Tr::tr("Raw needs to be <= %1 characters in length (this text has %2).")
                                       .arg(options.maxLength)
                                       .arg(codePoints),
                                   {0, 0}, -1);
        out.append(d);
    }
    const OwnershipParseOutcome parsed = parseOwnershipDetailed(text);
    if (parsed.error) {
        OwnershipDiagnostic d;
        d.severity = Severity::Error;
        d.code = QStringLiteral("syntax");
        d.message = parsed.error->message();
        d.offset = parsed.error->detailOffset;
        d.length = std::min<qsizetype>(1, text.size() - d.offset); // at the end of the text: nothing to underline
        d.line = parsed.error->detailLine;
        d.column = parsed.error->detailColumn;
        out.append(d);
    }
    checkRules(text, parsed.rules, &out);
    if (options.snapshot)
        checkOwners(text, parsed.rules, options, &out);
    std::stable_sort(out.begin(), out.end(), [](const OwnershipDiagnostic& a, const OwnershipDiagnostic& b) {
        return a.offset < b.offset;
    });
    return out;
}

QString sentryRejection(const QList<OwnershipDiagnostic>& diagnostics)
{
    QStringList badOwners;
    for (const OwnershipDiagnostic& d : diagnostics) {
        if (d.code == QLatin1String("too-long"))
            return d.message.section(QLatin1String(" ("), 0, 0);
        if (d.code == QLatin1String("syntax"))
            return d.message.section(QLatin1Char('.'), 0, 0).section(QLatin1String(". Line"), 0, 0);
    }
    for (const OwnershipDiagnostic& d : diagnostics) {
        if (d.code == QLatin1String("codeowners-by-hand"))
            return QStringLiteral("Codeowner type paths can only be added by importing CODEOWNER files");
    }
    for (const OwnershipDiagnostic& d : diagnostics) {
        if (d.code == QLatin1String("unknown-team") || d.code == QLatin1String("team-without-access")
            || d.code == QLatin1String("unknown-member") || d.code == QLatin1String("member-without-access")) {
            const QString owner = d.message.section(QLatin1Char(' '), 0, 0);
            if (!badOwners.contains(owner))
                badOwners.append(owner);
        }
    }
    if (badOwners.isEmpty())
        return {};
    badOwners.sort();
    return QStringLiteral("Invalid rule owners: ") + badOwners.join(QStringLiteral(", "));
}

} // namespace sc
