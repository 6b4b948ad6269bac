# SPDX-License-Identifier: MIT
# One line per test: sc_add_test(tst_name lib...). Tests run offscreen and find the shared
# contract and the test data through environment variables.
function(sc_add_test name)
    qt_add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/${name}.cpp)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARGN})
    target_compile_definitions(${name} PRIVATE
        SC_SHARED_DIR="${SC_SHARED_DIR}"
        SC_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    sc_target_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=/tmp;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endfunction()
