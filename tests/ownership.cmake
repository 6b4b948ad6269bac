# SPDX-License-Identifier: MIT
sc_add_test(tst_ownership sc_ownership)
sc_add_test(tst_ownershipeventreader sc_ownership)
sc_add_test(tst_ownershipeditor sc_ui)
sc_add_test(tst_ownershipintegrity sc_ownership)
