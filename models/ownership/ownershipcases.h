// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc {

// The case-file format of shared/ownership/examples.json:
// {"version": 1, "cases": [{"id", "kind": "parse"|"match", "rules", "event"?, "expect"}]}.
// Returns what the engine computes in the shape of the case's `expect`:
//   parse → {"ok": true, "rules": [schema rules]} or {"ok": false}
//   match → {"owners": [{"type", "identifier"}], "rules": [ranked indices]}
QJsonObject evaluateOwnershipCase(const QJsonObject& testCase);

// {"results": [{"id", "result"}]} for a whole case file; an Error for a file of the wrong shape.
Result<QJsonObject> evaluateOwnershipCases(const QJsonObject& caseFile);

} // namespace sc
