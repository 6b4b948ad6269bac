// SPDX-License-Identifier: MIT
#include "pushengine.h"
#include "apipath.h"
#include "changecompare.h"
#include "existingobjects.h"
#include "journal.h"
#include "jsonio.h"
#include "requestshapes.h"
#include "sentryclient.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

bool isDone(PushStatus status)
{
    return status != PushStatus::Pending && status != PushStatus::Running;
}

bool createsObject(const ChangeOperation& op)
{
    return operationCreatesObject(op);
}

// Transport drops and 5xx may have happened after the server acted: only a read-back can tell.
bool outcomeUncertain(const Error& error)
{
    return error.kind == ErrorKind::Network || error.kind == ErrorKind::Server || error.kind == ErrorKind::Canceled;
}

PushOutcome makeOutcome(const QString& opId, PushStatus status, const Error& error = {})
{
    PushOutcome outcome;
    outcome.opId = opId;
    outcome.status = status;
    outcome.error = error;
    return outcome;
}

} // namespace

PushEngine::PushEngine(SentryClient* client, ChangeSet changes, PushOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_changes(std::move(changes))
    , m_options(std::move(options))
    , m_pushId(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'-"_s)
               + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
    for (int i = 0; i < m_changes.operations.size(); ++i) {
        const ChangeOperation& op = m_changes.operations.at(i);
        if (!m_options.only.isEmpty() && !m_options.only.contains(op.id))
            continue;
        m_order.append(i);
        PushOutcome outcome;
        outcome.opId = op.id;
        m_outcomes.insert(op.id, outcome);
    }
    if (m_options.maxParallel < 1)
        m_options.maxParallel = 1;
}

PushEngine::~PushEngine() = default;

QList<PushOutcome> PushEngine::outcomes() const
{
    QList<PushOutcome> out;
    for (int index : m_order)
        out.append(m_outcomes.value(m_changes.operations.at(index).id));
    return out;
}

int PushEngine::requestsSent() const
{
    return m_client ? m_client->requestsStarted() - m_requestsAtStart : 0;
}

int PushEngine::exitCode() const
{
    bool conflict = false, failed = false;
    for (const PushOutcome& outcome : m_outcomes) {
        conflict = conflict || outcome.status == PushStatus::Conflict;
        failed = failed || outcome.status != PushStatus::Verified;
    }
    return conflict ? ExitConflict : (failed || !m_journalError.isEmpty()) ? ExitFailed : ExitOk;
}

void PushEngine::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_requestsAtStart = m_client ? m_client->requestsStarted() : 0;
    emit progress(0, int(m_order.size()));
    pump();
    finishIfDone();
}

void PushEngine::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    // Skip what has not started; requests in flight end with Canceled through their callbacks.
    for (int index : std::as_const(m_order)) {
        PushOutcome& outcome = m_outcomes[m_changes.operations.at(index).id];
        if (outcome.status == PushStatus::Pending) {
            outcome.status = PushStatus::Canceled;
            outcome.error = Error{ErrorKind::Canceled, Tr::tr("The push was canceled before this operation started."), {}, 0};
            ++m_done;
            emit operationFinished(outcome);
        }
    }
    const auto requests = m_requests;
    for (quint64 id : requests) {
        if (m_client)
            m_client->cancel(id);
    }
    finishIfDone();
}

bool PushEngine::dependenciesReady(int index, QString* failedDependency) const
{
    // An operation that names another's created object waits until that create is verified: a
    // delete of the object it replaces must not run while the replacement is unconfirmed.
    const QStringList deps = placeholderOperations(m_changes.operations.at(index));
    for (const QString& dep : deps) {
        const auto found = m_outcomes.constFind(dep);
        const bool done = found != m_outcomes.constEnd() && isDone(found->status);
        if (m_createdIds.contains(dep) && done && found->ok())
            continue;
        if (found == m_outcomes.constEnd() || done) {
            // Not in this push (--only) but created by an earlier one: its id is known.
            if (found == m_outcomes.constEnd() && m_createdIds.contains(dep))
                continue;
            *failedDependency = dep;
            return false;
        }
        return false; // still running or pending
    }
    return true;
}

