// SPDX-License-Identifier: MIT
#include "ownershipmatcher.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <mutex>
#include <optional>
#include <span>
#include <climits>
#include <array>
#include <vector>

namespace sc {

namespace {

enum class Kind { Path, Module, Url, Codeowners, Tag, Never };

struct CompiledRule {
    Kind kind = Kind::Never;
    OwnershipGlob glob;
    CodeownersPattern codeowners;
    QString tagKey;
    bool userField = false; // tags.user.<field>
};

// Candidate index over the glob rules of one value family: a rule goes to the trie of its literal
// prefix, else of its literal suffix (reversed), else to the bucket of a 3-byte piece it must
// contain, else to the list tested every time. Only candidates run the full matcher.
class GlobIndex
{
public:
    void add(int rule, const OwnershipGlob& glob, const QByteArray& mustContain)
    {
        if (!glob.isValid())
            return; // never matches
        // A long literal prefix is the sharpest key; otherwise a rare 3-byte piece of the longest
        // literal beats a common suffix such as ".py".
        if (glob.requiredPrefix().size() >= 4 || (!glob.requiredPrefix().isEmpty() && mustContain.size() < 3)) {
            insert(m_prefix, glob.requiredPrefix(), false, rule);
        } else if (mustContain.size() < 3 && !glob.requiredSuffix().isEmpty()) {
            insert(m_suffix, glob.requiredSuffix(), true, rule);
        } else if (mustContain.size() >= 3) {
            m_pending.append({rule, mustContain});
            for (qsizetype i = 0; i + 3 <= mustContain.size(); ++i)
                ++m_trigramUse[trigram(mustContain.constData() + i)];
        } else {
            m_always.append(rule);
        }
    }

    // Puts each pending rule under the least shared 3-byte piece of its literal.
    void finish()
    {
        for (const auto& [rule, literal] : m_pending) {
            quint32 best = trigram(literal.constData());
            int bestUse = INT_MAX;
            for (qsizetype i = 0; i + 3 <= literal.size(); ++i) {
                const quint32 key = trigram(literal.constData() + i);
                const int use = m_trigramUse.value(key);
                if (use < bestUse) {
                    bestUse = use;
                    best = key;
                }
            }
            m_trigrams[best].append(rule);
            m_bloom[(best * 2654435761u) >> 12 & (BloomBits - 1)] = true;
            m_hasTrigrams = true;
        }
        m_pending.clear();
        m_trigramUse.clear();
    }

    template <class F>
    void candidates(const QByteArray& value, F&& visit) const
    {
        walk(m_prefix, value, false, visit);
        walk(m_suffix, value, true, visit);
        for (int r : m_always)
            visit(r);
        if (m_hasTrigrams && value.size() >= 3) {
            const char* p = value.constData();
            for (qsizetype i = 0; i + 3 <= value.size(); ++i) {
                const quint32 key = trigram(p + i);
                if (!m_bloom[(key * 2654435761u) >> 12 & (BloomBits - 1)])
                    continue;
                const auto it = m_trigrams.constFind(key);
                if (it != m_trigrams.constEnd()) {
                    for (int r : *it)
                        visit(r);
                }
            }
        }
    }

private:
    static constexpr quint32 BloomBits = 1u << 20;
    struct Node {
        std::vector<std::pair<uint8_t, int>> kids;
        std::vector<int> rules;
    };
    static quint32 trigram(const char* p)
    {
        return quint32(uint8_t(p[0])) << 16 | quint32(uint8_t(p[1])) << 8 | quint32(uint8_t(p[2]));
    }
    static void insert(std::vector<Node>& trie, const QByteArray& key, bool reversed, int rule)
    {
        if (trie.empty())
            trie.emplace_back();
        int node = 0;
        for (qsizetype i = 0; i < key.size(); ++i) {
            const uint8_t b = uint8_t(key.at(reversed ? key.size() - 1 - i : i));
            int next = -1;
            for (const auto& [byte, child] : trie[size_t(node)].kids) {
                if (byte == b) {
                    next = child;
                    break;
                }
            }
            if (next < 0) {
                trie.emplace_back();
                next = int(trie.size()) - 1;
                trie[size_t(node)].kids.emplace_back(b, next);
            }
            node = next;
        }
        trie[size_t(node)].rules.push_back(rule);
    }
    template <class F>
    static void walk(const std::vector<Node>& trie, const QByteArray& value, bool reversed, F& visit)
    {
        if (trie.empty())
            return;
        int node = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const uint8_t b = uint8_t(value.at(reversed ? value.size() - 1 - i : i));
            int next = -1;
            for (const auto& [byte, child] : trie[size_t(node)].kids) {
                if (byte == b) {
                    next = child;
                    break;
                }
            }
            if (next < 0)
                return;
            node = next;
            for (int r : trie[size_t(node)].rules)
                visit(r);
        }
    }

