# concord::concord, Concord as a library for other programs: one static archive, libconcord.a, holding the
# public API (include/concord/concord.h, checker/api/) and the objects of the checker's own libraries, so a
# program links one library plus the system ones (ICU, Hunspell, toml++, pugixml, zlib, gettext's libgettextpo,
# gumbo, md4c, marisa).
# Installed only on request, as the Development component (the .deb and a plain `cmake --install` carry the
# command): `cmake --install build --component Development --prefix P` adds include/concord/concord.h,
# lib/libconcord.a, lib/cmake/Concord/ (find_package(Concord)) and lib/pkgconfig/concord.pc.
include(CMakePackageConfigHelpers)

set(concord_library_parts concord_core concord_aligners concord_dictionaries concord_rules concord_pipeline)
set(concord_library_objects)
foreach(part IN LISTS concord_library_parts)
  list(APPEND concord_library_objects $<TARGET_OBJECTS:${part}>)
endforeach()
add_library(concord_library STATIC checker/api/concord_api.cpp ${concord_library_objects})
add_library(concord::concord ALIAS concord_library)
set_target_properties(concord_library PROPERTIES OUTPUT_NAME concord EXPORT_NAME concord)
target_include_directories(concord_library PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
                                                  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
                           PRIVATE ${PROJECT_SOURCE_DIR})
target_compile_definitions(concord_library PRIVATE CONCORD_VERSION="${PROJECT_VERSION}")
target_compile_features(concord_library PUBLIC cxx_std_20)
# What the checker's objects call; exported as link-only dependencies that ConcordConfig.cmake finds again.
target_link_libraries(concord_library PRIVATE PkgConfig::ICU PkgConfig::HUNSPELL nlohmann_json::nlohmann_json
                      tomlplusplus::tomlplusplus pugixml::pugixml ZLIB::ZLIB ${GETTEXTPO_LIBRARY}
                      PkgConfig::GUMBO PkgConfig::MD4C PkgConfig::MARISA)
add_dependencies(concord_library ${concord_library_parts})

install(TARGETS concord_library EXPORT ConcordTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        COMPONENT Development EXCLUDE_FROM_ALL)
install(FILES include/concord/concord.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/concord
        COMPONENT Development EXCLUDE_FROM_ALL)
set(concord_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/Concord)
install(EXPORT ConcordTargets NAMESPACE concord:: DESTINATION ${concord_cmake_dir}
        COMPONENT Development EXCLUDE_FROM_ALL)
configure_package_config_file(cmake/ConcordConfig.cmake.in ${PROJECT_BINARY_DIR}/ConcordConfig.cmake
                              INSTALL_DESTINATION ${concord_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ConcordConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/ConcordConfig.cmake ${PROJECT_BINARY_DIR}/ConcordConfigVersion.cmake
        DESTINATION ${concord_cmake_dir} COMPONENT Development EXCLUDE_FROM_ALL)
configure_file(cmake/concord.pc.in ${PROJECT_BINARY_DIR}/concord.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/concord.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT Development EXCLUDE_FROM_ALL)
