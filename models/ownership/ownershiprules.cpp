// SPDX-License-Identifier: MIT
#include "ownershiprules.h"

#include "ownershiptext.h"

namespace sc {

QJsonObject OwnershipOwner::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), typeName()}, {QStringLiteral("identifier"), identifier}};
}

// Code points of `text`; a lone surrogate stays its own value (toUcs4() would replace it).
static QList<char32_t> codePoints(const QString& text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

static bool needsQuotes(const QString& pattern)
{
    if (pattern.isEmpty())
        return true;
    // Sentry's unquoted identifier is Python's `\S+`, which also stops at U+001C–U+001F, U+0085,
    // U+00A0 and the other Unicode spaces: anything Python calls whitespace needs quotes.
    for (char32_t c : codePoints(pattern)) {
        if (ownershiptext::isPythonWhitespace(c) || c == U'"' || c == U'\\' || c < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

static QString quoted(const QString& pattern)
{
    // The parser decodes quoted text with Python's unicode-escape, so escape what that would change.
    QString out = QStringLiteral("\"");
    for (char32_t u : codePoints(pattern)) {
        const QChar c(char16_t(u & 0xffff)); // used only for printable ASCII
        if (u == u'"' || u == u'\\')
            out += QLatin1Char('\\') + c;
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u > 0xffff) // one \U escape, not two surrogate halves (Python keeps those apart)
            out += QStringLiteral("\\U%1").arg(uint(u), 8, 16, QLatin1Char('0'));
        else if (u < 0x20 || u > 0x7e)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
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
