# The released library must load where description.xml says it runs: on
# the oldest system tokwatt supports, Debian 12 with LibreOffice 7.4. A
# library built on a newer system can need symbol versions that one lacks
# (built on Debian 13 it needed GLIBC_2.38, __isoc23_strtol): there the
# Extension Manager registers it and every cell shows #NAME?, with no word
# of why. test-glibc reads the versions build/pkg/tokwatt.uno.so needs
# (objdump -T) and fails on any above Debian 12's, naming the symbols:
#   GLIBC_      glibc 2.36
#   GLIBCXX_    libstdc++ of gcc 12: 3.4.30     CXXABI_  1.3.13
#   LIBO_UDK_   LibreOffice 7.4's UNO libraries (the minimal version)
GLIBC_MAX    ?= 2.36
GLIBCXX_MAX  ?= 3.4.30
CXXABI_MAX   ?= 1.3.13
LIBO_UDK_MAX ?= 7.4

EXTRA_TESTS += test-glibc
.PHONY: test-glibc

test-glibc: $(B)/pkg/$(LIBRARY)
	@objdump -T $< > $(B)/symbol-versions.txt
	@awk -v limits="GLIBC_=$(GLIBC_MAX) GLIBCXX_=$(GLIBCXX_MAX) CXXABI_=$(CXXABI_MAX) LIBO_UDK_=$(LIBO_UDK_MAX)" ' \
	    function above(v, max,   a, b, i, n) { \
	        n = split(v, a, "."); split(max, b, "."); \
	        for (i = 1; i <= (n > 3 ? n : 3); i++) \
	            if (a[i] + 0 != b[i] + 0) return a[i] + 0 > b[i] + 0; \
	        return 0 } \
	    BEGIN { np = split(limits, l, " "); \
	            for (i = 1; i <= np; i++) { split(l[i], kv, "="); name[i] = kv[1]; max[kv[1]] = kv[2] } } \
	    /\*UND\*/ { \
	        for (i = 1; i <= np; i++) { p = name[i]; \
	            if (match($$0, "[( ]" p "[0-9][0-9.]*[) ]")) { \
	                v = substr($$0, RSTART + 1 + length(p), RLENGTH - 2 - length(p)); \
	                if (!(p in top) || above(v, top[p])) top[p] = v; \
	                if (above(v, max[p])) bad[++nbad] = "  " p v "  " $$NF } } } \
	    END { for (i = 1; i <= np; i++) { p = name[i]; \
	              printf "glibc: highest %s version needed: %s (Debian 12: %s)\n", p, \
	                     (p in top) ? p top[p] : "none", max[p] } \
	          if (nbad) { print "glibc: FAILED: " nbad " symbol(s) need versions Debian 12 with" \
	                            " LibreOffice 7.4 lacks (build on the oldest supported system):"; \
	                      for (i = 1; i <= nbad; i++) print bad[i]; exit 1 } }' \
	    $(B)/symbol-versions.txt
	@echo "glibc: $(LIBRARY) needs nothing newer than Debian 12 and LibreOffice 7.4 have"
