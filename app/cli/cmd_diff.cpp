// SPDX-License-Identifier: MIT
#include "changemerge.h"
#include "changesetreport.h"
#include "clicommon.h"
#include "commands.h"
#include "tr.h"

using namespace Qt::StringLiterals;

namespace sc::cli {

int cmdDiff(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"changes.json"_s, Tr::tr("The change-set file to show."));
    parser.addOption(formatOption({u"json"_s})); // table is coloured on a terminal
    if (std::optional<int> code = parseOrExit(parser, args,
                                              Tr::tr("Shows what a change-set file would change, grouped by project: "
                                                     "a structured line per changed field and the ownership rules "
                                                     "as a unified diff. Server-managed fields and order-only "
                                                     "differences never show.\n\nExit codes: 0 shown, 2 bad usage "
                                                     "or unreadable change set.")))
        return *code;
    const Result<QString> chosenFormat = outputFormat(parser, {u"json"_s});
    if (!chosenFormat)
        return reportError(args.value(0), chosenFormat.error());
    const QString format = *chosenFormat;
    if (parser.positionalArguments().size() != 1)
        return reportError(args.value(0), Error{ErrorKind::Usage, Tr::tr("Give exactly one change-set file."), {}, 0});
    Result<ChangeSet> changes = ChangeSet::load(parser.positionalArguments().first());
    if (!changes)
        return reportError(args.value(0), Error{ErrorKind::Usage, changes.error().message, changes.error().detail, 0});
    const ChangeSet merged = mergeOperations(*changes);
    if (format == "json"_L1)
        printJson(changeSetDiffJson(merged));
    else {
        out() << changeSetDiffText(merged, stdoutIsTty());
        out().flush();
    }
    return ExitOk;
}

} // namespace sc::cli
