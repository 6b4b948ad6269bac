// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace sc {

// Quick-open matching: every character of `pattern` must appear in `text` in order
// (case-insensitive). Returns -1 when it does not, else a score where higher is better:
// consecutive runs, matches at word starts ("pa" → "payment-api", "pay-api") and a match at
// the very start weigh most; shorter texts win ties.
int fuzzyScore(QStringView pattern, QStringView text);

} // namespace sc
