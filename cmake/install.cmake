# `cmake --install build --prefix P` (and the .deb, cmake/package.cmake) lays Concord out in the FHS places:
#   bin/concord                      the binary; it finds its data at <bin>/../share/concord (data_dir.cpp)
#   share/concord/dictionaries/      data files only (the loaders' sources and CMakeLists.txt stay behind)
#   share/concord/docs/rules/        rule pages (`concord explain`, SARIF help)
#   share/man/man1/concord.1         the man page
#   share/doc/concord/               README.md, CHANGELOG.md, docs/*.md
#   share/bash-completion/completions/concord, share/zsh/vendor-completions/_concord,
#   share/fish/vendor_completions.d/concord.fish   generated from the command line at build time
include(GNUInstallDirs)

set(CONCORD_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where the zsh completion is installed (Debian's zsh reads vendor-completions)")

set(concord_completion_dir ${PROJECT_BINARY_DIR}/completions)
set(concord_completion_files)
foreach(shell_and_file "bash=concord" "zsh=_concord" "fish=concord.fish")
  string(REPLACE "=" ";" pair ${shell_and_file})
  list(GET pair 0 shell)
  list(GET pair 1 file)
  add_custom_command(
    OUTPUT ${concord_completion_dir}/${file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${concord_completion_dir}
    COMMAND ${CMAKE_COMMAND} -DCONCORD=$<TARGET_FILE:concord> -DSHELL=${shell}
            -DOUTPUT=${concord_completion_dir}/${file}
            -P ${PROJECT_SOURCE_DIR}/cmake/generate_completion.cmake
    DEPENDS concord ${PROJECT_SOURCE_DIR}/cmake/generate_completion.cmake
    COMMENT "Generating the ${shell} completion"
    VERBATIM)
  list(APPEND concord_completion_files ${concord_completion_dir}/${file})
endforeach()
add_custom_target(completions ALL DEPENDS ${concord_completion_files})

install(TARGETS concord RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The same selection as isDataFile in checker/cli/version_info.cpp, whose fingerprint `concord --version`
# prints.
install(DIRECTORY dictionaries/ DESTINATION ${CMAKE_INSTALL_DATADIR}/concord/dictionaries
        FILES_MATCHING PATTERN "*.tsv" PATTERN "*.txt" PATTERN "*.rules" PATTERN "*.md"
        PATTERN "CMakeLists.txt" EXCLUDE)
install(DIRECTORY docs/rules DESTINATION ${CMAKE_INSTALL_DATADIR}/concord/docs)
install(FILES docs/concord.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB concord_user_docs ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${concord_user_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(FILES ${concord_completion_dir}/concord
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${concord_completion_dir}/_concord DESTINATION ${CONCORD_ZSH_COMPLETION_DIR})
install(FILES ${concord_completion_dir}/concord.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
