// SPDX-License-Identifier: MIT
#include "ownershipshadowing.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>

namespace sc {

namespace {

// The first index in a sorted list that is greater than `after`, or INT_MAX.
int nextAfter(const QList<int>& sorted, int after)
{
    const auto it = std::upper_bound(sorted.begin(), sorted.end(), after);
    return it == sorted.end() ? std::numeric_limits<int>::max() : *it;
}

// Indexes of one matcher type's rules, each list in rule order.
struct TypeIndex {
    QList<int> valid;
    QList<int> everything;
    QHash<QString, QList<int>> byPattern;
    QHash<QByteArray, QList<int>> literal;    // a literal glob → rules
    QHash<QByteArray, QList<int>> prefixStar; // "P*" → rules (key P)
    QHash<QByteArray, QList<int>> starSuffix; // "*S" → rules (key S)
    QHash<QByteArray, QList<int>> general;    // other star globs, by their first literal part
    QSet<qsizetype> prefixLengths, suffixLengths, generalLengths;
};

// For every key length present, the rules under `text`'s prefix (or suffix) of that length.
template <class Visit>
void forEachAffix(const QByteArray& text, const QHash<QByteArray, QList<int>>& map, const QList<qsizetype>& lengths,
                  bool suffix, Visit visit)
{
    for (qsizetype length : lengths) {
        if (length > text.size())
            break;
        const auto it = map.constFind(suffix ? text.right(length) : text.left(length));
        if (it != map.constEnd())
            visit(*it);
    }
}

QList<qsizetype> sortedLengths(const QSet<qsizetype>& set)
{
    QList<qsizetype> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

bool isGlobRuleType(const OwnershipRule& rule)
{
    return rule.type == QLatin1String("path") || rule.type == QLatin1String("module") || rule.type == QLatin1String("url")
           || (rule.isTagRule() && !rule.tagKey().isEmpty());
}

bool provablySuperset(const OwnershipGlob& later, const OwnershipGlob& earlier)
{
    if (!later.isValid())
        return false;
    if (later.matchesEverything())
        return true;
    if (!earlier.isValid())
        return true; // the earlier glob never matches anything
    const QList<QByteArray> laterParts = later.starParts();
    if (laterParts.isEmpty())
        return false;
    const QList<QByteArray> earlierParts = earlier.starParts();
    if (earlierParts.size() == 1)
        return later.matchesPrepared(earlierParts.first()); // earlier is a literal
    if (laterParts.size() == 2 && laterParts.at(1).isEmpty())
        return earlier.requiredPrefix().startsWith(laterParts.at(0));
    if (laterParts.size() == 2 && laterParts.at(0).isEmpty())
        return earlier.requiredSuffix().endsWith(laterParts.at(1));
    return false;
}

QList<ShadowFinding> findShadowingPairwise(const QList<OwnershipRule>& rules, const std::vector<OwnershipGlob>& globs)
{
    QList<ShadowFinding> out(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!isGlobRuleType(rules.at(i)))
            continue;
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            if (rules.at(j).type != rules.at(i).type)
                continue;
            const bool same = rules.at(i).pattern == rules.at(j).pattern;
            if (same || provablySuperset(globs[size_t(j)], globs[size_t(i)])) {
                out[i] = {int(j), same};
                break;
            }
        }
    }
    return out;
}

QList<ShadowFinding> findShadowing(const QList<OwnershipRule>& rules, const std::vector<OwnershipGlob>& globs,
                                   bool* complete, qint64 budget)
{
    if (complete)
        *complete = true;
    QHash<QString, TypeIndex> byType;
    std::vector<QList<QByteArray>> parts(size_t(rules.size()));
    for (int j = 0; j < int(rules.size()); ++j) {
        const OwnershipRule& rule = rules.at(j);
        if (!isGlobRuleType(rule))
            continue;
        TypeIndex& index = byType[rule.type];
        const OwnershipGlob& glob = globs[size_t(j)];
        index.byPattern[rule.pattern].append(j);
        if (!glob.isValid())
            continue;
        index.valid.append(j);
        if (glob.matchesEverything()) {
            index.everything.append(j);
            continue;
        }
        parts[size_t(j)] = glob.starParts();
        const QList<QByteArray>& p = parts[size_t(j)];
        if (p.size() == 1) {
            index.literal[p.at(0)].append(j);
        } else if (p.size() == 2 && p.at(1).isEmpty()) {
            index.prefixStar[p.at(0)].append(j);
            index.prefixLengths.insert(p.at(0).size());
        } else if (p.size() == 2 && p.at(0).isEmpty()) {
            index.starSuffix[p.at(1)].append(j);
            index.suffixLengths.insert(p.at(1).size());
        } else if (p.size() >= 2) {
            index.general[p.at(0)].append(j);
            index.generalLengths.insert(p.at(0).size());
        }
    }
    QHash<QString, std::array<QList<qsizetype>, 3>> lengths;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        lengths.insert(it.key(), {sortedLengths(it->prefixLengths), sortedLengths(it->suffixLengths),
                                  sortedLengths(it->generalLengths)});

    QList<ShadowFinding> out(rules.size());
    for (int i = 0; i < int(rules.size()); ++i) {
        const OwnershipRule& rule = rules.at(i);
        if (!isGlobRuleType(rule))
            continue;
        const TypeIndex& index = byType[rule.type];
        const auto& [prefixLengths, suffixLengths, generalLengths] = lengths[rule.type];
        const OwnershipGlob& glob = globs[size_t(i)];
        const int same = nextAfter(index.byPattern.value(rule.pattern), i);
        int best = std::min(same, nextAfter(index.everything, i));
        auto consider = [&](const QList<int>& sorted) { best = std::min(best, nextAfter(sorted, i)); };
        if (!glob.isValid()) {
            consider(index.valid);
        } else if (!glob.matchesEverything()) {
            const QList<QByteArray> own = parts[size_t(i)].isEmpty() ? glob.starParts() : parts[size_t(i)];
            const bool isLiteral = own.size() == 1;
            const QByteArray prefix = isLiteral ? own.at(0) : glob.requiredPrefix();
            const QByteArray suffix = isLiteral ? own.at(0) : glob.requiredSuffix();
            forEachAffix(prefix, index.prefixStar, prefixLengths, false, consider);
            forEachAffix(suffix, index.starSuffix, suffixLengths, true, consider);
            if (isLiteral) {
                consider(index.literal.value(own.at(0)));
                // General star globs that could match this literal start with one of its prefixes;
                // only those are matched, in rule order, until the first match before `best`.
                forEachAffix(prefix, index.general, generalLengths, false, [&](const QList<int>& sorted) {
                    for (auto it = std::upper_bound(sorted.begin(), sorted.end(), i); it != sorted.end() && *it < best; ++it) {
                        if (budget-- <= 0) {
                            if (complete)
                                *complete = false;
                            return;
                        }
                        if (globs[size_t(*it)].matchesPrepared(own.at(0))) {
                            best = *it;
                            return;
                        }
                    }
                });
            }
        }
        if (best != std::numeric_limits<int>::max())
            out[i] = {best, best == same};
    }
    return out;
}

} // namespace sc
