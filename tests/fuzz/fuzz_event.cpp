// SPDX-License-Identifier: MIT
// Event normalizer (models/ownership/ownershipevent): either event shape, the frame selection, the
// munged filenames, then matching against rules of every type. Converting to the ingest shape first
// must not change what is read.
// Input: an event as JSON.
#include "fuzzcommon.h"
#include "fuzzmatch.h"

#include "ownershipparser.h"

#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

namespace {

// What matching reads of an event, as one comparable text.
QString summary(const OwnershipEvent& e)
{
    QStringList parts{e.platform, e.sdkName, e.frameSource, e.url};
    for (const OwnershipFrame& f : e.frames)
        parts << f.filename << f.absPath << f.module << f.package << f.mungedFilename
              << (f.inApp ? QString::number(*f.inApp) : QStringLiteral("-"));
    for (const auto& [k, v] : e.tags)
        parts << k << v;
    for (const auto& [k, v] : e.userFields)
        parts << k << v;
    return parts.join(QChar(0x1f));
}

const OwnershipMatcher& matcher()
{
    static const OwnershipMatcher m = [] {
        const Result<OwnershipRules> rules = parseOwnership(QStringLiteral(
            "path:src/payments/** #payments\n"
            "path:*.py alice@acme.io\n"
            "path:**/checkout/*.kt #mobile\n"
            "module:com.acme.* #backend\n"
            "url:*/api/v1/* #web\n"
            "tags.service:payment-* #payments\n"
            "tags.release:1.* #release\n"
            "tags.user.email:*@acme.io #support\n"
            "codeowners:/src/ #codeowners\n"
            "codeowners:*.dart #mobile\n"
            "* #platform-eng\n"));
        require(rules.has_value(), "the harness's own rules do not parse");
        return OwnershipMatcher(*rules);
    }();
    return m;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const OwnershipEvent event = OwnershipEvent::fromJson(doc.object());
    const OwnershipEvent viaIngest = OwnershipEvent::fromJson(OwnershipEvent::toIngestShape(doc.object()));
    require(summary(event) == summary(viaIngest), "the ingest shape reads differently",
            summary(event) + QLatin1String("\n") + summary(viaIngest));
    for (const OwnershipFrame& frame : event.frames)
        require(mungedFilename(event.platform, event.sdkName, frame) == frame.mungedFilename, "munged filename not stable");
    fuzz::checkMatch(matcher(), event);
    return 0;
}
