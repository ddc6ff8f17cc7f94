// Template 1: the essay's calculator. Its Inputs (tokens per day per user,
// population, B200 share of the fleet, PUE, alpha_o, alpha_h with alpha_m
// derived, beta_h) and its Derived panel, live; a chart of E_eff against
// the cache-hit share (the essay's slider); the panel's printed figures
// checked.
#include <limits>

#include "../core/tokwatt.h"
#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"
#include "number_text.hxx"

namespace tokwatt::templates
{
namespace
{
void model(Page& p);

// The calculator at the reader's inputs, and its twin at the essay's.
void build(Book& book) { book.twins(0, "Calculator", 1, "Calculator, essay inputs", model); }

void model(Page& p)
{
    p.widths({ 80, 28, 26, 26, 20, 22, 18, 18, 56 }); // F: units such as "households"

    p.next();
    p.text('A', "The essay's calculator: the power one Peter-rate user draws", style::title);
    p.next();
    p.text('A',
           "Source: \"Counting piano tuners, counting tokens\", its Inputs and Derived panel. "
               + p.inputs_note(),
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();

    // Inputs, as the essay's calculator lists them.
    p.headers({ "Input", "Value", "Unit" });
    inputs(p, {
                  { "R", "Tokens per day per user (Peter's 603B a month)", 20e9,
                    { 0, any_size, "Tokens per day: a number of 0 or more." }, "0.00E+00",
                    "tokens/day" },
                  { "N", "Population", 8.1e9,
                    { 0, any_size, "Population: a number of people, 0 or more." }, "0.00E+00",
                    "people" },
                  { "b200_share", "B200 share of the fleet (H100 the rest)", 0.5,
                    { 0, 1, "The B200 share is a fraction from 0 to 1." }, "0%", "share" },
                  { "pue", "PUE (datacenter overhead)", 1.4,
                    { 1, 10, "PUE is at least 1 (no overhead) and at most 10." }, "0.00" },
                  { "alpha_o", "alpha_o: share of tokens that are output", 0.05,
                    { 0, 1, "alpha_o is a share from 0 to 1." }, "0.00" },
                  { "alpha_h", "alpha_h: share that are cache-hit input", 0.75,
                    { 0, 1, "alpha_h is a share from 0 to 1 - alpha_o: alpha_o + alpha_h at most 1.",
                      "1-{$alpha_o}" },
                    "0.00" },
              });
    p.next();
    p.text('A', "alpha_m: share that are cache-miss input (derived)");
    p.formula('B', "=1-{alpha_o}-{alpha_h}", style::result, "0.00");
    p.key("alpha_m", p.at('B'));
    p.condition("AND(ISNUMBER({alpha_o});ISNUMBER({alpha_h});{alpha_m}<0)",
                "\"alpha_o + alpha_h exceed 1: alpha_m would be \"&" + fixed_text("{alpha_m}", 2));
    inputs(p, {
                  { "beta_h", "beta_h: cost of a cache hit vs an output token", 0.01,
                    { 0, 10, "beta_h is a cost ratio from 0 to 10." }, "0.000" },
                  { "beta_m", "beta_m: cost of a cache miss vs an output token", 0.10,
                    { 0, 10, "beta_m is a cost ratio from 0 to 10." }, "0.00" },
              });

    // The fleet behind E_tok (Eq token_energy).
    p.next();
    p.headers({ "GPU (Eq token_energy)", "Power (W)", "Throughput (tokens/s)", "Fleet share",
                "Catalog power (W)" });
    const int first_gpu = p.row() + 1;
    for (const char* gpu : { "H100", "B200" })
    {
        const bool h100 = gpu == std::string("H100");
        p.next();
        p.text('A', gpu);
        p.input('B', h100 ? 700 : 1000, { 0, any_size, "GPU power in W, 0 or more." });
        p.input('C', h100 ? 200 : 600, { 1e-9, any_size, "Throughput in tokens/s, more than 0." });
        p.formula('D', h100 ? "=1-{b200_share}" : "={b200_share}", style::result, "0%");
        p.formula('E', "=GPU(\"" + std::string(gpu) + "\";\"tdp_w\")");
    }
    // The fleet's columns: power, throughput, share.
    for (char column : { 'B', 'C', 'D' })
        p.key(std::string("fleet_") + column, cell(column, first_gpu) + ":" + p.at(column));

    // The Derived panel: SI values chained, and the essay's units beside.
    p.next();
    p.headers({ "Derived", "Value (SI)", "SI unit", "As the essay shows", "Unit" });
    panel(p, {
                 { "e_tok", "E_tok (naive)", "=ETOK({fleet_B};{fleet_C};{fleet_D};{pue})",
                   "J/token", "0.000", "={e_tok}", "J/token" },
                 { "e_eff", "E_eff (after cache)",
                   "=EEFF({e_tok};{alpha_o};;{alpha_h};{beta_m};{beta_h})", "J/token", "0.000",
                   "={e_eff}", "J/token" },
                 { "cheaper", "cheaper than naive", "={e_tok}/{e_eff}", "x", "0.0", "={cheaper}",
                   "x" },
                 { "p_user", "P_user", "=PUSER({R};{e_eff})", "W", "0.0", "={p_user}/1E3",
                   "kW" },
                 { "households", "P_user in US households",
                   "={p_user}/POWERREF(\"us_household\")", "households", "0", "={households}",
                   "households" },
                 { "p_pop", "P_pop", "=PPOP({N};{p_user})", "W", "0.00", "={p_pop}/1E12", "TW" },
                 { "vs_us", "vs US electricity (480 GW)",
                   "=GRIDRATIO({p_pop};\"us_electricity\")", "x", "0.0", "={vs_us}", "x" },
                 { "vs_world", "vs world primary energy (19 TW)",
                   "=GRIDRATIO({p_pop};\"world_primary_energy\")", "x", "0.0", "={vs_world}",
                   "x" },
                 { "k1", "Kardashev fraction K_1", "=KARDASHEV({p_pop})", "", "0.00E+00",
                   "={k1}", "" },
             });
    p.next();
    p.text('A', "In words");
    p.formula('B', "=POWERCOMPARE({p_pop})");
    p.merge('B', 'E');

    p.next();
    p.page_break_before(p.row() + 1);
    const std::string table = check_table(
        p,
        {
            { "E_tok (naive)", "={e_tok_shown}", "3.62", "J/token", "", "Derived panel" },
            { "E_eff (after cache)", "={e_eff_shown}", "0.280", "J/token", "", "Derived panel" },
            { "cheaper than naive", "={cheaper_shown}", "13", "x", "", "\"13x cheaper\"" },
            { "P_user", "={p_user_shown}", "64.9", "kW", "", "Derived panel" },
            { "P_user in US households", "={households_shown}", "52", "households", "",
              "\"52 households\"" },
            { "P_pop", "={p_pop_shown}", "525.55", "TW", "", "Derived panel" },
            { "vs US electricity", "={vs_us_shown}", "1094.9", "x", "", "Derived panel" },
            { "vs world primary energy", "={vs_world_shown}", "27.7", "x", "", "Derived panel" },
            { "weighs this many times human energy use", "={vs_world_shown}", "28", "x", "",
              "\"28x total human energy use\"" },
            { "Kardashev fraction K_1", "={k1_shown}", "3.02E-3", "", "", "Derived panel" },
        });
    // The essay's slider: E_eff as the cache-hit share runs from 0 to all
    // the input that is not output (alpha_m takes the rest).
    p.next(3);
    p.page_break_before(p.row());
    p.text('A', "The essay's slider: E_eff against the cache-hit share", style::title);
    p.headers({ "alpha_h (share)", "E_eff (J/token)" });
    const int slider_top = p.row();
    for (int i = 0; i <= 20; ++i)
    {
        p.next();
        p.formula('A', "=(1-{$alpha_o})*" + std::to_string(i) + "/20", style::result, "0.00");
        p.formula('B', "=EEFF({$e_tok};{$alpha_o};;" + p.at('A') + ";{$beta_m};{$beta_h})",
                  style::result, "0.000");
    }
    p.chart({ "EeffByCacheHits", cell('C', slider_top) + ":" + p.at('I'),
              "E_eff against the cache-hit share", "alpha_h: share of tokens that are cache hits",
              "E_eff (J per nominal token)", cell('A', slider_top) + ":" + p.at('B'), true, false,
              true, 0 });

    // Carbon and water: the energies above (P_user and P_pop over a year and
    // a day) through CO2E and WATER, on a grid the reader picks.
    p.next(3);
    p.page_break_before(p.row());
    p.text('A', "Carbon and water: one Peter-rate user and the population, on a chosen grid",
           style::title);
    p.headers({ "Input", "Value", "Unit" });
    p.next();
    p.text('A', "Grid (a catalog name: its carbon intensity)");
    p.choice('B', "grid_world", catalog_names(TW_PRESET_GRID),
             "The grid is one of the catalog's grid names: grid_world, grid_us, grid_eu, ...");
    p.merge('B', 'C');
    p.key("grid", p.at('B'));
    p.next();
    p.headers({ "Carbon and water", "Value (SI)", "SI unit", "Shown as", "Unit" });
    panel(p, {
                 { "grid_g", "Carbon intensity of the grid", "=CO2E(3600000;{grid})", "g/kWh",
                   "0.0" },
                 { "co2_user", "One user's CO2e per year (P_user over 365 days)",
                   "=CO2E({p_user}*86400*365;{grid})", "g", "0.0", "={co2_user}/1E6",
                   "t CO2e/year" },
                 { "water_user", "One user's water per day (on-site and off-site)",
                   "=WATER({p_user}*86400;;;{pue})",
                   "L", "0.00", "={water_user}/1E3", "m3/day" },
                 { "co2_pop", "The population's CO2e per year (N users)",
                   "=CO2E({p_pop}*86400*365;{grid})", "g", "0", "={co2_pop}/1E15",
                   "Gt CO2e/year" },
                 { "water_pop", "The population's water per day",
                   "=WATER({p_pop}*86400;;;{pue})",
                   "L", "0.0", "={water_pop}/1E12", "km3/day" },
             });
    p.name("TW_CARBON_USER_G_PER_YEAR", p.ref("co2_user"));
    p.name("TW_WATER_USER_L_PER_DAY", p.ref("water_user"));
    p.name("TW_CARBON_POP_G_PER_YEAR", p.ref("co2_pop"));
    p.name("TW_WATER_POP_L_PER_DAY", p.ref("water_pop"));
    p.next();
    note(p, 'A', 'I',
         "CO2E: kWh at the wall times the grid's g/kWh (grid_world is the IEA's CO2 from "
         "generation, the other rows Ember's lifecycle CO2e; PRESETINFO gives each source). "
         "WATER: on-site cooling water (water_onsite_us, per kWh of IT energy: the energy "
         "divided by the PUE above) plus the power plants' water (water_offsite_world, per kWh "
         "at the wall). N is the population input above.",
         3);

    all_match(p, verdict, { table });
    p.print_landscape_one_page_wide();
}

Register essay_calculator({ "essay-calculator", "The essay's calculator", build });
}
}
