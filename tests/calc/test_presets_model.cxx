// The presets suite (presets_test.hxx): power in words (POWERCOMPARE),
// presets feeding the essay's model, COHORT with named grids.
#include <cmath>
#include <string>
#include <vector>

#include "presets_test.hxx"

using namespace tokwatt;
using namespace tokwatt_test::presets;

namespace tokwatt_test
{
// POWERCOMPARE (core/tw_catalog.h, tw_powercompare and tw_powerscale):
// each band of the automatic scale at its lower bound, inside and just
// below its upper bound; every reference by name; and every case of the
// 2-significant-figure format.
void PresetsTest::power_in_words()
{
    check_text({
        // p_w < 1E8: US households (1,248 W)
        says("=POWERCOMPARE(0)", "0.0" + household),
        says("=POWERCOMPARE(1248)", "1.0" + household),
        says("=POWERCOMPARE(64900)", "52" + household), // one user: "52 households"
        says("=POWERCOMPARE(99999999)", "8.0E+04" + household), // 80,128
        // 1E8 <= p_w < 2.08E9: Hoover Dam (2.08E9 W)
        says("=POWERCOMPARE(1E8)", "0.048" + hoover),
        says("=POWERCOMPARE(1.33E9)", "0.64" + hoover), // the example
        says("=POWERCOMPARE(2.07E9)", "1.0" + hoover),  // 0.995 rounds up
        says("=POWERCOMPARE(2.0E9)", "0.96" + hoover),
        // 2.08E9 <= p_w < 4.8E10: large nuclear units (1E9 W)
        says("=POWERCOMPARE(2.08E9)", "2.1" + nuclear),
        says("=POWERCOMPARE(4E9)", "4.0" + nuclear), // "four large nuclear units"
        says("=POWERCOMPARE(4.7E10)", "47" + nuclear),
        // 4.8E10 <= p_w < 9.5E12: US electricity (4.8E11 W)
        says("=POWERCOMPARE(4.8E10)", "0.10" + us_grid),
        says("=POWERCOMPARE(264E9)", "0.55" + us_grid), // "55% of US electricity"
        says("=POWERCOMPARE(440E9)", "0.92" + us_grid),
        says("=POWERCOMPARE(9.4E12)", "20" + us_grid), // 19.58
        // 9.5E12 <= p_w < 1.74E15: world primary energy (1.9E13 W)
        says("=POWERCOMPARE(9.5E12)", "0.50" + world_pe),
        says("=POWERCOMPARE(1.786E13)", "0.94" + world_pe), // "94% of world primary"
        says("=POWERCOMPARE(4.37E14)", "23" + world_pe),    // "23x world primary"
        says("=POWERCOMPARE(1.7E15)", "89" + world_pe),     // 89.47
        // p_w >= 1.74E15: sunlight at the top of the atmosphere (1.74E17 W)
        says("=POWERCOMPARE(1.74E15)", "0.010" + sunlight),
        says("=POWERCOMPARE(1.74E17)", "1.0" + sunlight),
        says("=POWERCOMPARE(1.6E20)", "920" + sunlight), // 919.5
        says("=POWERCOMPARE(1.9E20)", "1100" + sunlight), // 1092
        says("=POWERCOMPARE(1.7E21)", "9800" + sunlight), // 9770
        says("=POWERCOMPARE(1.74E21)", "1.0E+04" + sunlight),
        says("=POWERCOMPARE(1E308)", "5.7E+290" + sunlight),

        // a reference given by name, any case
        says("=POWERCOMPARE(1.33E9;\"hoover_dam\")", "0.64" + hoover),
        says("=POWERCOMPARE(1.33E9;\"HOOVER_DAM\")", "0.64" + hoover),
        says("=POWERCOMPARE(440E9;\"us_electricity\")", "0.92" + us_grid),
        says("=POWERCOMPARE(440E9;\"world_electricity\")", "0.13" + world_el),
        says("=POWERCOMPARE(440E9;\"world_primary_energy\")", "0.023" + world_pe),
        says("=POWERCOMPARE(440E9;\"nuclear_unit\")", "440" + nuclear),
        says("=POWERCOMPARE(440E9;\"sunlight_toa\")", "2.5E-06" + sunlight),
        says("=POWERCOMPARE(4E9;\"nuclear_unit\")", "4.0" + nuclear),
        says("=POWERCOMPARE(1E8;\"us_household\")", "8.0E+04" + household),
        says("=POWERCOMPARE(0;\"sunlight_toa\")", "0.0" + sunlight),
        says("=POWERCOMPARE(1E-300;\"us_household\")", "8.0E-304" + household),
        says("=POWERCOMPARE(1E308;\"us_household\")", "8.0E+304" + household),
        // an empty name picks by size, as no name does (documented for
        // the core: "NULL or \"\" picks one by tw_powerscale")
        says("=POWERCOMPARE(1.33E9;\"\")", "0.64" + hoover),

        // the format: 2 significant figures, trailing zero kept; plain
        // when the ROUNDED multiple is 0 or in [1E-3, 1E4), else d.dE+XX
        says("=POWERCOMPARE(1248*0.0012;\"us_household\")", "0.0012" + household),
        says("=POWERCOMPARE(1248*0.001;\"us_household\")", "0.0010" + household),
        says("=POWERCOMPARE(1248*0.0009996;\"us_household\")", "0.0010" + household),
        says("=POWERCOMPARE(1248*0.00099;\"us_household\")", "9.9E-04" + household),
        says("=POWERCOMPARE(1248*0.00005;\"us_household\")", "5.0E-05" + household),
        says("=POWERCOMPARE(1248*9940;\"us_household\")", "9900" + household),
        says("=POWERCOMPARE(1248*9960;\"us_household\")", "1.0E+04" + household),
        says("=POWERCOMPARE(1248*12345;\"us_household\")", "1.2E+04" + household),
        says("=POWERCOMPARE(1248*3;\"us_household\")", "3.0" + household),
        says("=POWERCOMPARE(1248*10;\"us_household\")", "10" + household),
        says("=POWERCOMPARE(1248*99.6;\"us_household\")", "100" + household),
        says("=POWERCOMPARE(1248*0.1234;\"us_household\")", "0.12" + household),
        says("=POWERCOMPARE(1248*1.26;\"us_household\")", "1.3" + household),
        says("=POWERCOMPARE(1248*1.24;\"us_household\")", "1.2" + household),
        says("=powercompare(1.33E9)", "0.64" + hoover),
    });
}

// Presets feed the essay's model and the paper's functions.
void PresetsTest::presets_feed_the_model()
{
    Sheet& s = sheet();
    // the essay's fleet in cells, from the catalog
    s.set("A1", "=GPU(\"H100\";\"tdp_w\")");
    s.set("A2", "=GPU(\"B200\";\"tdp_w\")");
    s.set("B1", "=GPU(\"H100\";\"tokens_per_s\")");
    s.set("B2", "=GPU(\"B200\";\"tokens_per_s\")");
    s.set_text("C1", "world_electricity");
    const double peter_k = 0.02 + 0.08 * 0.10 + 0.90 * 0.01;
    const double pessimistic_k = 0.05 + 0.45 * 0.10 + 0.50 * 0.01;
    const double user_w = 20e9 * essay_etok * essay_k / 86400.0;
    check({
        ok("=ETOK(GPU(\"H100\";\"tdp_w\");GPU(\"H100\";\"tokens_per_s\"))", 1.4 * 700.0 / 200),
        ok("=ETOK(GPU(\"b200\";\"tdp_w\");GPU(\"b200\";\"tokens_per_s\");;1.2)",
           1.2 * 1000.0 / 600),
        ok("=ETOK(A1:A2;B1:B2)", essay_etok), // the default fleet, from presets
        ok("=ETOK(A1:A2;B1:B2;{0.25;0.75})", 1.4 * (0.25 * 700.0 / 200 + 0.75 * 1000.0 / 600)),
        ok("=EEFF(ETOK();CACHEPROFILE(\"peter\";\"alpha_o\");CACHEPROFILE(\"peter\";"
           "\"alpha_m\");CACHEPROFILE(\"peter\";\"alpha_h\"))",
           essay_etok * peter_k),
        ok("=EEFF(ETOK();CACHEPROFILE(\"peter\";\"alpha_o\");CACHEPROFILE(\"peter\";"
           "\"alpha_m\");CACHEPROFILE(\"peter\";\"alpha_h\");CACHEPROFILE(\"peter\";"
           "\"beta_m\");CACHEPROFILE(\"peter\";\"beta_h\"))",
           essay_etok * peter_k),
        ok("=CACHEFACTOR(CACHEPROFILE(\"pessimistic\";\"alpha_o\");CACHEPROFILE("
           "\"pessimistic\";\"alpha_m\");CACHEPROFILE(\"pessimistic\";\"alpha_h\"))",
           pessimistic_k),
        // the realistic profile is CACHEFACTOR's default
        ok("=CACHEFACTOR(CACHEPROFILE(\"realistic\";\"alpha_o\");CACHEPROFILE(\"realistic\";"
           "\"alpha_m\");CACHEPROFILE(\"realistic\";\"alpha_h\");CACHEPROFILE(\"realistic\";"
           "\"beta_m\");CACHEPROFILE(\"realistic\";\"beta_h\"))",
           essay_k),
        // grids by name, as a number or as a name
        ok("=GRIDRATIO(440E9;\"us_electricity\")", 440e9 / 480e9),
        ok("=GRIDRATIO(440E9;\"US_Electricity\")", 440e9 / 480e9),
        ok("=GRIDRATIO(440E9;POWERREF(\"us_electricity\"))", 440e9 / 480e9),
        ok("=GRIDRATIO(440E9;\"world_electricity\")", 440e9 / 3.3e12),
        ok("=GRIDRATIO(440E9;C1)", 440e9 / 3.3e12), // a name in a cell
        ok("=GRIDRATIO(440E9;\"hoover_dam\")", 440e9 / 2.08e9),
        ok("=GRIDRATIO(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())));\"world_primary_energy\")",
           8.1e9 * user_w / 1.9e13),
        ok("=KARDASHEV(POWERREF(\"sunlight_toa\"))", 1.0),
        ok("=NMAX(20E9;EEFF(ETOK());POWERREF(\"us_electricity\"))",
           std::floor(480e9 * 86400.0 / (20e9 * essay_etok * essay_k)), 0),
        ok("=ETARGET(8.1E9;20E9;POWERREF(\"world_electricity\"))",
           3.3e12 * 86400.0 / (8.1e9 * 20e9)),
        // the paper's functions from presets
        ok("=GPUDAYKWH(GPU(\"H100_PCIe\";\"tdp_w\");1.15)", 350 * 1.15 * 24 / 1000),
        ok("=GPUDAYCOST(GPU(\"H100\";\"tdp_w\");1.4;0.1)", 700 * 1.4 * 24 / 1000 * 0.1),
        ok("=ANNUALTWH(POWERREF(\"us_electricity\"))", 480e9 * hours_per_year / wh_per_twh),
        ok("=TOKENBUDGET(ANNUALTWH(POWERREF(\"us_electricity\"));5E-4)",
           480e9 * hours_per_year / 5e-4),
        ok("=EFFGAP(EEFF(ETOK()))", essay_etok * essay_k / (k_b * 300 * ln2 * 12)),
    });
    // the essay's world of agents, 8.1E9 users at 20E9 tokens a day, in
    // words: 5.26E14 W is 27.7 x world primary energy
    const double world_w = 8.1e9 * user_w;
    CPPUNIT_ASSERT(world_w / 1.9e13 > 27.5 && world_w / 1.9e13 < 28.5);
    check_text({
        says("=POWERCOMPARE(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK()))))", "28" + world_pe),
        says("=POWERCOMPARE(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())));C1)", "160" + world_el),
        says("=POWERCOMPARE(PUSER(20E9;EEFF(ETOK())))", "52" + household),
        says("=POWERCOMPARE(POWERREF(\"hoover_dam\"))", "2.1" + nuclear), // the next band
        says("=POWERCOMPARE(POWERREF(\"hoover_dam\");\"hoover_dam\")", "1.0" + hoover),
        says("=POWERCOMPARE(GPUDAYKWH(350;1.15)*1000/24)", "0.32" + household),
    });
}

// COHORT's grid_w as a POWERREF name (or a name in a cell), entered as an
// array formula: one row per cohort, each cell read back.
void PresetsTest::cohort_with_named_grids()
{
    Sheet& s = sheet();
    const double users[] = { 25000, 0, 8.1e9 };
    for (int i = 0; i < 3; ++i)
        s.set("A" + std::to_string(i + 1), users[i]);
    s.set_text("G1", "world_electricity");
    s.set_text("G2", "nope");
    const double p = 53e3;
    auto three = [&](double grid) {
        return std::vector<CohortRow>{ cohort(users[0], p, grid), cohort(users[1], p, grid),
                                       cohort(users[2], p, grid) };
    };
    const std::vector<CohortCase> cases = {
        { "=COHORT(A1:A3;53E3;\"world_primary_energy\")", three(1.9e13) },
        { "=COHORT(A1:A3;53E3;\"WORLD_PRIMARY_ENERGY\")", three(1.9e13) },
        { "=COHORT(A1:A3;53E3;\"us_electricity\")", three(480e9) },
        { "=COHORT(A1:A3;53E3;\"hoover_dam\")", three(2.08e9) },
        { "=COHORT(A1:A3;53E3;G1)", three(3.3e12) },
        { "=COHORT(A1:A3;53E3;POWERREF(\"sunlight_toa\"))", three(1.74e17) },
        { "=COHORT(8.1E9;53E3;\"world_primary_energy\")",
          { cohort(8.1e9, p, 1.9e13) } },
        rejected("=COHORT(A1:A3;53E3;\"nope\")", e502),
        rejected("=COHORT(A1:A3;53E3;G2)", e502),
        rejected("=COHORT(A1:A3;53E3;\"H100\")", e502),   // a GPU, not a reference
        rejected("=COHORT(A1:A3;53E3;\"peter\")", e502),  // a cache profile
        rejected("=COHORT(A1:A3;53E3;\"\")", e502),
        rejected("=COHORT(A1:A3;53E3;\"480E9\")", e502), // a number as text is a name
    };

    check_cohorts(s, cases);
}
}
