// The presets suite (presets_test.hxx): the paper's equations and the
// facility floor, and results that fit although an intermediate does not.
#include "presets_test.hxx"

using namespace tokwatt;
using namespace tokwatt_test::presets;

namespace tokwatt_test
{
// The paper's equations (core/tw_paper.h) and the facility floor
// (core/tw_facility.h): every figure the issue quotes, the defaults, and
// the optional arguments omitted, in the middle and given.
void PresetsTest::paper_and_facility()
{
    const double floor_bit = k_b * 300 * ln2; // Eq 1, J per bit at 300 K
    check({
        // Eq 1-2: E_min = k_B T ln 2 b; defaults 300 K, 1 bit
        ok("=LANDAUER()", k_b * 300 * ln2),
        ok("=LANDAUER(;)", k_b * 300 * ln2),
        ok("=LANDAUER(300;12)", k_b * 300 * ln2 * 12),
        ok("=LANDAUER(;12)", k_b * 300 * ln2 * 12),
        ok("=LANDAUER(77)", k_b * 77 * ln2),
        ok("=LANDAUER(77;)", k_b * 77 * ln2),
        ok("=LANDAUER(300;0)", 0.0), // no bits erased
        ok("=LANDAUER(300;TRUE())", k_b * 300 * ln2),
        ok("=landauer()", k_b * 300 * ln2), // function names: any case
        // the paper's printed figures: 2.871E-21 J and 3.445E-20 J
        ok("=ROUND(LANDAUER()*1E24;0)", 2871, 0),
        ok("=ROUND(LANDAUER(300;12)*1E23;0)", 3445, 0),

        // Eq 4: gap = E_tok / (k_B T ln 2 b); defaults 12 bits, 300 K
        ok("=EFFGAP(1.8)", 1.8 / (k_b * 300 * ln2 * 12)),
        ok("=EFFGAP(1.8;;)", 1.8 / (k_b * 300 * ln2 * 12)),
        ok("=EFFGAP(5E-4*3600)", 5e-4 * 3600 / (k_b * 300 * ln2 * 12)),
        ok("=EFFGAP(1.8;1)", 1.8 / floor_bit),
        ok("=EFFGAP(1.8;;77)", 1.8 / (k_b * 77 * ln2 * 12)),
        ok("=EFFGAP(1.8;8;77)", 1.8 / (k_b * 77 * ln2 * 8)),
        ok("=EFFGAP(LANDAUER(300;12))", 1.0),
        ok("=EFFGAP(0)", 0.0),
        // a floor that underflows to 0, with no energy: no gap (documented)
        ok("=EFFGAP(0;1E-300;1E-300)", 0.0),
        ok("=ROUND(EFFGAP(1.8)/1E17;0)", 522, 0), // the paper's 5.22E19

        // Eq 8: N_tok = E_year 1E12 / e_tok
        ok("=TOKENBUDGET(326;5E-4)", 326 * wh_per_twh / 5e-4),
        ok("=TOKENBUDGET(65;5E-4)", 65 * wh_per_twh / 5e-4),
        ok("=TOKENBUDGET(0;5E-4)", 0.0),
        ok("=TOKENBUDGET(\"326\";5E-4)", 326 * wh_per_twh / 5e-4), // Calc converts
        // Table 1's Landauer-limited tokens: the US grid's 4,178 TWh at
        // the 12-bit floor in Wh
        ok("=TOKENBUDGET(4178;LANDAUER(300;12)/3600)",
           4178 * wh_per_twh / (k_b * 300 * ln2 * 12 / 3600)),

        // Eq 9: n = N_tok / (N D); defaults 8.0E9 people, 365 days
        ok("=TOKENSPERCAPITA(65;5E-4)", 65 * wh_per_twh / 5e-4 / (population * days)),
        ok("=TOKENSPERCAPITA(326;5E-4)", 326 * wh_per_twh / 5e-4 / (population * days)),
        ok("=TOKENSPERCAPITA(65;5E-4;;)", 65 * wh_per_twh / 5e-4 / (population * days)),
        ok("=TOKENSPERCAPITA(65;5E-4;8E9;365)",
           65 * wh_per_twh / 5e-4 / (population * days)),
        ok("=TOKENSPERCAPITA(65;5E-4;1E9)", 65 * wh_per_twh / 5e-4 / (1e9 * days)),
        ok("=TOKENSPERCAPITA(65;5E-4;;366)", 65 * wh_per_twh / 5e-4 / (population * 366)),
        ok("=TOKENSPERCAPITA(65;5E-4;1;1)", 65 * wh_per_twh / 5e-4),
        ok("=TOKENSPERCAPITA(0;5E-4)", 0.0),
        ok("=ROUND(TOKENSPERCAPITA(65;5E-4);0)", 44521, 0),   // the paper's 44,521
        ok("=ROUND(TOKENSPERCAPITA(326;5E-4);0)", 223288, 0), // ... and 223,288

        // Eq 14-15, Table 2: q = N_tok / (t_q N D)
        ok("=QUESTIONBUDGET(326;5E-4;100)",
           326 * wh_per_twh / 5e-4 / (100 * population * days)),
        ok("=ROUND(QUESTIONBUDGET(326;5E-4;100);0)", 2233, 0), // the paper's 2,233
        ok("=QUESTIONBUDGET(65;5E-4;1000)",
           65 * wh_per_twh / 5e-4 / (1000 * population * days)),
        ok("=QUESTIONBUDGET(165;5E-4;250)",
           165 * wh_per_twh / 5e-4 / (250 * population * days)),
        ok("=QUESTIONBUDGET(650;5E-4;500)",
           650 * wh_per_twh / 5e-4 / (500 * population * days)),
        ok("=QUESTIONBUDGET(326;5E-4;100;;)",
           326 * wh_per_twh / 5e-4 / (100 * population * days)),
        ok("=QUESTIONBUDGET(326;5E-4;100;1E9)",
           326 * wh_per_twh / 5e-4 / (100 * 1e9 * days)),
        ok("=QUESTIONBUDGET(326;5E-4;100;;1)",
           326 * wh_per_twh / 5e-4 / (100 * population)),
        ok("=QUESTIONBUDGET(326;5E-4;100;2;3)", 326 * wh_per_twh / 5e-4 / (100 * 2 * 3)),
        ok("=QUESTIONBUDGET(326;5E-4;100)*100",
           326 * wh_per_twh / 5e-4 / (population * days)), // = TOKENSPERCAPITA
        ok("=QUESTIONBUDGET(0;5E-4;100)", 0.0),

        // Section 3.2: P = E_year 1E12 / 8760 and back
        ok("=AVGPOWER(4178)", 4178 * wh_per_twh / hours_per_year),
        ok("=ROUND(AVGPOWER(4178)/1E9;0)", 477, 0), // the essay's "480 GW"
        ok("=AVGPOWER(0)", 0.0),
        ok("=ANNUALTWH(480E9)", 480e9 * hours_per_year / wh_per_twh),
        ok("=ANNUALTWH(AVGPOWER(4178))", 4178),
        ok("=AVGPOWER(ANNUALTWH(3.3E12))", 3.3e12),
        ok("=ANNUALTWH(0)", 0.0),
        ok("=ANNUALTWH(1E308)", 1e308 * hours_per_year / wh_per_twh), // no overflow

        // Chapter VI: E_day = P PUE 24 / 1000, C_day = E_day price
        ok("=GPUDAYKWH(350;1.15)", 350 * 1.15 * 24 / 1000),
        ok("=GPUDAYKWH(700;1)", 700 * 24.0 / 1000),
        ok("=GPUDAYKWH(0;1.15)", 0.0),
        ok("=GPUDAYCOST(350;1.15;0.10)", 350 * 1.15 * 24 / 1000 * 0.10),
        ok("=GPUDAYCOST(350;1.15;0.20)", 350 * 1.15 * 24 / 1000 * 0.20),
        ok("=GPUDAYCOST(350;1.15;0)", 0.0),
        ok("=ROUND(GPUDAYKWH(350;1.15);2)", 9.66, 0),
        ok("=ROUND(GPUDAYCOST(350;1.15;0.1);2)", 0.97, 0), // "about $0.97"
        ok("=ROUND(GPUDAYCOST(350;1.15;0.2);2)", 1.93, 0), // "about $1.93"
    });
}

// Results that fit in a double although an intermediate product does
// not (or underflows): core/tw_paper.h and tw_facility.h promise #NUM!
// only when "the result is not finite", and the essay's functions were
// fixed for the same early overflow (test_functions.cxx).
void PresetsTest::results_that_fit()
{
    check({
        ok("=TOKENBUDGET(1E300;1E10)", 1e302),
        ok("=TOKENSPERCAPITA(1E300;1E10;1;1)", 1e302),
        ok("=TOKENSPERCAPITA(1E288;1;1E300;1E10)", 1e-10),
        ok("=QUESTIONBUDGET(1E300;1E10;1;1;1)", 1e302),
        ok("=QUESTIONBUDGET(1E88;1;1E200;1E200;1E-300)", 1.0),
        ok("=GPUDAYKWH(1E307;100)", 1e307 * (100 * 24.0 / 1000)),
        ok("=GPUDAYCOST(1E307;100;0.5)", 1e307 * (100 * 24.0 / 1000 * 0.5)),
        ok("=LANDAUER(1E-300;1E300)", k_b * ln2),
        ok("=EFFGAP(1E-23;1E300;1E-300)", 1e-23 / (k_b * ln2)),
    });
}

CPPUNIT_TEST_SUITE_REGISTRATION(PresetsTest);
}
