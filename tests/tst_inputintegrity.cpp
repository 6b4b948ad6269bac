// SPDX-License-Identifier: MIT
#include "changeset.h"
#include "changesetcheck.h"
#include "draftstore.h"
#include "jsonio.h"
#include "orgsnapshot.h"
#include "statsparsers.h"
#include "testutils.h"
#include "tierpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// Hostile and broken input files: every one gives a clear error naming the file and the member,
// line or cycle at fault, and nothing is read as something else or overwritten.
class TestInputIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void changeSet_rejectsPlaceholderCycles_data();
    void changeSet_rejectsPlaceholderCycles();
    void changeSet_acceptsAPlaceholderChain();
    void changeSet_versionErrorsSayWhatIsWrong_data();
    void changeSet_versionErrorsSayWhatIsWrong();
    void json_rawControlCharacterIsAnError();
    void changeSet_numericIdsAreRangeChecked();
    void changeSet_capsTheOperationCountAndFileSize();
    void byteOrderMark_isAcceptedForChangeSetsAndSnapshots();
    void byteOrderMark_atTheStartOfAStringIsKept();
    void snapshot_wrongTypesAreRejectedNamingTheMember_data();
    void snapshot_wrongTypesAreRejectedNamingTheMember();
    void policy_numbersOutOfRangeAreLineNumberedErrors_data();
    void policy_numbersOutOfRangeAreLineNumberedErrors();
    void policy_duplicateKeysNameBothLines();
    void stats_outOfRangeNumbersAreBadData();
    void draftStore_unreadableDraftIsMovedAsideNeverOverwritten();
    void atomicWrite_onAFullDiskFailsAndKeepsTheOldFile();

private:
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QJsonObject operation(const QString& id, const QString& path, const QJsonValue& body = QJsonValue(QJsonValue::Null))
{
    return QJsonObject{{u"id"_s, id},
                       {u"kind"_s, u"create"_s},
                       {u"target"_s, QJsonObject{{u"type"_s, u"workflow"_s}, {u"project"_s, QJsonValue()}, {u"id"_s, QJsonValue()}}},
                       {u"summary"_s, id},
                       {u"base"_s, QJsonValue()},
                       {u"desired"_s, QJsonObject{}},
                       {u"request"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"body"_s, body}}}};
}

QByteArray changeSetBytes(const QJsonArray& ops)
{
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"org"_s, u"acme"_s}, {u"operations"_s, ops}}).toJson();
}

