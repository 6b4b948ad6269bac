// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipglob.h"
#include "ownershiprules.h"

#include <QList>

#include <vector>

namespace sc {

// For one rule, the first later rule of the same matcher type that has the same pattern or provably
// matches everything it matches (see provablySuperset), or -1.
struct ShadowFinding {
    int later = -1;
    bool samePattern = false; // the later rule has the identical pattern (duplicate / same owners check)
};

// Sound superset test: true only when `later` provably matches every value `earlier` matches.
// Covered shapes: `later` matches everything; `earlier` never matches; `earlier` is a literal that
// `later` matches; `later` is "P*" and every match of `earlier` starts with P; `later` is "*S" and
// every match of `earlier` ends with S. Anything else is not reported (no false alarms).
bool provablySuperset(const OwnershipGlob& later, const OwnershipGlob& earlier);

// One finding per rule (rules whose type is not a glob type get -1). `globs[i]` is rule i's compiled
// pattern. Gives the same answer as comparing every pair with provablySuperset, in about
// O(n log n + text size) for the shapes above: rules are indexed by type, by pattern, by literal,
// by "P*" prefix and "*S" suffix. Only a literal against general star globs ("src/*/x/*.py") needs
// glob matching; `budget` bounds those matches and, when used up, `*complete` becomes false and the
// rest of that comparison is skipped (never a false finding).
QList<ShadowFinding> findShadowing(const QList<OwnershipRule>& rules, const std::vector<OwnershipGlob>& globs,
                                   bool* complete = nullptr, qint64 budget = 2000000);

// The pairwise reference (quadratic): for tests and benchmarks.
QList<ShadowFinding> findShadowingPairwise(const QList<OwnershipRule>& rules, const std::vector<OwnershipGlob>& globs);

// Rule types that take a glob pattern (path, module, url, tags.<key>).
bool isGlobRuleType(const OwnershipRule& rule);

} // namespace sc
