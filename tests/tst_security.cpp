// SPDX-License-Identifier: MIT
#include "apipath.h"
#include "changeset.h"
#include "connectionprofilestore.h"
#include "consolesession.h"
#include "draftstore.h"
#include "fakesentryserver.h"
#include "journal.h"
#include "memorysecretstore.h"
#include "orgsnapshot.h"
#include "pushengine.h"
#include "regionpolicy.h"
#include "secretstore.h"
#include "sentryclient.h"
#include "textescape.h"
#include "tokencheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sc;

namespace {

constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;

// "0600" / "0700" from the file on disk.
QString mode(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const auto digit = [&](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p.testFlag(r) ? 4 : 0) + (p.testFlag(w) ? 2 : 0) + (p.testFlag(x) ? 1 : 0));
    };
    return u"0"_s + digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner)
           + digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup)
           + digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

struct Outcome {
    std::optional<Result<ApiResponse>> result;
    SentryClient::Callback callback()
    {
        return [this](Result<ApiResponse> r) { result = std::move(r); };
    }
};

ChangeOperation operationWithPath(const QString& path)
{
    ChangeOperation op;
    op.id = u"op-1"_s;
    op.kind = OperationKind::Update;
    op.target = {TargetType::Ownership, u"payment-api"_s, {}};
    op.request = {u"POST"_s, path, QJsonObject{{u"pageSize"_s, 3}}};
    return op;
}

} // namespace

// Hostile files and servers never reach the token, the terminal or the disk (issue 16, items 1–5).
class TestSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // 1. request paths
    void apiPath_refusesPathsThatLeaveTheApi_data();
    void apiPath_refusesPathsThatLeaveTheApi();
    void apiPath_acceptsApiPaths_data();
    void apiPath_acceptsApiPaths();
    void changeSet_refusesATraversingPathNamingTheOperation();
    void client_neverSendsATraversingPath();
    void pushEngine_refusesAPathThatSkippedTheLoader();

    // 2. tokens
    void token_refusesControlCharactersAndWhitespace_data();
    void token_refusesControlCharactersAndWhitespace();
    void token_errorNeverContainsTheToken();
    void client_withCrLfTokenSendsNothing();
    void storedOrEnvironmentToken_isValidated();

    // 3. escaping
    void escapeControls_makesControlsVisible_data();
    void escapeControls_makesControlsVisible();
    void escapeControls_keepsLayoutWhenAsked();

    // 4. region URL
    void regionUrl_otherPortOnTheSameHostIsRefused();
    void client_tokenNeverGoesToAnotherLocalPort();

    // 5. file modes
    void jsonFiles_areCreatedPrivateInPrivateFolders();
    void jsonFiles_rewrittenOverAWorldReadableFileBecomePrivate();
    void journal_isCreatedPrivate();
    void drafts_arePrivate();
    void profiles_arePrivate();
    void guiSnapshotCache_isPrivate();

private:
    QTemporaryDir m_dir;
};

void TestSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// --- 1. request paths ---------------------------------------------------------------------

