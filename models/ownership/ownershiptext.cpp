// SPDX-License-Identifier: MIT
#include "ownershiptext.h"

#include "tr.h"

#include <QList>

namespace sc::ownershiptext {

bool isPythonWhitespace(char32_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
           || c == 0x202f || c == 0x205f || c == 0x3000;
}

QString pythonLower(const QString& text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    QString lower = text.toLower();
    // Qt lower-cases every capital sigma to σ; Python uses ς at the end of a word.
    if (!text.contains(QChar(0x03a3)) || lower.size() != text.size())
        return lower;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() != 0x03a3)
            continue;
        const bool casedBefore = i > 0 && text.at(i - 1).isLetter();
        const bool casedAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
        if (casedBefore && !casedAfter)
            lower[i] = QChar(0x03c2);
    }
    return lower;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool decodeQuoted(const QString& inner, QString* decoded, QString* reason)
{
    // Step 1: encode("ascii", "backslashreplace").
    QByteArray ascii;
    ascii.reserve(inner.size());
    const QList<uint> codePoints = inner.toUcs4();
    for (uint cp : codePoints) {
        if (cp < 0x80)
            ascii.append(char(cp));
        else if (cp < 0x100)
            ascii.append(QStringLiteral("\\x%1").arg(cp, 2, 16, QLatin1Char('0')).toLatin1());
        else if (cp < 0x10000)
            ascii.append(QStringLiteral("\\u%1").arg(cp, 4, 16, QLatin1Char('0')).toLatin1());
        else
            ascii.append(QStringLiteral("\\U%1").arg(cp, 8, 16, QLatin1Char('0')).toLatin1());
    }
    // Step 2: decode("unicode-escape").
    QList<char32_t> out;
    out.reserve(ascii.size());
    const qsizetype n = ascii.size();
    qsizetype i = 0;
    auto fixedHex = [&](int digits, char32_t* value) {
        if (i + digits > n)
            return false;
        char32_t v = 0;
        for (int k = 0; k < digits; ++k) {
            const int h = hexValue(ascii.at(i + k));
            if (h < 0)
                return false;
            v = v * 16 + char32_t(h);
        }
        i += digits;
        *value = v;
        return true;
    };
    while (i < n) {
        const char c = ascii.at(i++);
        if (c != '\\') {
            out.append(char32_t(uchar(c)));
            continue;
        }
        if (i >= n) {
            *reason = Tr::tr("the quoted pattern ends with a lone backslash");
            return false;
        }
        const char e = ascii.at(i++);
        switch (e) {
        case '\n': break;
        case '\\': out.append(U'\\'); break;
        case '\'': out.append(U'\''); break;
        case '"': out.append(U'"'); break;
        case 'a': out.append(0x07); break;
        case 'b': out.append(0x08); break;
        case 'f': out.append(0x0c); break;
        case 'n': out.append(0x0a); break;
        case 'r': out.append(0x0d); break;
        case 't': out.append(0x09); break;
        case 'v': out.append(0x0b); break;
        case 'x':
        case 'u':
        case 'U': {
            char32_t v = 0;
            const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (!fixedHex(digits, &v)) {
                *reason = Tr::tr("the quoted pattern has a truncated \\%1 escape").arg(QLatin1Char(e));
                return false;
            }
            if (v > 0x10ffff) {
                *reason = Tr::tr("the quoted pattern has an escape beyond the last Unicode character");
                return false;
            }
            out.append(v);
            break;
        }
        case 'N':
            *reason = Tr::tr("named \\N{…} escapes are not supported in quoted patterns");
            return false;
        default:
            if (e >= '0' && e <= '7') {
                char32_t v = char32_t(e - '0');
                for (int k = 0; k < 2 && i < n && ascii.at(i) >= '0' && ascii.at(i) <= '7'; ++k)
                    v = v * 8 + char32_t(ascii.at(i++) - '0');
                out.append(v);
            } else {
                // Python keeps unknown escapes as written (with a DeprecationWarning).
                out.append(U'\\');
                out.append(char32_t(uchar(e)));
            }
        }
    }
    *decoded = QString::fromUcs4(out.constData(), out.size());
    return true;
}

} // namespace sc::ownershiptext
