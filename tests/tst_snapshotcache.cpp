// SPDX-License-Identifier: MIT
// The offline snapshot cache: reads back to the same snapshot, 0600 from the first byte, a clear
// error for a damaged file, portable file names.
#include "snapshotcache.h"
#include "testutils.h"

#include <QtTest>

using namespace sc;

class TestSnapshotCache : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_sameSnapshotAsJson_data();
    void roundTrip_sameSnapshotAsJson();
    void file_isOwnerOnlyAndTheExportFormat();
    void damagedFile_isAClearError_data();
    void damagedFile_isAClearError();
    void profileNames_becomePortableFileNames();
};

void TestSnapshotCache::roundTrip_sameSnapshotAsJson_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("workflow engine") << QStringLiteral("tiers/demo-workflow.json");
    QTest::newRow("legacy alerts") << QStringLiteral("tiers/demo-legacy.json");
}

void TestSnapshotCache::roundTrip_sameSnapshotAsJson()
{
    QFETCH(QString, fixture);
    OrgSnapshot snapshot = test::loadTestSnapshot(fixture);
    snapshot.extras.insert(QStringLiteral("stats"), QJsonObject{{QStringLiteral("series"), QJsonArray{1, 2.5, QJsonValue()}}});
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QVERIFY(!cache.contains(QStringLiteral("p")));
    QVERIFY(cache.save(QStringLiteral("p"), snapshot));
    QVERIFY(cache.contains(QStringLiteral("p")));
    const Result<OrgSnapshot> loaded = cache.load(QStringLiteral("p"));
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->toJson(), snapshot.toJson()); // every field the server sent, lossless
    QCOMPARE(loaded->projects.size(), snapshot.projects.size());
    QCOMPARE(loaded->takenAt, snapshot.takenAt);
    QVERIFY(loaded->projectBySlug(snapshot.projects.first().slug)); // indices rebuilt
}

void TestSnapshotCache::file_isOwnerOnlyAndTheExportFormat()
{
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path() + QStringLiteral("/new/folder"));
    const OrgSnapshot snapshot = test::loadTestSnapshot(QStringLiteral("tiers/demo-workflow.json"));
    QVERIFY(cache.save(QStringLiteral("p"), snapshot));
    QFile file(cache.pathFor(QStringLiteral("p")));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    const Result<OrgSnapshot> exported = OrgSnapshot::load(file.fileName()); // what `export -o` reads back
    QVERIFY(exported);
    QCOMPARE(exported->toJson(), snapshot.toJson());
}

void TestSnapshotCache::damagedFile_isAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a snapshot") << QByteArray("{\"organization\":{}}") << QStringLiteral("not a sentry-console snapshot");
    QTest::newRow("truncated") << QByteArray("{\"organization\":{\"slug\":") << QStringLiteral("is not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("not a snapshot");
}

void TestSnapshotCache::damagedFile_isAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QFile file(cache.pathFor(QStringLiteral("p")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<OrgSnapshot> loaded = cache.load(QStringLiteral("p"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(file.fileName()));
}

void TestSnapshotCache::profileNames_becomePortableFileNames()
{
    const SnapshotCache cache(QStringLiteral("/c"));
    QCOMPARE(cache.pathFor(QStringLiteral("../Prod EU/ü")), QStringLiteral("/c/_2E_2E_2FProd_20EU_2F_C3_BC.json"));
    QCOMPARE(cache.pathFor(QString()), QString());
}

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