void TestSecurity::apiPath_refusesPathsThatLeaveTheApi_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dot-dot to the back door") << u"/api/0/../../__fake__/faults"_s;
    QTest::newRow("dot-dot at the end") << u"/api/0/projects/acme/.."_s;
    QTest::newRow("dot segment") << u"/api/0/./projects/acme/x/"_s;
    QTest::newRow("empty segment") << u"/api/0//projects/acme/x/"_s;
    QTest::newRow("%2e%2e lower") << u"/api/0/%2e%2e/%2e%2e/__fake__/faults"_s;
    QTest::newRow("%2E%2E upper") << u"/api/0/%2E%2E/__fake__/faults"_s;
    QTest::newRow("%2f") << u"/api/0/projects%2f..%2f..%2fx"_s;
    QTest::newRow("%2F") << u"/api/0/projects%2F..%2Fx"_s;
    QTest::newRow("%5c") << u"/api/0/projects%5c..%5cx"_s;
    QTest::newRow("double encoding %252e") << u"/api/0/%252e%252e/x"_s;
    QTest::newRow("backslash") << u"/api/0/..\\..\\__fake__/faults"_s;
    QTest::newRow("backslash alone") << u"/api/0/projects\\x/"_s;
    QTest::newRow("scheme") << u"https://evil.example/api/0/projects/"_s;
    QTest::newRow("scheme after prefix") << u"/api/0/https://evil.example/"_s;
    QTest::newRow("network path") << u"//evil.example/api/0/projects/"_s;
    QTest::newRow("not under api") << u"/__fake__/faults"_s;
    QTest::newRow("relative") << u"api/0/projects/"_s;
    QTest::newRow("api 1") << u"/api/1/projects/"_s;
    QTest::newRow("prefix without slash") << u"/api/0"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("query with a path") << u"/api/0/projects/?next=/../../__fake__/faults"_s;
    QTest::newRow("query with %2f") << u"/api/0/projects/?x=%2F__fake__"_s;
    QTest::newRow("second question mark") << u"/api/0/projects/?a=1?b=2"_s;
    QTest::newRow("fragment") << u"/api/0/projects/#x"_s;
    QTest::newRow("CR LF") << u"/api/0/projects/\r\nX-Injected: yes"_s;
    QTest::newRow("encoded CR LF") << u"/api/0/projects/%0d%0aX-Injected:%20yes"_s;
    QTest::newRow("space") << u"/api/0/projects/a b/"_s;
    QTest::newRow("tab") << u"/api/0/projects/a\tb/"_s;
    QTest::newRow("NUL") << QString::fromUtf16(u"/api/0/projects/a\0b/", 20);
    QTest::newRow("DEL") << u"/api/0/projects/a\x7f/"_s;
    QTest::newRow("bidi override") << u"/api/0/projects/a\u202eb/"_s;
}

void TestSecurity::apiPath_refusesPathsThatLeaveTheApi()
{
    QFETCH(QString, path);
    QVERIFY2(apiPathProblem(path).has_value(), qPrintable(path));
}

void TestSecurity::apiPath_acceptsApiPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ownership") << u"/api/0/projects/acme-corp/payment-api/ownership/"_s;
    QTest::newRow("workflow") << u"/api/0/organizations/acme-corp/workflows/610004/"_s;
    QTest::newRow("placeholder") << u"/api/0/organizations/acme-corp/workflows/${op-1.id}/"_s;
    QTest::newRow("no trailing slash") << u"/api/0/organizations/acme-corp"_s;
    QTest::newRow("dots inside a slug") << u"/api/0/projects/acme/web.app..v2/"_s;
    QTest::newRow("plain query") << u"/api/0/organizations/acme/members/?per_page=100&cursor=0:100:0"_s;
    QTest::newRow("encoded @ in a segment") << u"/api/0/organizations/acme/members/a%40b/"_s;
}

