// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sc {

// The settings an ownership edit writes, read from and written into the GET …/ownership/ object.
struct OwnershipSettings {
    QString raw;                 // the rules text; a null raw on the server reads as ""
    bool fallthrough = false;
    QString autoAssignment;      // one of Sentry's three labels (ownershipAutoAssignmentChoices())
    bool codeownersAutoSync = true;

    static OwnershipSettings fromJson(const QJsonObject& ownership);
    // `ownership` with these settings; every other field (dates, schema, unknown keys) kept.
    QJsonObject appliedTo(QJsonObject ownership) const;
};

// The values Sentry's autoAssignment accepts (project_ownership.py validate_autoAssignment), in the
// order the editor offers them.
QStringList ownershipAutoAssignmentChoices();

// One project's ownership edit as the editor holds it.
struct OwnershipEdit {
    QString project;
    QJsonObject base;       // the ownership object the edit started from, as fetched ({} when unknown)
    QJsonObject desired;    // base with the edited settings
    QStringList teamsToAdd; // quick fixes: give these teams access to the project first
};

// The draft store key of a project's ownership draft ("ownership/payment-api").
QString ownershipDraftKey(const QString& project);

// True when a push from `from` to `to` would write something (their written settings differ).
bool ownershipSettingsDiffer(const QJsonObject& from, const QJsonObject& to);

// The ownership PUT of `project` from `base` to `desired`: path and partial body from
// requestshapes.h (writePath, ownershipPutBody), so the editor, the planners, undo and the push's
// re-base write the same request. Its body is empty when nothing the PUT writes changes.
ChangeOperation ownershipUpdateOperation(const QString& org, const QString& project, const QJsonObject& base,
                                         const QJsonObject& desired);
// Gives `team` access to `project` (POST …/projects/{org}/{p}/teams/{team}/); it reads back as the
// team's entry in the project's team list, so `desired` is {"slug": team}.
ChangeOperation teamAccessOperation(const QString& org, const QString& project, const QString& team);

// The change set an edit saves: one team-access operation per quick fix, then the ownership update
// when it writes anything. No operations when nothing changed.
ChangeSet ownershipChangeSet(const QString& server, const QString& org, const OwnershipEdit& edit);

// The edit a draft change set holds, as ownershipChangeSet() wrote it. The draft's base stays the
// base (so a server change since then is still a conflict); without an ownership operation the edit
// starts from `serverOwnership`.
OwnershipEdit ownershipEditFromChangeSet(const ChangeSet& draft, const QString& project,
                                         const QJsonObject& serverOwnership);

struct OwnershipRebase {
    OwnershipEdit edit; // base = the server's ownership now, desired = the merge
    int conflicts = 0;  // rules hunks marked <<<<<<< / >>>>>>>, plus settings both sides changed
};

// The edit re-based on what the server holds now, with the push's three-way merge
// (conflictresolution.h rebasedOperation: per field, rules line by line): settings changed only on
// the server keep the server's value, the admin's changes stay.
OwnershipRebase rebasedOwnershipEdit(const QString& org, const OwnershipEdit& edit, const QJsonObject& server);

} // namespace sc
