// SPDX-License-Identifier: MIT
// The issue's "done means", headless, against the fake Sentry in this process (the commands run
// their own event loop, which also serves the server): audit → audit plan → apply → audit is all
// ok on the demo seed; service create → audit shows the new service conformant; bad input
// (unknown team, taken slug, a policy naming an unknown check) fails clearly with nothing written.
#include "architectureaudit.h"
#include "architecturepolicy.h"
#include "changeset.h"
#include "cli.h"
#include "fakesentryserver.h"
#include "orgpuller.h"
#include "requestshapes.h"
#include "result.h"
#include "sentryclient.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sc;

class TestArchitectureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void audit_planApplyAudit_isAllOkOnTheDemoSeed();
    void serviceCreate_thenAuditShowsItConformant();
    void serviceCreate_dryRunWritesNothing();
    void serviceCreate_unknownTeamIsUsageErrorAndWritesNothing();
    void serviceCreate_takenSlugIs409AndWritesNothing();
    void audit_policyNamingAnUnknownCheckIsUsageError();
    void auditPlan_unknownTeamIsUsageErrorAndWritesNothing();

private:
    // Runs the command with stderr captured into `errText` (the message a user reads).
    int run(const QStringList& args, QString* errText = nullptr);
    OrgSnapshot pullNow();
    ArchitectureAudit auditNow();
    int writes() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSentryServer> m_server;
};

void TestArchitectureCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
    qputenv("SENTRY_URL", m_server->url().toString().toUtf8());
    qputenv("SENTRY_AUTH_TOKEN", m_server->token().toUtf8());
    qputenv("SENTRY_ORG", m_server->orgSlug().toUtf8());
}

int TestArchitectureCli::run(const QStringList& args, QString* errText)
{
    const QString errPath = m_dir->filePath(u"stderr.txt"_s);
    fflush(stderr);
    const int saved = dup(STDERR_FILENO);
    FILE* capture = fopen(QFile::encodeName(errPath).constData(), "w");
    dup2(fileno(capture), STDERR_FILENO);
    const int code = cli::run(QStringList{u"sentry-console"_s} + args);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    fclose(capture);
    QFile file(errPath);
    if (errText && file.open(QIODevice::ReadOnly))
        *errText = QString::fromUtf8(file.readAll());
    return code;
}

int TestArchitectureCli::writes() const
{
    int n = 0;
    for (const QString& line : m_server->requestLog()) {
        if (!line.startsWith(u"GET "_s))
            ++n;
    }
    return n;
}

OrgSnapshot TestArchitectureCli::pullNow()
{
    ClientConfig config;
    config.baseUrl = m_server->url();
    config.token = m_server->token();
    SentryClient client(config);
    OrgPuller puller(&client, m_server->orgSlug());
    std::optional<OrgSnapshot> snapshot;
    connect(&puller, &OrgPuller::succeeded, this, [&](const OrgSnapshot& s) { snapshot = s; });
    puller.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 15000); }();
    return snapshot ? *snapshot : OrgSnapshot();
}

ArchitectureAudit TestArchitectureCli::auditNow()
{
    return auditArchitecture(pullNow(), ArchitecturePolicy::defaultPolicy());
}

// "project check state: detail" for every problem, so a failure names what is left.
static QStringList problems(const ArchitectureAudit& audit)
{
    QStringList out;
    for (const ProjectArchitectureAudit& p : audit.projects) {
        for (const CheckResult& r : p.checks) {
            if (r.problem())
                out.append(u"%1 %2 %3: %4"_s.arg(p.slug, r.id, checkStateName(r.state), r.detail));
        }
    }
    for (const TeamArchitectureAudit& t : audit.teams) {
        for (const CheckResult& r : t.checks) {
            if (r.problem())
                out.append(u"team %1 %2: %3"_s.arg(t.slug, r.id, r.detail));
        }
    }
    for (const CheckResult& r : audit.org) {
        if (r.problem())
            out.append(u"org %1: %2"_s.arg(r.id, r.detail));
    }
    return out;
}

