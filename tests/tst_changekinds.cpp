// SPDX-License-Identifier: MIT
#include "changekinds.h"
#include "changeset.h"
#include "jsonlocate.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc;

// Operation kinds and target types are enums in memory and strings only in the change-set file. The
// two tables below are THE list of what the file may say: a new kind or type gets its row here (and
// its enumerator and name in models/core/changekinds.h), nowhere else.
class TestChangeKinds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void operationKind_nameAndEnumRoundTrip_data();
    void operationKind_nameAndEnumRoundTrip();
    void targetType_nameAndEnumRoundTrip_data();
    void targetType_nameAndEnumRoundTrip();
    void tables_listEveryNameOnce();
    void goldenFile_savesBackByteIdentical();
    void unknownName_isALoadErrorNamingFileAndLine_data();
    void unknownName_isALoadErrorNamingFileAndLine();
    void unknownName_fromJsonWithoutAFileNamesTheOperation();
    void jsonLineOf_findsNestedMembersAndElements();

private:
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// One operation as Qt's indented writer prints it (sorted keys, four spaces): the file format.
QByteArray oneOperationFile(const QString& kind, const QString& type)
{
    return R"({
    "created": "2026-03-04T05:06:07Z",
    "operations": [
        {
            "base": null,
            "desired": {
                "name": "x"
            },
            "id": "op-1",
            "kind": "%KIND%",
            "request": {
                "body": {
                    "name": "x"
                },
                "method": "PUT",
                "path": "/api/0/organizations/acme/x/"
            },
            "summary": "s",
            "target": {
                "id": "7",
                "project": "web-app",
                "type": "%TYPE%"
            }
        }
    ],
    "org": "acme",
    "server": "https://sentry.example.com",
    "version": 1
}
)"_ba.replace("%KIND%", kind.toUtf8())
        .replace("%TYPE%", type.toUtf8());
}

} // namespace

void TestChangeKinds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestChangeKinds::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestChangeKinds::operationKind_nameAndEnumRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<OperationKind>("kind");
    QTest::newRow("create") << u"create"_s << OperationKind::Create;
    QTest::newRow("update") << u"update"_s << OperationKind::Update;
    QTest::newRow("delete") << u"delete"_s << OperationKind::Delete;
    QTest::newRow("connect") << u"connect"_s << OperationKind::Connect;
    QTest::newRow("disconnect") << u"disconnect"_s << OperationKind::Disconnect;
}

void TestChangeKinds::operationKind_nameAndEnumRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(OperationKind, kind);
    QCOMPARE(parseOperationKind(name), std::optional<OperationKind>(kind));
    QCOMPARE(operationKindName(kind), name);

    // Through the file: loads as the enum, saves as the same bytes.
    const QByteArray bytes = oneOperationFile(name, u"workflow"_s);
    const Result<ChangeSet> loaded = ChangeSet::load(write(u"kind.json"_s, bytes));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->operations.first().kind, kind);
    const QString saved = m_dir->filePath(u"saved.json"_s);
    QVERIFY(loaded->save(saved));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestChangeKinds::targetType_nameAndEnumRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TargetType>("type");
    QTest::newRow("ownership") << u"ownership"_s << TargetType::Ownership;
    QTest::newRow("detector") << u"detector"_s << TargetType::Detector;
    QTest::newRow("workflow") << u"workflow"_s << TargetType::Workflow;
    QTest::newRow("issueAlertRule") << u"issueAlertRule"_s << TargetType::IssueAlertRule;
    QTest::newRow("metricAlertRule") << u"metricAlertRule"_s << TargetType::MetricAlertRule;
    QTest::newRow("projectTeam") << u"projectTeam"_s << TargetType::ProjectTeam;
    QTest::newRow("projectSettings") << u"projectSettings"_s << TargetType::ProjectSettings;
    QTest::newRow("inboundFilter") << u"inboundFilter"_s << TargetType::InboundFilter;
    QTest::newRow("clientKey") << u"clientKey"_s << TargetType::ClientKey;
    QTest::newRow("spikeProtection") << u"spikeProtection"_s << TargetType::SpikeProtection;
    QTest::newRow("team") << u"team"_s << TargetType::Team;
    QTest::newRow("project") << u"project"_s << TargetType::Project;
    QTest::newRow("monitor") << u"monitor"_s << TargetType::Monitor;
}

void TestChangeKinds::targetType_nameAndEnumRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(TargetType, type);
    QCOMPARE(parseTargetType(name), std::optional<TargetType>(type));
    QCOMPARE(targetTypeName(type), name);

    const QByteArray bytes = oneOperationFile(u"update"_s, name);
    const Result<ChangeSet> loaded = ChangeSet::load(write(u"type.json"_s, bytes));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->operations.first().target.type, type);
    QCOMPARE(QJsonDocument(loaded->toJson()).toJson(QJsonDocument::Indented), bytes);
}

