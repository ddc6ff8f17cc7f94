# make bench: the benchmark (bench/), never part of `make check`.
#   make bench        build bench-core and bench-calc, run both, print one table
#   make bench-core   the core alone, ns per call
# BENCH_ARGS passes options to bench-calc (e.g. BENCH_ARGS="--rows 10000").
# Prints PASS/MISS per target; fails only when a value is wrong or the
# office cannot run, not on a missed target.

BENCH_ARGS      ?=
BENCH_DIR       := $(B)/bench
BENCH_PROFILE   := $(B)/bench-profile
BENCH_TEMPLATES := sheets $(B)/templates $(B)/pkg/templates

.PHONY: bench bench-core

$(BENCH_DIR)/bench-core: bench/bench_core.c $(wildcard core/*.h) $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -o $@ $< $(B)/libtokwatt-core.a -lm

# bench-calc: the office timing engine and one file per measured scenario
# (bench/*.cxx), each object recording the headers it includes (-MMD -MP).
BENCH_CALC_OBJ  := $(patsubst %.cxx,$(B)/%.o,$(wildcard bench/*.cxx))

$(BENCH_CALC_OBJ): $(B)/%.o: %.cxx | $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) $(DEPFLAGS) -c $< -o $@
-include $(BENCH_CALC_OBJ:.o=.d)

$(BENCH_DIR)/bench-calc: $(BENCH_CALC_OBJ) $(OFFICE_OBJ)
	@mkdir -p $(@D)
	$(CXX) -o $@ $^ $(UNO_LIBS)

bench-core: $(BENCH_DIR)/bench-core
	$<

bench: $(BENCH_DIR)/bench-core $(BENCH_DIR)/bench-calc $(B)/tokwatt.oxt
	$(BENCH_DIR)/bench-core --tsv > $(BENCH_DIR)/core.tsv
	$(BENCH_DIR)/bench-calc $(B)/tokwatt.oxt $(BENCH_PROFILE) --core $(BENCH_DIR)/core.tsv \
	    $(addprefix --templates ,$(BENCH_TEMPLATES)) $(BENCH_ARGS) > $(BENCH_DIR)/report.txt; \
	    status=$$?; cat $(BENCH_DIR)/report.txt; exit $$status
