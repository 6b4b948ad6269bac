// SPDX-License-Identifier: MIT
#pragma once

#include "alertdescription.h"
#include "changeset.h"
#include "orgsnapshot.h"
#include "tiermatcher.h"
#include "tierpolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// Internal to the tier planner (tierplanner.cpp and its two adapters); not for other areas.
namespace sc::tierplan {

// An operation being built: edits accumulate on `desired`; the request is made at the end.
struct PendingOp {
    TargetType type = TargetType::Detector; // detector | workflow | issueAlertRule | metricAlertRule
    QString id;             // object id; empty for a create
    QString project;
    bool create = false;
    bool remove = false;    // delete (a transaction-based detector replaced by its span form)
    bool onlyConnects = true;
    QJsonObject base;
    QJsonObject desired;
    QStringList summaries;
    QSet<QString> fixed;    // fields already fixed (a shared workflow is fixed once)
};

// What the shared planner and both adapters plan into: the operations so far and the matcher's view
// of the org. Operation N (0-based) becomes "op-<N+1>"; later operations name it by placeholder().
struct TierPlanContext {
    TierPlanContext(const OrgSnapshot& snapshot, const TierPolicy& policy);

    const OrgSnapshot& snapshot; // not owned; outlives the plan
    const TierPolicy& policy;    // not owned; outlives the plan
    TierMatcher matcher;
    QList<PendingOp> ops;
    QHash<QString, qsizetype> opByObject; // "type/id" → index
    QStringList errors;
    QStringList notes;

    static QString opId(qsizetype index);
    static QString placeholder(qsizetype index); // "${op-N.id}"
    static QString partTitle(const TierMatch& tier, const QString& partKey, const QString& project);

    // The pending edit of an existing object (one per object, however many fixes it gets).
    PendingOp& edit(TargetType type, const AlertDescription& object, const QString& project);
    qsizetype append(const PendingOp& op); // its index
    QString teamId(const QString& slug) const;

    // Names from the policy's templates: a tier's alert (workflow or issue rule), a threshold
    // part's alert (detector or metric rule).
    QString tierAlertName(const TierMatch& tier, const QString& team) const;
    QString partAlertName(const TierMatch& tier, const TierPartPolicy& part, const QString& project) const;
};

// One alert generation (DESIGN.md "Two alert generations, one tier model"): turns what the shared
// planner found missing or drifted into that generation's objects, and writes them. The workflow
// engine's adapter handles detectors and workflows; the legacy adapter issue and metric alert rules.
class TierGenerationAdapter
{
public:
    explicit TierGenerationAdapter(TierPlanContext& plan)
        : m_plan(plan)
    {
    }
    virtual ~TierGenerationAdapter() = default;

    // A project lacks an issue tier (P1, P3): create or connect what expresses it.
    virtual void addIssueTier(const TierMatch& tier, const ProjectMatch& match) = 0;
    // One drifted field ("triggers", "environment", "action…", "enabled") of an existing issue alert of
    // this generation, fixed in `alert` (its desired read shape); other fields are left alone.
    virtual void fixIssueField(QJsonObject& alert, const QString& field, const TierMatch& tier) const = 0;
    // A project lacks a threshold part (P0, P2).
    virtual void addMetricPart(const TierMatch& tier, const TierPartPolicy& part, const ProjectMatch& match) = 0;
    // A threshold part whose alert (of this generation) drifted.
    virtual void fixMetricPart(const TierMatch& tier, const TierPartPolicy& part, const PartMatch& match,
                               const ProjectMatch& project) = 0;
    // The request that writes `pending` (one of this generation's types). `desired` starts as
    // pending.desired and is left as the object should read afterwards (what verification compares).
    virtual ChangeRequest request(const PendingOp& pending, QJsonObject& desired) const = 0;

protected:
    TierPlanContext& m_plan; // not owned
};

// "none", "a, b", "40": a drifted value in a summary.
QString valueText(const QJsonValue& value);

inline QString L(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace sc::tierplan
