// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace sc {

// Loads the translation for the system locale (":/i18n/sentry-console_<lang>.qm", and Qt's own
// qtbase_<lang>.qm from the Qt installation when it is there). The .qm files
// are compiled into the sentry-console executable, so the application (app/), not a library,
// installs them, for the headless commands and the window alike.
void installTranslator(QCoreApplication& app);

} // namespace sc