void TestSecurity::apiPath_acceptsApiPaths()
{
    QFETCH(QString, path);
    const std::optional<QString> problem = apiPathProblem(path);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

void TestSecurity::changeSet_refusesATraversingPathNamingTheOperation()
{
    ChangeSet set;
    set.org = u"acme-corp"_s;
    set.operations = {operationWithPath(u"/api/0/../../__fake__/faults"_s)};
    const QString path = m_dir.filePath(u"traversal.json"_s);
    QVERIFY(set.save(path));
    const Result<ChangeSet> loaded = ChangeSet::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"op-1"_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(u"POST"_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(u"/api/0/../../__fake__/faults"_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(u"\"..\""_s), qPrintable(loaded.error().message));
}

void TestSecurity::client_neverSendsATraversingPath()
{
    FakeSentryServer server;
    QVERIFY(server.listen() != 0);
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    SentryClient client(config);
    for (const QString& path : {u"/api/0/../../__fake__/faults"_s, u"/api/0/%2e%2e/%2e%2e/__fake__/faults"_s,
                                u"/api/0/..%5c..%5c__fake__/faults"_s, u"http://127.0.0.1:1/__fake__/faults"_s}) {
        Outcome outcome;
        client.send("POST", path, QJsonObject{{u"pageSize"_s, 3}}, this, outcome.callback());
        QTRY_VERIFY(outcome.result.has_value());
        QVERIFY2(!*outcome.result, qPrintable(path));
        const Error& error = outcome.result->error();
        QCOMPARE(error.kind, ErrorKind::Usage);
        QVERIFY2(error.message.contains(u"POST "_s + path), qPrintable(error.message));
    }
    // The back door would have taken the body as new fault flags.
    QCOMPARE(server.options().pageSize, 100);
    QCOMPARE(client.requestsStarted(), 0);

    // The client still works for good paths (the check is not "refuse everything").
    Outcome good;
    client.get(u"/api/0/organizations/%1/"_s.arg(server.orgSlug()), {}, this, good.callback());
    QTRY_VERIFY_WITH_TIMEOUT(good.result.has_value(), 10000);
    QVERIFY(*good.result);
    QCOMPARE(server.requestLog(), QStringList{u"GET /api/0/organizations/%1/"_s.arg(server.orgSlug())});
}

void TestSecurity::pushEngine_refusesAPathThatSkippedTheLoader()
{
    FakeSentryServer server;
    QVERIFY(server.listen() != 0);
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token();
    config.maxRetries = 0;
    SentryClient client(config);
    ChangeSet set;
    set.server = server.url().toString();
    set.org = server.orgSlug();
    ChangeOperation op = operationWithPath(u"/api/0/../../__fake__/faults"_s);
    op.base = server.object(u"ownership"_s, u"payment-api"_s);
    op.desired = op.base;
    set.operations = {op};
    PushOptions options;
    options.journalPath = m_dir.filePath(u"push-journal.jsonl"_s);
    PushEngine engine(&client, set, options);
    QSignalSpy finished(&engine, &PushEngine::finished);
    engine.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(engine.outcomes().size(), 1);
    QVERIFY(engine.outcomes().first().status != PushStatus::Verified);
    QCOMPARE(server.options().pageSize, 100);
    for (const QString& line : server.requestLog())
        QVERIFY2(!line.startsWith(u"POST"_s), qPrintable(line));
}

// --- 2. tokens ----------------------------------------------------------------------------

void TestSecurity::token_refusesControlCharactersAndWhitespace_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("valid");
    QTest::newRow("user token") << u"sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab"_s << true;
    QTest::newRow("org token (base64)") << u"sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ==_abc+/"_s << true;
    QTest::newRow("legacy hex") << u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s << true;
    QTest::newRow("empty (reported elsewhere as missing)") << QString() << true;
    QTest::newRow("CR LF header injection") << u"x\r\nX-Injected: yes"_s << false;
    QTest::newRow("LF") << u"abc\n"_s << false;
    QTest::newRow("space") << u"abc def"_s << false;
    QTest::newRow("tab") << u"abc\tdef"_s << false;
    QTest::newRow("NUL") << QString::fromUtf16(u"abc\0def", 7) << false;
    QTest::newRow("DEL") << u"abc\x7f"_s << false;
    QTest::newRow("non-ASCII") << u"abcé"_s << false;
}

void TestSecurity::token_refusesControlCharactersAndWhitespace()
{
    QFETCH(QString, token);
    QFETCH(bool, valid);
    QCOMPARE(bool(checkTokenText(token, u"SENTRY_AUTH_TOKEN"_s)), valid);
}

void TestSecurity::token_errorNeverContainsTheToken()
{
    const QString token = u"secret-part\r\nX-Injected: yes"_s;
    const Result<void> checked = checkTokenText(token, u"SENTRY_AUTH_TOKEN"_s);
    QVERIFY(!checked);
    QVERIFY(checked.error().message.contains(u"SENTRY_AUTH_TOKEN"_s));
    QVERIFY(checked.error().message.contains(u"position 12"_s));
    QVERIFY(!checked.error().message.contains(u"secret"_s));
    QVERIFY(!checked.error().message.contains(u"Injected"_s));
    QVERIFY(!checked.error().detail.contains(u"secret"_s));
}

void TestSecurity::client_withCrLfTokenSendsNothing()
{
    FakeSentryServer server;
    QVERIFY(server.listen() != 0);
    ClientConfig config;
    config.baseUrl = server.url();
    config.token = server.token() + u"\r\nX-Injected: yes"_s;
    config.maxRetries = 0;
    SentryClient client(config);
    Outcome outcome;
    client.get(u"/api/0/organizations/%1/"_s.arg(server.orgSlug()), {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 10000);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Usage);
    QVERIFY(!outcome.result->error().message.contains(server.token()));
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(client.requestsStarted(), 0);
}

void TestSecurity::storedOrEnvironmentToken_isValidated()
{
    QVERIFY(!tokenOrEnvironmentFallback(u"abc\r\nX: y"_s, {}));
    QVERIFY(!tokenOrEnvironmentFallback(fail(ErrorKind::NotFound, u"none"_s), u"abc\nX: y"_s));
    const Result<QString> good = tokenOrEnvironmentFallback(fail(ErrorKind::NotFound, u"none"_s), u"abc"_s);
    QVERIFY(good);
    QCOMPARE(*good, u"abc"_s);
}

// --- 3. escaping --------------------------------------------------------------------------

void TestSecurity::escapeControls_makesControlsVisible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"P1 errors (payment-api) → 40"_s << u"P1 errors (payment-api) → 40"_s;
    QTest::newRow("OSC title + clear") << u"P1\x1b]0;x\x07\x1b[2J"_s << u"P1\\x1b]0;x\\x07\\x1b[2J"_s;
    QTest::newRow("CR overwrites the line") << u"ok\rEVIL"_s << u"ok\\x0dEVIL"_s;
    QTest::newRow("newline forges a line") << u"a\nb"_s << u"a\\x0ab"_s;
    QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
    QTest::newRow("8-bit CSI") << u"a\u009b2J"_s << u"a\\x9b2J"_s;
    QTest::newRow("bidi override") << u"a\u202eb\u2066c"_s << u"a\\u202eb\\u2066c"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    QTest::newRow("emoji stays") << u"🚀 ok"_s << u"🚀 ok"_s;
    QTest::newRow("backslash stays") << u"a\\x1b"_s << u"a\\x1b"_s;
}

