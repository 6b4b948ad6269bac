// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sc {

// One versioned file format for every producer of server changes (ownership editor, `tiers plan`,
// undo, `apply`). See shared DESIGN.md "The change-set file".
struct ChangeTarget {
    QString type;     // ownership | detector | workflow | issueAlertRule | metricAlertRule | projectTeam
    QString project;  // project slug (may be empty for org-level objects such as workflows)
    QString id;       // object id, empty for a create (serialised as null)

    friend bool operator==(const ChangeTarget&, const ChangeTarget&) = default;
};

struct ChangeRequest {
    QString method;   // GET | POST | PUT | DELETE
    QString path;     // /api/0/...
    QJsonValue body;  // null when there is none
};

struct ChangeOperation {
    QString id;       // "op-1", unique within the set
    QString kind;     // create | update | delete | connect | disconnect
    ChangeTarget target;
    QString summary;  // one line for people: "P0 errors (payment-api): condition gt 50 → 40"
    QJsonValue base;  // server object as fetched, null for a create
    QJsonValue desired; // object as it should read afterwards, null for a delete
    ChangeRequest request;

    QJsonObject toJson() const;
    static Result<ChangeOperation> fromJson(const QJsonObject& json, int index);
};

struct ChangeSet {
    static constexpr int FormatVersion = 1;

    QString server;
    QString org;
    QDateTime created;
    QList<ChangeOperation> operations;

    QJsonObject toJson() const;
    static Result<ChangeSet> fromJson(const QJsonObject& json);

    Result<void> save(const QString& path) const; // atomic
    static Result<ChangeSet> load(const QString& path);

    // A fresh id "op-N" not used by any operation in the set.
    QString nextOperationId() const;
};

} // namespace sc
