// SPDX-License-Identifier: MIT
#include "apipath.h"
#include "tr.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace sc {

namespace {

bool isControlOrSpace(char32_t c)
{
    return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200F)
           || (c >= 0x2028 && c <= 0x202F) || (c >= 0x2066 && c <= 0x2069) || c == 0x205F || c == 0x3000
           || c == 0xFEFF;
}

bool hasControlOrSpace(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isControlOrSpace(c))
            return true;
    }
    return false;
}

// Percent escapes that change how a server splits or resolves the path.
bool hasDangerousEscape(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("%(2e|2f|5c|25|3f|23)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return escape.match(text).hasMatch();
}

} // namespace

std::optional<QString> apiPathProblem(const QString& path)
{
    if (path.isEmpty())
        return Tr::tr("it is empty");
    if (hasControlOrSpace(path))
        return Tr::tr("it contains a control character or whitespace");
    if (path.contains(QLatin1Char('\\')))
        return Tr::tr("it contains a backslash");
    if (path.contains(QLatin1Char('#')))
        return Tr::tr("it contains a fragment ('#')");
    if (path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("//")))
        return Tr::tr("it names a scheme or a host; only paths on the configured server are sent");
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    const QString pathPart = queryAt < 0 ? path : path.left(queryAt);
    const QString query = queryAt < 0 ? QString() : path.mid(queryAt + 1);
    if (hasDangerousEscape(pathPart))
        return Tr::tr("it contains a percent-encoded '.', '/', '\\', '%', '?' or '#'");
    // Decode what remains once: an encoded control character is as bad as a raw one.
    if (hasControlOrSpace(QString::fromUtf8(QByteArray::fromPercentEncoding(pathPart.toUtf8()))))
        return Tr::tr("it contains a percent-encoded control character or whitespace");
    const QStringList segments = pathPart.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString& segment = segments.at(i);
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Tr::tr("it contains a \"%1\" segment").arg(segment);
        if (segment.isEmpty() && i + 1 < segments.size())
            return Tr::tr("it contains an empty segment (\"//\")");
    }
    if (!pathPart.startsWith(QLatin1String("/api/0/")))
        return Tr::tr("it is not under /api/0/");
    if (query.contains(QLatin1Char('/')) || query.contains(QLatin1Char('?')) || hasDangerousEscape(query))
        return Tr::tr("its query string carries a path ('/', '?' or a percent-encoded '.', '/', '\\')");
    return std::nullopt;
}

} // namespace sc
