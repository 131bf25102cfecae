# Fails when translations/*.ts is not what lupdate makes of the current sources, so a string added,
# changed or removed in the code cannot reach a commit without `cmake --build B --target greenlight_lupdate`.
#
# cmake -DLUPDATE=path/to/lupdate -DINPUTS=lupdate_inputs.cmake -DWORK_DIR=scratch/dir -P CheckTranslationsCurrent.cmake
# INPUTS sets ts_files, sources, include_paths and options: the very inputs of the greenlight_lupdate target.

foreach(var LUPDATE INPUTS WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslationsCurrent.cmake needs -D${var}=...")
  endif()
endforeach()
include("${INPUTS}")
if(NOT ts_files OR NOT sources)
  message(FATAL_ERROR "${INPUTS} names no .ts file or no sources")
endif()

set(include_args "")
foreach(dir IN LISTS include_paths)
  list(APPEND include_args "-I${dir}")
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# lupdate reads its file list from here: 100-odd absolute paths stay off the command line.
list(JOIN sources "\n" source_lines)
file(WRITE "${WORK_DIR}/sources.lst" "${source_lines}\n")

set(stale "")
foreach(committed IN LISTS ts_files)
  get_filename_component(name "${committed}" NAME)
  set(copy "${WORK_DIR}/${name}")
  file(COPY_FILE "${committed}" "${copy}")
  execute_process(
    COMMAND "${LUPDATE}" ${options} ${include_args} "@${WORK_DIR}/sources.lst" -ts "${copy}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}) on ${name}:\n${out}${err}")
  endif()
  # lupdate warns when it cannot resolve a class, and then files messages under the wrong context.
  if(err MATCHES "Qualifying with unknown namespace/class")
    message(FATAL_ERROR "lupdate could not resolve a class; the include paths are incomplete:\n${err}")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${committed}" "${copy}" RESULT_VARIABLE differs)
  if(differs)
    list(APPEND stale "${committed}")
    find_program(DIFF diff)
    if(DIFF)
      execute_process(COMMAND "${DIFF}" -u "${committed}" "${copy}" OUTPUT_VARIABLE delta)
      message("${name}: what lupdate would change (- committed, + current sources):\n${delta}")
    endif()
    message("lupdate said: ${out}")
  endif()
endforeach()

if(stale)
  list(JOIN stale "\n  " stale_text)
  message(FATAL_ERROR
    "These translation files are out of date with the sources:\n  ${stale_text}\n"
    "Run: cmake --build <build-dir> --target greenlight_lupdate, translate what it marks unfinished, "
    "and commit the .ts together with the code change.")
endif()
message(STATUS "Translation files match the sources (${ts_files})")
