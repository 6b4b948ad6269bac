// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sc {

namespace {

bool load(QCoreApplication& app, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

void installTranslator(QCoreApplication& app)
{
    // Qt's own strings (standard buttons such as Cancel / Close / Open, file dialogs, the line
    // edit's context menu) come from Debian's qt6-translations-l10n when it is installed; ours
    // are installed after it, so they are looked up first.
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, QStringLiteral("sentry-console"), QStringLiteral(":/i18n"));
}

} // namespace sc
