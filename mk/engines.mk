# Independent engines recalculate every portable copy the Calc tests make
# (tests/calc/test_portable.cxx: each template's and the exercise
# workbook's, .xlsx and .ods, at the defaults and after each input change,
# stored with what the add-in shows beside it):
#   Gnumeric (ssconvert, Debian)       .xlsx and .ods, 1E-12 relative
#   HyperFormula (npm, pinned, node)   .xlsx (read with SheetJS) and .ods
#                                      (tests/engines/ods_sheets.js), default
#                                      configuration, to the 11 digits it
#                                      returns (tests/engines/hyperformula_check.js)
#   Gnumeric's validity rules          every rule of the .xlsx copies (defaults)
#                                      kept when Gnumeric reads them, but the
#                                      list rules (README says why)
# Each fails when a cell differs.
# npm ci installs tests/engines/package-lock.json into build/engines.
EXTRA_TESTS += test-engines
.PHONY: test-engines

ENGINE_CASES := $(B)/test-profile-work/engines
ENGINE_NODE  := $(B)/engines/node_modules/.package-lock.json

$(ENGINE_NODE): tests/engines/package.json tests/engines/package-lock.json
	@mkdir -p $(B)/engines
	cp tests/engines/package.json tests/engines/package-lock.json $(B)/engines/
	cd $(B)/engines && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-engines: test-calc $(ENGINE_NODE)
	@ls $(ENGINE_CASES)/*.xlsx >/dev/null 2>&1 \
	    || { echo "test-engines: no portable copies in $(ENGINE_CASES)" >&2; exit 1; }
	python3 tests/engines/gnumeric_check.py --quiet $(ENGINE_CASES)/*.xlsx $(ENGINE_CASES)/*.ods
	python3 tests/engines/gnumeric_rules.py --quiet $(ENGINE_CASES)/*-0.xlsx
	NODE_PATH=$(CURDIR)/$(B)/engines/node_modules \
	    node tests/engines/hyperformula_check.js --quiet $(ENGINE_CASES)/*.xlsx $(ENGINE_CASES)/*.ods
