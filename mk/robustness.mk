# Robustness checks of the core (tests/fuzz, tests/threads, valgrind).
#   make fuzz             fuzz every core function for FUZZ_SECONDS (60) from the
#                         committed seeds; new inputs are kept in build/fuzz/corpus
#   make test-fuzz-quick  check the seeds are make_seeds' output, replay them, then
#                         fuzz FUZZ_QUICK_SECONDS (15)                  [make check]
#   make test-threads     every function from 8 threads at once under
#                         ThreadSanitizer                               [make check]
#   make test-valgrind    the core tests under valgrind: no error, no leak
#                                                                       [make check]
#   make fuzz-seeds       rewrite tests/fuzz/corpus from tests/fuzz/make_seeds.c
# The sanitizer builds compile their own copies of the core, into build/fuzz/core
# and build/threads/core: the normal objects stay uninstrumented.
# A crash or contract violation leaves its input in build/fuzz/crash-*; replay it
# with build/fuzz/fuzz_core FILE (FUZZ_TRACE=1 in the environment lists each call).

SAN_CC             ?= clang
FUZZ_SECONDS       ?= 60
FUZZ_QUICK_SECONDS ?= 15

FUZZ_DIR     := $(B)/fuzz
THREADS_DIR  := $(B)/threads
VALGRIND_DIR := $(B)/valgrind

SAN_CFLAGS := -std=c11 -Wpedantic $(WARN) -g -O2 -fno-omit-frame-pointer
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CORE_OBJ    := $(CORE_SRC:core/%.c=$(FUZZ_DIR)/core/%.o)
THREADS_CORE_OBJ := $(CORE_SRC:core/%.c=$(THREADS_DIR)/core/%.o)
SAN_DEPS := -MMD -MP

-include $(FUZZ_CORE_OBJ:.o=.d) $(THREADS_CORE_OBJ:.o=.d) \
         $(FUZZ_DIR)/fuzz_core.d $(FUZZ_DIR)/make_seeds.d $(THREADS_DIR)/threads_core.d

VALGRIND := valgrind --error-exitcode=1 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible

EXTRA_TESTS += test-fuzz-quick test-threads test-valgrind
.PHONY: fuzz fuzz-seeds test-fuzz-quick test-threads test-valgrind

# --- fuzzing ---------------------------------------------------------------
# The core gets coverage instrumentation (fuzzer-no-link) to guide the fuzzer.
$(FUZZ_DIR)/core/%.o: core/%.c
	@mkdir -p $(@D)
	$(SAN_CC) $(SAN_CFLAGS) $(SAN_DEPS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/fuzz_core: tests/fuzz/fuzz_core.c $(FUZZ_CORE_OBJ)
	$(SAN_CC) $(SAN_CFLAGS) $(SAN_DEPS) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_CORE_OBJ) -lm

# The seeds' scalar calls take their arity from the core's table.
$(FUZZ_DIR)/make_seeds: tests/fuzz/make_seeds.c $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wpedantic $(WARN) $(CFLAGS) $(SAN_DEPS) -o $@ $< \
	    $(B)/libtokwatt-core.a -lm

fuzz-seeds: $(FUZZ_DIR)/make_seeds
	rm -rf tests/fuzz/corpus
	mkdir -p tests/fuzz/corpus
	$< tests/fuzz/corpus

# $(call run_fuzz,SECONDS,WRITABLE CORPUS,LOG,NAME): fuzz from the seeds; new
# inputs go to the first corpus only (libFuzzer writes there), never to the
# committed seeds. Fails with the end of the log on any finding.
define run_fuzz
	@mkdir -p $(2)
	@echo "$(4): fuzzing for $(1) s from tests/fuzz/corpus (log: $(3))"
	@UBSAN_OPTIONS=print_stacktrace=1 $(FUZZ_DIR)/fuzz_core -max_total_time=$(1) \
	    -timeout=10 -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/ \
	    $(2) tests/fuzz/corpus > $(3) 2>&1 \
	 || { tail -n 60 $(3); \
	      echo "$(4): FAILED: a contract violation or sanitizer report (above);" \
	           "input: $$(sed -n 's/.*Test unit written to //p' $(3))"; exit 1; }
	@echo "$(4): $$(ls tests/fuzz/corpus | wc -l) seeds replayed and" \
	      "$$(sed -n 's/^stat::number_of_executed_units: *//p' $(3)) runs in $(1) s:" \
	      "no contract violation, no sanitizer report"
