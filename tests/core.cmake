# SPDX-License-Identifier: MIT
# models/core: snapshot cache; operation kinds and target types (the change-set file's names).
sc_add_test(tst_snapshotcache sc_models_core)
sc_add_test(tst_changekinds sc_models_core)
sc_add_test(tst_jsonsections sc_models_core)
