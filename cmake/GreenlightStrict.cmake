# One strictness target that every Greenlight target links (qBittorrent's CommonConfig idea).
add_library(greenlight_strict INTERFACE)
target_compile_definitions(greenlight_strict INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_NO_KEYWORDS
)
target_compile_options(greenlight_strict INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(GREENLIGHT_WERROR)
  target_compile_options(greenlight_strict INTERFACE -Werror)
endif()
if(GREENLIGHT_SANITIZE)
  target_compile_options(greenlight_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(greenlight_strict INTERFACE -fsanitize=address,undefined)
endif()

# greenlight_add_test(NAME name SOURCES a.cpp ... [LIBS libs...] [LABEL label])
# Registers one Qt Test executable with CTest: offscreen platform, C.UTF-8, test data path.
function(greenlight_add_test)
  cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES} ${PROJECT_SOURCE_DIR}/tests/EnglishMessages.cpp)
  target_link_libraries(${T_NAME} PRIVATE greenlight_strict Qt6::Test gl_translations ${T_LIBS})
  # Helpers shared by tests of several layers (tests/ReleaseShape.h).
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${T_NAME} PRIVATE
    GREENLIGHT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    GREENLIGHT_BINARY="$<TARGET_FILE:greenlight>")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_LABEL)
    set(T_LABEL unit)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
  if(GREENLIGHT_SANITIZE)
    list(APPEND env "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABEL}" TIMEOUT 300 ENVIRONMENT "${env}")
endfunction()
