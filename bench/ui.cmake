# SPDX-License-Identifier: MIT
# Org tree build and filter latency on large:2000 (the fake server's large seed, pulled for real).
qt_add_executable(bench_ui ${CMAKE_CURRENT_SOURCE_DIR}/bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE sc_ui sc_itemmodels sc_client sc_fake Qt6::Widgets)
sc_target_warnings(bench_ui)
