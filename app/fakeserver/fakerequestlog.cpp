// SPDX-License-Identifier: MIT
#include "fakerequestlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc {

void appendFakeRequestLog(const QByteArray& method, const QString& path, const QByteArray& body, int status)
{
    static const QString file = qEnvironmentVariable("SC_FAKE_REQUEST_LOG");
    if (file.isEmpty() || body.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("path"), path},
                     {QStringLiteral("status"), status}};
    if (error.error == QJsonParseError::NoError)
        line.insert(QStringLiteral("body"), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    else
        line.insert(QStringLiteral("rawBody"), QString::fromUtf8(body.left(2000)));
    QFile out(file);
    // Tests run in parallel: one write() per line on an O_APPEND file keeps lines whole.
    if (out.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        out.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace sc