void PushEngine::pump()
{
    if (!m_running)
        return;
    for (int k = 0; k < m_order.size() && m_active.size() < m_options.maxParallel; ++k) {
        const int index = m_order.at(k);
        const QString opId = m_changes.operations.at(index).id;
        PushOutcome& outcome = m_outcomes[opId];
        if (outcome.status != PushStatus::Pending)
            continue;
        if (m_stopping) {
            outcome.status = PushStatus::Skipped;
            outcome.error = Error{ErrorKind::Canceled, Tr::tr("Not attempted: the push stopped after an operation "
                                                              "failed (use --continue-on-error to go on)."), {}, 0};
            ++m_done;
            emit operationFinished(outcome);
            continue;
        }
        QString failedDep;
        if (!dependenciesReady(index, &failedDep)) {
            if (failedDep.isEmpty())
                continue;
            outcome.status = PushStatus::Skipped;
            outcome.error = Error{ErrorKind::Usage, Tr::tr("Not attempted: it needs the object that %1 creates, "
                                                           "and %1 was not applied.").arg(failedDep), {}, 0};
            ++m_done;
            emit operationFinished(outcome);
            continue;
        }
        begin(index);
    }
}

ChangeOperation PushEngine::resolved(const ChangeOperation& op) const
{
    ChangeOperation out = op;
    out.target.id = substitutePlaceholders(op.target.id, m_createdIds);
    out.request.path = substitutePlaceholders(op.request.path, m_createdIds);
    out.request.body = substitutePlaceholders(op.request.body, m_createdIds);
    out.desired = substitutePlaceholders(op.desired, m_createdIds);
    out.base = substitutePlaceholders(op.base, m_createdIds);
    out.summary = substitutePlaceholders(op.summary, m_createdIds);
    return out;
}

void PushEngine::begin(int index)
{
    const ChangeOperation op = resolved(m_changes.operations.at(index));
    m_active.insert(index, op);
    m_outcomes[op.id].status = PushStatus::Running;
    emit operationStarted(op.id);
    if (!m_client) {
        finish(index, makeOutcome(op.id, PushStatus::Failed,
                                  Error{ErrorKind::Network, Tr::tr("Not connected to a server."), {}, 0}));
        return;
    }
    // Refused before anything is sent for it, not even the refetch: a path that leaves /api/0/ is
    // a hostile or broken change set (the loader checks too; this covers sets built in memory and
    // ids substituted from server answers).
    if (const std::optional<QString> problem = apiPathProblem(op.request.path)) {
        const PushOutcome refused = makeOutcome(op.id, PushStatus::Failed,
                                                Error{ErrorKind::Usage,
                                                      Tr::tr("%1 was not sent: its request %2 %3 is refused because %4.")
                                                          .arg(op.id, op.request.method, op.request.path, *problem),
                                                      {}, 0});
        // Answered from the event loop like any reply, so start() never emits finished() itself.
        QMetaObject::invokeMethod(this, [this, index, refused] { finish(index, refused); }, Qt::QueuedConnection);
        return;
    }
    // A create has nothing to refetch (its base is "absent"), but a re-run must not make it twice:
    // look for the object first.
    if (createsObject(op)) {
        lookUpExisting(index, false, {});
        return;
    }
    const quint64 id = m_client->get(objectPath(m_changes.org, op.target), {}, this,
                                     [this, index](Result<ApiResponse> reply) {
        m_requests.remove(index);
        const ChangeOperation& op = m_active[index];
        if (!reply && reply.error().kind != ErrorKind::NotFound) {
            PushOutcome outcome = makeOutcome(op.id, reply.error().kind == ErrorKind::Canceled ? PushStatus::Canceled : PushStatus::Failed,
                                reply.error());
            outcome.note = Tr::tr("Nothing was written: the object could not be fetched again before the write.");
            finish(index, outcome);
            return;
        }
        refetched(index, reply ? objectFromResponse(op.target, reply->json.isArray() ? QJsonValue(reply->json.array())
                                                                                  : QJsonValue(reply->json.object()))
                               : QJsonValue(QJsonValue::Null));
    });
    m_requests.insert(index, id);
}

