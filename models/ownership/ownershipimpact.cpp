// SPDX-License-Identifier: MIT
#include "ownershipimpact.h"

#include "tr.h"

#include <QJsonArray>

#include <algorithm>

namespace sc {

QString ownersText(const QList<OwnershipOwner>& owners)
{
    if (owners.isEmpty())
        return Tr::tr("(nobody)");
    QStringList parts;
    for (const OwnershipOwner& o : owners)
        parts << o.display();
    return parts.join(QStringLiteral(", "));
}

QString ownershipEventId(const QJsonObject& event, const QString& fallback)
{
    for (const char* key : {"event_id", "eventID", "id"}) {
        const QJsonValue v = event.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return fallback;
}

void OwnershipImpact::add(const QString& eventId, const OwnershipMatchResult& before, const OwnershipMatchResult& after)
{
    ++m_events;
    if (before.owners == after.owners)
        return;
    ++m_changed;
    for (OwnershipImpactGroup& g : m_groups) {
        if (g.from == before.owners && g.to == after.owners) {
            g.eventIds.append(eventId);
            return;
        }
    }
    m_groups.append({before.owners, after.owners, {eventId}});
}

void OwnershipImpact::finish()
{
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const OwnershipImpactGroup& a, const OwnershipImpactGroup& b) {
        return a.eventIds.size() > b.eventIds.size();
    });
}

static QJsonArray ownersJson(const QList<OwnershipOwner>& owners)
{
    QJsonArray a;
    for (const OwnershipOwner& o : owners)
        a.append(o.toJson());
    return a;
}

QJsonObject OwnershipImpact::toJson() const
{
    QJsonArray groups;
    for (const OwnershipImpactGroup& g : m_groups) {
        groups.append(QJsonObject{{QStringLiteral("from"), ownersJson(g.from)},
                                  {QStringLiteral("to"), ownersJson(g.to)},
                                  {QStringLiteral("count"), int(g.eventIds.size())},
                                  {QStringLiteral("eventIds"), QJsonArray::fromStringList(g.eventIds)}});
    }
    return QJsonObject{{QStringLiteral("events"), m_events}, {QStringLiteral("changed"), m_changed}, {QStringLiteral("groups"), groups}};
}

QString OwnershipImpact::toTable() const
{
    QString text = Tr::tr("%1 of %2 events change owner").arg(m_changed).arg(m_events) + QLatin1Char('\n');
    for (const OwnershipImpactGroup& g : m_groups) {
        text += QStringLiteral("%1  %2 → %3\n")
                    .arg(g.eventIds.size(), 7)
                    .arg(ownersText(g.from), ownersText(g.to));
    }
    return text;
}

QString impactSampleSummary(int changed, int eventsRead, int pagesRead, bool moreUnread, const QString& statsPeriod)
{
    const QString headline = Tr::tr("%1 of %n event(s) from the last %2 change owner.", nullptr, eventsRead)
                                 .arg(changed)
                                 .arg(statsPeriod);
    if (!moreUnread)
        return headline + QLatin1Char(' ') + Tr::tr("Looked at every event in that window.");
    return headline + QLatin1Char(' ')
           + Tr::tr("Looked at the newest %n page(s) only; older events in that window were not read.", nullptr,
                    pagesRead);
}

} // namespace sc
