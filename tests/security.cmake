# SPDX-License-Identifier: MIT
# Hostile files and servers (issue 16): request paths, tokens, terminal escapes, region URLs, file
# modes; and the real binary's contract for the same (what reaches the terminal, exit codes).
sc_add_test(tst_security sc_ui sc_fake)
sc_add_test(tst_securitycli sc_fake sc_changes)
target_compile_definitions(tst_securitycli PRIVATE SC_BINARY="$<TARGET_FILE:sentry-console>")
add_dependencies(tst_securitycli sentry-console)
sc_add_test(tst_securitygui sc_ui sc_fake)
