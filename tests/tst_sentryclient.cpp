// SPDX-License-Identifier: MIT
// SentryClient: the pure rules (reply interpretation, scopes, Link headers, region and transport
// policy, pacing and backoff) as tables, then the scheduling behaviour against a scripted HTTP
// server on 127.0.0.1 that answers exactly what a test needs (429 sequences, 5xx, broken JSON,
// foreign next-page links, slow answers). Whole-org pulls against the fake Sentry are in
// tst_orgpuller.
#include "ratelimitpolicy.h"
#include "regionpolicy.h"
#include "sentryclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sc;

namespace {

using Headers = QHash<QByteArray, QByteArray>;

struct ScriptedRequest {
    QByteArray method;
    QByteArray target; // path?query
    Headers headers;   // lower-case names
    QByteArray body;
};

struct ScriptedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = "{}";
    int delayMs = 0;
    bool hang = false; // never answer
};

// A minimal HTTP/1.1 server: one request per connection (Connection: close), answers from a
// handler, records every request and the peak number of requests being handled at once.
class ScriptedHttpServer : public QObject
{
public:
    std::function<ScriptedResponse(const ScriptedRequest&)> handler;
    QList<ScriptedRequest> requests;
    int active = 0;
    int peakActive = 0;

    ScriptedHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                accept(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ScriptedRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            requests.append(request);
            ++active;
            peakActive = std::max(peakActive, active);
            const ScriptedResponse response = handler ? handler(request) : ScriptedResponse{};
            if (response.hang)
                return;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                --active;
                if (!guard)
                    return;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                out += "Content-Type: application/json\r\nConnection: close\r\n";
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                for (const auto& [name, value] : response.headers)
                    out += name + ": " + value + "\r\n";
                out += "\r\n" + response.body;
                guard->write(out);
                guard->disconnectFromHost();
            });
        });
    }

    QTcpServer m_server;
};

ScriptedResponse json(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

ClientConfig configFor(const QUrl& url, int concurrency = 8)
{
    ClientConfig config;
    config.baseUrl = url;
    config.token = QStringLiteral("sntryu_secret_token_0123456789");
    config.maxConcurrency = concurrency;
    config.transferTimeoutMs = 5000;
    return config;
}

// Collects one callback's result.
struct Outcome {
    bool called = false;
    std::optional<Result<ApiResponse>> result;
    SentryClient::Callback callback()
    {
        return [this](Result<ApiResponse> r) {
            called = true;
            result = std::move(r);
        };
    }
};

} // namespace

class TestSentryClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("sc.client.debug=false"));
    }

    // --- pure: interpretReply ------------------------------------------------------------
    void interpretReply_namesTheCause_data();
    void interpretReply_namesTheCause();
    void interpretReply_parsesSuccessfulBodies();
    void interpretReply_reportsMalformedJsonWithEndpointAndPosition();
    void interpretReply_readsTheSharedErrorFixtures_data();
    void interpretReply_readsTheSharedErrorFixtures();

    // --- pure: scopes, links, policies ---------------------------------------------------
    void requiredScopeFor_namesTheScopeSentryChecks_data();
    void requiredScopeFor_namesTheScopeSentryChecks();
    void nextPageUrl_followsOnlyNextWithResults_data();
    void nextPageUrl_followsOnlyNextWithResults();
    void regionUrl_acceptsSameHostOrSentryRegionsOnly_data();
    void regionUrl_acceptsSameHostOrSentryRegionsOnly();
    void setRegionUrl_movesOrgCallsOnlyWhenAllowed();
    void transportSecurity_refusesPlainHttpExceptLoopback_data();
    void transportSecurity_refusesPlainHttpExceptLoopback();
    void pacing_waitsForResetOnlyWhenBudgetIsSpent_data();
    void pacing_waitsForResetOnlyWhenBudgetIsSpent();
    void concurrencyCap_neverExceedsServerAllowance_data();
    void concurrencyCap_neverExceedsServerAllowance();
    void backoff_growsWithJitterAndIsCapped();
    void waitAfter429_prefersRetryAfterThenReset();
    void redact_removesTheToken();

    // --- against a scripted server -------------------------------------------------------
    void get_sendsBearerTokenAndParsesJson();
    void get_callbackNeverRunsInsideTheCall();
    void get_retriesServerErrorsThenSucceeds();
    void get_givesUpAfterMaxRetriesWithRequestId();
    void get_waitsUntilResetAfter429ThenSucceeds();
    void get_honoursRetryAfterWhenAProxySendsIt();
    void send_isNeverRetriedOnServerError();
    void send_isResentAfter429();
    void get_reportsMalformedJsonNamingTheEndpoint();
    void getAll_followsLinkCursorsAcrossPages();
    void getAll_followsTheCursorOnTheCalledUrl();
    void getAll_stopsOnRepeatingCursor();
    void concurrency_staysWithinConfiguredLimit();
    void concurrency_staysWithinConcurrentRemaining();
    void pacing_slowsDownBeforeTheServerAnswers429();
    void pacing_keepsABusyBucketFromHoldingBackAnIdleOne();
    void cancel_inFlightRequestGetsCanceled();
    void cancelAll_cancelsQueuedAndInFlight();
    void timeout_isReportedAsNetworkError();
    void errors_neverContainTheToken();
    void deadContext_dropsTheCallback();
    void plainHttpToRemoteHost_isRefusedWithoutSending();
    void redirect_isNotFollowedWithTheToken();
    void progress_countsQueuedAndFinishedRequests();
};

// ---------------------------------------------------------------------------------------------

