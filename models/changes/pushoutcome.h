// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sc {

enum class PushStatus {
    Pending,   // not started yet
    Running,
    Verified,  // written and the read-back holds what was intended
    Conflict,  // the server object changed since it was fetched; nothing written
    Failed,    // the write (or the refetch) failed: `error` says why
    Mismatch,  // written, but the read-back differs in `fields`
    Skipped,   // not attempted (stopped after an error, not selected, its dependency failed)
    Canceled,
};

QString pushStatusName(PushStatus status); // untranslated: "verified", "conflict", …
QString pushStatusText(PushStatus status); // translated, for people

// What happened to one operation of a push.
struct PushOutcome {
    QString opId;
    PushStatus status = PushStatus::Pending;
    Error error;            // Failed / Skipped
    QStringList fields;     // Conflict: fields that changed on the server; Mismatch: fields that differ
    QJsonValue base;        // Conflict: what the change was planned on
    QJsonValue mine;        //           what it wanted
    QJsonValue theirs;      //           what the server has now
    QJsonValue readBack;    // the object after the write (null after a delete)
    QString createdId;      // id of the object a create made
    QString note;           // e.g. "the connection dropped after the write; the read-back shows it arrived"
    bool written = false;   // a write reached the server (as far as the read-back tells)
    bool alreadyApplied = false; // Verified without a write: the server already held `desired`, or
                                 // the create's object already existed and was adopted (createdId)
    QJsonArray followUps;   // operations (change-set JSON) offered to clean up, e.g. deleting a duplicate

    bool ok() const { return status == PushStatus::Verified; }
    QJsonObject toJson() const;
};

} // namespace sc

Q_DECLARE_METATYPE(sc::PushOutcome)
