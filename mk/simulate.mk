# make simulate as a user runs it, on the workbooks in tests/simulate/: a
# product of three ranges gives a report with TW_SIM_SUMMARY (read back
# from OUT's XML) and leaves IN byte-identical, with no lock file or
# partial file left beside IN or OUT; with CSV=1 every trial goes to a CSV
# beside OUT (header of the report's names, a row per trial) instead of
# the Trials sheet; a bad range, a workbook without SIMOUTPUT and an
# invalid correlation matrix each fail with a message saying what is
# wrong, and write no report.
EXTRA_TESTS += test-make-simulate
.PHONY: test-make-simulate

SIM_CHECK := $(B)/simulate check

# $(call refused,WORKBOOK,WORDS): make simulate fails on it, saying WORDS.
define refused
	! $(MAKE) --no-print-directory simulate IN=tests/simulate/$(1) \
	    OUT="$(SIM_CHECK)/never.ods" TRIALS=200 > "$(SIM_CHECK)/$(1).log" 2>&1 \
	    || { cat "$(SIM_CHECK)/$(1).log"; echo "make simulate: $(1) was not refused" >&2; exit 1; }
	grep -q -- "$(2)" "$(SIM_CHECK)/$(1).log" \
	    || { cat "$(SIM_CHECK)/$(1).log"; echo "make simulate: $(1): no word of \"$(2)\"" >&2; exit 1; }
	test ! -e "$(SIM_CHECK)/never.ods"
endef

test-make-simulate: $(B)/tokwatt.oxt $(B)/tokwatt-office
	rm -rf "$(SIM_CHECK)" && mkdir -p "$(SIM_CHECK)"
	cp tests/simulate/product.fods "$(SIM_CHECK)/in.fods"
	$(MAKE) --no-print-directory simulate IN="$(SIM_CHECK)/in.fods" \
	    OUT="$(SIM_CHECK)/report.ods" TRIALS=2000 SEED=3 > "$(SIM_CHECK)/product.log" 2>&1 \
	    || { cat "$(SIM_CHECK)/product.log"; exit 1; }
	cmp tests/simulate/product.fods "$(SIM_CHECK)/in.fods"
	unzip -p "$(SIM_CHECK)/report.ods" content.xml | grep -q 'table:name="TW_SIM_SUMMARY"'
	unzip -p "$(SIM_CHECK)/report.ods" content.xml | grep -q 'table:name="TW_SIM_SENSITIVITY"'
	grep -q "2000 trials of 3 uncertain inputs and 1 output " "$(SIM_CHECK)/product.log"
	grep -q 'Report: sheet "Simulation" of /.*/$(SIM_CHECK)/report.ods$$' "$(SIM_CHECK)/product.log"
	unzip -p "$(SIM_CHECK)/report.ods" content.xml | grep -q 'table:name="Trials"'
	$(MAKE) --no-print-directory simulate IN="$(SIM_CHECK)/in.fods" \
	    OUT="$(SIM_CHECK)/with csv.ods" TRIALS=500 CSV=1 > "$(SIM_CHECK)/csv.log" 2>&1 \
	    || { cat "$(SIM_CHECK)/csv.log"; exit 1; }
	test "$$(head -n 1 "$(SIM_CHECK)/with csv-trials.csv")" \
	    = 'trial,$$Model.$$A$$1,$$Model.$$A$$2,$$Model.$$A$$3,product'
	test "$$(wc -l < "$(SIM_CHECK)/with csv-trials.csv")" = 501
	grep -q '^500,[0-9.e+-]*,[0-9.e+-]*,[0-9.e+-]*,[0-9.e+-]*$$' "$(SIM_CHECK)/with csv-trials.csv"
	! unzip -p "$(SIM_CHECK)/with csv.ods" content.xml | grep -q 'table:name="Trials"'
	cmp tests/simulate/product.fods "$(SIM_CHECK)/in.fods"
	test -z "$$(ls -A "$(SIM_CHECK)" | grep -e '^\.~')"
	$(call refused,bad-range.fods,\$$Model.\$$A\$$2)
	$(call refused,no-output.fods,no SIMOUTPUT)
	$(call refused,bad-correlation.fods,TW_SIM_CORRELATION)
	@echo "make simulate: a report written, IN untouched, the trials as a CSV on request;" \
	      "a bad range, no output and a bad correlation matrix refused with a message"
