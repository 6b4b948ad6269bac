// SPDX-License-Identifier: MIT
#include "ownershipparser.h"

#include "ownershiptext.h"
#include "tr.h"

namespace sc {

namespace {

using ownershiptext::isPythonWhitespace;

// A PEG parser that follows parsimonious' evaluation of Sentry's grammar step by step:
//   ownership = line*
//   line      = _ (comment / rule / empty) newline?
//   rule      = _ matcher owners
//   matcher   = _ matcher_tag any_identifier ; matcher_tag = (matcher_type sep)?
//   matcher_type = "url" / "path" / "module" / "codeowners" / ~r"tags.[^:]+"
//   owners    = _ owner+ ; owner = _ "#"? ~r"\S+"
//   comment   = ~r"#[^\r\n]*" ; any_identifier = ~r'"([^"\\]*(?:\\.[^"\\]*)*)"' / ~r"\S+"
// Ordered choice and optional parts never backtrack, which is what makes "path: x" fail.
class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text), m_size(text.size()) {}

    OwnershipParseOutcome run()
    {
        OwnershipParseOutcome outcome;
        qsizetype pos = 0;
        while (pos < m_size) {
            std::optional<OwnershipRule> rule;
            const qsizetype end = parseLine(pos, &rule);
            if (rule)
                outcome.rules.rules.append(*rule);
            if (end == pos)
                break;
            pos = end;
        }
        if (pos < m_size)
            outcome.error = makeError(pos);
        return outcome;
    }

private:
    struct Failure {
        qsizetype offset = -1;
        QString reason;
    };

