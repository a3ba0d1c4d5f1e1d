# SPDX-License-Identifier: Apache-2.0
# Man pages for the three programs, made by help2man from their own --help and --version (so they cannot
# drift from what the programs say), with the sections --help has no room for from resources/man/*.h2m,
# compressed as Debian wants them (gzip -9n: no name or time stamp, the same bytes every build).
# Made in a home folder of their own, in English, dated by the release (SOURCE_DATE_EPOCH), so they are the
# same bytes whoever builds them, and whenever.
find_program(TEMPCARDS_HELP2MAN help2man)
find_program(TEMPCARDS_GZIP gzip)
if(NOT TEMPCARDS_HELP2MAN OR NOT TEMPCARDS_GZIP)
    message(STATUS "help2man or gzip not found: no man pages (scripts/install-deps.sh installs help2man)")
    return()
endif()

set(TEMPCARDS_MAN_DIR ${PROJECT_BINARY_DIR}/man)
# The release's day (the Debian changelog's), as seconds since 1970.
set(TEMPCARDS_RELEASE_EPOCH 1795521600) # 2026-11-24 12:00:00 UTC
# tempcards_man_page(<program> <component> <one-line description>)
function(tempcards_man_page program component description)
    set(page ${TEMPCARDS_MAN_DIR}/${program}.1)
    set(include ${PROJECT_SOURCE_DIR}/resources/man/${program}.h2m)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${TEMPCARDS_MAN_DIR}/home
        COMMAND ${CMAKE_COMMAND} -E env --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME --unset=LANGUAGE
                HOME=${TEMPCARDS_MAN_DIR}/home LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                SOURCE_DATE_EPOCH=${TEMPCARDS_RELEASE_EPOCH}
                "PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH}"
                ${TEMPCARDS_HELP2MAN} --no-info --no-discard-stderr --section=1 --source=tempcards
                "--manual=tempcards ${PROJECT_VERSION}" "--name=${description}" --include=${include}
                --output=${page} ${program}
        COMMAND ${TEMPCARDS_GZIP} -9nf ${page}
        DEPENDS ${program} ${include}
        COMMENT "Man page for ${program}"
        VERBATIM)
    add_custom_target(${program}_man_page ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()

tempcards_man_page(tempcards client "order temporary ID cards from Nexus GO Cards and hand them out")
tempcards_man_page(tempcards-sync client "the batch sync of tempcards: order queued cards, follow their production")
tempcards_man_page(gocards-sim simulator "a Nexus GO Cards simulator for tempcards demos and tests")
