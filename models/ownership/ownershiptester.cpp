// SPDX-License-Identifier: MIT
#include "ownershiptester.h"

#include "jsonio.h"
#include "tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

// One frame of a pasted stack trace line, or nullopt when the line has none of these forms.
std::optional<OwnershipFrame> knownFrame(const QString& line)
{
    // Java / Kotlin: "at com.acme.pay.Svc.charge(Svc.kt:42)". The SDKs report the class as the
    // frame's module and the source file as its file name (pub-match-edge-69 has both as filename
    // and abs_path), which is what java's derived file name is built from.
    static const QRegularExpression java(uR"re(\bat\s+([\w$]+(?:\.[\w$]+)+)\.[\w$<>-]+\(([\w$.-]+\.\w+)(?::\d+)?\))re"_s);
    // Python: 'File "/app/src/pay/x.py", line 12, in charge'.
    static const QRegularExpression python(uR"re(File "([^"]+)", line \d+)re"_s);
    // Dart / Flutter: "package:acme_app/lib/main.dart:10:5" (package and abs_path, as pub-match-edge-71).
    static const QRegularExpression dart(uR"re((package:([\w.]+)/[^\s:)]+))re"_s);
    OwnershipFrame frame;
    if (const QRegularExpressionMatch m = java.match(line); m.hasMatch()) {
        frame.module = m.captured(1);
        frame.filename = m.captured(2);
        frame.absPath = m.captured(2);
        return frame;
    }
    if (const QRegularExpressionMatch m = python.match(line); m.hasMatch()) {
        frame.filename = m.captured(1);
        return frame;
    }
    if (const QRegularExpressionMatch m = dart.match(line); m.hasMatch()) {
        frame.absPath = m.captured(1);
        frame.package = m.captured(2);
        return frame;
    }
    return std::nullopt;
}

void addDerivedNames(OwnershipEvent& event)
{
    for (OwnershipFrame& frame : event.frames)
        frame.mungedFilename = mungedFilename(event.platform, event.sdkName, frame);
}

} // namespace

QList<OwnershipFrame> stackTraceFrames(const QString& text)
{
    // Any other line: every token that looks like a file path becomes a frame.
    static const QRegularExpression file(
        uR"re(([\w@.~+-]*[/\\][\w@.~+/\\-]+\.\w+|[\w-]+\.(?:py|js|ts|tsx|jsx|java|kt|swift|go|rb|php|cs|dart|c|cc|cpp|h)))re"_s);
    QList<OwnershipFrame> frames;
    for (const QString& line : text.split(u'\n')) {
        if (std::optional<OwnershipFrame> frame = knownFrame(line)) {
            frames.append(*frame);
            continue;
        }
        auto it = file.globalMatch(line);
        while (it.hasNext()) {
            OwnershipFrame frame;
            frame.filename = it.next().captured(1);
            frames.append(frame);
        }
    }
    return frames;
}

Result<OwnershipEvent> ownershipTesterEvent(const OwnershipTesterInput& input, const QString& pastedName)
{
    OwnershipEvent event;
    if (input.event)
        event = OwnershipEvent::fromJson(*input.event);
    const QString pasted = input.pasted.trimmed();
    if (pasted.startsWith(u'{')) {
        const QString name = pastedName.isEmpty() ? Tr::tr("the pasted event") : pastedName;
        const Result<QJsonDocument> doc = parseJson(pasted.toUtf8(), name);
        if (!doc)
            return tl::unexpected(Error{ErrorKind::Usage, doc.error().message, doc.error().detail, 0});
        if (!doc->isObject())
            return tl::unexpected(Error{ErrorKind::Usage, Tr::tr("%1 is not a JSON object.").arg(name), {}, 0});
        event = OwnershipEvent::fromJson(doc->object());
    } else if (!pasted.isEmpty()) {
        for (const OwnershipFrame& frame : stackTraceFrames(pasted))
            event.frames.append(frame);
        if (!event.frames.isEmpty() && event.frameSource.isEmpty())
            event.frameSource = u"stacktrace"_s;
    }
    if (!input.platform.isEmpty())
        event.platform = input.platform;
    if (!input.sdkName.isEmpty())
        event.sdkName = input.sdkName;
    for (const QString& path : input.paths)
        event.addPath(path);
    for (const QString& module : input.modules)
        event.addModule(module);
    if (!input.url.isEmpty())
        event.url = input.url;
    for (const auto& [key, value] : input.tags)
        event.addTag(key, value);
    // Every frame, typed, pasted or read, gets the names Sentry derives for this platform.
    addDerivedNames(event);
    return event;
}

Result<std::pair<QString, QString>> parseOwnershipTag(const QString& keyValue)
{
    const qsizetype eq = keyValue.indexOf(u'=');
    if (eq <= 0)
        return tl::unexpected(Error{ErrorKind::Usage, Tr::tr("A tag is key=value, not '%1'.").arg(keyValue), {}, 0});
    return std::pair<QString, QString>{keyValue.left(eq), keyValue.mid(eq + 1)};
}

bool isEmptyOwnershipQuery(const OwnershipEvent& event)
{
    return event.frames.isEmpty() && event.url.isEmpty() && event.tags.isEmpty() && event.userFields.isEmpty();
}

OwnershipTesterAnswer whoOwns(const OwnershipRules& rules, const OwnershipEvent& event)
{
    OwnershipTesterAnswer answer;
    answer.result = OwnershipMatcher(rules).match(event, true);
    for (int index : std::as_const(answer.result.rules)) {
        const OwnershipRule& rule = rules.rules.at(index);
        OwnershipTesterMatch match;
        match.rule = index;
        match.line = rule.line;
        match.ruleText = rule.toText();
        for (const OwnershipMatchReason& reason : std::as_const(answer.result.reasons)) {
            if (reason.rule == index)
                match.reason = reason;
        }
        match.why = match.reason.rule == index ? ownershipMatchExplanation(match.reason, rule) : QString();
        answer.matches.append(match);
    }
    return answer;
}

QString ownershipMatchExplanation(const OwnershipMatchReason& reason, const OwnershipRule& rule)
{
    if (reason.frame >= 0)
        return Tr::tr("frame %1 %2 \"%3\" matched %4").arg(reason.frame).arg(reason.source, reason.value, rule.pattern);
    if (!reason.key.isEmpty())
        return Tr::tr("%1 %2 \"%3\" matched %4").arg(reason.source, reason.key, reason.value, rule.pattern);
    return Tr::tr("%1 \"%2\" matched %3").arg(reason.source, reason.value, rule.pattern);
}

} // namespace sc