    char32_t codePointAt(qsizetype i, int* units) const
    {
        const QChar c = m_text.at(i);
        if (c.isHighSurrogate() && i + 1 < m_size && m_text.at(i + 1).isLowSurrogate()) {
            *units = 2;
            return QChar::surrogateToUcs4(c, m_text.at(i + 1));
        }
        *units = 1;
        return c.unicode();
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_size && m_text.at(i) == QLatin1Char(' '))
            ++i;
        return i;
    }

    // ~r"\S+": returns the end (== i when nothing matched).
    qsizetype nonSpaceRun(qsizetype i) const
    {
        while (i < m_size) {
            int units = 1;
            if (isPythonWhitespace(codePointAt(i, &units)))
                break;
            i += units;
        }
        return i;
    }

    bool startsWithAt(qsizetype i, QLatin1String literal) const
    {
        return QStringView(m_text).mid(i).startsWith(literal);
    }

    void fail(qsizetype offset, const QString& reason)
    {
        if (offset >= m_failure.offset)
            m_failure = Failure{offset, reason};
    }

    qsizetype parseLine(qsizetype pos, std::optional<OwnershipRule>* rule)
    {
        qsizetype q = skipSpaces(pos);
        if (q < m_size && m_text.at(q) == QLatin1Char('#')) {
            while (q < m_size && m_text.at(q) != QLatin1Char('\r') && m_text.at(q) != QLatin1Char('\n'))
                ++q;
        } else if (const qsizetype end = parseRule(q, rule); end >= 0) {
            q = end;
        }
        if (q < m_size && (m_text.at(q) == QLatin1Char('\r') || m_text.at(q) == QLatin1Char('\n')))
            ++q;
        return q;
    }

    // ~r"tags.[^:]+" at i; returns the end or -1.
    qsizetype eventTag(qsizetype i) const
    {
        if (!startsWithAt(i, QLatin1String("tags")))
            return -1;
        qsizetype j = i + 4;
        if (j >= m_size || m_text.at(j) == QLatin1Char('\n'))
            return -1;
        int units = 1;
        codePointAt(j, &units);
        j += units;
        const qsizetype keyStart = j;
        while (j < m_size && m_text.at(j) != QLatin1Char(':'))
            ++j;
        return j > keyStart ? j : -1;
    }

    // Returns the end of the rule, or -1 (and records why in m_failure).
    qsizetype parseRule(qsizetype start, std::optional<OwnershipRule>* ruleOut)
    {
        OwnershipRule rule;
        qsizetype i = start;
        // matcher_tag
        QString type = QStringLiteral("path");
        qsizetype typeEnd = -1;
        static const QLatin1String literals[] = {QLatin1String("url"), QLatin1String("path"), QLatin1String("module"),
                                                 QLatin1String("codeowners")};
        for (QLatin1String literal : literals) {
            if (startsWithAt(i, literal)) {
                typeEnd = i + literal.size();
                break;
            }
        }
        if (typeEnd < 0)
            typeEnd = eventTag(i);
        if (typeEnd >= 0 && typeEnd < m_size && m_text.at(typeEnd) == QLatin1Char(':')) {
            type = m_text.mid(i, typeEnd - i);
            rule.typeSpan = {i, typeEnd + 1 - i};
            i = typeEnd + 1;
        } else {
            rule.typeSpan = {i, 0};
        }
        // any_identifier
        const qsizetype patternStart = i;
        qsizetype patternEnd = -1;
        if (i < m_size && m_text.at(i) == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < m_size) {
                const QChar c = m_text.at(j);
                if (c == QLatin1Char('"'))
                    break;
                if (c == QLatin1Char('\\')) {
                    if (j + 1 >= m_size || m_text.at(j + 1) == QLatin1Char('\n')) {
                        j = m_size; // `\\.` cannot match: the quoted form fails
                        break;
                    }
                    int units = 1;
                    codePointAt(j + 1, &units);
                    j += 1 + units;
                    continue;
                }
                ++j;
            }
            if (j < m_size) {
                QString decoded;
                QString reason;
                if (!ownershiptext::decodeQuoted(m_text.mid(i + 1, j - i - 1), &decoded, &reason)) {
                    fail(i, reason);
                    return -1;
                }
                rule.pattern = decoded;
                patternEnd = j + 1;
            }
        }
        if (patternEnd < 0) {
            patternEnd = nonSpaceRun(i);
            if (patternEnd == i) {
                if (rule.typeSpan.length > 0)
                    fail(i, Tr::tr("'%1:' must be followed directly by a pattern (no space after the colon)").arg(type));
                else
                    fail(i, whitespaceReason(i, Tr::tr("a pattern")));
                return -1;
            }
            rule.pattern = m_text.mid(i, patternEnd - i);
        }
        rule.type = type;
        rule.patternSpan = {patternStart, patternEnd - patternStart};
        // owners = _ owner+
        i = patternEnd;
        for (;;) {
            const qsizetype ownerStart = skipSpaces(i);
            qsizetype idStart = ownerStart;
            const bool team = idStart < m_size && m_text.at(idStart) == QLatin1Char('#');
            if (team)
                ++idStart;
            const qsizetype idEnd = nonSpaceRun(idStart);
            if (idEnd == idStart) {
                if (rule.owners.isEmpty()) {
                    if (team)
                        fail(idStart, Tr::tr("'#' must be followed by a team slug"));
                    else if (ownerStart >= m_size || m_text.at(ownerStart) == QLatin1Char('\n')
                             || m_text.at(ownerStart) == QLatin1Char('\r'))
                        fail(ownerStart, Tr::tr("the rule has no owners: add #team or a member's email after the pattern"));
                    else
                        fail(ownerStart, whitespaceReason(ownerStart, Tr::tr("an owner")));
                    return -1;
                }
                break;
            }
            QString identifier = m_text.mid(idStart, idEnd - idStart);
            OwnershipOwner owner;
            owner.type = team ? OwnershipOwner::Type::Team : OwnershipOwner::Type::User;
            owner.identifier = team ? identifier : ownershiptext::pythonLower(identifier);
            rule.owners.append(owner);
            rule.ownerSpans.append({ownerStart, idEnd - ownerStart});
            i = idEnd;
        }
        rule.span = {start, i - start};
        rule.line = lineAt(start);
        *ruleOut = rule;
        return i;
    }

    // Editor line of `offset`; offsets only grow during a parse, so this walks the text once.
    int lineAt(qsizetype offset)
    {
        if (offset < m_lineOffset) {
            m_lineOffset = 0;
            m_line = 1;
        }
        for (; m_lineOffset < offset && m_lineOffset < m_size; ++m_lineOffset) {
            const QChar c = m_text.at(m_lineOffset);
            if (c == QLatin1Char('\n')
                || (c == QLatin1Char('\r') && !(m_lineOffset + 1 < m_size && m_text.at(m_lineOffset + 1) == QLatin1Char('\n'))))
                ++m_line;
        }
        return m_line;
    }

    QString whitespaceReason(qsizetype i, const QString& expected) const
    {
        if (i >= m_size)
            return Tr::tr("%1 is missing").arg(expected);
        int units = 1;
        const char32_t c = codePointAt(i, &units);
        if (c == U'\t')
            return Tr::tr("a tab where %1 should start: Sentry separates tokens with spaces only").arg(expected);
        if (c == U'\r' || c == U'\n')
            return Tr::tr("%1 is missing").arg(expected);
        return Tr::tr("the character U+%1 (a kind of white space) where %2 should start: Sentry separates tokens with "
                      "ASCII spaces only")
            .arg(uint(c), 4, 16, QLatin1Char('0'))
            .arg(expected);
    }

    OwnershipSyntaxError makeError(qsizetype pos)
    {
        OwnershipSyntaxError error;
        error.offset = pos;
        sentryLineColumn(m_text, pos, &error.line, &error.column);
        // Re-run the failing line to learn where it broke.
        m_failure = {};
        std::optional<OwnershipRule> ignored;
        const qsizetype q = skipSpaces(pos);
        parseRule(q, &ignored);
        if (m_failure.offset >= 0) {
            error.detailOffset = m_failure.offset;
            error.explanation = m_failure.reason;
        } else {
            // The rule parsed but something other than a line break follows it.
            const qsizetype end = ignored ? ignored->span.offset + ignored->span.length : q;
            error.detailOffset = end;
            error.explanation = whitespaceReason(end, Tr::tr("the next owner"));
        }
        editorLineColumn(m_text, error.detailOffset, &error.detailLine, &error.detailColumn);
        return error;
    }

    const QString& m_text;
    const qsizetype m_size;
    Failure m_failure;
    qsizetype m_lineOffset = 0;
    int m_line = 1;
};

} // namespace

