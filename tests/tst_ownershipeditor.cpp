// SPDX-License-Identifier: MIT
#include "consolesession.h"
#include "ownershipeditor.h"

#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace sc;

class TestOwnershipEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typingRules_showsDiagnostics();
    void tester_showsOwnersAndHighlightsRule();
    void tester_derivesJavaFileNamesFromTheProjectsPlatform();
    void save_writesDraftChangeSetWithChangedKeysOnly();
    void completer_keepsOneModelAndFollowsTheSnapshot();
    void screenshot_rendersDemoRules();
};

static OrgSnapshot demoSnapshot()
{
    OrgSnapshot s;
    s.orgSlug = QStringLiteral("acme");
    Team payments;
    payments.slug = QStringLiteral("payments");
    Team platform;
    platform.slug = QStringLiteral("platform-eng");
    s.teams = {payments, platform};
    Member alice;
    alice.email = QStringLiteral("alice@acme.io");
    s.members = {alice};
    s.teamMembers.insert(QStringLiteral("payments"), {alice});
    Project p;
    p.slug = QStringLiteral("payment-api");
    p.platform = QStringLiteral("java");
    p.teams = {TeamRef{QStringLiteral("1"), QStringLiteral("payments"), QString()}};
    ProjectOwnership o;
    o.raw = QStringLiteral("path:src/payments/** #payments\n");
    o.json = QJsonObject{{QStringLiteral("raw"), o.raw}, {QStringLiteral("fallthrough"), false},
                         {QStringLiteral("autoAssignment"), QStringLiteral("Auto Assign to Issue Owner")},
                         {QStringLiteral("codeownersAutoSync"), true}};
    p.ownership = o;
    s.projects = {p};
    s.reindex();
    return s;
}

struct Fixture {
    ConsoleSession session;
    OwnershipEditor editor{&session};
    Fixture()
    {
        session.setSnapshot(demoSnapshot());
        session.drafts().remove(session.profileName(), QStringLiteral("ownership/payment-api"));
        editor.resize(1100, 700);
        editor.openProject(QStringLiteral("payment-api"));
    }
};

void TestOwnershipEditor::typingRules_showsDiagnostics()
{
    Fixture f;
    QVERIFY(f.editor.diagnostics().isEmpty());
    f.editor.setRulesText(QStringLiteral("path:src/payments/** #payments\n* #platform-eng\nurl:\t#x\n"));
    QTRY_VERIFY(!f.editor.diagnostics().isEmpty());
    QStringList codes;
    for (const OwnershipDiagnostic& d : f.editor.diagnostics())
        codes << d.code;
    QVERIFY2(codes.contains(QStringLiteral("syntax")), qPrintable(codes.join(QLatin1Char(','))));
    QVERIFY2(codes.contains(QStringLiteral("team-without-access")), qPrintable(codes.join(QLatin1Char(','))));
    auto* list = f.editor.findChild<QListWidget*>(QStringLiteral("diagnostics"));
    QVERIFY(list);
    QCOMPARE(list->count(), f.editor.diagnostics().size());
}

void TestOwnershipEditor::tester_showsOwnersAndHighlightsRule()
{
    Fixture f;
    f.editor.setRulesText(QStringLiteral("* #platform-eng\npath:src/payments/** #payments\n"));
    auto* path = f.editor.findChild<QLineEdit*>(QStringLiteral("testerPath"));
    QVERIFY(path);
    path->setText(QStringLiteral("src/payments/charge.py"));
    QTRY_COMPARE(f.editor.testerOwnersText(), QStringLiteral("#platform-eng, #payments"));
}

