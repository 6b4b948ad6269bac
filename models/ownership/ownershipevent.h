// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sc {

struct OwnershipFrame {
    QString filename;   // empty when absent, empty or not a string
    QString absPath;
    QString module;
    QString package;
    QString mungedFilename; // platform-derived path (java / cocoa / flutter), empty when none
    std::optional<bool> inApp;
};

// An event reduced to what ownership matching reads, with the frames already selected the way
// Sentry's find_stack_frames does (exception frames; else top-level stacktrace; else the crashing
// thread). Built from either the ingest shape (`exception.values`, tags as [[k, v]], snake_case) or
// the API event shape (`entries[]`, tags as [{key, value}], camelCase `absPath`/`inApp`).
struct OwnershipEvent {
    QString platform;
    QString sdkName;
    QList<OwnershipFrame> frames;
    QString frameSource;  // "exception" | "stacktrace" | "thread" | "" (none)
    QString url;          // request.url; empty never matches
    QList<std::pair<QString, QString>> tags;       // in order; a null value reads as ""
    QList<std::pair<QString, QString>> userFields; // string fields of `user`, then of its object fields (user.data)

    static OwnershipEvent fromJson(const QJsonObject& event);
    // Converts the API event shape into the ingest shape (other shapes pass through unchanged).
    static QJsonObject toIngestShape(const QJsonObject& event);

    // Builders for "who owns this?" queries without a whole event.
    void addPath(const QString& path);    // a frame with this filename
    void addModule(const QString& module);
    void addTag(const QString& key, const QString& value);
};

// The derived ("munged") filename Sentry adds for some platforms, or empty.
QString mungedFilename(const QString& platform, const QString& sdkName, const OwnershipFrame& frame);

} // namespace sc
