// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sc {

// Where an operation's object lives and how a read object becomes a request body. Used by the push
// (refetch and verify paths) and by undo (inverse requests). Pure functions.

// GET path of the object a target names. For projectTeam this is the project's team list
// (/api/0/projects/{org}/{p}/teams/), from which objectFromResponse() picks the team.
QString objectPath(const QString& org, const ChangeTarget& target);

// POST path that creates an object of this target's type.
QString collectionPath(const QString& org, const ChangeTarget& target);

// The write path of one object ("/…/detectors/{id}/", "/…/teams/{team}/").
QString writePath(const QString& org, const ChangeTarget& target);

// The object a GET of objectPath() answered: the body itself, or for projectTeam the team entry
// whose slug or id is target.id (null when absent).
QJsonValue objectFromResponse(const ChangeTarget& target, const QJsonValue& body);

// Turns an object as the API reads it into the body that writes it back (nested ids and
// server-managed fields dropped, detector data sources flattened, snake_case keys).
QJsonValue writeBodyFor(const QString& type, const QJsonValue& readObject);

// Ownership PUT is partial: only raw / fallthrough / autoAssignment / codeownersAutoSync that
// differ between `from` and `to` (raw is always sent so the body is never empty).
QJsonObject ownershipPutBody(const QJsonObject& from, const QJsonObject& to);

// The ids an operation may reference from earlier creates: "${op-3.id}" in its path, body,
// desired object, target id or summary (a delete that waits for its replacement names it there).
// The push starts an operation only after each of them is created and verified.
QStringList placeholderOperations(const ChangeOperation& op);
QString substitutePlaceholders(QString text, const QHash<QString, QString>& createdIds);
QJsonValue substitutePlaceholders(const QJsonValue& value, const QHash<QString, QString>& createdIds);

} // namespace sc