QString policyWith(const QString& from, const QString& to)
{
    QString text = TierPolicy::defaultPolicyText();
    if (!text.contains(from))
        qFatal("default policy lacks %s", qPrintable(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

int lineOf(const QString& text, const QString& needle, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    return at < 0 ? -1 : int(text.left(at).count(u'\n')) + 1;
}

const QString kWorkflows = u"/api/0/organizations/acme/workflows/"_s;

} // namespace

void TestInputIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestInputIntegrity::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestInputIntegrity::changeSet_rejectsPlaceholderCycles_data()
{
    QTest::addColumn<QJsonArray>("ops");
    QTest::addColumn<QString>("named");
    const QString wf = kWorkflows;
    QTest::newRow("self in path") << QJsonArray{operation(u"op-1"_s, wf + u"${op-1.id}/"_s)} << u"${op-1.id}"_s;
    QTest::newRow("two in a cycle")
        << QJsonArray{operation(u"op-1"_s, wf, QJsonObject{{u"detectorIds"_s, QJsonArray{u"${op-2.id}"_s}}}),
                      operation(u"op-2"_s, wf, QJsonObject{{u"detectorIds"_s, QJsonArray{u"${op-1.id}"_s}}})}
        << u"op-1 → op-2 → op-1"_s;
    QTest::newRow("three, after a good one")
        << QJsonArray{operation(u"op-1"_s, wf), operation(u"op-2"_s, wf + u"${op-3.id}/"_s),
                      operation(u"op-3"_s, wf + u"${op-4.id}/"_s), operation(u"op-4"_s, wf + u"${op-2.id}/"_s)}
        << u"op-2 → op-3 → op-4 → op-2"_s;
}

void TestInputIntegrity::changeSet_rejectsPlaceholderCycles()
{
    QFETCH(QJsonArray, ops);
    QFETCH(QString, named);
    const QString path = write(u"cycle.json"_s, changeSetBytes(ops));
    const Result<ChangeSet> loaded = ChangeSet::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, ErrorKind::BadData);
    QVERIFY2(loaded.error().message.contains(named), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void TestInputIntegrity::changeSet_acceptsAPlaceholderChain()
{
    const QJsonArray ops{operation(u"op-1"_s, kWorkflows), operation(u"op-2"_s, kWorkflows + u"${op-1.id}/"_s),
                         operation(u"op-3"_s, kWorkflows, QJsonObject{{u"ids"_s, QJsonArray{u"${op-1.id}"_s, u"${op-2.id}"_s}}})};
    const Result<ChangeSet> loaded = ChangeSet::load(write(u"chain.json"_s, changeSetBytes(ops)));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(placeholderReferences(loaded->operations.at(2)), (QStringList{u"op-1"_s, u"op-2"_s}));
}

void TestInputIntegrity::changeSet_versionErrorsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QByteArray(R"({"operations": []})") << u"has no \"version\""_s;
    QTest::newRow("string") << QByteArray(R"({"version": "1", "operations": []})") << u"\"version\" is \"1\", not a number"_s;
    QTest::newRow("newer") << QByteArray(R"({"version": 2, "operations": []})") << u"Unsupported change-set version 2;"_s;
    QTest::newRow("fraction") << QByteArray(R"({"version": 1.5, "operations": []})") << u"version 1.5;"_s;
    QTest::newRow("operations not a list") << QByteArray(R"({"version": 1, "operations": {}})") << u"\"operations\" is not a list"_s;
}

void TestInputIntegrity::changeSet_versionErrorsSayWhatIsWrong()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const QString path = write(u"v.json"_s, json);
    const Result<ChangeSet> loaded = ChangeSet::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
    QVERIFY2(!loaded.error().message.contains(u"-1"_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.startsWith(path), qPrintable(loaded.error().message));
}

void TestInputIntegrity::json_rawControlCharacterIsAnError()
{
    static const char raw[] = "{\"version\": 1,\n \"oper\0ations\": []}";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    const QString path = write(u"nul.json"_s, bytes);
    const Result<ChangeSet> loaded = ChangeSet::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"control character U+0000 at line 2, column 7"_s),
             qPrintable(loaded.error().message));
    QVERIFY2(!loaded.error().message.contains(u"operations"_s), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(path));
    // Escaped, it is valid JSON (and simply an unknown key).
    QVERIFY(parseJson(R"({"a\u0000b": 1})", u"x"_s));
}

void TestInputIntegrity::changeSet_numericIdsAreRangeChecked()
{
    QCOMPARE(jsonId(QJsonValue(3000000000.0)), u"3000000000"_s);
    QCOMPARE(jsonId(QJsonValue(1e300)), QString());
    QCOMPARE(jsonId(QJsonValue(-1e300)), QString());
    QCOMPARE(jsonId(QJsonValue(1.5)), QString());
    QJsonObject op = operation(u"op-1"_s, kWorkflows);
    op[u"kind"_s] = u"update"_s;
    op[u"target"_s] = QJsonObject{{u"type"_s, u"workflow"_s}, {u"id"_s, 1e300}};
    op[u"request"_s] = QJsonObject{{u"method"_s, u"PUT"_s}, {u"path"_s, kWorkflows + u"1/"_s}};
    const Result<ChangeSet> loaded = ChangeSet::load(write(u"id.json"_s, changeSetBytes({op})));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"target id 1e+300"_s), qPrintable(loaded.error().message));
}

