// SPDX-License-Identifier: MIT
#include "ownershiphighlighter.h"

#include "ownershipparser.h"

namespace sc {

OwnershipHighlighter::OwnershipHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void OwnershipHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat comment;
    comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    comment.setFontItalic(true);
    QTextCharFormat matcher;
    matcher.setForeground(QColor(0x6f, 0x42, 0xc1));
    matcher.setFontWeight(QFont::Bold);
    QTextCharFormat pattern;
    pattern.setForeground(QColor(0x03, 0x2f, 0x62));
    QTextCharFormat team;
    team.setForeground(QColor(0x22, 0x86, 0x3a));
    team.setFontWeight(QFont::Bold);
    QTextCharFormat user;
    user.setForeground(QColor(0xb3, 0x5a, 0x00));

    // Each block is one line; parse it on its own (the grammar is line-based for what colours need).
    const qsizetype lead = text.size() - QStringView(text).trimmed().size() == 0 ? 0 : text.indexOf(QLatin1Char('#'));
    Q_UNUSED(lead);
    qsizetype first = 0;
    while (first < text.size() && text.at(first) == QLatin1Char(' '))
        ++first;
    if (first < text.size() && text.at(first) == QLatin1Char('#')) {
        setFormat(int(first), int(text.size() - first), comment);
        return;
    }
    const OwnershipParseOutcome parsed = parseOwnershipDetailed(text);
    for (const OwnershipRule& rule : parsed.rules.rules) {
        if (rule.typeSpan.length > 0)
            setFormat(int(rule.typeSpan.offset), int(rule.typeSpan.length), matcher);
        setFormat(int(rule.patternSpan.offset), int(rule.patternSpan.length), pattern);
        for (qsizetype i = 0; i < rule.owners.size() && i < rule.ownerSpans.size(); ++i) {
            const OwnershipSpan& s = rule.ownerSpans.at(i);
            setFormat(int(s.offset), int(s.length),
                      rule.owners.at(i).type == OwnershipOwner::Type::Team ? team : user);
        }
        const qsizetype end = rule.span.offset + rule.span.length;
        const qsizetype hash = text.indexOf(QLatin1Char('#'), end);
        if (hash >= 0 && text.mid(end, hash - end).trimmed().isEmpty())
            setFormat(int(hash), int(text.size() - hash), comment);
    }
}

} // namespace sc
