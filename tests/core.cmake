# SPDX-License-Identifier: MIT
# models/core: snapshot cache.
sc_add_test(tst_snapshotcache sc_models_core)
sc_add_test(tst_jsonsections sc_models_core)
