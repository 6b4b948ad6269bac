# SPDX-License-Identifier: MIT
# Reference architecture: the fake's objects, the pure checks, audit / plan / service create.
sc_add_test(tst_fakearchitecture sc_fake)
sc_add_test(tst_architecturepull sc_client sc_fake)
sc_add_test(tst_architecturecli sc_cli)
sc_add_test(tst_architectureview sc_ui sc_fake)
sc_add_test(tst_architecturepolicy sc_architecture)
sc_add_test(tst_orghealth sc_architecture)