void TestInputIntegrity::changeSet_capsTheOperationCountAndFileSize()
{
    QJsonArray ops;
    for (int i = 1; i <= ChangeSetLimits::MaxOperations + 1; ++i)
        ops.append(operation(u"op-%1"_s.arg(i), kWorkflows));
    const QString path = write(u"many.json"_s, changeSetBytes(ops));
    const Result<ChangeSet> many = ChangeSet::load(path);
    QVERIFY(!many);
    QVERIFY2(many.error().message.contains(u"10001 operations"_s) && many.error().message.contains(u"at most 10000"_s),
             qPrintable(many.error().message));
    ops.removeLast();
    QVERIFY(ChangeSet::load(write(u"limit.json"_s, changeSetBytes(ops))));

    QFile big(m_dir->filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ChangeSetLimits::MaxFileBytes + 1)); // sparse: nothing is written
    big.close();
    const Result<ChangeSet> huge = ChangeSet::load(big.fileName());
    QVERIFY(!huge);
    QVERIFY2(huge.error().message.contains(u"at most 64 MiB"_s), qPrintable(huge.error().message));
}

void TestInputIntegrity::byteOrderMark_isAcceptedForChangeSetsAndSnapshots()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const Result<ChangeSet> changes =
        ChangeSet::load(write(u"bom-changes.json"_s, bom + changeSetBytes({operation(u"op-1"_s, kWorkflows)})));
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
    QCOMPARE(changes->operations.size(), 1);
    QFile fixture(QStringLiteral(SC_TEST_DATA_DIR "/tiers/demo-workflow.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const Result<OrgSnapshot> snapshot = OrgSnapshot::load(write(u"bom-snapshot.json"_s, bom + fixture.readAll()));
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    QVERIFY(!snapshot->projects.isEmpty());
}

// Qt's parser drops a raw U+FEFF that starts a string ("\uFEFFenv" read as "env", a value read as ""), so a
// snapshot saved and loaded again changed (found by tests/fuzz/fuzz_snapshot). Every JSON file keeps it.
void TestInputIntegrity::byteOrderMark_atTheStartOfAStringIsKept()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const Result<QJsonDocument> doc = parseJson("{\"" + bom + "env\": \"" + bom + "v\", \"a" + bom + "b\": 1}", u"t.json"_s);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
    const QString mark(QChar(0xFEFF));
    QCOMPARE(doc->object().value(mark + u"env"_s).toString(), mark + u"v"_s);
    QCOMPARE(doc->object().value(u"a"_s + mark + u"b"_s).toInt(), 1);

    // What Qt writes (raw UTF-8) reads back the same: a snapshot saved and loaded is unchanged.
    QJsonObject team{{u"slug"_s, u"backend"_s}, {u"name"_s, mark + u"Backend"_s}};
    const QByteArray saved = QJsonDocument(QJsonObject{{mark + u"key"_s, QJsonArray{team}}}).toJson();
    const Result<QJsonDocument> again = parseJson(saved, u"saved.json"_s);
    QVERIFY(again);
    QCOMPARE(again->toJson(), saved);

    // A broken file still names the caller's line and column: the same as for three other bytes in place of
    // each mark (the escaping must not shift what the user is pointed at).
    const QByteArray broken = "{\"a\": \"" + bom + "\", \"b\": \"" + bom + "\",\n \"c\": \"" + bom + "\" x}";
    const Result<QJsonDocument> bad = parseJson(broken, u"bad.json"_s);
    const Result<QJsonDocument> plain = parseJson(QByteArray(broken).replace(bom, "abc"), u"bad.json"_s);
    QVERIFY(!bad && !plain);
    QVERIFY2(bad.error().message.contains(u"line 2, column"_s), qPrintable(bad.error().message));
    QCOMPARE(bad.error().message, plain.error().message);

    // A file name with "%2" in it (drafts of key "ownership/api" are "ownership%2Fapi.json") stays as it is.
    const Result<QJsonDocument> named = parseJson("{", u"drafts/ownership%2Fapi.json"_s);
    QVERIFY(!named);
    QVERIFY2(named.error().message.startsWith(u"drafts/ownership%2Fapi.json is not valid JSON: "_s)
                 && named.error().message.contains(u"line 1, column 2"_s),
             qPrintable(named.error().message));
}

