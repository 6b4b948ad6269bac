// SPDX-License-Identifier: MIT
#include "applytiersdialog.h"
#include "connectionprofile.h"
#include "consolesession.h"
#include "tierpolicy.h"
#include "tierpolicyeditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace sc;

namespace {
OrgSnapshot demo()
{
    Result<OrgSnapshot> snapshot = OrgSnapshot::load(QStringLiteral(SC_TEST_DATA_DIR "/tiers/demo-workflow.json"));
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().message));
    snapshot->reindex();
    return *snapshot;
}

// SC_SCREENSHOT_DIR=/tmp/shots ctest -R tst_tierui → PNGs to look at.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestTierUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void applyDialog_showsThePlannedOperations();
    void applyDialog_savesThePlanAsTheTiersDraft();
    void applyDialog_forAnOkProject_hasNothingToSave();
    void policyEditor_listsProblemsWithTheirLine();
    void policyEditor_formWritesIntoTheText_keepingComments();
    void policyEditor_appliesAValidPolicyToTheSession();

private:
    std::unique_ptr<ConsoleSession> m_session;
};

void TestTierUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTierUi::init()
{
    m_session = std::make_unique<ConsoleSession>();
    ConnectionProfile profile;
    profile.name = QStringLiteral("tier-ui-test");
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    profile.orgSlug = QStringLiteral("acme-corp");
    m_session->openProfile(profile, QString(), false);
    m_session->setSnapshot(demo());
    QTRY_VERIFY(m_session->hasSnapshot());
}

void TestTierUi::cleanup()
{
    m_session->drafts().remove(m_session->profileName(), ApplyTiersDialog::draftKey());
    m_session.reset();
}

void TestTierUi::applyDialog_showsThePlannedOperations()
{
    ApplyTiersDialog dialog(m_session.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.changes().operations.size(), 3);
    QTreeWidget* tree = dialog.operationsView();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("P2 p95 (payment-api): condition gt 3000 → 2000"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("connect"));
    QVERIFY(tree->topLevelItem(1)->text(3).startsWith(QLatin1String("POST /api/0/organizations/acme-corp/projects/billing-worker/detectors/")));
    screenshot(dialog, QStringLiteral("applytiersdialog"));
}

void TestTierUi::applyDialog_savesThePlanAsTheTiersDraft()
{
    QSignalSpy changed(m_session.get(), &ConsoleSession::draftsChanged);
    ApplyTiersDialog dialog(m_session.get(), {QStringLiteral("web-app"), QStringLiteral("billing-worker")});
    QCOMPARE(dialog.changes().operations.size(), 2);
    QVERIFY(dialog.saveDraft());
    QCOMPARE(changed.count(), 1);
    const Result<ChangeSet> draft = m_session->drafts().load(m_session->profileName(), QStringLiteral("tiers/plan"));
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    QCOMPARE(draft->operations.size(), 2);
    QCOMPARE(draft->operations.at(0).target.type, TargetType::Workflow);      // web-app joins P3
    QCOMPARE(draft->operations.at(1).target.project, QStringLiteral("billing-worker")); // its P0 detector
}

void TestTierUi::applyDialog_forAnOkProject_hasNothingToSave()
{
    ApplyTiersDialog dialog(m_session.get(), {QStringLiteral("api-gateway")});
    QCOMPARE(dialog.changes().operations.size(), 0);
    QVERIFY(!dialog.saveDraft());
    QVERIFY(!m_session->drafts().contains(m_session->profileName(), ApplyTiersDialog::draftKey()));
}

void TestTierUi::policyEditor_listsProblemsWithTheirLine()
{
    TierPolicyEditor editor(m_session.get());
    QVERIFY(editor.isValid());
    QString text = editor.text();
    text.replace(QStringLiteral("threshold: 50"), QStringLiteral("threshold: lots"));
    const int line = int(text.left(text.indexOf(QLatin1String("threshold: lots"))).count(QLatin1Char('\n'))) + 1;
    editor.setText(text);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY2(editor.problems().first().startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(editor.problems().first()));
    editor.resize(1000, 650);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    screenshot(editor, QStringLiteral("tierpolicyeditor-error"));
}

void TestTierUi::policyEditor_formWritesIntoTheText_keepingComments()
{
    TierPolicyEditor editor(m_session.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLineEdit* threshold = editor.field(QStringLiteral("tiers.P0.parts.errors.threshold"));
    QVERIFY(threshold);
    QCOMPARE(threshold->text(), QStringLiteral("50"));
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("40"));
    QVERIFY(editor.text().contains(QLatin1String("        threshold: 40\n")));
    QVERIFY(editor.text().startsWith(QLatin1String("# sentry-console alert tier policy")));
    QVERIFY(editor.isValid());
    QLineEdit* channel = editor.field(QStringLiteral("tiers.P1.action.channel"));
    QCOMPARE(channel->text(), QStringLiteral("#alerts-prod"));
    QVERIFY(!editor.field(QStringLiteral("tiers.P0.action.service"))->isEnabled()); // resolved per team
    editor.resize(1000, 650);
    screenshot(editor, QStringLiteral("tierpolicyeditor"));
}

void TestTierUi::policyEditor_appliesAValidPolicyToTheSession()
{
    TierPolicyEditor editor(m_session.get());
    QSignalSpy applied(&editor, &TierPolicyEditor::policyApplied);
    QString text = editor.text();
    text.replace(QStringLiteral("threshold: 2000"), QStringLiteral("threshold: 3000"));
    editor.setText(text);
    QVERIFY(editor.isValid());
    QPushButton* apply = nullptr;
    for (QPushButton* button : editor.findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("Apply to Audit"))
            apply = button;
    }
    QVERIFY(apply && apply->isEnabled());
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_session->policy().spec(Tier::P2).part(QStringLiteral("p95"))->threshold, 3000.0);
}

QTEST_MAIN(TestTierUi)
#include "tst_tierui.moc"