    std::vector<Node> m_prefix;
    std::vector<Node> m_suffix;
    QHash<quint32, QList<int>> m_trigrams;
    QList<std::pair<int, QByteArray>> m_pending;
    QHash<quint32, int> m_trigramUse;
    std::vector<bool> m_bloom = std::vector<bool>(BloomBits, false);
    bool m_hasTrigrams = false;
    QList<int> m_always;
};

// The longest literal run of a pattern outside any wildcard (every match contains it). Computed on
// the prepared pattern text, conservatively: stops at any glob syntax character.
QByteArray longestLiteral(const QString& pattern, OwnershipGlob::Flavor flavor)
{
    const QByteArray prepared = OwnershipGlob::prepareValue(pattern, flavor);
    if (prepared.contains('{') || prepared.contains('\\'))
        return {}; // alternation or escapes: keep it simple and safe
    QByteArray best;
    QByteArray current;
    bool inClass = false;
    for (char c : prepared) {
        if (inClass) {
            if (c == ']')
                inClass = false;
            continue;
        }
        if (c == '*' || c == '?' || c == '[' || c == ',' || c == '}') {
            if (current.size() > best.size())
                best = current;
            current.clear();
            inClass = c == '[';
            continue;
        }
        current += c;
    }
    if (current.size() > best.size())
        best = current;
    // A '/' next to "**" may be folded into the recursive token ("a/**/b" also matches "a/b").
    while (best.startsWith('/'))
        best.remove(0, 1);
    while (best.endsWith('/'))
        best.chop(1);
    return best;
}

// Which rules a value matches (bounded: starts over past MaxEntries values). An open-addressing
// table of flat slots over two arenas (the values' UTF-16 text and the rule lists): a lookup reads
// one slot and one run of text, where node-based maps chased three pointers (a third of replay's
// time went to those cache misses), and dropping it frees three blocks instead of 100,000.
class MemoTable
{
public:
    // The rules `value` matches, or null when it was not seen.
    std::optional<std::span<const int>> find(size_t hash, QStringView value) const
    {
        if (m_slots.empty())
            return std::nullopt;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0)
                return std::nullopt;
            if (slot.hash == tag(hash) && slot.valueLen == size_t(value.size())
                && std::equal(value.begin(), value.end(), m_text.begin() + slot.valueAt))
                return std::span<const int>(m_hits.data() + slot.hitsAt, slot.hitsLen);
        }
    }

    void insert(size_t hash, QStringView value, const std::vector<int>& hits)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        size_t i = hash & m_mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{tag(hash), uint32_t(m_text.size()), uint32_t(value.size()), uint32_t(m_hits.size()),
                          uint32_t(hits.size())};
        m_text.insert(m_text.end(), value.begin(), value.end());
        m_hits.insert(m_hits.end(), hits.begin(), hits.end());
        ++m_used;
    }

private:
    struct Slot {
        size_t hash = 0; // 0: empty
        uint32_t valueAt = 0, valueLen = 0, hitsAt = 0, hitsLen = 0;
    };
    static size_t tag(size_t hash) { return hash | 1; }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & m_mask;
            while (m_slots[i].hash != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_used = 0;
    std::vector<QChar> m_text;
    std::vector<int> m_hits;
};

struct ValueMemo {
    static constexpr qsizetype MaxEntries = 100000;
    qsizetype entries = 0;
    MemoTable path; // filename, abs_path, munged filename
    MemoTable module;
    MemoTable url;
    QHash<QString, MemoTable> tags; // tag key → value → rules
};

} // namespace

