// SPDX-License-Identifier: MIT
#include "ownershipchange.h"

#include "conflictresolution.h"
#include "requestshapes.h"
#include "threewaymerge.h"
#include "tr.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

int conflictHunks(const QString& text)
{
    int n = 0;
    for (QStringView line : QStringView(text).split(u'\n'))
        n += line == kConflictMine ? 1 : 0;
    return n;
}

} // namespace

OwnershipSettings OwnershipSettings::fromJson(const QJsonObject& ownership)
{
    OwnershipSettings s;
    s.raw = ownership.value(u"raw"_s).toString();
    s.fallthrough = ownership.value(u"fallthrough"_s).toBool();
    s.autoAssignment = ownership.value(u"autoAssignment"_s).toString();
    s.codeownersAutoSync = ownership.value(u"codeownersAutoSync"_s).toBool(true);
    return s;
}

QJsonObject OwnershipSettings::appliedTo(QJsonObject ownership) const
{
    ownership.insert(u"raw"_s, raw);
    ownership.insert(u"fallthrough"_s, fallthrough);
    ownership.insert(u"autoAssignment"_s, autoAssignment);
    ownership.insert(u"codeownersAutoSync"_s, codeownersAutoSync);
    return ownership;
}

QStringList ownershipAutoAssignmentChoices()
{
    return {u"Auto Assign to Issue Owner"_s, u"Auto Assign to Suspect Commits"_s, u"Turn off Auto-Assignment"_s};
}

QString ownershipDraftKey(const QString& project)
{
    return u"ownership/"_s + project;
}

bool ownershipSettingsDiffer(const QJsonObject& from, const QJsonObject& to)
{
    return !ownershipPutBody(from, to).isEmpty();
}

ChangeOperation ownershipUpdateOperation(const QString& org, const QString& project, const QJsonObject& base,
                                         const QJsonObject& desired)
{
    ChangeOperation op;
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, project, QString()};
    op.base = base;
    op.desired = desired;
    const QJsonObject body = ownershipPutBody(base, desired);
    op.request = {u"PUT"_s, writePath(org, op.target), body};
    op.summary = Tr::tr("Ownership rules (%1): %2").arg(project, body.keys().join(u", "_s));
    return op;
}

ChangeOperation teamAccessOperation(const QString& org, const QString& project, const QString& team)
{
    ChangeOperation op;
    op.kind = OperationKind::Create;
    op.target = {TargetType::ProjectTeam, project, team};
    op.summary = Tr::tr("Add team #%1 to project %2").arg(team, project);
    op.base = QJsonValue(QJsonValue::Null);
    op.desired = QJsonObject{{u"slug"_s, team}};
    op.request = {u"POST"_s, writePath(org, op.target), QJsonValue(QJsonValue::Null)};
    return op;
}

ChangeSet ownershipChangeSet(const QString& server, const QString& org, const OwnershipEdit& edit)
{
    ChangeSet set;
    set.server = server;
    set.org = org;
    set.created = QDateTime::currentDateTimeUtc();
    for (const QString& team : edit.teamsToAdd) {
        ChangeOperation op = teamAccessOperation(org, edit.project, team);
        op.id = set.nextOperationId();
        set.operations.append(op);
    }
    ChangeOperation update = ownershipUpdateOperation(org, edit.project, edit.base, edit.desired);
    if (!update.request.body.toObject().isEmpty()) {
        update.id = set.nextOperationId();
        set.operations.append(update);
    }
    return set;
}

OwnershipEdit ownershipEditFromChangeSet(const ChangeSet& draft, const QString& project,
                                         const QJsonObject& serverOwnership)
{
    OwnershipEdit edit{project, serverOwnership, serverOwnership, {}};
    for (const ChangeOperation& op : draft.operations) {
        if (op.target.project != project)
            continue;
        if (op.target.type == TargetType::Ownership) {
            if (op.base.isObject())
                edit.base = op.base.toObject();
            edit.desired = op.desired.toObject();
        } else if (op.target.type == TargetType::ProjectTeam && !edit.teamsToAdd.contains(op.target.id)) {
            edit.teamsToAdd.append(op.target.id);
        }
    }
    return edit;
}

OwnershipRebase rebasedOwnershipEdit(const QString& org, const OwnershipEdit& edit, const QJsonObject& server)
{
    OwnershipRebase out{edit, 0};
    out.edit.base = server;
    const ChangeOperation op = ownershipUpdateOperation(org, edit.project, edit.base, edit.desired);
    if (op.request.body.toObject().isEmpty()) {
        out.edit.desired = server; // nothing of the admin's to keep
        return out;
    }
    const RebasedOperation rebased = rebasedOperation(op, server);
    out.edit.desired = rebased.operation.desired.toObject();
    for (const MergeConflict& c : rebased.conflicts)
        out.conflicts += c.path == "raw"_L1 ? conflictHunks(out.edit.desired.value(u"raw"_s).toString()) : 1;
    return out;
}

} // namespace sc
