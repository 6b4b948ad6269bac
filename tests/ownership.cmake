# SPDX-License-Identifier: MIT
sc_add_test(tst_ownership sc_ownership)
sc_add_test(tst_ownershipeditor sc_ui)
sc_add_test(tst_ownershipdiagnostics sc_ownership)
sc_add_test(tst_codeownersimport sc_ownership)
sc_add_test(tst_ownershipimpact sc_ownership)