void TestInputIntegrity::snapshot_wrongTypesAreRejectedNamingTheMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");
    const QByteArray org = R"("organization": {"slug": "acme"}, "meta": {"formatVersion": 1})";
    QTest::newRow("teams is a number") << QByteArray("{" + org + R"(, "projects": [], "teams": 7})") << u"\"teams\" is a number"_s;
    QTest::newRow("project is a string") << QByteArray("{" + org + R"(, "projects": ["api"]})") << u"\"projects[0]\" is a string"_s;
    QTest::newRow("duplicate project slugs")
        << QByteArray("{" + org + R"(, "projects": [{"slug": "api"}, {"slug": "web"}, {"slug": "api"}]})")
        << u"\"projects[0]\" and \"projects[2]\" have the same slug \"api\""_s;
    QTest::newRow("duplicate team slugs")
        << QByteArray("{" + org + R"(, "projects": [], "teams": [{"slug": "a"}, {"slug": "a"}]})") << u"same slug \"a\""_s;
    QTest::newRow("project without slug") << QByteArray("{" + org + R"(, "projects": [{"id": "1"}]})") << u"\"projects[0].slug\" is missing"_s;
    QTest::newRow("project teams not a list")
        << QByteArray("{" + org + R"(, "projects": [{"slug": "api", "teams": "backend"}]})") << u"\"projects[0].teams\" is a string"_s;
    QTest::newRow("id out of range")
        << QByteArray("{" + org + R"(, "projects": [{"slug": "api", "id": 1e300}]})") << u"\"projects[0].id\" is a number"_s;
    QTest::newRow("teamMembers is a list") << QByteArray("{" + org + R"(, "projects": [], "teamMembers": []})") << u"\"teamMembers\" is a list"_s;
    QTest::newRow("detectors hold scalars") << QByteArray("{" + org + R"(, "projects": [], "detectors": [1]})") << u"\"detectors[0]\" is a number"_s;
}

void TestInputIntegrity::snapshot_wrongTypesAreRejectedNamingTheMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);
    const QString path = write(u"snapshot.json"_s, json);
    const Result<OrgSnapshot> loaded = OrgSnapshot::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(member), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.startsWith(path), qPrintable(loaded.error().message));
}

void TestInputIntegrity::policy_numbersOutOfRangeAreLineNumberedErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("window 3000000000") << u"window: 60"_s << u"window: 3000000000"_s << u"from 60 to 86400 (got 3000000000)"_s;
    QTest::newRow("window 1e300") << u"window: 60"_s << u"window: 1e300"_s << u"from 60 to 86400 (got 1e300)"_s;
    QTest::newRow("window 1e400 overflows") << u"window: 60"_s << u"window: 1e400"_s << u"must be a number"_s;
    QTest::newRow("frequency 5.9") << u"frequency: 5"_s << u"frequency: 5.9"_s << u"(got 5.9)"_s;
    QTest::newRow("frequency 1e10") << u"frequency: 5"_s << u"frequency: 1e10"_s << u"(got 1e10)"_s;
    QTest::newRow("threshold inf") << u"threshold: 50"_s << u"threshold: .inf"_s << u"must be a number"_s;
}

void TestInputIntegrity::policy_numbersOutOfRangeAreLineNumberedErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const QString text = policyWith(from, to);
    const QList<PolicyDiagnostic> problems = TierPolicy::check(text, u"policy.yaml"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().toString()));
    QCOMPARE(problems.first().where.line, lineOf(text, to));
    QVERIFY(!TierPolicy::fromYaml(text, u"policy.yaml"_s));
}

