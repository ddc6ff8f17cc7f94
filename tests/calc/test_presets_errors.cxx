// The presets suite (presets_test.hxx): every kind of bad input to every
// function of the paper, the facility floor and the catalog, with the error
// Calc really shows.
#include "presets_test.hxx"

using namespace tokwatt;
using namespace tokwatt_test::presets;

namespace tokwatt_test
{
// Every kind of bad input to every new function, with the error Calc
// really shows.
void PresetsTest::bad_inputs()
{
    Sheet& s = sheet();
    s.set_text("E1", "abc"); // a text cell
    // E2 stays empty
    s.set("E3", 300.0);
    s.set("E4", "=1/0");     // an error cell
    s.set("H1", 300.0); s.set("H2", 12.0);
    s.set_text("J1", "H100"); s.set_text("J2", "B200");
    s.set_text("J3", "hoover_dam");
    s.set_text("J4", "us_electricity");
    check({
        // --- text where a plain number (IDL double) is needed: #VALUE!
        err("=EFFGAP(\"abc\")", value),
        err("=EFFGAP(E1)", value),
        err("=TOKENBUDGET(\"abc\";5E-4)", value),
        err("=TOKENBUDGET(326;\"abc\")", value),
        err("=TOKENSPERCAPITA(\"abc\";5E-4)", value),
        err("=TOKENSPERCAPITA(65;E1)", value),
        err("=QUESTIONBUDGET(\"abc\";5E-4;100)", value),
        err("=QUESTIONBUDGET(326;5E-4;\"abc\")", value),
        err("=AVGPOWER(\"abc\")", value),
        err("=AVGPOWER(E1)", value),
        err("=ANNUALTWH(\"abc\")", value),
        err("=GPUDAYKWH(\"abc\";1.15)", value),
        err("=GPUDAYKWH(350;\"abc\")", value),
        err("=GPUDAYCOST(350;1.15;\"abc\")", value),
        err("=GPUDAYCOST(\"abc\";1.15;0.1)", value),
        err("=POWERCOMPARE(\"abc\")", value),
        err("=POWERCOMPARE(E1;\"hoover_dam\")", value),
        err("=GPUDAYKWH(GPU(\"H100\";\"tdp_w\")&\"W\";1.15)", value),

        // --- text where an optional number is read: Err:502, even a
        // number written as text (the Any gets the text itself)
        err("=LANDAUER(\"abc\")", e502),
        err("=LANDAUER(;\"abc\")", e502),
        err("=LANDAUER(\"300\")", e502),
        err("=LANDAUER(E1)", e502),
        err("=EFFGAP(1.8;\"abc\")", e502),
        err("=EFFGAP(1.8;;\"abc\")", e502),
        err("=EFFGAP(1.8;\"12\")", e502),
        err("=TOKENSPERCAPITA(65;5E-4;\"abc\")", e502),
        err("=TOKENSPERCAPITA(65;5E-4;;\"abc\")", e502),
        err("=TOKENSPERCAPITA(65;5E-4;\"\")", e502),
        err("=QUESTIONBUDGET(326;5E-4;100;\"abc\")", e502),
        err("=QUESTIONBUDGET(326;5E-4;100;;E1)", e502),
        // ... and a larger range where one number is needed
        err("=LANDAUER(H1:H2)", e502),
        ok("=LANDAUER(H1:H1;H2)", k_b * 300 * ln2 * 12), // a one-cell range is fine
        ok("=LANDAUER(E3)", k_b * 300 * ln2),

        // --- a number, not a name, where a preset name (IDL string) is
        // needed: Calc does not refuse it, it reaches the add-in as text
        // ("5") that names no preset: Err:502
        err("=POWERREF(5)", e502),
        err("=GPU(5;\"tdp_w\")", e502),
        err("=GPU(\"H100\";5)", e502),
        err("=CACHEPROFILE(1;\"alpha_o\")", e502),
        err("=CACHEPROFILE(\"peter\";0.02)", e502),
        err("=POWERREF(TRUE())", e502),
        err("=POWERREF(E3)", e502), // a number cell
        // ... and where an optional name is read: a number is a power for
        // GRIDRATIO (documented) but no name for POWERCOMPARE
        ok("=GRIDRATIO(440E9;480E9)", 440e9 / 480e9),
        err("=GRIDRATIO(440E9;\"480E9\")", e502), // text is a name, never a number
        err("=GRIDRATIO(440E9;\"nope\")", e502),
        err("=GRIDRATIO(440E9;\"H100\")", e502),
        err("=GRIDRATIO(440E9;\"\")", e502),
        err("=GRIDRATIO(440E9;E1)", e502),
        ok("=GRIDRATIO(440E9;J4)", 440e9 / 480e9), // a name in a cell
        ok("=GRIDRATIO(440E9;E3:E3)", 440e9 / 300), // a number in a one-cell range
        ok("=GRIDRATIO(440E9;J4:J4)", 440e9 / 480e9), // a name in a one-cell range

        // --- values outside the domains: Err:502
        err("=LANDAUER(0)", e502),
        err("=LANDAUER(-300)", e502),
        err("=LANDAUER(300;-1)", e502),
        err("=LANDAUER(E2)", e502), // an empty cell arrives as 0 K
        err("=EFFGAP(-1)", e502),
        err("=EFFGAP(1.8;0)", e502),
        err("=EFFGAP(1.8;-12)", e502),
        err("=EFFGAP(1.8;12;0)", e502),
        err("=EFFGAP(1.8;12;-300)", e502),
        err("=TOKENBUDGET(-1;5E-4)", e502),
        err("=TOKENBUDGET(326;0)", e502),
        err("=TOKENBUDGET(326;-5E-4)", e502),
        err("=TOKENBUDGET(326;E2)", e502), // an empty cell is 0 Wh
        ok("=TOKENBUDGET(E2;5E-4)", 0.0),
        err("=TOKENSPERCAPITA(-65;5E-4)", e502),
        err("=TOKENSPERCAPITA(65;0)", e502),
        err("=TOKENSPERCAPITA(65;5E-4;0)", e502),
        err("=TOKENSPERCAPITA(65;5E-4;-8E9)", e502),
        err("=TOKENSPERCAPITA(65;5E-4;;0)", e502),
        err("=TOKENSPERCAPITA(65;5E-4;;-365)", e502),
        err("=QUESTIONBUDGET(-326;5E-4;100)", e502),
        err("=QUESTIONBUDGET(326;0;100)", e502),
        err("=QUESTIONBUDGET(326;5E-4;0)", e502),
        err("=QUESTIONBUDGET(326;5E-4;-100)", e502),
        err("=QUESTIONBUDGET(326;5E-4;100;0)", e502),
        err("=QUESTIONBUDGET(326;5E-4;100;;0)", e502),
        err("=AVGPOWER(-1)", e502),
        ok("=AVGPOWER(E2)", 0.0),
        err("=ANNUALTWH(-1)", e502),
        err("=GPUDAYKWH(-350;1.15)", e502),
        err("=GPUDAYKWH(350;0.99)", e502),
        err("=GPUDAYKWH(350;0)", e502),
        err("=GPUDAYCOST(-350;1.15;0.1)", e502),
        err("=GPUDAYCOST(350;0.5;0.1)", e502),
        err("=GPUDAYCOST(350;1.15;-0.1)", e502),
        err("=GPUDAYCOST(350;1.15;E1)", value),

        // --- results beyond a double: #NUM!
        err("=LANDAUER(1E308;1E308)", num),
        err("=EFFGAP(1E308;1E-300)", num),
        err("=EFFGAP(1;1E-300;1E-300)", num), // a floor that underflows to 0
        err("=TOKENBUDGET(1E308;1E-300)", num),
        err("=TOKENSPERCAPITA(1E308;1E-300)", num),
        err("=TOKENSPERCAPITA(1E290;1;1E-30;1E-10)", num), // only the last division
        err("=QUESTIONBUDGET(1E308;1E-300;1)", num),
        err("=QUESTIONBUDGET(1E290;1;1E-10;1E-10;1E-10)", num),
        err("=AVGPOWER(1E308)", num),
        err("=GPUDAYKWH(1E308;1E3)", num),
        err("=GPUDAYCOST(1E306;1;1E10)", num),
        // ... and large values that still fit
        ok("=TOKENBUDGET(1E290;1E-6)", 1e290 * wh_per_twh / 1e-6),
        ok("=AVGPOWER(1E300)", 1e300 * wh_per_twh / hours_per_year),
        ok("=GPUDAYKWH(1E300;1)", 1e300 * 24 / 1000),

        // --- an error value as an argument: Calc propagates its own code
        err("=LANDAUER(1/0)", div0),
        err("=EFFGAP(E4)", div0),
        err("=TOKENBUDGET(NA();5E-4)", calc_error::na),
        err("=GPU(1/0;\"tdp_w\")", div0),
        err("=POWERREF(NA())", calc_error::na),
        err("=CACHEPROFILE(\"peter\";E4)", div0),
        err("=GPUDAYKWH(GPU(\"nope\";\"tdp_w\");1.15)", e502),
        err("=ETOK(GPU(\"A100\";\"tdp_w\");GPU(\"A100\";\"tokens_per_s\"))", e502),

        // --- required arguments omitted, or too many: Calc's Err:504
        err("=LANDAUER(1;2;3)", e504),
        err("=EFFGAP()", e504),
        err("=EFFGAP(1;2;3;4)", e504),
        err("=TOKENBUDGET(326)", e504),
        err("=TOKENBUDGET()", e504),
        err("=TOKENBUDGET(1;2;3)", e504),
        err("=TOKENSPERCAPITA(65)", e504),
        err("=TOKENSPERCAPITA(65;5E-4;1;1;1)", e504),
        err("=QUESTIONBUDGET(326;5E-4)", e504),
        err("=QUESTIONBUDGET(326;5E-4;100;1;1;1)", e504),
        err("=AVGPOWER()", e504),
        err("=AVGPOWER(1;2)", e504),
        err("=ANNUALTWH()", e504),
        err("=GPUDAYKWH(350)", e504),
        err("=GPUDAYKWH(350;1.15;0.1)", e504),
        err("=GPUDAYCOST(350;1.15)", e504),
        err("=GPUDAYCOST(350;1.15;0.1;1)", e504),
        err("=GPU(\"H100\")", e504),
        err("=GPU()", e504),
        err("=GPU(\"H100\";\"tdp_w\";1)", e504),
        err("=POWERREF()", e504),
        err("=POWERREF(\"hoover_dam\";1)", e504),
        err("=CACHEPROFILE(\"peter\")", e504),
        err("=CACHEPROFILE(\"peter\";\"alpha_o\";1)", e504),
        // --- an empty argument slot where a number or a name is needed:
        // Calc hands the add-in nothing it can call with (Err:502)
        err("=TOKENBUDGET(;5E-4)", e502),
        err("=GPUDAYCOST(350;;0.1)", e502),
        err("=GPU(;\"tdp_w\")", e502),
        err("=CACHEPROFILE(\"peter\";)", e502),
    });
    check_text({
        // POWERCOMPARE's reference: text only, a known power reference
        text_err("=POWERCOMPARE(-1)", e502),
        text_err("=POWERCOMPARE(-1;\"hoover_dam\")", e502),
        text_err("=POWERCOMPARE(1E9;\"nope\")", e502),
        text_err("=POWERCOMPARE(1E9;\"H100\")", e502),  // a GPU
        text_err("=POWERCOMPARE(1E9;\"peter\")", e502), // a cache profile
        text_err("=POWERCOMPARE(1E9;\"hoover dam\")", e502),
        text_err("=POWERCOMPARE(1E9;5)", e502),     // a number is not a name
        text_err("=POWERCOMPARE(1E9;E3)", e502),    // nor a number cell
        text_err("=POWERCOMPARE(1E9;J1:J2)", e502), // nor a range
        text_err("=POWERCOMPARE(1E9;1/0)", div0),
        text_err("=POWERCOMPARE()", e504),
        text_err("=POWERCOMPARE(1;\"hoover_dam\";1)", e504),
        text_err("=POWERCOMPARE(;\"hoover_dam\")", e502),
        says("=POWERCOMPARE(1E9;J3)", "0.48" + hoover), // a name in a cell
        says("=POWERCOMPARE(1E9;J3:J3)", "0.48" + hoover), // ... in a one-cell range
        text_err("=POWERCOMPARE(1E9;E2)", e502),           // an empty cell
        says("=POWERCOMPARE(1E9;)", "0.48" + hoover),      // an empty slot: omitted
        // PRESETINFO and TOKWATTVERSION
        text_err("=PRESETINFO(5)", e502),
        text_err("=PRESETINFO()", e504),
        text_err("=PRESETINFO(\"H100\";1)", e504),
        text_err("=PRESETINFO(1/0)", div0),
        text_err("=TOKWATTVERSION(1)", e504),
    });
}
}
