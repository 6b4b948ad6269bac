// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sc {

class OrgSnapshot;

// What one project's reference-architecture reads brought back, each object exactly as the server
// sent it. A part that could not be read keeps its error sentence instead (e.g. a self-hosted
// server without the artifact-bundles endpoint), so the audit says "n/a" rather than "missing".
struct ProjectArchitecture {
    QJsonObject detail;          // GET /projects/{org}/{p}/ (scrubbing fields, features, options)
    QJsonArray filters;          // GET …/filters/  [{id, active}]
    QJsonArray keys;             // GET …/keys/     client keys (public key as id, rateLimit, dsn)
    QJsonValue latestRelease;    // GET /organizations/{org}/releases/?project=ID&per_page=1 → item or null
    QJsonValue artifactBundles{QJsonValue::Undefined}; // GET …/files/artifact-bundles/?per_page=1 → array; undefined = not read
    QHash<QString, QString> errors; // part ("detail", "filters", …) → why it could not be read

    bool read(const QString& part) const { return !errors.contains(part); }
    QJsonObject toJson() const;
    static ProjectArchitecture fromJson(const QJsonObject& json);
};

// The reads behind the reference-architecture checks, kept in the snapshot's extras under
// "architecture" (so the offline cache and `export` carry them, unknown fields included):
// {"projects": {"<slug>": {"detail", "filters", "keys", "latestRelease", "artifactBundles",
//   "errors": {part: text}}}, "monitors": [...], "monitorsError": text}
struct ArchitectureSnapshot {
    QHash<QString, ProjectArchitecture> projects; // by project slug
    QJsonArray monitors;                          // GET /organizations/{org}/monitors/?project=-1
    QString monitorsError;                        // non-empty: the monitor list could not be read
    bool present = false;                         // false: the snapshot was pulled without these reads

    QJsonObject toJson() const;
    static ArchitectureSnapshot fromJson(const QJsonObject& json);

    static ArchitectureSnapshot of(const OrgSnapshot& snapshot);
    void storeIn(OrgSnapshot& snapshot) const;

    // Source maps are read for JavaScript platforms only (javascript*, node*, react-native).
    static bool isJavaScriptPlatform(const QString& platform);
};

} // namespace sc
