# Sourced by the scripts: where the fetched sources are, and what a script
# needs that scripts/setup installs, so that a script run before setup names
# what is missing instead of failing without a word.

# The directory of Debian's yaml-cpp source in third_party/, or nothing.
yaml_cpp_source() {
  local dirs=(third_party/yaml-cpp-*/)
  [[ -d ${dirs[0]} ]] && echo "${dirs[0]}"
  return 0
}

# The directory of Debian's md4c source in third_party/, or nothing.
md4c_source() {
  local dir
  for dir in third_party/md4c-*/; do
    [[ -f $dir/src/md4c.c ]] && { echo "$dir"; break; }
  done
  return 0
}

# require_setup SCRIPT CHECK...: each CHECK is "command:NAME", "file:PATH",
# "yaml-cpp-source" or "md4c-source"; when any is missing, says which (and
# what provides it) and exits 2.
require_setup() {
  local script=$1 check missing=()
  shift
  for check in "$@"; do
    case $check in
      command:*) command -v "${check#command:}" >/dev/null || missing+=("the command ${check#command:}") ;;
      file:*) [[ -e ${check#file:} ]] || missing+=("${check#file:}") ;;
      yaml-cpp-source) [[ -n $(yaml_cpp_source) ]] || missing+=("yaml-cpp's source in third_party/ (for the Wasm build)") ;;
      md4c-source) [[ -n $(md4c_source) ]] || missing+=("md4c's source in third_party/ (the Markdown parser, in every build)") ;;
    esac
  done
  if ((${#missing[@]})); then
    echo "$script: missing:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "$script: run scripts/setup first: it installs all of these (Debian packages, npm ci, apt-get source yaml-cpp md4c)" >&2
    exit 2
  fi
}
