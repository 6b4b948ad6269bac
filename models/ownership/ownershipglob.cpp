// SPDX-License-Identifier: MIT
#include "ownershipglob.h"

#include "ownershiptext.h"
#include "tr.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>
#include <cstring>
#include <string_view>

namespace sc {

namespace {

// ---- globset's parser (glob.rs), token for token -------------------------------------------

struct Token {
    enum Kind { Literal, Any, ZeroOrMore, RecursivePrefix, RecursiveSuffix, RecursiveZeroOrMore, Class, Alternates };
    Kind kind = Literal;
    char32_t ch = 0;
    bool negated = false;
    std::vector<std::pair<char32_t, char32_t>> ranges;
    std::vector<std::vector<Token>> alternates;
};
using Tokens = std::vector<Token>;

class GlobParser
{
public:
    GlobParser(std::u32string chars, bool backslashEscape) : m_chars(std::move(chars)), m_escape(backslashEscape)
    {
        m_stack.emplace_back();
    }

    // Returns false with m_error set when globset's GlobBuilder::build() fails.
    bool parse(Tokens* out)
    {
        while (bump()) {
            const char32_t c = *m_cur;
            bool ok = true;
            switch (c) {
            case U'?': ok = push(tok(Token::Any)); break;
            case U'*': ok = parseStar(); break;
            case U'[': ok = parseClass(); break;
            case U'{': ok = pushAlternate(); break;
            case U'}': ok = popAlternate(); break;
            case U',': ok = parseComma(); break;
            case U'\\': ok = parseBackslash(); break;
            default: ok = push(literal(c));
            }
            if (!ok)
                return false;
        }
        if (m_stack.empty())
            return error(Tr::tr("'}' without a matching '{'"));
        if (m_stack.size() > 1)
            return error(Tr::tr("'{' is never closed"));
        *out = std::move(m_stack.back());
        return true;
    }

    QString m_error;

private:
    static Token tok(Token::Kind kind)
    {
        Token t;
        t.kind = kind;
        return t;
    }
    static Token literal(char32_t c)
    {
        Token t;
        t.kind = Token::Literal;
        t.ch = c;
        return t;
    }
    static bool isSeparator(char32_t c) { return c == U'/'; }

    bool error(const QString& text)
    {
        m_error = text;
        return false;
    }

    bool bump()
    {
        m_prev = m_cur;
        if (m_pos < m_chars.size())
            m_cur = m_chars[m_pos++];
        else
            m_cur.reset();
        return m_cur.has_value();
    }
    std::optional<char32_t> peek() const
    {
        if (m_pos < m_chars.size())
            return m_chars[m_pos];
        return std::nullopt;
    }

    bool push(Token t)
    {
        if (m_stack.empty())
            return error(Tr::tr("'}' without a matching '{'"));
        m_stack.back().push_back(std::move(t));
        return true;
    }

    bool pushAlternate()
    {
        if (m_stack.size() > 1)
            return error(Tr::tr("alternatives '{…}' cannot be nested"));
        m_stack.emplace_back();
        return true;
    }

    bool popAlternate()
    {
        Token t = tok(Token::Alternates);
        while (m_stack.size() >= 2) {
            t.alternates.push_back(std::move(m_stack.back()));
            m_stack.pop_back();
        }
        return push(std::move(t));
    }

    bool parseComma()
    {
        if (m_stack.size() <= 1)
            return push(literal(U','));
        m_stack.emplace_back();
        return true;
    }

    bool parseBackslash()
    {
        if (m_escape) {
            if (!bump())
                return error(Tr::tr("the pattern ends with a lone '\\'"));
            return push(literal(*m_cur));
        }
        return push(literal(U'\\'));
    }

