# SPDX-License-Identifier: MIT
sc_add_test(tst_sentryclient sc_client)
sc_add_test(tst_orgpuller sc_client sc_fake)
sc_add_test(tst_cli_export sc_cli)
sc_add_test(tst_recentevents sc_client sc_fake)
sc_add_test(tst_incrementalrefresh sc_client sc_fake)
