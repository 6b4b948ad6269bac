// SPDX-License-Identifier: MIT
// sentry-console tiers audit | plan | policy: the alert tier policy over a snapshot or a live org.
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "orgpuller.h"
#include "sentryclient.h"
#include "tieraudit.h"
#include "tierplanner.h"
#include "tierpolicy.h"
#include "tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace sc::cli {

namespace {


void addSnapshotOptions(QCommandLineParser& parser)
{
    addPolicyAndSnapshotOptions(parser, Tr::tr("Tier policy file (YAML; default: the built-in policy)."));
}

QString stateCell(const TierCoverage& coverage, bool markdown)
{
    switch (coverage.state) {
    case TierState::Ok: return coverage.required ? QStringLiteral("ok") : QStringLiteral("n/a");
    case TierState::Drifted: return markdown ? QStringLiteral("**drifted**") : QStringLiteral("DRIFTED");
    case TierState::Missing: return markdown ? QStringLiteral("**missing**") : QStringLiteral("MISSING");
    }
    return {};
}

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("none");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QStringList detailLines(const AuditReport& report)
{
    QStringList lines;
    for (const ProjectAudit& project : report.projects) {
        for (int t = 0; t < TierCount; ++t) {
            const TierCoverage& coverage = project.tiers[size_t(t)];
            if (coverage.state == TierState::Missing) {
                lines.append(Tr::tr("%1 %2: missing").arg(project.slug, tierName(Tier(t))));
                continue;
            }
            for (const TierDrift& drift : coverage.drift) {
                lines.append(Tr::tr("%1 %2: %3 %4: policy %5, server %6")
                                 .arg(project.slug, tierName(Tier(t)),
                                      drift.object.isEmpty() ? QStringLiteral("-") : drift.object, drift.field,
                                      valueText(drift.policy), valueText(drift.server)));
            }
        }
        if (!project.unclassified.isEmpty())
            lines.append(Tr::tr("%1: unclassified alerts %2").arg(project.slug, project.unclassified.join(QLatin1String(", "))));
    }
    return lines;
}

void printTable(const AuditReport& report)
{
    QList<QStringList> rows;
    rows.append({Tr::tr("PROJECT"), Tr::tr("TEAMS"), QStringLiteral("P0"), QStringLiteral("P1"), QStringLiteral("P2"),
                 QStringLiteral("P3"), Tr::tr("UNCLASSIFIED")});
    for (const ProjectAudit& project : report.projects) {
        // Slugs and team names come from the server: escaped before the widths are measured.
        QStringList row{escapeControls(project.slug), escapeControls(project.teams.join(QLatin1Char(',')))};
        for (const TierCoverage& coverage : project.tiers)
            row.append(stateCell(coverage, false));
        row.append(QString::number(project.unclassified.size()));
        rows.append(row);
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    for (const QStringList& row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(row.at(c).leftJustified(widths[c]));
        out() << cells.join(QLatin1String("  ")).trimmed() << '\n';
    }
    const QStringList details = detailLines(report);
    if (!details.isEmpty()) {
        out() << '\n';
        for (const QString& line : details)
            out() << escapeControls(line) << '\n';
    }
    out() << '\n'
          << (report.allOk() ? Tr::tr("All %n project(s) follow the tier policy.", nullptr, int(report.projects.size()))
                             : Tr::tr("Some projects do not follow the tier policy."))
          << '\n';
    out().flush();
}

// A table cell: no control characters, and a '|' in a name does not start a new column.
QString markdownCell(const QString& text)
{
    return escapeControls(text).replace(QLatin1Char('|'), QLatin1String("\\|"));
}

void printMarkdown(const AuditReport& report)
{
    out() << "| " << Tr::tr("Project") << " | " << Tr::tr("Teams") << " | P0 | P1 | P2 | P3 | " << Tr::tr("Unclassified") << " |\n";
    out() << "|---|---|---|---|---|---|---|\n";
    for (const ProjectAudit& project : report.projects) {
        out() << "| " << markdownCell(project.slug) << " | " << markdownCell(project.teams.join(QLatin1String(", "))) << " |";
        for (const TierCoverage& coverage : project.tiers)
            out() << ' ' << stateCell(coverage, true) << " |";
        out() << ' ' << project.unclassified.size() << " |\n";
    }
    const QStringList details = detailLines(report);
    if (!details.isEmpty()) {
        out() << '\n';
        for (const QString& line : details)
            out() << "- " << escapeControls(line) << '\n';
    }
    out().flush();
}

int audit(const QStringList& args)
{
    const QString command = QStringLiteral("tiers audit");
    QCommandLineParser parser;
    addSnapshotOptions(parser);
    parser.addOption(formatOption({QStringLiteral("json"), QStringLiteral("markdown")}));
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Audit every project against the alert tier policy (P0–P3): ok, drifted (field by field) or "
                   "missing, plus the alerts that express no tier.\n\nP2 is span-based (events_analytics_platform, "
                   "is_transaction:1); a transaction-based P2 and its migrated span form count as the same tier part. "
                   "P1/P3 workflows cover a project through its issue_stream or its error detector.\n\nExit codes: "
                   "0 all ok, 1 failed, 2 bad usage or unreadable policy/snapshot, 3 some tier is missing or drifted.")))
        return *code;
    const Result<QString> chosenFormat = outputFormat(parser, {QStringLiteral("json"), QStringLiteral("markdown")});
    if (!chosenFormat)
        return reportError(command, chosenFormat.error());
    const QString format = *chosenFormat;
    const Result<TierPolicy> policy = loadPolicyOption<TierPolicy>(parser);
    if (!policy)
        return reportError(command, policy.error());
    return withSnapshot(parser, command, [&](const OrgSnapshot& snapshot) {
        const AuditReport report = auditTiers(snapshot, *policy);
        if (format == QLatin1String("json")) {
            QJsonObject json = report.toJson();
            QJsonObject summary;
            for (int t = 0; t < TierCount; ++t) {
                summary.insert(tierName(Tier(t)), QJsonObject{{QStringLiteral("ok"), report.count(Tier(t), TierState::Ok)},
                                                              {QStringLiteral("drifted"), report.count(Tier(t), TierState::Drifted)},
                                                              {QStringLiteral("missing"), report.count(Tier(t), TierState::Missing)}});
            }
            json.insert(QStringLiteral("summary"), summary);
            json.insert(QStringLiteral("ok"), report.allOk());
            json.insert(QStringLiteral("org"), snapshot.orgSlug);
            json.insert(QStringLiteral("policy"), policy->sourceName());
            printJson(json);
        } else if (format == QLatin1String("markdown")) {
            printMarkdown(report);
        } else {
            printTable(report);
        }
        return report.allOk() ? int(ExitOk) : int(ExitProblems);
    });
}

