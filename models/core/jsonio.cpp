// SPDX-License-Identifier: MIT
#include "jsonio.h"
#include "privatefiles.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
} // namespace

Result<QJsonDocument> parseJson(const QByteArray& bytes, const QString& context)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(bytes, error.offset);
        return fail(ErrorKind::BadData,
                    Tr::tr("%1 is not valid JSON: %2 at line %3, column %4.")
                        .arg(context, error.errorString())
                        .arg(line)
                        .arg(column),
                    QStringLiteral("%1: byte offset %2").arg(context).arg(error.offset));
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
    if (file.write(bytes) != bytes.size() || !file.commit())
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

QString jsonId(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

} // namespace sc