void PushEngine::lookUpExisting(int index, bool afterLostWrite, const Error& writeError)
{
    const ChangeOperation& op = m_active[index];
    const ExistingObjectsQuery where = existingObjectsQuery(m_changes.org, op);
    if (where.path.isEmpty()) {
        if (!afterLostWrite) {
            refetched(index, QJsonValue(QJsonValue::Null));
        } else {
            PushOutcome outcome = makeOutcome(op.id, PushStatus::Failed, writeError);
            outcome.note = Tr::tr("The answer to the create was lost, so its id is unknown: the server may have "
                                  "created it. Refresh and check before pushing again.");
            finish(index, outcome);
        }
        return;
    }
    const quint64 id = m_client->getAll(where.path, where.query, this,
                                        [this, index, afterLostWrite, writeError](Result<QJsonArray> listed) {
        m_requests.remove(index);
        const ChangeOperation& op = m_active[index];
        if (!listed) {
            PushOutcome outcome = makeOutcome(op.id, listed.error().kind == ErrorKind::Canceled ? PushStatus::Canceled
                                                                                               : PushStatus::Failed,
                                              afterLostWrite ? writeError : listed.error());
            outcome.note = afterLostWrite
                               ? Tr::tr("The answer to the create was lost and the list to check it failed too (%1): "
                                        "whether it was created is unknown. Refresh and check; it was not sent again.")
                                     .arg(listed.error().message)
                               : listed.error().httpStatus > 0
                                     ? Tr::tr("Nothing was written: could not check whether the object already exists "
                                              "(the list answered HTTP %1).")
                                           .arg(listed.error().httpStatus)
                                     : Tr::tr("Nothing was written: could not check whether the object already exists.");
            finish(index, outcome);
            return;
        }
        QList<QJsonObject> candidates = sameNamedObjects(op, *listed);
        if (!afterLostWrite) {
            // The object this change set replaces (a delete of it waits for this create, e.g. a
            // transaction-based P2 replaced by its span form) is not a copy of the new one.
            const QStringList replaced = deletedTargets(op.target.type);
            candidates.removeIf([&](const QJsonObject& c) { return replaced.contains(jsonId(c.value(u"id"_s))); });
        }
        adopt(index, candidates, afterLostWrite, writeError);
    });
    m_requests.insert(index, id);
}

QStringList PushEngine::deletedTargets(TargetType type) const
{
    QStringList ids;
    for (const ChangeOperation& other : m_changes.operations) {
        if (other.kind == OperationKind::Delete && other.target.type == type && !other.target.id.isEmpty())
            ids.append(other.target.id);
    }
    return ids;
}

