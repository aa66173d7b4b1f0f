# cmake -DLIST=FILE -DOUTPUT=HEADER -P SourcesDigest.cmake
# Writes HEADER defining OFFERCHECK_SOURCES_DIGEST: a digest of the files
# listed in FILE (a CMake list). What must change whenever the core's
# behaviour may have (the guide index's cache) is keyed on it.
file(READ "${LIST}" sources)
set(digests "")
foreach(source IN LISTS sources)
  file(SHA256 "${source}" digest)
  string(APPEND digests "${digest}")
endforeach()
string(SHA256 digest "${digests}")
string(SUBSTRING "${digest}" 0 16 digest)
file(WRITE "${OUTPUT}" "#pragma once\n#define OFFERCHECK_SOURCES_DIGEST \"${digest}\"\n")
