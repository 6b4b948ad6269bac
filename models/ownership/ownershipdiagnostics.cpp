// SPDX-License-Identifier: MIT
#include "ownershipdiagnostics.h"

#include "ownershipglob.h"
#include "ownershipparser.h"
#include "ownershipshadowing.h"
#include "tr.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sc {

namespace {

using Severity = OwnershipDiagnostic::Severity;

// Line starts of a text, so that each diagnostic's line is a binary search instead of a scan from
// the top (which made `ownership check` quadratic). Same numbering as editorLineColumn().
class LineIndex
{
public:
    explicit LineIndex(const QString& text) : m_text(text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))))
                m_starts.push_back(i + 1);
        }
    }

    void lineColumn(qsizetype offset, int* line, int* column) const
    {
        offset = std::clamp<qsizetype>(offset, 0, m_text.size());
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        *line = int(it - m_starts.begin());
        const qsizetype lineStart = *(it - 1);
        int count = 0;
        for (qsizetype i = lineStart; i < offset; ++i) {
            if (!(m_text.at(i).isLowSurrogate() && i > lineStart && m_text.at(i - 1).isHighSurrogate()))
                ++count;
        }
        *column = count + 1;
    }

private:
    const QString& m_text;
    std::vector<qsizetype> m_starts;
};

OwnershipDiagnostic at(const LineIndex& text, Severity severity, const QString& code, const QString& message,
                       OwnershipSpan span, int rule)
{
    OwnershipDiagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.offset = span.offset;
    d.length = span.length;
    d.rule = rule;
    text.lineColumn(span.offset, &d.line, &d.column);
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

static void checkOwners(const LineIndex& text, const OwnershipRules& rules, const OwnershipCheckOptions& options,
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

static void checkRules(const LineIndex& text, const OwnershipRules& rules, QList<OwnershipDiagnostic>* out)
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
        if (!isGlobRuleType(rule)) {
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

    // Duplicates and shadowing (same matcher type only), from an index instead of every pair: a
    // 5,000-rule text must not take seconds.
    bool complete = true;
    const QList<ShadowFinding> findings = findShadowing(rules.rules, globs, &complete);
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        const ShadowFinding& finding = findings.at(i);
        if (finding.later < 0)
            continue;
        const qsizetype j = finding.later;
        const OwnershipRule& a = rules.rules.at(i);
        const OwnershipRule& b = rules.rules.at(j);
        if (finding.samePattern) {
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
            continue;
        }
        OwnershipDiagnostic d = at(
            text, Severity::Warning, QStringLiteral("shadowed"),
            Tr::tr("Shadowed by the rule on %1: every value this pattern matches also matches '%2', which is "
                   "lower in the file and so always ranks higher for auto-assignment. This rule only adds owners.")
                .arg(lineRef(b), b.pattern),
            a.span, int(i));
        d.relatedRule = int(j);
        out->append(d);
    }
    if (!complete)
        out->append(at(text, Severity::Info, QStringLiteral("shadowing-incomplete"),
                       Tr::tr("Some rules were not compared for shadowing: the text has too many literal paths and "
                              "star patterns to compare them all."),
                       {0, 0}, -1));
}

QList<OwnershipDiagnostic> checkOwnership(const QString& text, const OwnershipCheckOptions& options)
{
    QList<OwnershipDiagnostic> out;
    const LineIndex lines(text);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    if (codePoints > options.maxLength) {
        OwnershipDiagnostic d = at(lines, Severity::Error, QStringLiteral("too-long"),
                                   Tr::tr("Raw needs to be <= %1 characters in length (this text has %2).")
                                       .arg(options.maxLength)
                                       .arg(codePoints),
                                   {0, 0}, -1);
        out.append(d);
        // Sentry rejects the text for its size before parsing it; the other checks would only be slow.
        out.append(at(lines, Severity::Info, QStringLiteral("checks-skipped"),
                      Tr::tr("The other checks were skipped: shorten the text to at most %1 characters first.")
                          .arg(options.maxLength),
                      {0, 0}, -1));
        return out;
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
    checkRules(lines, parsed.rules, &out);
    if (options.snapshot)
        checkOwners(lines, parsed.rules, options, &out);
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
