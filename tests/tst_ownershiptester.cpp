// SPDX-License-Identifier: MIT
// "Who owns this?" as the editor's tester and `ownership who` ask it: typed and pasted input
// become the event Sentry would match, with the file names Sentry derives per platform
// (event_frames.py, as ../shared/ownership/README.md describes them), and one explanation text.
#include "ownershipimpact.h" // ownersText
#include "ownershipparser.h"
#include "ownershiptester.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sc;

class TestOwnershipTester : public QObject
{
    Q_OBJECT
private slots:
    void derivedFileNames_followThePlatform_data();
    void derivedFileNames_followThePlatform();
    void stackTrace_knownFramesAndLooseFileNames();
    void pastedJson_isReadAsAnEvent_andBadJsonNamesThePaste();
    void typedValues_addToTheEvent();
    void tags_needKeyAndEquals();
    void answer_ranksLikeSentry_andExplainsEachRule();
    void sharedMatchCases_giveSentrysOwnersAndRanks();
};

namespace {

struct Query {
    QString platform;
    QString sdk;
    QString pasted;
    QStringList paths;
};

OwnershipEvent eventFor(const Query& q)
{
    OwnershipTesterInput input;
    input.platform = q.platform;
    input.sdkName = q.sdk;
    input.pasted = q.pasted;
    input.paths = q.paths;
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    if (!event)
        qFatal("tester input rejected: %s", qPrintable(event.error().message));
    return *event;
}

QStringList mungedNames(const OwnershipEvent& event)
{
    QStringList out;
    for (const OwnershipFrame& f : event.frames)
        out << f.mungedFilename;
    return out;
}

} // namespace

void TestOwnershipTester::derivedFileNames_followThePlatform_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("sdk");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("munged");
    QTest::addColumn<bool>("matches");

    const QString javaTrace = u"java.lang.IllegalStateException: declined\n"
                              "\tat com.acme.payments.PaymentService.charge(PaymentService.java:42)\n"_s;
    // As pub-match-edge-69: module plus file name give the path in the source tree.
    QTest::newRow("java frame") << u"java"_s << QString() << javaTrace
                                << u"path:com/acme/payments/PaymentService.java #a"_s
                                << QStringList{u"com/acme/payments/PaymentService.java"_s} << true;
    QTest::newRow("same trace on python: no derived name")
        << u"python"_s << QString() << javaTrace << u"path:com/acme/payments/PaymentService.java #a"_s
        << QStringList{QString()} << false;
    QTest::newRow("java inner class: the file of the outer class")
        << u"java"_s << QString() << u"at com.acme.pay.Svc$Inner.run(Svc.java:3)"_s << u"path:com/acme/pay/Svc.java #a"_s
        << QStringList{u"com/acme/pay/Svc.java"_s} << true;
    // As pub-match-edge-71: flutter only with the Dart SDK's name.
    const QString dartTrace = u"#0      main (package:acme_app/lib/main.dart:10:5)"_s;
    QTest::newRow("flutter") << u"other"_s << u"sentry.dart.flutter"_s << dartTrace << u"path:lib/main.dart #a"_s
                             << QStringList{u"lib/main.dart"_s} << true;
    QTest::newRow("other without the flutter SDK") << u"other"_s << QString() << dartTrace
                                                   << u"path:lib/main.dart #a"_s << QStringList{QString()} << false;
    // As pub-match-edge-70: cocoa cuts abs_path at the frame's package.
    const QString cocoaEvent = uR"({"stacktrace": {"frames": [{"package": "Acme", "abs_path": "/Users/x/Acme/Sources/App.swift"}]}})"_s;
    QTest::newRow("cocoa event") << u"cocoa"_s << QString() << cocoaEvent << u"path:Acme/Sources/App.swift #a"_s
                                 << QStringList{u"Acme/Sources/App.swift"_s} << true;
    QTest::newRow("cocoa frames read on javascript") << u"javascript"_s << QString() << cocoaEvent
                                                     << u"path:Acme/Sources/App.swift #a"_s << QStringList{QString()}
                                                     << false;
}

void TestOwnershipTester::derivedFileNames_followThePlatform()
{
    QFETCH(QString, platform);
    QFETCH(QString, sdk);
    QFETCH(QString, pasted);
    QFETCH(QString, rule);
    QFETCH(QStringList, munged);
    QFETCH(bool, matches);
    const OwnershipEvent event = eventFor({platform, sdk, pasted, {}});
    QCOMPARE(event.platform, platform);
    QCOMPARE(mungedNames(event), munged);
    const Result<OwnershipRules> rules = parseOwnership(rule);
    QVERIFY(rules);
    const OwnershipTesterAnswer answer = whoOwns(*rules, event);
    QCOMPARE(!answer.matches.isEmpty(), matches);
    if (matches)
        QCOMPARE(answer.matches.first().reason.source, u"munged_filename"_s);
}

void TestOwnershipTester::stackTrace_knownFramesAndLooseFileNames()
{
    const QList<OwnershipFrame> frames = stackTraceFrames(
        u"Traceback (most recent call last):\n"
        "  File \"/app/src/payments/charge.py\", line 12, in charge\n"
        "    at com.acme.Svc.run(Svc.kt:3)\n"
        "error in web/checkout.ts and lib/util.go\n"_s);
    QStringList lines;
    for (const OwnershipFrame& f : frames)
        lines << u"%1|%2|%3"_s.arg(f.filename, f.absPath, f.module);
    QCOMPARE(lines, (QStringList{u"/app/src/payments/charge.py||"_s, u"Svc.kt|Svc.kt|com.acme.Svc"_s,
                                 u"web/checkout.ts||"_s, u"lib/util.go||"_s}));
}

