# SPDX-License-Identifier: MIT
# Fake Sentry server: unit tests against the real server on 127.0.0.1, plus the binary checked by
# an OpenAPI validator and by Sentry's own command-line clients.
sc_add_test(tst_fakesentryserver sc_fake Qt6::Network)
