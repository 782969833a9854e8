include_guard(GLOBAL)

# tokendesk_add_gui_test(<name> LABELS <labels...> [SOURCES <more files...>] [LIBS <more targets...>]
#                        [SCALE2])
# A GUI test (tokendesk_add_test ... GUI) built from <name>.cpp and the signed-in application's
# support (tokendesk_guitestsupport). SCALE2: the same executable once more as <name>_scale2,
# with the same labels, under QT_SCALE_FACTOR=2 (the 200 % of issue 16).
function(tokendesk_add_gui_test name)
    cmake_parse_arguments(ARG "SCALE2" "" "LABELS;SOURCES;LIBS" ${ARGN})
    tokendesk_add_test(${name} LABELS ${ARG_LABELS} SOURCES ${name}.cpp ${ARG_SOURCES}
                       LIBS tokendesk_guitestsupport ${ARG_LIBS} GUI)
    if(ARG_SCALE2)
        add_test(NAME ${name}_scale2 COMMAND ${name})
        set_tests_properties(${name}_scale2 PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
                             ENVIRONMENT "${TOKENDESK_TEST_ENV};QT_SCALE_FACTOR=2"
                             SKIP_REGULAR_EXPRESSION "${TOKENDESK_QTEST_SKIPPED}"
                             RESOURCE_LOCK tokendesk_x_display)
    endif()
endfunction()