void TestInputIntegrity::policy_duplicateKeysNameBothLines()
{
    const QString text = TierPolicy::defaultPolicyText()
                         + u"\noverrides:\n  projects:\n    payment-api:\n      P0: {errors: {threshold: 10}}\n"_s;
    const QList<PolicyDiagnostic> problems = TierPolicy::check(text, u"policy.yaml"_s);
    QCOMPARE(problems.size(), 1);
    const int first = lineOf(text, u"\noverrides:"_s) + 1;
    const int second = lineOf(text, u"\noverrides:"_s, 2) + 1;
    QVERIFY2(problems.first().message.contains(u"Duplicate key \"overrides\" (lines %1 and %2)"_s.arg(first).arg(second)),
             qPrintable(problems.first().toString()));
    QCOMPARE(problems.first().where.line, second);

    // Nested, in a flow mapping too.
    const QString nested = policyWith(u"threshold: 50"_s, u"threshold: 50\n        threshold: 40"_s);
    const QList<PolicyDiagnostic> inner = TierPolicy::check(nested, u"policy.yaml"_s);
    QVERIFY(!inner.isEmpty());
    QVERIFY2(inner.first().message.contains(u"Duplicate key \"threshold\""_s), qPrintable(inner.first().toString()));
}

void TestInputIntegrity::stats_outOfRangeNumbersAreBadData()
{
    const QJsonValue stats = QJsonDocument::fromJson(R"({"data": [[1700000000, [{"count": 1e300}]]]})").object();
    QVERIFY(!parseEventsStats(stats));
    const QJsonValue time = QJsonDocument::fromJson(R"({"data": [[1e300, [{"count": 1}]]]})").object();
    QVERIFY(!parseEventsStats(time));
    const QJsonValue totals = QJsonDocument::fromJson(
        R"json({"groups": [{"by": {"project": 1}, "totals": {"sum(quantity)": -1e300}}]})json").object();
    QVERIFY(!parseStatsV2Totals(totals));
    const QJsonValue fine = QJsonDocument::fromJson(R"({"data": [[1700000000, [{"count": 12.0}]]]})").object();
    QVERIFY(parseEventsStats(fine));
}

void TestInputIntegrity::draftStore_unreadableDraftIsMovedAsideNeverOverwritten()
{
    const DraftStore store(m_dir->filePath(u"drafts"_s));
    const Result<ChangeSet> parsed =
        ChangeSet::fromJson(QJsonDocument::fromJson(changeSetBytes({operation(u"op-1"_s, kWorkflows)})).object());
    QVERIFY(parsed);
    const ChangeSet set = *parsed;
    QVERIFY(store.save(u"p"_s, u"ownership/api"_s, set));
    const QString path = store.pathFor(u"p"_s, u"ownership/api"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray truncated = file.read(40);
    QVERIFY(file.resize(40));
    file.close();

    // Saving over it (without loading first) sets the old bytes aside.
    QVERIFY(store.save(u"p"_s, u"ownership/api"_s, set));
    QList<UnreadableDraft> aside = store.unreadable(u"p"_s);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().key, u"ownership/api"_s);
    QVERIFY2(aside.first().error.contains(u"not valid JSON"_s), qPrintable(aside.first().error));
    QFile kept(aside.first().path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), truncated);
    QCOMPARE(store.keys(u"p"_s), QStringList{u"ownership/api"_s});

    // Loading a broken one reports where it went; removing works only on files the store set aside.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    const Result<ChangeSet> broken = store.load(u"p"_s, u"ownership/api"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"kept aside"_s), qPrintable(broken.error().message));
    QVERIFY(!store.contains(u"p"_s, u"ownership/api"_s));
    aside = store.unreadable(u"p"_s);
    QCOMPARE(aside.size(), 2);
    QVERIFY(!store.removeUnreadable(UnreadableDraft{path, {}, {}}));
    QVERIFY(store.removeUnreadable(aside.first()));
    QCOMPARE(store.unreadable(u"p"_s).size(), 1);
}

void TestInputIntegrity::atomicWrite_onAFullDiskFailsAndKeepsTheOldFile()
{
    const QString path = write(u"kept.json"_s, "{\"old\": true}");
    Result<void> written;
    {
        const test::FileSizeLimit fullDisk(4);
        QVERIFY(fullDisk.ok());
        written = writeFileAtomic(path, QByteArray(4096, 'x'));
    }
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Io);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"old\": true}"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"kept.json"_s}); // no temporary left
}

QTEST_GUILESS_MAIN(TestInputIntegrity)
#include "tst_inputintegrity.moc"
