# SPDX-License-Identifier: MIT
qt_add_executable(bench_tiers ${CMAKE_CURRENT_SOURCE_DIR}/bench_tiers.cpp)
target_link_libraries(bench_tiers PRIVATE sc_tiers)
sc_target_warnings(bench_tiers)
