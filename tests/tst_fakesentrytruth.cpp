// SPDX-License-Identifier: MIT
// The fake Sentry behaves like sentry.io where the console's first understanding was wrong
// (CONTRACT §0b): member-scoped lists, Link headers with the URL prefix, per-endpoint rate limits
// with bare-string 429s, the events endpoint's own limit, and the permanent 410 on legacy alerts.
#include "fakesentryserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sc;
using namespace Qt::StringLiterals;

namespace {
struct Reply {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

QStringList projectIdsOf(const QJsonArray& detectors)
{
    QStringList ids;
    for (const QJsonValue& v : detectors) {
        const QString id = v.toObject().value(u"projectId"_s).toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    ids.sort();
    return ids;
}
} // namespace

class TestFakeSentryTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_server.reset(); m_nam.clearConnectionCache(); }
    void detectorList_withoutProjectIsMemberScoped();
    void discover_withoutProjectIsMemberScoped();
    void largeSeed_ownerIsNotOnEveryTeam();
    void linkHeaders_nameTheUrlPrefix();
    void rateLimits_arePerBucketWithBareString429();
    void projectEvents_allowOneRequestAtATimeAnd60PerMinute();
    void legacyRoutes_modernModeIsPermanentlyGone();

private:
    void start(FakeServerOptions options = {})
    {
        m_server.reset();
        options.token = u"test-token"_s;
        m_server = std::make_unique<FakeSentryServer>(options);
        QVERIFY(m_server->listen(0) != 0);
    }
    QNetworkReply* send(const QString& path)
    {
        QNetworkRequest req(m_server->url().resolved(QUrl(path)));
        req.setRawHeader("Authorization", "Bearer test-token");
        req.setTransferTimeout(10000);
        return m_nam.get(req);
    }
    static Reply read(QNetworkReply* reply)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body);
        for (const auto& [k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }
    Reply get(const QString& path) { return read(send(path)); }

    std::unique_ptr<FakeSentryServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestFakeSentryTruth::detectorList_withoutProjectIsMemberScoped()
{
    start();
    // The token's user (the owner) is not on frontend, the team of web-app (4510006) and mobile-app
    // (4510007), nor on any team of the orphan reporting-api (4510008), which has none.
    const QStringList mine = projectIdsOf(get(u"/api/0/organizations/acme-corp/detectors/"_s).json.array());
    QVERIFY(!mine.isEmpty());
    QVERIFY2(!mine.contains(u"4510006"_s) && !mine.contains(u"4510007"_s) && !mine.contains(u"4510008"_s), qPrintable(mine.join(u',')));
    const QStringList all = projectIdsOf(get(u"/api/0/organizations/acme-corp/detectors/?project=-1"_s).json.array());
    QCOMPARE(all, (QStringList{u"4510001"_s, u"4510002"_s, u"4510003"_s, u"4510004"_s, u"4510005"_s, u"4510006"_s,
                               u"4510007"_s, u"4510008"_s}));
    const QStringList explicitIds = projectIdsOf(get(u"/api/0/organizations/acme-corp/detectors/?project=4510006"_s).json.array());
    QCOMPARE(explicitIds, QStringList{u"4510006"_s});
    // An id filter searches every accessible project.
    const QJsonArray webApp = get(u"/api/0/organizations/acme-corp/detectors/?project=4510006"_s).json.array();
    const QString id = webApp.first().toObject().value(u"id"_s).toString();
    const QJsonArray byId = get(u"/api/0/organizations/acme-corp/detectors/?id="_s + id).json.array();
    QCOMPARE(byId.size(), 1);
}

void TestFakeSentryTruth::discover_withoutProjectIsMemberScoped()
{
    start();
    const auto projectsIn = [this](const QString& query) {
        QStringList out;
        const Reply r = get(u"/api/0/organizations/acme-corp/events/?dataset=errors&field=project&field=count()&statsPeriod=24h"_s + query);
        for (const QJsonValue& row : r.json.object().value(u"data"_s).toArray())
            out.append(row.toObject().value(u"project"_s).toString());
        out.removeDuplicates();
        out.sort();
        return out;
    };
    const QStringList mine = projectsIn({});
    const QStringList all = projectsIn(u"&project=-1"_s);
    QVERIFY2(!mine.contains(u"web-app"_s) && !mine.contains(u"mobile-app"_s), qPrintable(mine.join(u',')));
    QVERIFY2(all.contains(u"web-app"_s), qPrintable(all.join(u',')));
    QVERIFY(all.size() > mine.size());
}

void TestFakeSentryTruth::largeSeed_ownerIsNotOnEveryTeam()
{
    FakeServerOptions options;
    options.seed = u"large:56"_s; // 8 teams of 7 projects
    start(options);
    const int mine = projectIdsOf(get(u"/api/0/organizations/acme-corp/detectors/?per_page=100&query=P0"_s).json.array()).size();
    const int all = projectIdsOf(get(u"/api/0/organizations/acme-corp/detectors/?per_page=100&query=P0&project=-1"_s).json.array()).size();
    QVERIFY2(mine > 0 && mine < all, qPrintable(u"%1 of %2"_s.arg(mine).arg(all)));
}

void TestFakeSentryTruth::linkHeaders_nameTheUrlPrefix()
{
    FakeServerOptions options;
    options.pageSize = 2;
    options.urlPrefix = u"https://sentry.example.com/"_s;
    start(options);
    const Reply r = get(u"/api/0/organizations/acme-corp/projects/"_s);
    QCOMPARE(r.status, 200);
    const QByteArray link = r.headers.value("link");
    QVERIFY2(link.startsWith("<https://sentry.example.com/api/0/organizations/acme-corp/projects/?"), link.constData());
    QVERIFY2(link.contains("cursor=\"0:2:0\""), link.constData());
}

void TestFakeSentryTruth::rateLimits_arePerBucketWithBareString429()
{
    FakeServerOptions options;
    options.rateLimitPerSecond = 2;
    start(options);
    // Three reads of one endpoint in one 1 s window (retried if the burst straddles a boundary).
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QList<Reply> busy;
        for (int i = 0; i < 3; ++i)
            busy.append(get(u"/api/0/projects/acme-corp/api-gateway/ownership/"_s));
        const Reply idle = get(u"/api/0/organizations/acme-corp/members/"_s);
        if (QDateTime::currentSecsSinceEpoch() != second)
            continue;
        QCOMPARE(busy.at(0).status, 200);
        QCOMPARE(busy.at(1).status, 200);
        QCOMPARE(busy.at(2).status, 429);
        QCOMPARE(busy.at(2).body, QByteArray(R"("You are attempting to use this endpoint too frequently. Limit is 2 requests in 1 seconds")"));
        QCOMPARE(busy.at(2).headers.value("x-sentry-rate-limit-remaining"), QByteArray("0"));
        QCOMPARE(busy.at(2).headers.value("x-sentry-rate-limit-reset"), QByteArray::number(second + 1));
        QVERIFY(!busy.at(2).headers.contains("retry-after"));
        // Another endpoint has its own window.
        QCOMPARE(idle.status, 200);
        QCOMPARE(idle.headers.value("x-sentry-rate-limit-remaining"), QByteArray("1"));
        return;
    }
    QFAIL("every burst straddled a window boundary");
}

