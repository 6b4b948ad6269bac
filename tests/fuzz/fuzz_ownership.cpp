// SPDX-License-Identifier: MIT
// Ownership rules: parser, matcher and diagnostics on any text.
// Input: rules text, optionally followed by 0xFF and an event as JSON (the ingest or the API shape).
#include "fuzzcommon.h"

#include "ownershipdiagnostics.h"
#include "fuzzmatch.h"
#include "ownershipparser.h"

#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

namespace {

void checkSpan(const OwnershipSpan& span, qsizetype textSize, const char* what)
{
    require(span.offset >= 0 && span.length >= 0 && span.offset + span.length <= textSize, what,
            QStringLiteral("offset %1 length %2 in a text of %3").arg(span.offset).arg(span.length).arg(textSize));
}

// An event that holds every rule's own pattern as a path, module, tag value and URL: patterns meet
// the globs they were compiled into (literal prefixes, the index, escapes).
OwnershipEvent eventFromPatterns(const OwnershipRules& rules)
{
    OwnershipEvent event;
    for (qsizetype i = 0; i < rules.rules.size() && i < 16; ++i) {
        const OwnershipRule& rule = rules.rules.at(i);
        event.addPath(rule.pattern);
        event.addModule(rule.pattern);
        event.addTag(rule.isTagRule() ? rule.tagKey() : rule.type, rule.pattern);
        if (rule.type == QLatin1String("url") && event.url.isEmpty())
            event.url = rule.pattern;
    }
    return event;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [rulesBytes, eventBytes] = fuzz::splitInput(data, size);
    const QString text = QString::fromUtf8(rulesBytes);

    const OwnershipParseOutcome outcome = parseOwnershipDetailed(text);
    const Result<OwnershipRules> parsed = parseOwnership(text);
    require(parsed.has_value() == !outcome.error.has_value(), "parseOwnership and parseOwnershipDetailed disagree");
    if (outcome.error) {
        const OwnershipSyntaxError& e = *outcome.error;
        require(e.offset >= 0 && e.offset <= text.size() && e.detailOffset >= 0 && e.detailOffset <= text.size(),
                "syntax error position outside the text");
        require(e.line >= 1 && e.column >= 1 && e.detailLine >= 1 && e.detailColumn >= 1, "syntax error line/column < 1");
        require(!e.message().isEmpty(), "empty syntax error message");
    }
    for (const OwnershipRule& rule : outcome.rules.rules) {
        checkSpan(rule.span, text.size(), "rule span outside the text");
        checkSpan(rule.typeSpan, text.size(), "type span outside the text");
        checkSpan(rule.patternSpan, text.size(), "pattern span outside the text");
        for (const OwnershipSpan& span : rule.ownerSpans)
            checkSpan(span, text.size(), "owner span outside the text");
        require(!rule.owners.isEmpty(), "a parsed rule without owners");
    }

    const OwnershipMatcher matcher(outcome.rules);
    fuzz::checkMatch(matcher, eventFromPatterns(outcome.rules));
    if (!eventBytes.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(eventBytes);
        if (doc.isObject())
            fuzz::checkMatch(matcher, OwnershipEvent::fromJson(doc.object()));
    }

    OwnershipCheckOptions options;
    options.snapshot = &fuzz::fixtureSnapshot("tiers/demo-workflow.json");
    options.projectSlug = QStringLiteral("api-gateway");
    for (const QList<OwnershipDiagnostic>& diagnostics : {checkOwnership(text), checkOwnership(text, options)}) {
        for (const OwnershipDiagnostic& d : diagnostics) {
            require(d.offset >= 0 && d.length >= 0 && d.offset + d.length <= text.size(), "diagnostic range outside the text",
                    QStringLiteral("%1: offset %2 length %3 in %4").arg(d.code).arg(d.offset).arg(d.length).arg(text.size()));
            require(d.line >= 1 && d.column >= 1, "diagnostic line/column < 1", d.code);
            require(!d.message.isEmpty() && !d.code.isEmpty(), "diagnostic without code or message");
            require(d.rule < outcome.rules.rules.size() && d.relatedRule < outcome.rules.rules.size(),
                    "diagnostic names a rule that does not exist", d.code);
        }
        if (outcome.error)
            require(!sentryRejection(diagnostics).isEmpty(), "a text Sentry cannot parse is not rejected");
    }
    return 0;
}
