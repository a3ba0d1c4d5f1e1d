# SPDX-License-Identifier: Apache-2.0
# What `cmake --install` puts beside the programs, and `cpack -G DEB`: a Debian package of all of it.
# tests/packaging/check-package.sh builds the package and checks it (the test command runs it).

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
# Examples an administrator adapts: the batch sync as a service, the PostgreSQL roles, the default options.
install(FILES resources/systemd/tempcards-sync.service resources/postgres/roles.sql resources/postgres/grants.sql
              resources/options/temporary-card-options.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

set(CPACK_PACKAGE_NAME tempcards)
set(CPACK_PACKAGE_VENDOR "The tempcards developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "tempcards is the desktop client in which operators order temporary ID cards from Nexus GO Cards and "
    "follow them until they can be handed out, and in which administrators decide which processes operators "
    "may start. The package holds the client, the batch sync (tempcards-sync) and a Go Cards simulator "
    "(gocards-sim).")
set(CPACK_PACKAGE_CONTACT "The tempcards developers <tempcards@localhost>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The libraries the programs link come from dpkg-shlibdeps. Qt's plugins are loaded at run time, so
# dpkg-shlibdeps cannot see them: the SQLite driver, without which nothing starts, is named here (the X11
# platform plugin comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# PostgreSQL for a shared database, Wayland without XWayland, Qt's own translations for its dialogs'
# buttons in German and Swedish.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")
include(CPack)