    bool parseStar()
    {
        const std::optional<char32_t> prev = m_prev;
        if (peek() != std::optional<char32_t>(U'*'))
            return push(tok(Token::ZeroOrMore));
        bump();
        if (m_stack.empty())
            return error(Tr::tr("'}' without a matching '{'"));
        if (m_stack.back().empty()) {
            const std::optional<char32_t> next = peek();
            if (next && !isSeparator(*next)) {
                return push(tok(Token::ZeroOrMore)) && push(tok(Token::ZeroOrMore));
            }
            if (!push(tok(Token::RecursivePrefix)))
                return false;
            bump();
            return true;
        }
        if (!(prev && isSeparator(*prev))) {
            if (m_stack.size() <= 1 || (prev != std::optional<char32_t>(U',') && prev != std::optional<char32_t>(U'{')))
                return push(tok(Token::ZeroOrMore)) && push(tok(Token::ZeroOrMore));
        }
        bool isSuffix = false;
        const std::optional<char32_t> next = peek();
        if (!next) {
            bump();
            isSuffix = true;
        } else if ((*next == U',' || *next == U'}') && m_stack.size() >= 2) {
            isSuffix = true;
        } else if (isSeparator(*next)) {
            bump();
            isSuffix = false;
        } else {
            return push(tok(Token::ZeroOrMore)) && push(tok(Token::ZeroOrMore));
        }
        Token last = std::move(m_stack.back().back());
        m_stack.back().pop_back();
        if (last.kind == Token::RecursivePrefix || last.kind == Token::RecursiveSuffix)
            return push(std::move(last));
        return push(tok(isSuffix ? Token::RecursiveSuffix : Token::RecursiveZeroOrMore));
    }

    bool parseClass()
    {
        Token t = tok(Token::Class);
        if (peek() == std::optional<char32_t>(U'!') || peek() == std::optional<char32_t>(U'^')) {
            bump();
            t.negated = true;
        }
        bool first = true;
        bool inRange = false;
        auto addToLastRange = [&](char32_t c) {
            auto& r = t.ranges.back();
            r.second = c;
            if (r.second < r.first)
                return error(Tr::tr("the character range '%1-%2' is reversed")
                                 .arg(QString::fromUcs4(&r.first, 1), QString::fromUcs4(&r.second, 1)));
            return true;
        };
        for (;;) {
            if (!bump())
                return error(Tr::tr("'[' is never closed"));
            const char32_t c = *m_cur;
            if (c == U']') {
                if (first)
                    t.ranges.emplace_back(U']', U']');
                else
                    break;
            } else if (c == U'-') {
                if (first) {
                    t.ranges.emplace_back(U'-', U'-');
                } else if (inRange) {
                    if (!addToLastRange(U'-'))
                        return false;
                    inRange = false;
                } else {
                    inRange = true;
                }
            } else {
                if (inRange) {
                    if (!addToLastRange(c))
                        return false;
                } else {
                    t.ranges.emplace_back(c, c);
                }
                inRange = false;
            }
            first = false;
        }
        if (inRange)
            t.ranges.emplace_back(U'-', U'-');
        return push(std::move(t));
    }

    std::u32string m_chars;
    size_t m_pos = 0;
    bool m_escape = true;
    std::optional<char32_t> m_prev;
    std::optional<char32_t> m_cur;
    std::vector<Tokens> m_stack;
};

// ---- byte NFA equivalent to the regex globset emits (bytes mode, dot matches newline) -------

using ByteSet = std::array<uint64_t, 4>;

bool setHas(const ByteSet& s, uint8_t b)
{
    return (s[b >> 6] >> (b & 63)) & 1u;
}
void setAdd(ByteSet& s, uint8_t b)
{
    s[b >> 6] |= uint64_t(1) << (b & 63);
}

QByteArray utf8Of(char32_t c)
{
    return QString::fromUcs4(&c, 1).toUtf8();
}

struct Nfa {
    struct Node {
        int set = -1;   // >= 0: consume one byte in sets[set], then go to next; -1: epsilon node
        int next = -1;
        std::vector<int> eps;
    };
    std::vector<Node> nodes; // node 0 = accept
    std::vector<ByteSet> sets;
    int start = 0;
    bool caseInsensitive = false;

