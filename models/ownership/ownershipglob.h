// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace sc {

// A compiled ownership glob with exactly the behaviour Sentry gets from relay's `glob_match`
// (the `globset` crate in bytes mode, "double star" off, newlines allowed):
//  * `*` matches any run of bytes including '/', `?` exactly one byte, `[...]` one byte of the
//    class's UTF-8 bytes, `{a,b}` alternation, `**` special only as a whole path segment;
//  * a malformed glob (unclosed class or alternation, reversed range, dangling escape, nested
//    alternation) never matches;
//  * Path flavour (path:, module:, codeowners-free): both sides lower-cased (Python's str.lower),
//    '\' treated as '/';  Url flavour: lower-cased, '\' escapes;  Tag flavour: case-sensitive, '\' escapes.
// Compiled once (byte NFA, or a literal/star fast path); matching never allocates.
class OwnershipGlob
{
public:
    enum class Flavor { Path, Url, Tag };

    OwnershipGlob();
    OwnershipGlob(const QString& pattern, Flavor flavor);
    ~OwnershipGlob();
    OwnershipGlob(const OwnershipGlob&);
    OwnershipGlob& operator=(const OwnershipGlob&);
    OwnershipGlob(OwnershipGlob&&) noexcept;
    OwnershipGlob& operator=(OwnershipGlob&&) noexcept;

    // The value as the matcher compares it (lower-cased and '\'→'/' per flavour, UTF-8).
    static QByteArray prepareValue(const QString& value, Flavor flavor);

    bool isValid() const;          // false: malformed, never matches
    QString problem() const;       // why it is malformed (for diagnostics)
    Flavor flavor() const;
    QString pattern() const;

    bool matchesPrepared(const QByteArray& prepared) const;
    bool matches(const QString& value) const { return matchesPrepared(prepareValue(value, flavor())); }

    // Bytes every matching value starts / ends with (for indexes); empty when unknown.
    QByteArray requiredPrefix() const;
    QByteArray requiredSuffix() const;
    // True when the glob matches every value (e.g. "*", "**", "{*,x}").
    bool matchesEverything() const;
    // For globs made only of literal text and `*` (also "a/**" = "a/" + `*`): the literal parts
    // between the stars (parts.size() == stars + 1). Empty for other globs.
    QList<QByteArray> starParts() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// A CODEOWNERS pattern as relay's `is_codeowners_path_match` translates it (case-sensitive,
// segment-aware, unanchored search). Compiled once.
class CodeownersPattern
{
public:
    CodeownersPattern();
    explicit CodeownersPattern(const QString& pattern);
    ~CodeownersPattern();
    CodeownersPattern(const CodeownersPattern&);
    CodeownersPattern& operator=(const CodeownersPattern&);
    CodeownersPattern(CodeownersPattern&&) noexcept;
    CodeownersPattern& operator=(CodeownersPattern&&) noexcept;

    bool isValid() const;
    bool matches(const QString& value) const;
    QString regexPattern() const; // the translated expression, for "why" explanations and tests

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sc