int plan(const QStringList& args)
{
    const QString command = QStringLiteral("tiers plan");
    QCommandLineParser parser;
    addSnapshotOptions(parser);
    addPlanOptions(parser);
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Plan the creates, updates and connections that bring the selected projects (default: the whole "
                   "org) to the tier policy, as a change-set file for 'sentry-console apply'. Never rewrites "
                   "alerts the policy does not manage.\n\nP2 detectors are created on spans "
                   "(events_analytics_platform, is_transaction:1, p95(span.duration) / apdex(span.duration,300)). "
                   "Sentry no longer edits the query of a transaction-based detector, so fixing one means creating "
                   "its span form and deleting the old one: two operations, and the delete runs only after the "
                   "create is verified. A threshold-only fix stays an update. P1/P3 connections go to each "
                   "project's issue_stream detector where it exists, else its error detector.\n\nExit codes: "
                   "0 planned (possibly nothing), "
                   "1 failed, 2 bad usage, an unreadable policy/snapshot, or a policy that cannot route a tier "
                   "(nothing written).")))
        return *code;
    const Result<TierPolicy> policy = loadPolicyOption<TierPolicy>(parser);
    if (!policy)
        return reportError(command, policy.error());
    const QStringList projects = parser.values(QStringLiteral("project"));
    const QStringList teams = parser.values(QStringLiteral("team"));
    const QString output = parser.value(QStringLiteral("output"));
    return withSnapshot(parser, command, [&](const OrgSnapshot& snapshot) {
        const TierPlanner planner(snapshot, *policy);
        const Result<QStringList> selection = planner.selectProjects(projects, teams);
        if (!selection)
            return reportError(command, selection.error());
        const Result<TierPlan> plan = planner.plan(*selection);
        if (!plan)
            return reportError(command, Error{ErrorKind::Usage, plan.error().message, plan.error().detail, 0});
        return writePlan(command, plan->notes, plan->changes, output);
    });
}

