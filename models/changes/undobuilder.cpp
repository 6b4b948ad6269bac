// SPDX-License-Identifier: MIT
#include "undobuilder.h"
#include "changedescription.h"
#include "requestshapes.h"
#include "tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

OperationKind inverseKind(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Create: return OperationKind::Delete;
    case OperationKind::Delete: return OperationKind::Create;
    case OperationKind::Connect: return OperationKind::Disconnect;
    case OperationKind::Disconnect: return OperationKind::Connect;
    case OperationKind::Update: return OperationKind::Update;
    }
    return kind;
}

ChangeOperation inverseOf(const JournalEntry& entry, const QString& id)
{
    const ChangeOperation& done = entry.operation;
    ChangeOperation op;
    op.id = id;
    op.kind = inverseKind(done.kind);
    op.target = done.target;
    if (!entry.createdId.isEmpty())
        op.target.id = entry.createdId;
    op.summary = Tr::tr("%1: undo %2 (%3)").arg(operationLabel(done), operationKindName(done.kind), entry.id);
    op.base = entry.after.isUndefined() ? QJsonValue(QJsonValue::Null) : entry.after;
    op.desired = entry.before.isUndefined() ? QJsonValue(QJsonValue::Null) : entry.before;

    const QString org = entry.org;
    if (done.target.type == TargetType::ProjectTeam) {
        op.request.method = op.kind == OperationKind::Delete || op.kind == OperationKind::Disconnect ? u"DELETE"_s : u"POST"_s;
        op.request.path = writePath(org, op.target);
        op.request.body = QJsonValue(QJsonValue::Null);
        return op;
    }
    if (op.kind == OperationKind::Delete) {
        op.request = {u"DELETE"_s, writePath(org, op.target), QJsonValue(QJsonValue::Null)};
        return op;
    }
    if (op.kind == OperationKind::Create) {
        // The recreated object gets a new id; the push finds it in the POST answer.
        op.target.id.clear();
        op.request = {u"POST"_s, collectionPath(org, op.target), writeBodyFor(done.target.type, op.desired)};
        return op;
    }
    if (done.target.type == TargetType::Ownership) {
        op.request = {u"PUT"_s, writePath(org, op.target),
                      ownershipPutBody(op.base.toObject(), op.desired.toObject())};
        return op;
    }
    op.request = {u"PUT"_s, writePath(org, op.target), writeBodyFor(done.target.type, op.desired)};
    return op;
}

} // namespace

bool isUndoable(const JournalEntry& entry)
{
    return entry.outcome == "verified"_L1 || entry.outcome == "mismatch"_L1;
}

Result<ChangeSet> buildUndo(const QList<JournalEntry>& entries)
{
    ChangeSet set;
    set.created = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const JournalEntry& entry : entries) {
        if (!isUndoable(entry))
            continue;
        if (set.server.isEmpty() && set.org.isEmpty()) {
            set.server = entry.server;
            set.org = entry.org;
        } else if (set.server != entry.server || set.org != entry.org) {
            return fail(ErrorKind::Usage, Tr::tr("The operations to undo were pushed to different servers or "
                                                 "organizations (%1 %2 and %3 %4); undo them one at a time.")
                                              .arg(set.server, set.org, entry.server, entry.org));
        }
        set.operations.append(inverseOf(entry, u"op-%1"_s.arg(++n)));
    }
    if (set.operations.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("Nothing to undo: no pushed operation reached the server."));
    return set;
}

QList<JournalEntry> lastUndoable(const QList<JournalEntry>& journal, int count)
{
    QList<JournalEntry> out;
    for (qsizetype i = journal.size() - 1; i >= 0 && out.size() < count; --i) {
        if (isUndoable(journal.at(i)))
            out.append(journal.at(i));
    }
    return out;
}

std::optional<JournalEntry> findEntry(const QList<JournalEntry>& journal, const QString& opId)
{
    for (qsizetype i = journal.size() - 1; i >= 0; --i) {
        if (journal.at(i).id == opId || journal.at(i).operation.id == opId)
            return journal.at(i);
    }
    return std::nullopt;
}

} // namespace sc
