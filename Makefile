# tokwatt: build the Calc add-in (.oxt), run it, test it.
#   make          build build/tokwatt.oxt
#   make run      set up, install into an isolated profile, show the essay's numbers
#   make check    set up and run every test (core, and end to end in a real Calc)
#   make install  install build/tokwatt.oxt into your own LibreOffice profile
#   make portable IN=analysis.ods OUT=analysis-portable.ods
#                 write a copy whose formulas use built-in functions only
#                 (OUT ending in .xlsx writes Excel)
# `run`, `check`, `install` and `portable` first install missing Debian packages
# (tools/install-deps.sh); everything built lands in build/.

VERSION     := 0.1.0
IDENTIFIER  := org.tokwatt.calc
SERVICE     := org.tokwatt.CalcFunctions
IMPLEMENTATION := org.tokwatt.CalcFunctionsImpl

LO_PROGRAM  := /usr/lib/libreoffice/program
SDK         := /usr/lib/libreoffice/sdk
SOFFICE     := $(LO_PROGRAM)/soffice
UNOIDL_WRITE := $(SDK)/bin/unoidl-write
CPPUMAKER   := $(SDK)/bin/cppumaker
OFFICE_RDBS := $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb

PLATFORM    := linux_$(subst -,_,$(shell uname -m))
LIBRARY     := tokwatt.uno.so

B           := build
CC          ?= cc
CXX         ?= c++
CFLAGS      ?= -O2 -g
CXXFLAGS    ?= -O2 -g
WARN        := -Wall -Wextra -Werror
CORE_CFLAGS := -std=c11 -Wpedantic $(WARN) -fPIC $(CFLAGS)
UNO_DEFS    := -DUNX -DGCC -DLINUX -DCPPU_ENV=gcc3
UNO_CXXFLAGS := -std=c++17 $(WARN) -fPIC $(UNO_DEFS) -I$(SDK)/include -I$(B)/inc $(CXXFLAGS) -DTW_EXTENSION_ID=\"$(IDENTIFIER)\" -DTW_VERSION=\"$(VERSION)\"
UNO_LIBS    := -L$(SDK)/lib -Wl,-rpath,$(LO_PROGRAM) -luno_cppuhelpergcc3 -luno_cppu -luno_sal

