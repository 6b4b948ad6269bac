// SPDX-License-Identifier: MIT
#include "changesetreport.h"
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "journal.h"
#include "tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc::cli {

int cmdHistory(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(formatOption({u"json"_s}));
    parser.addOption({u"journal"_s, Tr::tr("Journal file (default: the app data directory's journal.jsonl)."),
                      u"FILE"_s});
    if (std::optional<int> code = parseOrExit(parser, args,
                                              Tr::tr("Lists pushed operations from the journal, oldest first: time, "
                                                     "entry id (for 'undo --op'), outcome, what changed, org and "
                                                     "server. JSON gives every entry with its before and after.")))
        return *code;
    const Result<QString> chosenFormat = outputFormat(parser, {u"json"_s});
    if (!chosenFormat)
        return reportError(args.value(0), chosenFormat.error());
    const QString format = *chosenFormat;
    const Journal journal(parser.value(u"journal"_s));
    int skipped = 0;
    Result<QList<JournalEntry>> entries = journal.entries(&skipped);
    if (!entries)
        return reportError(args.value(0), entries.error());
    if (skipped)
        err() << Tr::tr("Note: %n unreadable journal line(s) skipped.", nullptr, skipped) << '\n';
    if (format == "json"_L1) {
        QJsonArray out;
        for (const JournalEntry& e : std::as_const(*entries))
            out.append(e.toJson());
        printJson(out);
        return ExitOk;
    }
    if (entries->isEmpty())
        out() << Tr::tr("Nothing pushed yet (journal: %1).").arg(escapeControls(journal.path())) << '\n';
    else
        out() << journalText(*entries);
    out().flush();
    return ExitOk;
}

} // namespace sc::cli
