// SPDX-License-Identifier: MIT
#pragma once

#include "sentryclient.h"

#include <QList>
#include <QSet>

namespace sc {

// The requests one pull (full or incremental) has in flight: what progress to show and what to
// cancel. A callback calls ended() last, after starting its follow-up requests, so the count
// reaches zero only when the whole pull is done.
class RequestTally
{
public:
    void began(quint64 id)
    {
        m_outstanding.insert(id);
        ++m_total;
    }
    // True when this was the last request in flight.
    bool ended(quint64 id)
    {
        m_outstanding.remove(id);
        ++m_done;
        return m_done == m_total;
    }
    // Cancels every request still in flight (their callbacks must see the pull as finished).
    void cancelAll(SentryClient& client)
    {
        const QList<quint64> ids(m_outstanding.cbegin(), m_outstanding.cend());
        m_outstanding.clear();
        for (quint64 id : ids)
            client.cancel(id);
    }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    QSet<quint64> m_outstanding;
    int m_done = 0;
    int m_total = 0;
};

} // namespace sc
