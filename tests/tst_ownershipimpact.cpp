// SPDX-License-Identifier: MIT
// The "who changes owner" summary behind `ownership impact` and the editor's preview.
#include "ownershipimpact.h"

#include <QJsonArray>
#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {
OwnershipOwner team(const QString& slug) { return {OwnershipOwner::Type::Team, slug}; }
OwnershipOwner user(const QString& email) { return {OwnershipOwner::Type::User, email}; }
OwnershipMatchResult owned(QList<OwnershipOwner> owners)
{
    OwnershipMatchResult r;
    r.owners = std::move(owners);
    return r;
}
} // namespace

class TestOwnershipImpact : public QObject
{
    Q_OBJECT
private slots:
    void impact_groupsChangedEventsLargestFirst();
    void impact_ofNoChangeIsEmpty();
    void ownersText_namesNobody();
    void eventId_triesTheKnownKeys_data();
    void eventId_triesTheKnownKeys();
};

void TestOwnershipImpact::impact_groupsChangedEventsLargestFirst()
{
    OwnershipImpact impact;
    impact.add(u"e1"_s, owned({team(u"payments"_s)}), owned({team(u"payments"_s)})); // unchanged
    impact.add(u"e2"_s, owned({}), owned({user(u"alice@acme.io"_s)}));
    impact.add(u"e3"_s, owned({team(u"payments"_s)}), owned({team(u"web"_s), user(u"alice@acme.io"_s)}));
    impact.add(u"e4"_s, owned({team(u"payments"_s)}), owned({team(u"web"_s), user(u"alice@acme.io"_s)}));
    impact.finish();
    QCOMPARE(impact.eventCount(), 4);
    QCOMPARE(impact.changedCount(), 3);
    QCOMPARE(impact.groups().size(), 2);
    QCOMPARE(impact.groups().at(0).eventIds, (QStringList{u"e3"_s, u"e4"_s}));
    QCOMPARE(impact.groups().at(1).eventIds, QStringList{u"e2"_s});

    const QJsonObject json = impact.toJson();
    QCOMPARE(json.value(u"events"_s).toInt(), 4);
    QCOMPARE(json.value(u"changed"_s).toInt(), 3);
    const QJsonObject first = json.value(u"groups"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"count"_s).toInt(), 2);
    QCOMPARE(first.value(u"from"_s).toArray().size(), 1);
    QCOMPARE(first.value(u"to"_s).toArray().size(), 2);

    const QStringList table = impact.toTable().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(table, (QStringList{u"3 of 4 events change owner"_s,
                                 u"      2  #payments → #web, alice@acme.io"_s,
                                 u"      1  (nobody) → alice@acme.io"_s}));
}

void TestOwnershipImpact::impact_ofNoChangeIsEmpty()
{
    OwnershipImpact impact;
    impact.add(u"e1"_s, owned({team(u"payments"_s)}), owned({team(u"payments"_s)}));
    impact.finish();
    QCOMPARE(impact.changedCount(), 0);
    QVERIFY(impact.groups().isEmpty());
    QVERIFY(impact.toJson().value(u"groups"_s).toArray().isEmpty());
}

void TestOwnershipImpact::ownersText_namesNobody()
{
    QCOMPARE(ownersText({}), u"(nobody)"_s);
    QCOMPARE(ownersText({team(u"payments"_s), user(u"bob@acme.io"_s)}), u"#payments, bob@acme.io"_s);
}

void TestOwnershipImpact::eventId_triesTheKnownKeys_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<QString>("expected");
    QTest::newRow("event_id") << QJsonObject{{u"event_id"_s, u"a"_s}, {u"id"_s, u"b"_s}} << u"a"_s;
    QTest::newRow("eventID") << QJsonObject{{u"eventID"_s, u"c"_s}} << u"c"_s;
    QTest::newRow("id") << QJsonObject{{u"id"_s, u"d"_s}} << u"d"_s;
    QTest::newRow("empty id falls back") << QJsonObject{{u"event_id"_s, u""_s}} << u"#7"_s;
    QTest::newRow("number is not an id") << QJsonObject{{u"id"_s, 12}} << u"#7"_s;
}

void TestOwnershipImpact::eventId_triesTheKnownKeys()
{
    QFETCH(QJsonObject, event);
    QFETCH(QString, expected);
    QCOMPARE(ownershipEventId(event, u"#7"_s), expected);
}

QTEST_GUILESS_MAIN(TestOwnershipImpact)
#include "tst_ownershipimpact.moc"
