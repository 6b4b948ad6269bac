// SPDX-License-Identifier: MIT
#include "clicommon.h"
#include "commands.h"
#include "tr.h"

namespace sc::cli {

// Not built yet: owned by the area that implements it.
int cmdApply(const QStringList& args)
{
    return reportError(args.value(0), Error{ErrorKind::Usage, Tr::tr("This command is not available yet."), {}, 0});
}

} // namespace sc::cli
