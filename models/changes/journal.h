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

// Reads a journal incrementally: remembers the byte offset it has parsed up to and, on the next read(),
// parses only the lines appended since. A last line without '\n' (a write in progress) is left for the
// next read. When the file got shorter than the offset or was replaced (another file identity), it is
// read again from the start and the result says so (`restarted`), so a view resets instead of appending.
class JournalReader
{
public:
    explicit JournalReader(QString path) : m_path(std::move(path)) {}

    struct Chunk {
        QList<JournalEntry> entries; // new since the last read, oldest first (all of them if restarted)
        bool restarted = false;      // true when the file was read from 0 after truncation/replacement
        int skipped = 0;             // unreadable complete lines in this chunk
    };

    Result<Chunk> read();
    qint64 offset() const { return m_offset; }
    QString path() const { return m_path; }

private:
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_identity; // device/inode (Unix) or birth time, of the file last read
    bool m_readOnce = false;
};

} // namespace sc
