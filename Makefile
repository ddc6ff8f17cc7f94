# tokwatt: build the Calc add-in (.oxt), run it, test it.
#   make          build build/tokwatt.oxt
#   make run      set up, install into an isolated profile, show the essay's numbers
#   make check    set up and run every test (core, and end to end in a real Calc)
#   make install  install build/tokwatt.oxt into your own LibreOffice profile
#   make portable IN=analysis.ods OUT=analysis-portable.ods
#                 write a copy whose formulas use built-in functions only
#                 (OUT ending in .xlsx writes Excel)
#   make simulate IN=model.ods OUT=report.ods [TRIALS=10000] [SEED=1] [CSV=1 | TRIALS_CSV=path]
#                 simulate the UNCERTAIN inputs of IN, report in OUT (every
#                 trial in its sheet "Trials", or with CSV=1 in a CSV beside OUT)
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

DEPFLAGS    := -MMD -MP
PLAIN_CXXFLAGS := -std=c++17 $(WARN) -fPIC -fvisibility=hidden $(CXXFLAGS)

# What ships in tokwatt.uno.so, by layer: the core (C); the function table
# and the rewriter (plain C++, also read by write_idl and the tools); the
# UNO component (the Calc functions, the portable copy and its menu entry).
CORE_SRC    := $(wildcard core/*.c)
CORE_OBJ    := $(CORE_SRC:%.c=$(B)/%.o)
TABLE_OBJ   := $(B)/addin/function_table.o
REWRITE_OBJ := $(addprefix $(B)/addin/portable/,formula.o expanders.o rewrite.o)
CALC_OBJ    := $(patsubst %.cxx,$(B)/%.o,$(wildcard addin/calc/*.cxx))
COMMON_OBJ  := $(patsubst %.cxx,$(B)/%.o,$(wildcard addin/common/*.cxx))
COPY_OBJ    := $(TABLE_OBJ) $(REWRITE_OBJ) $(COMMON_OBJ) $(B)/addin/portable/copy.o
SIMULATE_OBJ := $(patsubst %.cxx,$(B)/%.o,$(wildcard addin/simulate/*.cxx))
ADDIN_OBJ   := $(B)/addin/component.o $(CALC_OBJ) $(COPY_OBJ) $(B)/addin/portable/menu.o \
               $(SIMULATE_OBJ)

# The office driver and harness (tools/), the texts' printed figures
# (sources/), the templates (sheets/) and the tests: never shipped.
OFFICE_SRC  := $(filter-out tools/tokwatt_office.cxx,$(wildcard tools/*.cxx))
OFFICE_OBJ  := $(OFFICE_SRC:%.cxx=$(B)/%.o)
FIGURES_OBJ := $(patsubst %.cxx,$(B)/%.o,$(wildcard sources/*.cxx))
SHEETS_OBJ  := $(patsubst %.cxx,$(B)/%.o,$(wildcard sheets/*.cxx))
CORE_TEST_OBJ := $(patsubst %.cxx,$(B)/%.o,$(wildcard tests/core/*.cxx))
PORTABLE_TEST_OBJ := $(patsubst %.cxx,$(B)/%.o,$(wildcard tests/portable/*.cxx))
CALC_TEST_OBJ := $(patsubst %.cxx,$(B)/%.o,$(wildcard tests/calc/*.cxx))
INC_STAMP   := $(B)/inc/.stamp

# Objects that need no UNO headers (so they build before the IDL exists);
# every other C++ object includes the headers cppumaker writes.
PLAIN_OBJ   := $(TABLE_OBJ) $(REWRITE_OBJ) $(B)/idl/write_idl.o $(FIGURES_OBJ) \
               $(CORE_TEST_OBJ) $(PORTABLE_TEST_OBJ)
UNO_OBJ     := $(filter-out $(PLAIN_OBJ),$(ADDIN_OBJ) $(OFFICE_OBJ) $(B)/tools/tokwatt_office.o \
               $(SHEETS_OBJ) $(CALC_TEST_OBJ))
ALL_OBJ     := $(CORE_OBJ) $(PLAIN_OBJ) $(UNO_OBJ)

# The add-in alone (what builds the templates), then with the templates.
ADDIN_FILES := description.xml META-INF/manifest.xml tokwatt.components tokwatt.rdb \
               $(LIBRARY) description-en.txt release-notes-en.txt icon.png icon-hc.png LICENSE
OXT_FILES   := $(ADDIN_FILES) Paths.xcu ProtocolHandler.xcu Addons.xcu templates

# Fill @NAME@ placeholders of a packaging template.
fill = sed -e 's|@IDENTIFIER@|$(IDENTIFIER)|g' -e 's|@VERSION@|$(VERSION)|g' \
           -e 's|@PLATFORM@|$(PLATFORM)|g' \
           -e 's|@LIBRARY@|$(LIBRARY)|g' -e 's|@SERVICE@|$(SERVICE)|g' \
           -e 's|@IMPLEMENTATION@|$(IMPLEMENTATION)|g'

.PHONY: all oxt run check install portable simulate deps test test-core test-portable test-calc clean
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

# A simulation of a workbook's UNCERTAIN inputs, run inside the office on a
# copy of IN; the report (sheets Simulation and Trials) is written to OUT.
# CSV=1 writes every trial to OUT's name with -trials.csv instead of the
# Trials sheet, TRIALS_CSV=path to that file.
TRIALS ?= 10000
SEED   ?= 1
CSV    ?=
TRIALS_CSV ?=
simulate: deps
	@test -n "$(IN)" -a -n "$(OUT)" \
	    || { echo "usage: make simulate IN=model.ods OUT=report.ods [TRIALS=10000] [SEED=1] [CSV=1 | TRIALS_CSV=path]" >&2; exit 2; }
	@$(MAKE) --no-print-directory $(B)/tokwatt.oxt $(B)/tokwatt-office
	$(B)/tokwatt-office simulate $(B)/tokwatt.oxt $(B)/simulate-profile "$(IN)" "$(OUT)" \
	    "$(TRIALS)" "$(SEED)" $(if $(TRIALS_CSV),"$(TRIALS_CSV)",$(if $(filter 1,$(CSV)),--beside))

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

# --- compiling: every object records the headers it includes (-MMD -MP) --
$(CORE_OBJ): $(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) $(DEPFLAGS) -c $< -o $@
$(PLAIN_OBJ): $(B)/%.o: %.cxx
	@mkdir -p $(@D)
	$(CXX) $(PLAIN_CXXFLAGS) $(DEPFLAGS) -c $< -o $@
$(UNO_OBJ): $(B)/%.o: %.cxx | $(INC_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(UNO_CXXFLAGS) -fvisibility=hidden $(DEPFLAGS) -c $< -o $@
-include $(ALL_OBJ:.o=.d)

# --- the UNO interface, written from the function table -------------------
$(B)/write_idl: $(B)/idl/write_idl.o $(TABLE_OBJ)
	$(CXX) -o $@ $^

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
$(B)/libtokwatt-core.a: $(CORE_OBJ)
	$(AR) rcs $@ $^

$(B)/pkg/$(LIBRARY): $(ADDIN_OBJ) $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -shared -Wl,--no-undefined -Wl,-z,defs -o $@ $(ADDIN_OBJ) \
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

# In the .oxt the templates are in templates/tokwatt/: a template folder's
# subfolder is a category of the Template Manager, named as the folder.
$(B)/tokwatt.oxt: $(addprefix $(B)/pkg/,$(OXT_FILES))
	rm -rf $@ $(B)/oxt-templates
	mkdir -p $(B)/oxt-templates/templates
	cp -r $(B)/pkg/templates $(B)/oxt-templates/templates/tokwatt
	cd $(B)/pkg && zip -q -X -r ../tokwatt.oxt $(filter-out templates,$(OXT_FILES))
	cd $(B)/oxt-templates && zip -q -X -r ../tokwatt.oxt templates

# --- the office driver (make run, make install) and the tests ----------------
$(B)/tokwatt-office: $(B)/tools/tokwatt_office.o $(OFFICE_OBJ) $(FIGURES_OBJ) $(COPY_OBJ) \
                    $(B)/libtokwatt-core.a
	$(CXX) -o $@ $^ $(UNO_LIBS) -lm

$(B)/build-templates: $(SHEETS_OBJ) $(OFFICE_OBJ) $(FIGURES_OBJ) $(B)/libtokwatt-core.a
	$(CXX) -o $@ $^ $(UNO_LIBS) -lm

$(B)/tests/core-tests: $(CORE_TEST_OBJ) $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -o $@ $^ -lcppunit -lm

$(B)/tests/portable-tests: $(PORTABLE_TEST_OBJ) $(REWRITE_OBJ) $(TABLE_OBJ) $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -o $@ $^ -lcppunit -lm

$(B)/tests/calc-tests: $(CALC_TEST_OBJ) $(OFFICE_OBJ) $(FIGURES_OBJ) $(COPY_OBJ) \
                       $(B)/libtokwatt-core.a
	@mkdir -p $(@D)
	$(CXX) -o $@ $^ $(UNO_LIBS) -lcppunit -lm

clean:
	rm -rf $(B)
