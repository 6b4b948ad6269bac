// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sc {

// One pushed operation, as written to the journal.
struct JournalEntry {
    QString id;           // unique: "<push id>/<op id>"
    QString pushId;       // one per push
    QDateTime time;       // UTC, when the write finished
    QString server;
    QString org;
    ChangeOperation operation; // as pushed (placeholders substituted)
    QString outcome;      // pushStatusName(): verified | mismatch | failed …
    QJsonValue before;    // the object as refetched just before the write (null for a create)
    QJsonValue after;     // the read-back after the write (null after a delete)
    QString createdId;    // the id a create got

    QJsonObject toJson() const;
    static Result<JournalEntry> fromJson(const QJsonObject& json);
};

// Append-only JSON Lines file of every pushed operation (default: AppDataLocation/journal.jsonl).
// Each append is one write of one line, so a crash leaves at most a torn last line, which reading
// skips (and counts).
class Journal
{
public:
    explicit Journal(QString path = {});

    static QString defaultPath();
    QString path() const { return m_path; }

    Result<void> append(const JournalEntry& entry) const;
    Result<void> append(const QList<JournalEntry>& entries) const;

    // Oldest first. `skipped` gets the number of unreadable lines.
    Result<QList<JournalEntry>> entries(int* skipped = nullptr) const;

private:
    QString m_path;
};

} // namespace sc