void TestArchitectureCli::audit_planApplyAudit_isAllOkOnTheDemoSeed()
{
    const QStringList before = problems(auditNow());
    // The demo's gaps, one per check that can drift.
    for (const QString& gap : {u"auth-service health-check-filter"_s, u"user-service pii"_s, u"payment-api quota"_s,
                               u"api-gateway spike-protection"_s, u"billing-worker crons"_s, u"auth-service ownership"_s,
                               u"billing-worker tiers"_s, u"reporting-api topology missing"_s, u"reporting-api ownership"_s,
                               u"payment-api topology drifted"_s})
        QVERIFY2(!before.filter(gap).isEmpty(), qPrintable(gap + u" not found in:\n"_s + before.join(u'\n')));
    QCOMPARE(run({u"audit"_s}), int(ExitProblems));
    QCOMPARE(run({u"audit"_s, u"--format"_s, u"json"_s}), int(ExitProblems));
    QCOMPARE(run({u"audit"_s, u"--format"_s, u"markdown"_s}), int(ExitProblems));

    const QString changes = m_dir->filePath(u"changes.json"_s);
    QCOMPARE(run({u"audit"_s, u"plan"_s, u"-o"_s, changes}), int(ExitOk));
    const Result<ChangeSet> set = ChangeSet::load(changes);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QStringList types;
    for (const ChangeOperation& op : set->operations)
        types.append(targetTypeName(op.target.type));
    for (const QString& type : {u"inboundFilter"_s, u"projectSettings"_s, u"clientKey"_s, u"spikeProtection"_s,
                                u"monitor"_s, u"projectTeam"_s, u"ownership"_s})
        QVERIFY2(types.contains(type), qPrintable(type));
    // Every placeholder names an earlier operation of this set, and the delete of a replaced P2
    // detector waits for the create of its replacement (the tier operations are renumbered).
    QHash<QString, const ChangeOperation*> byId;
    for (const ChangeOperation& op : set->operations) {
        for (const QString& dep : placeholderOperations(op)) {
            QVERIFY2(byId.contains(dep), qPrintable(op.id + u" names "_s + dep + u", not an earlier operation"_s));
            if (op.kind == OperationKind::Delete && op.target.type == TargetType::Detector)
                QVERIFY2(byId.value(dep)->kind == OperationKind::Create && byId.value(dep)->target.type == TargetType::Detector,
                         qPrintable(op.summary + u" waits for "_s + byId.value(dep)->summary));
        }
        byId.insert(op.id, &op);
    }
    // The orphan gets the team its rules route to; payment-api keeps its first team (pattern A).
    QStringList teamAccess;
    for (const ChangeOperation& op : set->operations) {
        if (op.target.type == TargetType::ProjectTeam)
            teamAccess.append(u"%1 %2 %3"_s.arg(operationKindName(op.kind), op.target.project, op.target.id));
    }
    QVERIFY2(teamAccess.contains(u"create reporting-api payments"_s), qPrintable(teamAccess.join(u'\n')));
    QVERIFY2(teamAccess.contains(u"delete payment-api platform-eng"_s), qPrintable(teamAccess.join(u'\n')));
    // auth-service's rules name #identity, which acme-corp lacks: pattern A routes them to the owner
    // instead of creating a second team.
    QVERIFY(!types.contains(u"team"_s));

    QCOMPARE(run({u"apply"_s, changes, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"journal.jsonl"_s)}), int(ExitOk));
    const QStringList after = problems(auditNow());
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
    QCOMPARE(run({u"audit"_s}), int(ExitOk));
}

