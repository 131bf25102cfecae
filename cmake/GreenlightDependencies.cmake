# Finds what Greenlight builds against. When something is missing, the error names the Debian
# package that provides it and the script that installs them all, instead of CMake's search trace.

set(GREENLIGHT_MISSING)
macro(greenlight_missing what package)
  list(APPEND GREENLIGHT_MISSING "  ${what} (Debian package ${package})")
endmacro()

# Qt 6.4 or newer, each module from its package.
set(greenlight_qt_packages
  Core qt6-base-dev Gui qt6-base-dev Widgets qt6-base-dev Sql qt6-base-dev Network qt6-base-dev
  Test qt6-base-dev Charts qt6-charts-dev LinguistTools qt6-tools-dev)
list(LENGTH greenlight_qt_packages n)
math(EXPR last "${n} - 1")
find_package(Qt6 6.4 QUIET COMPONENTS Core)
if(NOT Qt6Core_FOUND)
  greenlight_missing("Qt 6.4 or newer" "qt6-base-dev")
else()
  # One module at a time, so every missing one is named (Qt stops at the first otherwise).
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET greenlight_qt_packages ${i} component)
    list(GET greenlight_qt_packages ${j} package)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    if(NOT Qt6${component}_FOUND)
      greenlight_missing("Qt 6 ${component}" "${package}")
    endif()
  endforeach()
endif()

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  greenlight_missing("pkg-config" "pkg-config")
else()
  foreach(entry MD4C:md4c:libmd4c-dev SQLITE3:sqlite3:libsqlite3-dev LIBARCHIVE:libarchive:libarchive-dev
                SODIUM:libsodium:libsodium-dev)
    string(REPLACE ":" ";" parts ${entry})
    list(GET parts 0 prefix)
    list(GET parts 1 module)
    list(GET parts 2 package)
    pkg_check_modules(${prefix} QUIET IMPORTED_TARGET ${module})
    if(NOT ${prefix}_FOUND)
      greenlight_missing("${module}" "${package}")
    endif()
  endforeach()
endif()
find_package(OpenSSL 3 QUIET COMPONENTS Crypto)
if(NOT OpenSSL_FOUND)
  greenlight_missing("OpenSSL 3 libcrypto" "libssl-dev")
endif()
find_package(Threads REQUIRED)

if(GREENLIGHT_MISSING)
  list(JOIN GREENLIGHT_MISSING "\n" missing_text)
  message(FATAL_ERROR "Greenlight cannot be built yet; these are missing:\n${missing_text}\n"
    "Run packaging/install-deps.sh (or `make run` / `make test`, which call it): it installs every "
    "package Greenlight needs on Debian 12 and says why each is needed.")
endif()