void PushEngine::adopt(int index, const QList<QJsonObject>& candidates, bool afterLostWrite, const Error& writeError)
{
    ChangeOperation& op = m_active[index];
    const QString name = op.desired.toObject().value(u"name"_s).toString();
    if (candidates.isEmpty()) {
        if (!afterLostWrite) {
            refetched(index, QJsonValue(QJsonValue::Null));
            return;
        }
        PushOutcome outcome = makeOutcome(op.id, PushStatus::Failed, writeError);
        outcome.note = Tr::tr("The answer to the create was lost (%1), and a fresh list shows no \"%2\": it was not "
                              "created. It was not sent again; push again to create it.")
                           .arg(writeError.message, name);
        finish(index, outcome);
        return;
    }
    QList<QJsonObject> same;
    for (const QJsonObject& candidate : candidates) {
        if (verificationMismatches(op.target.type, op.desired, candidate).isEmpty())
            same.append(candidate);
    }
    if (!afterLostWrite && same.isEmpty()) {
        const QJsonObject theirs = candidates.constFirst();
        PushOutcome outcome = makeOutcome(op.id, PushStatus::Conflict);
        outcome.fields = verificationMismatches(op.target.type, op.desired, theirs);
        outcome.base = op.base;
        outcome.mine = op.desired;
        outcome.theirs = theirs;
        outcome.error = Error{ErrorKind::Conflict,
                              Tr::tr("\"%1\" already exists (id %2) with other settings (%3); nothing was written.")
                                  .arg(name, jsonId(theirs.value(u"id"_s)), outcome.fields.join(u", "_s)), {}, 0};
        finish(index, outcome);
        return;
    }
    // Before the write, adopt an object that already is what the create would make; after a lost
    // answer, the newest same-named object is most likely the one this POST made.
    const QList<QJsonObject>& pool = afterLostWrite ? candidates : same;
    const qsizetype chosen = newestObject(pool);
    const QJsonObject adopted = pool.at(chosen);
    const QString adoptedId = jsonId(adopted.value(u"id"_s));
    QJsonArray followUps;
    int number = 0;
    for (const QJsonObject& other : candidates) {
        if (jsonId(other.value(u"id"_s)) != adoptedId)
            followUps.append(duplicateDeleteOperation(m_changes.org, op, other, ++number).toJson());
    }
    m_followUps.insert(index, followUps);
    m_createdIds.insert(op.id, adoptedId);
    m_outcomes[op.id].createdId = adoptedId;
    op.target.id = adoptedId;
    if (afterLostWrite) {
        // Verify what the server holds now, as after any write.
        const quint64 id = m_client->get(writePath(m_changes.org, op.target), {}, this,
                                         [this, index, writeError](Result<ApiResponse> back) {
            m_requests.remove(index);
            const ChangeOperation& op = m_active[index];
            const QJsonValue object = back ? QJsonValue(back->json.object()) : QJsonValue(QJsonValue::Null);
            if (!back && back.error().kind != ErrorKind::NotFound) {
                PushOutcome outcome = makeOutcome(op.id, PushStatus::Failed, back.error());
                outcome.written = true;
                outcome.createdId = m_outcomes.value(op.id).createdId;
                outcome.note = Tr::tr("The create's answer was lost; a fresh list found it, but reading it back failed, "
                                      "so it is not verified.");
                finish(index, outcome);
                return;
            }
            recordProjectDetectors(index, [this, index, object, writeError] { readBack(index, object, writeError, true); });
        });
        m_requests.insert(index, id);
        return;
    }
    PushOutcome outcome = makeOutcome(op.id, PushStatus::Verified);
    outcome.alreadyApplied = true;
    outcome.readBack = adopted;
    outcome.createdId = adoptedId;
    outcome.note = Tr::tr("Already applied: \"%1\" exists (id %2) with the intended settings; adopted, not created again.")
                       .arg(name, adoptedId);
    recordProjectDetectors(index, [this, index, outcome] { finish(index, outcome); });
}

void PushEngine::recordProjectDetectors(int index, std::function<void()> then)
{
    const ChangeOperation& op = m_active[index];
    const QString projectId = m_createdIds.value(op.id);
    if (op.target.type != TargetType::Project || projectId.isEmpty() || !m_client) {
        then();
        return;
    }
    // project=ID names the project outright, so the member scoping of the list (CONTRACT §0b.1)
    // does not hide a project of a team the token's user is not on.
    const quint64 id = m_client->getAll(u"/api/0/organizations/%1/detectors/"_s.arg(m_changes.org),
                                        QUrlQuery{{u"project"_s, projectId}}, this,
                                        [this, index, then](Result<QJsonArray> listed) {
        m_requests.remove(index);
        const QString opId = m_active.value(index).id;
        // A server without them (older self-hosted) leaves the placeholders unresolved: the
        // operations that name them then fail on their own, with Sentry's answer.
        for (const QJsonValue& v : listed ? *listed : QJsonArray()) {
            const QJsonObject d = v.toObject();
            const QString type = d.value(u"type"_s).toString();
            if (type == u"issue_stream"_s)
                m_createdIds.insert(opId + u".issueStreamDetectorId"_s, jsonId(d.value(u"id"_s)));
            else if (type == u"error"_s)
                m_createdIds.insert(opId + u".errorDetectorId"_s, jsonId(d.value(u"id"_s)));
        }
        then();
    });
    m_requests.insert(index, id);
}

