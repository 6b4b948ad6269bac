// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "result.h"

#include <QString>
#include <QUrl>

namespace sc {

// What to do when a change set was planned on another server than the one it is pushed to. The
// CLI asks before every push and prints a note; the window pushes a profile's drafts without a
// second question, so it refuses.
enum class OtherServer { Note, Refuse };

struct PushTarget {
    ChangeSet changes; // org and server filled in from the connection
    QString note;      // for the admin to read before confirming (OtherServer::Note)
};

// The one check that a change set is pushed where it was planned (`apply` and the Pending changes
// panel): another organization is always refused, naming both; another server per `otherServer`.
// An empty org or server in the set takes the connection's.
Result<PushTarget> resolvePushTarget(const ChangeSet& changes, const QString& org, const QUrl& server,
                                     OtherServer otherServer);

} // namespace sc