    Nfa() { nodes.emplace_back(); }

    int addSet(const ByteSet& s, int next)
    {
        sets.push_back(s);
        Node n;
        n.set = int(sets.size()) - 1;
        n.next = next;
        nodes.push_back(std::move(n));
        return int(nodes.size()) - 1;
    }
    int addSplit(std::vector<int> outs)
    {
        Node n;
        n.eps = std::move(outs);
        nodes.push_back(std::move(n));
        return int(nodes.size()) - 1;
    }
    ByteSet single(uint8_t b) const
    {
        ByteSet s{};
        setAdd(s, b);
        if (caseInsensitive && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')))
            setAdd(s, uint8_t(b ^ 0x20));
        return s;
    }
    static ByteSet all()
    {
        ByteSet s;
        s.fill(~uint64_t(0));
        return s;
    }
    int bytes(const QByteArray& b, int next)
    {
        for (qsizetype i = b.size() - 1; i >= 0; --i)
            next = addSet(single(uint8_t(b.at(i))), next);
        return next;
    }
    // `.*` followed by `next`
    int anyStar(int next)
    {
        const int loop = addSplit({});
        const int body = addSet(all(), loop);
        nodes[size_t(loop)].eps = {body, next};
        return loop;
    }
    ByteSet classSet(const Token& t) const
    {
        // globset writes each range end as its escaped UTF-8 bytes inside one regex class, so a
        // multi-byte character contributes its bytes separately: "[é]" is the class {0xC3, 0xA9}.
        ByteSet s{};
        for (const auto& r : t.ranges) {
            const QByteArray lo = utf8Of(r.first);
            if (r.first == r.second) {
                for (char b : lo)
                    setAdd(s, uint8_t(b));
                continue;
            }
            const QByteArray hi = utf8Of(r.second);
            // "<lo bytes>-<hi bytes>": all bytes but the last of lo are single, then the range
            // lo.last-hi.first, then the rest of hi.
            for (qsizetype i = 0; i + 1 < lo.size(); ++i)
                setAdd(s, uint8_t(lo.at(i)));
            const uint8_t a = uint8_t(lo.back());
            const uint8_t b = uint8_t(hi.front());
            for (int v = a; v <= b; ++v)
                setAdd(s, uint8_t(v));
            for (qsizetype i = 1; i < hi.size(); ++i)
                setAdd(s, uint8_t(hi.at(i)));
        }
        if (caseInsensitive) {
            for (int c = 'a'; c <= 'z'; ++c) {
                if (setHas(s, uint8_t(c)) || setHas(s, uint8_t(c - 32))) {
                    setAdd(s, uint8_t(c));
                    setAdd(s, uint8_t(c - 32));
                }
            }
        }
        if (t.negated) {
            for (auto& w : s)
                w = ~w;
        }
        return s;
    }

    int compile(const Tokens& tokens, int next)
    {
        for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
            next = compileToken(*it, next);
        return next;
    }

    int compileToken(const Token& t, int next)
    {
        switch (t.kind) {
        case Token::Literal: return bytes(utf8Of(t.ch), next);
        case Token::Any: return addSet(all(), next);
        case Token::ZeroOrMore: return anyStar(next);
        case Token::RecursivePrefix: { // (?:/?|.*/)
            const int slashThenNext = addSet(single('/'), next);
            const int optSlash = addSplit({slashThenNext, next});
            const int starSlash = anyStar(addSet(single('/'), next));
            return addSplit({optSlash, starSlash});
        }
        case Token::RecursiveSuffix: // /.*
            return addSet(single('/'), anyStar(next));
        case Token::RecursiveZeroOrMore: { // (?:/|/.*/)
            const int a = addSet(single('/'), next);
            const int b = addSet(single('/'), anyStar(addSet(single('/'), next)));
            return addSplit({a, b});
        }
        case Token::Class: return addSet(classSet(t), next);
        case Token::Alternates: {
            std::vector<int> outs;
            for (const Tokens& alt : t.alternates) {
                if (!alt.empty()) // globset drops empty alternatives (empty_alternates is off)
                    outs.push_back(compile(alt, next));
            }
            if (outs.empty())
                return next;
            return addSplit(std::move(outs));
        }
        }
        return next;
    }

    // A DFA over byte classes, built once from the NFA by subset construction when it stays
    // small (one table step per byte instead of a set of NFA states). Same language by construction.
    std::array<uint8_t, 256> byteClass{};
    int classCount = 0;
    std::vector<int32_t> dfa; // state * classCount + class → next state, -1 = no match possible
    std::vector<uint8_t> dfaAccept;

    void closure(int s, std::vector<int>& out, std::vector<uint8_t>& seen) const
    {
        if (seen[size_t(s)])
            return;
        seen[size_t(s)] = 1;
        const Node& n = nodes[size_t(s)];
        if (n.set < 0 && s != 0) {
            for (int e : n.eps)
                closure(e, out, seen);
            return;
        }
        out.push_back(s);
    }

    void buildDfa(size_t maxStates = 512)
    {
        std::map<std::vector<bool>, int> signatures;
        std::vector<uint8_t> representative;
        for (int b = 0; b < 256; ++b) {
            std::vector<bool> signature(sets.size());
            for (size_t i = 0; i < sets.size(); ++i)
                signature[i] = setHas(sets[i], uint8_t(b));
            const auto [it, added] = signatures.emplace(std::move(signature), int(signatures.size()));
            if (added)
                representative.push_back(uint8_t(b));
            byteClass[size_t(b)] = uint8_t(it->second);
        }
        classCount = int(signatures.size());
        std::map<std::vector<int>, int> ids;
        std::vector<std::vector<int>> states;
        std::vector<uint8_t> seen(nodes.size());
        auto intern = [&](std::vector<int> set) -> int {
            std::sort(set.begin(), set.end());
            const auto it = ids.find(set);
            if (it != ids.end())
                return it->second;
            if (states.size() >= maxStates)
                return -2;
            ids.emplace(set, int(states.size()));
            states.push_back(std::move(set));
            return int(states.size()) - 1;
        };
        std::vector<int> first;
        closure(start, first, seen);
        intern(std::move(first));
        std::vector<int32_t> table;
        for (size_t state = 0; state < states.size(); ++state) {
            for (int c = 0; c < classCount; ++c) {
                std::fill(seen.begin(), seen.end(), 0);
                std::vector<int> next;
                for (int s : states[state]) {
                    const Node& n = nodes[size_t(s)];
                    if (n.set >= 0 && setHas(sets[size_t(n.set)], representative[size_t(c)]))
                        closure(n.next, next, seen);
                }
                const int id = next.empty() ? -1 : intern(std::move(next));
                if (id == -2)
                    return; // too many states: keep the NFA
                table.push_back(id);
            }
        }
        dfaAccept.clear();
        for (const std::vector<int>& set : states)
            dfaAccept.push_back(std::find(set.begin(), set.end(), 0) != set.end());
        dfa = std::move(table);
    }

    bool run(const uint8_t* data, size_t size) const
    {
        if (!dfa.empty()) {
            int32_t state = 0;
            for (size_t i = 0; i < size; ++i) {
                state = dfa[size_t(state) * size_t(classCount) + byteClass[data[i]]];
                if (state < 0)
                    return false;
            }
            return dfaAccept[size_t(state)];
        }
        thread_local std::vector<int> current;
        thread_local std::vector<int> following;
        thread_local std::vector<uint32_t> mark;
        thread_local uint32_t generation = 0;
        if (mark.size() < nodes.size())
            mark.assign(nodes.size() + 64, 0);
        current.clear();
        following.clear();
        auto add = [&](auto&& self, std::vector<int>& list, int s) -> void {
            if (mark[size_t(s)] == generation)
                return;
            mark[size_t(s)] = generation;
            const Node& n = nodes[size_t(s)];
            if (n.set < 0 && s != 0) {
                for (int e : n.eps)
                    self(self, list, e);
                return;
            }
            list.push_back(s);
        };
        if (++generation == 0) {
            std::fill(mark.begin(), mark.end(), 0);
            generation = 1;
        }
        add(add, current, start);
        for (size_t i = 0; i < size; ++i) {
            if (++generation == 0) {
                std::fill(mark.begin(), mark.end(), 0);
                generation = 1;
            }
            following.clear();
            const uint8_t b = data[i];
            for (int s : current) {
                const Node& n = nodes[size_t(s)];
                if (n.set >= 0 && setHas(sets[size_t(n.set)], b))
                    add(add, following, n.next);
            }
            if (following.empty())
                return false;
            current.swap(following);
        }
        for (int s : current) {
            if (s == 0)
                return true;
        }
        return false;
    }
};

// Literal segments separated by `.*`: the common shapes ("src/**", "*.py", "*/api/*") matched
// without the NFA. Exact because `.*` matches any bytes here.
struct StarPattern {
    std::vector<QByteArray> parts; // parts.size() == stars + 1; parts may be empty
    bool any = false;              // valid

