// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sc {

class OrgSnapshot;

// Names for ids in the human diff ("detectors: + web-app" rather than "+ 720002").
struct DiffLabels {
    QHash<QString, QString> detectors; // detector id → label (its project's slug for error detectors)
    QHash<QString, QString> workflows; // workflow id → name

    static DiffLabels fromSnapshot(const OrgSnapshot& snapshot);
};

// One line of the structured, human diff of an operation:
// "P0 errors (payment-api) › condition gt: 50 → 40".
struct DiffLine {
    enum Kind { Added, Removed, Changed, Created, Deleted };
    Kind kind = Changed;
    QString object; // "P0 errors (payment-api)"
    QString field;  // "condition gt", "actions", "detectors", "rules", "name"…
    QString text;   // "50 → 40", "+ Slack #alerts-prod"

    QString toString() const; // "object › field: text"
};

// Who the operation is about, for people: the summary's part before ':' when it has one, else the
// object's name and project.
QString operationLabel(const ChangeOperation& op);

// The structured diff of one operation (base → desired): server-managed fields and order-only list
// changes never show. Ownership rules are listed line by line ("rules: + path:src/** #payments").
QList<DiffLine> describeOperation(const ChangeOperation& op, const DiffLabels& labels = {});

// A readable one-line value: strings as is, others as compact JSON.
QString displayValue(const QJsonValue& value);

// Human label of one workflow / rule action ("Slack #alerts-prod", "PagerDuty payments-critical",
// "Email team 4509002").
QString actionLabel(const QJsonObject& action);

} // namespace sc