void TestSentryClient::interpretReply_namesTheCause_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("mentions");

    const QString org = QStringLiteral("/api/0/organizations/acme-corp/");
    QTest::newRow("network error")
        << 0 << QByteArray() << Headers{} << "GET" << org << int(ErrorKind::Network)
        << QStringList{"Could not reach", "Connection refused"};
    QTest::newRow("401 invalid token") << 401 << QByteArray(R"({"detail": "Invalid token"})") << Headers{} << "GET"
                                       << org << int(ErrorKind::Unauthorized)
                                       << QStringList{"Invalid token", "SENTRY_AUTH_TOKEN"};
    QTest::newRow("401 expired") << 401 << QByteArray(R"({"detail": "Token expired"})") << Headers{} << "GET" << org
                                 << int(ErrorKind::Unauthorized) << QStringList{"Token expired"};
    QTest::newRow("403 ownership put names project:write")
        << 403 << QByteArray(R"({"detail": "You do not have permission to perform this action."})") << Headers{}
        << "PUT" << "/api/0/projects/acme-corp/payment-api/ownership/" << int(ErrorKind::Forbidden)
        << QStringList{"project:write", "You do not have permission"};
    QTest::newRow("403 workflow post names alerts:write")
        << 403 << QByteArray(R"({"detail": "You do not have permission to perform this action."})") << Headers{}
        << "POST" << "/api/0/organizations/acme-corp/workflows/" << int(ErrorKind::Forbidden)
        << QStringList{"alerts:write"};
    QTest::newRow("403 sso structured detail")
        << 403 << QByteArray(R"({"detail": {"code": "sso-required", "message": "SSO required"}})") << Headers{}
        << "GET" << org << int(ErrorKind::Forbidden) << QStringList{"SSO required", "org:read"};
    QTest::newRow("404 project") << 404 << QByteArray(R"({"detail": "The requested resource does not exist"})")
                                 << Headers{} << "GET" << "/api/0/projects/acme-corp/nope/ownership/"
                                 << int(ErrorKind::NotFound) << QStringList{"acme-corp", "\"nope\""};
    QTest::newRow("404 organization") << 404 << QByteArray(R"({"detail": "The requested resource does not exist"})")
                                      << Headers{} << "GET" << "/api/0/organizations/ghost/"
                                      << int(ErrorKind::NotFound) << QStringList{"\"ghost\"", "SENTRY_ORG"};
    QTest::newRow("410 brownout names replacement")
        << 410 << QByteArray(R"({"message": "This API no longer exists."})")
        << Headers{{"x-sentry-replacement-endpoint", "/api/0/organizations/{org}/workflows/"}} << "GET"
        << "/api/0/projects/acme-corp/web-app/rules/" << int(ErrorKind::Gone)
        << QStringList{"legacy", "This API no longer exists.", "/api/0/organizations/{org}/workflows/"};
    // The permanent 410 (enforce_alerts_api_deprecation) has no headers: the console names the replacement.
    QTest::newRow("410 permanent, metric rules") << 410 << QByteArray(R"({"detail": "This API no longer exists."})")
                                        << Headers{} << "GET" << "/api/0/organizations/acme-corp/alert-rules/"
                                        << int(ErrorKind::Gone)
                                        << QStringList{"legacy API", "unavailable", "This API no longer exists.",
                                                       "/api/0/organizations/acme-corp/detectors/"};
    QTest::newRow("410 permanent, issue rules") << 410 << QByteArray(R"({"detail": "This API no longer exists."})")
        << Headers{} << "POST" << "/api/0/projects/acme-corp/web-app/rules/" << int(ErrorKind::Gone)
        << QStringList{"legacy API", "unavailable", "/api/0/organizations/acme-corp/workflows/"};
    QTest::newRow("429 bare string body")
        << 429 << QByteArray(R"("You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds")")
        << Headers{} << "GET" << org << int(ErrorKind::RateLimited)
        << QStringList{"rate limit", "(You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds)"};
    QTest::newRow("404 on removed legacy route") << 404 << QByteArray("{}")
        << Headers{{"x-sentry-replacement-endpoint", "/api/0/organizations/{org}/workflows/"}} << "GET"
        << "/api/0/organizations/acme-corp/alert-rules/" << int(ErrorKind::Gone)
        << QStringList{"legacy", "workflows"};
    QTest::newRow("429") << 429
                         << QByteArray(R"({"detail": "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"})")
                         << Headers{} << "GET" << org << int(ErrorKind::RateLimited)
                         << QStringList{"rate limit", "Limit is 40"};
    QTest::newRow("500 with request id") << 500 << QByteArray("<html>oops</html>")
                                         << Headers{{"x-request-id", "req-1234"}} << "GET" << org
                                         << int(ErrorKind::Server) << QStringList{"HTTP 500", "req-1234"};
    QTest::newRow("502 with sentry request id") << 502 << QByteArray() << Headers{{"sentry-request-id", "abc-99"}}
                                                << "GET" << org << int(ErrorKind::Server)
                                                << QStringList{"HTTP 502", "abc-99"};
    QTest::newRow("503 without request id") << 503 << QByteArray() << Headers{} << "GET" << org
                                            << int(ErrorKind::Server) << QStringList{"no request id"};
    QTest::newRow("400 DRF field map") << 400
        << QByteArray(R"({"raw": ["Invalid rule owners: #faketeam"], "fallthrough": ["Must be a valid boolean."]})")
        << Headers{} << "PUT" << "/api/0/projects/acme-corp/payment-api/ownership/" << int(ErrorKind::Validation)
        << QStringList{"raw: Invalid rule owners: #faketeam", "fallthrough: Must be a valid boolean.", "; "};
    QTest::newRow("400 nonFieldErrors") << 400 << QByteArray(R"({"nonFieldErrors": ["Could not find channel #x."]})")
                                        << Headers{} << "POST" << "/api/0/organizations/acme-corp/alert-rules/"
                                        << int(ErrorKind::Validation) << QStringList{"Could not find channel #x."};
    QTest::newRow("400 bare string") << 400 << QByteArray(R"("This rule has already been deleted")") << Headers{}
                                     << "DELETE" << "/api/0/projects/acme-corp/web-app/rules/7/"
                                     << int(ErrorKind::Validation) << QStringList{"This rule has already been deleted"};
    QTest::newRow("400 nested field map")
        << 400 << QByteArray(R"({"dataSources": {"timeWindow": ["Invalid choice."]}})") << Headers{} << "POST"
        << "/api/0/organizations/acme-corp/projects/web-app/detectors/" << int(ErrorKind::Validation)
        << QStringList{"dataSources: timeWindow: Invalid choice."};
    QTest::newRow("409") << 409 << QByteArray(R"({"detail": "Already exists"})") << Headers{} << "POST" << org
                         << int(ErrorKind::Conflict) << QStringList{"Already exists"};
    QTest::newRow("302 redirect") << 302 << QByteArray() << Headers{{"location", "https://sentry.example.com/"}}
                                  << "GET" << org << int(ErrorKind::Server)
                                  << QStringList{"redirected", "https://sentry.example.com/"};
}

void TestSentryClient::interpretReply_namesTheCause()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QStringList, mentions);

    const Result<ApiResponse> result = interpretReply(status, body, headers, method, path,
                                                      status == 0 ? QStringLiteral("Connection refused") : QString(),
                                                      requiredScopeFor(method, path));
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().httpStatus, status);
    for (const QString& text : mentions)
        QVERIFY2(result.error().message.contains(text),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(text, result.error().message)));
    QVERIFY(result.error().detail.contains(method));
}

