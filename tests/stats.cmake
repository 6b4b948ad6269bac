# SPDX-License-Identifier: MIT
sc_add_test(tst_statsaggregate sc_stats)
sc_add_test(tst_statsstack sc_stats)
sc_add_test(tst_fakestats sc_fake sc_stats)
sc_add_test(tst_statsfetcher sc_client sc_fake sc_stats)
sc_add_test(tst_chartsview sc_ui sc_fake)