    bool match(const char* v, size_t n) const
    {
        if (parts.size() == 1)
            return size_t(parts[0].size()) == n && std::memcmp(v, parts[0].constData(), n) == 0;
        const QByteArray& first = parts.front();
        const QByteArray& last = parts.back();
        if (size_t(first.size() + last.size()) > n)
            return false;
        if (std::memcmp(v, first.constData(), size_t(first.size())) != 0)
            return false;
        if (std::memcmp(v + n - size_t(last.size()), last.constData(), size_t(last.size())) != 0)
            return false;
        size_t pos = size_t(first.size());
        const size_t end = n - size_t(last.size());
        const std::string_view hay(v, end);
        for (size_t i = 1; i + 1 < parts.size(); ++i) {
            const QByteArray& p = parts[i];
            if (p.isEmpty())
                continue;
            const size_t found = hay.find(std::string_view(p.constData(), size_t(p.size())), pos);
            if (found == std::string_view::npos)
                return false;
            pos = found + size_t(p.size());
        }
        return true;
    }
};

bool toStarPattern(const Tokens& tokens, StarPattern* out)
{
    out->parts.assign(1, QByteArray());
    for (const Token& t : tokens) {
        switch (t.kind) {
        case Token::Literal: out->parts.back() += utf8Of(t.ch); break;
        case Token::ZeroOrMore: out->parts.emplace_back(); break;
        case Token::RecursiveSuffix:
            out->parts.back() += '/';
            out->parts.emplace_back();
            break;
        default: return false;
        }
    }
    out->any = true;
    return true;
}

} // namespace

// ---- OwnershipGlob -----------------------------------------------------------------------

struct OwnershipGlob::Impl {
    QString pattern;
    Flavor flavor = Flavor::Path;
    bool valid = false;
    QString problem;
    bool everything = false;
    StarPattern star;
    Nfa nfa;
    QByteArray prefix;
    QByteArray suffix;
};

OwnershipGlob::OwnershipGlob() : d(std::make_unique<Impl>()) {}
OwnershipGlob::~OwnershipGlob() = default;
OwnershipGlob::OwnershipGlob(const OwnershipGlob& other) : d(std::make_unique<Impl>(*other.d)) {}
OwnershipGlob& OwnershipGlob::operator=(const OwnershipGlob& other)
{
    if (this != &other)
        d = std::make_unique<Impl>(*other.d);
    return *this;
}
OwnershipGlob::OwnershipGlob(OwnershipGlob&&) noexcept = default;
OwnershipGlob& OwnershipGlob::operator=(OwnershipGlob&&) noexcept = default;

QByteArray OwnershipGlob::prepareValue(const QString& value, Flavor flavor)
{
    if (flavor == Flavor::Tag)
        return value.toUtf8();
    QByteArray bytes = ownershiptext::pythonLower(value).toUtf8();
    if (flavor == Flavor::Path)
        bytes.replace('\\', '/');
    return bytes;
}

OwnershipGlob::OwnershipGlob(const QString& pattern, Flavor flavor) : d(std::make_unique<Impl>())
{
    d->pattern = pattern;
    d->flavor = flavor;
    QString p = flavor == Flavor::Tag ? pattern : ownershiptext::pythonLower(pattern);
    if (flavor == Flavor::Path)
        p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QList<uint> ucs4 = p.toUcs4();
    std::u32string chars;
    chars.reserve(size_t(ucs4.size()));
    for (uint c : ucs4)
        chars.push_back(char32_t(c));
    GlobParser parser(std::move(chars), /*backslashEscape=*/true);
    Tokens tokens;
    if (!parser.parse(&tokens)) {
        d->problem = parser.m_error;
        return;
    }
    d->valid = true;
    const bool wholeRecursive = tokens.size() == 1 && tokens[0].kind == Token::RecursivePrefix;
    if (wholeRecursive) {
        // globset special case: a glob that is just "**" matches everything.
        tokens.clear();
        tokens.push_back(Token{Token::ZeroOrMore, 0, false, {}, {}});
    }
    d->everything = !tokens.empty();
    for (const Token& t : tokens)
        d->everything = d->everything && t.kind == Token::ZeroOrMore;
    for (const Token& t : tokens) {
        if (t.kind != Token::Literal)
            break;
        d->prefix += utf8Of(t.ch);
    }
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->kind != Token::Literal)
            break;
        d->suffix.prepend(utf8Of(it->ch));
    }
    if (!toStarPattern(tokens, &d->star)) {
        d->nfa.caseInsensitive = flavor != Flavor::Tag;
        d->nfa.start = d->nfa.compile(tokens, 0);
        d->nfa.buildDfa();
    }
}

