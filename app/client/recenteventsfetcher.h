// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sc {

class SentryClient;

// A bounded sample of a project's newest events, for previews (the ownership editor's impact).
struct EventSample {
    QJsonArray events;
    int pages = 0;        // pages read
    bool more = false;    // the server had more pages than were read
    QString statsPeriod;  // the window asked for (e.g. "24h")
};

// Reads GET /projects/{org}/{project}/events/ page by page, one request at a time, at most
// `maxPages` pages of 100 with `statsPeriod`: Sentry's project events list has no default time
// window and allows 60 requests per 60 s with one at a time per user (CONTRACT §0b.8,
// src/sentry/api/endpoints/project_events.py). cancel() stops it; the callback then gets
// ErrorKind::Canceled. The callback runs once per start(), on the client's thread, and only while
// this object lives. A start() while running cancels the previous run first.
class RecentEventsFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<EventSample>)>;
    static constexpr int DefaultMaxPages = 3;

    explicit RecentEventsFetcher(SentryClient* client, QObject* parent = nullptr); // client: not owned

    void start(const QString& org, const QString& project, Callback done, int maxPages = DefaultMaxPages,
               const QString& statsPeriod = QStringLiteral("24h"));
    void cancel();
    bool isRunning() const { return m_request != 0; }
    SentryClient* client() const { return m_client; }

private:
    void fetch(const QString& path, const QString& cursor);

    QPointer<SentryClient> m_client; // not owned
    Callback m_done;
    EventSample m_sample;
    QString m_path;
    int m_maxPages = DefaultMaxPages;
    quint64 m_request = 0;
    quint64 m_run = 0;
};

} // namespace sc
