# SPDX-License-Identifier: MIT
# Fake Sentry server: unit tests against the real server on 127.0.0.1, plus the binary checked by
# an OpenAPI validator and by Sentry's own command-line clients.
sc_add_test(tst_fakesentryserver sc_fake Qt6::Network)
sc_add_test(tst_fakealertrules sc_fake)
sc_add_test(tst_fakesentrytruth sc_fake Qt6::Network)
sc_add_test(tst_fakeownershipcases sc_fake Qt6::Network) # Sentry-produced cases through the PUT

# Debian's python3-jsonschema lives in /usr/bin/python3 (pyenv's python3 comes first on PATH).
add_test(NAME fakeserver_openapi
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/validate_openapi.py
            $<TARGET_FILE:sentry-console> ${SC_SHARED_DIR}/sentry-api/openapi-subset.json)
set_tests_properties(fakeserver_openapi PROPERTIES TIMEOUT 120 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# sentry-cli and the `sentry` CLI from npm, cached in the build tree; skipped only if npm cannot
# install them.
add_test(NAME fakeserver_sentry_clients
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/sentry_clients_test.py
            $<TARGET_FILE:sentry-console> ${CMAKE_CURRENT_BINARY_DIR}/npm-sentry-clients)
set_tests_properties(fakeserver_sentry_clients PROPERTIES TIMEOUT 400 SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