void TestOwnershipTester::pastedJson_isReadAsAnEvent_andBadJsonNamesThePaste()
{
    OwnershipTesterInput input;
    input.pasted = uR"({"platform": "java", "request": {"url": "https://acme.io/api/v1/payments/42"}})"_s;
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    QVERIFY(event);
    QCOMPARE(event->platform, u"java"_s);
    QCOMPARE(event->url, u"https://acme.io/api/v1/payments/42"_s);

    input.pasted = u"{\"platform\": "_s;
    const Result<OwnershipEvent> broken = ownershipTesterEvent(input, u"event.json"_s);
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, ErrorKind::Usage);
    QVERIFY2(broken.error().message.contains(u"event.json"_s), qPrintable(broken.error().message));
}

void TestOwnershipTester::typedValues_addToTheEvent()
{
    OwnershipTesterInput input;
    input.event = QJsonObject{{u"tags"_s, QJsonArray{QJsonArray{u"service"_s, u"web"_s}}}};
    input.paths = {u"src/a.py"_s};
    input.modules = {u"acme.billing"_s};
    input.url = u"https://acme.io/x"_s;
    input.tags = {{u"release"_s, u"1.2"_s}};
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    QVERIFY(event);
    QCOMPARE(event->frames.size(), 2);
    QCOMPARE(event->frames.at(0).filename, u"src/a.py"_s);
    QCOMPARE(event->frames.at(1).module, u"acme.billing"_s);
    QCOMPARE(event->tags.size(), 2);
    QVERIFY(!isEmptyOwnershipQuery(*event));
    QVERIFY(isEmptyOwnershipQuery(eventFor({})));
}

void TestOwnershipTester::tags_needKeyAndEquals()
{
    const auto tag = parseOwnershipTag(u"service=payment-api=x"_s);
    QVERIFY(tag);
    QCOMPARE(tag->first, u"service"_s);
    QCOMPARE(tag->second, u"payment-api=x"_s);
    QVERIFY(parseOwnershipTag(u"k="_s));
    QVERIFY(!parseOwnershipTag(u"=v"_s));
    QVERIFY(!parseOwnershipTag(u"service"_s));
}

void TestOwnershipTester::answer_ranksLikeSentry_andExplainsEachRule()
{
    const Result<OwnershipRules> rules =
        parseOwnership(u"* #platform-eng\n# payments\npath:src/payments/** #payments\ntags.service:payment-* #payments\n"_s);
    QVERIFY(rules);
    OwnershipTesterInput input;
    input.paths = {u"src/payments/charge.py"_s};
    input.tags = {{u"service"_s, u"payment-api"_s}};
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    QVERIFY(event);
    const OwnershipTesterAnswer answer = whoOwns(*rules, *event);
    QCOMPARE(ownersText(answer.result.owners), u"#platform-eng, #payments"_s);
    QStringList lines;
    for (const OwnershipTesterMatch& m : answer.matches)
        lines << u"line %1: %2 — %3"_s.arg(m.line).arg(m.ruleText, m.why);
    QCOMPARE(lines, (QStringList{u"line 4: tags.service:payment-* #payments — tag service \"payment-api\" matched payment-*"_s,
                                 u"line 3: path:src/payments/** #payments — frame 0 filename \"src/payments/charge.py\" matched src/payments/**"_s,
                                 u"line 1: path:* #platform-eng — frame 0 filename \"src/payments/charge.py\" matched *"_s}));
}

// The tester's way in (an event, as `ownership who --event` reads it) gives the owners and ranks
// that Sentry's own code gave for every shared match case.
void TestOwnershipTester::sharedMatchCases_giveSentrysOwnersAndRanks()
{
    QFile file(QStringLiteral(SC_SHARED_DIR "/ownership/examples.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    int checked = 0;
    for (const QJsonValue& c : cases) {
        const QJsonObject testCase = c.toObject();
        if (testCase.value(u"kind"_s).toString() != "match"_L1)
            continue;
        const Result<OwnershipRules> rules = parseOwnership(testCase.value(u"rules"_s).toString());
        QVERIFY(rules);
        OwnershipTesterInput input;
        input.event = testCase.value(u"event"_s).toObject();
        const Result<OwnershipEvent> event = ownershipTesterEvent(input);
        QVERIFY(event);
        const QJsonObject got = whoOwns(*rules, *event).result.toJson();
        const QJsonObject expect = testCase.value(u"expect"_s).toObject();
        const QString id = testCase.value(u"id"_s).toString();
        QVERIFY2(got.value(u"owners"_s) == expect.value(u"owners"_s), qPrintable(id));
        QVERIFY2(got.value(u"rules"_s) == expect.value(u"rules"_s), qPrintable(id));
        ++checked;
    }
    QVERIFY(checked > 50);
}

QTEST_GUILESS_MAIN(TestOwnershipTester)
#include "tst_ownershiptester.moc"
