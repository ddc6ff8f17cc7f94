// Template 1: the essay's calculator. Its Inputs (tokens per day per user,
// population, B200 share of the fleet, PUE, alpha_o, alpha_h with alpha_m
// derived, beta_h) and its Derived panel, live; a chart of E_eff against
// the cache-hit share (the essay's slider); the panel's printed figures
// checked.
#include <limits>

#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
void build(Book& book)
{
    Page p = book.page(0, "Calculator");
    p.widths({ 84, 28, 26, 26, 20, 18, 18, 18, 56 });

    p.text("A1", "The essay's calculator: the power one Peter-rate user draws", style::title);
    p.text("A2",
           "Source: \"Counting piano tuners, counting tokens\", its Inputs and Derived panel. "
           "Yellow cells are inputs: change one and every figure follows.",
           style::note);

    // Inputs, as the essay's calculator lists them.
    p.text("A4", "Input", style::heading);
    p.text("B4", "Value", style::heading);
    p.text("C4", "Unit", style::heading);
    p.text("A5", "Tokens per day per user (Peter's 603B a month)");
    p.input("B5", 20e9, { 0, any_size, "Tokens per day: a number of 0 or more." }, "0.00E+00");
    p.text("C5", "tokens/day");
    p.text("A6", "Population");
    p.input("B6", 8.1e9, { 0, any_size, "Population: a number of people, 0 or more." },
            "0.00E+00");
    p.text("C6", "people");
    p.text("A7", "B200 share of the fleet (H100 the rest)");
    p.input("B7", 0.5, { 0, 1, "The B200 share is a fraction from 0 to 1." }, "0%");
    p.text("C7", "share");
    p.text("A8", "PUE (datacenter overhead)");
    p.input("B8", 1.4, { 1, 10, "PUE is at least 1 (no overhead) and at most 10." }, "0.00");
    p.text("A9", "alpha_o: share of tokens that are output");
    p.input("B9", 0.05, { 0, 1, "alpha_o is a share from 0 to 1." }, "0.00");
    p.text("A10", "alpha_h: share that are cache-hit input");
    p.input("B10", 0.75, { 0, 1, "alpha_h is a share from 0 to 1; alpha_o + alpha_h at most 1." },
            "0.00");
    p.text("A11", "alpha_m: share that are cache-miss input (derived)");
    p.formula("B11", "=1-B9-B10", style::result, "0.00");
    p.text("A12", "beta_h: cost of a cache hit vs an output token");
    p.input("B12", 0.01, { 0, 10, "beta_h is a cost ratio from 0 to 10." }, "0.000");
    p.text("A13", "beta_m: cost of a cache miss vs an output token");
    p.input("B13", 0.10, { 0, 10, "beta_m is a cost ratio from 0 to 10." }, "0.00");

    // The fleet behind E_tok (Eq token_energy).
    p.text("A15", "GPU (Eq token_energy)", style::heading);
    p.text("B15", "Power (W)", style::heading);
    p.text("C15", "Throughput (tokens/s)", style::heading);
    p.text("D15", "Fleet share", style::heading);
    p.text("E15", "Catalog power (W)", style::heading);
    p.text("A16", "H100");
    p.input("B16", 700, { 0, any_size, "GPU power in W, 0 or more." });
    p.input("C16", 200, { 1e-9, any_size, "Throughput in tokens/s, more than 0." });
    p.formula("D16", "=1-B7", style::result, "0%");
    p.formula("E16", "=GPU(\"H100\";\"tdp_w\")");
    p.text("A17", "B200");
    p.input("B17", 1000, { 0, any_size, "GPU power in W, 0 or more." });
    p.input("C17", 600, { 1e-9, any_size, "Throughput in tokens/s, more than 0." });
    p.formula("D17", "=B7", style::result, "0%");
    p.formula("E17", "=GPU(\"B200\";\"tdp_w\")");

    // The Derived panel: SI values chained, and the essay's units beside.
    p.text("A19", "Derived", style::heading);
    p.text("B19", "Value (SI)", style::heading);
    p.text("C19", "SI unit", style::heading);
    p.text("D19", "As the essay shows", style::heading);
    p.text("E19", "Unit", style::heading);
    struct Derived
    {
        const char* label;
        const char* formula;
        const char* si_unit;
        const char* shown;
        const char* unit;
        const char* format;
    };
    const Derived derived[] = {
        { "E_tok (naive)", "=ETOK(B16:B17;C16:C17;D16:D17;B8)", "J/token", "=B20", "J/token",
          "0.000" },
        { "E_eff (after cache)", "=EEFF(B20;B9;;B10;B13;B12)", "J/token", "=B21", "J/token",
          "0.000" },
        { "cheaper than naive", "=B20/B21", "x", "=B22", "x", "0.0" },
        { "P_user", "=PUSER(B5;B21)", "W", "=B23/1E3", "kW", "0.0" },
        { "P_user in US households", "=B23/POWERREF(\"us_household\")", "households", "=B24",
          "households", "0" },
        { "P_pop", "=PPOP(B6;B23)", "W", "=B25/1E12", "TW", "0.00" },
        { "vs US electricity (480 GW)", "=GRIDRATIO(B25;\"us_electricity\")", "x", "=B26", "x",
          "0.0" },
        { "vs world primary energy (19 TW)", "=GRIDRATIO(B25;\"world_primary_energy\")", "x",
          "=B27", "x", "0.0" },
        { "Kardashev fraction K_1", "=KARDASHEV(B25)", "", "=B28", "", "0.00E+00" },
    };
    int row = 20;
    for (const Derived& d : derived)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, d.label);
        p.formula("B" + r, d.formula, style::result, "0.000E+00");
        p.text("C" + r, d.si_unit);
        p.formula("D" + r, d.shown, style::result, d.format);
        p.text("E" + r, d.unit);
    }
    p.text("A29", "In words");
    p.formula("B29", "=POWERCOMPARE(B25)");
    p.merge("B29:E29");

    p.page_break_before(31);
    const std::string table = check_table(
        p, 31,
        {
            { "E_tok (naive)", "=D20", "3.62", "J/token", "", "Derived panel" },
            { "E_eff (after cache)", "=D21", "0.280", "J/token", "", "Derived panel" },
            { "cheaper than naive", "=D22", "13", "x", "", "\"13x cheaper\"" },
            { "P_user", "=D23", "64.9", "kW", "", "Derived panel" },
            { "P_user in US households", "=D24", "52", "households", "", "\"52 households\"" },
            { "P_pop", "=D25", "525.55", "TW", "", "Derived panel" },
            { "vs US electricity", "=D26", "1094.9", "x", "", "Derived panel" },
            { "vs world primary energy", "=D27", "27.7", "x", "", "Derived panel" },
            { "weighs this many times human energy use", "=D27", "28", "x", "",
              "\"28x total human energy use\"" },
            { "Kardashev fraction K_1", "=D28", "3.02E-3", "", "", "Derived panel" },
        });
    // The essay's slider: E_eff as the cache-hit share runs from 0 to all
    // the input that is not output (alpha_m takes the rest).
    p.page_break_before(45);
    p.text("A45", "The essay's slider: E_eff against the cache-hit share", style::title);
    p.text("A46", "alpha_h (share)", style::heading);
    p.text("B46", "E_eff (J/token)", style::heading);
    for (int i = 0; i <= 20; ++i)
    {
        const std::string r = std::to_string(47 + i);
        p.formula("A" + r, "=(1-$B$9)*" + std::to_string(i) + "/20", style::result, "0.00");
        p.formula("B" + r, "=EEFF($B$20;$B$9;;A" + r + ";$B$13;$B$12)", style::result, "0.000");
    }
    p.chart({ "EeffByCacheHits", "C46:I67", "E_eff against the cache-hit share",
              "alpha_h: share of tokens that are cache hits", "E_eff (J per nominal token)",
              "A46:B67", true, false, true, 0 });

    all_match(p, "A3", "B3", { table });
    p.print_landscape_one_page_wide();
}

Register essay_calculator({ "essay-calculator", "The essay's calculator", build });
}
}