struct OwnershipMatcher::Impl {
    OwnershipRules rules;
    std::vector<CompiledRule> compiled;
    GlobIndex pathIndex;
    GlobIndex moduleIndex;
    GlobIndex urlIndex;
    QList<int> codeownersRules;
    QHash<QString, QList<int>> tagRules; // key → rules (aliases resolved at lookup)
    QHash<QString, std::shared_ptr<GlobIndex>> tagIndex; // key → index of its rules' globs
    QList<int> userFieldRules;
    QList<OwnershipOwner> owners;              // each distinct owner once
    std::vector<std::vector<int>> ruleOwners;  // rule → indices into owners, as written
    mutable std::mutex memoMutex;
    mutable ValueMemo memo;
};

OwnershipMatcher::OwnershipMatcher() : d(std::make_unique<Impl>()) {}
OwnershipMatcher::~OwnershipMatcher() = default;
OwnershipMatcher::OwnershipMatcher(OwnershipMatcher&&) noexcept = default;
OwnershipMatcher& OwnershipMatcher::operator=(OwnershipMatcher&&) noexcept = default;

OwnershipMatcher::OwnershipMatcher(const OwnershipRules& rules) : d(std::make_unique<Impl>())
{
    d->rules = rules;
    d->compiled.resize(size_t(rules.rules.size()));
    d->ruleOwners.resize(size_t(rules.rules.size()));
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        for (const OwnershipOwner& o : rules.rules.at(i).owners) {
            qsizetype at = d->owners.indexOf(o);
            if (at < 0) {
                at = d->owners.size();
                d->owners.append(o);
            }
            d->ruleOwners[size_t(i)].push_back(int(at));
        }
    }
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        const OwnershipRule& rule = rules.rules.at(i);
        CompiledRule& c = d->compiled[size_t(i)];
        const int index = int(i);
        if (rule.type == QLatin1String("path") || rule.type == QLatin1String("module")) {
            c.kind = rule.type == QLatin1String("path") ? Kind::Path : Kind::Module;
            c.glob = OwnershipGlob(rule.pattern, OwnershipGlob::Flavor::Path);
            (c.kind == Kind::Path ? d->pathIndex : d->moduleIndex)
                .add(index, c.glob, longestLiteral(rule.pattern, OwnershipGlob::Flavor::Path));
        } else if (rule.type == QLatin1String("url")) {
            c.kind = Kind::Url;
            c.glob = OwnershipGlob(rule.pattern, OwnershipGlob::Flavor::Url);
            d->urlIndex.add(index, c.glob, longestLiteral(rule.pattern, OwnershipGlob::Flavor::Url));
        } else if (rule.type == QLatin1String("codeowners")) {
            c.kind = Kind::Codeowners;
            c.codeowners = CodeownersPattern(rule.pattern);
            d->codeownersRules.append(index);
        } else if (rule.type.startsWith(QLatin1String("tags."))) {
            c.kind = Kind::Tag;
            c.tagKey = rule.type.mid(5);
            c.glob = OwnershipGlob(rule.pattern, OwnershipGlob::Flavor::Tag);
            d->tagRules[c.tagKey].append(index);
            std::shared_ptr<GlobIndex>& tagIndex = d->tagIndex[c.tagKey];
            if (!tagIndex)
                tagIndex = std::make_shared<GlobIndex>();
            tagIndex->add(index, c.glob, longestLiteral(rule.pattern, OwnershipGlob::Flavor::Tag));
            if (c.tagKey.startsWith(QLatin1String("user."))) {
                c.userField = true;
                d->userFieldRules.append(index);
            }
        }
    }
    d->pathIndex.finish();
    d->moduleIndex.finish();
    d->urlIndex.finish();
    for (const std::shared_ptr<GlobIndex>& index : std::as_const(d->tagIndex))
        index->finish();
}

const OwnershipRules& OwnershipMatcher::rules() const
{
    return d->rules;
}

const OwnershipGlob* OwnershipMatcher::globOf(int rule) const
{
    if (rule < 0 || size_t(rule) >= d->compiled.size())
        return nullptr;
    const CompiledRule& c = d->compiled[size_t(rule)];
    return (c.kind == Kind::Path || c.kind == Kind::Module || c.kind == Kind::Url || c.kind == Kind::Tag) ? &c.glob : nullptr;
}