endef

fuzz: $(FUZZ_DIR)/fuzz_core
	$(call run_fuzz,$(FUZZ_SECONDS),$(FUZZ_DIR)/corpus,$(FUZZ_DIR)/fuzz.log,fuzz)

# The committed seeds must be what make_seeds writes, so they stay
# reproducible; a fresh corpus each time keeps the quick pass comparable.
test-fuzz-quick: $(FUZZ_DIR)/fuzz_core $(FUZZ_DIR)/make_seeds
	@rm -rf $(FUZZ_DIR)/seeds $(FUZZ_DIR)/quick && mkdir -p $(FUZZ_DIR)/seeds
	@$(FUZZ_DIR)/make_seeds $(FUZZ_DIR)/seeds > /dev/null
	@diff -r $(FUZZ_DIR)/seeds tests/fuzz/corpus > /dev/null \
	 || { echo "fuzz-quick: FAILED: tests/fuzz/corpus is not make_seeds' output" \
	           "(run make fuzz-seeds and commit it)"; exit 1; }
	$(call run_fuzz,$(FUZZ_QUICK_SECONDS),$(FUZZ_DIR)/quick,$(FUZZ_DIR)/quick.log,fuzz-quick)

# --- threads -----------------------------------------------------------------
$(THREADS_DIR)/core/%.o: core/%.c
	@mkdir -p $(@D)
	$(SAN_CC) $(SAN_CFLAGS) $(SAN_DEPS) -fsanitize=thread -c $< -o $@

$(THREADS_DIR)/threads_core: tests/threads/threads_core.c $(THREADS_CORE_OBJ)
	$(SAN_CC) $(SAN_CFLAGS) $(SAN_DEPS) -fsanitize=thread -pthread -o $@ $< \
	    $(THREADS_CORE_OBJ) -lm

# Exit code 66 is a ThreadSanitizer report. clang 14's TSan cannot start
# where the kernel randomises mmap with more bits than it knows ("unexpected
# memory mapping"): then it runs again with address randomisation off.
TSAN_RUN := TSAN_OPTIONS="halt_on_error=1 exitcode=66" $(THREADS_DIR)/threads_core \
            > $(THREADS_DIR)/run.log 2>&1
test-threads: $(THREADS_DIR)/threads_core
	@$(TSAN_RUN); rc=$$?; \
	if [ $$rc -ne 0 ] && grep -q 'unexpected memory mapping' $(THREADS_DIR)/run.log; then \
	    setarch $$(uname -m) -R sh -c '$(TSAN_RUN)'; rc=$$?; \
	fi; \
	cat $(THREADS_DIR)/run.log; \
	if [ $$rc -eq 66 ]; then echo "threads: FAILED: ThreadSanitizer report above"; exit 1; fi; \
	if [ $$rc -ne 0 ]; then echo "threads: FAILED (exit $$rc)"; exit 1; fi; \
	echo "threads: passed under ThreadSanitizer: no data race, every result as on one thread"

# --- valgrind ----------------------------------------------------------------
# memcheck's verdict (errors, leaks) is read from its own log, apart from the
# tests' output; the tests must pass under it as they do natively.
test-valgrind: $(B)/tests/core-tests
	@mkdir -p $(VALGRIND_DIR)
	@echo "valgrind: $(VALGRIND) $<"
	@$(VALGRIND) --log-file=$(VALGRIND_DIR)/memcheck.log $< > $(VALGRIND_DIR)/core-tests.out 2>&1; \
	rc=$$?; \
	if ! grep -q 'ERROR SUMMARY: 0 errors' $(VALGRIND_DIR)/memcheck.log; then \
	    cat $(VALGRIND_DIR)/memcheck.log; \
	    echo "valgrind: FAILED: memcheck found errors or leaks (above)"; exit 1; \
	fi; \
	if [ $$rc -ne 0 ]; then \
	    grep -E '^(Test name|- )' $(VALGRIND_DIR)/core-tests.out; \
	    echo "valgrind: FAILED: core tests fail under memcheck (above)"; exit 1; \
	fi; \
	echo "valgrind: passed: all $$(sed -n 's/^core: \([0-9]*\) passed.*/\1/p' \
	    $(VALGRIND_DIR)/core-tests.out) core tests under memcheck, 0 errors, 0 leaks"
