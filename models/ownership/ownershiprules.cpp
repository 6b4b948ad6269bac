// SPDX-License-Identifier: MIT
#include "ownershiprules.h"

#include "ownershiptext.h"

namespace sc {

QJsonObject OwnershipOwner::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), typeName()}, {QStringLiteral("identifier"), identifier}};
}

static bool needsQuotes(const QString& pattern)
{
    if (pattern.isEmpty())
        return true;
    for (QChar c : pattern) {
        // The grammar's identifier is Python's \S+, which U+001C–U+001F end too.
        if (c.isSpace() || ownershiptext::isPythonWhitespace(c.unicode()) || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return true;
    }
    return false;
}

static QString quoted(const QString& pattern)
{
    // The parser decodes quoted text with Python's unicode-escape, so escape what that would change.
    QString out = QStringLiteral("\"");
    for (QChar c : pattern) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += QLatin1Char('\\') + c;
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u > 0x7e)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString OwnershipRule::toText() const
{
    QString text = type + QLatin1Char(':') + (needsQuotes(pattern) ? quoted(pattern) : pattern);
    for (const OwnershipOwner& owner : owners)
        text += QLatin1Char(' ') + owner.display();
    return text;
}

QJsonObject OwnershipRule::toSchema() const
{
    QJsonArray ownerArray;
    for (const OwnershipOwner& owner : owners)
        ownerArray.append(owner.toJson());
    return QJsonObject{
        {QStringLiteral("matcher"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("pattern"), pattern}}},
        {QStringLiteral("owners"), ownerArray}};
}

QJsonArray OwnershipRules::schemaRules() const
{
    QJsonArray array;
    for (const OwnershipRule& rule : rules)
        array.append(rule.toSchema());
    return array;
}

QJsonObject OwnershipRules::toSchema() const
{
    return QJsonObject{{QStringLiteral("$version"), 1}, {QStringLiteral("rules"), schemaRules()}};
}

QString OwnershipRules::toText() const
{
    QString text;
    for (const OwnershipRule& rule : rules)
        text += rule.toText() + QLatin1Char('\n');
    return text;
}

} // namespace sc
