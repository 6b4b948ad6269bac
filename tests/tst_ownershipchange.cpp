// SPDX-License-Identifier: MIT
// The ownership editor's write path without the widget: the operations it saves, the partial PUT
// body (project_ownership.py: only the attributes submitted change, and `raw` is re-validated
// whenever it is sent), reading a draft back, and the re-base, which must agree with the push's.
#include "changecompare.h"
#include "conflictresolution.h"
#include "ownershipchange.h"
#include "testutils.h"
#include "threewaymerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sc;

// Declared before the JSON literals: moc reads "/**" in a raw string as a comment.
class TestOwnershipChange : public QObject
{
    Q_OBJECT
private slots:
    void update_sendsOnlyTheSettingsThatChange_data();
    void update_sendsOnlyTheSettingsThatChange();
    void update_putsToTheProjectsOwnershipPath();
    void update_bodyIsThePushRebasesBody_data();
    void update_bodyIsThePushRebasesBody();
    void changeSet_addsTeamsFirst_andNoUpdateWhenNothingChanged();
    void teamAccess_readsBackAsTheProjectsTeamEntry();
    void draft_roundTripsAndKeepsItsBase();
    void rebase_keepsSettingsOnlyTheServerChanged();
    void rebase_marksRulesBothSidesChanged();
    void rebase_withNothingOfMine_takesTheServer();
    void settings_readNullRulesAsEmpty_andKeepOtherFields();
};

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

