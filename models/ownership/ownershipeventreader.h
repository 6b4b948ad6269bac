// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipevent.h"
#include "ownershipmatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <memory>

namespace sc {

// Reads one Sentry event (JSON text, ingest or API shape) straight into an OwnershipEvent with
// simdjson, without building a QJsonDocument. It gives exactly what
// OwnershipEvent::fromJson(QJsonDocument::fromJson(json).object()) gives, including Qt's
// semantics for duplicate keys (the last one wins) and for key order (sorted).
// read() returns false when the fast path does not take the text (malformed JSON, not an object,
// nesting deeper than it reads): the caller then uses QJsonDocument for the exact error.
// One reader per thread; it reuses its buffers.
class OwnershipEventReader
{
public:
    OwnershipEventReader();
    ~OwnershipEventReader();
    OwnershipEventReader(const OwnershipEventReader&) = delete;
    OwnershipEventReader& operator=(const OwnershipEventReader&) = delete;

    // eventId (optional): ownershipEventId(event, fallback) of the raw event.
    bool read(QByteArrayView json, OwnershipEvent* event, QString* eventId = nullptr, const QString& fallbackId = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Writes match results as compact JSON lines, byte for byte what
// QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) writes, without building one.
class OwnershipResultWriter
{
public:
    void append(const OwnershipMatchResult& result, QByteArray* out);

private:
    QHash<QString, QByteArray> m_teamJson; // identifier → {"identifier":…,"type":"team"}
    QHash<QString, QByteArray> m_userJson;
};

} // namespace sc
