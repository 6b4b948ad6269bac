// SPDX-License-Identifier: MIT
#include "textdiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <utility>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QStringList splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (lines.last().isEmpty())
        lines.removeLast(); // a trailing newline ends the last line, it does not start another
    return lines;
}

void appendSegment(QList<TextSegment>& segments, const QString& text, bool changed)
{
    if (!segments.isEmpty() && segments.last().changed == changed)
        segments.last().text.append(text);
    else
        segments.append(TextSegment{text, changed});
}

// Runs of letters, digits and '-' / '_' (slugs, globs' words) are tokens; every other character is one.
QStringList tokenize(const QString& line)
{
    QStringList tokens;
    QString word;
    for (const QChar c : line) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-') {
            word.append(c);
            continue;
        }
        if (!word.isEmpty())
            tokens.append(std::exchange(word, QString()));
        tokens.append(QString(c));
    }
    if (!word.isEmpty())
        tokens.append(word);
    return tokens;
}

} // namespace

QList<TextDiffLine> diffLines(const QStringList& before, const QStringList& after)
{
    const std::vector<std::string> a = [&] {
        std::vector<std::string> v;
        for (const QString& s : before)
            v.push_back(s.toStdString());
        return v;
    }();
    const std::vector<std::string> b = [&] {
        std::vector<std::string> v;
        for (const QString& s : after)
            v.push_back(s.toStdString());
        return v;
    }();
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    QList<TextDiffLine> out;
    for (const auto& [elem, info] : diff.getSes().getSequence()) {
        TextDiffLine line;
        line.text = QString::fromStdString(elem);
        switch (info.type) {
        case dtl::SES_ADD:
            line.kind = TextDiffLine::Added;
            line.newLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            line.kind = TextDiffLine::Removed;
            line.oldLine = int(info.beforeIdx);
            break;
        default:
            line.kind = TextDiffLine::Context;
            line.oldLine = int(info.beforeIdx);
            line.newLine = int(info.afterIdx);
            break;
        }
        out.append(line);
    }
    // dtl may list an insertion before the deletion it replaces; readers expect "-old" then "+new".
    for (qsizetype i = 0; i < out.size();) {
        if (out.at(i).kind == TextDiffLine::Context) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < out.size() && out.at(end).kind != TextDiffLine::Context)
            ++end;
        std::stable_sort(out.begin() + i, out.begin() + end, [](const TextDiffLine& a, const TextDiffLine& b) {
            return a.kind == TextDiffLine::Removed && b.kind == TextDiffLine::Added;
        });
        i = end;
    }
    return out;
}

QString unifiedDiff(const QString& before, const QString& after, const QString& beforeName, const QString& afterName,
                    int context)
{
    const QList<TextDiffLine> lines = diffLines(splitLines(before), splitLines(after));
    QList<int> changed;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind != TextDiffLine::Context)
            changed.append(i);
    }
    if (changed.isEmpty())
        return {};
    QString out = u"--- %1\n+++ %2\n"_s.arg(beforeName, afterName);
    int i = 0;
    while (i < changed.size()) {
        const int start = std::max(0, changed.at(i) - context);
        int end = changed.at(i);
        // Hunks whose contexts touch become one.
        while (i + 1 < changed.size() && changed.at(i + 1) - end <= 2 * context + 1)
            end = changed.at(++i);
        end = std::min(int(lines.size()) - 1, end + context);
        ++i;
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        // Line numbers before the hunk: count what precedes it.
        for (int k = 0; k < start; ++k) {
            if (lines.at(k).kind != TextDiffLine::Added)
                ++oldStart;
            if (lines.at(k).kind != TextDiffLine::Removed)
                ++newStart;
        }
        QString body;
        for (int k = start; k <= end; ++k) {
            const TextDiffLine& line = lines.at(k);
            const QChar mark = line.kind == TextDiffLine::Added ? u'+' : line.kind == TextDiffLine::Removed ? u'-' : u' ';
            if (line.kind != TextDiffLine::Added)
                ++oldCount;
            if (line.kind != TextDiffLine::Removed)
                ++newCount;
            body += mark + line.text + u'\n';
        }
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(oldCount ? oldStart + 1 : oldStart).arg(oldCount)
                   .arg(newCount ? newStart + 1 : newStart).arg(newCount);
        out += body;
    }
    return out;
}

QPair<QList<TextSegment>, QList<TextSegment>> intraLineDiff(const QString& before, const QString& after)
{
    // Words, not characters: "#platform-eng" → "#payments" marks "platform-eng", not scattered letters.
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    std::vector<std::string> ta, tb;
    for (const QString& t : a)
        ta.push_back(t.toStdString());
    for (const QString& t : b)
        tb.push_back(t.toStdString());
    dtl::Diff<std::string, std::vector<std::string>> diff(ta, tb);
    diff.compose();
    QList<TextSegment> left, right;
    for (const auto& [elem, info] : diff.getSes().getSequence()) {
        const QString token = QString::fromStdString(elem);
        if (info.type == dtl::SES_DELETE)
            appendSegment(left, token, true);
        else if (info.type == dtl::SES_ADD)
            appendSegment(right, token, true);
        else {
            appendSegment(left, token, false);
            appendSegment(right, token, false);
        }
    }
    return {left, right};
}

QList<SideBySideRow> sideBySideDiff(const QString& before, const QString& after)
{
    const QList<TextDiffLine> lines = diffLines(splitLines(before), splitLines(after));
    QList<SideBySideRow> rows;
    int i = 0;
    while (i < lines.size()) {
        if (lines.at(i).kind == TextDiffLine::Context) {
            const TextDiffLine& line = lines.at(i++);
            rows.append(SideBySideRow{SideBySideRow::Same, line.oldLine, line.newLine, {TextSegment{line.text, false}},
                                      {TextSegment{line.text, false}}});
            continue;
        }
        // A block of removals followed by additions pairs up line by line as changes.
        QList<TextDiffLine> removed, added;
        while (i < lines.size() && lines.at(i).kind == TextDiffLine::Removed)
            removed.append(lines.at(i++));
        while (i < lines.size() && lines.at(i).kind == TextDiffLine::Added)
            added.append(lines.at(i++));
        const qsizetype n = std::max(removed.size(), added.size());
        for (qsizetype k = 0; k < n; ++k) {
            SideBySideRow row;
            if (k < removed.size() && k < added.size()) {
                row.kind = SideBySideRow::Changed;
                row.oldLine = removed.at(k).oldLine;
                row.newLine = added.at(k).newLine;
                std::tie(row.left, row.right) = intraLineDiff(removed.at(k).text, added.at(k).text);
            } else if (k < removed.size()) {
                row.kind = SideBySideRow::Removed;
                row.oldLine = removed.at(k).oldLine;
                row.left = {TextSegment{removed.at(k).text, true}};
            } else {
                row.kind = SideBySideRow::Added;
                row.newLine = added.at(k).newLine;
                row.right = {TextSegment{added.at(k).text, true}};
            }
            rows.append(row);
        }
    }
    return rows;
}

} // namespace sc