void TestSentryClient::interpretReply_parsesSuccessfulBodies()
{
    const Result<ApiResponse> ok =
        interpretReply(200, R"([{"id": "1", "unknownField": {"kept": true}}])", {{"link", "x"}}, "GET", "/api/0/x/");
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
    QVERIFY(ok->json.isArray());
    QCOMPARE(ok->json.array().at(0).toObject().value("unknownField").toObject().value("kept").toBool(), true);
    QCOMPARE(ok->headers.value("link"), QByteArray("x"));

    const Result<ApiResponse> empty = interpretReply(204, {}, {}, "DELETE", "/api/0/organizations/a/detectors/1/");
    QVERIFY(empty);
    QVERIFY(empty->json.isNull());

    const Result<ApiResponse> accepted = interpretReply(202, R"({"raw": null})", {}, "PUT", "/api/0/projects/a/b/ownership/");
    QVERIFY(accepted);
    QVERIFY(accepted->json.isObject());
}

void TestSentryClient::interpretReply_reportsMalformedJsonWithEndpointAndPosition()
{
    const Result<ApiResponse> result =
        interpretReply(200, "[\n  {\"id\": \"1\",\n   \"slug\": }\n]", {}, "GET", "/api/0/organizations/acme-corp/projects/?cursor=0:100:0");
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::BadData);
    const QString message = result.error().message;
    QVERIFY2(message.contains("GET /api/0/organizations/acme-corp/projects/"), qPrintable(message));
    QVERIFY2(!message.contains("cursor="), qPrintable(message));
    QVERIFY2(message.contains("line 3"), qPrintable(message));
    QVERIFY2(message.contains("column"), qPrintable(message));
}

void TestSentryClient::interpretReply_readsTheSharedErrorFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("401") << "error-401.json" << 401 << int(ErrorKind::Unauthorized) << "Invalid token";
    QTest::newRow("401 missing") << "error-401-missing.json" << 401 << int(ErrorKind::Unauthorized)
                                 << "Authentication credentials were not provided.";
    QTest::newRow("403") << "error-403.json" << 403 << int(ErrorKind::Forbidden) << "permission";
    QTest::newRow("404") << "error-404.json" << 404 << int(ErrorKind::NotFound) << "acme-corp";
    QTest::newRow("410") << "error-410-legacy-alerts.json" << 410 << int(ErrorKind::Gone) << "This API no longer exists.";
    QTest::newRow("429") << "error-429.json" << 429 << int(ErrorKind::RateLimited) << "too frequently";
    QTest::newRow("ownership 400") << "ownership-400.json" << 400 << int(ErrorKind::Validation) << "Invalid rule owners";
    QTest::newRow("ownership parse") << "ownership-400-parse.json" << 400 << int(ErrorKind::Validation) << "line";
    QTest::newRow("rules 400") << "project-rules-400.json" << 400 << int(ErrorKind::Validation) << ":";
    QTest::newRow("alert rules 400") << "organization-alert-rules-400.json" << 400 << int(ErrorKind::Validation)
                                     << "Could not find channel #alerts-perf";
}

void TestSentryClient::interpretReply_readsTheSharedErrorFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, mention);
    QFile file(QStringLiteral(SC_SHARED_DIR "/sentry-api/fixtures/") + fixture);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Result<ApiResponse> result = interpretReply(status, file.readAll(), {}, "GET",
                                                      "/api/0/projects/acme-corp/payment-api/rules/",
                                                      {}, QStringLiteral("alerts:read"));
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().message));
}

// ---------------------------------------------------------------------------------------------

void TestSentryClient::requiredScopeFor_namesTheScopeSentryChecks_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");
    QTest::newRow("org detail") << "GET" << "/api/0/organizations/acme/" << "org:read";
    QTest::newRow("teams") << "GET" << "/api/0/organizations/acme/teams/?cursor=x" << "org:read";
    QTest::newRow("projects") << "GET" << "/api/0/organizations/acme/projects/" << "org:read";
    QTest::newRow("members") << "GET" << "/api/0/organizations/acme/members/" << "member:read";
    QTest::newRow("team members") << "GET" << "/api/0/teams/acme/payments/members/" << "team:read";
    QTest::newRow("team projects") << "GET" << "/api/0/teams/acme/payments/projects/" << "project:read";
    QTest::newRow("integrations") << "GET" << "/api/0/organizations/acme/integrations/" << "org:read";
    QTest::newRow("ownership get") << "GET" << "/api/0/projects/acme/web-app/ownership/" << "project:read";
    QTest::newRow("ownership put") << "PUT" << "/api/0/projects/acme/web-app/ownership/" << "project:write";
    QTest::newRow("detectors get") << "GET" << "/api/0/organizations/acme/detectors/" << "alerts:read";
    QTest::newRow("detector put") << "PUT" << "/api/0/organizations/acme/detectors/12/" << "alerts:write";
    QTest::newRow("detector create") << "POST" << "/api/0/organizations/acme/projects/web-app/detectors/"
                                     << "alerts:write";
    QTest::newRow("workflow delete") << "DELETE" << "/api/0/organizations/acme/workflows/5/" << "alerts:write";
    QTest::newRow("workflows get") << "GET" << "/api/0/organizations/acme/workflows/" << "alerts:read";
    QTest::newRow("legacy rules post") << "POST" << "/api/0/projects/acme/web-app/rules/" << "alerts:write";
    QTest::newRow("legacy alert rules get") << "GET" << "/api/0/organizations/acme/alert-rules/" << "alerts:read";
    QTest::newRow("project team add") << "POST" << "/api/0/projects/acme/web-app/teams/payments/" << "project:write";
    QTest::newRow("full url") << "PUT" << "https://us.sentry.io/api/0/projects/acme/web-app/ownership/"
                              << "project:write";
    QTest::newRow("unknown") << "GET" << "/api/0/whatever/" << "";
}

