// SPDX-License-Identifier: MIT
#include "changesetreport.h"
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "journal.h"
#include "tr.h"
#include "undobuilder.h"

using namespace Qt::StringLiterals;

namespace sc::cli {

int cmdUndo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({u"last"_s, Tr::tr("Undo the last N pushed operations (default 1)."), u"N"_s});
    parser.addOption({u"op"_s, Tr::tr("Undo one operation: its journal entry id (see 'history') or operation id."),
                      u"ID"_s});
    parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("Where to write the undo change set (required)."), u"FILE"_s});
    parser.addOption({u"journal"_s, Tr::tr("Journal file (default: the app data directory's journal.jsonl)."),
                      u"FILE"_s});
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Builds the change set that undoes pushed operations, from the journal alone (nothing is "
                   "fetched): an update goes back to what the server held before, a create becomes a delete, a "
                   "delete a create, connect and disconnect swap. Review it with 'diff' and push it with 'apply', "
                   "which conflict-checks it against the server as it is now.\n\nExit codes: 0 written, 1 cannot "
                   "write the file, 2 bad usage or nothing to undo.")))
        return *code;
    const QString command = args.value(0);
    auto usage = [&](const QString& message) { return reportError(command, Error{ErrorKind::Usage, message, {}, 0}); };
    if (!parser.isSet(u"output"_s))
        return usage(Tr::tr("Say where to write the undo change set: -o changes.json."));
    if (parser.isSet(u"last"_s) && parser.isSet(u"op"_s))
        return usage(Tr::tr("Give --last or --op, not both."));
    int last = 1;
    if (parser.isSet(u"last"_s)) {
        bool ok = false;
        last = parser.value(u"last"_s).toInt(&ok);
        if (!ok || last < 1)
            return usage(Tr::tr("--last takes a positive number."));
    }
    int skipped = 0;
    Result<QList<JournalEntry>> journal = Journal(parser.value(u"journal"_s)).entries(&skipped);
    if (!journal)
        return reportError(command, journal.error());
    QList<JournalEntry> picked;
    if (parser.isSet(u"op"_s)) {
        std::optional<JournalEntry> entry = findEntry(*journal, parser.value(u"op"_s));
        if (!entry)
            return usage(Tr::tr("No pushed operation %1 in the journal; see 'sentry-console history'.")
                             .arg(parser.value(u"op"_s)));
        picked = {*entry};
    } else {
        picked = lastUndoable(*journal, last);
    }
    Result<ChangeSet> undo = buildUndo(picked);
    if (!undo)
        return reportError(command, undo.error());
    if (Result<void> saved = undo->save(parser.value(u"output"_s)); !saved)
        return reportError(command, saved.error());
    out() << Tr::tr("Wrote %1: %n operation(s) undoing", nullptr, int(undo->operations.size())).arg(parser.value(u"output"_s))
          << '\n';
    for (const ChangeOperation& op : std::as_const(undo->operations))
        out() << u"  %1 %2 %3  %4\n"_s.arg(escapeControls(op.id), operationKindName(op.kind), targetTypeName(op.target.type),
                                           escapeControls(op.summary));
    out() << Tr::tr("Review with 'sentry-console diff %1', push with 'sentry-console apply %1'.")
                 .arg(parser.value(u"output"_s))
          << '\n';
    out().flush();
    return ExitOk;
}

} // namespace sc::cli
