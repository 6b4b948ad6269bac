// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace sc {

// Loads the translation for the system locale (":/i18n/sentry-console_<lang>.qm").
void installTranslator(QCoreApplication& app);

// Creates the QApplication, parses the GUI options (--demo, --profile, --screenshot FILE
// [--view tree|coverage|charts|project:SLUG]) and runs the console window. Returns the exit code.
int runGui(int argc, char* argv[]);

} // namespace sc
