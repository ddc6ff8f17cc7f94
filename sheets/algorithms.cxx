// Template 3: the essay's algorithms. Alg 1 (how many Peter-rate users fit
// the US grid), Alg 2 (the E_eff the world needs inside world electricity,
// and the gap to it), and the cache profiles (realistic, Peter's,
// pessimistic, and the cache stripped) from the E_tok behind the body's
// 0.23 J per token; each printed figure checked, with the two the essay's
// own equations contradict.
#include <limits>

#include "../addin/common/strings.hxx"
#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
// A note over columns F to I of a row.
void side_note(Page& p, int row, const std::string& text)
{
    const std::string r = std::to_string(row);
    p.text("F" + r, text, style::note);
    p.merge("F" + r + ":I" + r);
}

struct Step
{
    const char* label;
    const char* formula;
    const char* si_unit;
    const char* shown;
    const char* unit;
    const char* format;
    const char* note;
};

// A panel of steps from row `top`: label, value (SI), SI unit, as the
// essay shows it, unit, and the algorithm's line in columns F to I.
void steps(Page& p, int top, const char* title, const std::vector<Step>& rows)
{
    const std::string t = std::to_string(top);
    p.text("A" + t, title, style::heading);
    p.text("B" + t, "Value (SI)", style::heading);
    p.text("C" + t, "SI unit", style::heading);
    p.text("D" + t, "As the essay shows", style::heading);
    p.text("E" + t, "Unit", style::heading);
    p.text("F" + t, "The essay's step", style::heading);
    p.merge("F" + t + ":I" + t);
    int row = top + 1;
    for (const Step& s : rows)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, s.label);
        p.formula("B" + r, s.formula, style::result, "0.000E+00");
        p.text("C" + r, s.si_unit);
        p.formula("D" + r, s.shown, style::result, s.format);
        p.text("E" + r, s.unit);
        side_note(p, row - 1, s.note);
    }
}

