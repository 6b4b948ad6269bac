# SPDX-License-Identifier: MIT
# ctest -R tst_translations_uptodate: the committed .ts files are exactly what lupdate makes from
# today's sources (a tr() string added, changed or removed without translations/update fails here),
# and the refreshed files pass tst_translations (which lists each entry still to translate).
# -D: GENERATE (Qt's GenerateLUpdateProject.cmake), PROJECT_IN (app/.lupdate/…_project.cmake),
#     LUPDATE, TS_DIR (translations/), WORK (a scratch folder), CHECK (the tst_translations binary).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P "${GENERATE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file from ${PROJECT_IN}")
endif()
set(stale "")
foreach(lang de en)
    set(name sentry-console_${lang}.ts)
    file(COPY "${TS_DIR}/${name}" DESTINATION "${WORK}")
    set(extra "")
    if(lang STREQUAL "en")
        set(extra -pluralonly) # as app/CMakeLists.txt: English keeps only the plural forms
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK}/project.json" -no-obsolete -locations none
                            ${extra} -ts "${WORK}/${name}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${TS_DIR}/${name}" "${WORK}/${name}"
                    RESULT_VARIABLE differs)
    if(NOT differs EQUAL 0)
        list(APPEND stale "translations/${name}")
    endif()
endforeach()
# Lists the entries lupdate added as unfinished (with their line in the refreshed copy).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env SC_TS_DIR=${WORK} "${CHECK}" committedTranslations_areComplete
                RESULT_VARIABLE checkFailed)
if(stale)
    message(FATAL_ERROR "${stale}: not what lupdate makes from the sources (tr() strings were added, "
                        "changed or removed). Run translations/update and translate what it lists.")
endif()
if(NOT checkFailed EQUAL 0)
    message(FATAL_ERROR "the refreshed translations are incomplete (listed above)")
endif()
message(STATUS "translations/*.ts match the sources and are complete")
