# SPDX-License-Identifier: MIT
# One line per test: sc_add_test(tst_name lib...). Tests run offscreen and find the shared
# contract and the test data through environment variables.
# Every request body a test sends to the in-process fake Sentry is appended here (one JSON line
# each) and validated against the official request schemas by the fake_request_schemas test,
# which runs after all the others (tests/CMakeLists.txt).
set(SC_FAKE_REQUEST_LOG ${CMAKE_BINARY_DIR}/fake-requests.jsonl)
add_test(NAME fake_request_log_reset COMMAND ${CMAKE_COMMAND} -E rm -f ${SC_FAKE_REQUEST_LOG})
set_tests_properties(fake_request_log_reset PROPERTIES FIXTURES_SETUP sc_fake_requests)

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
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=/tmp;QT_LOGGING_RULES=qt.qpa.*=false;SC_FAKE_REQUEST_LOG=${SC_FAKE_REQUEST_LOG}"
        FIXTURES_REQUIRED sc_fake_requests
        TIMEOUT 300)
    set_property(GLOBAL APPEND PROPERTY SC_ALL_TESTS ${name})
endfunction()
