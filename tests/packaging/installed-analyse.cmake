# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the program installed from the .deb (unpacked by make-deb.sh) on two fictional articles
# and checks that "crossread analyse" answers with the documented JSON: format version 1, both
# articles by the names given, and a passage shared by both (the articles repeat one sentence
# word for word).
#
# cmake -DCROSSREAD=<installed binary> -DDATA_DIR=<dir of the articles> -P installed-analyse.cmake

foreach(var CROSSREAD DATA_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "installed-analyse.cmake needs -D${var}=...")
    endif()
endforeach()
if(NOT EXISTS "${CROSSREAD}")
    message(FATAL_ERROR "${CROSSREAD} does not exist: did packaging_deb run?")
endif()

set(files ferry-gazette.txt ferry-courier.txt)
execute_process(
    COMMAND "${CROSSREAD}" analyse ${files}
    WORKING_DIRECTORY "${DATA_DIR}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE json
    ERROR_VARIABLE errors
    TIMEOUT 60)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "crossread analyse exited with ${status}:\n${errors}")
endif()

# Every string(JSON) below fails the test with the parser's message on malformed JSON.
string(JSON format GET "${json}" crossread)
if(NOT format EQUAL 1)
    message(FATAL_ERROR "\"crossread\" is ${format}, expected 1")
endif()

string(JSON article_count LENGTH "${json}" articles)
if(NOT article_count EQUAL 2)
    message(FATAL_ERROR "${article_count} articles, expected 2:\n${json}")
endif()
foreach(index 0 1)
    list(GET files ${index} expected_file)
    string(JSON file GET "${json}" articles ${index} file)
    if(NOT file STREQUAL expected_file)
        message(FATAL_ERROR "article ${index} is \"${file}\", expected \"${expected_file}\"")
    endif()
endforeach()

string(JSON passage_count LENGTH "${json}" passages)
set(shared 0)
if(passage_count GREATER 0)
    math(EXPR last "${passage_count} - 1")
    foreach(index RANGE ${last})
        string(JSON member_count LENGTH "${json}" passages ${index} members)
        if(member_count EQUAL 2)
            math(EXPR shared "${shared} + 1")
        endif()
    endforeach()
endif()
if(shared EQUAL 0)
    message(FATAL_ERROR "no passage joins the two articles, though they share a sentence:\n${json}")
endif()
string(JSON facts_type TYPE "${json}" facts)
if(NOT facts_type STREQUAL "ARRAY")
    message(FATAL_ERROR "\"facts\" is ${facts_type}, expected an array")
endif()

message(STATUS "installed crossread analyse: ${passage_count} passages, ${shared} shared by both articles")