int policyCommand(const QStringList& args)
{
    const QString command = QStringLiteral("tiers policy");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("check"), Tr::tr("Check a policy file (with --snapshot or a connection: also against the org)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("print-default"), Tr::tr("Print the built-in default policy.")});
    parser.addOption({QStringLiteral("snapshot"), Tr::tr("Check targets and routing against this snapshot."), QStringLiteral("FILE")});
    parser.addOption(formatOption({QStringLiteral("json")}));
    addConnectionOptions(parser);
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Check a tier policy file: syntax, tiers, thresholds and keys (with line numbers), and, given an "
                   "org (--snapshot or --org with a token), that its Slack / PagerDuty targets exist and every team "
                   "can be routed.\n\nExit codes: 0 valid, 1 failed, 2 bad usage or unreadable file, 3 problems found.")))
        return *code;
    if (parser.isSet(QStringLiteral("print-default"))) {
        out() << TierPolicy::defaultPolicyText();
        out().flush();
        return ExitOk;
    }
    const QString path = parser.value(QStringLiteral("check"));
    if (path.isEmpty())
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Say which file to check: --check FILE."), {}, 0});
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()), {}, 0});
    const QString text = QString::fromUtf8(file.readAll());

    auto report = [&](const QList<PolicyDiagnostic>& diagnostics) {
        if (json) {
            QJsonArray list;
            for (const PolicyDiagnostic& d : diagnostics)
                list.append(QJsonObject{{QStringLiteral("file"), d.source},
                                        {QStringLiteral("line"), d.where.line},
                                        {QStringLiteral("column"), d.where.column},
                                        {QStringLiteral("message"), d.message}});
            printJson(QJsonObject{{QStringLiteral("ok"), diagnostics.isEmpty()}, {QStringLiteral("problems"), list}});
        } else {
            for (const PolicyDiagnostic& d : diagnostics)
                out() << escapeControls(d.toString()) << '\n';
            if (diagnostics.isEmpty())
                out() << Tr::tr("%1: the policy is valid.").arg(path) << '\n';
            out().flush();
        }
        return diagnostics.isEmpty() ? int(ExitOk) : int(ExitProblems);
    };

    const QList<PolicyDiagnostic> structural = TierPolicy::check(text, path);
    const bool haveOrg = parser.isSet(QStringLiteral("snapshot")) || parser.isSet(QStringLiteral("org"))
        || qEnvironmentVariableIsSet("SENTRY_ORG");
    if (!structural.isEmpty() || !haveOrg)
        return report(structural);
    const TierPolicy policy = *TierPolicy::fromYaml(text, path);
    if (parser.isSet(QStringLiteral("snapshot"))) {
        Result<OrgSnapshot> snapshot = OrgSnapshot::load(parser.value(QStringLiteral("snapshot")));
        if (!snapshot)
            return reportError(command, Error{ErrorKind::Usage, snapshot.error().message, snapshot.error().detail, 0});
        snapshot->reindex();
        return report(policy.validateFor(*snapshot));
    }
    return withSnapshot(parser, command, [&](const OrgSnapshot& snapshot) { return report(policy.validateFor(snapshot)); });
}

} // namespace

int cmdTiers(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("audit"))
        return audit(rest);
    if (sub == QLatin1String("plan"))
        return plan(rest);
    if (sub == QLatin1String("policy"))
        return policyCommand(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        out() << Tr::tr("Usage: sentry-console tiers <audit|plan|policy> [options]\n\n"
                        "  audit   coverage matrix of the P0–P3 alert tiers (exit 3 when something is missing or drifted)\n"
                        "  plan    change set that brings projects, teams or the org to the policy\n"
                        "  policy  check a policy file (--check FILE) or print the default (--print-default)\n\n"
                        "Run 'sentry-console tiers <command> --help' for the options.\n");
        out().flush();
        return sub.isEmpty() ? int(ExitUsage) : int(ExitOk);
    }
    return reportError(QStringLiteral("tiers"),
                       Error{ErrorKind::Usage, Tr::tr("Unknown tiers command \"%1\"; use audit, plan or policy.").arg(sub), {}, 0});
}

} // namespace sc::cli
