// SPDX-License-Identifier: MIT
#include "fuzzymatch.h"

namespace sc {

namespace {
bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text[i - 1];
    return !before.isLetterOrNumber() || (before.isLower() && text[i].isUpper());
}
} // namespace

int fuzzyScore(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return 0;
    int score = 0;
    qsizetype t = 0;
    qsizetype previous = -2;
    for (qsizetype p = 0; p < pattern.size(); ++p) {
        const QChar wanted = pattern[p].toLower();
        if (wanted.isSpace())
            continue;
        // Prefer a word-start occurrence ahead over the first plain one, as people type initials.
        qsizetype found = -1;
        qsizetype firstPlain = -1;
        for (qsizetype i = t; i < text.size(); ++i) {
            if (text[i].toLower() != wanted)
                continue;
            if (i == previous + 1 || isWordStart(text, i)) {
                found = i;
                break;
            }
            if (firstPlain < 0)
                firstPlain = i;
        }
        if (found < 0)
            found = firstPlain;
        if (found < 0)
            return -1;
        score += 1;
        if (found == previous + 1)
            score += 5;
        if (isWordStart(text, found))
            score += 8;
        if (found == 0)
            score += 10;
        previous = found;
        t = found + 1;
    }
    return score * 100 - int(qMin<qsizetype>(text.size(), 99));
}

} // namespace sc