void TestSentryClient::requiredScopeFor_namesTheScopeSentryChecks()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, scope);
    QCOMPARE(requiredScopeFor(method, path), scope);
}

void TestSentryClient::nextPageUrl_followsOnlyNextWithResults_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("next");
    const QByteArray prev = R"(<https://us.sentry.io/api/0/organizations/acme/projects/?per_page=100&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1")";
    QTest::newRow("sentry first page") << prev + R"(, <https://us.sentry.io/api/0/organizations/acme/projects/?per_page=100&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0")"
                                       << "https://us.sentry.io/api/0/organizations/acme/projects/?per_page=100&cursor=0:100:0";
    QTest::newRow("last page") << prev + R"(, <https://us.sentry.io/api/0/x/?cursor=0:200:0>; rel="next"; results="false"; cursor="0:200:0")"
                               << "";
    QTest::newRow("next first, commas in query") << QByteArray(R"(<http://127.0.0.1:1/api/0/x/?field=count(),level&cursor=1:0:0>; rel="next"; results="true", <http://127.0.0.1:1/api/0/x/?cursor=0:0:1>; rel="previous"; results="false")")
                                                 << "http://127.0.0.1:1/api/0/x/?field=count(),level&cursor=1:0:0";
    QTest::newRow("no results param (RFC 8288)") << QByteArray("<https://h/api/0/x/?page=2>; rel=next") << "https://h/api/0/x/?page=2";
    QTest::newRow("only previous") << prev << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("garbage") << QByteArray("rel=next; results=true") << "";
}

void TestSentryClient::nextPageUrl_followsOnlyNextWithResults()
{
    QFETCH(QByteArray, link);
    QFETCH(QString, next);
    QCOMPARE(nextPageUrl(link).toString(), next);
}

void TestSentryClient::regionUrl_acceptsSameHostOrSentryRegionsOnly_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("saas us region") << "https://sentry.io/" << "https://us.sentry.io" << true;
    QTest::newRow("saas de region") << "https://sentry.io/" << "https://de.sentry.io" << true;
    QTest::newRow("self-hosted same host") << "https://sentry.example.com/" << "https://sentry.example.com" << true;
    QTest::newRow("loopback same host") << "http://127.0.0.1:8000/" << "http://127.0.0.1:8000" << true;
    QTest::newRow("foreign host") << "https://sentry.io/" << "https://evil.example.com" << false;
    QTest::newRow("lookalike suffix") << "https://sentry.io/" << "https://us.sentry.io.evil.com" << false;
    QTest::newRow("lookalike prefix") << "https://sentry.io/" << "https://evilsentry.io" << false;
    QTest::newRow("sentry region over http") << "https://sentry.io/" << "http://us.sentry.io" << false;
    QTest::newRow("same host downgraded to http") << "https://sentry.example.com/" << "http://sentry.example.com"
                                                  << false;
    QTest::newRow("not a url") << "https://sentry.io/" << "::nonsense" << false;
    QTest::newRow("ftp") << "https://sentry.io/" << "ftp://us.sentry.io" << false;
}

void TestSentryClient::regionUrl_acceptsSameHostOrSentryRegionsOnly()
{
    QFETCH(QString, base);
    QFETCH(QString, region);
    QFETCH(bool, accepted);
    const Result<void> result = checkRegionUrl(QUrl(base), QUrl(region));
    QCOMPARE(bool(result), accepted);
    if (!result)
        QVERIFY(!result.error().message.isEmpty());
}

void TestSentryClient::setRegionUrl_movesOrgCallsOnlyWhenAllowed()
{
    SentryClient client(configFor(QUrl("https://sentry.io/")));
    QCOMPARE(client.apiBase(), QUrl("https://sentry.io/"));
    QVERIFY(!client.setRegionUrl(QUrl("https://attacker.example/")));
    QCOMPARE(client.apiBase(), QUrl("https://sentry.io/"));
    QVERIFY(client.setRegionUrl(QUrl("https://us.sentry.io")));
    QCOMPARE(client.apiBase(), QUrl("https://us.sentry.io"));
}

void TestSentryClient::transportSecurity_refusesPlainHttpExceptLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://sentry.example.com/" << true;
    QTest::newRow("http remote") << "http://sentry.example.com/" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9000/" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/" << true;
    QTest::newRow("http localhost") << "http://localhost:9000/" << true;
    QTest::newRow("http ::1") << "http://[::1]:9000/" << true;
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/" << false;
}

void TestSentryClient::transportSecurity_refusesPlainHttpExceptLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(transportAllowsToken(QUrl(url)), allowed);
    SentryClient client(configFor(QUrl(url)));
    const Result<void> check = client.checkTransportSecurity();
    QCOMPARE(bool(check), allowed);
    if (!check) {
        QVERIFY(check.error().message.contains("https"));
        QVERIFY(!check.error().message.contains(client.config().token));
    }
}

void TestSentryClient::pacing_waitsForResetOnlyWhenBudgetIsSpent_data()
{
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("resetInSeconds"); // reset epoch relative to the current second
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<qint64>("expected");       // now is 400 ms into the current second
    QTest::newRow("no headers") << -1 << -1 << qint64(0) << 5 << qint64(0);
    QTest::newRow("budget left") << 10 << 40 << qint64(1) << 3 << qint64(0);
    QTest::newRow("in-flight use the budget") << 3 << 40 << qint64(1) << 3 << qint64(600);
    QTest::newRow("spent") << 0 << 40 << qint64(1) << 0 << qint64(600);
    QTest::newRow("spent, two-second window") << 0 << 40 << qint64(2) << 0 << qint64(1600);
    QTest::newRow("window already reset") << 0 << 40 << qint64(0) << 2 << qint64(0);
    QTest::newRow("absurd reset is capped") << 0 << 40 << qint64(3600) << 0 << qint64(60000);
}

