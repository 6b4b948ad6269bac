# SPDX-License-Identifier: MIT
sc_add_test(tst_sentryclient sc_client)
