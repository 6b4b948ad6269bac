# SPDX-License-Identifier: MIT
sc_add_test(tst_changecompare sc_changes)
sc_add_test(tst_changemerge sc_changes)
sc_add_test(tst_changedescription sc_changes)
sc_add_test(tst_changejournal sc_changes)
sc_add_test(tst_pushengine sc_client sc_fake sc_changes)
sc_add_test(tst_pendingchanges sc_ui sc_fake)
sc_add_test(tst_changecli sc_cli)
