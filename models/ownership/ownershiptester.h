// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipevent.h"
#include "ownershipmatcher.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sc {

// "Who owns this?" for the editor's tester and `ownership who`: one way from what the admin typed
// or pasted to the event Sentry would match, and one explanation of each matching rule.

struct OwnershipTesterInput {
    // The event's platform and SDK. They decide the derived ("munged") file names Sentry adds to
    // frames on java, cocoa and flutter (event_frames.py); set, they override the pasted event's.
    QString platform;
    QString sdkName;
    QStringList paths;   // file paths of stack frames: one frame each
    QStringList modules; // modules of stack frames: one frame each
    QString url;
    QList<std::pair<QString, QString>> tags;
    std::optional<QJsonObject> event; // a Sentry event (ingest or API shape), e.g. read from a file
    // Pasted text: an event JSON, or a stack trace (Java "at a.b.C.m(C.java:1)", Python
    // 'File "x.py", line 1', Dart "package:app/x.dart", or any token that looks like a file path).
    QString pasted;
};

// The event `input` describes. Fails (ErrorKind::Usage) only on a pasted text that starts like JSON
// and is not a JSON object; the message names `pastedName`.
Result<OwnershipEvent> ownershipTesterEvent(const OwnershipTesterInput& input,
                                            const QString& pastedName = QString());

// Frames from a pasted stack trace, as Sentry's SDKs report them for `platform` (Java frames carry
// module and file name; Dart package URIs carry their package). Derived names are not set here.
QList<OwnershipFrame> stackTraceFrames(const QString& text);

// "key=value" → (key, value); fails on a missing key or "=".
Result<std::pair<QString, QString>> parseOwnershipTag(const QString& keyValue);

// True when the event has nothing a rule could match (no frame, URL, tag or user field).
bool isEmptyOwnershipQuery(const OwnershipEvent& event);

struct OwnershipTesterMatch {
    int rule = -1;       // index into the parsed rules
    int line = 0;        // line of the rules text
    QString ruleText;    // the rule as Sentry stores it
    OwnershipMatchReason reason;
    QString why;         // ownershipMatchExplanation()
};

struct OwnershipTesterAnswer {
    OwnershipMatchResult result;         // owners (file order) and ranks, as the matcher gives them
    QList<OwnershipTesterMatch> matches; // highest rank first (Sentry auto-assigns from the first)
};

OwnershipTesterAnswer whoOwns(const OwnershipRules& rules, const OwnershipEvent& event);

// Why `rule` matched: 'frame 0 filename "src/pay/x.py" matched src/pay/**',
// 'tag service "payment-api" matched payment-*', 'url "https://…" matched */pay/*'.
QString ownershipMatchExplanation(const OwnershipMatchReason& reason, const OwnershipRule& rule);

} // namespace sc
