// SPDX-License-Identifier: MIT
#include "threewaymerge.h"
#include "changecompare.h"
#include "jsonio.h"
#include "textdiff.h"

#include <QJsonObject>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

// Every base line's index in the other text when the diff keeps it, else -1.
std::vector<qsizetype> keptLines(const QStringList& base, const QStringList& other)
{
    std::vector<qsizetype> kept(size_t(base.size()), -1);
    for (const TextDiffLine& line : diffLines(base, other)) {
        if (line.kind == TextDiffLine::Context && line.oldLine > 0 && line.newLine > 0)
            kept[size_t(line.oldLine - 1)] = line.newLine - 1;
    }
    return kept;
}

QStringList slice(const QStringList& lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from);
}

bool isIdListKey(const QString& key)
{
    return key.endsWith("Ids"_L1) || key.endsWith("_ids"_L1);
}

bool isSetLikeKey(const QString& key)
{
    static const QSet<QString> keys = {u"conditions"_s, u"actions"_s, u"filters"_s, u"actionFilters"_s,
                                       u"action_filters"_s, u"triggers"_s, u"eventTypes"_s, u"event_types"_s,
                                       u"projects"_s, u"dataSources"_s, u"data_sources"_s};
    return isIdListKey(key) || keys.contains(key);
}

QString joinPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Raw values (what gets written) walk alongside their normalized forms (what gets compared).
struct Side {
    QJsonValue raw;
    QJsonValue norm;
    Side child(const QString& key) const { return {raw.toObject().value(key), norm.toObject().value(key)}; }
};

QJsonValue mergeValue(TargetType type, const QString& path, const QString& key, const Side& b, const Side& m,
                      const Side& t, QList<MergeConflict>& conflicts)
{
    if (m.norm == b.norm)
        return t.raw;
    if (t.norm == b.norm || m.norm == t.norm)
        return m.raw;
    if (m.raw.isObject() && t.raw.isObject()) {
        const QJsonObject mo = m.raw.toObject(), to = t.raw.toObject();
        QStringList keys = to.keys();
        for (const QString& k : mo.keys())
            if (!keys.contains(k))
                keys.append(k);
        for (const QString& k : b.raw.toObject().keys())
            if (!keys.contains(k))
                keys.append(k);
        QJsonObject out;
        for (const QString& k : std::as_const(keys)) {
            const QJsonValue v = mergeValue(type, joinPath(path, k), k, b.child(k), m.child(k), t.child(k), conflicts);
            if (!v.isUndefined())
                out.insert(k, v);
        }
        return out;
    }
    if (isSetLikeKey(key) && m.raw.isArray() && t.raw.isArray())
        return isIdListKey(key) ? mergeIdList(b.raw, m.raw, t.raw) : mergeSets(b.raw, m.raw, t.raw);
    if (type == TargetType::Ownership && key == "raw"_L1 && path == key && !m.raw.isObject() && !t.raw.isObject()) {
        const TextMerge text = mergeTextLines(b.raw.toString(), m.raw.toString(), t.raw.toString());
        if (!text.clean())
            conflicts.append({path, b.raw, m.raw, t.raw});
        return text.text;
    }
    conflicts.append({path, b.raw, m.raw, t.raw});
    return m.raw;
}

} // namespace

TextMerge mergeTextLines(const QString& base, const QString& mine, const QString& theirs)
{
    // Split on every '\n' (a trailing newline is an empty last line) so joining gives the text back.
    const QStringList b = base.split(u'\n'), m = mine.split(u'\n'), t = theirs.split(u'\n');
    const std::vector<qsizetype> inMine = keptLines(b, m), inTheirs = keptLines(b, t);
    QStringList out;
    TextMerge result;
    qsizetype i = 0, a = 0, c = 0;
    while (true) {
        // The next base line both sides kept ("stable"); the hunks before it are resolved together.
        qsizetype j = i;
        while (j < b.size() && !(inMine[size_t(j)] >= 0 && inTheirs[size_t(j)] >= 0))
            ++j;
        const qsizetype aEnd = j < b.size() ? inMine[size_t(j)] : m.size();
        const qsizetype cEnd = j < b.size() ? inTheirs[size_t(j)] : t.size();
        if (j == i && aEnd == a && cEnd == c) {
            if (j == b.size())
                break;
            out.append(b.at(j));
            i = j + 1, a = aEnd + 1, c = cEnd + 1;
            continue;
        }
        const QStringList baseHunk = slice(b, i, j), mineHunk = slice(m, a, aEnd), theirsHunk = slice(t, c, cEnd);
        if (mineHunk == baseHunk) {
            out.append(theirsHunk);
        } else if (theirsHunk == baseHunk || mineHunk == theirsHunk) {
            out.append(mineHunk);
        } else if (baseHunk.isEmpty()) {
            // Both inserted here and removed nothing: keep both, lines already in theirs once.
            out.append(theirsHunk);
            for (const QString& line : mineHunk)
                if (!theirsHunk.contains(line))
                    out.append(line);
        } else {
            ++result.conflicts;
            out.append(kConflictMine.toString());
            out.append(mineHunk);
            out.append(kConflictSeparator.toString());
            out.append(theirsHunk);
            out.append(kConflictTheirs.toString());
        }
        i = j, a = aEnd, c = cEnd;
    }
    result.text = out.join(u'\n');
    return result;
}

bool hasConflictMarkers(const QString& text)
{
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line == kConflictMine || line == kConflictSeparator || line == kConflictTheirs)
            return true;
    }
    return false;
}

QJsonArray mergeSets(const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs)
{
    QSet<QByteArray> inBase, inMine, taken;
    for (const QJsonValue& v : base.toArray())
        inBase.insert(canonicalJson(v));
    for (const QJsonValue& v : mine.toArray())
        inMine.insert(canonicalJson(v));
    QJsonArray out;
    for (const QJsonValue& v : theirs.toArray()) {
        const QByteArray key = canonicalJson(v);
        if ((inBase.contains(key) && !inMine.contains(key)) || taken.contains(key))
            continue; // mine removed it (or a duplicate)
        taken.insert(key);
        out.append(v);
    }
    for (const QJsonValue& v : mine.toArray()) {
        const QByteArray key = canonicalJson(v);
        if (inBase.contains(key) || taken.contains(key))
            continue;
        taken.insert(key);
        out.append(v);
    }
    return out;
}

JsonMerge mergeJson(TargetType type, const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs)
{
    const Side b{base, normalizeForCompare(base, type)};
    const Side m{mine, normalizeForCompare(mine, type)};
    const Side t{theirs, normalizeForCompare(theirs, type)};
    JsonMerge out;
    out.merged = mergeValue(type, {}, {}, b, m, t, out.conflicts);
    return out;
}

QJsonValue withValueAt(const QJsonValue& root, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString key = dot < 0 ? path : path.left(dot);
    QJsonObject object = root.toObject();
    const QJsonValue child =
        dot < 0 ? value : withValueAt(object.value(key), path.mid(dot + 1), value);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

} // namespace sc