void PushEngine::refetched(int index, const QJsonValue& current)
{
    bindToRefetched(m_active[index], current, !placeholderOperations(m_changes.operations.at(index)).isEmpty());
    const ChangeOperation& op = m_active[index];
    m_before.insert(index, current);
    // Run again after it was pushed: the server already holds what the operation wants.
    if (!createsObject(op) && verificationMismatches(op.target.type, op.desired, current).isEmpty()) {
        PushOutcome outcome = makeOutcome(op.id, PushStatus::Verified);
        outcome.alreadyApplied = true;
        outcome.readBack = current;
        outcome.note = Tr::tr("Already applied: the server already holds the intended state; nothing was written.");
        finish(index, outcome);
        return;
    }
    const QStringList conflict = conflictingFields(op.target.type, op.base, current);
    if (!conflict.isEmpty()) {
        PushOutcome outcome = makeOutcome(op.id, PushStatus::Conflict);
        outcome.fields = conflict;
        outcome.base = op.base;
        outcome.mine = op.desired;
        outcome.theirs = current;
        outcome.error = Error{ErrorKind::Conflict,
                              Tr::tr("%1 changed on the server since it was fetched (%2); nothing was written.")
                                  .arg(op.summary.isEmpty() ? op.id : op.summary, conflict.join(u", "_s)), {}, 0};
        finish(index, outcome);
        return;
    }
    // What the schema requires and the plan did not know (the object was only read just now).
    m_active[index].request.body = completeWriteBody(op.target, op.request.method, op.request.body, current);
    const quint64 id = m_client->send(op.request.method.toLatin1(), op.request.path, op.request.body, this,
                                      [this, index](Result<ApiResponse> reply) {
        m_requests.remove(index);
        if (!reply) {
            written(index, tl::unexpected(reply.error()));
            return;
        }
        written(index, reply->json.isArray() ? QJsonValue(reply->json.array()) : QJsonValue(reply->json.object()));
    });
    m_requests.insert(index, id);
}

void PushEngine::written(int index, Result<QJsonValue> reply)
{
    ChangeOperation& op = m_active[index];
    const bool failed = !reply;
    const Error writeError = failed ? reply.error() : Error{};
    if (failed && !outcomeUncertain(writeError)) {
        // 400 / 403 / 404 / 401: the server refused before acting.
        PushOutcome outcome = makeOutcome(op.id, PushStatus::Failed, writeError);
        outcome.note = Tr::tr("Nothing was written.");
        finish(index, outcome);
        return;
    }
    if (failed && createsObject(op)) {
        if (writeError.kind == ErrorKind::Canceled) {
            PushOutcome outcome = makeOutcome(op.id, PushStatus::Canceled, writeError);
            outcome.note = Tr::tr("The create was canceled before its answer came: the server may have created it. "
                                  "Refresh and check before pushing again.");
            finish(index, outcome);
            return;
        }
        // A POST is never sent again: a fresh list tells whether it arrived.
        lookUpExisting(index, true, writeError);
        return;
    }
    if (!failed && createsObject(op)) {
        const QString created = jsonId(reply->toObject().value(u"id"_s));
        m_createdIds.insert(op.id, created);
        recordCreatedFields(m_createdIds, op.id, reply->toObject());
        m_outcomes[op.id].createdId = created;
        op.target.id = created;
    }
    const QString path = createsObject(op) ? writePath(m_changes.org, op.target) : objectPath(m_changes.org, op.target);
    const quint64 id = m_client->get(path, {}, this, [this, index, writeError, failed](Result<ApiResponse> back) {
        m_requests.remove(index);
        const ChangeOperation& op = m_active[index];
        if (!back && back.error().kind != ErrorKind::NotFound) {
            PushOutcome outcome = makeOutcome(op.id, PushStatus::Failed, failed ? writeError : back.error());
            outcome.written = !failed;
            outcome.createdId = m_outcomes.value(op.id).createdId;
            outcome.note = failed ? Tr::tr("The write's answer was lost and the read-back failed too: whether it "
                                           "reached the server is unknown. Refresh and check.")
                                  : Tr::tr("Written, but the read-back failed, so it is not verified.");
            finish(index, outcome);
            return;
        }
        const QJsonValue object = back ? objectFromResponse(op.target, back->json.isArray()
                                                                           ? QJsonValue(back->json.array())
                                                                           : QJsonValue(back->json.object()))
                                       : QJsonValue(QJsonValue::Null);
        recordProjectDetectors(index, [this, index, object, writeError, failed] { readBack(index, object, writeError, failed); });
    });
    m_requests.insert(index, id);
}

