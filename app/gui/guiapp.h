// SPDX-License-Identifier: MIT
#pragma once

namespace sc {

// Creates the QApplication, installs the translator, parses the GUI options (--demo, --profile,
// --screenshot FILE [--view tree|coverage|charts|project:SLUG]) and runs the console window.
// Start-up lives in app/ rather than ui/: it wires the demo fake server and the keychain store
// into the widgets, so ui/ itself depends only on models/ and the client. Returns the exit code.
int runGui(int argc, char* argv[]);

} // namespace sc
