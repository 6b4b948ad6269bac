// SPDX-License-Identifier: MIT
#include "pushtarget.h"

#include "textescape.h"
#include "tr.h"

namespace sc {

Result<PushTarget> resolvePushTarget(const ChangeSet& changes, const QString& org, const QUrl& server,
                                     OtherServer otherServer)
{
    if (!org.isEmpty() && !changes.org.isEmpty() && org != changes.org)
        return fail(ErrorKind::Usage, Tr::tr("The change set is for organization %1, not %2.")
                                          .arg(escapeControls(changes.org), escapeControls(org)));
    PushTarget target{changes, {}};
    if (target.changes.org.isEmpty())
        target.changes.org = org;
    const QString url = server.toString();
    if (!changes.server.isEmpty() && QUrl(changes.server).host() != server.host()) {
        if (otherServer == OtherServer::Refuse)
            return fail(ErrorKind::Usage,
                        Tr::tr("The change set was planned on %1, not on %2: push it with a profile for %1.")
                            .arg(escapeControls(changes.server), escapeControls(url)));
        target.note = Tr::tr("Note: the change set was planned on %1 and is pushed to %2; the conflict check "
                             "compares every object with what this server holds.")
                          .arg(escapeControls(changes.server), escapeControls(url));
    }
    target.changes.server = url;
    return target;
}

} // namespace sc