QJsonObject OwnershipMatchResult::toJson() const
{
    QJsonArray ownerArray;
    for (const OwnershipOwner& o : owners)
        ownerArray.append(o.toJson());
    QJsonArray ruleArray;
    for (int r : rules)
        ruleArray.append(r);
    return QJsonObject{{QStringLiteral("owners"), ownerArray}, {QStringLiteral("rules"), ruleArray}};
}

static QString sentryAlias(const QString& tagKey)
{
    if (tagKey == QLatin1String("sentry:release"))
        return QStringLiteral("release");
    if (tagKey == QLatin1String("sentry:dist"))
        return QStringLiteral("dist");
    if (tagKey == QLatin1String("sentry:user"))
        return QStringLiteral("user");
    return {};
}

bool OwnershipMatcher::ruleMatches(int rule, const OwnershipEvent& event, OwnershipMatchReason* reason) const
{
    if (rule < 0 || size_t(rule) >= d->compiled.size())
        return false;
    const CompiledRule& c = d->compiled[size_t(rule)];
    OwnershipMatchReason r;
    r.rule = rule;
    auto found = [&](const QString& source, const QString& key, const QString& value, int frame) {
        r.source = source;
        r.key = key;
        r.value = value;
        r.frame = frame;
        if (reason)
            *reason = r;
        return true;
    };
    switch (c.kind) {
    case Kind::Path:
    case Kind::Codeowners:
        for (qsizetype i = 0; i < event.frames.size(); ++i) {
            const OwnershipFrame& f = event.frames.at(i);
            if (c.kind == Kind::Codeowners && f.inApp == std::optional<bool>(false))
                continue;
            const std::pair<const char*, const QString*> values[] = {
                {"filename", &f.filename}, {"abs_path", &f.absPath}, {"munged_filename", &f.mungedFilename}};
            for (const auto& [name, value] : values) {
                if (value->isEmpty())
                    continue;
                const bool hit = c.kind == Kind::Path ? c.glob.matches(*value) : c.codeowners.matches(*value);
                if (hit)
                    return found(QLatin1String(name), {}, *value, int(i));
            }
        }
        return false;
    case Kind::Module:
        for (qsizetype i = 0; i < event.frames.size(); ++i) {
            const QString& m = event.frames.at(i).module;
            if (!m.isEmpty() && c.glob.matches(m))
                return found(QStringLiteral("module"), {}, m, int(i));
        }
        return false;
    case Kind::Url:
        if (!event.url.isEmpty() && c.glob.matches(event.url))
            return found(QStringLiteral("url"), {}, event.url, -1);
        return false;
    case Kind::Tag:
        if (c.userField) {
            for (const auto& [k, v] : event.userFields) {
                if (c.tagKey.endsWith(QLatin1Char('.') + k) && c.glob.matches(v))
                    return found(QStringLiteral("user"), k, v, -1);
            }
        }
        for (const auto& [k, v] : event.tags) {
            if ((k == c.tagKey || sentryAlias(k) == c.tagKey) && c.glob.matches(v))
                return found(QStringLiteral("tag"), k, v, -1);
        }
        return false;
    case Kind::Never: return false;
    }
    return false;
}

