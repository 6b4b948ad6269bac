// SPDX-License-Identifier: MIT
// sentry-console audit [plan]: every project against the reference architecture, and the change
// set that fixes what the API can fix.
#include "architectureaudit.h"
#include "architectureplanner.h"
#include "architecturepolicy.h"
#include "clicommon.h"
#include "textescape.h"
#include "commands.h"
#include "orgpuller.h"
#include "sentryclient.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sc::cli {

namespace {


void addCommonOptions(QCommandLineParser& parser)
{
    addPolicyAndSnapshotOptions(parser, Tr::tr("Policy file: the tier policy with an architecture: section (default: built in)."));
}

int audit(const QStringList& args)
{
    const QString command = QStringLiteral("audit");
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("format"), Tr::tr("Output: table (default), json or markdown."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Audit every project against the reference architecture: topology, ownership, tiers, the "
                   "health-check filter, PII scrubbing, key quotas, spike protection, releases, source maps and "
                   "cron monitors (ok, drifted, missing or n/a, with the drifting fields). 'audit plan' writes the "
                   "fixes as a change set.\n\nExit codes: 0 all checks pass, 1 failed, 2 bad usage or an unreadable "
                   "policy/snapshot, 3 a check of severity error is drifted or missing.")))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("markdown"))
        return reportError(command, Error{ErrorKind::Usage, Tr::tr("--format takes table, json or markdown."), {}, 0});
    const Result<ArchitecturePolicy> policy = loadPolicyOption<ArchitecturePolicy>(parser);
    if (!policy)
        return reportError(command, policy.error());
    return withSnapshot(parser, command, [&](const OrgSnapshot& snapshot) {
        const ArchitectureAudit report = auditArchitecture(snapshot, *policy);
        if (format == QLatin1String("json")) {
            QJsonObject json = report.toJson();
            json.insert(QStringLiteral("ok"), !report.failed());
            json.insert(QStringLiteral("orgSlug"), snapshot.orgSlug);
            printJson(json);
        } else {
            // Project, team and finding texts come from the server: escaped, line breaks kept.
            out() << escapeControls(format == QLatin1String("markdown") ? report.toMarkdown() : report.toTable(),
                                    LineBreaks::Keep);
            out().flush();
        }
        return report.failed() ? int(ExitProblems) : int(ExitOk);
    });
}

int plan(const QStringList& args)
{
    const QString command = QStringLiteral("audit plan");
    QCommandLineParser parser;
    addCommonOptions(parser);
    addPlanOptions(parser);
    if (std::optional<int> code = parseOrExit(
            parser, args,
            Tr::tr("Plan the operations that bring the selected projects (default: the whole org) to the reference "
                   "architecture, as a change-set file for 'sentry-console diff' and 'apply'. What the API cannot "
                   "fix (releases, source maps, owners that do not exist) is listed as notes.\n\nExit codes: 0 "
                   "planned (possibly nothing), 1 failed, 2 bad usage or an unreadable policy/snapshot.")))
        return *code;
    const Result<ArchitecturePolicy> policy = loadPolicyOption<ArchitecturePolicy>(parser);
    if (!policy)
        return reportError(command, policy.error());
    const QStringList projects = parser.values(QStringLiteral("project"));
    const QStringList teams = parser.values(QStringLiteral("team"));
    const QString output = parser.value(QStringLiteral("output"));
    return withSnapshot(parser, command, [&](const OrgSnapshot& snapshot) {
        const Result<ArchitecturePlan> plan = planArchitectureFixes(snapshot, *policy, projects, teams);
        if (!plan)
            return reportError(command, Error{ErrorKind::Usage, plan.error().message, plan.error().detail, 0});
        return writePlan(command, plan->notes, plan->changes, output);
    });
}

} // namespace

int cmdAudit(const QStringList& args)
{
    if (args.value(1) == QLatin1String("plan"))
        return plan(args.mid(1));
    return audit(args);
}

} // namespace sc::cli
