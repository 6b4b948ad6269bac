// SPDX-License-Identifier: MIT
// Ownership round trip: every rule that parses is written back (OwnershipRule::toText, which the
// editor, the CODEOWNERS import and the change sets use) and must re-parse to an equal rule.
// Input: rules text.
#include "fuzzcommon.h"

#include "ownershipparser.h"

#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

namespace {

QString schemaText(const OwnershipRules& rules)
{
    return QString::fromUtf8(QJsonDocument(rules.schemaRules()).toJson(QJsonDocument::Compact));
}

void requireSame(const OwnershipRules& original, const QString& written, const char* what)
{
    const Result<OwnershipRules> again = parseOwnership(written);
    require(again.has_value(), what,
            QStringLiteral("written: %1\nerror: %2").arg(written, again ? QString() : again.error().message));
    require(schemaText(*again) == schemaText(original), what,
            QStringLiteral("written: %1\nbefore: %2\nafter:  %3").arg(written, schemaText(original), schemaText(*again)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<OwnershipRules> rules = parseOwnership(fuzz::text(data, size));
    if (!rules)
        return 0;
    requireSame(*rules, rules->toText(), "the rules' text does not re-parse to the same rules");
    for (const OwnershipRule& rule : rules->rules) {
        OwnershipRules one;
        one.rules.append(rule);
        requireSame(one, rule.toText(), "a rule's text does not re-parse to the same rule");
    }
    return 0;
}
