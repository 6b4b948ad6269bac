// SPDX-License-Identifier: MIT
#include "connectionprofilecheck.h"
#include "connectionprofilestore.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"
#include "secretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sc;

Q_DECLARE_METATYPE(sc::ErrorKind)

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fallback_prefersStoreThenEnvironment_data();
    void fallback_prefersStoreThenEnvironment();
    void memoryStore_roundTripsTokens();
    void unavailableStore_saysPlainlyToUseTheEnvironment();
    void keychain_answersWithoutCrashingOnThisMachine();
    void profiles_roundTripThroughSettingsWithoutToken();
    void scopeReport_listsWhatEachFeatureMisses_data();
    void scopeReport_listsWhatEachFeatureMisses();
};

void TestSecretStore::fallback_prefersStoreThenEnvironment_data()
{
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("expected"); // "" = error
    QTest::newRow("store wins") << true << QStringLiteral("env-token") << QStringLiteral("store-token");
    QTest::newRow("no keychain, env set") << false << QStringLiteral("env-token") << QStringLiteral("env-token");
    QTest::newRow("no keychain, no env") << false << QString() << QString();
    QTest::newRow("stored only") << true << QString() << QStringLiteral("store-token");
}

void TestSecretStore::fallback_prefersStoreThenEnvironment()
{
    QFETCH(bool, stored);
    QFETCH(QString, env);
    QFETCH(QString, expected);
    const Result<QString> fromStore = stored ? Result<QString>(QStringLiteral("store-token"))
                                             : Result<QString>(fail(ErrorKind::Io, QStringLiteral("no keychain")));
    const Result<QString> token = tokenOrEnvironmentFallback(fromStore, env);
    if (expected.isEmpty()) {
        QVERIFY(!token);
        QCOMPARE(token.error().kind, ErrorKind::Io);
    } else {
        QVERIFY(token);
        QCOMPARE(*token, expected);
    }
}

void TestSecretStore::memoryStore_roundTripsTokens()
{
    MemorySecretStore store;
    bool written = false;
    store.writeToken(QStringLiteral("prod"), QStringLiteral("sntryu_abc"), this, [&](Result<void> r) { written = bool(r); });
    QTRY_VERIFY(written);
    QString read;
    store.readToken(QStringLiteral("prod"), this, [&](Result<QString> r) { read = r ? *r : QStringLiteral("error"); });
    QTRY_COMPARE(read, QStringLiteral("sntryu_abc"));
    bool deleted = false;
    store.deleteToken(QStringLiteral("prod"), this, [&](Result<void> r) { deleted = bool(r); });
    QTRY_VERIFY(deleted);
    std::optional<ErrorKind> kind;
    store.readToken(QStringLiteral("prod"), this, [&](Result<QString> r) { kind = r ? std::nullopt : std::optional(r.error().kind); });
    QTRY_VERIFY(kind.has_value());
    QCOMPARE(*kind, ErrorKind::NotFound);
}

void TestSecretStore::unavailableStore_saysPlainlyToUseTheEnvironment()
{
    MemorySecretStore store(false);
    QString message;
    store.writeToken(QStringLiteral("prod"), QStringLiteral("sntryu_secret"), this,
                     [&](Result<void> r) { message = r ? QString() : r.error().message; });
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(message.contains(QLatin1String("SENTRY_AUTH_TOKEN")));
    QVERIFY(!message.contains(QLatin1String("sntryu_secret")));
}

void TestSecretStore::keychain_answersWithoutCrashingOnThisMachine()
{
    // Headless CI has no Secret Service: the job must still finish, with a plain error or a token.
    KeychainSecretStore store;
    bool answered = false;
    QString message;
    store.readToken(QStringLiteral("tst-secretstore-nonexistent"), this, [&](Result<QString> r) {
        answered = true;
        message = r ? QString() : r.error().message;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(!message.isEmpty());
}

void TestSecretStore::profiles_roundTripThroughSettingsWithoutToken()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConnectionProfileStore store(&settings);
    const ConnectionProfile prod{QStringLiteral("Prod / EU"), QUrl(QStringLiteral("https://de.sentry.io/")), QStringLiteral("acme")};
    const ConnectionProfile self{QStringLiteral("Self-hosted"), QUrl(QStringLiteral("https://sentry.example.com/")), QStringLiteral("ops")};
    store.save(prod);
    store.save(self);
    store.setCurrentProfileName(prod.name);
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{prod, self}));
    QCOMPARE(store.profile(QStringLiteral("Prod / EU")), std::optional(prod));
    QCOMPARE(store.currentProfileName(), prod.name);
    settings.sync();
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("token"));
    store.remove(prod.name);
    QCOMPARE(store.profiles(), QList<ConnectionProfile>{self});
    QVERIFY(store.currentProfileName().isEmpty());
}

void TestSecretStore::scopeReport_listsWhatEachFeatureMisses_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("failing"); // feature ids with something missing
    QTest::newRow("all console scopes") << QStringList{QStringLiteral("org:read"), QStringLiteral("project:read"), QStringLiteral("project:write"),
                                                       QStringLiteral("team:read"), QStringLiteral("member:read"), QStringLiteral("alerts:read"),
                                                       QStringLiteral("alerts:write"), QStringLiteral("event:read")}
                                        << QStringList{};
    QTest::newRow("read only") << QStringList{QStringLiteral("org:read"), QStringLiteral("project:read"), QStringLiteral("team:read"),
                                              QStringLiteral("member:read"), QStringLiteral("alerts:read"), QStringLiteral("event:read")}
                               << QStringList{QStringLiteral("tiers-write"), QStringLiteral("ownership-write")};
    QTest::newRow("admin levels cover reads") << QStringList{QStringLiteral("org:admin"), QStringLiteral("project:admin"), QStringLiteral("team:write"),
                                                             QStringLiteral("member:admin"), QStringLiteral("event:admin")}
                                              << QStringList{};
    QTest::newRow("nothing") << QStringList{} << QStringList{QStringLiteral("browse"), QStringLiteral("audit"), QStringLiteral("tiers-write"),
                                                             QStringLiteral("ownership-write"), QStringLiteral("charts")};
}

void TestSecretStore::scopeReport_listsWhatEachFeatureMisses()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, failing);
    const ScopeReport report = scopeReport(scopes);
    QStringList actual;
    for (const FeatureAccess& f : report.features) {
        if (!f.ok()) {
            actual << f.id;
            QVERIFY(!f.consequence.isEmpty());
        }
    }
    QCOMPARE(actual, failing);
    if (failing.contains(QStringLiteral("tiers-write"))) {
        const FeatureAccess& tiers = report.features[2];
        QCOMPARE(tiers.missing, QStringList{QStringLiteral("alerts:write")});
        QVERIFY(tiers.consequence.contains(QLatin1String("read-only")));
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
