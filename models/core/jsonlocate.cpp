// SPDX-License-Identifier: MIT
#include "jsonlocate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sc {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray& bytes)
        : m_bytes(bytes)
        , m_at(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0) // a byte-order mark, as parseJson() accepts
    {
    }

    std::optional<qsizetype> find(const QList<JsonPathStep>& path)
    {
        for (const JsonPathStep& step : path) {
            skipSpace();
            const bool found = std::holds_alternative<QString>(step) ? enterMember(std::get<QString>(step))
                                                                     : enterElement(std::get<int>(step));
            if (!found)
                return std::nullopt;
        }
        skipSpace();
        return m_at < m_bytes.size() ? std::optional<qsizetype>(m_at) : std::nullopt;
    }

private:
    char peek() const { return m_at < m_bytes.size() ? m_bytes.at(m_at) : '\0'; }

    void skipSpace()
    {
        while (m_at < m_bytes.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    // A string token from its opening quote; m_at ends after the closing one.
    std::optional<QString> string()
    {
        if (peek() != '"')
            return std::nullopt;
        const qsizetype start = m_at++;
        bool escaped = false;
        while (m_at < m_bytes.size()) {
            const char c = m_bytes.at(m_at++);
            if (c == '\\') {
                escaped = true;
                ++m_at;
            } else if (c == '"') {
                const QByteArray token = m_bytes.mid(start, m_at - start);
                if (!escaped)
                    return QString::fromUtf8(token.mid(1, token.size() - 2));
                // Escapes are rare in keys: let Qt's parser decode them.
                const QJsonArray decoded = QJsonDocument::fromJson('[' + token + ']').array();
                return decoded.isEmpty() ? std::nullopt : std::optional<QString>(decoded.first().toString());
            }
        }
        return std::nullopt;
    }

    // Skips one value of any kind; nesting is counted, not recursed.
    bool skipValue()
    {
        int depth = 0;
        do {
            skipSpace();
            const char c = peek();
            if (c == '"') {
                if (!string())
                    return false;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_at;
            } else if (c == '}' || c == ']') {
                if (--depth < 0)
                    return false;
                ++m_at;
            } else if (c == ',' || c == ':') {
                if (depth == 0)
                    return false;
                ++m_at;
            } else if (c == '\0' && m_at >= m_bytes.size()) {
                return false;
            } else {
                while (m_at < m_bytes.size() && !QByteArrayView(",:]} \t\r\n").contains(peek()))
                    ++m_at;
            }
        } while (depth > 0);
        return true;
    }

    bool enterMember(const QString& key)
    {
        if (peek() != '{')
            return false;
        ++m_at;
        for (;;) {
            skipSpace();
            const std::optional<QString> name = string();
            if (!name)
                return false;
            skipSpace();
            if (peek() != ':')
                return false;
            ++m_at;
            if (*name == key)
                return true;
            if (!skipValue())
                return false;
            skipSpace();
            if (peek() != ',')
                return false;
            ++m_at;
        }
    }

    bool enterElement(int index)
    {
        if (peek() != '[' || index < 0)
            return false;
        ++m_at;
        for (int i = 0; i < index; ++i) {
            if (!skipValue())
                return false;
            skipSpace();
            if (peek() != ',')
                return false;
            ++m_at;
        }
        skipSpace();
        return peek() != ']';
    }

    const QByteArray& m_bytes;
    qsizetype m_at;
};

} // namespace

std::optional<int> jsonLineOf(const QByteArray& bytes, const QList<JsonPathStep>& path)
{
    const std::optional<qsizetype> offset = Scanner(bytes).find(path);
    if (!offset)
        return std::nullopt;
    return int(QByteArrayView(bytes).first(*offset).count('\n')) + 1;
}

} // namespace sc