void TestSecurity::escapeControls_makesControlsVisible()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(escapeControls(text), expected);
}

void TestSecurity::escapeControls_keepsLayoutWhenAsked()
{
    QCOMPARE(escapeControls(u"a\tb\nc\x1b[2J\r\n"_s, LineBreaks::Keep), u"a\tb\nc\\x1b[2J\\x0d\n"_s);
}

// --- 4. region URL ------------------------------------------------------------------------

void TestSecurity::regionUrl_otherPortOnTheSameHostIsRefused()
{
    QVERIFY(!checkRegionUrl(QUrl(u"http://127.0.0.1:8000/"_s), QUrl(u"http://127.0.0.1:8001"_s)));
    QVERIFY(!checkRegionUrl(QUrl(u"https://sentry.example.com/"_s), QUrl(u"https://sentry.example.com:8443"_s)));
    QVERIFY(checkRegionUrl(QUrl(u"https://sentry.example.com/"_s), QUrl(u"https://sentry.example.com:443/"_s)));
    QVERIFY(checkRegionUrl(QUrl(u"http://127.0.0.1:8000/"_s), QUrl(u"http://127.0.0.1:8000/"_s)));
    // The documented SaaS rule stays: any https://*.sentry.io region.
    QVERIFY(checkRegionUrl(QUrl(u"https://sentry.io/"_s), QUrl(u"https://us.sentry.io"_s)));
}

