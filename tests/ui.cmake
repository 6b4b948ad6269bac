# SPDX-License-Identifier: MIT
# The console window: item models, session, secret store, main window (offscreen, real fake server).
sc_add_test(tst_orgtreemodel sc_itemmodels)
sc_add_test(tst_coveragemodel sc_itemmodels)
sc_add_test(tst_secretstore sc_client)
sc_add_test(tst_consolesession sc_session sc_fake) # no Widgets: the session has none
sc_add_test(tst_mainwindow sc_ui sc_fake)
sc_add_test(tst_consolewindow sc_ui sc_fake)

# The AppStream metainfo must pass appstreamcli (when the appstream package is installed).
find_program(SC_APPSTREAMCLI appstreamcli)
if(SC_APPSTREAMCLI)
    add_test(NAME appstream_metainfo_valid
             COMMAND ${SC_APPSTREAMCLI} validate --no-net
                     ${PROJECT_SOURCE_DIR}/packaging/io.github.sentry_console.SentryConsole.metainfo.xml)
endif()
sc_add_test(tst_integritygui sc_ui sc_fake)
sc_add_test(tst_ownershipgui sc_ui sc_fake)
sc_add_test(tst_orghealthview sc_ui sc_fake)
