# SPDX-License-Identifier: Apache-2.0
# What `cmake --install` puts beside the programs, and `cpack -G DEB`: two Debian packages, the client
# with the batch sync (tempcards) and the Go Cards simulator (tempcards-gocards-sim), so that a production
# installation never has a program that accepts demo credentials. tests/packaging/check-package.sh builds
# them and checks them (the test command runs it).
include(cmake/ManPages.cmake)

# Whoever builds the packages for an installation maintains them there and names themselves (the project
# has no address of its own; lintian says so, and tests/packaging/lintian-expected.txt explains it).
set(TEMPCARDS_PACKAGE_CONTACT "The tempcards developers <tempcards@localhost>"
    CACHE STRING "The Maintainer of the Debian packages: Name <address>")
set(CPACK_PACKAGE_CONTACT "${TEMPCARDS_PACKAGE_CONTACT}")

set(TEMPCARDS_SIM_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/tempcards-gocards-sim)
# Debian wants each package's changelog compressed, byte for byte the same at every build (gzip -9n).
set(TEMPCARDS_CHANGELOG ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
configure_file(resources/packaging/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
add_custom_command(OUTPUT ${TEMPCARDS_CHANGELOG}
    COMMAND sh -c "gzip -9n < '${PROJECT_BINARY_DIR}/packaging/changelog' > '${TEMPCARDS_CHANGELOG}'"
    DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog VERBATIM)
add_custom_target(tempcards_changelog ALL DEPENDS ${TEMPCARDS_CHANGELOG})

foreach(docdir ${CMAKE_INSTALL_DOCDIR} ${TEMPCARDS_SIM_DOCDIR})
    set(component client)
    if(docdir STREQUAL TEMPCARDS_SIM_DOCDIR)
        set(component simulator)
    endif()
    install(FILES resources/packaging/copyright DESTINATION ${docdir} COMPONENT ${component})
    install(FILES ${TEMPCARDS_CHANGELOG} DESTINATION ${docdir} COMPONENT ${component})
endforeach()
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT client)
# The batch sync as a service, or as a run a minute by a timer; neither is enabled by the package.
install(FILES resources/systemd/tempcards-sync.service resources/systemd/tempcards-sync-once.service
              resources/systemd/tempcards-sync-once.timer
        DESTINATION lib/systemd/system COMPONENT client)
# Examples an administrator adapts: the PostgreSQL roles, the default options.
install(FILES resources/postgres/roles.sql resources/postgres/grants.sql resources/options/temporary-card-options.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT client)

set(CPACK_PACKAGE_NAME tempcards)
set(CPACK_PACKAGE_VENDOR "The tempcards developers")
# CPack's own default, which CPackDeb does not put before a description: so each package's summary is the
# first line of its own description below, not one summary for both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL client simulator)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The libraries the programs link come from dpkg-shlibdeps, for each package. Qt's plugins are loaded at
# run time, so dpkg-shlibdeps cannot see them: the SQLite driver, without which nothing starts, is named
# here (the X11 platform plugin comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME tempcards)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# PostgreSQL for a shared database, Wayland without XWayland, Qt's own translations for its dialogs'
# buttons in German and Swedish, pcscd for a card reader at Initialize.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n, pcscd")
# Each package's summary is the first line of its description, its lines under 80 columns as Debian wants.
string(CONCAT CPACK_COMPONENT_CLIENT_DESCRIPTION
    "${PROJECT_DESCRIPTION}\n"
    "tempcards is the desktop client in which operators order temporary ID cards\n"
    "from Nexus GO Cards, follow them until they arrive and hand them out to\n"
    "cardholders, and in which administrators decide which processes operators\n"
    "may start. The package holds the client and the batch sync (tempcards-sync)\n"
    "with its systemd units, which it does not enable.")
set(CPACK_DEBIAN_SIMULATOR_PACKAGE_NAME tempcards-gocards-sim)
set(CPACK_DEBIAN_SIMULATOR_PACKAGE_SECTION devel)
string(CONCAT CPACK_COMPONENT_SIMULATOR_DESCRIPTION
    "Nexus GO Cards simulator for tempcards demos and tests\n"
    "gocards-sim answers as Nexus GO Cards does, with simulated production,\n"
    "failures and faults, so that tempcards can be tried and tested without the\n"
    "card producer. It accepts demo credentials and listens on loopback by\n"
    "default: it is not for production.\n")
include(CPack)
