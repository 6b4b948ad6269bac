// SPDX-License-Identifier: MIT
#include "fakestats.h"

#include <QJsonObject>

namespace sc {

// Replaced by the charts work with the real synthetic data.
FakeStatsReply fakeStatsResponse(const QString& endpoint, const QUrlQuery&, const QList<FakeStatsProject>&,
                                 const QString&, const QDateTime&)
{
    return {404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("%1 is not served yet").arg(endpoint)}}};
}

} // namespace sc
