# SPDX-License-Identifier: MIT
qt_add_executable(bench_pull ${CMAKE_CURRENT_SOURCE_DIR}/bench_pull.cpp)
target_link_libraries(bench_pull PRIVATE sc_client sc_fake)
sc_target_warnings(bench_pull)
