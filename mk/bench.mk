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

$(BENCH_DIR)/bench-calc: bench/bench_calc.cxx $(wildcard tools/*.hxx) $(OFFICE_OBJ) $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -o $@ $< $(OFFICE_OBJ) $(UNO_LIBS)

bench-core: $(BENCH_DIR)/bench-core
	$<

bench: $(BENCH_DIR)/bench-core $(BENCH_DIR)/bench-calc $(B)/tokwatt.oxt
	$(BENCH_DIR)/bench-core --tsv > $(BENCH_DIR)/core.tsv
	$(BENCH_DIR)/bench-calc $(B)/tokwatt.oxt $(BENCH_PROFILE) --core $(BENCH_DIR)/core.tsv \
	    $(addprefix --templates ,$(BENCH_TEMPLATES)) $(BENCH_ARGS) > $(BENCH_DIR)/report.txt; \
	    status=$$?; cat $(BENCH_DIR)/report.txt; exit $$status