void TestFakeSentryTruth::projectEvents_allowOneRequestAtATimeAnd60PerMinute()
{
    FakeServerOptions options;
    options.latencyMs = 150;
    start(options);
    const QString path = u"/api/0/projects/acme-corp/payment-api/events/?statsPeriod=24h"_s;
    QNetworkReply* first = send(path);
    QNetworkReply* second = send(path);
    const Reply a = read(first);
    const Reply b = read(second);
    QList<int> statuses{a.status, b.status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 429}));
    const Reply& limited = a.status == 429 ? a : b;
    QCOMPARE(limited.body, QByteArray(R"("You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is 1")"));
    QCOMPARE(limited.headers.value("x-sentry-rate-limit-concurrentlimit"), QByteArray("1"));
    QCOMPARE(limited.headers.value("x-sentry-rate-limit-limit"), QByteArray("60"));
    const qint64 reset = limited.headers.value("x-sentry-rate-limit-reset").toLongLong();
    QCOMPARE(reset % 60, 0); // a 60 s window
}

void TestFakeSentryTruth::legacyRoutes_modernModeIsPermanentlyGone()
{
    start();
    for (const QString& path : {u"/api/0/projects/acme-corp/api-gateway/rules/"_s, u"/api/0/organizations/acme-corp/alert-rules/"_s}) {
        const Reply r = get(path);
        QCOMPARE(r.status, 410);
        // enforce_alerts_api_deprecation raises AlertsApiGone: DRF's {"detail": …}, no deprecation headers.
        QCOMPARE(r.json.object(), (QJsonObject{{u"detail"_s, u"This API no longer exists."_s}}));
    }
}

QTEST_GUILESS_MAIN(TestFakeSentryTruth)
#include "tst_fakesentrytruth.moc"