void TestArchitectureCli::serviceCreate_thenAuditShowsItConformant()
{
    QCOMPARE(run({u"service"_s, u"create"_s, u"--team"_s, u"payments"_s, u"--name"_s, u"ledger-worker"_s,
                  u"--platform"_s, u"python-celery"_s, u"--yes"_s, u"--journal"_s, m_dir->filePath(u"journal.jsonl"_s)}),
             int(ExitOk));
    const ArchitectureAudit audit = auditNow();
    const ProjectArchitectureAudit* p = audit.project(u"ledger-worker"_s);
    QVERIFY(p);
    QStringList left;
    for (const CheckResult& r : p->checks) {
        // A brand-new service has no release yet: that is CI's first job, not the console's.
        if (r.problem() && r.id != u"releases"_s)
            left.append(u"%1 %2: %3"_s.arg(r.id, checkStateName(r.state), r.detail));
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    QCOMPARE(p->check(u"crons"_s)->state, CheckState::Ok);
    QCOMPARE(p->check(u"tiers"_s)->state, CheckState::Ok);
    QCOMPARE(p->check(u"quota"_s)->state, CheckState::Ok);
    // P1 and P3 reach the new project through its issue_stream detector (CONTRACT §0b.5: new
    // connections go there), connected from the workflows' side: Sentry refuses a detector PUT on
    // an issue_stream detector.
    const OrgSnapshot snapshot = pullNow();
    const Project* project = snapshot.projectBySlug(u"ledger-worker"_s);
    QVERIFY(project);
    QStringList issueTierWorkflows;
    for (const Workflow& w : snapshot.workflows) {
        if (w.name.startsWith(u"[P1]"_s) || w.name.startsWith(u"[P3]"_s))
            issueTierWorkflows.append(w.id);
    }
    QCOMPARE(issueTierWorkflows.size(), 2);
    QStringList connected;
    for (const Detector& d : snapshot.detectors) {
        if (d.projectId == project->id && d.type == u"issue_stream"_s)
            connected = d.workflowIds;
    }
    connected.sort();
    issueTierWorkflows.sort();
    QCOMPARE(connected, issueTierWorkflows);
    // default_rules: false: Sentry's own default alert was not created next to the P1 tier.
    for (const QString& line : m_server->requestLog().filter(u"/teams/acme-corp/payments/projects/"_s))
        QVERIFY(line.startsWith(u"POST"_s));
}

void TestArchitectureCli::serviceCreate_dryRunWritesNothing()
{
    const QString out = m_dir->filePath(u"service.json"_s);
    QCOMPARE(run({u"service"_s, u"create"_s, u"--team"_s, u"frontend"_s, u"--name"_s, u"checkout-web"_s,
                  u"--platform"_s, u"javascript-react"_s, u"--dry-run"_s, u"-o"_s, out}), int(ExitOk));
    QCOMPARE(writes(), 0);
    const Result<ChangeSet> set = ChangeSet::load(out);
    QVERIFY(set);
    QCOMPARE(set->operations.first().request.path, u"/api/0/teams/acme-corp/frontend/projects/"_s);
    QCOMPARE(set->operations.first().request.body.toObject().value(u"default_rules"_s).toBool(true), false);
    for (qsizetype i = 1; i < set->operations.size(); ++i) {
        const ChangeOperation& op = set->operations.at(i);
        QVERIFY2(!op.summary.contains(u"${op-1."_s), qPrintable(op.summary)); // summaries read as the service
        // Every later operation waits for the project: it names op-1 (directly or through a tier op).
        QVERIFY2(!placeholderOperations(op).isEmpty(), qPrintable(op.id + u' ' + op.summary));
    }
}

void TestArchitectureCli::serviceCreate_unknownTeamIsUsageErrorAndWritesNothing()
{
    QString err;
    QCOMPARE(run({u"service"_s, u"create"_s, u"--team"_s, u"ghosts"_s, u"--name"_s, u"x-api"_s, u"--platform"_s, u"go"_s,
                  u"--yes"_s}, &err), int(ExitUsage));
    QCOMPARE(writes(), 0);
    QVERIFY2(err.contains(u"There is no team \"ghosts\" in acme-corp; the teams are: "_s), qPrintable(err));
}

void TestArchitectureCli::serviceCreate_takenSlugIs409AndWritesNothing()
{
    QString err;
    QCOMPARE(run({u"service"_s, u"create"_s, u"--team"_s, u"payments"_s, u"--name"_s, u"Payment API"_s,
                  u"--platform"_s, u"java-spring-boot"_s, u"--yes"_s}, &err), int(ExitConflict));
    QCOMPARE(writes(), 0);
    QVERIFY2(err.contains(u"A project with the slug \"payment-api\" already exists in acme-corp (Sentry answers 409)"_s), qPrintable(err));
    QVERIFY2(err.contains(u"Nothing was written."_s), qPrintable(err));
}

void TestArchitectureCli::audit_policyNamingAnUnknownCheckIsUsageError()
{
    const QString path = m_dir->filePath(u"policy.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\narchitecture:\n  checks:\n    topology: error\n    uptime: error\n");
    file.close();
    QString err;
    QCOMPARE(run({u"audit"_s, u"--policy"_s, path}, &err), int(ExitUsage));
    QVERIFY2(err.contains(path + u":5:5: Unknown check \"uptime\""_s), qPrintable(err));
    const Result<ArchitecturePolicy> policy = ArchitecturePolicy::fromFile(path);
    QVERIFY(!policy);
    QVERIFY2(policy.error().message.contains(u"policy.yaml:5:5: Unknown check \"uptime\""_s), qPrintable(policy.error().message));
    QCOMPARE(run({u"audit"_s, u"plan"_s, u"--policy"_s, path, u"-o"_s, m_dir->filePath(u"c.json"_s)}), int(ExitUsage));
    QVERIFY(!QFile::exists(m_dir->filePath(u"c.json"_s)));
    QCOMPARE(writes(), 0);
}

void TestArchitectureCli::auditPlan_unknownTeamIsUsageErrorAndWritesNothing()
{
    const QString out = m_dir->filePath(u"c.json"_s);
    QString err;
    QCOMPARE(run({u"audit"_s, u"plan"_s, u"--team"_s, u"ghosts"_s, u"-o"_s, out}, &err), int(ExitUsage));
    QVERIFY2(err.contains(u"ghosts"_s), qPrintable(err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(writes(), 0);
}

QTEST_MAIN(TestArchitectureCli)
#include "tst_architecturecli.moc"
