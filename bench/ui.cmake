# SPDX-License-Identifier: MIT
# Org tree build and filter latency on large:2000 (the fake server's large seed, pulled for real).
qt_add_executable(bench_ui ${CMAKE_CURRENT_SOURCE_DIR}/bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE sc_ui sc_itemmodels sc_client sc_fake Qt6::Widgets)
sc_target_warnings(bench_ui)

# GUI memory against a separate fake-server process (a script; bench/run runs it like the others).
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/bench_guirss.sh.in _sc_guirss)
string(REPLACE "@SC_CONSOLE@" "$<TARGET_FILE:sentry-console>" _sc_guirss "${_sc_guirss}")
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/bench_guirss CONTENT "${_sc_guirss}"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
