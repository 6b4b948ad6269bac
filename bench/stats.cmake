# SPDX-License-Identifier: MIT
qt_add_executable(bench_stats ${CMAKE_CURRENT_SOURCE_DIR}/bench_stats.cpp)
target_link_libraries(bench_stats PRIVATE sc_ui sc_fake sc_client sc_stats)
sc_target_warnings(bench_stats)
