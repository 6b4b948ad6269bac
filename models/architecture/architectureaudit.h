// SPDX-License-Identifier: MIT
#pragma once

#include "architecturepolicy.h"
#include "architecturesnapshot.h"
#include "orgsnapshot.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc {

enum class CheckState { Ok, Drifted, Missing, NotApplicable };
QString checkStateName(CheckState state); // "ok" | "drifted" | "missing" | "n/a"

struct CheckDrift {
    QString field;     // e.g. "scrubIPAddresses", "keys.Default.rateLimit", "P2.condition.gt"
    QJsonValue policy;
    QJsonValue server;
};

struct CheckResult {
    QString id;                          // one of architectureCheckIds()
    CheckState state = CheckState::NotApplicable;
    CheckSeverity severity = CheckSeverity::Error;
    QList<CheckDrift> drift;
    QString detail;                      // one sentence for people

    // Drifted or missing under an `error` severity: counts for exit code 3.
    bool fails() const { return severity == CheckSeverity::Error && (state == CheckState::Drifted || state == CheckState::Missing); }
    bool problem() const { return severity != CheckSeverity::Off && (state == CheckState::Drifted || state == CheckState::Missing); }
    QJsonObject toJson() const;
};

struct ProjectArchitectureAudit {
    QString slug;
    QString projectId;
    QString platform;
    QStringList teams;
    QList<CheckResult> checks; // architectureCheckIds() order

    const CheckResult* check(const QString& id) const;
};

struct TeamArchitectureAudit {
    QString slug;
    QList<CheckResult> checks;
};

// The whole matrix: projects × checks, team checks (topology) and org checks (pii require flags).
struct ArchitectureAudit {
    QList<ProjectArchitectureAudit> projects;
    QList<TeamArchitectureAudit> teams;
    QList<CheckResult> org;

    const ProjectArchitectureAudit* project(const QString& slug) const;
    int failures() const;   // checks that fail (severity error)
    int problems() const;   // drifted or missing, any severity but off
    bool failed() const { return failures() > 0; }

    // {"projects": [{"slug", "teams", "platform", "checks": {id: {"state", "severity", "drift": [{"field",
    //   "policy", "server"}], "detail"}}}], "teams": [{"slug", "checks"}], "org": {"checks"},
    //  "summary": {"failures", "problems"}}
    QJsonObject toJson() const;
    QString toTable() const;     // aligned text matrix, then one line per problem
    QString toMarkdown() const;  // the same as Markdown tables
};

// Pure: every check of the policy for every project of the snapshot. Reads the architecture part
// of the snapshot (ArchitectureSnapshot), the tier audit and the ownership diagnostics.
ArchitectureAudit auditArchitecture(const OrgSnapshot& snapshot, const ArchitecturePolicy& policy);

} // namespace sc
