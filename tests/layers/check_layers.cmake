# The dependency direction of causalkg's stages, checked on the #include
# lines of the sources (tests' too, for the private libraries) and on which
# CMake files link RocksDB: cli → kb → engine → grammar (and python/ → kb,
# beside cli; the front ends, cli and python, share cli/render), and within the engine exec → planner → binder → storage →
# model → common. The CMake link lists keep a stage from linking an upper
# one, but a header can be included without linking; this check catches
# that.
#
#   cmake -DROOT=<tree> -P check_layers.cmake
#       fails, listing each include that breaks a rule
#   cmake -DROOT=<tree> -DEXPECT=<n> -P check_layers.cmake
#       succeeds only when exactly <n> includes break a rule (the check's
#       own test, on a tree made to break them)

# Each rule: the folder whose files it covers ~ a regex an include line of
# those files must not match ~ why.
set(rules
  "engine ~ \"cli/ ~ the engine does not know the command line"
  "kb ~ \"cli/ ~ the knowledge-base layer does not know the command line"
  "engine ~ \"kb/ ~ the engine does not know files of claims"
  "grammar ~ \"(engine|kb|cli)/ ~ the grammar sits below everything"
  "engine/common ~ \"engine/(model|storage|binder|planner|exec)/ ~ common holds helpers for every stage"
  "engine/model ~ \"engine/(storage|binder|planner|exec)/ ~ the model is plain types, no storage"
  "engine/storage ~ \"engine/(binder|planner|exec)/ ~ storage knows nothing of statements"
  "engine/binder ~ \"engine/(planner|exec)/ ~ binding comes before planning"
  "engine/planner ~ \"engine/exec/ ~ a plan is made before it runs"
  "cli/render ~ \"(engine/(storage|binder|planner|exec)|kb)/ ~ rendering sees the model, never the store"
  "python ~ \"cli/([^r]|r[^e]|re[^n]|ren[^d]|rend[^e]|rende[^r]|render[^/]) ~ the Python module stands on the engine and kb/, beside the command line, and shares only cli/render with it"
)
# Libraries only one stage may see: the folder allowed ~ the regex ~ why.
set(private_libraries
  "engine/storage ~ <rocksdb/ ~ only engine/storage sees RocksDB"
  "grammar/x3 ~ <boost/spirit/ ~ only grammar/x3 sees Spirit X3"
)

file(GLOB_RECURSE sources RELATIVE "${ROOT}"
     "${ROOT}/engine/*.[ch]pp" "${ROOT}/kb/*.[ch]pp" "${ROOT}/cli/*.[ch]pp"
     "${ROOT}/grammar/*.[ch]pp" "${ROOT}/python/*.[ch]pp" "${ROOT}/bench/*.[ch]pp"
     "${ROOT}/tests/*.[ch]pp")
# The tree made to break the rules, which the check's own test reads.
list(FILTER sources EXCLUDE REGEX "^tests/layers/broken/")
list(SORT sources)

set(broken 0)
foreach(source IN LISTS sources)
  file(STRINGS "${ROOT}/${source}" includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    foreach(rule IN LISTS rules)
      string(REPLACE " ~ " ";" parts "${rule}")
      list(GET parts 0 folder)
      list(GET parts 1 pattern)
      list(GET parts 2 why)
      if(source MATCHES "^${folder}/" AND line MATCHES "${pattern}")
        message("${source}: ${line}: ${why}")
        math(EXPR broken "${broken} + 1")
      endif()
    endforeach()
    foreach(rule IN LISTS private_libraries)
      string(REPLACE " ~ " ";" parts "${rule}")
      list(GET parts 0 folder)
      list(GET parts 1 pattern)
      list(GET parts 2 why)
      if(line MATCHES "${pattern}" AND NOT source MATCHES "^${folder}/")
        message("${source}: ${line}: ${why}")
        math(EXPR broken "${broken} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()

# Linking is the other way to reach a library: only engine/ links RocksDB
# (its storage target, engine/CMakeLists.txt).
file(GLOB_RECURSE cmake_files RELATIVE "${ROOT}" "${ROOT}/*CMakeLists.txt")
list(FILTER cmake_files EXCLUDE REGEX "^(build|tests/layers/broken/)")
foreach(cmake_file IN LISTS cmake_files)
  if(cmake_file STREQUAL "engine/CMakeLists.txt")
    continue()
  endif()
  file(STRINGS "${ROOT}/${cmake_file}" links REGEX "RocksDB::")
  if(links)
    message("${cmake_file}: links RocksDB: only engine/storage sees RocksDB")
    math(EXPR broken "${broken} + 1")
  endif()
endforeach()

if(DEFINED EXPECT)
  if(NOT broken EQUAL EXPECT)
    message(FATAL_ERROR "expected ${EXPECT} includes against the layers, found ${broken}")
  endif()
elseif(broken GREATER 0)
  message(FATAL_ERROR "${broken} includes go against the layers (see above)")
endif()
