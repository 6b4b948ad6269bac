// SPDX-License-Identifier: MIT
#include "journal.h"
#include "privatefiles.h"
#include "jsonio.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace sc {

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"push"_s, pushId},
                     {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                     {u"server"_s, server},
                     {u"org"_s, org},
                     {u"operation"_s, operation.toJson()},
                     {u"outcome"_s, outcome},
                     {u"before"_s, before.isUndefined() ? QJsonValue(QJsonValue::Null) : before},
                     {u"after"_s, after.isUndefined() ? QJsonValue(QJsonValue::Null) : after}};
    if (!createdId.isEmpty())
        json.insert(u"createdId"_s, createdId);
    return json;
}

Result<JournalEntry> JournalEntry::fromJson(const QJsonObject& json)
{
    Result<ChangeOperation> op = ChangeOperation::fromJson(json.value(u"operation"_s).toObject(), 0);
    if (!op)
        return tl::unexpected(op.error());
    JournalEntry entry;
    entry.id = json.value(u"id"_s).toString();
    entry.pushId = json.value(u"push"_s).toString();
    entry.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    entry.server = json.value(u"server"_s).toString();
    entry.org = json.value(u"org"_s).toString();
    entry.operation = *op;
    entry.outcome = json.value(u"outcome"_s).toString();
    entry.before = json.value(u"before"_s);
    entry.after = json.value(u"after"_s);
    entry.createdId = json.value(u"createdId"_s).toString();
    if (entry.id.isEmpty())
        return fail(ErrorKind::BadData, Tr::tr("A journal entry has no id."));
    return entry;
}

Journal::Journal(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.jsonl"_s;
}

Result<void> Journal::append(const JournalEntry& entry) const
{
    return append(QList<JournalEntry>{entry});
}

Result<void> Journal::append(const QList<JournalEntry>& entries) const
{
    if (entries.isEmpty())
        return {};
    if (Result<void> folder = makePrivateFolder(QFileInfo(m_path).absolutePath()); !folder)
        return fail(ErrorKind::Io, Tr::tr("Cannot write the journal %1: %2").arg(m_path, folder.error().message));
    QFile file(m_path);
    // Created 0600 (what was pushed where is nobody else's business); an older journal is tightened.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, PrivateFilePermissions)
        || !file.setPermissions(PrivateFilePermissions))
        return fail(ErrorKind::Io, Tr::tr("Cannot write the journal %1: %2").arg(m_path, file.errorString()));
    QByteArray bytes;
    for (const JournalEntry& entry : entries)
        bytes += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(ErrorKind::Io, Tr::tr("Cannot write the journal %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<QList<JournalEntry>> Journal::entries(int* skipped) const
{
    if (skipped)
        *skipped = 0;
    QFile file(m_path);
    if (!file.exists())
        return QList<JournalEntry>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, Tr::tr("Cannot read the journal %1: %2").arg(m_path, file.errorString()));
    QList<JournalEntry> out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const Result<QJsonDocument> doc = parseJson(line, m_path);
        Result<JournalEntry> entry = doc && doc->isObject() ? JournalEntry::fromJson(doc->object())
                                                            : Result<JournalEntry>(fail(ErrorKind::BadData, {}));
        if (!entry) {
            if (skipped)
                ++*skipped;
            continue;
        }
        out.append(*entry);
    }
    return out;
}

namespace {
// What tells "the same file, grown" from "another file at the same path" (rotated, restored, replaced).
QByteArray fileIdentity(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
    return {};
#else
    return QFileInfo(path).birthTime().toString(Qt::ISODateWithMs).toUtf8();
#endif
}
} // namespace

Result<JournalReader::Chunk> JournalReader::read()
{
    Chunk chunk;
    QFile file(m_path);
    if (!file.exists()) {
        chunk.restarted = m_offset > 0;
        m_offset = 0;
        m_identity.clear();
        m_readOnce = true;
        return chunk;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, Tr::tr("Cannot read the journal %1: %2").arg(m_path, file.errorString()));
    const QByteArray identity = fileIdentity(m_path);
    if (file.size() < m_offset || (m_readOnce && identity != m_identity && m_offset > 0)) {
        chunk.restarted = true;
        m_offset = 0;
    }
    m_identity = identity;
    m_readOnce = true;
    if (!file.seek(m_offset))
        return fail(ErrorKind::Io, Tr::tr("Cannot read the journal %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const qsizetype end = bytes.lastIndexOf('\n');
    if (end < 0)
        return chunk; // nothing complete yet
    qsizetype from = 0;
    while (from <= end) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const QByteArray line = bytes.mid(from, nl - from).trimmed();
        from = nl + 1;
        if (line.isEmpty())
            continue;
        const Result<QJsonDocument> doc = parseJson(line, m_path);
        Result<JournalEntry> entry = doc && doc->isObject() ? JournalEntry::fromJson(doc->object())
                                                            : Result<JournalEntry>(fail(ErrorKind::BadData, {}));
        if (!entry) {
            ++chunk.skipped;
            continue;
        }
        chunk.entries.append(*entry);
    }
    m_offset += end + 1;
    return chunk;
}

} // namespace sc
