// SPDX-License-Identifier: MIT
#include "fakemembership.h"

#include <QJsonArray>

namespace sc {

QString fakeTokenMemberId(const FakeOrgData& data)
{
    return data.members.isEmpty() ? QString() : data.members.constFirst().value(QStringLiteral("id")).toString();
}

QSet<QString> fakeMemberProjectIds(const FakeOrgData& data)
{
    const QString me = fakeTokenMemberId(data);
    QSet<QString> myTeams;
    for (auto it = data.teamMembers.cbegin(); it != data.teamMembers.cend(); ++it) {
        if (it->contains(me))
            myTeams.insert(it.key());
    }
    QSet<QString> ids;
    for (const QJsonObject& p : data.projects) {
        for (const QJsonValue& t : p.value(QStringLiteral("teams")).toArray()) {
            if (myTeams.contains(t.toObject().value(QStringLiteral("slug")).toString())) {
                ids.insert(p.value(QStringLiteral("id")).toString());
                break;
            }
        }
    }
    return ids;
}

bool fakeQueryIsMemberScoped(const QUrlQuery& query)
{
    return query.allQueryItemValues(QStringLiteral("project")).isEmpty()
           && query.allQueryItemValues(QStringLiteral("projectSlug")).isEmpty();
}

} // namespace sc