bool OwnershipGlob::isValid() const { return d->valid; }
QString OwnershipGlob::problem() const { return d->problem; }
OwnershipGlob::Flavor OwnershipGlob::flavor() const { return d->flavor; }
QString OwnershipGlob::pattern() const { return d->pattern; }
QByteArray OwnershipGlob::requiredPrefix() const { return d->prefix; }
QByteArray OwnershipGlob::requiredSuffix() const { return d->suffix; }
bool OwnershipGlob::matchesEverything() const { return d->valid && d->everything; }
QList<QByteArray> OwnershipGlob::starParts() const
{
    if (!d->valid || !d->star.any)
        return {};
    return QList<QByteArray>(d->star.parts.begin(), d->star.parts.end());
}

bool OwnershipGlob::matchesPrepared(const QByteArray& prepared) const
{
    if (!d->valid)
        return false;
    if (d->everything)
        return true;
    const size_t n = size_t(prepared.size());
    if (size_t(d->prefix.size()) > n || size_t(d->suffix.size()) > n)
        return false;
    if (std::memcmp(prepared.constData(), d->prefix.constData(), size_t(d->prefix.size())) != 0)
        return false;
    if (std::memcmp(prepared.constData() + n - size_t(d->suffix.size()), d->suffix.constData(), size_t(d->suffix.size())) != 0)
        return false;
    if (d->star.any)
        return d->star.match(prepared.constData(), n);
    return d->nfa.run(reinterpret_cast<const uint8_t*>(prepared.constData()), n);
}

