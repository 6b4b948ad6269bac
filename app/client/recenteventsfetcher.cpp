// SPDX-License-Identifier: MIT
#include "recenteventsfetcher.h"
#include "sentryclient.h"
#include "tr.h"

#include <QUrlQuery>

namespace sc {

RecentEventsFetcher::RecentEventsFetcher(SentryClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void RecentEventsFetcher::start(const QString& org, const QString& project, Callback done, int maxPages,
                                const QString& statsPeriod)
{
    cancel();
    ++m_run;
    m_done = std::move(done);
    m_sample = EventSample{};
    m_sample.statsPeriod = statsPeriod;
    m_maxPages = std::max(1, maxPages);
    m_path = QStringLiteral("/api/0/projects/%1/%2/events/").arg(org, project);
    fetch(m_path, {});
}

void RecentEventsFetcher::cancel()
{
    if (!m_request)
        return;
    const quint64 request = m_request;
    if (m_client)
        m_client->cancel(request); // usually reports Canceled through the callback at once
    if (m_request == request) {
        // The answer is still to come: make it a no-op and report now.
        ++m_run;
        m_request = 0;
        Callback done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(fail(ErrorKind::Canceled, Tr::tr("The event preview was canceled."), m_path));
    }
}

void RecentEventsFetcher::fetch(const QString& path, const QString& cursor)
{
    if (!m_client) {
        Callback done = std::move(m_done);
        if (done)
            done(fail(ErrorKind::Network, Tr::tr("Not connected to a server."), path));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("full"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("statsPeriod"), m_sample.statsPeriod);
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const quint64 run = m_run;
    m_request = m_client->get(path, query, this, [this, run, path](Result<ApiResponse> reply) {
        if (run != m_run)
            return; // an older run that was replaced
        m_request = 0;
        const auto finish = [this](Result<EventSample> result) {
            Callback done = std::move(m_done);
            m_done = nullptr;
            if (done)
                done(std::move(result));
        };
        if (!reply)
            return finish(tl::unexpected(reply.error()));
        if (!reply->json.isArray())
            return finish(fail(ErrorKind::BadData,
                               Tr::tr("The answer to GET %1 is not a list of events.").arg(path), path, reply->status));
        for (const QJsonValue& event : reply->json.array())
            m_sample.events.append(event);
        ++m_sample.pages;
        const std::optional<QString> next = nextPageCursor(reply->headers.value(QByteArrayLiteral("link")));
        if (!next || next->isEmpty())
            return finish(m_sample);
        if (m_sample.pages >= m_maxPages) {
            m_sample.more = true;
            return finish(m_sample);
        }
        fetch(path, *next);
    });
}

} // namespace sc
