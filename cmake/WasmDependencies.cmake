# Dependencies of the Wasm build. yaml-cpp is built for Wasm from Debian's
# source package by scripts/build into OFFERCHECK_WASM_PREFIX. The header-only
# libraries get include directories of their own: /usr/include itself must
# never reach a Wasm compile, its glibc headers break it.
set(OFFERCHECK_WASM_PREFIX "" CACHE PATH "Install prefix of yaml-cpp built for Wasm")
if(NOT EXISTS "${OFFERCHECK_WASM_PREFIX}/lib/cmake/yaml-cpp/yaml-cpp-config.cmake")
  message(FATAL_ERROR "yaml-cpp for Wasm is not at OFFERCHECK_WASM_PREFIX='${OFFERCHECK_WASM_PREFIX}'; run scripts/build")
endif()
find_package(yaml-cpp REQUIRED CONFIG PATHS "${OFFERCHECK_WASM_PREFIX}" NO_DEFAULT_PATH
             NO_CMAKE_FIND_ROOT_PATH)

set(isolated_include "${CMAKE_BINARY_DIR}/isolated-include")
file(MAKE_DIRECTORY "${isolated_include}")
foreach(header_dir IN ITEMS nlohmann doctest)
  find_path(${header_dir}_PARENT NAMES ${header_dir} PATHS /usr/include NO_DEFAULT_PATH
            NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  file(CREATE_LINK "${${header_dir}_PARENT}/${header_dir}" "${isolated_include}/${header_dir}"
       SYMBOLIC)
endforeach()

add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json INTERFACE "${isolated_include}")
add_library(doctest::doctest INTERFACE IMPORTED)
target_include_directories(doctest::doctest INTERFACE "${isolated_include}")
list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/doctest)
