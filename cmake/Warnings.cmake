# Warnings are set per target, never globally.
function(offercheck_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()
