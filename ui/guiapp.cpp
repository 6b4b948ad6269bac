// SPDX-License-Identifier: MIT
#include "guiapp.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

namespace sc {

void installTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sentry-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslator(app);
    return 0; // the console window is built by the console-window work
}

} // namespace sc
