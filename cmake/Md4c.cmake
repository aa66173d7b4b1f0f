# md4c, the core's Markdown parser (C), built from Debian's source package in
# every build: native, Wasm, sanitized and fuzzing alike, with the same
# compiler flags as the core and none of its warnings. scripts/setup unpacks
# the source into third_party/.
set(OFFERCHECK_MD4C_SOURCE "" CACHE PATH "md4c's source tree (default: third_party/md4c-*)")
if(NOT OFFERCHECK_MD4C_SOURCE)
  file(GLOB md4c_trees LIST_DIRECTORIES true "${PROJECT_SOURCE_DIR}/third_party/md4c-*")
  foreach(tree IN LISTS md4c_trees)
    if(EXISTS "${tree}/src/md4c.c")
      set(OFFERCHECK_MD4C_SOURCE "${tree}" CACHE PATH "md4c's source tree (default: third_party/md4c-*)" FORCE)
      break()
    endif()
  endforeach()
endif()
if(NOT EXISTS "${OFFERCHECK_MD4C_SOURCE}/src/md4c.c")
  message(FATAL_ERROR "md4c's source is not in third_party/ (OFFERCHECK_MD4C_SOURCE='${OFFERCHECK_MD4C_SOURCE}'); "
                      "run scripts/setup")
endif()

set(md4c_src "${OFFERCHECK_MD4C_SOURCE}/src")
# The parser and the table of HTML's named character references (the renderer
# decodes "&amp;" with it); md4c's own HTML renderer is not used.
set(OFFERCHECK_MD4C_FILES "${md4c_src}/md4c.c" "${md4c_src}/md4c.h" "${md4c_src}/entity.c"
    "${md4c_src}/entity.h")
add_library(md4c STATIC "${md4c_src}/md4c.c" "${md4c_src}/entity.c")
target_include_directories(md4c SYSTEM PUBLIC "${md4c_src}")
target_compile_definitions(md4c PRIVATE MD4C_USE_UTF8)
set_target_properties(md4c PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
if(EMSCRIPTEN)
  target_compile_options(md4c PRIVATE -Oz -flto)
endif()
