# make portable as a user runs it, on the paths users give: relative and
# absolute, with spaces, '#' and a non-ASCII letter, to .xlsx and to .ods.
# The copies must exist and name no tokwatt function; a missing IN and an
# OUT that is IN must fail without writing anything.
EXTRA_TESTS += test-make-portable
.PHONY: test-make-portable

test-make-portable: $(B)/tokwatt.oxt $(B)/tokwatt-office
	rm -rf "$(B)/portable check"
	mkdir -p "$(B)/portable check/in #1 é"
	cp $(B)/pkg/templates/essay-calculator.ots "$(B)/portable check/in #1 é/essay calculator.ods"
	$(MAKE) --no-print-directory portable IN="$(B)/portable check/in #1 é/essay calculator.ods" \
	    OUT="$(B)/portable check/essay calculator.xlsx"
	$(MAKE) --no-print-directory portable IN="$(B)/portable check/in #1 é/essay calculator.ods" \
	    OUT="$(CURDIR)/$(B)/portable check/in #1 é/essay calculator portable.ods"
	for copy in "$(B)/portable check/essay calculator.xlsx" \
	            "$(B)/portable check/in #1 é/essay calculator portable.ods"; do \
	    test -s "$$copy" || { echo "missing: $$copy" >&2; exit 1; }; \
	    ! unzip -p "$$copy" '*.xml' | grep -q TOKWATT \
	        || { echo "$$copy names a tokwatt function" >&2; exit 1; }; \
	done
	! $(B)/tokwatt-office portable $(B)/tokwatt.oxt $(B)/portable-profile \
	    "$(B)/portable check/no such.ods" "$(B)/portable check/never.ods" 2>/dev/null
	! $(B)/tokwatt-office portable $(B)/tokwatt.oxt $(B)/portable-profile \
	    "$(B)/portable check/in #1 é/essay calculator.ods" \
	    "$(B)/portable check/in #1 é/../in #1 é/essay calculator.ods" 2>/dev/null
	test ! -e "$(B)/portable check/never.ods"
	@echo "make portable: 2 copies written on awkward paths, 2 bad calls refused"