CORE_SRC    := $(wildcard core/*.c)
CORE_OBJ    := $(CORE_SRC:%.c=$(B)/%.o)
ADDIN_SRC   := $(wildcard addin/*.cxx)
ADDIN_OBJ   := $(ADDIN_SRC:%.cxx=$(B)/%.o)
OFFICE_SRC  := $(filter-out tools/tokwatt_office.cxx,$(wildcard tools/*.cxx))
OFFICE_OBJ  := $(OFFICE_SRC:%.cxx=$(B)/%.o)
CORE_TEST_SRC := $(wildcard tests/core/*.cxx)
PORTABLE_TEST_SRC := $(wildcard tests/portable/*.cxx)
CALC_TEST_SRC := $(wildcard tests/calc/*.cxx)
INC_STAMP   := $(B)/inc/.stamp

SHEETS_SRC  := $(wildcard sheets/*.cxx)
SHEETS_OBJ  := $(SHEETS_SRC:%.cxx=$(B)/%.o)

# The portable copy: the rewriter (plain C++), the copy and the menu entry
# (UNO). The rewriter and the copy also run in tokwatt-office and the tests.
REWRITE_OBJ := $(addprefix $(B)/portable/,formula.o expanders.o rewrite.o)
COPY_OBJ    := $(REWRITE_OBJ) $(B)/portable/copy.o
PORTABLE_OBJ := $(COPY_OBJ) $(B)/portable/menu.o
PORTABLE_HDR := $(wildcard portable/*.hxx)

# The add-in alone (what builds the templates), then with the templates.
ADDIN_FILES := description.xml META-INF/manifest.xml tokwatt.components tokwatt.rdb \
               $(LIBRARY) description-en.txt release-notes-en.txt icon.png icon-hc.png LICENSE
OXT_FILES   := $(ADDIN_FILES) Paths.xcu ProtocolHandler.xcu Addons.xcu templates

# Fill @NAME@ placeholders of a packaging template.
fill = sed -e 's|@IDENTIFIER@|$(IDENTIFIER)|g' -e 's|@VERSION@|$(VERSION)|g' \
           -e 's|@PLATFORM@|$(PLATFORM)|g' \
           -e 's|@LIBRARY@|$(LIBRARY)|g' -e 's|@SERVICE@|$(SERVICE)|g' \
           -e 's|@IMPLEMENTATION@|$(IMPLEMENTATION)|g'

.PHONY: all oxt run check install portable deps test test-core test-portable test-calc clean
.DELETE_ON_ERROR:

all: oxt
oxt: $(B)/tokwatt.oxt

deps:
	@tools/install-deps.sh

run: deps
	@$(MAKE) --no-print-directory $(B)/tokwatt.oxt $(B)/tokwatt-office
	$(B)/tokwatt-office run $(B)/tokwatt.oxt $(B)/run-profile $(B)/out $(B)/pkg/templates

check: deps
	@$(MAKE) --no-print-directory test

install: deps
	@$(MAKE) --no-print-directory $(B)/tokwatt.oxt $(B)/tokwatt-office
	$(B)/tokwatt-office install $(B)/tokwatt.oxt

# A portable copy of a workbook (IN and OUT may be relative, hold spaces):
# an office with the extension on its own profile (make run's window may
# hold build/run-profile) loads IN and writes OUT.
portable: deps
	@test -n "$(IN)" -a -n "$(OUT)" \
	    || { echo "usage: make portable IN=workbook.ods OUT=copy.ods (or copy.xlsx)" >&2; exit 2; }
	@$(MAKE) --no-print-directory $(B)/tokwatt.oxt $(B)/tokwatt-office
	$(B)/tokwatt-office portable $(B)/tokwatt.oxt $(B)/portable-profile "$(IN)" "$(OUT)"

# mk/*.mk add their own quick checks to EXTRA_TESTS (robustness, templates).
EXTRA_TESTS :=
include $(sort $(wildcard mk/*.mk))

test: test-core test-portable test-calc $(EXTRA_TESTS)
test-core: $(B)/tests/core-tests
	$<
test-portable: $(B)/tests/portable-tests
	$<
test-calc: $(B)/tests/calc-tests $(B)/tokwatt.oxt
	$< $(B)/tokwatt.oxt $(B)/test-profile $(B)/pkg/templates

# --- the UNO interface, written from the function table -------------------
$(B)/write_idl: idl/write_idl.cxx addin/function_table.cxx addin/function_table.hxx
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) -o $@ idl/write_idl.cxx addin/function_table.cxx

$(B)/idl/XCalcFunctions.idl: $(B)/write_idl
	@mkdir -p $(@D)
	$< > $@

$(B)/tokwatt.rdb: $(B)/idl/XCalcFunctions.idl
	$(UNOIDL_WRITE) $(OFFICE_RDBS) $< $@

$(INC_STAMP): $(B)/tokwatt.rdb
	rm -rf $(B)/inc
	$(CPPUMAKER) -Gc -O$(abspath $(B)/inc) $(OFFICE_RDBS) $(abspath $<)
	touch $@

# --- the core, the component, the extension ---------------------------------
$(B)/core/%.o: core/%.c $(wildcard core/*.h)
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -c $< -o $@

$(B)/libtokwatt-core.a: $(CORE_OBJ)
	$(AR) rcs $@ $^

$(B)/addin/%.o: addin/%.cxx $(wildcard addin/*.hxx) $(wildcard core/*.h) $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -fvisibility=hidden -c $< -o $@
$(B)/addin/addin_info.o: portable/menu.hxx

# The rewriter needs no UNO headers; the copy and the menu entry do.
$(REWRITE_OBJ): $(B)/portable/%.o: portable/%.cxx $(PORTABLE_HDR) addin/function_table.hxx \
                                    $(wildcard core/*.h)
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) -fPIC -fvisibility=hidden $(CXXFLAGS) -c $< -o $@
$(B)/portable/copy.o $(B)/portable/menu.o: $(B)/portable/%.o: portable/%.cxx $(PORTABLE_HDR) \
                                                              $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -fvisibility=hidden -c $< -o $@

$(B)/pkg/$(LIBRARY): $(ADDIN_OBJ) $(PORTABLE_OBJ) $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -shared -Wl,--no-undefined -Wl,-z,defs -o $@ $(ADDIN_OBJ) $(PORTABLE_OBJ) \
	    $(B)/libtokwatt-core.a $(UNO_LIBS) -lm

$(B)/pkg/description.xml: addin/package/description.xml.in Makefile
	@mkdir -p $(@D)
	$(fill) $< > $@
$(B)/pkg/META-INF/manifest.xml: addin/package/manifest.xml.in Makefile
	@mkdir -p $(@D)
	$(fill) $< > $@
$(B)/pkg/tokwatt.components: addin/package/tokwatt.components.in Makefile
	@mkdir -p $(@D)
	$(fill) $< > $@
$(B)/pkg/tokwatt.rdb: $(B)/tokwatt.rdb
	cp $< $@
$(B)/pkg/description-en.txt: addin/package/description-en.txt
	cp $< $@
$(B)/pkg/release-notes-en.txt: addin/package/release-notes-en.txt
	cp $< $@
# The Extension Manager's icons, 42x42, drawn from their SVG sources.
$(B)/pkg/icon.png $(B)/pkg/icon-hc.png: $(B)/pkg/%.png: addin/package/%.svg
	@mkdir -p $(@D)
	rsvg-convert -w 42 -h 42 -o $@ $<
$(B)/pkg/LICENSE: LICENSE
	cp $< $@

$(B)/pkg/Paths.xcu: addin/package/Paths.xcu
	cp $< $@
$(B)/pkg/ProtocolHandler.xcu: addin/package/ProtocolHandler.xcu
	cp $< $@
$(B)/pkg/Addons.xcu: addin/package/Addons.xcu
	cp $< $@

$(B)/tokwatt-addin.oxt: $(addprefix $(B)/pkg/,$(ADDIN_FILES))
	rm -f $@
	cd $(B)/pkg && zip -q -X -r ../tokwatt-addin.oxt $(ADDIN_FILES)

# The template workbooks, built in a real Calc with the add-in installed.
$(B)/pkg/templates: $(B)/build-templates $(B)/tokwatt-addin.oxt
	rm -rf $@ $(B)/template-profile
	$(B)/build-templates $(B)/tokwatt-addin.oxt $(B)/template-profile $@.tmp
	mv $@.tmp $@

$(B)/tokwatt.oxt: $(addprefix $(B)/pkg/,$(OXT_FILES))
	rm -f $@
	cd $(B)/pkg && zip -q -X -r ../tokwatt.oxt $(OXT_FILES)

# --- the office driver (make run, make install) and the tests ----------------
$(B)/tools/%.o: tools/%.cxx $(wildcard tools/*.hxx) $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -c $< -o $@
$(B)/tools/tokwatt_office.o: portable/copy.hxx

$(B)/tokwatt-office: $(B)/tools/tokwatt_office.o $(OFFICE_OBJ) $(COPY_OBJ) \
                    $(B)/addin/function_table.o $(B)/libtokwatt-core.a
	$(CXX) -o $@ $^ $(UNO_LIBS) -lm

$(B)/sheets/%.o: sheets/%.cxx $(wildcard sheets/*.hxx) $(wildcard tools/*.hxx) $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -c $< -o $@

$(B)/build-templates: $(SHEETS_OBJ) $(OFFICE_OBJ)
	$(CXX) -o $@ $^ $(UNO_LIBS)

$(B)/tests/core-tests: $(CORE_TEST_SRC) $(wildcard tests/core/*.hxx) tests/run_suites.hxx $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) $(CXXFLAGS) -o $@ $(CORE_TEST_SRC) $(B)/libtokwatt-core.a \
	    -lcppunit -lm

$(B)/tests/portable-tests: $(PORTABLE_TEST_SRC) $(wildcard tests/portable/*.hxx) tests/run_suites.hxx $(REWRITE_OBJ) \
                           $(B)/addin/function_table.o $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) $(CXXFLAGS) -o $@ $(PORTABLE_TEST_SRC) $(REWRITE_OBJ) \
	    $(B)/addin/function_table.o $(B)/libtokwatt-core.a -lcppunit -lm

$(B)/tests/calc-tests: $(CALC_TEST_SRC) $(wildcard tests/calc/*.hxx) tests/run_suites.hxx $(OFFICE_OBJ) $(INC_STAMP) \
                       $(B)/addin/function_table.o $(COPY_OBJ) $(B)/libtokwatt-core.a \
                       $(PORTABLE_HDR)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -o $@ $(CALC_TEST_SRC) $(OFFICE_OBJ) $(COPY_OBJ) \
	    $(B)/addin/function_table.o $(B)/libtokwatt-core.a $(UNO_LIBS) -lcppunit -lm

clean:
	rm -rf $(B)
