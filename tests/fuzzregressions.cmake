# SPDX-License-Identifier: MIT
# Reproducers found by the fuzz harnesses in tests/fuzz/ (run with tests/fuzz/run).
sc_add_test(tst_fuzzregressions sc_models)
