// SPDX-License-Identifier: MIT
#include "fakesentryserver.h"
#include "orgpuller.h"
#include "sentryclient.h"
#include "tieraudit.h"
#include "tierplanner.h"
#include "tierpolicy.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace sc;

namespace {

// Replaces "${op-N.id}" in strings anywhere in the value (what the push engine does).
QJsonValue substitute(const QJsonValue& value, const QHash<QString, QString>& ids)
{
    if (value.isString()) {
        QString text = value.toString();
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            text.replace(QStringLiteral("${%1.id}").arg(it.key()), it.value());
        return text;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(substitute(item, ids));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), substitute(it.value(), ids));
        return out;
    }
    return value;
}

QStringList problems(const AuditReport& report)
{
    QStringList lines;
    for (const ProjectAudit& project : report.projects) {
        for (int t = 0; t < TierCount; ++t) {
            if (project.tiers[size_t(t)].state != TierState::Ok)
                lines.append(QStringLiteral("%1 %2 %3").arg(project.slug, tierName(Tier(t)), tierStateName(project.tiers[size_t(t)].state)));
        }
    }
    return lines;
}

} // namespace

class TestTierApply : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void planAppliedToTheFakeServer_auditsAllOk_data();
    void planAppliedToTheFakeServer_auditsAllOk();

private:
    std::optional<OrgSnapshot> pull(SentryClient& client, const QString& org)
    {
        OrgPuller puller(&client, org);
        QSignalSpy done(&puller, &OrgPuller::succeeded);
        QSignalSpy failed(&puller, &OrgPuller::failed);
        puller.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) || done.isEmpty())
            return std::nullopt;
        return done.first().first().value<OrgSnapshot>();
    }
};

void TestTierApply::planAppliedToTheFakeServer_auditsAllOk_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("workflow engine") << false;
    QTest::newRow("legacy rules") << true;
}

void TestTierApply::planAppliedToTheFakeServer_auditsAllOk()
{
    QFETCH(bool, legacy);
    FakeServerOptions options;
    options.legacyAlerts = legacy;
    FakeSentryServer server(options);
    QVERIFY(server.listen() != 0);
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    SentryClient client(config);

    std::optional<OrgSnapshot> before = pull(client, server.orgSlug());
    QVERIFY(before);
    QCOMPARE(before->alertsApi, legacy ? AlertsApi::Legacy : AlertsApi::WorkflowEngine);
    const TierPolicy policy = TierPolicy::defaultPolicy();
    // The fake's demo seed has exactly the gaps of TIERS-SPEC.md.
    QCOMPARE(problems(auditTiers(*before, policy)),
             (QStringList{QStringLiteral("payment-api P2 drifted"), QStringLiteral("billing-worker P0 missing"),
                          QStringLiteral("web-app P3 missing")}));

    const TierPlanner planner(*before, policy);
    const Result<TierPlan> plan = planner.plan(*planner.selectProjects({}, {}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->changes.operations.size(), 3);

    QHash<QString, QString> created;
    for (const ChangeOperation& op : plan->changes.operations) {
        std::optional<Result<ApiResponse>> reply;
        client.send(op.request.method.toLatin1(), substitute(op.request.path, created).toString(),
                    substitute(op.request.body, created), this, [&](Result<ApiResponse> r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QVERIFY2(reply->has_value(), qPrintable(reply->has_value() ? QString() : reply->error().message + QLatin1Char(' ') + reply->error().detail));
        if (op.kind == QLatin1String("create"))
            created.insert(op.id, (*reply)->json.object().value(QLatin1String("id")).toString());
    }

    std::optional<OrgSnapshot> after = pull(client, server.orgSlug());
    QVERIFY(after);
    const AuditReport report = auditTiers(*after, policy);
    QCOMPARE(problems(report), QStringList());
    QVERIFY(report.allOk());
    // Nothing left to do.
    const TierPlanner again(*after, policy);
    QCOMPARE(again.plan(*again.selectProjects({}, {}))->changes.operations.size(), 0);
}

QTEST_GUILESS_MAIN(TestTierApply)
#include "tst_tierapply.moc"
