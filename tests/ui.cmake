# SPDX-License-Identifier: MIT
# The console window: item models, session, secret store, main window (offscreen, real fake server).
sc_add_test(tst_orgtreemodel sc_itemmodels)
sc_add_test(tst_coveragemodel sc_itemmodels)
sc_add_test(tst_secretstore sc_client)
sc_add_test(tst_consolesession sc_ui)
sc_add_test(tst_mainwindow sc_ui)
