// SPDX-License-Identifier: MIT
#include "changemerge.h"
#include "changesetreport.h"
#include "clicommon.h"
#include "commands.h"
#include "journal.h"
#include "pushengine.h"
#include "pushtarget.h"
#include "sentryclient.h"
#include "textescape.h"
#include "tr.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sc::cli {

namespace {

Error usage(const QString& message)
{
    return Error{ErrorKind::Usage, message, {}, 0};
}

bool confirm(int count, const ChangeSet& changes)
{
    err() << Tr::tr("Push %n operation(s) to %1 on %2? [y/N] ", nullptr, count).arg(escapeControls(changes.org), escapeControls(changes.server));
    err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == "y"_L1 || answer == "yes"_L1;
}

// A push that cannot be journaled is missing from 'history' and 'undo': find out before writing.
// An existing journal is only opened for appending (its permissions stay); a new one is created by
// the first append.
Result<void> checkJournalWritable(const PushOptions& options)
{
    if (!options.writeJournal)
        return {};
    const QString path = options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath;
    const QFileInfo info(path);
    QString why;
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            why = file.errorString();
    } else if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable()) {
        why = Tr::tr("its folder cannot be created or written");
    }
    if (why.isEmpty())
        return {};
    return fail(ErrorKind::Io, Tr::tr("Cannot write the journal %1: %2. Nothing was pushed: a push missing from the "
                                      "journal is unknown to 'history' and 'undo' (use --journal FILE).")
                                   .arg(path, why));
}

} // namespace

