// SPDX-License-Identifier: MIT
#include "fakeownershipcheck.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace sc {

namespace {

using namespace Qt::StringLiterals;

struct ParsedRule {
    QString type;
    QString pattern;
    QStringList owners; // "#team" or user identifier, as written
};

struct ParseOutcome {
    QList<ParsedRule> rules;
    QString error;
};

// A small reading of Sentry's ownership grammar (see /work/shared/ownership/README.md): space
// separated tokens, comment lines, `[type:]pattern owner...`. Enough for the server to reject
// what Sentry rejects in the cases a console produces.
ParseOutcome parseRules(const QString& raw)
{
    ParseOutcome outcome;
    QString text = raw;
    text.replace(u"\r"_s, u"\n"_s);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int lineNo = 0; lineNo < lines.size(); ++lineNo) {
        const QString& line = lines.at(lineNo);
        int pos = 0;
        while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
            ++pos;
        if (pos == line.size() || line.at(pos) == QLatin1Char('#'))
            continue;
        const auto fail = [&](const QString& expr, int column) {
            outcome.error = u"Parse error: %1 (line %2, column %3)"_s.arg(expr).arg(lineNo + 1).arg(column + 1);
        };
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c.isSpace() && c != QLatin1Char(' ')) {
                fail(u"owners"_s, i);
                return outcome;
            }
        }
        // Tokens split on spaces; a " # " after owners starts a comment.
        QStringList tokens;
        QList<int> columns;
        int i = pos;
        while (i < line.size()) {
            while (i < line.size() && line.at(i) == QLatin1Char(' '))
                ++i;
            if (i >= line.size())
                break;
            int start = i;
            if (line.at(i) == QLatin1Char('"') && tokens.isEmpty()) {
                int end = line.indexOf(QLatin1Char('"'), i + 1);
                if (end > 0) {
                    tokens.append(line.mid(i, end - i + 1));
                    columns.append(start);
                    i = end + 1;
                    continue;
                }
            }
            while (i < line.size() && line.at(i) != QLatin1Char(' '))
                ++i;
            tokens.append(line.mid(start, i - start));
            columns.append(start);
        }
        for (int t = 1; t < tokens.size(); ++t) {
            if (tokens.at(t) == u"#"_s && t + 1 <= tokens.size()) {
                // " # comment" ends the rule
                tokens = tokens.mid(0, t);
                break;
            }
        }
        if (tokens.size() < 2) {
            fail(u"owners"_s, line.size());
            return outcome;
        }
        ParsedRule rule;
        QString matcher = tokens.first();
        static const QStringList types{u"url"_s, u"path"_s, u"module"_s, u"codeowners"_s};
        const int colon = matcher.indexOf(QLatin1Char(':'));
        rule.type = u"path"_s;
        rule.pattern = matcher;
        if (colon > 0) {
            const QString prefix = matcher.left(colon);
            if (types.contains(prefix) || (prefix.startsWith(u"tags."_s) && prefix.size() > 5)) {
                rule.type = prefix;
                rule.pattern = matcher.mid(colon + 1);
                if (rule.pattern.isEmpty()) {
                    fail(u"matcher"_s, columns.first() + colon + 1);
                    return outcome;
                }
            }
        }
        if (rule.pattern.size() >= 2 && rule.pattern.startsWith(QLatin1Char('"')) && rule.pattern.endsWith(QLatin1Char('"')))
            rule.pattern = rule.pattern.mid(1, rule.pattern.size() - 2);
        for (int t = 1; t < tokens.size(); ++t) {
            QString owner = tokens.at(t);
            if (owner == u"#"_s) {
                fail(u"owners"_s, columns.at(t));
                return outcome;
            }
            if (!owner.startsWith(QLatin1Char('#')))
                owner = owner.toLower();
            rule.owners.append(owner);
        }
        outcome.rules.append(rule);
    }
    return outcome;
}

} // namespace

FakeOwnershipCheck checkFakeOwnership(const QString& raw, const FakeOrgData& data, const QString& projectSlug,
                                      bool strict)
{
    FakeOwnershipCheck check;
    if (raw.trimmed().isEmpty()) {
        check.schema = QJsonValue();
        return check;
    }
    const ParseOutcome parsed = parseRules(raw);
    if (!parsed.error.isEmpty()) {
        check.error = parsed.error;
        return check;
    }
    const QStringList projectTeams = data.projectTeamSlugs(projectSlug);
    // Users count when they belong to one of the project's teams (Sentry's resolve_actors).
    QHash<QString, QString> userIdByEmail;
    for (const QString& team : projectTeams) {
        for (const QString& memberId : data.teamMembers.value(team)) {
            for (const QJsonObject& m : data.members) {
                if (m.value(u"id"_s).toString() != memberId || m.value(u"user"_s).isNull())
                    continue;
                userIdByEmail.insert(m.value(u"email"_s).toString().toLower(),
                                     m.value(u"user"_s).toObject().value(u"id"_s).toString());
            }
        }
    }
    QStringList invalid;
    QJsonArray rules;
    for (const ParsedRule& rule : parsed.rules) {
        if (strict && rule.type == u"codeowners"_s) {
            check.error = u"Codeowner type paths can only be added by importing CODEOWNER files"_s;
            return check;
        }
        QJsonArray owners;
        for (const QString& owner : rule.owners) {
            if (owner.startsWith(QLatin1Char('#'))) {
                const QString slug = owner.mid(1);
                const QJsonObject* team = projectTeams.contains(slug) ? data.teamBySlug(slug) : nullptr;
                if (!team) {
                    invalid.append(owner);
                    continue;
                }
                owners.append(QJsonObject{{u"type"_s, u"team"_s}, {u"id"_s, team->value(u"id"_s)}, {u"name"_s, slug}});
            } else {
                const auto it = userIdByEmail.constFind(owner);
                if (it == userIdByEmail.constEnd()) {
                    invalid.append(owner);
                    continue;
                }
                owners.append(QJsonObject{{u"type"_s, u"user"_s}, {u"id"_s, *it}, {u"name"_s, owner}});
            }
        }
        if (owners.isEmpty() && !strict)
            continue;
        rules.append(QJsonObject{{u"matcher"_s, QJsonObject{{u"type"_s, rule.type}, {u"pattern"_s, rule.pattern}}},
                                 {u"owners"_s, owners}});
    }
    if (strict && !invalid.isEmpty()) {
        invalid.removeDuplicates();
        std::sort(invalid.begin(), invalid.end());
        check.error = u"Invalid rule owners: %1"_s.arg(invalid.join(u", "_s));
        return check;
    }
    check.schema = QJsonObject{{u"$version"_s, 1}, {u"rules"_s, rules}};
    return check;
}

} // namespace sc
