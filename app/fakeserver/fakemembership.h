// SPDX-License-Identifier: MIT
// Which projects the token's user is a *member* of, for the member-scoped list endpoints.
// Internal to app/fakeserver.
#pragma once

#include "fakeseed.h"

#include <QSet>
#include <QString>
#include <QUrlQuery>

namespace sc {

// The member whose user the fake's token belongs to: the first member of the seed (the one
// GET /api/0/ names as `user`).
QString fakeTokenMemberId(const FakeOrgData& data);

// Ids of the projects that have at least one team the token's user is on.
QSet<QString> fakeMemberProjectIds(const FakeOrgData& data);

// Sentry's `get_projects()` default (src/sentry/api/bases/organization.py, _get_projects_by_id):
// "no project ids = all projects I am a member of; -1 = all projects I have access to". True when
// `query` names no project at all (neither ids, nor -1, nor `projectSlug`), i.e. the endpoint
// falls back to the member's projects.
bool fakeQueryIsMemberScoped(const QUrlQuery& query);

} // namespace sc
