# SPDX-License-Identifier: MIT
# Reference architecture: the fake's objects, the pure checks, audit / plan / service create.
sc_add_test(tst_fakearchitecture sc_fake)
