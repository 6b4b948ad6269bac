// SPDX-License-Identifier: MIT
#pragma once

#include "fuzzcommon.h"

#include "ownershipmatcher.h"

namespace sc::fuzz {

// The indexed match() and the rule-by-rule ruleMatches() must agree, and the ranking must be Sentry's.
inline void checkMatch(const OwnershipMatcher& matcher, const OwnershipEvent& event)
{
    const OwnershipMatchResult fast = matcher.match(event);
    const OwnershipMatchResult explained = matcher.match(event, true);
    require(fast.rules == explained.rules && fast.owners == explained.owners, "match(explain) changes the result");
    QList<int> expected;
    const qsizetype count = matcher.rules().rules.size();
    for (int r = int(count) - 1; r >= 0; --r) {
        if (matcher.ruleMatches(r, event))
            expected.append(r);
    }
    QStringList got, want;
    for (int r : fast.rules)
        got.append(QString::number(r));
    for (int r : expected)
        want.append(QString::number(r));
    require(fast.rules == expected, "match() disagrees with ruleMatches()",
            QStringLiteral("match: [%1], rule by rule: [%2]").arg(got.join(QLatin1Char(',')), want.join(QLatin1Char(','))));
    require(explained.reasons.size() == fast.rules.size(), "one reason per matching rule");
}

} // namespace sc::fuzz
