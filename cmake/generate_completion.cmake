# Writes OUTPUT with `CONCORD completion SHELL`: the completion scripts come from the command line itself.
execute_process(COMMAND ${CONCORD} completion ${SHELL} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "concord completion ${SHELL} failed (${status})")
endif()
