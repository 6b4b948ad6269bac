// SPDX-License-Identifier: MIT
#include "clicommon.h"
#include "commands.h"
#include "fakesentryserver.h"
#include "tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace sc::cli {

namespace {

using namespace Qt::StringLiterals;

int usage(const QString& message)
{
    return reportError(u"fake-server"_s, Error{ErrorKind::Usage, message, {}, 0});
}

} // namespace

int cmdFakeServer(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({u"seed"_s, Tr::tr("Seed data: demo (the acme-corp org) or large:N (N generated projects)."),
                      u"seed"_s, u"demo"_s});
    parser.addOption({u"port"_s, Tr::tr("Port to listen on (0 = any free port)."), u"port"_s, u"0"_s});
    parser.addOption({u"host"_s, Tr::tr("Loopback address to listen on (127.0.0.1 or ::1)."), u"address"_s,
                      u"127.0.0.1"_s});
    parser.addOption({u"token"_s, Tr::tr("The token the server accepts (default: a random one)."), u"token"_s});
    parser.addOption({u"latency-ms"_s, Tr::tr("Delay every response by this many milliseconds."), u"ms"_s, u"0"_s});
    parser.addOption({u"rate-limit"_s, Tr::tr("Answer 429 beyond this many requests per 1 s window in each endpoint bucket (method + route), as "
                             "sentry.io does with 40 (0 = off). The project events list always allows 60 per 60 s, one at a time."),
                      u"per-second"_s, u"0"_s});
    parser.addOption({u"concurrent-limit"_s, Tr::tr("Allow this many requests at once per endpoint bucket, advertised as X-Sentry-Rate-Limit-ConcurrentLimit (0 = none)."),
                      u"n"_s, u"0"_s});
    parser.addOption({u"fail-rate"_s, Tr::tr("Share of requests (0..1) answered with 500, in a fixed sequence."),
                      u"share"_s, u"0"_s});
    parser.addOption({u"page-size"_s, Tr::tr("Default and maximum page size (1..100)."), u"n"_s, u"100"_s});
    parser.addOption({u"legacy-alerts"_s, Tr::tr("Behave like an older self-hosted Sentry: legacy alert rules only.")});
    parser.addOption({u"url-prefix"_s, Tr::tr("Name this origin in Link headers (Sentry's system.url-prefix behind a proxy)."),
                      u"url"_s});
    parser.addOption({u"brownout"_s, Tr::tr("Legacy alert endpoints answer 410, as sentry.io does during brownouts.")});
    parser.addOption({u"allow-transaction-alerts"_s,
                      Tr::tr("Behave like an older self-hosted Sentry that still creates and edits metric detectors on "
                             "the transactions dataset (sentry.io refuses them: P2 must be span-based).")});
    parser.addOption({u"before-2026-04"_s,
                      Tr::tr("Behave like a server before 2026-04: link ids are read only as camelCase workflowIds / "
                             "detectorIds; workflow_ids / detector_ids are ignored.")});
    parser.addOption({u"scopes"_s, Tr::tr("Comma-separated token scopes (default: every scope the console uses)."),
                      u"a,b"_s});
    if (const auto code = parseOrExit(parser, args,
                                      Tr::tr("Run a fake Sentry server on loopback that speaks the /api/0/ shapes the "
                                             "console uses, until killed.")))
        return *code;

    FakeServerOptions options;
    options.seed = parser.value(u"seed"_s);
    options.token = parser.value(u"token"_s);
    bool ok = true;
    const auto intOption = [&](const QString& name, int min, int max) {
        bool good = false;
        const int v = parser.value(name).toInt(&good);
        if (!good || v < min || v > max)
            ok = false;
        return v;
    };
    const auto doubleOption = [&](const QString& name, double min, double max) {
        bool good = false;
        const double v = parser.value(name).toDouble(&good);
        if (!good || v < min || v > max)
            ok = false;
        return v;
    };
    const int port = intOption(u"port"_s, 0, 65535);
    if (!ok)
        return usage(Tr::tr("--port must be a number from 0 to 65535."));
    options.latencyMs = intOption(u"latency-ms"_s, 0, 600000);
    if (!ok)
        return usage(Tr::tr("--latency-ms must be a number of milliseconds."));
    options.rateLimitPerSecond = doubleOption(u"rate-limit"_s, 0, 1e6);
    if (!ok)
        return usage(Tr::tr("--rate-limit must be a number of requests per second."));
    options.concurrentLimit = intOption(u"concurrent-limit"_s, 0, 100000);
    if (!ok)
        return usage(Tr::tr("--concurrent-limit must be a number."));
    options.failRate = doubleOption(u"fail-rate"_s, 0, 1);
    if (!ok)
        return usage(Tr::tr("--fail-rate must be a number from 0 to 1."));
    options.pageSize = intOption(u"page-size"_s, 1, 100);
    if (!ok)
        return usage(Tr::tr("--page-size must be a number from 1 to 100."));
    options.legacyAlerts = parser.isSet(u"legacy-alerts"_s);
    options.brownout = parser.isSet(u"brownout"_s);
    options.allowTransactionAlerts = parser.isSet(u"allow-transaction-alerts"_s);
    options.before202604 = parser.isSet(u"before-2026-04"_s);
    if (parser.isSet(u"url-prefix"_s)) {
        const QUrl prefix(parser.value(u"url-prefix"_s));
        if (!prefix.isValid() || (prefix.scheme() != u"http"_s && prefix.scheme() != u"https"_s) || prefix.host().isEmpty())
            return usage(Tr::tr("--url-prefix needs an http:// or https:// URL, not \"%1\".").arg(parser.value(u"url-prefix"_s)));
        options.urlPrefix = prefix.toString();
    }
    if (parser.isSet(u"scopes"_s))
        options.scopes = parser.value(u"scopes"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.seed != u"demo"_s) {
        bool good = false;
        const int n = options.seed.startsWith(u"large:"_s) ? options.seed.mid(6).toInt(&good) : 0;
        if (!good || n < 1 || n > 100000)
            return usage(Tr::tr("Unknown seed \"%1\": use demo or large:N.").arg(options.seed));
    }
    const QHostAddress address(parser.value(u"host"_s));
    if (address.isNull() || !address.isLoopback())
        return usage(Tr::tr("The fake server only listens on loopback addresses (127.0.0.1 or ::1)."));

    FakeSentryServer server(options);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        return reportError(u"fake-server"_s, Error{ErrorKind::Network, Tr::tr("Could not listen on port %1.").arg(port), {}, 0});
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                                              : address.toString();
    // Machine-read by scripts and tests: keep these two lines stable.
    out() << u"listening on http://%1:%2"_s.arg(host).arg(bound) << '\n';
    out() << u"token: %1"_s.arg(server.token()) << '\n';
    out().flush();
    return QCoreApplication::exec();
}

} // namespace sc::cli
