# SPDX-License-Identifier: MIT
sc_add_test(tst_tierpolicy sc_tiers)
sc_add_test(tst_tieraudit sc_tiers)
sc_add_test(tst_tierrequests sc_tiers)
sc_add_test(tst_tierplanner sc_tiers sc_changes)
sc_add_test(tst_tierapply sc_tiers sc_client sc_fake)
sc_add_test(tst_tierui sc_ui)
sc_add_test(tst_tiercli sc_cli)
