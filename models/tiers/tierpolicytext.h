// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "tierpolicy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// Edits single values of a policy's YAML text in place, so a form over the policy keeps the
// file's comments, order and formatting (the policy editor writes through this).
class TierPolicyText
{
public:
    // The scalar at `path` (map keys from the root, e.g. {"tiers", "P0", "parts", "errors",
    // "threshold"}), or nullopt when the text does not parse or has no scalar there.
    static std::optional<QString> value(const QString& text, const QStringList& path);
    // The text with the scalar at `path` replaced by `value` (quoted when YAML needs it).
    static Result<QString> withValue(const QString& text, const QStringList& path, const QString& value);
};

} // namespace sc
