// SPDX-License-Identifier: MIT
#include "fakeownershipcheck.h"

#include "ownershipparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace sc {

using namespace Qt::StringLiterals;

FakeOwnershipCheck checkFakeOwnership(const QString& raw, const FakeOrgData& data, const QString& projectSlug,
                                      bool strict)
{
    FakeOwnershipCheck check;
    if (raw.trimmed().isEmpty()) {
        check.schema = QJsonValue();
        return check;
    }
    // The console's own Sentry-exact grammar, so the fake rejects exactly what Sentry rejects.
    const OwnershipParseOutcome parsed = parseOwnershipDetailed(raw);
    if (parsed.error) {
        check.error = parsed.error->sentryMessage();
        return check;
    }
    const QStringList projectTeams = data.projectTeamSlugs(projectSlug);
    // Users count when they belong to one of the project's teams (Sentry's resolve_actors).
    QHash<QString, QString> userIdByEmail;
    for (const QString& team : projectTeams) {
        for (const QString& memberId : data.teamMembers.value(team)) {
            const auto index = data.memberIndex.constFind(memberId);
            if (index == data.memberIndex.constEnd())
                continue;
            const QJsonObject& m = data.members.at(*index);
            if (m.value(u"user"_s).isNull())
                continue;
            userIdByEmail.insert(m.value(u"email"_s).toString().toLower(),
                                 m.value(u"user"_s).toObject().value(u"id"_s).toString());
        }
    }
    QStringList invalid;
    QJsonArray rules;
    for (const OwnershipRule& rule : parsed.rules.rules) {
        if (strict && rule.type == u"codeowners"_s) {
            check.error = u"Codeowner type paths can only be added by importing CODEOWNER files"_s;
            return check;
        }
        QJsonArray owners;
        for (const OwnershipOwner& ownerRef : rule.owners) {
            const QString owner = ownerRef.display();
            if (ownerRef.type == OwnershipOwner::Type::Team) {
                const QString slug = ownerRef.identifier;
                const QJsonObject* team = projectTeams.contains(slug) ? data.teamBySlug(slug) : nullptr;
                if (!team) {
                    invalid.append(owner);
                    continue;
                }
                owners.append(QJsonObject{{u"type"_s, u"team"_s}, {u"id"_s, team->value(u"id"_s)}, {u"name"_s, slug}});
            } else {
                const auto it = userIdByEmail.constFind(ownerRef.identifier.toLower());
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
