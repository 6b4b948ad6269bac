// SPDX-License-Identifier: MIT
#include "changesetreport.h"
#include "textdiff.h"
#include "textescape.h"
#include "tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

const char* kRed = "\x1b[31m";
const char* kGreen = "\x1b[32m";
const char* kYellow = "\x1b[33m";
const char* kBold = "\x1b[1m";
const char* kReset = "\x1b[0m";

QString paint(const QString& text, const char* code, bool colour)
{
    return colour ? QLatin1String(code) + text + QLatin1String(kReset) : text;
}

QString lineKindName(DiffLine::Kind kind)
{
    switch (kind) {
    case DiffLine::Added: return u"added"_s;
    case DiffLine::Removed: return u"removed"_s;
    case DiffLine::Changed: return u"changed"_s;
    case DiffLine::Created: return u"created"_s;
    case DiffLine::Deleted: return u"deleted"_s;
    }
    return {};
}

QString groupOf(const ChangeOperation& op)
{
    return op.target.project.isEmpty() ? Tr::tr("(organization)") : op.target.project;
}

// Every piece of text that came from a file or a server is shown through this, so a name or a
// rule cannot move the cursor, clear the screen or recolour what a reviewer reads before [y/N].
QString safe(const QString& text)
{
    return escapeControls(text);
}

} // namespace

QMap<OperationKind, int> countKinds(const QList<ChangeOperation>& operations)
{
    QMap<OperationKind, int> counts{{OperationKind::Create, 0}, {OperationKind::Update, 0}, {OperationKind::Delete, 0}};
    for (const ChangeOperation& op : operations)
        ++counts[op.kind];
    return counts;
}

QString kindCountsText(const QMap<OperationKind, int>& counts)
{
    // "kind: n" avoids plural forms that only a translation would fix ("1 update(s)").
    QString text = Tr::tr("creates: %1, updates: %2, deletes: %3")
                       .arg(counts.value(OperationKind::Create))
                       .arg(counts.value(OperationKind::Update))
                       .arg(counts.value(OperationKind::Delete));
    const int connects = counts.value(OperationKind::Connect), disconnects = counts.value(OperationKind::Disconnect);
    if (connects || disconnects)
        text += u", "_s + Tr::tr("connects: %1, disconnects: %2").arg(connects).arg(disconnects);
    return text;
}

QString requestText(const ChangeRequest& request)
{
    return u"%1 %2"_s.arg(safe(request.method), safe(request.path));
}

QString ownershipTextDiff(const ChangeOperation& op)
{
    if (op.target.type != TargetType::Ownership)
        return {};
    return unifiedDiff(op.base.toObject().value(u"raw"_s).toString(), op.desired.toObject().value(u"raw"_s).toString(),
                       Tr::tr("server"), Tr::tr("draft"));
}

QString changeSetDiffText(const ChangeSet& changes, bool colour, const DiffLabels& labels)
{
    QString out;
    out += paint(Tr::tr("Change set for %1 on %2: %n operation(s) (%3)", nullptr, int(changes.operations.size()))
                     .arg(safe(changes.org), safe(changes.server), kindCountsText(countKinds(changes.operations))),
                 kBold, colour)
           + u"\n"_s;
    QMap<QString, QList<const ChangeOperation*>> groups;
    for (const ChangeOperation& op : changes.operations)
        groups[groupOf(op)].append(&op);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        out += u"\n"_s + paint(u"%1  (%2)"_s.arg(safe(it.key()), kindCountsText(countKinds([&] {
                                                   QList<ChangeOperation> ops;
                                                   for (const ChangeOperation* op : it.value())
                                                       ops.append(*op);
                                                   return ops;
                                               }()))),
                               kBold, colour)
               + u"\n"_s;
        for (const ChangeOperation* op : it.value()) {
            out += u"  %1 %2 %3  %4\n"_s.arg(safe(op->id), operationKindName(op->kind), targetTypeName(op->target.type), safe(op->summary));
            // Where it goes, so a reviewer sees a request that leaves the object it claims to change.
            out += u"    "_s + paint(requestText(op->request), kBold, colour) + u"\n"_s;
            const QList<DiffLine> lines = describeOperation(*op, labels);
            if (lines.isEmpty())
                out += u"    "_s + Tr::tr("(no visible change)") + u"\n"_s;
            for (const DiffLine& line : lines) {
                const char* code = line.kind == DiffLine::Added || line.kind == DiffLine::Created ? kGreen
                                   : line.kind == DiffLine::Removed || line.kind == DiffLine::Deleted ? kRed
                                                                                                       : kYellow;
                out += u"    "_s + paint(safe(line.toString()), code, colour) + u"\n"_s;
            }
            const QString text = ownershipTextDiff(*op);
            for (const QString& raw : text.split(u'\n', Qt::SkipEmptyParts)) {
                const QString l = safe(raw);
                const char* code = l.startsWith(u"+++"_s) || l.startsWith(u"---"_s) ? kBold
                                   : l.startsWith(u'+')                               ? kGreen
                                   : l.startsWith(u'-')                               ? kRed
                                   : l.startsWith(u"@@"_s)                            ? kYellow
                                                                                      : "";
                out += u"      "_s + (*code ? paint(l, code, colour) : l) + u"\n"_s;
            }
        }
    }
    return out;
}

