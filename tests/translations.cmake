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
# The binary speaks English with real plurals where no translation matches the locale (C on CI and in
# containers) and German under a German locale: `ownership check` of a file with one syntax error.
foreach(lang IN ITEMS "C.UTF-8|1 error, 0 warnings" "de_DE.UTF-8|1 Fehler, 0 Warnungen")
    string(REPLACE "|" ";" parts "${lang}")
    list(GET parts 0 locale)
    list(GET parts 1 expected)
    add_test(NAME app_plurals_${locale}
        COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES LANG=${locale}
                $<TARGET_FILE:sentry-console> ownership check ${CMAKE_CURRENT_SOURCE_DIR}/data/ownership/one-syntax-error.txt)
    set_tests_properties(app_plurals_${locale} PROPERTIES PASS_REGULAR_EXPRESSION "${expected}")
endforeach()