void build(Book& book)
{
    Page p = book.page(0, "Algorithms");
    p.widths({ 74, 26, 24, 24, 22, 18, 18, 20, 78 });

    p.text("A1", "The algorithms: how many fit, the gap, and the cache profiles", style::title);
    p.text("A2",
           "Source: \"Counting piano tuners, counting tokens\": Alg 1 (how many fit), Alg 2 "
           "(the gap), \"When the cache doesn't bail you out\" and Eq user_load. "
           "Yellow cells are inputs: change one and every figure follows.",
           style::note);
    p.merge("A2:I2");
    p.wrap("A2");

    // Inputs.
    p.text("A4", "Input", style::heading);
    p.text("B4", "Value", style::heading);
    p.text("C4", "Unit", style::heading);
    p.text("D4", "Catalog (POWERREF, W)", style::heading);
    p.text("F4", "Note", style::heading);
    p.merge("F4:I4");
    p.text("A5", "R: tokens per day per user (Peter's rate)");
    p.input("B5", 20e9, { 1, any_size, "Tokens per day per user: a number of 1 or more." },
            "0.00E+00");
    p.text("C5", "tokens/day");
    p.text("A6", "E_eff of the body's realistic profile");
    p.input("B6", 0.23, { 1e-12, any_size, "E_eff is an energy per token in J, more than 0." },
            "0.00");
    p.text("C6", "J/token");
    side_note(p, 5, "Peter's 603 billion tokens a month: about 20 billion a day");
    side_note(p, 6, "The body's cache-adjusted energy per nominal token, rounded to 0.23 J");
    p.text("A7", "P_budget, Alg 1: US electricity (average)");
    p.input("B7", 480e9, { 1, any_size, "A power budget in W: a number of 1 or more." },
            "0.00E+00");
    p.text("C7", "W");
    p.formula("D7", "=POWERREF(\"us_electricity\")", style::result, "0.00E+00");
    side_note(p, 7, "\"current US electricity average (480 GW)\"; default: the catalog's us_electricity");
    p.text("A8", "P_budget, Alg 2: world electricity");
    p.input("B8", 3.3e12, { 1, any_size, "A power budget in W: a number of 1 or more." },
            "0.00E+00");
    p.text("C8", "W");
    p.formula("D8", "=POWERREF(\"world_electricity\")", style::result, "0.00E+00");
    side_note(p, 8, "\"world electricity (3.3 TW)\"; default: the catalog's world_electricity");
    p.text("A9", "N_target, Alg 2: world population");
    p.input("B9", 8.1e9, { 1, any_size, "A number of users: 1 or more people." }, "0.00E+00");
    p.text("C9", "people");
    side_note(p, 9, "\"N_target = world population\", 8.1 billion");

    steps(p, 11, "Alg 1: how many fit",
          {
              { "P_user = R x E_eff / 86400", "=PUSER(B5;B6)", "W", "=B12/1E3", "kW", "0.0",
                "2. P_user <- R * E_eff / 86400" },
              { "N_max on the budget", "=NMAX(B5;B6;B7)", "people", "=B13/1E6", "million",
                "0.0", "3. N_max <- floor(P_budget / P_user)" },
          });
    steps(p, 15, "Alg 2: the gap",
          {
              { "P_user_max = P_budget / N_target", "=B8/B9", "W", "=B16", "W", "0",
                "1. P_user_max <- P_budget / N_target" },
              { "E_eff_target", "=ETARGET(B9;B5;B8)", "J/token", "=B17*1E3", "mJ/token",
                "0.00", "2. E_eff_target <- P_user_max * 86400 / R" },
              { "gap = E_eff / E_eff_target", "=GAPFACTOR(B6;B9;B5;B8)", "x", "=B18", "x", "0",
                "3. gap <- E_eff_current / E_eff_target" },
          });

    // The cache profiles, from the E_tok that gives the body's E_eff.
    p.text("A20", "E_tok behind it: E_eff / CACHEFACTOR()");
    p.formula("B20", "=B6/CACHEFACTOR()", style::result, "0.000");
    p.text("C20", "J/token");
    side_note(p, 20,
              "Realistic cache factor 0.0775: E_eff = 0.23 J needs E_tok = 2.97 J "
              "(\"around 3 J\")");
    p.text("A21", "E_tok of the essay's fleet: ETOK()");
    p.formula("B21", "=ETOK()", style::result, "0.000");
    p.text("C21", "J/token");
    side_note(p, 21, "50/50 H100 (700 W, 200 tok/s) and B200 (1000 W, 600 tok/s) at PUE 1.4");
    p.text("A22", "Cache profile (Eq cache_adjust)", style::heading);
    p.text("B22", "realistic", style::heading);
    p.text("C22", "peter", style::heading);
    p.text("D22", "pessimistic", style::heading);
    p.text("E22", "strip the cache", style::heading);
    p.text("F22", "Unit", style::heading);
    p.text("G22", "Note", style::heading);
    p.merge("G22:I22");
    const char* fields[] = { "alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h" };
    const char* field_labels[] = { "alpha_o: output share", "alpha_m: cache-miss input share",
                                   "alpha_h: cache-hit input share",
                                   "beta_m: cache-miss cost vs output",
                                   "beta_h: cache-hit cost vs output" };
    const char* profile_columns = "BCD";
    for (int f = 0; f < 5; ++f)
    {
        const std::string r = std::to_string(23 + f);
        p.text("A" + r, field_labels[f]);
        for (int c = 0; c < 3; ++c)
        {
            const std::string col(1, profile_columns[c]);
            p.formula(col + r, "=CACHEPROFILE(" + col + "$22;\"" + fields[f] + "\")",
                      style::result, "0.00");
        }
        // Strip the cache: the realistic workload, every token at full
        // output cost (both betas 1).
        if (f < 3)
            p.formula("E" + r, "=B" + r, style::result, "0.00");
        else
            p.number("E" + r, 1, style::result, "0.00");
        p.text("F" + r, f < 3 ? "share" : "x output");
    }
    p.text("G23",
           "CACHEPROFILE(name; field): the essay's profiles from the catalog. Peter: "
           "\"0.02 / 0.08 / 0.90\"; pessimistic: \"0.05 / 0.45 / 0.50\"; one beta pair for all.",
           style::note);
    p.merge("G23:I25");
    p.wrap("G23");
    p.text("G26",
           "Strip the cache: the realistic workload with every token at full output cost "
           "(beta_m = beta_h = 1), so E_eff = E_tok",
           style::note);
    p.merge("G26:I27");
    p.wrap("G26");
    struct Derived
    {
        const char* label;
        const char* formula; // with # for the profile's column
        const char* unit;
        const char* format;
    };
    const Derived derived[] = {
        { "cache factor", "=CACHEFACTOR(#23;#24;#25;#26;#27)", "", "0.0000" },
        { "E_eff", "=EEFF($B$20;#23;#24;#25;#26;#27)", "J/token", "0.000" },
        { "P_user at R", "=CONVERT(PUSER($B$5;#29);\"W\";\"kW\")", "kW", "0.0" },
        { "P_user in US households (1,248 W each)", "=PUSER($B$5;#29)/POWERREF(\"us_household\")",
          "households", "0.0" },
        { "E_eff vs the realistic profile", "=#29/$B$29", "x", "0.00" },
    };
    for (int d = 0; d < 5; ++d)
    {
        const std::string r = std::to_string(28 + d);
        p.text("A" + r, derived[d].label);
        for (char col : std::string("BCDE"))
        {
            std::string formula = derived[d].formula;
            for (std::size_t at; (at = formula.find('#')) != std::string::npos;)
                formula.replace(at, 1, std::string(1, col));
            p.formula(std::string(1, col) + r, formula, style::result, derived[d].format);
        }
        p.text("F" + r, derived[d].unit);
    }

    // The checks.
    p.page_break_before(34);
    p.text("A34", "The essay's figures beside the live ones", style::title);
    const std::string table = check_table(
        p, 35,
        {
            { "Eq user_load: P_user at 0.23 J/token", "=D12", "53", "kW", "",
              "\"20e9 x 0.23 / 86400 = 53,000 W = 53 kW continuous\"" },
            { "Alg 1: N_max on the US grid", "=D13", "9", "million", "",
              "\"N_max = 9 million\", roughly New York City" },
            { "Alg 2: P_user_max", "=D16", "407", "W", "", "\"3.3e12 / 8.1e9 = 407 W\"" },
            { "Alg 2: E_eff_target", "=D17", "1.76", "mJ/token", "",
              "\"407 x 86400 / 20e9 = 1.76 mJ/tok\"" },
            { "Alg 2: gap", "=D18", "130", "x", "", "\"0.23 / 0.00176 = 130x\"" },
            { "E_tok behind the body's 0.23 J", "=B20", "3", "J/token", "",
              "\"The 3 J number\" (the fleet defaults give ETOK() = 3.62 J, the calculator's)" },
            { "E_tok of the 50/50 fleet at PUE 1.4", "=B21", "3", "J/token", "3.6",
              "\"lands around 3 J\" is off: 1.4 x (700/200 + 1000/600) / 2 = 3.62 J, which "
              "gives E_eff = 0.280 J (the calculator's); the body's 0.23 J follows from 3 J" },
            { "realistic: cache factor", "=B28", "0.0775", "x", "",
              "\"E_tok x 0.0775\"" },
            { "realistic: E_eff", "=B29", "0.23", "J/token", "", "\"0.23 J / nominal token\"" },
            { "realistic: P_user in US households", "=B31", "40", "households", "",
              "\"forty average US households\" (42.7)" },
            { "Peter: E_eff", "=C29", "0.11", "J/token", "",
              "\"0.02 / 0.08 / 0.90 ... drops from 0.23 J/tok to 0.11 J/tok\"" },
            { "Peter: P_user", "=C30", "26", "kW", "25.4",
              "\"around 26 kW\" is off: 20e9 x 0.110 / 86400 = 25.4 kW (26 would need "
              "E_eff = 0.112 J)" },
            { "Peter: vs realistic (\"half that\")", "=C32", "0.5", "x", "",
              "\"Per-user power halves\" (0.48)" },
            { "Peter: P_user in US households", "=C31", "20", "households", "",
              "\"twenty households' worth\" (20.4)" },
            { "pessimistic: E_eff", "=D29", "0.55", "J/token", "0.297",
              "\"0.55 J/tok\" is off: 0.05 + 0.45 x 0.10 + 0.50 x 0.01 = 0.100, so E_eff = "
              "0.100 x 2.97 J = 0.297 J; 0.55 J would need a cache factor of 0.185" },
            { "pessimistic: vs realistic (\"doubles\")", "=D32", "2", "x", "1.3",
              "\"Every number doubles\" is off: the profile gives 1.29x (even the printed "
              "0.55 J would be 2.4x)" },
            { "strip the cache: vs realistic", "=E32", "13", "x", "",
              "\"the same workload costs 13x more\" (1 / 0.0775 = 12.9)" },
            { "strip the cache: P_user", "=E30", "700", "kW", "",
              "\"Closer to 700 kW per person\": 687 kW, which holds at the text's precision" },
        });
    p.wrap("A36:A53");
    p.wrap("I36:I53");
    p.align_top("A36:I53");
    all_match(p, "A3", "B3", { table });
    p.print_landscape_one_page_wide();
}

Register algorithms({ "algorithms", "The essay's algorithms and cache profiles", build });
}
}
