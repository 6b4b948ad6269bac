// SPDX-License-Identifier: MIT
// Project-scoped writes: ownership rules and team access.
#include "fakesentryapi.h"
#include "fakeapihelpers.h"

#include "fakeevents.h"
#include "fakeownershipcheck.h"
#include "fakestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace sc {

using namespace Qt::StringLiterals;
using namespace fakeapi;

FakeResponse FakeSentryApi::putOwnership(const QString& projectSlug, const QJsonObject& body)
{
    static const QStringList kAuto{u"Auto Assign to Issue Owner"_s, u"Auto Assign to Suspect Commits"_s,
                                   u"Turn off Auto-Assignment"_s};
    if (body.contains(u"autoAssignment"_s) && !kAuto.contains(body.value(u"autoAssignment"_s).toString()))
        return json(400, QJsonObject{{u"autoAssignment"_s, QJsonObject{{u"autoAssignment"_s, u"Invalid selection."_s}}}});
    if (body.contains(u"fallthrough"_s) && !body.value(u"fallthrough"_s).isBool())
        return fieldError(u"fallthrough"_s, u"Must be a valid boolean."_s);
    if (body.contains(u"codeownersAutoSync"_s) && !body.value(u"codeownersAutoSync"_s).isBool())
        return fieldError(u"codeownersAutoSync"_s, u"Must be a valid boolean."_s);
    QJsonValue raw = body.value(u"raw"_s);
    if (body.contains(u"raw"_s)) {
        if (!raw.isString() && !raw.isNull())
            return fieldError(u"raw"_s, u"Not a valid string."_s);
        const QString text = raw.toString();
        if (text.size() > 100000)
            return fieldError(u"raw"_s, u"Raw needs to be <= 100000 characters in length"_s);
        const FakeOwnershipCheck check = checkFakeOwnership(text, m_data, projectSlug, true);
        if (!check.error.isEmpty())
            return fieldError(u"raw"_s, check.error);
        if (text.trimmed().isEmpty())
            raw = QJsonValue();
    }
    QJsonObject stored = m_data.ownership.contains(projectSlug) ? m_data.ownership.value(projectSlug)
                                                                 : ownershipRead(projectSlug);
    stored.remove(u"schema"_s);
    if (body.contains(u"raw"_s))
        stored[u"raw"_s] = raw;
    for (const QString& key : {u"fallthrough"_s, u"autoAssignment"_s, u"codeownersAutoSync"_s}) {
        if (body.contains(key))
            stored[key] = body.value(key);
    }
    const QString now = nowIso();
    if (stored.value(u"dateCreated"_s).isNull())
        stored[u"dateCreated"_s] = now;
    stored[u"lastUpdated"_s] = now;
    m_data.ownership.insert(projectSlug, stored);
    FakeResponse r = json(200, ownershipRead(projectSlug));
    r.isWrite = true;
    return r;
}

FakeResponse FakeSentryApi::projectTeam(const FakeRequest& request, const QString& projectSlug, const QString& teamSlug)
{
    const QJsonObject* team = m_data.teamBySlug(teamSlug);
    if (!team)
        return detail(404, u"Team does not exist."_s);
    if (request.method != "POST" && request.method != "DELETE")
        return notFound();
    if (!hasScope(u"project:write"_s))
        return missingScope();
    QJsonObject& project = m_data.projects[m_data.projectIndex.value(projectSlug)];
    QJsonArray teams = project.value(u"teams"_s).toArray();
    const QJsonObject ref{{u"id"_s, team->value(u"id"_s)}, {u"slug"_s, team->value(u"slug"_s)}, {u"name"_s, team->value(u"name"_s)}};
    int index = -1;
    for (int i = 0; i < teams.size(); ++i) {
        if (teams.at(i).toObject().value(u"id"_s) == ref.value(u"id"_s))
            index = i;
    }
    if (request.method == "POST" && index < 0)
        teams.append(ref);
    if (request.method == "DELETE" && index >= 0)
        teams.removeAt(index);
    project[u"teams"_s] = teams;
    project[u"team"_s] = teams.isEmpty() ? QJsonValue() : teams.first();
    FakeResponse r = json(request.method == "POST" ? 201 : 200, projectDetail(project));
    r.isWrite = true;
    return r;
}


} // namespace sc