// `ownership who` and the editor share one tester: a pasted Java frame gives the path Sentry
// derives from module and file name on a java project (the editor used to match the bare name).
void TestOwnershipEditor::tester_derivesJavaFileNamesFromTheProjectsPlatform()
{
    Fixture f;
    f.editor.setRulesText(QStringLiteral("path:com/acme/payments/*.java #payments\n"));
    auto* platform = f.editor.findChild<QLineEdit*>(QStringLiteral("testerPlatform"));
    QVERIFY(platform);
    QCOMPARE(platform->text(), QStringLiteral("java"));
    auto* event = f.editor.findChild<QPlainTextEdit*>(QStringLiteral("testerEvent"));
    QVERIFY(event);
    event->setPlainText(QStringLiteral("java.lang.IllegalStateException: declined\n"
                                       "\tat com.acme.payments.PaymentService.charge(PaymentService.java:42)\n"));
    QTRY_COMPARE(f.editor.testerOwnersText(), QStringLiteral("#payments"));
    auto* why = f.editor.findChild<QListWidget*>(QStringLiteral("testerRules"));
    QVERIFY(why);
    QCOMPARE(why->count(), 1);
    QCOMPARE(why->item(0)->text(), QStringLiteral("line 1: path:com/acme/payments/*.java #payments — frame 0 munged_filename "
                                                  "\"com/acme/payments/PaymentService.java\" matched com/acme/payments/*.java"));
    platform->setText(QStringLiteral("python"));
    QTRY_COMPARE(f.editor.testerOwnersText(), QStringLiteral("Nobody (no rule matches)"));
}

void TestOwnershipEditor::save_writesDraftChangeSetWithChangedKeysOnly()
{
    Fixture f;
    f.editor.setRulesText(QStringLiteral("path:src/payments/** #payments\nurl:*/payments/* #payments\n"));
    f.editor.saveDraft();
    const Result<ChangeSet> draft = f.session.drafts().load(f.session.profileName(), QStringLiteral("ownership/payment-api"));
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
    QCOMPARE(draft->operations.size(), 1);
    const ChangeOperation& op = draft->operations.first();
    QCOMPARE(op.kind, OperationKind::Update);
    QCOMPARE(op.target.type, TargetType::Ownership);
    QCOMPARE(op.request.method, QStringLiteral("PUT"));
    QCOMPARE(op.request.path, QStringLiteral("/api/0/projects/acme/payment-api/ownership/"));
    QCOMPARE(op.request.body.toObject().keys(), QStringList{QStringLiteral("raw")});
    QCOMPARE(op.base.toObject().value(QLatin1String("raw")).toString(), QStringLiteral("path:src/payments/** #payments\n"));
    // Reopening restores the draft.
    OwnershipEditor again(&f.session);
    again.openProject(QStringLiteral("payment-api"));
    QCOMPARE(again.rulesText(), f.editor.rulesText());
}

void TestOwnershipEditor::completer_keepsOneModelAndFollowsTheSnapshot()
{
    Fixture f;
    auto* completer = f.editor.findChild<QCompleter*>();
    QVERIFY(completer);
    QAbstractItemModel* model = completer->model();
    QVERIFY(model);
    OrgSnapshot next = demoSnapshot();
    Team mobile;
    mobile.slug = QStringLiteral("mobile");
    next.teams.append(mobile);
    next.reindex();
    f.session.setSnapshot(next);
    QCOMPARE(completer->model(), model); // swapped words, not a new model per update
    QCOMPARE(completer->findChildren<QStringListModel*>().size(), 1);
    QVERIFY(qobject_cast<QStringListModel*>(model)->stringList().contains(QStringLiteral("#mobile")));
}

void TestOwnershipEditor::screenshot_rendersDemoRules()
{
    Fixture f;
    f.editor.setRulesText(QStringLiteral("# acme ownership\n* #platform-eng\npath:src/payments/** #payments alice@acme.io\n"
                                         "url:*/api/v1/payments/* #payments\ntags.service:payment-api #payments\n"
                                         "path:src/[.py #payments\n"));
    f.editor.findChild<QLineEdit*>(QStringLiteral("testerPath"))->setText(QStringLiteral("src/payments/charge.py"));
    f.editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
    QTRY_VERIFY(!f.editor.diagnostics().isEmpty());
    const QString out = qEnvironmentVariable("SC_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/ownership-editor.png");
    QVERIFY(f.editor.grab().save(out));
}

QTEST_MAIN(TestOwnershipEditor)
#include "tst_ownershipeditor.moc"