void TestChangeKinds::tables_listEveryNameOnce()
{
    // The data tables above and the model's tables agree in size, so a row added to one only fails here.
    const QStringList kinds = operationKindNames();
    const QStringList types = targetTypeNames();
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(types.size(), 13);
    QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()).size(), kinds.size());
    QCOMPARE(QSet<QString>(types.begin(), types.end()).size(), types.size());
}

void TestChangeKinds::goldenFile_savesBackByteIdentical()
{
    // Written by the sentry-console that compared strings (before the enums): every kind, every type,
    // nulls, nested bodies, placeholders and a non-ASCII summary. Reading and writing it must not move a byte.
    const QString golden = QStringLiteral(SC_TEST_DATA_DIR "/changes/every-kind-and-type.json");
    QFile file(golden);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Result<ChangeSet> loaded = ChangeSet::load(golden);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->operations.size(), 14);
    const QString saved = m_dir->filePath(u"saved.json"_s);
    QVERIFY(loaded->save(saved));
    QFile back(saved);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), bytes);
}

void TestChangeKinds::unknownName_isALoadErrorNamingFileAndLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("bad");      // the string the message must quote
    QTest::addColumn<QString>("member");   // the key on the line the message must name

    QTest::newRow("unknown kind") << u"rename"_s << u"workflow"_s << u"rename"_s << u"\"kind\""_s;
    QTest::newRow("kind in other case") << u"Update"_s << u"workflow"_s << u"Update"_s << u"\"kind\""_s;
    QTest::newRow("empty kind") << QString() << u"workflow"_s << QString() << u"\"kind\""_s;
    QTest::newRow("unknown type") << u"update"_s << u"alertRule"_s << u"alertRule"_s << u"\"type\""_s;
    QTest::newRow("type with a space") << u"update"_s << u"workflow "_s << u"workflow "_s << u"\"type\""_s;
}

void TestChangeKinds::unknownName_isALoadErrorNamingFileAndLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QFETCH(QString, bad);
    QFETCH(QString, member);

    const QByteArray bytes = oneOperationFile(kind, type);
    const QString path = write(u"bad.json"_s, bytes);
    const Result<ChangeSet> loaded = ChangeSet::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, ErrorKind::BadData);
    const QString text = QString::fromUtf8(bytes);
    const int line = int(text.left(text.indexOf(member)).count(u'\n')) + 1;
    const QString message = loaded.error().message;
    QVERIFY2(message.startsWith(u"%1, line %2: "_s.arg(path).arg(line)), qPrintable(message));
    QVERIFY2(message.contains(u"\"%1\""_s.arg(bad)), qPrintable(message));
}

void TestChangeKinds::unknownName_fromJsonWithoutAFileNamesTheOperation()
{
    QJsonObject json = QJsonDocument::fromJson(oneOperationFile(u"merge"_s, u"workflow"_s)).object();
    const Result<ChangeSet> set = ChangeSet::fromJson(json);
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(u"operation 1 (op-1)"_s), qPrintable(set.error().message));
    QVERIFY2(set.error().message.contains(u"\"merge\""_s), qPrintable(set.error().message));
}

void TestChangeKinds::jsonLineOf_findsNestedMembersAndElements()
{
    const QByteArray text = "\xEF\xBB\xBF{\"a\": [1, {\"x\": \"]\\\"\"},\n"
                            "  {\"other\": {\"deep\": [[\n"
                            "[]]]},\n"
                            "   \"k\\u0069nd\":\n"
                            " \"y\"}],\n"
                            " \"b\": null}";
    QVERIFY(QJsonDocument::fromJson(text.mid(3)).isObject());
    QCOMPARE(jsonLineOf(text, {u"a"_s, 2, u"kind"_s}), std::optional<int>(5));
    QCOMPARE(jsonLineOf(text, {u"a"_s, 1, u"x"_s}), std::optional<int>(1));
    QCOMPARE(jsonLineOf(text, {u"a"_s, 2}), std::optional<int>(2));
    QCOMPARE(jsonLineOf(text, {u"b"_s}), std::optional<int>(6));
    QCOMPARE(jsonLineOf(text, {u"a"_s, 3}), std::nullopt);
    QCOMPARE(jsonLineOf(text, {u"c"_s}), std::nullopt);
    QCOMPARE(jsonLineOf("[1, 2", {5}), std::nullopt);
}

QTEST_GUILESS_MAIN(TestChangeKinds)
#include "tst_changekinds.moc"