void TestSentryClient::pacing_waitsForResetOnlyWhenBudgetIsSpent()
{
    QFETCH(int, remaining);
    QFETCH(int, limit);
    QFETCH(qint64, resetInSeconds);
    QFETCH(int, inFlight);
    QFETCH(qint64, expected);
    const qint64 second = 1'700'000'000;
    RateLimitState state;
    state.limit = limit;
    state.remaining = remaining;
    state.resetEpoch = second + resetInSeconds;
    QCOMPARE(ratelimit::pacingDelayMs(state, second * 1000 + 400, inFlight), expected);
}

void TestSentryClient::concurrencyCap_neverExceedsServerAllowance_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("concurrentLimit");
    QTest::addColumn<int>("concurrentRemaining");
    QTest::addColumn<int>("inFlightAtUpdate");
    QTest::addColumn<int>("cap");
    QTest::newRow("no headers") << 8 << -1 << -1 << 0 << 8;
    QTest::newRow("limit below config") << 8 << 5 << -1 << 0 << 5;
    QTest::newRow("limit above config") << 8 << 25 << 20 << 3 << 8;
    QTest::newRow("remaining is tight") << 8 << 25 << 2 << 4 << 6;
    QTest::newRow("nothing remaining") << 8 << 25 << 0 << 3 << 3;
    QTest::newRow("never below one") << 8 << 25 << 0 << 0 << 1;
    QTest::newRow("config zero") << 0 << -1 << -1 << 0 << 1;
}

void TestSentryClient::concurrencyCap_neverExceedsServerAllowance()
{
    QFETCH(int, configured);
    QFETCH(int, concurrentLimit);
    QFETCH(int, concurrentRemaining);
    QFETCH(int, inFlightAtUpdate);
    QFETCH(int, cap);
    RateLimitState state;
    state.concurrentLimit = concurrentLimit;
    state.concurrentRemaining = concurrentRemaining;
    QCOMPARE(ratelimit::concurrencyCap(configured, state, inFlightAtUpdate), cap);
}

void TestSentryClient::backoff_growsWithJitterAndIsCapped()
{
    QCOMPARE(ratelimit::backoffDelayMs(0, 0.0), qint64(125));
    QCOMPARE(ratelimit::backoffDelayMs(0, 1.0), qint64(250));
    QCOMPARE(ratelimit::backoffDelayMs(2, 0.0), qint64(500));
    QCOMPARE(ratelimit::backoffDelayMs(2, 1.0), qint64(1000));
    QCOMPARE(ratelimit::backoffDelayMs(9, 1.0), qint64(8000));
    QCOMPARE(ratelimit::backoffDelayMs(50, 0.0), qint64(4000));
    // Jitter spreads clients that failed together.
    QVERIFY(ratelimit::backoffDelayMs(3, 0.1) != ratelimit::backoffDelayMs(3, 0.9));
}

void TestSentryClient::waitAfter429_prefersRetryAfterThenReset()
{
    const qint64 now = 1'700'000'000'000;
    const qint64 retryAfter = ratelimit::waitAfter429Ms({{"retry-after", "2"}, {"x-sentry-rate-limit-reset", "1700000009"}},
                                                        now, 0, 0.0);
    QVERIFY2(retryAfter >= 2000 && retryAfter < 2200, qPrintable(QString::number(retryAfter)));
    const QByteArray date = QDateTime::fromMSecsSinceEpoch(now + 3000, Qt::UTC).toString(Qt::RFC2822Date).toLatin1();
    const qint64 httpDate = ratelimit::waitAfter429Ms({{"retry-after", date}}, now, 0, 0.0);
    QVERIFY2(httpDate >= 2000 && httpDate <= 3200, qPrintable(QString::number(httpDate)));
    const qint64 reset = ratelimit::waitAfter429Ms({{"x-sentry-rate-limit-reset", "1700000001"}}, now, 0, 0.5);
    QVERIFY2(reset >= 1000 && reset < 1200, qPrintable(QString::number(reset)));
    const qint64 nothing = ratelimit::waitAfter429Ms({}, now, 1, 0.0);
    QCOMPARE(nothing, ratelimit::backoffDelayMs(1, 0.0));
    // A concurrency 429 (the window has budget left) frees up when a request ends, not at the reset
    // of a 60 s window: back off briefly.
    const qint64 concurrency = ratelimit::waitAfter429Ms({{"x-sentry-rate-limit-reset", "1700000060"},
                                                          {"x-sentry-rate-limit-remaining", "58"},
                                                          {"x-sentry-rate-limit-concurrentremaining", "0"}},
                                                         now, 0, 0.0);
    QCOMPARE(concurrency, ratelimit::backoffDelayMs(0, 0.0));
    QVERIFY(ratelimit::isRetryableStatus(503));
    QVERIFY(!ratelimit::isRetryableStatus(501));
    QVERIFY(!ratelimit::isRetryableStatus(404));
}

void TestSentryClient::redact_removesTheToken()
{
    SentryClient client(configFor(QUrl("https://sentry.io/")));
    const QString token = client.config().token;
    QCOMPARE(client.redact("Bearer " + token + " failed"), QStringLiteral("Bearer [redacted] failed"));
    QCOMPARE(client.redact("nothing here"), QStringLiteral("nothing here"));
}

// ---------------------------------------------------------------------------------------------

void TestSentryClient::get_sendsBearerTokenAndParsesJson()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) { return json(200, R"({"slug": "acme-corp", "extra": [1, 2]})"); };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/organizations/acme-corp/", QUrlQuery{{"detailed", "0"}}, this, outcome.callback());
    QTRY_VERIFY(outcome.called);
    QVERIFY2(*outcome.result, qPrintable(outcome.result->error().message));
    QCOMPARE((*outcome.result)->json.object().value("slug").toString(), QStringLiteral("acme-corp"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).target, QByteArray("/api/0/organizations/acme-corp/?detailed=0"));
    QCOMPARE(server.requests.at(0).headers.value("authorization"), "Bearer " + client.config().token.toUtf8());
    QCOMPARE(client.requestsStarted(), 1);
}

void TestSentryClient::get_callbackNeverRunsInsideTheCall()
{
    ScriptedHttpServer server;
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QVERIFY(!outcome.called); // results always come from the event loop
    QTRY_VERIFY(outcome.called);
}

