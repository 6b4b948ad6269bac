# SPDX-License-Identifier: MIT
qt_add_executable(bench_changes ${CMAKE_CURRENT_SOURCE_DIR}/bench_changes.cpp)
target_link_libraries(bench_changes PRIVATE sc_client sc_fake sc_changes)
sc_target_warnings(bench_changes)
