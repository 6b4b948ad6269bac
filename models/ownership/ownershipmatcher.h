// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipevent.h"
#include "ownershipglob.h"
#include "ownershiprules.h"

#include <QJsonObject>

#include <memory>

namespace sc {

// Why a rule matched: which value of the event met its pattern.
struct OwnershipMatchReason {
    int rule = -1;
    QString source;  // "filename" | "abs_path" | "munged_filename" | "module" | "url" | "tag" | "user"
    QString key;     // tag key or user field, empty otherwise
    QString value;
    int frame = -1;  // index into OwnershipEvent::frames for frame values
};

struct OwnershipMatchResult {
    QList<OwnershipOwner> owners;  // rule by rule in file order, within a rule as written, de-duplicated
    QList<int> rules;              // matching rule indices, ranked like Sentry: the last matching rule first
    QList<OwnershipMatchReason> reasons; // one per matching rule in file order (only when explained)

    QJsonObject toJson() const;    // {"owners": [{"type", "identifier"}], "rules": [...]}
    bool sameOwners(const OwnershipMatchResult& other) const { return owners == other.owners; }
};

// Rules compiled once for matching many events with Sentry's semantics (grammar.py Matcher.test,
// ProjectOwnership.get_owners / get_issue_owners). Thread-safe for concurrent match() calls.
class OwnershipMatcher
{
public:
    OwnershipMatcher();
    explicit OwnershipMatcher(const OwnershipRules& rules);
    ~OwnershipMatcher();
    OwnershipMatcher(OwnershipMatcher&&) noexcept;
    OwnershipMatcher& operator=(OwnershipMatcher&&) noexcept;

    const OwnershipRules& rules() const;
    OwnershipMatchResult match(const OwnershipEvent& event, bool explain = false) const;
    // Does this one rule match? (slow path, with the reason)
    bool ruleMatches(int rule, const OwnershipEvent& event, OwnershipMatchReason* reason = nullptr) const;
    // The compiled glob of a rule (null for codeowners / non-matching types).
    const OwnershipGlob* globOf(int rule) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sc
