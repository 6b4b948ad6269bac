// SPDX-License-Identifier: MIT
#pragma once

#include "ownershipmatcher.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sc {

// Events whose owners change between two rule sets, grouped old owners → new owners.
struct OwnershipImpactGroup {
    QList<OwnershipOwner> from;
    QList<OwnershipOwner> to;
    QStringList eventIds;
};

class OwnershipImpact
{
public:
    void add(const QString& eventId, const OwnershipMatchResult& before, const OwnershipMatchResult& after);

    int eventCount() const { return m_events; }
    int changedCount() const { return m_changed; }
    const QList<OwnershipImpactGroup>& groups() const { return m_groups; } // largest first after finish()
    void finish();

    // {"events": N, "changed": M, "groups": [{"from": [owners], "to": [owners], "count": K, "eventIds": [...]}]}
    QJsonObject toJson() const;
    // A plain-text table: "count  old owners → new owners".
    QString toTable() const;

private:
    int m_events = 0;
    int m_changed = 0;
    QList<OwnershipImpactGroup> m_groups;
};

// The impact preview's headline over a bounded sample of recent events: how many changed, how
// many were looked at, over which window, and whether older events were left unread.
QString impactSampleSummary(int changed, int eventsRead, int pagesRead, bool moreUnread, const QString& statsPeriod);

// "#payments, alice@acme.io" or "(nobody)".
QString ownersText(const QList<OwnershipOwner>& owners);
// The event's id ("event_id", "eventID" or "id"), else `fallback`.
QString ownershipEventId(const QJsonObject& event, const QString& fallback);

} // namespace sc
