// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sc {

void installTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sentry-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace sc