void TestSentryClient::get_retriesServerErrorsThenSucceeds()
{
    ScriptedHttpServer server;
    int calls = 0;
    server.handler = [&calls](const ScriptedRequest&) {
        ++calls;
        if (calls == 1)
            return json(500, "{}");
        if (calls == 2)
            return json(503, "<html>maintenance</html>");
        return json(200, "[1]");
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY(*outcome.result);
    QCOMPARE(calls, 3);
    QCOMPARE(client.requestsStarted(), 3);
}

void TestSentryClient::get_givesUpAfterMaxRetriesWithRequestId()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) { return json(502, "", {{"X-Request-Id", "rid-42"}}); };
    ClientConfig config = configFor(server.url());
    config.maxRetries = 2;
    SentryClient client(config);
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Server);
    QVERIFY(outcome.result->error().message.contains("rid-42"));
    QCOMPARE(server.requests.size(), 3); // first try + 2 retries
}

void TestSentryClient::get_waitsUntilResetAfter429ThenSucceeds()
{
    ScriptedHttpServer server;
    qint64 resetMs = 0;
    server.handler = [&](const ScriptedRequest&) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (resetMs == 0) {
            resetMs = (now / 1000 + 1) * 1000; // the next whole second, as Sentry's windows
            return json(429, R"({"detail": "You are attempting to use this endpoint too frequently. Limit is 1 requests in 1 seconds"})",
                        {{"X-Sentry-Rate-Limit-Limit", "1"},
                         {"X-Sentry-Rate-Limit-Remaining", "0"},
                         {"X-Sentry-Rate-Limit-Reset", QByteArray::number(resetMs / 1000)}});
        }
        return json(200, "[]", {{"X-Sentry-Rate-Limit-Limit", "1"}, {"X-Sentry-Rate-Limit-Remaining", "0"},
                                {"X-Sentry-Rate-Limit-Reset", QByteArray::number(now / 1000 + 1)}});
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY2(*outcome.result, qPrintable(outcome.result->error().message));
    QCOMPARE(server.requests.size(), 2);
    // The resend waited for the window to reset, not a blind short backoff.
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= resetMs);
    QCOMPARE(client.rateLimit().limit, 1);
}

void TestSentryClient::get_honoursRetryAfterWhenAProxySendsIt()
{
    ScriptedHttpServer server;
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    server.handler = [&calls](const ScriptedRequest&) {
        return ++calls == 1 ? json(429, "{}", {{"Retry-After", "1"}}) : json(200, "{}");
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY(*outcome.result);
    // Retry-After: 1 means about a second, not a short backoff; coarse timers may fire up to 5% early.
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestSentryClient::send_isNeverRetriedOnServerError()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) { return json(500, "{}"); };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.send("POST", "/api/0/organizations/acme/workflows/", QJsonObject{{"name", "P1"}}, this, outcome.callback());
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Server);
    // The failure was reported and nothing waits for a retry (a backoff retry sits in the queue).
    QCOMPARE(client.queued(), 0);
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).method, QByteArray("POST"));
    QCOMPARE(server.requests.at(0).body, QByteArray(R"({"name":"P1"})"));
    QCOMPARE(server.requests.at(0).headers.value("content-type"), QByteArray("application/json"));
}

void TestSentryClient::send_isResentAfter429()
{
    ScriptedHttpServer server;
    int calls = 0;
    server.handler = [&calls](const ScriptedRequest&) {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1;
        return ++calls == 1 ? json(429, "{}", {{"X-Sentry-Rate-Limit-Remaining", "0"},
                                               {"X-Sentry-Rate-Limit-Reset", QByteArray::number(reset)}})
                            : json(200, R"({"raw": "* #payments"})");
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.send("PUT", "/api/0/projects/acme/web-app/ownership/", QJsonObject{{"raw", "* #payments"}}, this,
                outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY(*outcome.result);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).method, QByteArray("PUT"));
    QCOMPARE(server.requests.at(1).body, server.requests.at(0).body);
}

void TestSentryClient::get_reportsMalformedJsonNamingTheEndpoint()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) { return json(200, "[{\"slug\": \"a\"},\n {\"slug\": \"b\""); };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/organizations/acme/teams/", {}, this, outcome.callback());
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::BadData);
    const QString message = outcome.result->error().message;
    QVERIFY2(message.contains("/api/0/organizations/acme/teams/") && message.contains("line 2"), qPrintable(message));
    QCOMPARE(server.requests.size(), 1); // a broken payload is not retried: it would break again
}

void TestSentryClient::getAll_followsLinkCursorsAcrossPages()
{
    ScriptedHttpServer server;
    const QByteArray base = server.url().toString().toUtf8() + "api/0/organizations/acme/projects/?per_page=2&cursor=";
    server.handler = [base](const ScriptedRequest& request) {
        const QByteArray prev = "<" + base + "0:0:1>; rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\", ";
        if (!request.target.contains("cursor="))
            return json(200, R"([{"slug": "a"}, {"slug": "b"}])",
                        {{"Link", prev + "<" + base + "0:2:0>; rel=\"next\"; results=\"true\"; cursor=\"0:2:0\""}});
        if (request.target.contains("cursor=0:2:0"))
            return json(200, R"([{"slug": "c"}, {"slug": "d"}])",
                        {{"Link", prev + "<" + base + "0:4:0>; rel=\"next\"; results=\"true\"; cursor=\"0:4:0\""}});
        return json(200, R"([{"slug": "e"}])",
                    {{"Link", prev + "<" + base + "0:6:0>; rel=\"next\"; results=\"false\"; cursor=\"0:6:0\""}});
    };
    SentryClient client(configFor(server.url()));
    bool called = false;
    QJsonArray items;
    int pages = 0;
    client.getAll("/api/0/organizations/acme/projects/", QUrlQuery{{"per_page", "2"}}, this,
                  [&pages](const QJsonArray&) { ++pages; },
                  [&](Result<QJsonArray> result) {
                      called = true;
                      QVERIFY(result);
                      items = *result;
                  });
    QTRY_VERIFY(called);
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(4).toObject().value("slug").toString(), QStringLiteral("e"));
    QCOMPARE(pages, 3);
    QCOMPARE(server.requests.size(), 3);
    // Every page carried the token (same origin).
    for (const ScriptedRequest& request : std::as_const(server.requests))
        QVERIFY(request.headers.contains("authorization"));
}

