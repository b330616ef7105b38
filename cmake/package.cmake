# `cpack` (scripts/package) builds concord_<version>_<arch>.deb from the install rules (cmake/install.cmake)
# under /usr. Depends: the shared libraries the binary links (ICU, Hunspell, pugixml, toml++, zlib,
# libstdc++), found by dpkg-shlibdeps, and the data packages of scripts/runtime-packages, the list
# scripts/install-deps installs too, so that a machine set up either way has the same dictionaries.
file(STRINGS ${PROJECT_SOURCE_DIR}/scripts/runtime-packages concord_runtime_packages REGEX "^[a-z0-9]")
list(JOIN concord_runtime_packages ", " concord_runtime_depends)

# CPack runs the `preinstall` target, which by default builds everything first; the package test (and
# scripts/package, which builds beforehand) package the binary as built, so installing never rebuilds.
# `cmake --install` never built anyway.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME concord)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks a translated news article against its source")
set(CPACK_PACKAGE_DESCRIPTION
    "Concord reads a news article and its translation, aligns their sentences and reports what changed on the
way: names romanized the source's way, mangled quotations, changed numbers, dropped or added sentences,
untranslated words, truncated headlines, house-style and spelling slips.")
set(CPACK_PACKAGE_CONTACT "Concord developers <concord@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${concord_runtime_depends}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/concord")
# Only the binary, data, docs and completions: the test programs are not installed.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
include(CPack)
