// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace sc::cli {

// True when argv names a headless sub-command (or --help/--version at top level).
bool isCliInvocation(const QStringList& arguments);

// Runs the sub-command in arguments[1] inside an existing QCoreApplication and returns the exit
// code (see ExitCode in result.h).
int run(const QStringList& arguments);

} // namespace sc::cli
