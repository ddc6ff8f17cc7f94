# The build cannot go stale: every object records the headers it includes
# (-MMD -MP), so a changed header rebuilds exactly what includes it. Checked
# by making each header newer than the library and asking make (-q) whether
# the library is out of date: every header of the shipped code (core/,
# addin/) must make it so, no header of the harness (tools/, sources/,
# sheets/, tests/) may. Each header gets its own time back afterwards.
EXTRA_TESTS += test-header-deps
.PHONY: test-header-deps

SHIPPED_HDR := $(wildcard core/*.h addin/*.hxx addin/*/*.hxx)
HARNESS_HDR := $(wildcard tools/*.hxx sources/*.hxx sheets/*.hxx tests/*/*.hxx)

# $(call stale,HEADER): 0 when HEADER made newer leaves the library out of date.
stale = cp -p $(1) $(B)/header-time && touch $(1) && sleep 0.01; \
        $(MAKE) --no-print-directory -q $(B)/pkg/$(LIBRARY) 2>/dev/null; rc=$$?; \
        touch -r $(B)/header-time $(1); rm -f $(B)/header-time; test $$rc -ne 0

test-header-deps: $(B)/pkg/$(LIBRARY)
	@for h in $(SHIPPED_HDR); do \
	    ( $(call stale,$$h) ) \
	    || { echo "header deps: FAILED: touching $$h does not rebuild $(LIBRARY)"; exit 1; }; \
	done
	@for h in $(HARNESS_HDR); do \
	    ! ( $(call stale,$$h) ) \
	    || { echo "header deps: FAILED: $(LIBRARY) depends on the harness header $$h"; exit 1; }; \
	done
	@echo "header deps: each of $(words $(SHIPPED_HDR)) shipped headers rebuilds $(LIBRARY);" \
	      "none of $(words $(HARNESS_HDR)) harness headers does"
