# SPDX-License-Identifier: MIT
# The .ts files in translations/: complete, no vanished entries, placeholders and accelerators kept.
sc_add_test(tst_translations)
# The same check on a fresh lupdate of the sources: fails when a tr() string is not in the .ts yet.
add_test(NAME tst_translations_uptodate
    COMMAND ${CMAKE_COMMAND}
        -DGENERATE=${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake
        -DPROJECT_IN=${CMAKE_BINARY_DIR}/app/.lupdate/sentry-console_project.cmake
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DTS_DIR=${PROJECT_SOURCE_DIR}/translations
        -DWORK=${CMAKE_CURRENT_BINARY_DIR}/translations_uptodate
        -DCHECK=$<TARGET_FILE:tst_translations>
        -P ${CMAKE_CURRENT_SOURCE_DIR}/tools/translations_uptodate.cmake)
set_tests_properties(tst_translations_uptodate PROPERTIES TIMEOUT 120)