void TestSentryClient::getAll_followsTheCursorOnTheCalledUrl()
{
    // Sentry's Link URLs carry its system.url-prefix, which behind a proxy names another origin
    // (CONTRACT §0b.7): the cursor is followed on the URL the client called, never on the link's host.
    ScriptedHttpServer server;
    ScriptedHttpServer other; // a different port = a different origin
    server.handler = [&other](const ScriptedRequest& request) {
        if (request.target.contains("cursor=0:1:0"))
            return json(200, "[2]", {{"Link", "<" + other.url().toString().toUtf8()
                                                  + "api/0/x/?cursor=0:2:0>; rel=\"next\"; results=\"false\"; cursor=\"0:2:0\""}});
        return json(200, "[1]", {{"Link", "<" + other.url().toString().toUtf8()
                                              + "api/0/x/?cursor=0:1:0>; rel=\"next\"; results=\"true\"; cursor=\"0:1:0\""}});
    };
    SentryClient client(configFor(server.url()));
    std::optional<Result<QJsonArray>> outcome;
    client.getAll("/api/0/x/", {}, this, [&](Result<QJsonArray> result) { outcome = std::move(result); });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(*outcome, qPrintable(outcome->error().message));
    QCOMPARE(**outcome, (QJsonArray{1, 2}));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(other.requests.size(), 0);
}

void TestSentryClient::getAll_stopsOnRepeatingCursor()
{
    ScriptedHttpServer server;
    server.handler = [&server](const ScriptedRequest&) {
        return json(200, "[1]", {{"Link", "<" + server.url().toString().toUtf8() + "api/0/x/?per_page=100&cursor=same>; rel=\"next\"; results=\"true\""}});
    };
    SentryClient client(configFor(server.url()));
    std::optional<Result<QJsonArray>> outcome;
    client.getAll("/api/0/x/", {}, this, [&](Result<QJsonArray> result) { outcome = std::move(result); });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!*outcome);
    QVERIFY(outcome->error().message.contains("does not advance"));
    QCOMPARE(server.requests.size(), 2);
}

void TestSentryClient::concurrency_staysWithinConfiguredLimit()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response = json(200, "{}");
        response.delayMs = 40;
        return response;
    };
    SentryClient client(configFor(server.url(), 3));
    int done = 0;
    for (int i = 0; i < 12; ++i)
        client.get(QStringLiteral("/api/0/x/%1/").arg(i), {}, this, [&done](Result<ApiResponse>) { ++done; });
    QCOMPARE(client.inFlight(), 3);
    QCOMPARE(client.queued(), 9);
    QTRY_COMPARE(done, 12);
    QCOMPARE(server.peakActive, 3);
}

void TestSentryClient::concurrency_staysWithinConcurrentRemaining()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response = json(200, "{}", {{"X-Sentry-Rate-Limit-ConcurrentLimit", "2"},
                                                     {"X-Sentry-Rate-Limit-ConcurrentRemaining", "1"}});
        response.delayMs = 30;
        return response;
    };
    SentryClient client(configFor(server.url(), 8));
    int done = 0;
    // The first request teaches the client the server's concurrency limit.
    // (Limits are per bucket, method + route: every request here is GET /projects/{}/{}/ownership/.)
    client.get("/api/0/projects/acme/first/ownership/", {}, this, [&done](Result<ApiResponse>) { ++done; });
    QTRY_COMPARE(done, 1);
    server.peakActive = 0;
    for (int i = 0; i < 10; ++i)
        client.get(QStringLiteral("/api/0/projects/acme/p%1/ownership/").arg(i), {}, this, [&done](Result<ApiResponse>) { ++done; });
    QTRY_COMPARE(done, 11);
    QVERIFY2(server.peakActive <= 2, qPrintable(QString::number(server.peakActive)));
    QCOMPARE(client.rateLimit().concurrentLimit, 2);
}

void TestSentryClient::pacing_slowsDownBeforeTheServerAnswers429()
{
    // A server with Sentry's fixed 1 s windows and a limit of 5: it answers 429 beyond that.
    ScriptedHttpServer server;
    const int limit = 5;
    qint64 window = 0;
    int used = 0;
    int rejected = 0;
    server.handler = [&](const ScriptedRequest&) {
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        if (second != window) {
            window = second;
            used = 0;
        }
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"X-Sentry-Rate-Limit-Limit", QByteArray::number(limit)},
            {"X-Sentry-Rate-Limit-Remaining", QByteArray::number(std::max(0, limit - used - 1))},
            {"X-Sentry-Rate-Limit-Reset", QByteArray::number(second + 1)}};
        if (used >= limit) {
            ++rejected;
            return json(429, R"({"detail": "Limit is 5 requests in 1 seconds"})", headers);
        }
        ++used;
        ScriptedResponse response = json(200, "{}", headers);
        response.delayMs = 10;
        return response;
    };
    SentryClient client(configFor(server.url(), 2));
    int done = 0;
    int failed = 0;
    // Learn the limit first (a fresh client knows nothing before the first answer).
    // (Limits are per bucket, method + route: every request here is GET /projects/{}/{}/ownership/.)
    client.get("/api/0/projects/acme/warmup/ownership/", {}, this, [&](Result<ApiResponse> r) { ++done; failed += !r; });
    QTRY_COMPARE(done, 1);
    for (int i = 0; i < 12; ++i)
        client.get(QStringLiteral("/api/0/projects/acme/p%1/ownership/").arg(i), {}, this,
                   [&](Result<ApiResponse> r) { ++done; failed += !r; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 13, 15000);
    QCOMPARE(failed, 0);
    QCOMPARE(rejected, 0);
}

