# SPDX-License-Identifier: MIT
# `ownership replay` end to end: runs the real binary on generated inputs.
qt_add_executable(bench_replay ${CMAKE_CURRENT_SOURCE_DIR}/bench_replay.cpp)
target_link_libraries(bench_replay PRIVATE Qt6::Core)
target_compile_definitions(bench_replay PRIVATE SC_CONSOLE_BINARY="$<TARGET_FILE:sentry-console>")
add_dependencies(bench_replay sentry-console)
sc_target_warnings(bench_replay)
