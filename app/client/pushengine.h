// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "pushoutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace sc {

class SentryClient;

struct PushOptions {
    bool continueOnError = false; // false: after the first operation that is not verified, start no more
    QStringList only;             // operation ids to push; empty = all
    int maxParallel = 8;          // operations in flight (each is refetch → write → read-back in order)
    bool writeJournal = true;
    QString journalPath;          // empty: Journal::defaultPath()
};

// Pushes a change set, one operation at a time per object and several objects in parallel:
// GET the object again, compare with `base` (a difference is a Conflict and nothing is written),
// write (never retried blindly; the client resends a 429 after the reset), GET again and verify the
// fields of `desired`. A failed or dropped write is followed by a read-back too, so the outcome says
// what the server really holds. "${op-N.id}" in a later operation is replaced by the id op-N's create
// got, and that operation waits for op-N. Every operation whose write reached the server is
// journaled. Asynchronous: signals arrive on the client's thread; cancel() aborts requests in flight.
// The engine never touches drafts: callers remove the operations that ended Verified.
class PushEngine : public QObject
{
    Q_OBJECT
public:
    PushEngine(SentryClient* client, ChangeSet changes, PushOptions options = {}, QObject* parent = nullptr);
    ~PushEngine() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    const ChangeSet& changes() const { return m_changes; }
    QList<PushOutcome> outcomes() const; // in the change set's order, selected operations only
    PushOutcome outcome(const QString& opId) const { return m_outcomes.value(opId); }
    QString pushId() const { return m_pushId; }
    int requestsSent() const;            // network requests this push started (incl. the client's retries)

    // ExitOk when every operation was verified and journaled, ExitConflict when any hit a conflict,
    // else ExitFailed (a journal that could not be written is a failure: history and undo miss it).
    int exitCode() const;
    // Why the journal could not be written (names the file), or empty.
    QString journalError() const { return m_journalError; }

    // Conflict resolutions (re-base as a three-way merge, overwrite) live in conflictresolution.h.

signals:
    void operationStarted(const QString& opId);
    void operationFinished(const sc::PushOutcome& outcome);
    void progress(int done, int total);
    void finished();

private:
    struct Running;
    void pump();
    void begin(int index);
    void refetched(int index, const QJsonValue& current);
    void written(int index, Result<QJsonValue> reply);
    void readBack(int index, const QJsonValue& object, const Error& writeError, bool writeFailed);
    // Lists the objects a create may already have made (same project and name). Before the write
    // (`afterLostWrite` false): the same content is adopted as already applied, other content is a
    // conflict, none goes on to the POST. After a POST whose answer was lost (never resent): one
    // found is adopted and verified, none means not created, more are reported as duplicates.
    void lookUpExisting(int index, bool afterLostWrite, const Error& writeError);
    // Ids of the objects of `type` that this change set deletes.
    QStringList deletedTargets(TargetType type) const;
    void adopt(int index, const QList<QJsonObject>& candidates, bool afterLostWrite, const Error& writeError);
    void finish(int index, PushOutcome outcome);
    // After a project create (or its adoption): Sentry made the project's default detectors with it
    // (ensure_default_detectors on post_save: `error` and `issue_stream`). Their ids become
    // "${op-N.errorDetectorId}" / "${op-N.issueStreamDetectorId}" for later operations (a workflow
    // connects the issue_stream detector by naming it in detectorIds), then `then` runs.
    void recordProjectDetectors(int index, std::function<void()> then);
    void journal(int index, const PushOutcome& outcome);
    bool dependenciesReady(int index, QString* failedDependency) const;
    void finishIfDone();
    ChangeOperation resolved(const ChangeOperation& op) const;

    QPointer<SentryClient> m_client; // not owned
    ChangeSet m_changes;
    PushOptions m_options;
    QString m_pushId;
    QList<int> m_order;                    // indices of selected operations
    QHash<QString, PushOutcome> m_outcomes;
    QHash<QString, QString> m_createdIds;  // op id → id the create got
    QHash<int, ChangeOperation> m_active;  // index → operation with placeholders substituted
    QHash<int, QJsonValue> m_before;       // index → refetched object
    QHash<int, quint64> m_requests;        // index → request in flight
    QHash<int, QJsonArray> m_followUps;    // index → delete operations offered for duplicates
    int m_next = 0;
    int m_done = 0;
    int m_requestsAtStart = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_stopping = false;
    QString m_journalError;
};

} // namespace sc
