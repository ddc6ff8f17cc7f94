// The claims of the essay "Counting piano tuners, counting tokens" (seeds/000),
// for the claims check (claims_check.cxx): its inputs and its claims, as data.
#include "claims_sheet.hxx"

namespace tokwatt::templates
{
void claims_essay(ClaimsSheet& s)
{
    s.section("Joules per token and the cache (Eq token_energy, Eq cache_adjust)", false);
    s.headers({ "GPU (Eq token_energy)", "Power P_g (W)", "Throughput T_g (tokens/s)",
                "Fleet share f_g", "Catalog P_g (W)" });
    s.next();
    s.text_at('A', "H100");
    s.input_at("P1", 'B', 700, { 0, any_size, "GPU power in W, 0 or more." }, "0");
    s.input_at("T1", 'C', 200, { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0");
    s.formula_at("f1", 'D', "=1-" + fixed('D', s.current() + 1), "0%"); // the B200's share, below
    s.formula_at("", 'E', "=GPU(\"H100\";\"tdp_w\")", "0");
    s.next();
    s.text_at('A', "B200");
    s.input_at("P2", 'B', 1000, { 0, any_size, "GPU power in W, 0 or more." }, "0");
    s.input_at("T2", 'C', 600, { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0");
    s.input_at("f2", 'D', 0.5, { 0, 1, "The B200 share of the fleet is a fraction from 0 to 1." },
               "0%");
    s.formula_at("", 'E', "=GPU(\"B200\";\"tdp_w\")", "0");
    s.gap();
    s.input_headers("Where the essay gives it");
    s.input("pue", "PUE, datacenter overhead", 1.4,
            { 1, 10, "PUE is at least 1 (no overhead) and at most 10." }, "ratio",
            "Eq token_energy default", "0.00");
    s.derived("Etok", "E_tok, Eq token_energy at these defaults", "=ETOK({P1}:{P2};{T1}:{T2};{f1}:{f2};{pue})",
              "J/token", "PUE x sum of f_g x P_g / T_g", "0.000");
    s.input("E3", "E_tok the body carries on with", 3,
            { 0, 100, "E_tok is a number of joules from 0 to 100." }, "J/token",
            "\"that lands around 3 J per output token\"", "0.00");
    s.input("Eb", "E_eff the body computes with", 0.23,
            { 1e-9, 100, "E_eff is a number of joules, more than 0 and at most 100." }, "J/token",
            "\"~0.23 J / nominal token\"; used by Eq user_load, Alg 1, Alg 2, At scale", "0.00");
    s.input("bm", "beta_m: a cache-miss input token's cost vs an output token", 0.10,
            { 0, 10, "beta_m is a cost ratio from 0 to 10." }, "ratio",
            "Eq cache_adjust, one pair for every profile", "0.00");
    s.input("bh", "beta_h: a cache-hit input token's cost vs an output token", 0.01,
            { 0, 10, "beta_h is a cost ratio from 0 to 10." }, "ratio",
            "Eq cache_adjust, one pair for every profile", "0.000");
    s.input("R0", "R: tokens per day per user, as the essay rounds Peter's rate", 20e9,
            { 1, any_size, "Tokens per day per user: a number of at least 1." }, "tokens/day",
            "\"603B/month -> ~20B/day\"; the calculator's \"20.0B\"", "0.00E+00");

    s.note("Cache profiles: alpha_m = 1 - alpha_o - alpha_h. \"Body\": at the E_tok behind the "
           "body's 0.23 J/tok (0.23 / 0.0775 = 2.97 J); \"Eq\": at Eq token_energy's 3.62 J.",
           6);
    s.headers({ "Cache profile (Eq cache_adjust)", "alpha_o (share)", "alpha_h (share)",
                "alpha_m (share)", "Cache factor (x)", "E_eff, body (J/token)",
                "E_eff, Eq (J/token)", "P_user, body (kW)", "Where the essay gives it" });
    struct Profile
    {
        const char* suffix;
        const char* label;
        double alpha_o, alpha_h;
        const char* where;
    };
    const Profile profiles[] = {
        { "r", "Realistic (the body's defaults)", 0.05, 0.75, "Eq cache_adjust table" },
        { "p", "Peter's own", 0.02, 0.90, "\"closer to 0.02 / 0.08 / 0.90\"" },
        { "x", "Pessimistic", 0.05, 0.50, "\"a pessimistic profile of 0.05 / 0.45 / 0.50\"" },
    };
    for (const Profile& f : profiles)
    {
        const std::string k = f.suffix;
        s.next();
        s.text_at('A', f.label);
        s.input_at("ao_" + k, 'B', f.alpha_o,
                   { 0, 1, "alpha_o is a share from 0 to 1 (alpha_o + alpha_h at most 1)." }, "0.00");
        s.input_at("ah_" + k, 'C', f.alpha_h,
                   { 0, 1, "alpha_h is a share from 0 to 1 (alpha_o + alpha_h at most 1)." }, "0.00");
        s.formula_at("am_" + k, 'D', "=1-{ao_" + k + "}-{ah_" + k + "}", "0.00");
        s.formula_at("cf_" + k, 'E',
                     "=CACHEFACTOR({ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.0000");
        s.formula_at("F_" + k, 'F',
                     "=EEFF({Eb}/{cf_r};{ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.000");
        s.formula_at("G_" + k, 'G',
                     "=EEFF({Etok};{ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.000");
        s.formula_at("H_" + k, 'H', "=PUSER({R0};{F_" + k + "})/1E3", "0.0");
        s.text_at('I', f.where, style::note);
    }
    s.break_page();
    s.claims({
        { "E_tok of the 50/50 H100/B200 fleet at PUE 1.4: \"around 3 J per output token\"",
          "={Etok}", "3", "J/token", "3.6",
          "Eq token_energy at its own defaults: 1.4 x (0.5 x 700/200 + 0.5 x 1000/600) = 3.62 J, "
          "the calculator's figure. The body rounds it to 3 J and builds its 0.23 on that." },
        { "Cache factor: \"0.05 + 0.20·0.10 + 0.75·0.01\" = \"0.0775\"", "={cf_r}", "0.0775", "x",
          "", "Eq cache_adjust, realistic profile" },
        { "E_eff from the body's 3 J: \"≈ 0.23 J / nominal token\"",
          "=EEFF({E3};{ao_r};{am_r};{ah_r};{bm};{bh})", "0.23", "J/token", "",
          "3 J x 0.0775 = 0.2325: holds for the 3 J the body takes" },
        { "The same 0.23 J/tok against Eq token_energy's own E_tok", "={G_r}", "0.23", "J/token",
          "0.280",
          "3.62 J x 0.0775 = 0.280 J/tok, what the essay's own calculator shows: the body's 0.23 "
          "rests on the rounded 3 J" },
        { "\"roughly 13x cheaper than the naive number\"; \"13x more\" without the cache",
          "=1/{cf_r}", "13", "x", "", "1 / 0.0775 = 12.9" },
        { "Strip the cache: \"Closer to 700 kW per person\"", "=PUSER({R0};{Eb}/{cf_r})/1E3",
          "700", "kW", "",
          "20E9 tokens/day x (0.23 / 0.0775) J / 86400 s = 687 kW (837 kW at the calculator's "
          "3.62 J)" },
        { "\"A factor-of-100 discount on the cache-hit portion\"", "=1/{bh}", "100", "x", "",
          "1 / beta_h; also \"Cache hits skip ~99%\", \"cost 1% of an output token\"" },
        { "Calculator: \"0.75 (α_m = 0.20)\"", "={am_r}", "0.20", "share", "",
          "alpha_m = 1 - 0.05 - 0.75" },
    });

    s.section("From tokens to watts (Eq user_load) and the cache profiles");
    s.input_headers("Where the essay gives it");
    s.input("month", "Peter's tokens in his billing period", 603e9,
            { 0, any_size, "Tokens in the billing period: a number of 0 or more." }, "tokens",
            "\"603 billion tokens\" in \"the last 30 days\"", "0.00E+00");
    s.input("days", "Days in that billing period", 30,
            { 1, 31, "The billing period is from 1 to 31 days." }, "days", "\"the last 30 days\"",
            "0");
    s.claims({
        { "\"603B/month → ~20B/day\"", "={month}/{days}/1E9", "20", "billion tokens/day", "",
          "603E9 tokens / 30 days = 20.1E9; the equations go on with R = 20E9 (above)" },
        { "P_user at R = 20E9, E_eff = 0.23: \"≈ 53,000 W ≈ 53 kW continuous\"",
          "=PUSER({R0};{Eb})/1E3", "53", "kW", "",
          "20E9 x 0.23 / 86400 = 53,241 W; also \"about 53 kW\" (So watt?)" },
        { "\"the same continuous power as forty average US households\"",
          "=PUSER({R0};{Eb})/POWERREF(\"us_household\")", "40", "households", "",
          "53.2 kW / 1,248 W (the household of the calculator's \"52 households\") = 42.7, one "
          "significant figure (43.6 at the EIA's 1.22 kW)" },
        { "Peter's profile: \"E_eff drops from 0.23 J/tok to 0.11 J/tok\"", "={F_p}", "0.11",
          "J/token", "", "0.23 x 0.037 / 0.0775 = 0.110" },
        { "Peter himself: \"comes in around 26 kW\"", "={H_p}", "26", "kW", "25.4",
          "20E9 x 0.110 J / 86400 s = 25.4 kW; 26 is half of 53 rounded up" },
        { "\"Half that\"; \"Per-user power halves\"", "={H_p}/{H_r}", "0.5", "x", "",
          "0.037 / 0.0775 = 0.48" },
        { "Peter: \"still twenty households' worth of grid\"",
          "={H_p}*1E3/POWERREF(\"us_household\")", "20", "households", "",
          "25.4 kW / 1,248 W = 20.4" },
        { "Pessimistic profile: \"E_eff jumps to 0.55 J/tok\"", "={F_x}", "0.55", "J/token",
          "0.297",
          "Its cache factor is 0.05 + 0.45 x 0.10 + 0.50 x 0.01 = 0.100, so E_eff = 0.23 x 0.100 "
          "/ 0.0775 = 0.297 J/tok (0.300 at 3 J, 0.362 at 3.62 J): 0.55 follows from none" },
        { "Pessimistic: \"Every number doubles in the other direction\"", "={cf_x}/{cf_r}", "2",
          "x", "1.3",
          "0.100 / 0.0775 = 1.29: every figure rises 29%, not 2x (Peter's side, 0.0775 / 0.037 = "
          "2.1, is the \"about 2x\")" },
    });

    s.section("At scale (Alg 0 at P_user = 53 kW)");
    s.input_headers("Where the essay gives it");
    s.input("Pt", "P_user of the At scale table", 53,
            { 0, any_size, "P_user is a power in kW, 0 or more." }, "kW",
            "\"With E_eff = 0.23 J/tok and P_user = 53 kW\"", "0.0");
    s.input("US", "US electricity, average load (P_budget of Alg 1)", 480,
            { 1e-9, any_size, "A grid's average load in GW, more than 0." }, "GW",
            "\"current US electricity average (480 GW)\"", "0");
    s.input("WPE", "World primary energy, average", 19,
            { 1e-9, any_size, "World primary energy in TW, more than 0." }, "TW",
            "calculator: \"vs world primary energy (19 TW)\"", "0.0");
    s.headers({ "Cohort (people: input)", "N (people)", "P_pop (W)", "vs US electricity (x)",
                "K_1 (share)", "vs world primary energy (x)", "vs Hoover Dams (x)",
                "vs nuclear units (x)", "In words (POWERCOMPARE)" });
    struct Cohort
    {
        const char* key;
        const char* label;
        double users;
    };
    const Cohort cohorts[] = {
        { "town", "Small town", 25e3 },         { "city", "Major US city", 75e3 },
        { "metro", "Major US metro", 5e6 },     { "nyc", "NYC", 8.3e6 },
        { "usa", "USA", 335e6 },                { "china", "China", 1.41e9 },
        { "world", "World", 8.1e9 },
    };
    const int first = s.current() + 1;
    for (const Cohort& c : cohorts)
    {
        s.next();
        s.text_at('A', c.label);
        s.input_at(std::string("N_") + c.key, 'B', c.users,
                   { 1, any_size, "A cohort is a number of people, at least 1." }, "#,##0");
        s.name_cell(std::string("C_") + c.key, 'C', s.current());
        s.name_cell(std::string("D_") + c.key, 'D', s.current());
        s.name_cell(std::string("E_") + c.key, 'E', s.current());
        const std::string p_pop = s.page().at('C');
        s.formula_at(std::string("F_") + c.key, 'F', "=GRIDRATIO(" + p_pop + ";{WPE}*1E12)",
                     "0.000");
        s.formula_at("", 'G', "=" + p_pop + "/POWERREF(\"hoover_dam\")", "[<1000]0.00;0.0E+00");
        s.formula_at("", 'H', "=" + p_pop + "/POWERREF(\"nuclear_unit\")", "[<1000]0.00;0.0E+00");
        s.formula_at("", 'I', "=POWERCOMPARE(" + p_pop + ")");
    }
    const int last = s.current();
    const auto column = [&](char c) { return cell(c, first) + ":" + cell(c, last); };
    s.page().array_formula(cell('C', first) + ":" + cell('E', last),
                           "=COHORT(" + column('B') + ";{Pt}*1E3;{US}*1E9)");
    s.page().format(column('C'), "0.000E+00");
    s.page().format(column('D'), "[<100]0.000;#,##0");
    s.page().format(column('E'), "0.00E+00");
    s.claims({
        { "Small town, 25,000: P_pop \"1.3 GW\"", "={C_town}/1E9", "1.3", "GW", "",
          "N x 53 kW (COHORT)" },
        { "Major US city, 75,000: \"4.0 GW\"", "={C_city}/1E9", "4.0", "GW", "", "N x 53 kW" },
        { "Major US metro, 5,000,000: \"265 GW\"", "={C_metro}/1E9", "265", "GW", "", "N x 53 kW" },
        { "NYC, 8,300,000: \"440 GW\"", "={C_nyc}/1E9", "440", "GW", "", "N x 53 kW" },
        { "USA, 335,000,000: \"17.8 TW\"", "={C_usa}/1E12", "17.8", "TW", "", "N x 53 kW" },
        { "China, 1,410,000,000: \"75 TW\"", "={C_china}/1E12", "75", "TW", "", "N x 53 kW" },
        { "World, 8,100,000,000: \"429 TW\"", "={C_world}/1E12", "429", "TW", "", "N x 53 kW" },
    });
    s.break_page();
    s.claims({
        { "Small town: \"one Hoover Dam\"; \"A town of them draws a Hoover Dam\"",
          "={C_town}/POWERREF(\"hoover_dam\")", "1", "Hoover Dams", "",
          "1.325 GW / 2.08 GW nameplate = 0.64: \"one\" holds only to one significant figure",
          "", "0.00" },
        { "Major US city: \"four large nuclear units\"", "={C_city}/POWERREF(\"nuclear_unit\")",
          "4", "units", "", "3.975 GW / 1 GW a unit", "", "0.00" },
        { "Major US metro: \"55% of total US electricity\"", "={D_metro}*100", "55", "%", "",
          "265 GW / 480 GW (COHORT's ratio to the grid)" },
        { "NYC: \"92% of US electricity\" (also So watt?)", "={D_nyc}*100", "92", "%", "",
          "439.9 GW / 480 GW = 91.6%" },
        { "USA: \"94% of total world primary energy\"", "={F_usa}*100", "94", "%", "93.4",
          "335E6 x 53 kW = 17.755 TW; / 19 TW = 93.4%. 94% divides the rounded 17.8 TW (93.7%)" },
        { "China: \"4x world primary energy\"", "={F_china}", "4", "x", "", "74.7 TW / 19 TW = 3.9" },
        { "World: \"23x world primary energy\"; \"twenty-three times\", \"twenty-three "
          "civilizations\"",
          "={F_world}", "23", "x", "", "429.3 TW / 19 TW = 22.6" },
        { "World row: \"K_1 ≈ 2.5 × 10⁻³\"", "={E_world}", "2.5E-3", "share", "",
          "429.3 TW / 1.74E17 W (Eq kardashev_frac)" },
        { "\"Current humanity sits at K_1 ≈ 1 × 10⁻⁴\"", "=KARDASHEV({WPE}*1E12)", "1E-4", "share",
          "", "19 TW / 1.74E17 W = 1.09E-4" },
        { "\"roughly 25x our current energy footprint\"", "={E_world}/KARDASHEV({WPE}*1E12)", "25",
          "x", "23",
          "2.467E-3 / 1.092E-4 = 22.6, the table's own \"23x world primary energy\"; 25 divides "
          "the rounded 2.5E-3 by the rounded 1E-4" },
    });

    s.section("Running the chain backwards (Alg 1: how many fit; Alg 2: the gap)");
    s.input_headers("Where the essay gives it");
    s.input("pop", "World population (N_target of Alg 2)", 8.1e9,
            { 1, any_size, "Population: a number of people, at least 1." }, "people",
            "\"N_target = world population\", \"8.1e9\"; the calculator's 8.10B", "0.00E+00");
    s.input("WE", "World electricity (P_budget of Alg 2)", 3.3,
            { 1e-9, any_size, "World electricity in TW, more than 0." }, "TW",
            "\"P_budget = world electricity (3.3 TW)\"", "0.0");
    s.claims({
        { "Alg 1 on the US grid: \"N_max ≈ 9 million\"", "=NMAX({R0};{Eb};{US}*1E9)/1E6", "9",
          "million users", "", "floor(480 GW / 53,241 W) = 9,015,652" },
        { "\"Roughly the population of New York City\"", "=NMAX({R0};{Eb};{US}*1E9)/{N_nyc}",
          "1", "x NYC", "", "9.0 million / the At scale table's 8.3 million = 1.09" },
        { "Alg 2: \"P_user_max = 3.3e12 / 8.1e9 ≈ 407 W\"", "={WE}*1E12/{pop}", "407", "W", "",
          "world electricity / world population" },
        { "Alg 2: \"E_eff_target ≈ 1.76 mJ/tok\"", "=ETARGET({pop};{R0};{WE}*1E12)*1E3", "1.76",
          "mJ/token", "", "407 W x 86400 s / 20E9 tokens" },
        { "Alg 2: \"gap = 0.23 / 0.00176 ≈ 130x\"", "=GAPFACTOR({Eb};{pop};{R0};{WE}*1E12)",
          "130", "x", "", "130.7; also \"a 130x reduction\" (159x at the calculator's 0.280 J)" },
    });

    s.section("The calculator's Derived panel, at its Inputs");
    s.note("Its Inputs are the cells above: 20.0B tokens/day (R), 8.10B people, 50% B200 at PUE "
           "1.40, alpha_o 0.05, alpha_h 0.75, beta_h 0.010. The essay's slider shows the same "
           "\"E_eff 0.280 J/tok\", \"525.55 TW\" and \"28x total human energy use\".");
    s.claims({
        { "E_tok (naive): \"3.62 J/tok\"", "={Etok}", "3.62", "J/token", "", "Eq token_energy" },
        { "E_eff (after cache): \"0.280 J/tok\"", "={G_r}", "0.280", "J/token", "",
          "Eq cache_adjust" },
        { "\"(13x cheaper)\"", "={Etok}/{G_r}", "13", "x", "", "1 / 0.0775" },
        { "P_user: \"64.9 kW\"", "=PUSER({R0};{G_r})/1E3", "64.9", "kW", "", "Eq user_load" },
        { "\"(52 households)\"", "=PUSER({R0};{G_r})/POWERREF(\"us_household\")", "52",
          "households", "", "the catalog's us_household is the 1,248 W this implies" },
        { "P_pop: \"525.55 TW\"", "=PPOP({pop};PUSER({R0};{G_r}))/1E12", "525.55", "TW", "",
          "Eq pop_load, 8.1E9 users" },
        { "vs US electricity (480 GW): \"1094.9x\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{US}*1E9)", "1094.9", "x", "",
          "Eq grid_ratio" },
        { "vs world primary energy (19 TW): \"27.7x\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{WPE}*1E12)", "27.7", "x", "",
          "Eq grid_ratio" },
        { "\"weighs 28x total human energy use\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{WPE}*1E12)", "28", "x", "",
          "the same ratio, rounded" },
        { "Kardashev fraction K_1: \"3.02e-3\"", "=KARDASHEV(PPOP({pop};PUSER({R0};{G_r})))",
          "3.02E-3", "share", "", "Eq kardashev_frac" },
    });
    s.note("Not recomputable from the essay: \"$1.3M in API fees\" (no price per token is given), "
           "the piano tuners (no result is printed), \"roughly 1.25x input price\" for a cache "
           "write, \"stops fitting in a rack\" (no rack power is given).",
           10);
}
}
