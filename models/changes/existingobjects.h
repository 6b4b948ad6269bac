// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace sc {

// Re-running a create must not duplicate it: before a create, and after a create whose answer was
// lost, the push engine lists the objects the create may already have made and looks for the same
// project and name (DESIGN "Re-running is safe").
struct ExistingObjectsQuery {
    QString path;     // empty: this kind of create has no list to look in
    QUrlQuery query;
};

// Where the objects of a create's kind live: the project's detectors (project=<id>, or -1 when the
// create names no project id), the org's workflows, the project's issue alert rules, the org's
// metric alert rules.
ExistingObjectsQuery existingObjectsQuery(const QString& org, const ChangeOperation& create);

// The listed objects that are the create's object: the same name and, where the kind has one, the
// same project. In the list's order.
QList<QJsonObject> sameNamedObjects(const ChangeOperation& create, const QJsonArray& listed);

// The newest of `objects` (highest numeric id): the one a lost create most likely made.
qsizetype newestObject(const QList<QJsonObject>& objects);

// A delete operation for `duplicate`, another object with the create's name: offered, never pushed
// by itself.
ChangeOperation duplicateDeleteOperation(const QString& org, const ChangeOperation& create, const QJsonObject& duplicate,
                                         int number);

} // namespace sc
