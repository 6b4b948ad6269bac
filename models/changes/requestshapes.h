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
QJsonValue writeBodyFor(TargetType type, const QJsonValue& readObject);

// The body as it goes on the wire, completed from the object the push just fetched (`current`):
// * link ids (`workflowIds` / `detectorIds`, either spelling) that are numeric strings become integers,
//   as the official schema says. DRF's ListField(child=IntegerField()) takes both on every version
//   (BaseDetectorTypeValidator.workflow_ids, BulkWorkflowDetectorsValidator.detector_ids), and a
//   placeholder ("${op-1.id}") is only a number once the push substituted it.
// * detector PUT: `name` and `type` from `current` when the body lacks them. Sentry's PUT is partial
//   (OrganizationDetectorDetailsEndpoint.put, partial=True) but the schema requires both.
// * workflow PUT: `name` and `enabled` from `current` when the body lacks them. Sentry's workflow PUT is
//   not partial (OrganizationWorkflowDetailsEndpoint.put builds WorkflowValidator without partial):
//   `name` is required, and a missing `enabled` takes its default, true, re-enabling a disabled workflow.
// * workflow: no `triggers.id` (Sentry updates the workflow's own trigger group without it).
QJsonValue completeWriteBody(const ChangeTarget& target, const QString& method, const QJsonValue& body,
                             const QJsonValue& current);

// The ownership fields a PUT writes: raw, fallthrough, autoAssignment, codeownersAutoSync.
QStringList ownershipWriteKeys();
// Ownership PUT is partial (project_ownership.py: "only the attributes submitted are modified"):
// the keys of ownershipWriteKeys() whose values differ between `from` and `to`, null raw read as "".
// `raw` is not re-sent when it is unchanged: Sentry re-validates every rule it receives (owners must
// still exist and have access, the caller must be allowed to assign each team), so resending it
// can reject a settings-only change, and a body other than exactly {"raw"} needs project:write.
// An empty `from` (nothing known of the server) sends every one of these keys that `to` has.
// Empty when nothing changes (the push finds such an operation already applied).
QJsonObject ownershipPutBody(const QJsonObject& from, const QJsonObject& to);

// The operations whose results an operation references: "${op-3.id}", or any other top-level field of
// the created object ("${op-1.slug}"), in its path, body, desired object, target id or summary (a delete
// that waits for its replacement names it there). The push starts an operation only after each of them
// is created and verified. `createdIds` maps "op-3" to the id and "op-3.<field>" to that field (see
// recordCreatedFields()).
QStringList placeholderOperations(const ChangeOperation& op);
QString substitutePlaceholders(QString text, const QHash<QString, QString>& createdIds);
QJsonValue substitutePlaceholders(const QJsonValue& value, const QHash<QString, QString>& createdIds);
// After a create: records "op-N.<field>" for every top-level string or number field of the reply.
void recordCreatedFields(QHash<QString, QString>& createdIds, const QString& opId, const QJsonObject& created);

// ---- reference-architecture operations (issue 14) -------------------------------------------------
// Target types and their requests; `base` / `desired` hold only the fields the operation is about
// (objectFromResponse() cuts the server object down to them, so unrelated project fields never
// count as conflicts):
//   projectSettings  PUT  /projects/{org}/{p}/                 partial: only the scrubbing fields that change
//                    reads dataScrubber, dataScrubberDefaults, scrubIPAddresses, sensitiveFields, safeFields
//   inboundFilter    PUT  /projects/{org}/{p}/filters/{id}/    {"active": bool}; reads {id, active} from the list
//   clientKey        PUT  /projects/{org}/{p}/keys/{public}/   {"rateLimit", "browserSdkVersion"} (sent back, or
//                    Sentry resets it); id "" = the project's first active key, bound when the push refetches
//   spikeProtection  POST|DELETE /organizations/{org}/spike-protections/ {"projects": [slug]}; reads {enabled}
//   team             POST /organizations/{org}/teams/          {"slug", "name"}
//   project          POST /teams/{org}/{team}/projects/        {"name", "slug", "platform", "default_rules": false}
//   monitor          POST /organizations/{org}/monitors/       {"name", "slug", "project", "config"}
QStringList scrubbingFields();
QJsonObject projectSettingsPutBody(const QJsonObject& from, const QJsonObject& to);
QJsonObject clientKeyPutBody(const QJsonObject& key, const QJsonValue& rateLimit);
QJsonObject spikeProtectionBody(const QString& projectSlug);
QJsonObject projectCreateBody(const QString& name, const QString& slug, const QString& platform);
// A create (POST that makes a new object whose id the reply carries): not projectTeam, ownership
// or spike protection, which POST to switch something on.
bool operationCreatesObject(const ChangeOperation& op);
// An operation on an object an earlier create of the same set brings about ("${op-N.…}" in its
// target) and planned without a base: the refetched object becomes its base, and an empty target id
// (clientKey) is taken from it ("${target.id}" in the path is replaced).
void bindToRefetched(ChangeOperation& op, const QJsonValue& current, bool namesEarlierCreate);

} // namespace sc