// payment-api's ownership as GET …/ownership/ reads it.
QJsonObject serverOwnership()
{
    return object(R"({"raw": "path:src/payments/** #payments\n", "fallthrough": false,
                      "autoAssignment": "Auto Assign to Issue Owner", "codeownersAutoSync": true,
                      "isActive": true, "dateCreated": "2026-11-01T10:00:00Z", "lastUpdated": "2026-11-01T10:00:00Z",
                      "schema": {"$version": 1, "rules": []}})");
}

QJsonObject with(QJsonObject o, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace


void TestOwnershipChange::update_sendsOnlyTheSettingsThatChange_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("desired");
    QTest::addColumn<QJsonObject>("body");

    const QJsonObject server = serverOwnership();
    QTest::newRow("rules only") << server << with(server, object(R"({"raw": "* #payments\n"})"))
                                << object(R"({"raw": "* #payments\n"})");
    // Resending unchanged rules would have Sentry re-validate owners that may have lost access.
    QTest::newRow("fallthrough only, rules not resent")
        << server << with(server, object(R"({"fallthrough": true})")) << object(R"({"fallthrough": true})");
    QTest::newRow("auto-assignment only")
        << server << with(server, object(R"({"autoAssignment": "Turn off Auto-Assignment"})"))
        << object(R"({"autoAssignment": "Turn off Auto-Assignment"})");
    QTest::newRow("codeowners sync and rules")
        << server << with(server, object(R"({"codeownersAutoSync": false, "raw": ""})"))
        << object(R"({"codeownersAutoSync": false, "raw": ""})");
    QTest::newRow("null rules typed empty: nothing") << with(server, object(R"({"raw": null})"))
                                                      << with(server, object(R"({"raw": ""})")) << QJsonObject();
    QTest::newRow("null rules, new text") << with(server, object(R"({"raw": null})"))
                                          << with(server, object(R"({"raw": "* #payments"})"))
                                          << object(R"({"raw": "* #payments"})");
    QTest::newRow("server-managed fields never sent")
        << server << with(server, object(R"({"lastUpdated": "2026-12-01T00:00:00Z", "isActive": false})")) << QJsonObject();
    QTest::newRow("nothing known of the server: every setting")
        << QJsonObject() << OwnershipSettings{u"* #payments"_s, true, u"Turn off Auto-Assignment"_s, false}.appliedTo({})
        << object(R"({"raw": "* #payments", "fallthrough": true, "autoAssignment": "Turn off Auto-Assignment",
                      "codeownersAutoSync": false})");
}

void TestOwnershipChange::update_sendsOnlyTheSettingsThatChange()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, desired);
    QFETCH(QJsonObject, body);
    const ChangeOperation op = ownershipUpdateOperation(u"acme"_s, u"payment-api"_s, base, desired);
    QCOMPARE(op.request.body.toObject(), body);
    QCOMPARE(ownershipSettingsDiffer(base, desired), !body.isEmpty());
    QCOMPARE(op.base.toObject(), base);
    QCOMPARE(op.desired.toObject(), desired);
}

void TestOwnershipChange::update_putsToTheProjectsOwnershipPath()
{
    const QJsonObject base = serverOwnership();
    const ChangeOperation op = ownershipUpdateOperation(u"acme"_s, u"payment-api"_s, base,
                                                        with(base, object(R"({"fallthrough": true})")));
    QCOMPARE(op.kind, OperationKind::Update);
    QCOMPARE(op.target.type, TargetType::Ownership);
    QCOMPARE(op.target.project, u"payment-api"_s);
    QCOMPARE(op.request.method, u"PUT"_s);
    QCOMPARE(op.request.path, u"/api/0/projects/acme/payment-api/ownership/"_s);
    QCOMPARE(op.summary, u"Ownership rules (payment-api): fallthrough"_s);
}

void TestOwnershipChange::update_bodyIsThePushRebasesBody_data()
{
    update_sendsOnlyTheSettingsThatChange_data();
}

// After a conflict the push (and its dialog) rebuilds the body with withDesired(): the same
// (base, desired) must give the editor's body, or a re-based push writes something else.
void TestOwnershipChange::update_bodyIsThePushRebasesBody()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, desired);
    const ChangeOperation planned = ownershipUpdateOperation(u"acme"_s, u"payment-api"_s, QJsonObject(), desired);
    const ChangeOperation rebased = withDesired(planned, base, desired);
    QCOMPARE(rebased.request.body, ownershipUpdateOperation(u"acme"_s, u"payment-api"_s, base, desired).request.body);
}

void TestOwnershipChange::changeSet_addsTeamsFirst_andNoUpdateWhenNothingChanged()
{
    const QJsonObject base = serverOwnership();
    OwnershipEdit edit{u"payment-api"_s, base, with(base, object(R"({"raw": "* #platform-eng\n"})")),
                       {u"platform-eng"_s}};
    const ChangeSet set = ownershipChangeSet(u"https://sentry.example/"_s, u"acme"_s, edit);
    QCOMPARE(set.server, u"https://sentry.example/"_s);
    QCOMPARE(set.org, u"acme"_s);
    QStringList outline;
    for (const ChangeOperation& op : set.operations)
        outline << u"%1 %2 %3 %4"_s.arg(op.id, operationKindName(op.kind), op.request.method, op.request.path);
    QCOMPARE(outline, (QStringList{u"op-1 create POST /api/0/projects/acme/payment-api/teams/platform-eng/"_s,
                                   u"op-2 update PUT /api/0/projects/acme/payment-api/ownership/"_s}));

    edit.desired = base;
    QCOMPARE(ownershipChangeSet({}, u"acme"_s, edit).operations.size(), 1); // the quick fix alone
    edit.teamsToAdd.clear();
    QVERIFY(ownershipChangeSet({}, u"acme"_s, edit).operations.isEmpty());
}

// The push verifies a team-access create by reading the project's team list back: the desired
// object must be what that list holds, or a successful push reads as a mismatch.
void TestOwnershipChange::teamAccess_readsBackAsTheProjectsTeamEntry()
{
    const ChangeOperation op = teamAccessOperation(u"acme"_s, u"payment-api"_s, u"platform-eng"_s);
    QCOMPARE(op.target.type, TargetType::ProjectTeam);
    QCOMPARE(op.target.id, u"platform-eng"_s);
    QCOMPARE(op.request.path, u"/api/0/projects/acme/payment-api/teams/platform-eng/"_s);
    QVERIFY(op.request.body.isNull());
    const QJsonObject readBack = object(R"({"id": "12", "slug": "platform-eng", "name": "Platform Eng"})");
    QCOMPARE(verificationMismatches(op.target.type, op.desired, readBack), QStringList());
    QCOMPARE(verificationMismatches(op.target.type, op.desired, QJsonValue(QJsonValue::Null)), QStringList{u"(missing)"_s});
}

void TestOwnershipChange::draft_roundTripsAndKeepsItsBase()
{
    const QJsonObject draftBase = serverOwnership();
    const OwnershipEdit edit{u"payment-api"_s, draftBase, with(draftBase, object(R"({"raw": "* #payments\n"})")),
                             {u"payments"_s}};
    const ChangeSet draft = ownershipChangeSet({}, u"acme"_s, edit);
    // The server changed since: the restored edit still starts from the draft's base, so the
    // push sees the change as a conflict instead of writing over it.
    const QJsonObject serverNow = with(draftBase, object(R"({"raw": "* #platform-eng\n"})"));
    const OwnershipEdit back = ownershipEditFromChangeSet(draft, u"payment-api"_s, serverNow);
    QCOMPARE(back.base, edit.base);
    QCOMPARE(back.desired, edit.desired);
    QCOMPARE(back.teamsToAdd, edit.teamsToAdd);

    const OwnershipEdit none = ownershipEditFromChangeSet(ChangeSet(), u"payment-api"_s, serverNow);
    QCOMPARE(none.base, serverNow);
    QCOMPARE(none.desired, serverNow);
}

void TestOwnershipChange::rebase_keepsSettingsOnlyTheServerChanged()
{
    const QJsonObject base = serverOwnership();
    const QJsonObject mine = with(base, object(R"({"raw": "path:src/payments/** #payments\nurl:*/pay/* #payments\n"})"));
    const QJsonObject theirs = with(base, object(R"({"fallthrough": true, "lastUpdated": "2026-11-30T09:00:00Z"})"));
    const OwnershipRebase rebase = rebasedOwnershipEdit(u"acme"_s, OwnershipEdit{u"payment-api"_s, base, mine, {}}, theirs);
    QCOMPARE(rebase.conflicts, 0);
    QCOMPARE(rebase.edit.base, theirs);
    QCOMPARE(rebase.edit.desired.value(u"fallthrough"_s), QJsonValue(true)); // theirs, not reverted
    QCOMPARE(rebase.edit.desired.value(u"raw"_s), mine.value(u"raw"_s));
    const ChangeSet set = ownershipChangeSet({}, u"acme"_s, rebase.edit);
    QCOMPARE(set.operations.size(), 1);
    QCOMPARE(set.operations.first().request.body.toObject(), (QJsonObject{{u"raw"_s, mine.value(u"raw"_s)}}));
}

void TestOwnershipChange::rebase_marksRulesBothSidesChanged()
{
    const QJsonObject base = serverOwnership();
    const QJsonObject mine = with(base, object(R"({"raw": "path:src/payments/** #payments alice@acme.io\n"})"));
    const QJsonObject theirs = with(base, object(R"({"raw": "path:src/payments/** #platform-eng\n"})"));
    const OwnershipRebase rebase = rebasedOwnershipEdit(u"acme"_s, OwnershipEdit{u"payment-api"_s, base, mine, {}}, theirs);
    QCOMPARE(rebase.conflicts, 1);
    const QString raw = rebase.edit.desired.value(u"raw"_s).toString();
    QVERIFY2(hasConflictMarkers(raw), qPrintable(raw));
    QVERIFY(raw.contains(u"alice@acme.io"_s));
    QVERIFY(raw.contains(u"#platform-eng"_s));
}

void TestOwnershipChange::rebase_withNothingOfMine_takesTheServer()
{
    const QJsonObject base = serverOwnership();
    const QJsonObject theirs = with(base, object(R"({"raw": "* #platform-eng\n"})"));
    const OwnershipEdit edit{u"payment-api"_s, base, base, {u"payments"_s}};
    const OwnershipRebase rebase = rebasedOwnershipEdit(u"acme"_s, edit, theirs);
    QCOMPARE(rebase.edit.desired, theirs);
    QCOMPARE(rebase.edit.teamsToAdd, QStringList{u"payments"_s});
    QCOMPARE(ownershipChangeSet({}, u"acme"_s, rebase.edit).operations.size(), 1);
}

void TestOwnershipChange::settings_readNullRulesAsEmpty_andKeepOtherFields()
{
    const QJsonObject server = object(R"({"raw": null, "isActive": false, "x-unknown": [1]})");
    const OwnershipSettings s = OwnershipSettings::fromJson(server);
    QCOMPARE(s.raw, QString());
    QCOMPARE(s.codeownersAutoSync, true); // Sentry's default when the field is absent
    const QJsonObject written = s.appliedTo(server);
    QCOMPARE(written.value(u"x-unknown"_s), server.value(u"x-unknown"_s));
    QCOMPARE(written.value(u"raw"_s), QJsonValue(QString()));
    QVERIFY(ownershipAutoAssignmentChoices().contains(u"Turn off Auto-Assignment"_s));
}

QTEST_GUILESS_MAIN(TestOwnershipChange)
#include "tst_ownershipchange.moc"
