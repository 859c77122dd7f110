# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Debian's build flags for the release build, as a Debian package build would set them:
# dpkg-buildflags with hardening=+all gives _FORTIFY_SOURCE, the strong stack protector,
# format-security errors and full RELRO with immediate binding (bind-now); executables are PIE.
# On by default for Release builds, which is what scripts/package.sh makes; lintian's hardening
# checks look for exactly these.
if(CMAKE_BUILD_TYPE STREQUAL "Release")
    set(fota_hardening_default ON)
else()
    set(fota_hardening_default OFF)
endif()
option(FOTA_HARDENING "Compile and link with dpkg-buildflags (hardening=+all) and as PIE"
    ${fota_hardening_default})

if(FOTA_HARDENING)
    find_program(FOTA_DPKG_BUILDFLAGS dpkg-buildflags REQUIRED)
    foreach(kind CPPFLAGS CXXFLAGS LDFLAGS)
        # From the source root, so -ffile-prefix-map maps this tree to "." in the debug info.
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                    ${FOTA_DPKG_BUILDFLAGS} --get ${kind}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE
            COMMAND_ERROR_IS_FATAL ANY)
        separate_arguments(flags UNIX_COMMAND "${flags}")
        set(fota_${kind} ${flags})
    endforeach()
    add_compile_options(${fota_CPPFLAGS} ${fota_CXXFLAGS})
    add_link_options(${fota_LDFLAGS})
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    message(STATUS "Hardening: ${fota_CPPFLAGS} ${fota_CXXFLAGS} ${fota_LDFLAGS}")
endif()