void PushEngine::readBack(int index, const QJsonValue& object, const Error& writeError, bool writeFailed)
{
    const ChangeOperation& op = m_active[index];
    PushOutcome outcome = makeOutcome(op.id, PushStatus::Verified);
    outcome.readBack = object;
    outcome.createdId = m_outcomes.value(op.id).createdId;
    const QStringList mismatches = verificationMismatches(op.target.type, op.desired, object);
    if (writeFailed) {
        if (mismatches.isEmpty()) {
            outcome.written = true;
            outcome.note = Tr::tr("The answer to the write was lost (%1), but the read-back shows the change "
                                  "arrived.").arg(writeError.message);
        } else {
            // Unchanged from what we fetched before the write: the write did not happen.
            const bool unchanged = conflictingFields(op.target.type, m_before.value(index), object).isEmpty();
            outcome.status = PushStatus::Failed;
            outcome.error = writeError;
            outcome.written = !unchanged;
            outcome.fields = mismatches;
            outcome.note = unchanged ? Tr::tr("The read-back shows the object unchanged: nothing was written.")
                                     : Tr::tr("The read-back shows the object changed, but not as intended (%1).")
                                           .arg(mismatches.join(u", "_s));
        }
    } else {
        outcome.written = true;
        if (!mismatches.isEmpty()) {
            outcome.status = PushStatus::Mismatch;
            outcome.fields = mismatches;
            outcome.error = Error{ErrorKind::BadData,
                                  Tr::tr("The server accepted the write but now holds different values for: %1.")
                                      .arg(mismatches.join(u", "_s)), {}, 0};
        }
    }
    finish(index, outcome);
}

void PushEngine::finish(int index, PushOutcome outcome)
{
    if (const QJsonArray followUps = m_followUps.take(index); !followUps.isEmpty()) {
        outcome.followUps = followUps;
        outcome.note += (outcome.note.isEmpty() ? QString() : u" "_s)
                        + Tr::tr("%n other object(s) with the same name exist: the delete is offered as an operation, "
                                 "not pushed.", nullptr, int(followUps.size()));
    }
    if (outcome.status == PushStatus::Failed && outcome.error.kind == ErrorKind::Canceled && m_stopping)
        outcome.status = PushStatus::Canceled;
    journal(index, outcome);
    // A verified operation's target id is what "${op-N.id}" names in later ones (which wait for it).
    if (outcome.status == PushStatus::Verified && !m_createdIds.contains(outcome.opId))
        m_createdIds.insert(outcome.opId, m_active.value(index).target.id);
    m_outcomes.insert(outcome.opId, outcome);
    m_active.remove(index);
    m_before.remove(index);
    ++m_done;
    if (!outcome.ok() && !m_options.continueOnError)
        m_stopping = true;
    emit operationFinished(outcome);
    emit progress(m_done, int(m_order.size()));
    pump();
    finishIfDone();
}

void PushEngine::journal(int index, const PushOutcome& outcome)
{
    // An operation found already applied is journaled too, so the journal says what each run did
    // (undo skips it: only verified and mismatched writes are undone).
    if (!m_options.writeJournal || !(outcome.written || outcome.alreadyApplied))
        return;
    JournalEntry entry;
    entry.pushId = m_pushId;
    entry.id = m_pushId + u'/' + outcome.opId;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.server = m_changes.server.isEmpty() && m_client ? m_client->config().baseUrl.toString() : m_changes.server;
    entry.org = m_changes.org;
    entry.operation = m_active.value(index);
    if (!outcome.createdId.isEmpty())
        entry.operation.target.id = outcome.createdId;
    entry.outcome = outcome.alreadyApplied ? u"already-applied"_s : pushStatusName(outcome.status);
    entry.before = m_before.value(index, QJsonValue(QJsonValue::Null));
    entry.after = outcome.readBack.isUndefined() ? QJsonValue(QJsonValue::Null) : outcome.readBack;
    entry.createdId = outcome.createdId;
    // The write stays done, but without its journal entry history and undo miss it: the push fails.
    if (Result<void> ok = Journal(m_options.journalPath).append(entry); !ok && m_journalError.isEmpty())
        m_journalError = ok.error().message;
}

void PushEngine::finishIfDone()
{
    if (!m_running || m_done < m_order.size() || !m_active.isEmpty())
        return;
    m_running = false;
    m_finished = true;
    emit finished();
}

} // namespace sc
