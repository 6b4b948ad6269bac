// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sc {

// One owner of a rule as Sentry stores it: `#slug` → team "slug" (case kept), anything else → user
// (lower-cased by the parser, like Sentry).
struct OwnershipOwner {
    enum class Type { Team, User };
    Type type = Type::User;
    QString identifier;

    QString typeName() const { return type == Type::Team ? QStringLiteral("team") : QStringLiteral("user"); }
    QString display() const { return type == Type::Team ? QLatin1Char('#') + identifier : identifier; }
    QJsonObject toJson() const;
    friend bool operator==(const OwnershipOwner&, const OwnershipOwner&) = default;
};

// Where a piece of a rule sits in the raw text (UTF-16 offsets into the text that was parsed).
struct OwnershipSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
    friend bool operator==(const OwnershipSpan&, const OwnershipSpan&) = default;
};

struct OwnershipRule {
    QString type;     // path | url | module | codeowners | tags.<key> (any other "tags…" type never matches)
    QString pattern;  // decoded pattern (quotes removed, escapes decoded)
    QList<OwnershipOwner> owners;

    // Source positions, filled by the parser (not part of the schema).
    int line = 0;              // 1-based, counting '\n' like Sentry's error positions
    OwnershipSpan span;        // whole rule
    OwnershipSpan typeSpan;    // "path:" prefix including ':' (length 0 when implicit)
    OwnershipSpan patternSpan; // pattern token as written (with quotes)
    QList<OwnershipSpan> ownerSpans;

    bool isTagRule() const { return type.startsWith(QLatin1String("tags.")); }
    QString tagKey() const { return isTagRule() ? type.mid(5) : QString(); }
    // The rule as one line of text ("path:src/** #team"); quotes the pattern when needed.
    QString toText() const;
    QJsonObject toSchema() const; // {"matcher": {"type", "pattern"}, "owners": [...]}
};

struct OwnershipRules {
    QList<OwnershipRule> rules;

    // What Sentry stores: {"$version": 1, "rules": [{"matcher": {"type", "pattern"}, "owners": [{"type", "identifier"}]}]}
    QJsonObject toSchema() const;
    QJsonArray schemaRules() const;
    // One rule per line, in order (comments and blank lines are not kept).
    QString toText() const;
};

} // namespace sc