OwnershipMatchResult OwnershipMatcher::match(const OwnershipEvent& event, bool explain) const
{
    const size_t n = d->compiled.size();
    thread_local std::vector<uint8_t> matched;
    matched.assign(n, 0);
    int count = 0;
    auto mark = [&](int r) {
        if (!matched[size_t(r)]) {
            matched[size_t(r)] = 1;
            ++count;
        }
    };

    // Which rules each value matches, remembered by the matcher: stack frames, URLs and tags
    // repeat across the events of a replay, so each distinct value runs the index and the globs
    // once. Another thread matching at the same time goes without the memo (never waits).
    // Candidates can repeat (a trigram seen twice): a stamp dedupes them.
    std::unique_lock<std::mutex> memoLock(d->memoMutex, std::try_to_lock);
    ValueMemo* memo = memoLock.owns_lock() ? &d->memo : nullptr;
    if (memo && memo->entries > ValueMemo::MaxEntries)
        *memo = ValueMemo{};
    thread_local std::vector<uint32_t> stamp;
    thread_local uint32_t generation = 0;
    thread_local std::vector<int> scratch;
    if (stamp.size() < n)
        stamp.assign(n, 0);
    auto hitsOf = [&](MemoTable* table, const QString& value, const GlobIndex& index,
                      OwnershipGlob::Flavor flavor) -> std::span<const int> {
        const size_t hash = qHash(value);
        if (table) {
            if (const std::optional<std::span<const int>> hits = table->find(hash, value))
                return *hits;
        }
        if (++generation == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            generation = 1;
        }
        std::vector<int>& hits = scratch;
        hits.clear();
        const QByteArray prepared = OwnershipGlob::prepareValue(value, flavor);
        index.candidates(prepared, [&](int r) {
            if (stamp[size_t(r)] == generation)
                return;
            stamp[size_t(r)] = generation;
            if (d->compiled[size_t(r)].glob.matchesPrepared(prepared))
                hits.push_back(r);
        });
        if (table) {
            ++memo->entries;
            table->insert(hash, value, hits);
        }
        return std::span<const int>(hits);
    };
    auto testValues = [&](MemoTable* table, const GlobIndex& index, const QString& value) {
        if (value.isEmpty())
            return;
        for (int r : hitsOf(table, value, index, OwnershipGlob::Flavor::Path))
            mark(r);
    };
    for (const OwnershipFrame& f : event.frames) {
        testValues(memo ? &memo->path : nullptr, d->pathIndex, f.filename);
        testValues(memo ? &memo->path : nullptr, d->pathIndex, f.absPath);
        testValues(memo ? &memo->path : nullptr, d->pathIndex, f.mungedFilename);
        testValues(memo ? &memo->module : nullptr, d->moduleIndex, f.module);
    }
    for (int r : d->codeownersRules) {
        if (ruleMatches(r, event))
            mark(r);
    }
    if (!event.url.isEmpty()) {
        for (int r : hitsOf(memo ? &memo->url : nullptr, event.url, d->urlIndex, OwnershipGlob::Flavor::Url))
            mark(r);
    }
    if (!d->tagRules.isEmpty()) {
        for (const auto& [k, v] : event.tags) {
            for (const QString& key : {k, sentryAlias(k)}) {
                if (key.isEmpty())
                    continue;
                const auto it = d->tagIndex.constFind(key);
                if (it == d->tagIndex.constEnd())
                    continue;
                for (int r : hitsOf(memo ? &memo->tags[key] : nullptr, v, **it, OwnershipGlob::Flavor::Tag))
                    mark(r);
            }
        }
        for (int r : d->userFieldRules) {
            if (!matched[size_t(r)] && ruleMatches(r, event))
                mark(r);
        }
    }

    OwnershipMatchResult result;
    if (count == 0)
        return result;
    // Owners rule by rule in file order, de-duplicated through their index in the owner table.
    thread_local std::vector<uint32_t> ownerStamp;
    thread_local uint32_t ownerGeneration = 0;
    if (ownerStamp.size() < size_t(d->owners.size()))
        ownerStamp.assign(size_t(d->owners.size()), 0);
    if (++ownerGeneration == 0) {
        std::fill(ownerStamp.begin(), ownerStamp.end(), 0);
        ownerGeneration = 1;
    }
    result.rules.reserve(count);
    for (size_t i = n; i-- > 0;) {
        if (matched[i])
            result.rules.append(int(i)); // ranked like Sentry: the last matching rule first
    }
    for (size_t i = 0; i < n; ++i) {
        if (!matched[i])
            continue;
        for (int owner : d->ruleOwners[i]) {
            if (ownerStamp[size_t(owner)] != ownerGeneration) {
                ownerStamp[size_t(owner)] = ownerGeneration;
                result.owners.append(d->owners.at(owner));
            }
        }
        if (explain) {
            OwnershipMatchReason reason;
            ruleMatches(int(i), event, &reason);
            result.reasons.append(reason);
        }
    }
    return result;
}

} // namespace sc
