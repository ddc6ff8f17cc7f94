// Template 3: the essay's algorithms. Alg 1 (how many Peter-rate users fit
// the US grid), Alg 2 (the E_eff the world needs inside world electricity,
// and the gap to it), and the cache profiles (realistic, Peter's,
// pessimistic, and the cache stripped) from the E_tok behind the body's
// 0.23 J per token; each printed figure checked, with the two the essay's
// own equations contradict.
#include <cctype>
#include <limits>
#include <map>

#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
// A panel of steps under a heading row: label, value (SI), SI unit, as
// the essay shows it, unit, and the algorithm's line in columns F to I.
void steps(Page& p, const char* title, const std::vector<Line>& lines)
{
    p.next();
    p.headers({ title, "Value (SI)", "SI unit", "As the essay shows", "Unit",
                "The essay's step" });
    p.merge('F', 'I');
    panel(p, lines, 'I');
}

void model(Page& p);

// The algorithms at the reader's inputs, and their twin at the essay's.
void build(Book& book) { book.twins(0, "Algorithms", 1, "Algorithms, essay inputs", model); }

void model(Page& p)
{
    p.widths({ 74, 26, 24, 24, 22, 22, 18, 20, 74 }); // F: units such as "households"

    p.next();
    p.text('A', "The algorithms: how many fit, the gap, and the cache profiles", style::title);
    p.next();
    p.text('A',
           "Source: \"Counting piano tuners, counting tokens\": Alg 1 (how many fit), Alg 2 "
           "(the gap), \"When the cache doesn't bail you out\" and Eq user_load. "
               + p.inputs_note(),
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();

    // Inputs.
    p.headers({ "Input", "Value", "Unit", "Catalog (POWERREF)", "", "Note" });
    p.merge('F', 'I');
    inputs(p,
           {
               { "R", "R: tokens per day per user (Peter's rate)", 20e9,
                 { 1, any_size, "Tokens per day per user: a number of 1 or more." }, "0.00E+00",
                 "tokens/day", "Peter's 603 billion tokens a month: about 20 billion a day" },
               { "e_eff", "E_eff of the body's realistic profile", 0.23,
                 { 1e-12, any_size, "E_eff is an energy per token in J, more than 0." }, "0.00",
                 "J/token", "The body's cache-adjusted energy per nominal token, rounded to 0.23 J" },
           },
           'I', 'F');
    // The budgets, beside the catalog's figure.
    struct Budget
    {
        const char *key, *label;
        double value;
        const char *preset, *note;
    };
    for (const Budget& b : {
             Budget{ "budget_1", "P_budget, Alg 1: US electricity (average)", 480e9,
                     "us_electricity",
                     "\"current US electricity average (480 GW)\"; default: the catalog's "
                     "us_electricity" },
             Budget{ "budget_2", "P_budget, Alg 2: world electricity", 3.3e12,
                     "world_electricity",
                     "\"world electricity (3.3 TW)\"; default: the catalog's world_electricity" },
         })
    {
        p.next();
        p.text('A', b.label);
        // Typed in W, shown with its prefix (480 GW, 3.3 TW).
        p.input('B', b.value, { 1, any_size, "A power budget in W: a number of 1 or more." },
                si_format("W", 9));
        p.key(b.key, p.at('B'));
        p.text('C', "typed in W", style::unit);
        p.formula('D', "=POWERREF(\"" + std::string(b.preset) + "\")", style::result,
                  si_format("W", 9));
        note(p, 'F', 'I', b.note);
    }
    inputs(p,
           { { "N_target", "N_target, Alg 2: world population", 8.1e9,
               { 1, any_size, "A number of users: 1 or more people." }, "0.00E+00", "people",
               "\"N_target = world population\", 8.1 billion" } },
           'I', 'F');

    steps(p, "Alg 1: how many fit",
          {
              { "p_user", "P_user = R x E_eff / 86400", "=PUSER({R};{e_eff})", "W", "0.0",
                "={p_user}/1E3", "kW", "2. P_user <- R * E_eff / 86400" },
              { "n_max", "N_max on the budget", "=NMAX({R};{e_eff};{budget_1})", "people", "0.0",
                "={n_max}/1E6", "million", "3. N_max <- floor(P_budget / P_user)" },
          });
    steps(p, "Alg 2: the gap",
          {
              { "p_user_max", "P_user_max = P_budget / N_target", "={budget_2}/{N_target}", "W",
                "0", "={p_user_max}", "W", "1. P_user_max <- P_budget / N_target" },
              { "e_target", "E_eff_target", "=ETARGET({N_target};{R};{budget_2})", "J/token",
                "0.00", "={e_target}*1E3", "mJ/token",
                "2. E_eff_target <- P_user_max * 86400 / R" },
              { "gap", "gap = E_eff / E_eff_target", "=GAPFACTOR({e_eff};{N_target};{R};{budget_2})",
                "x", "0", "={gap}", "x", "3. gap <- E_eff_current / E_eff_target" },
          });

    // The cache profiles, from the E_tok that gives the body's E_eff.
    p.next();
    panel(p,
          {
              { "e_tok_behind", "E_tok behind it: E_eff / CACHEFACTOR()", "={e_eff}/CACHEFACTOR()",
                "J/token", "0.000", "", "",
                "Realistic cache factor 0.0775: E_eff = 0.23 J needs E_tok = 2.97 J "
                "(\"around 3 J\")" },
              { "e_tok_fleet", "E_tok of the essay's fleet: ETOK()", "=ETOK()", "J/token", "0.000",
                "", "", "50/50 H100 (700 W, 200 tok/s) and B200 (1000 W, 600 tok/s) at PUE 1.4" },
          },
          'I', 'F');
    // One column per profile.
    const char profile_columns[] = "BCDE";
    const char* profiles[] = { "realistic", "peter", "pessimistic", "strip" };
    p.headers({ "Cache profile (Eq cache_adjust)", "realistic", "peter", "pessimistic",
                "strip the cache", "Unit", "Note" });
    p.merge('G', 'I');
    const char* fields[] = { "alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h" };
    const char* field_labels[] = { "alpha_o: output share", "alpha_m: cache-miss input share",
                                   "alpha_h: cache-hit input share",
                                   "beta_m: cache-miss cost vs output",
                                   "beta_h: cache-hit cost vs output" };
    std::map<std::string, int> rows; // a field's or a derived figure's row
    for (int f = 0; f < 5; ++f)
    {
        p.next();
        rows[fields[f]] = p.row();
        p.text('A', field_labels[f]);
        for (int c = 0; c < 3; ++c)
        {
            const char col = profile_columns[c];
            // The profile's name written in (a name read from a cell would
            // be frozen in the portable copy).
            p.formula(col, "=CACHEPROFILE(\"" + std::string(profiles[c]) + "\";\"" + fields[f] + "\")",
                      style::result, "0.00");
        }
        // Strip the cache: the realistic workload, every token at full
        // output cost (both betas 1).
        if (f < 3)
            p.formula('E', "=" + p.at('B'), style::result, "0.00");
        else
            p.number('E', 1, style::result, "0.00");
        p.text('F', f < 3 ? "share" : "x output");
    }
    const auto notes = [&](int first, int last, const std::string& text) {
        p.text(cell('G', first), text, style::note);
        p.merge(cell('G', first) + ":" + cell('I', last));
        p.wrap(cell('G', first));
    };
    notes(rows["alpha_o"], rows["alpha_h"],
          "CACHEPROFILE(name; field): the essay's profiles from the catalog. Peter: "
          "\"0.02 / 0.08 / 0.90\"; pessimistic: \"0.05 / 0.45 / 0.50\"; one beta pair for all.");
    notes(rows["beta_m"], rows["beta_h"],
          "Strip the cache: the realistic workload with every token at full output cost "
          "(beta_m = beta_h = 1), so E_eff = E_tok");
    struct Derived
    {
        const char* key;
        const char* label;
        const char* formula; // #name: that row in the profile's column
        const char* unit;
        const char* format;
    };
    const Derived derived[] = {
        { "cache_factor", "cache factor", "=CACHEFACTOR(#alpha_o;#alpha_m;#alpha_h;#beta_m;#beta_h)",
          "", "0.0000" },
        { "e_eff", "E_eff", "=EEFF({$e_tok_behind};#alpha_o;#alpha_m;#alpha_h;#beta_m;#beta_h)",
          "J/token", "0.000" },
        { "p_user", "P_user at R", "=CONVERT(PUSER({$R};#e_eff);\"W\";\"kW\")", "kW", "0.0" },
        { "households", "P_user in US households (1,248 W each)",
          "=PUSER({$R};#e_eff)/POWERREF(\"us_household\")", "households", "0.0" },
        { "vs_realistic", "E_eff vs the realistic profile", "=#e_eff/{$e_eff_realistic}", "x",
          "0.00" },
    };
    for (const Derived& d : derived)
    {
        p.next();
        rows[d.key] = p.row();
        p.text('A', d.label);
        for (int c = 0; c < 4; ++c)
        {
            const char col = profile_columns[c];
            p.key(std::string(d.key) + "_" + profiles[c], p.at(col));
            std::string formula = d.formula;
            for (std::size_t at; (at = formula.find('#')) != std::string::npos;)
            {
                std::size_t end = at + 1;
                while (end < formula.size() && (std::isalnum(static_cast<unsigned char>(formula[end])) || formula[end] == '_'))
                    ++end;
                formula.replace(at, end - at, cell(col, rows.at(formula.substr(at + 1, end - at - 1))));
            }
            p.formula(col, formula, style::result, d.format);
        }
        p.text('F', d.unit);
    }

    // The checks.
    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "The essay's figures beside the live ones", style::title);
    const int top = p.row() + 1;
    const std::string table = check_table(
        p,
        {
            { "Eq user_load: P_user at 0.23 J/token", "={p_user_shown}", "53", "kW", "",
              "\"20e9 x 0.23 / 86400 = 53,000 W = 53 kW continuous\"" },
            { "Alg 1: N_max on the US grid", "={n_max_shown}", "9", "million", "",
              "\"N_max = 9 million\", roughly New York City" },
            { "Alg 2: P_user_max", "={p_user_max_shown}", "407", "W", "",
              "\"3.3e12 / 8.1e9 = 407 W\"" },
            { "Alg 2: E_eff_target", "={e_target_shown}", "1.76", "mJ/token", "",
              "\"407 x 86400 / 20e9 = 1.76 mJ/tok\"" },
            { "Alg 2: gap", "={gap_shown}", "130", "x", "", "\"0.23 / 0.00176 = 130x\"" },
            { "E_tok behind the body's 0.23 J", "={e_tok_behind}", "3", "J/token", "",
              "\"The 3 J number\" (the fleet defaults give ETOK() = 3.62 J, the calculator's)" },
            { "E_tok of the 50/50 fleet at PUE 1.4", "={e_tok_fleet}", "3", "J/token", "3.6",
              "\"lands around 3 J\" is off: 1.4 x (700/200 + 1000/600) / 2 = 3.62 J, which "
              "gives E_eff = 0.280 J (the calculator's); the body's 0.23 J follows from 3 J" },
            { "realistic: cache factor", "={cache_factor_realistic}", "0.0775", "x", "",
              "\"E_tok x 0.0775\"" },
            { "realistic: E_eff", "={e_eff_realistic}", "0.23", "J/token", "",
              "\"0.23 J / nominal token\"" },
            { "realistic: P_user in US households", "={households_realistic}", "40", "households",
              "", "\"forty average US households\" (42.7)" },
            { "Peter: E_eff", "={e_eff_peter}", "0.11", "J/token", "",
              "\"0.02 / 0.08 / 0.90 ... drops from 0.23 J/tok to 0.11 J/tok\"" },
            { "Peter: P_user", "={p_user_peter}", "26", "kW", "25.4",
              "\"around 26 kW\" is off: 20e9 x 0.110 / 86400 = 25.4 kW (26 would need "
              "E_eff = 0.112 J)" },
            { "Peter: vs realistic (\"half that\")", "={vs_realistic_peter}", "0.5", "x", "",
              "\"Per-user power halves\" (0.48)" },
            { "Peter: P_user in US households", "={households_peter}", "20", "households", "",
              "\"twenty households' worth\" (20.4)" },
            { "pessimistic: E_eff", "={e_eff_pessimistic}", "0.55", "J/token", "0.297",
              "\"0.55 J/tok\" is off: 0.05 + 0.45 x 0.10 + 0.50 x 0.01 = 0.100, so E_eff = "
              "0.100 x 2.97 J = 0.297 J; 0.55 J would need a cache factor of 0.185" },
            { "pessimistic: vs realistic (\"doubles\")", "={vs_realistic_pessimistic}", "2", "x",
              "1.3",
              "\"Every number doubles\" is off: the profile gives 1.29x (even the printed "
              "0.55 J would be 2.4x)" },
            { "strip the cache: vs realistic", "={vs_realistic_strip}", "13", "x", "",
              "\"the same workload costs 13x more\" (1 / 0.0775 = 12.9)" },
            { "strip the cache: P_user", "={p_user_strip}", "700", "kW", "",
              "\"Closer to 700 kW per person\": 687 kW, which holds at the text's precision" },
        });
    const int last = p.row() - 1;
    p.wrap(cell('A', top + 1) + ":" + cell('A', last));
    p.wrap(cell('I', top + 1) + ":" + cell('I', last));
    p.align_top(cell('A', top + 1) + ":" + cell('I', last));
    all_match(p, verdict, { table });
    p.print_landscape_one_page_wide();
}

Register algorithms({ "algorithms", "The essay's algorithms and cache profiles", build });
}
}
