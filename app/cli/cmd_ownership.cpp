// SPDX-License-Identifier: MIT
#include "clicommon.h"
#include "textescape.h"
#include "codeownersimport.h"
#include "commands.h"
#include "jsonio.h"
#include "orgsnapshot.h"
#include "ownershipcases.h"
#include "ownershipdiagnostics.h"
#include "ownershipeventreader.h"
#include "ownershipimpact.h"
#include "ownershipmatcher.h"
#include "ownershipparser.h"
#include "ownershiptester.h"
#include "tr.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace sc::cli {

namespace {

Result<QString> readText(const QString& path, const QString& what)
{
    if (path.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("Give the %1 file.").arg(what));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Usage, Tr::tr("Cannot read the %1 file %2: %3.").arg(what, path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<OwnershipRules> readRules(const QString& path)
{
    const Result<QString> text = readText(path, Tr::tr("rules"));
    if (!text)
        return tl::unexpected(text.error());
    Result<OwnershipRules> rules = parseOwnership(*text);
    if (!rules)
        return fail(ErrorKind::Usage, QStringLiteral("%1: %2").arg(path, rules.error().message));
    return rules;
}

QStringList subArgs(const QStringList& args, const QString& sub)
{
    return QStringList{QStringLiteral("ownership %1").arg(sub)} + args.mid(2);
}

bool wantsJson(const QCommandLineParser& parser, const QString& option = QStringLiteral("format"))
{
    return parser.value(option) == QLatin1String("json");
}

int check(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Ownership rules text file."));
    parser.addOption({QStringLiteral("snapshot"), Tr::tr("Org snapshot (from 'export') to check owners against."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("project"), Tr::tr("Project slug: also check that owners have access to it."), QStringLiteral("SLUG")});
    parser.addOption(formatOption({QStringLiteral("json")}));
    if (auto code = parseOrExit(parser, subArgs(args, QStringLiteral("check")),
                                Tr::tr("Check ownership rules: Sentry's rejections (errors, exit 3) and silent surprises (warnings).")))
        return *code;
    const QString file = parser.positionalArguments().value(0);
    const Result<QString> text = readText(file, Tr::tr("rules"));
    if (!text)
        return reportError(QStringLiteral("ownership check"), text.error());
    OrgSnapshot snapshot;
    OwnershipCheckOptions options;
    if (parser.isSet(QStringLiteral("snapshot"))) {
        Result<OrgSnapshot> loaded = OrgSnapshot::load(parser.value(QStringLiteral("snapshot")));
        if (!loaded)
            return reportError(QStringLiteral("ownership check"), Error{ErrorKind::Usage, loaded.error().message, loaded.error().detail, 0});
        snapshot = std::move(*loaded);
        options.snapshot = &snapshot;
        options.projectSlug = parser.value(QStringLiteral("project"));
        if (!options.projectSlug.isEmpty() && !snapshot.projectBySlug(options.projectSlug))
            return reportError(QStringLiteral("ownership check"),
                               Error{ErrorKind::Usage, Tr::tr("The snapshot has no project %1.").arg(options.projectSlug), {}, 0});
    }
    const QList<OwnershipDiagnostic> diagnostics = checkOwnership(*text, options);
    const int errors = countSeverity(diagnostics, OwnershipDiagnostic::Severity::Error);
    const int warnings = countSeverity(diagnostics, OwnershipDiagnostic::Severity::Warning);
    if (wantsJson(parser)) {
        QJsonArray list;
        for (const OwnershipDiagnostic& d : diagnostics)
            list.append(d.toJson());
        QJsonObject result{{QStringLiteral("file"), file}, {QStringLiteral("errors"), errors},
                           {QStringLiteral("warnings"), warnings}, {QStringLiteral("diagnostics"), list}};
        const QString rejection = sentryRejection(diagnostics);
        result.insert(QStringLiteral("sentryRejection"), rejection.isEmpty() ? QJsonValue() : QJsonValue(rejection));
        printJson(result);
    } else {
        for (const OwnershipDiagnostic& d : diagnostics)
            out() << QStringLiteral("%1:%2:%3: %4: %5 [%6]\n").arg(escapeControls(file)).arg(d.line).arg(d.column).arg(d.severityName(), escapeControls(d.message), escapeControls(d.code));
        out() << Tr::tr("%n error(s)", nullptr, errors) << ", " << Tr::tr("%n warning(s)", nullptr, warnings) << '\n';
        out().flush();
    }
    return errors > 0 ? ExitProblems : ExitOk;
}

int who(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rules"), Tr::tr("Ownership rules text file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("path"), Tr::tr("A file path in a stack frame (repeatable)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("module"), Tr::tr("A module in a stack frame (repeatable)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("url"), Tr::tr("The request URL."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("tag"), Tr::tr("A tag key=value (repeatable)."), QStringLiteral("k=v")});
    parser.addOption({QStringLiteral("event"), Tr::tr("A Sentry event JSON file (ingest or API shape)."), QStringLiteral("E.json")});
    parser.addOption({QStringLiteral("platform"), Tr::tr("Event platform (java, cocoa, …) for derived file names."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("sdk"), Tr::tr("Event SDK name (sentry.dart.flutter derives Dart file names)."), QStringLiteral("NAME")});
    parser.addOption(formatOption({QStringLiteral("json")}));
    if (auto code = parseOrExit(parser, subArgs(args, QStringLiteral("who")),
                                Tr::tr("Who owns this? Owners, the matching rules (Sentry's rank), and which value matched.")))
        return *code;
    const QString command = QStringLiteral("ownership who");
    Result<OwnershipRules> rules = readRules(parser.value(QStringLiteral("rules")));
    if (!rules)
        return reportError(command, rules.error());
    OwnershipTesterInput input;
    if (parser.isSet(QStringLiteral("event"))) {
        const Result<QJsonDocument> doc = readJsonFile(parser.value(QStringLiteral("event")));
        if (!doc)
            return reportError(command, Error{ErrorKind::Usage, doc.error().message, doc.error().detail, 0});
        input.event = doc->object();
    }
    input.platform = parser.value(QStringLiteral("platform"));
    input.sdkName = parser.value(QStringLiteral("sdk"));
    input.paths = parser.values(QStringLiteral("path"));
    input.modules = parser.values(QStringLiteral("module"));
    input.url = parser.value(QStringLiteral("url"));
    for (const QString& t : parser.values(QStringLiteral("tag"))) {
        const auto tag = parseOwnershipTag(t);
        if (!tag)
            return reportError(command, Error{ErrorKind::Usage, Tr::tr("--tag takes key=value, not '%1'.").arg(t), {}, 0});
        input.tags.append(*tag);
    }
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    if (!event)
        return reportError(command, event.error());
    if (isEmptyOwnershipQuery(*event) && !parser.isSet(QStringLiteral("event")))
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Give at least one of --path, --module, --url, --tag or --event."), {}, 0});
    const OwnershipTesterAnswer answer = whoOwns(*rules, *event);
    if (wantsJson(parser)) {
        QJsonObject json = answer.result.toJson();
        QJsonArray matches;
        for (const OwnershipMatchReason& r : answer.result.reasons) {
            const OwnershipRule& rule = rules->rules.at(r.rule);
            QJsonObject m{{QStringLiteral("rule"), r.rule}, {QStringLiteral("line"), rule.line},
                          {QStringLiteral("text"), rule.toText()}, {QStringLiteral("matcher"), rule.type},
                          {QStringLiteral("pattern"), rule.pattern}, {QStringLiteral("source"), r.source},
                          {QStringLiteral("value"), r.value}, {QStringLiteral("why"), ownershipMatchExplanation(r, rule)}};
            if (!r.key.isEmpty())
                m.insert(QStringLiteral("key"), r.key);
            if (r.frame >= 0)
                m.insert(QStringLiteral("frame"), r.frame);
            matches.append(m);
        }
        json.insert(QStringLiteral("matches"), matches);
        printJson(json);
        return ExitOk;
    }
    out() << Tr::tr("Owners: %1").arg(escapeControls(ownersText(answer.result.owners))) << '\n';
    if (answer.matches.isEmpty()) {
        out() << Tr::tr("No rule matches.") << '\n';
    } else {
        out() << Tr::tr("Matching rules, highest rank first (Sentry auto-assigns from the first):") << '\n';
        for (const OwnershipTesterMatch& match : answer.matches)
            out() << QStringLiteral("  line %1: %2\n      %3\n").arg(match.line).arg(escapeControls(match.ruleText), escapeControls(match.why));
    }
    out().flush();
    return ExitOk;
}

int eval(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cases"), Tr::tr("Case file in the shared ownership examples format."), QStringLiteral("FILE")});
    if (auto code = parseOrExit(parser, subArgs(args, QStringLiteral("eval")),
                                Tr::tr("Evaluate an ownership case file; prints {\"results\": [{\"id\", \"result\"}]}.")))
        return *code;
    const QString command = QStringLiteral("ownership eval");
    const QString path = parser.value(QStringLiteral("cases"));
    if (path.isEmpty())
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Give the case file with --cases."), {}, 0});
    const Result<QJsonDocument> doc = readJsonFile(path);
    if (!doc)
        return reportError(command, Error{ErrorKind::Usage, doc.error().message, doc.error().detail, 0});
    const Result<QJsonObject> results = evaluateOwnershipCases(doc->object());
    if (!results)
        return reportError(command, results.error());
    printJson(*results);
    return ExitOk;
}

int replay(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rules"), Tr::tr("Ownership rules text file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("events"), Tr::tr("Events, one Sentry event JSON per line."), QStringLiteral("FILE.jsonl")});
    parser.addOption({QStringLiteral("against"), Tr::tr("Old rules: report which events change owner, grouped old → new."), QStringLiteral("OLD_RULES")});
    parser.addOption(formatOption({QStringLiteral("json")}, QStringLiteral("json")));
    if (auto code = parseOrExit(parser, subArgs(args, QStringLiteral("replay")),
                                Tr::tr("Evaluate rules over events: one {\"owners\", \"rules\"} JSON line per event, or the "
                                       "impact of a rule change with --against.")))
        return *code;
    const QString command = QStringLiteral("ownership replay");
    Result<OwnershipRules> rules = readRules(parser.value(QStringLiteral("rules")));
    if (!rules)
        return reportError(command, rules.error());
    std::optional<OwnershipMatcher> old;
    if (parser.isSet(QStringLiteral("against"))) {
        Result<OwnershipRules> oldRules = readRules(parser.value(QStringLiteral("against")));
        if (!oldRules)
            return reportError(command, oldRules.error());
        old.emplace(*oldRules);
    }
    QFile events(parser.value(QStringLiteral("events")));
    if (events.fileName().isEmpty() || !events.open(QIODevice::ReadOnly))
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Cannot read the events file '%1'.").arg(events.fileName()), {}, 0});
    const OwnershipMatcher matcher(*rules);
    const Result<QString> format = outputFormat(parser, {QStringLiteral("json")});
    if (!format)
        return reportError(command, format.error());
    const bool table = *format == QLatin1String("table");
    OwnershipImpact impact;
    // Events are read with simdjson straight into the matcher's event; QJsonDocument reads only
    // the lines the fast reader declines (so errors read as before). JSON lines go out in blocks.
    OwnershipEventReader reader;
    OwnershipResultWriter writer;
    QByteArray block;
    out().flush();
    auto writeBlock = [&block] {
        std::fwrite(block.constData(), 1, size_t(block.size()), stdout);
        block.clear();
    };
    int lineNo = 0;
    OwnershipEvent event;
    QString eventId;
    while (!events.atEnd()) {
        const QByteArray line = events.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const bool needId = old || table;
        if (!reader.read(line, &event, needId ? &eventId : nullptr, QString::number(lineNo))) {
            const Result<QJsonDocument> doc = parseJson(line, Tr::tr("%1 line %2").arg(events.fileName()).arg(lineNo));
            if (!doc || !doc->isObject()) {
                writeBlock();
                return reportError(command, Error{ErrorKind::Usage,
                                                  doc ? Tr::tr("Line %1 of %2 is not a JSON object.").arg(lineNo).arg(events.fileName())
                                                      : doc.error().message, {}, 0});
            }
            event = OwnershipEvent::fromJson(doc->object());
            eventId = ownershipEventId(doc->object(), QString::number(lineNo));
        }
        const OwnershipMatchResult result = matcher.match(event);
        if (old) {
            impact.add(eventId, old->match(event), result);
        } else if (table) {
            QStringList ranks;
            for (int r : result.rules)
                ranks << QString::number(r);
            out() << QStringLiteral("%1  %2  [%3]\n").arg(escapeControls(eventId), -34).arg(escapeControls(ownersText(result.owners)), ranks.join(QLatin1Char(',')));
        } else {
            writer.append(result, &block);
            block.append('\n');
            if (block.size() > (1 << 16))
                writeBlock();
        }
    }
    writeBlock();
    std::fflush(stdout);
    if (old) {
        impact.finish();
        if (table)
            out() << escapeControls(impact.toTable(), LineBreaks::Keep);
        else
            printJson(impact.toJson());
    }
    out().flush();
    return ExitOk;
}

int importCodeownersCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CODEOWNERS"), Tr::tr("GitHub or GitLab CODEOWNERS file."));
    parser.addOption({QStringLiteral("mapping"), Tr::tr("Owner mapping: JSON {\"@org/team\": \"#team\"} or lines \"external sentry\"."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("snapshot"), Tr::tr("Org snapshot: map @org/team and member e-mails automatically."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("source-root"), Tr::tr("Code mapping source root (replaced in anchored paths)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("stack-root"), Tr::tr("Code mapping stack root."), QStringLiteral("PATH")});
    parser.addOption(formatOption({QStringLiteral("json")}));
    if (auto code = parseOrExit(parser, subArgs(args, QStringLiteral("import-codeowners")),
                                Tr::tr("Convert CODEOWNERS into Sentry ownership rules; exit 3 when owners could not be mapped or a "
                                       "line would not read back as the same rule in Sentry (it is dropped).")))
        return *code;
    const QString command = QStringLiteral("ownership import-codeowners");
    const Result<QString> text = readText(parser.positionalArguments().value(0), QStringLiteral("CODEOWNERS"));
    if (!text)
        return reportError(command, text.error());
    CodeownersMapping mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        const Result<QString> mappingText = readText(parser.value(QStringLiteral("mapping")), Tr::tr("mapping"));
        if (!mappingText)
            return reportError(command, mappingText.error());
        Result<CodeownersMapping> parsed = parseCodeownersMapping(*mappingText);
        if (!parsed)
            return reportError(command, Error{parsed.error().kind,
                                              QStringLiteral("%1: %2").arg(parser.value(QStringLiteral("mapping")),
                                                                           parsed.error().message),
                                              parsed.error().detail, 0});
        mapping = *parsed;
    }
    if (parser.isSet(QStringLiteral("snapshot"))) {
        const Result<OrgSnapshot> snapshot = OrgSnapshot::load(parser.value(QStringLiteral("snapshot")));
        if (!snapshot)
            return reportError(command, Error{ErrorKind::Usage, snapshot.error().message, {}, 0});
        mapping = withSnapshotMapping(mapping, *snapshot);
    }
    const CodeownersImport result = importCodeowners(*text, mapping, parser.value(QStringLiteral("source-root")),
                                                     parser.value(QStringLiteral("stack-root")));
    if (wantsJson(parser)) {
        QJsonArray issues;
        for (const CodeownersImportIssue& i : result.issues)
            issues.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("message"), i.message}});
        printJson(QJsonObject{{QStringLiteral("rules"), result.rules}, {QStringLiteral("ruleCount"), result.ruleCount},
                              {QStringLiteral("unmapped"), QJsonArray::fromStringList(result.unmappedOwners)},
                              {QStringLiteral("issues"), issues},
                              {QStringLiteral("unparseableRules"), result.unparseableRules}});
    } else {
        out() << result.rules;
        out().flush();
        for (const CodeownersImportIssue& i : result.issues)
            err() << QStringLiteral("%1:%2: %3\n").arg(escapeControls(parser.positionalArguments().value(0)), QString::number(i.line), escapeControls(i.message));
        if (!result.unmappedOwners.isEmpty())
            err() << Tr::tr("Unmapped owners: %1").arg(escapeControls(result.unmappedOwners.join(QStringLiteral(", ")))) << '\n';
        err().flush();
    }
    return result.unmappedOwners.isEmpty() && result.unparseableRules == 0 ? ExitOk : ExitProblems;
}

void printOwnershipUsage()
{
    out() << Tr::tr("Usage: sentry-console ownership <check|who|eval|replay|import-codeowners> [options]") << "\n\n"
          << Tr::tr("  check FILE [--snapshot S] [--project SLUG] [--format table|json]  diagnostics; exit 3 on errors") << '\n'
          << Tr::tr("  who --rules FILE (--path P | --url U | --tag k=v | --event E.json)...   owners and why") << '\n'
          << Tr::tr("  eval --cases FILE                                                   evaluate a case file") << '\n'
          << Tr::tr("  replay --rules FILE --events FILE.jsonl [--against OLD] [--format json|table]") << '\n'
          << Tr::tr("  import-codeowners CODEOWNERS [--mapping M] [--snapshot S]           CODEOWNERS → rules") << '\n';
    out().flush();
}

} // namespace

int cmdOwnership(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("check"))
        return check(args);
    if (sub == QLatin1String("who"))
        return who(args);
    if (sub == QLatin1String("eval"))
        return eval(args);
    if (sub == QLatin1String("replay"))
        return replay(args);
    if (sub == QLatin1String("import-codeowners"))
        return importCodeownersCommand(args);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printOwnershipUsage();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << Tr::tr("sentry-console ownership: unknown sub-command '%1'.").arg(sub) << '\n';
    err().flush();
    printOwnershipUsage();
    return ExitUsage;
}

} // namespace sc::cli
