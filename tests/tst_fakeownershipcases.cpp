// SPDX-License-Identifier: MIT
// The fake validates ownership text with the console's own parser, so a parser bug would be invisible
// to every test that talks to it. These cases were produced by running Sentry's own code
// (shared/ownership/examples.json, see its README): each one's `rules` goes through the fake's
// PUT /api/0/projects/{org}/{project}/ownership/ and the answer must be Sentry's.
//   * parse case with expect.ok false: Sentry's parser rejects it, the PUT answers 400
//     {"raw": ["Parse error: …"]} (README "kind: parse"; project_ownership.py validate()).
//   * every other case parses in Sentry: the PUT answers 200 with the schema Sentry stores (same
//     matchers, in file order), or 400 "Invalid rule owners: …" naming only owners of the text that
//     the demo org does not have (the cases use made-up teams and people), or, for text with a
//     typed "codeowners:" rule, 400 "Codeowner type paths can only be added by importing CODEOWNER
//     files" (Sentry's serializer refuses those outside a CODEOWNERS import).
#include "fakesentryserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

class TestFakeOwnershipCases : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void put_answersLikeSentry_data();
    void put_answersLikeSentry();

private:
    std::unique_ptr<FakeSentryServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestFakeOwnershipCases::initTestCase()
{
    m_server = std::make_unique<FakeSentryServer>();
    QVERIFY(m_server->listen() != 0);
}

void TestFakeOwnershipCases::put_answersLikeSentry_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QJsonValue>("schemaRules"); // Sentry's stored rules, or undefined for match cases
    QFile file(QStringLiteral(SC_SHARED_DIR "/ownership/examples.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QVERIFY(cases.size() > 100);
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject expect = c.value(u"expect"_s).toObject();
        const bool isParse = c.value(u"kind"_s).toString() == u"parse"_s;
        const bool parses = !isParse || expect.value(u"ok"_s).toBool();
        QTest::newRow(qPrintable(c.value(u"id"_s).toString()))
            << c.value(u"rules"_s).toString() << parses << (isParse && parses ? expect.value(u"rules"_s) : QJsonValue(QJsonValue::Undefined));
    }
}

void TestFakeOwnershipCases::put_answersLikeSentry()
{
    QFETCH(QString, raw);
    QFETCH(bool, parses);
    QFETCH(QJsonValue, schemaRules);
    QNetworkRequest req(m_server->url().resolved(QUrl(u"/api/0/projects/acme-corp/payment-api/ownership/"_s)));
    req.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setTransferTimeout(10000);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, "PUT", QJsonDocument(QJsonObject{{u"raw"_s, raw}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QString message = body.value(u"raw"_s).toArray().first().toString();

    if (!parses) {
        QCOMPARE(status, 400);
        QVERIFY2(message.startsWith(u"Parse error"_s), qPrintable(message));
        return;
    }
    QVERIFY2(!message.startsWith(u"Parse error"_s), qPrintable(message)); // Sentry parses this text
    // A "codeowners:" rule parses but may only come from a CODEOWNERS import (project_ownership.py).
    static const QString kCodeowners = u"Codeowner type paths can only be added by importing CODEOWNER files"_s;
    bool typedCodeowners = false;
    for (const QJsonValue& r : schemaRules.toArray())
        typedCodeowners |= r.toObject().value(u"matcher"_s).toObject().value(u"type"_s).toString() == u"codeowners"_s;
    if (typedCodeowners) {
        QCOMPARE(status, 400);
        QCOMPARE(message, kCodeowners);
        return;
    }
    if (status == 400 && schemaRules.isUndefined() && message == kCodeowners) {
        QVERIFY2(raw.contains(u"codeowners:"_s), qPrintable(raw)); // a match case with such a rule
        return;
    }
    if (status == 400) {
        QVERIFY2(message.startsWith(u"Invalid rule owners: "_s), qPrintable(message));
        const QStringList bad = message.mid(21).split(u", "_s);
        for (const QString& owner : bad) {
            // "#team" or "user@example.com": written in the text as an owner (case-insensitive for e-mails).
            QVERIFY2(raw.contains(owner, Qt::CaseInsensitive), qPrintable(owner));
        }
        return;
    }
    QCOMPARE(status, 200);
    if (schemaRules.isUndefined())
        return;
    // Same matchers in the same order as Sentry's schema (owners carry ids in the fake's answer).
    QStringList expected;
    for (const QJsonValue& r : schemaRules.toArray()) {
        const QJsonObject m = r.toObject().value(u"matcher"_s).toObject();
        expected << m.value(u"type"_s).toString() + u':' + m.value(u"pattern"_s).toString();
    }
    QStringList actual;
    for (const QJsonValue& r : body.value(u"schema"_s).toObject().value(u"rules"_s).toArray()) {
        const QJsonObject m = r.toObject().value(u"matcher"_s).toObject();
        actual << m.value(u"type"_s).toString() + u':' + m.value(u"pattern"_s).toString();
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestFakeOwnershipCases)
#include "tst_fakeownershipcases.moc"
