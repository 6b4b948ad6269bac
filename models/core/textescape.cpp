// SPDX-License-Identifier: MIT
#include "textescape.h"

#include <QList>

namespace sc {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool mustEscape(char32_t c, LineBreaks lineBreaks)
{
    if (lineBreaks == LineBreaks::Keep && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c)
           || (c >= 0xD800 && c <= 0xDFFF); // a lone surrogate (QStringView::toUcs4 passes it through)
}

QString escaped(char32_t c)
{
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

bool hasControls(const QString& text, LineBreaks lineBreaks)
{
    for (const char32_t c : text.toUcs4()) {
        if (mustEscape(c, lineBreaks))
            return true;
    }
    return false;
}

QString escapeControls(const QString& text, LineBreaks lineBreaks)
{
    if (!hasControls(text, lineBreaks))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        if (mustEscape(c, lineBreaks))
            out += escaped(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace sc
