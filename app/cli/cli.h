// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace sc::cli {

// True when argv opens the window: no arguments, or a window option first (--demo, --profile,
// --screenshot, --view, --palette, --seed, or one of Qt's single-dash options such as -platform).
// Anything else is a command line, and an unknown command is a usage error (exit 2), so a typo
// never tries to open a window on a machine without a display.
bool isGuiInvocation(const QStringList& arguments);
bool isCliInvocation(const QStringList& arguments); // !isGuiInvocation

// Runs the sub-command in arguments[1] inside an existing QCoreApplication and returns the exit
// code (see ExitCode in result.h).
int run(const QStringList& arguments);

} // namespace sc::cli
