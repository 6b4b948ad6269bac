// SPDX-License-Identifier: MIT
#include "jsonio.h"
#include "privatefiles.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <climits>
#include <cstring>
#include <cmath>

namespace sc {

namespace {
std::pair<int, int> lineColumn(const QByteArray& bytes, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
// Where the first byte below 0x20 other than tab, LF and CR may be: a branch-free pass over 4 KiB
// blocks that the compiler vectorises (a 27 MB snapshot is scanned in a few milliseconds).
qsizetype firstControlCharacter(const QByteArray& bytes)
{
    constexpr qsizetype block = 4096;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    for (qsizetype start = 0; start < bytes.size(); start += block) {
        const qsizetype end = std::min(bytes.size(), start + block);
        unsigned bad = 0;
        for (qsizetype i = start; i < end; ++i) {
            const uchar c = p[i];
            bad |= unsigned(c < 0x20) & unsigned(c != '\t') & unsigned(c != '\n') & unsigned(c != '\r');
        }
        if (bad)
            return start;
    }
    return bytes.size();
}

// A raw U+FEFF (EF BB BF) anywhere: memchr finds the rare lead byte much faster than a substring search.
bool containsBom(const QByteArray& bytes)
{
    const char* p = bytes.constData();
    const char* end = p + bytes.size();
    while (p < end) {
        const void* hit = std::memchr(p, 0xEF, size_t(end - p));
        if (!hit)
            return false;
        p = static_cast<const char*>(hit);
        if (end - p >= 3 && p[1] == '\xBB' && p[2] == '\xBF')
            return true;
        ++p;
    }
    return false;
}
} // namespace

Result<QJsonDocument> parseJson(const QByteArray& input, const QString& context)
{
    // A UTF-8 byte-order mark (Windows editors write one) is accepted and dropped, for every JSON file
    // alike: change sets, snapshots, events (README "File formats").
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    // JSON forbids raw control characters; Qt's parser lets them through, so a NUL byte inside a key
    // would silently make a different key ("oper\0ations" is not "operations").
    for (qsizetype i = firstControlCharacter(bytes); i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            const auto [line, column] = lineColumn(bytes, int(std::min<qsizetype>(i, INT_MAX)));
            return fail(ErrorKind::BadData,
                        Tr::tr("%1 is not valid JSON: it contains the control character U+%2 at line %3, column %4 "
                               "(JSON allows it only escaped, as \\u%2).")
                            .arg(context, QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')),
                                 QString::number(line), QString::number(column)),
                        QStringLiteral("%1: byte offset %2").arg(context).arg(i));
        }
    }
    // Qt 6.4 decodes each string with QString::fromUtf8, which drops a leading U+FEFF: a raw "\xEF\xBB\xBF"
    // at the start of a key or value silently changes it ("\uFEFFenv" reads as "env", a value becomes "").
    // Written as the escape \uFEFF it is kept, so raw ones are escaped before parsing (outside a string a
    // raw one is invalid JSON either way). Found by tests/fuzz (fuzz_snapshot: save → load changed content).
    static constexpr char bom[] = "\xEF\xBB\xBF";
    const bool hasBom = containsBom(bytes);
    const QByteArray parsed = hasBom ? QByteArray(bytes).replace(bom, "\\ufeff") : bytes;
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(parsed, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report the place in the caller's bytes: Qt's parser takes the raw marks in its stride, so the
        // original gives the same error at the offset the user sees.
        if (hasBom) {
            QJsonParseError original;
            (void)QJsonDocument::fromJson(bytes, &original);
            if (original.error != QJsonParseError::NoError)
                error = original;
        }
        const auto [line, column] = lineColumn(bytes, error.offset);
        return fail(ErrorKind::BadData,
                    Tr::tr("%1 is not valid JSON: %2 at line %3, column %4.")
                        // One arg() call: a file name holding "%2" (a draft of key "a/b" is "a%2Fb.json")
                        // must not be filled in by the next one.
                        .arg(context, error.errorString(), QString::number(line), QString::number(column)),
                    QStringLiteral("%1: byte offset %2").arg(context, QString::number(error.offset)));
    }
    return doc;
}

Result<QJsonDocument> readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Usage, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return parseJson(file.readAll(), path);
}

Result<void> writeFileAtomic(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (Result<void> folder = makePrivateFolder(info.absolutePath()); !folder)
        return folder;
    QSaveFile file(path);
    // 0600 on the temporary file before a byte is written; commit() keeps it (see privatefiles.h).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFilePermissions))
        return fail(ErrorKind::Io, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    // flush() first: Qt 6.4's commit() still renames the temporary file over the old one when the
    // buffered bytes fail to reach the disk (full disk, file-size limit), leaving it cut short.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(ErrorKind::Io, Tr::tr("Cannot write %1: %2.").arg(path, reason));
    }
    if (!file.commit())
        return fail(ErrorKind::Io, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

Result<void> writeJsonFile(const QString& path, const QJsonDocument& doc, bool indented)
{
    return writeFileAtomic(path, doc.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
}

QByteArray canonicalJson(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap so QJsonDocument can print them, then strip the wrapper.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool isJsonInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    // ±2^53: beyond it a double no longer holds every integer, and far beyond it (1e300) the
    // conversion to qint64 is undefined behaviour.
    constexpr double limit = 9007199254740992.0;
    return std::isfinite(d) && std::trunc(d) == d && d >= -limit && d <= limit;
}

QString jsonId(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (isJsonInteger(value))
        return QString::number(qint64(value.toDouble()));
    return {};
}

} // namespace sc