// ---- CodeownersPattern ---------------------------------------------------------------------

struct CodeownersPattern::Impl {
    QRegularExpression re;
    QString source;
    bool valid = false;
};

static QString translateCodeowners(const QString& pattern)
{
    // relay-cabi codeowners.rs, translate_codeowners_pattern.
    if (pattern.startsWith(QLatin1Char('\\')))
        return QStringLiteral("\\\\(?:\\z|/)");
    const QByteArray utf8 = pattern.toUtf8();
    const qsizetype firstSlash = utf8.indexOf('/');
    const bool anchored = firstSlash >= 0 && firstSlash != utf8.size() - 1;
    QString regex = anchored ? QStringLiteral("\\A") : QStringLiteral("(?:\\A|/)");
    const bool matchesDir = pattern.endsWith(QLatin1Char('/'));
    QString p = pattern;
    if (matchesDir) {
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
    }
    const qsizetype byteLength = p.toUtf8().size();
    const bool trailingSlashStar = byteLength > 1 && p.endsWith(QLatin1String("/*"));
    const QList<uint> chars = p.toUcs4();
    auto at = [&](qsizetype i) -> uint { return i >= 0 && i < chars.size() ? chars.at(i) : 0; };
    std::optional<int> skip;
    for (qsizetype index = 0; index < chars.size(); ++index) {
        const uint ch = chars.at(index);
        if (index == 0 && anchored && p.startsWith(QLatin1Char('/'))) {
            regex += QStringLiteral("/?");
            continue;
        }
        if (skip) {
            skip = *skip - 1;
            if (*skip > 0)
                continue;
        }
        if (ch == '*') {
            if (at(index + 1) == '*') {
                const bool leftAnchored = index == 0;
                const bool leadingSlash = index > 0 && at(index - 1) == '/';
                const bool rightAnchored = index + 2 == byteLength; // relay compares a char index with a byte length
                const bool trailingSlash = at(index + 2) == '/';
                if ((leftAnchored || leadingSlash) && (rightAnchored || trailingSlash)) {
                    if (trailingSlash) {
                        regex += QStringLiteral("(?:[^\\n]*/)?");
                        skip = 3;
                    } else {
                        regex += QStringLiteral("[^\\n]*");
                        skip = 2;
                    }
                    continue;
                }
            }
            regex += QStringLiteral("[^/]*");
        } else if (ch == '?') {
            regex += QStringLiteral("[^/]");
        } else {
            const char32_t c = char32_t(ch);
            regex += QRegularExpression::escape(QString::fromUcs4(&c, 1));
        }
    }
    if (matchesDir)
        regex += QLatin1Char('/');
    else if (trailingSlashStar)
        regex += QStringLiteral("\\z");
    else
        regex += QStringLiteral("(?:\\z|/)");
    return regex;
}

CodeownersPattern::CodeownersPattern() : d(std::make_unique<Impl>()) {}
CodeownersPattern::CodeownersPattern(const QString& pattern) : d(std::make_unique<Impl>())
{
    d->source = translateCodeowners(pattern);
    d->re = QRegularExpression(d->source);
    d->valid = d->re.isValid();
    if (d->valid)
        d->re.optimize();
}
CodeownersPattern::~CodeownersPattern() = default;
CodeownersPattern::CodeownersPattern(const CodeownersPattern& other) : d(std::make_unique<Impl>(*other.d)) {}
CodeownersPattern& CodeownersPattern::operator=(const CodeownersPattern& other)
{
    if (this != &other)
        d = std::make_unique<Impl>(*other.d);
    return *this;
}
CodeownersPattern::CodeownersPattern(CodeownersPattern&&) noexcept = default;
CodeownersPattern& CodeownersPattern::operator=(CodeownersPattern&&) noexcept = default;

bool CodeownersPattern::isValid() const { return d->valid; }
QString CodeownersPattern::regexPattern() const { return d->source; }
bool CodeownersPattern::matches(const QString& value) const
{
    return d->valid && d->re.match(value).hasMatch();
}

} // namespace sc
