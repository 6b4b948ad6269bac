// SPDX-License-Identifier: MIT
// One binary: with a sub-command it runs headless (QCoreApplication, no display needed), and an
// unknown one is a usage error; only no arguments or window options open the console window.
#include "apptranslator.h"
#include "cli.h"
#include "guiapp.h" // the window's entry point; declares no widget type

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("sentry-console"));
    QCoreApplication::setApplicationName(QStringLiteral("sentry-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SC_VERSION));

    if (sc::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        sc::installTranslator(app);
        return sc::cli::run(arguments);
    }
    return sc::runGui(argc, argv);
}