int cmdApply(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"changes.json"_s, Tr::tr("The change-set file to push."));
    parser.addOption({u"yes"_s, Tr::tr("Push without asking (required when stdin is not a terminal).")});
    parser.addOption({u"continue-on-error"_s,
                      Tr::tr("Go on with the other operations after one fails (default: stop starting new ones).")});
    parser.addOption({u"only"_s, Tr::tr("Push only these operations (comma-separated ids, e.g. op-1,op-3)."),
                      u"IDS"_s});
    parser.addOption(formatOption({u"json"_s}));
    parser.addOption({u"journal"_s, Tr::tr("Journal file (default: the app data directory's journal.jsonl)."),
                      u"FILE"_s});
    addConnectionOptions(parser);
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Pushes a change-set file safely: prints the diff, asks (unless --yes), then for each operation "
                   "fetches the object again and stops with a conflict if it changed on the server since it was "
                   "planned (nothing of that operation is written), writes it (never retried blindly), reads it "
                   "back and verifies it. Running it again is safe: an operation the server already holds is "
                   "reported as already applied (not a conflict), and a create whose object already exists (same "
                   "project, name and content) is adopted, not made twice. A create whose answer was lost is never "
                   "resent: a fresh list decides. Every written or already-applied operation goes to the journal "
                   "(see 'history', 'undo'). The file is not modified: failed operations stay in it.\n\n"
                   "Exit codes: 0 every operation applied and verified; 4 an operation hit a conflict; 1 any other "
                   "failure (network, server, validation, verification); 2 bad usage or unreadable change set.")))
        return *code;
    const QString command = args.value(0);
    const Result<QString> chosenFormat = outputFormat(parser, {u"json"_s});
    if (!chosenFormat)
        return reportError(command, chosenFormat.error());
    const QString format = *chosenFormat;
    if (parser.positionalArguments().size() != 1)
        return reportError(command, usage(Tr::tr("Give exactly one change-set file.")));
    Result<ChangeSet> loaded = ChangeSet::load(parser.positionalArguments().first());
    if (!loaded)
        return reportError(command, usage(loaded.error().message));
    const ChangeSet changes = mergeOperations(*loaded);

    PushOptions options;
    options.continueOnError = parser.isSet(u"continue-on-error"_s);
    options.journalPath = parser.value(u"journal"_s);
    if (parser.isSet(u"only"_s)) {
        options.only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
        for (QString& id : options.only)
            id = id.trimmed();
        for (const QString& id : std::as_const(options.only)) {
            const bool known = std::any_of(changes.operations.begin(), changes.operations.end(),
                                           [&](const ChangeOperation& op) { return op.id == id; });
            if (!known)
                return reportError(command, usage(Tr::tr("--only names %1, which is not in the change set.").arg(escapeControls(id))));
        }
    }
    if (!parser.isSet(u"yes"_s) && !isatty(fileno(stdin)))
        return reportError(command, usage(Tr::tr("Refusing to push without confirmation: stdin is not a terminal. "
                                                 "Review with 'sentry-console diff' and pass --yes.")));

    if (Result<void> journal = checkJournalWritable(options); !journal)
        return reportError(command, journal.error());

    Result<Connection> connection = resolveConnection(parser, false);
    if (!connection)
        return reportError(command, connection.error());
    Result<PushTarget> resolved = resolvePushTarget(changes, connection->org, connection->config.baseUrl, OtherServer::Note);
    if (!resolved)
        return reportError(command, resolved.error());
    const ChangeSet target = resolved->changes;
    if (target.org.isEmpty())
        return reportError(command, usage(Tr::tr("The change set names no organization: pass --org.")));
    if (!resolved->note.isEmpty())
        err() << resolved->note << '\n';

    const bool text = format == "table"_L1;
    const bool colour = text && stdoutIsTty();
    if (text) {
        out() << changeSetDiffText(target, colour) << '\n';
        out().flush();
    }
    const int count = options.only.isEmpty() ? int(target.operations.size()) : int(options.only.size());
    if (!parser.isSet(u"yes"_s) && !confirm(count, target)) {
        err() << Tr::tr("Nothing pushed.") << '\n';
        err().flush();
        return ExitFailed;
    }

    return runAsync([&](std::function<void(int)> finish) {
        auto* client = new SentryClient(connection->config, qApp);
        auto* engine = new PushEngine(client, target, options, qApp);
        QObject::connect(engine, &PushEngine::operationFinished, engine, [&, engine](const PushOutcome& outcome) {
            if (!text)
                return;
            for (const ChangeOperation& op : engine->changes().operations) {
                if (op.id == outcome.opId)
                    out() << outcomeText(op, outcome, colour);
            }
            out().flush();
        });
        QObject::connect(engine, &PushEngine::finished, engine, [&, engine, finish] {
            const QList<PushOutcome> outcomes = engine->outcomes();
            if (!engine->journalError().isEmpty()) {
                err() << Tr::tr("Error: the push is not in the journal, so 'history' and 'undo' do not know it. %1")
                             .arg(engine->journalError())
                      << '\n';
                err().flush();
            }
            // Duplicates found on the way are offered as a change set of deletes, never pushed here.
            ChangeSet offered = target;
            offered.created = QDateTime::currentDateTimeUtc();
            offered.operations.clear();
            for (const PushOutcome& o : outcomes) {
                for (const QJsonValue& followUp : o.followUps) {
                    if (Result<ChangeOperation> op = ChangeOperation::fromJson(followUp.toObject(), int(offered.operations.size())))
                        offered.operations.append(*op);
                }
            }
            QString offeredPath;
            if (!offered.operations.isEmpty()) {
                const QString input = parser.positionalArguments().first();
                offeredPath = QFileInfo(input).path() + u'/' + QFileInfo(input).completeBaseName() + u'.'
                              + engine->pushId() + u".duplicates.json"_s;
                if (!offered.save(offeredPath))
                    offeredPath.clear();
            }
            QMap<PushStatus, int> tally;
            for (const PushOutcome& o : outcomes)
                ++tally[o.status];
            if (text) {
                out() << '\n'
                      << Tr::tr("%1 verified, %2 conflicts, %3 failed, %4 mismatched, %5 skipped; %6 requests.")
                             .arg(tally.value(PushStatus::Verified))
                             .arg(tally.value(PushStatus::Conflict))
                             .arg(tally.value(PushStatus::Failed))
                             .arg(tally.value(PushStatus::Mismatch))
                             .arg(tally.value(PushStatus::Skipped) + tally.value(PushStatus::Canceled))
                             .arg(engine->requestsSent())
                      << '\n';
                if (engine->exitCode() != ExitOk && engine->journalError().isEmpty())
                    out() << Tr::tr("Operations that were not verified are still in %1; fix and run apply again "
                                    "(conflicts: re-plan, or see the console's conflict dialog).")
                                 .arg(parser.positionalArguments().first())
                          << '\n';
                if (!offeredPath.isEmpty())
                    out() << Tr::tr("Objects with the same name as a create were found; deleting them is offered in %1 "
                                    "(review with 'diff', push with 'apply').")
                                 .arg(offeredPath)
                          << '\n';
                out().flush();
            } else {
                QJsonArray results;
                for (const PushOutcome& o : outcomes)
                    results.append(o.toJson());
                printJson(QJsonObject{{u"push"_s, engine->pushId()},
                                      {u"server"_s, target.server},
                                      {u"org"_s, target.org},
                                      {u"diff"_s, changeSetDiffJson(target)},
                                      {u"outcomes"_s, results},
                                      {u"requests"_s, engine->requestsSent()},
                                      {u"journalError"_s, engine->journalError().isEmpty()
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(engine->journalError())},
                                      {u"offered"_s, offeredPath.isEmpty() ? QJsonValue() : QJsonValue(offeredPath)},
                                      {u"exitCode"_s, engine->exitCode()}});
            }
            finish(engine->exitCode());
        });
        engine->start();
    });
}

} // namespace sc::cli
