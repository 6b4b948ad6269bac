# SPDX-License-Identifier: MIT
qt_add_executable(bench_ownership ${CMAKE_CURRENT_SOURCE_DIR}/bench_ownership.cpp)
target_link_libraries(bench_ownership PRIVATE sc_ownership)
sc_target_warnings(bench_ownership)
