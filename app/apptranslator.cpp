// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sc {

namespace {

bool load(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return false;
    return QCoreApplication::installTranslator(translator.release());
}

} // namespace

void installTranslator(QCoreApplication& app)
{
    // Qt's own strings (standard buttons such as Cancel / Close / Open, file dialogs, the line
    // edit's context menu) come from Debian's qt6-translations-l10n when it is installed; ours
    // are installed after it, so they are looked up first.
    load(app, QLocale(), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A language we have no translation for (and the C locale of CI machines and containers) gets the
    // English file: it holds the plural forms, without it "%n service(s)" would show as "2 service(s)".
    if (!load(app, QLocale(), QStringLiteral("sentry-console"), QStringLiteral(":/i18n")))
        load(app, QLocale(QLocale::English), QStringLiteral("sentry-console"), QStringLiteral(":/i18n"));
}

} // namespace sc
