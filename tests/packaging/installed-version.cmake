# SPDX-License-Identifier: GPL-3.0-or-later
# The program installed from the .deb starts (its libraries resolve from the system, not the
# build tree) and reports the version it was packaged as.
#
# cmake -DCROSSREAD=<installed binary> -DVERSION=<x.y.z> -P installed-version.cmake

if(NOT EXISTS "${CROSSREAD}")
    message(FATAL_ERROR "${CROSSREAD} does not exist: did packaging_deb run?")
endif()
execute_process(
    COMMAND "${CROSSREAD}" --version
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    OUTPUT_STRIP_TRAILING_WHITESPACE
    TIMEOUT 60)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${CROSSREAD} --version exited with ${status}:\n${errors}")
endif()
if(NOT output STREQUAL "crossread ${VERSION}")
    message(FATAL_ERROR "${CROSSREAD} --version printed \"${output}\", expected \"crossread ${VERSION}\"")
endif()
message(STATUS "${output}")