void TestSecurity::client_tokenNeverGoesToAnotherLocalPort()
{
    FakeSentryServer api;
    QVERIFY(api.listen() != 0);
    FakeServerOptions otherOptions;
    otherOptions.token = api.token(); // would accept the stolen token
    FakeSentryServer other(otherOptions);
    QVERIFY(other.listen() != 0);
    ClientConfig config;
    config.baseUrl = api.url();
    config.token = api.token();
    config.maxRetries = 0;
    SentryClient client(config);
    QVERIFY(!client.setRegionUrl(other.url()));
    QCOMPARE(client.apiBase(), api.url());
    Outcome outcome;
    client.get(u"/api/0/organizations/%1/"_s.arg(api.orgSlug()), {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 10000);
    QVERIFY(*outcome.result);
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(api.requestCount(), 1);
}

// --- 5. file modes ------------------------------------------------------------------------

void TestSecurity::jsonFiles_areCreatedPrivateInPrivateFolders()
{
    const QString folder = m_dir.filePath(u"new/nested"_s);
    const QString path = folder + u"/snapshot.json"_s;
    OrgSnapshot snapshot;
    snapshot.orgSlug = u"acme"_s;
    QVERIFY(snapshot.save(path));
    QCOMPARE(mode(path), u"0600"_s);
    QCOMPARE(mode(folder), u"0700"_s);
    QCOMPARE(mode(m_dir.filePath(u"new"_s)), u"0700"_s);
    // An existing folder the user chose is not touched.
    const QFileDevice::Permissions before = QFile::permissions(m_dir.path());
    ChangeSet set;
    QVERIFY(set.save(m_dir.filePath(u"plan.json"_s)));
    QCOMPARE(mode(m_dir.filePath(u"plan.json"_s)), u"0600"_s);
    QCOMPARE(QFile::permissions(m_dir.path()), before);
}

void TestSecurity::jsonFiles_rewrittenOverAWorldReadableFileBecomePrivate()
{
    const QString path = m_dir.filePath(u"old.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(QFile::permissions(path) & GroupOrOther);
    QVERIFY(ChangeSet().save(path));
    QCOMPARE(mode(path), u"0600"_s);
}

void TestSecurity::journal_isCreatedPrivate()
{
    const QString folder = m_dir.filePath(u"journal-dir"_s);
    const Journal journal(folder + u"/journal.jsonl"_s);
    JournalEntry entry;
    entry.id = u"push-1/op-1"_s;
    entry.pushId = u"push-1"_s;
    entry.time = QDateTime::currentDateTimeUtc();
    QVERIFY(journal.append(entry));
    QCOMPARE(mode(journal.path()), u"0600"_s);
    QCOMPARE(mode(folder), u"0700"_s);
}

void TestSecurity::drafts_arePrivate()
{
    const DraftStore drafts(m_dir.filePath(u"drafts"_s));
    ChangeSet set;
    set.org = u"acme"_s;
    QVERIFY(drafts.save(u"Work"_s, u"ownership/payment-api"_s, set));
    const QString path = drafts.pathFor(u"Work"_s, u"ownership/payment-api"_s);
    QVERIFY(QFile::exists(path));
    QCOMPARE(mode(path), u"0600"_s);
    for (QString folder = QFileInfo(path).absolutePath(); folder.startsWith(drafts.root());
         folder = QFileInfo(folder).absolutePath())
        QCOMPARE(mode(folder), u"0700"_s);
}

void TestSecurity::profiles_arePrivate()
{
    const QString path = m_dir.filePath(u"settings/sentry-console.conf"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfileStore store(&settings);
        store.save({u"Work"_s, QUrl(u"https://sentry.example.com/"_s), u"acme"_s});
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(mode(path), u"0600"_s);
    QCOMPARE(mode(QFileInfo(path).absolutePath()), u"0700"_s);
}

void TestSecurity::guiSnapshotCache_isPrivate()
{
    FakeSentryServer server;
    QVERIFY(server.listen() != 0);
    QString cache;
    {
        ConsoleSession session;
        ClientConfig config;
        config.maxRetries = 0;
        session.setClientDefaults(config);
        QSignalSpy finished(&session, &ConsoleSession::refreshFinished);
        session.openProfile({u"Perm"_s, server.url(), server.orgSlug()}, server.token());
        QVERIFY(finished.wait(20000));
        cache = session.cacheFilePath();
        QTRY_VERIFY(QFile::exists(cache));
    } // the destructor waits for the cache write
    QCOMPARE(mode(cache), u"0600"_s);
    QCOMPARE(mode(QFileInfo(cache).absolutePath()), u"0700"_s);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
