# SPDX-License-Identifier: MIT
qt_add_executable(bench_refresh ${CMAKE_CURRENT_SOURCE_DIR}/bench_refresh.cpp)
target_link_libraries(bench_refresh PRIVATE sc_client sc_fake)
sc_target_warnings(bench_refresh)