QJsonObject changeSetDiffJson(const ChangeSet& changes, const DiffLabels& labels)
{
    QJsonArray ops;
    for (const ChangeOperation& op : changes.operations) {
        QJsonArray lines;
        for (const DiffLine& line : describeOperation(op, labels))
            lines.append(QJsonObject{{u"kind"_s, lineKindName(line.kind)}, {u"object"_s, line.object},
                                     {u"field"_s, line.field}, {u"text"_s, line.text}, {u"line"_s, line.toString()}});
        QJsonObject json{{u"id"_s, op.id}, {u"kind"_s, operationKindName(op.kind)},
                         {u"target"_s, op.toJson().value(u"target"_s)}, {u"summary"_s, op.summary},
                         {u"request"_s, QJsonObject{{u"method"_s, op.request.method}, {u"path"_s, op.request.path}}},
                         {u"lines"_s, lines}};
        const QString text = ownershipTextDiff(op);
        if (!text.isEmpty())
            json.insert(u"textDiff"_s, text);
        ops.append(json);
    }
    QJsonObject counts;
    const QMap<OperationKind, int> kinds = countKinds(changes.operations);
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        counts.insert(operationKindName(it.key()), it.value());
    return QJsonObject{{u"server"_s, changes.server}, {u"org"_s, changes.org}, {u"counts"_s, counts},
                       {u"operations"_s, ops}};
}

QString outcomeText(const ChangeOperation& op, const PushOutcome& outcome, bool colour)
{
    const QString label = safe(operationLabel(op));
    QString mark;
    const char* code = kRed;
    switch (outcome.status) {
    case PushStatus::Verified: mark = u"✓"_s; code = kGreen; break;
    case PushStatus::Conflict: mark = u"≠"_s; code = kYellow; break;
    case PushStatus::Skipped:
    case PushStatus::Canceled: mark = u"-"_s; code = kYellow; break;
    default: mark = u"✗"_s; break;
    }
    const QString status = outcome.alreadyApplied ? Tr::tr("already applied") : pushStatusText(outcome.status);
    QString text = paint(u"%1 %2 %3"_s.arg(mark, safe(op.id), status), code, colour) + u" — "_s + label + u"\n"_s;
    if (!outcome.error.message.isEmpty() && outcome.status != PushStatus::Verified)
        text += u"    "_s + escapeControls(outcome.error.message, LineBreaks::Keep) + u"\n"_s;
    if (outcome.status == PushStatus::Mismatch || outcome.status == PushStatus::Conflict)
        text += u"    "_s + Tr::tr("fields: %1").arg(safe(outcome.fields.join(u", "_s))) + u"\n"_s;
    if (outcome.status == PushStatus::Conflict) {
        ChangeOperation theirs = op;
        theirs.desired = outcome.theirs;
        for (const DiffLine& line : describeOperation(theirs))
            text += u"    "_s + Tr::tr("theirs: %1").arg(safe(line.toString())) + u"\n"_s;
        for (const DiffLine& line : describeOperation(op))
            text += u"    "_s + Tr::tr("mine:   %1").arg(safe(line.toString())) + u"\n"_s;
    }
    if (!outcome.note.isEmpty())
        text += u"    "_s + escapeControls(outcome.note, LineBreaks::Keep) + u"\n"_s;
    for (const QJsonValue& followUp : outcome.followUps)
        text += u"    "_s + Tr::tr("offered: %1").arg(safe(followUp.toObject().value(u"summary"_s).toString())) + u"\n"_s;
    return text;
}

QString journalText(const QList<JournalEntry>& entries)
{
    QString out;
    for (const JournalEntry& e : entries) {
        out += u"%1  %2  %3  %4 %5  %6  (%7 %8)\n"_s.arg(e.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), safe(e.id),
                                                     safe(e.outcome).leftJustified(8), operationKindName(e.operation.kind),
                                                     targetTypeName(e.operation.target.type),
                                                     safe(e.operation.summary.isEmpty() ? operationLabel(e.operation)
                                                                                        : e.operation.summary),
                                                     safe(e.org), safe(e.server));
    }
    return out;
}

} // namespace sc