void sentryLineColumn(const QString& text, qsizetype offset, int* line, int* column)
{
    int l = 1;
    qsizetype lastNewline = -1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++l;
            lastNewline = i;
        }
    }
    *line = l;
    // Code points between the last '\n' and the offset.
    const QStringView tail = QStringView(text).mid(lastNewline + 1, offset - lastNewline - 1);
    int count = 0;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        if (!(tail.at(i).isLowSurrogate() && i > 0 && tail.at(i - 1).isHighSurrogate()))
            ++count;
    }
    *column = count + 1;
}

void editorLineColumn(const QString& text, qsizetype offset, int* line, int* column)
{
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))) {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    int count = 0;
    for (qsizetype i = lineStart; i < offset && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > lineStart && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    *column = count + 1;
}

QString OwnershipSyntaxError::sentryMessage() const
{
    return QStringLiteral("Parse error: ownership (line %1, column %2)").arg(line).arg(column);
}

QString OwnershipSyntaxError::message() const
{
    if (explanation.isEmpty())
        return sentryMessage();
    return Tr::tr("%1. Line %2, column %3: %4.").arg(sentryMessage()).arg(detailLine).arg(detailColumn).arg(explanation);
}

OwnershipParseOutcome parseOwnershipDetailed(const QString& text)
{
    return Parser(text).run();
}

Result<OwnershipRules> parseOwnership(const QString& text)
{
    OwnershipParseOutcome outcome = parseOwnershipDetailed(text);
    if (outcome.error) {
        const OwnershipSyntaxError& e = *outcome.error;
        return fail(ErrorKind::Validation, e.message(), QStringLiteral("line %1, column %2").arg(e.line).arg(e.column));
    }
    return std::move(outcome.rules);
}

} // namespace sc
