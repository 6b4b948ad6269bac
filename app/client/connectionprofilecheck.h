// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace sc {

class SentryClient;

// What a token may do, feature by feature ("Test connection" and `auth status`).
struct FeatureAccess {
    QString id;             // stable: browse | audit | tiers-write | ownership-write | charts
    QString name;           // translated
    QStringList needs;      // one scope of each group is needed; shown as the first of the group
    QStringList missing;    // needs the token lacks
    QString consequence;    // translated, when something is missing ("tiers are read-only")
    bool ok() const { return missing.isEmpty(); }
};

struct ScopeReport {
    QString org;
    QString orgName;
    QStringList scopes;     // the token's effective scopes (organization `access[]`)
    QList<FeatureAccess> features;

    bool allOk() const;
    QJsonObject toJson() const; // {"org", "scopes": [...], "features": [{"id","name","ok","needs","missing","consequence"}]}
};

// Pure: what each feature needs and what `scopes` lacks. A scope is covered by itself or a
// stronger one of the same resource (project:read ⊂ project:write ⊂ project:admin).
ScopeReport scopeReport(const QStringList& scopes);

// GET /api/0/organizations/{org}/ and build the report from `access[]`. The callback runs once,
// on the client's thread, while `context` lives.
void checkConnection(SentryClient* client, const QString& org, QObject* context,
                     std::function<void(Result<ScopeReport>)> done);

} // namespace sc