void TestSentryClient::pacing_keepsABusyBucketFromHoldingBackAnIdleOne()
{
    // Sentry limits each endpoint on its own (CONTRACT §0b.9): the ownership bucket has used up
    // its window, the members bucket has plenty left.
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest& request) {
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2);
        const bool busy = request.target.contains("/ownership/");
        return json(200, "{}", {{"X-Sentry-Rate-Limit-Limit", "40"},
                                {"X-Sentry-Rate-Limit-Remaining", busy ? "0" : "39"},
                                {"X-Sentry-Rate-Limit-Reset", reset}});
    };
    SentryClient client(configFor(server.url(), 4));
    int done = 0;
    client.get("/api/0/projects/acme/a/ownership/", {}, this, [&done](Result<ApiResponse>) { ++done; });
    QTRY_COMPARE(done, 1);
    bool ownershipDone = false;
    std::optional<int> queuedWhenMembersAnswered;
    client.get("/api/0/projects/acme/b/ownership/", {}, this, [&ownershipDone](Result<ApiResponse>) { ownershipDone = true; });
    client.get("/api/0/organizations/acme/members/", {}, this,
               [&](Result<ApiResponse>) { queuedWhenMembersAnswered = client.queued(); });
    QTRY_VERIFY(queuedWhenMembersAnswered.has_value());
    // The members request went ahead while the second ownership read still waits for its reset.
    QCOMPARE(*queuedWhenMembersAnswered, 1);
    QVERIFY(!ownershipDone);
    QTRY_VERIFY_WITH_TIMEOUT(ownershipDone, 5000);
}

void TestSentryClient::cancel_inFlightRequestGetsCanceled()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response;
        response.hang = true;
        return response;
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    const quint64 id = client.get("/api/0/slow/", {}, this, outcome.callback());
    QTRY_COMPARE(server.requests.size(), 1);
    client.cancel(id);
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Canceled);
    QCOMPARE(client.inFlight(), 0);
}

void TestSentryClient::cancelAll_cancelsQueuedAndInFlight()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response;
        response.hang = true;
        return response;
    };
    SentryClient client(configFor(server.url(), 2));
    int canceled = 0;
    int calls = 0;
    for (int i = 0; i < 5; ++i)
        client.get(QStringLiteral("/api/0/x/%1/").arg(i), {}, this, [&](Result<ApiResponse> r) {
            ++calls;
            canceled += !r && r.error().kind == ErrorKind::Canceled;
        });
    std::optional<Result<QJsonArray>> list;
    client.getAll("/api/0/list/", {}, this, [&](Result<QJsonArray> r) { list = std::move(r); });
    QTRY_COMPARE(server.requests.size(), 2);
    client.cancelAll();
    QTRY_COMPARE(calls, 5);
    QCOMPARE(canceled, 5);
    QTRY_VERIFY(list.has_value());
    QCOMPARE(list->error().kind, ErrorKind::Canceled);
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(client.queued(), 0);
    QCOMPARE(server.requests.size(), 2); // the queued ones were never sent
}

void TestSentryClient::timeout_isReportedAsNetworkError()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response;
        response.hang = true;
        return response;
    };
    ClientConfig config = configFor(server.url());
    config.transferTimeoutMs = 300;
    config.maxRetries = 1;
    SentryClient client(config);
    Outcome outcome;
    client.get("/api/0/slow/", {}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.called, 10000);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Network);
    QVERIFY2(outcome.result->error().message.contains("no answer within"), qPrintable(outcome.result->error().message));
    QCOMPARE(server.requests.size(), 2); // a GET retries network errors
}

void TestSentryClient::errors_neverContainTheToken()
{
    ScriptedHttpServer server;
    ClientConfig config = configFor(server.url());
    const QByteArray token = config.token.toUtf8();
    // A badly behaved proxy echoes the Authorization header back.
    server.handler = [token](const ScriptedRequest&) {
        return json(401, R"({"detail": "Invalid token )" + token + R"("})", {{"X-Request-Id", token}});
    };
    SentryClient client(config);
    Outcome outcome;
    client.get("/api/0/organizations/acme/", {}, this, outcome.callback());
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    const Error error = outcome.result->error();
    QCOMPARE(error.kind, ErrorKind::Unauthorized);
    QVERIFY(!error.message.contains(config.token));
    QVERIFY(!error.detail.contains(config.token));
    QVERIFY(error.message.contains("[redacted]"));
}

void TestSentryClient::deadContext_dropsTheCallback()
{
    ScriptedHttpServer server;
    server.handler = [](const ScriptedRequest&) {
        ScriptedResponse response = json(200, "{}");
        response.delayMs = 50;
        return response;
    };
    SentryClient client(configFor(server.url()));
    auto* context = new QObject;
    bool called = false;
    int finished = 0;
    connect(&client, &SentryClient::requestFinished, this, [&finished](int done, int) { finished = done; });
    client.get("/api/0/x/", {}, context, [&called](Result<ApiResponse>) { called = true; });
    delete context;
    QTRY_COMPARE(finished, 1);
    QVERIFY(!called);
}

void TestSentryClient::plainHttpToRemoteHost_isRefusedWithoutSending()
{
    SentryClient client(configFor(QUrl("http://sentry.example.invalid/")));
    Outcome outcome;
    client.get("/api/0/organizations/acme/", {}, this, outcome.callback());
    QVERIFY(!outcome.called);
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().kind, ErrorKind::Usage);
    QVERIFY(outcome.result->error().message.contains("plain http"));
    QCOMPARE(client.requestsStarted(), 0);
}

void TestSentryClient::redirect_isNotFollowedWithTheToken()
{
    ScriptedHttpServer server;
    ScriptedHttpServer elsewhere;
    server.handler = [&elsewhere](const ScriptedRequest&) {
        return json(302, "", {{"Location", elsewhere.url().toString().toUtf8() + "api/0/x/"}});
    };
    SentryClient client(configFor(server.url()));
    Outcome outcome;
    client.get("/api/0/x/", {}, this, outcome.callback());
    QTRY_VERIFY(outcome.called);
    QVERIFY(!*outcome.result);
    QVERIFY(outcome.result->error().message.contains("redirected"));
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestSentryClient::progress_countsQueuedAndFinishedRequests()
{
    ScriptedHttpServer server;
    SentryClient client(configFor(server.url(), 2));
    QSignalSpy spy(&client, &SentryClient::requestFinished);
    int done = 0;
    for (int i = 0; i < 4; ++i)
        client.get(QStringLiteral("/api/0/x/%1/").arg(i), {}, this, [&done](Result<ApiResponse>) { ++done; });
    QTRY_COMPARE(done, 4);
    QCOMPARE(spy.size(), 4);
    QCOMPARE(spy.last().at(0).toInt(), 4);
    QCOMPARE(spy.last().at(1).toInt(), 4);
    QCOMPARE(spy.first().at(1).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestSentryClient)
#include "tst_sentryclient.moc"
