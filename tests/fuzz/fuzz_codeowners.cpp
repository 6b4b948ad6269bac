// SPDX-License-Identifier: MIT
// CODEOWNERS import: whatever the file holds, every rule the import emits must parse with Sentry's
// grammar (as one text and one by one) and be a codeowners rule; the count must be right.
// Input: CODEOWNERS text [0xFF mapping file [0xFF source root '\n' stack root]].
#include "fuzzcommon.h"

#include "codeownersimport.h"
#include "ownershipparser.h"

using namespace sc;
using sc::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\xff');
    const QString codeowners = QString::fromUtf8(parts.value(0));

    CodeownersMapping mapping{{QStringLiteral("@acme/payments"), QStringLiteral("#payments")},
                              {QStringLiteral("@alice"), QStringLiteral("alice@acme.io")}};
    if (parts.size() > 1) {
        const Result<CodeownersMapping> parsed = parseCodeownersMapping(QString::fromUtf8(parts.at(1)));
        if (parsed)
            mapping = *parsed;
    }
    mapping = withSnapshotMapping(mapping, fuzz::fixtureSnapshot("tiers/demo-workflow.json"));
    const QStringList roots = QString::fromUtf8(parts.value(2)).split(QLatin1Char('\n'));

    const CodeownersImport result = importCodeowners(codeowners, mapping, roots.value(0), roots.value(1));
    const Result<OwnershipRules> rules = parseOwnership(result.rules);
    require(rules.has_value(), "the import emits text Sentry cannot parse",
            QStringLiteral("%1\n-- emitted --\n%2").arg(rules ? QString() : rules.error().message, result.rules));
    require(rules->rules.size() == result.ruleCount, "ruleCount differs from the rules emitted",
            QStringLiteral("ruleCount %1, parsed %2\n-- emitted --\n%3").arg(result.ruleCount).arg(rules->rules.size()).arg(result.rules));
    for (const OwnershipRule& rule : rules->rules) {
        require(rule.type == QLatin1String("codeowners"), "the import emits a rule that is not a codeowners rule", rule.toText());
        const Result<OwnershipRules> one = parseOwnership(rule.toText());
        require(one && one->rules.size() == 1 && one->rules.first().pattern == rule.pattern
                    && one->rules.first().owners == rule.owners,
                "an imported rule does not re-parse to itself", rule.toText());
    }
    for (const CodeownersImportIssue& issue : result.issues)
        require(issue.line >= 1 && !issue.message.isEmpty(), "an import issue without line or message");
    return 0;
}
