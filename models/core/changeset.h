// SPDX-License-Identifier: MIT
#pragma once

#include "changekinds.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sc {

// ChangeSet lives in models/core, not models/changes, to break a cycle: sc_tiers produces change sets
// and sc_changes (which links sc_tiers) consumes them. changeset.cpp has the whole story.
//
// One versioned file format for every producer of server changes (ownership editor, `tiers plan`,
// undo, `apply`). See shared DESIGN.md "The change-set file".
struct ChangeTarget {
    TargetType type = TargetType::Ownership; // "type" in the file (changekinds.h spells each)
    QString project;  // project slug (may be empty for org-level objects such as workflows)
    QString id;       // object id, empty for a create (serialised as null)

    friend bool operator==(const ChangeTarget&, const ChangeTarget&) = default;
};

// The bytes a change set was read from, so that errors about values that parsed but mean nothing
// (an unknown kind) name the file and the line.
struct ChangeSetSource {
    QString path;
    QByteArray bytes;
};

struct ChangeRequest {
    QString method;   // GET | POST | PUT | DELETE
    QString path;     // /api/0/...
    QJsonValue body;  // null when there is none
};

struct ChangeOperation {
    QString id;       // "op-1", unique within the set
    OperationKind kind = OperationKind::Update; // "kind" in the file (changekinds.h spells each)
    ChangeTarget target;
    QString summary;  // one line for people: "P0 errors (payment-api): condition gt 50 → 40"
    QJsonValue base;  // server object as fetched, null for a create
    QJsonValue desired; // object as it should read afterwards, null for a delete
    ChangeRequest request;

    QJsonObject toJson() const;
    // `index` (0-based) and `source` only make messages precise: "operation 2 (op-2)", and with a
    // source "<file>, line 14: …" at the offending value.
    static Result<ChangeOperation> fromJson(const QJsonObject& json, int index, const ChangeSetSource* source = nullptr);
};

struct ChangeSet {
    static constexpr int FormatVersion = 1;

    QString server;
    QString org;
    QDateTime created;
    QList<ChangeOperation> operations;

    QJsonObject toJson() const;
    static Result<ChangeSet> fromJson(const QJsonObject& json, const ChangeSetSource* source = nullptr);

    Result<void> save(const QString& path) const; // atomic
    static Result<ChangeSet> load(const QString& path);

    // A fresh id "op-N" not used by any operation in the set.
    QString nextOperationId() const;
};

} // namespace sc
