// The claims of the paper "Photons = Tokens" (seeds/004), for the claims
// check (claims_check.cxx): its inputs and its claims, as data.
#include "claims_sheet.hxx"

namespace tokwatt::templates
{
// The paper "Photons = Tokens". Its copy here lacks its equations' symbols;
// the figures its prose and tables print are checked.
void claims_paper(ClaimsSheet& s)
{
    s.section("The Landauer floor and bits per token (Sec. 2)", false);
    s.input_headers("Where the paper gives it");
    s.input("T", "Temperature", 300, { 1e-9, any_size, "A temperature in K, more than 0." }, "K",
            "\"At room temperature\" (the text gives no figure; the add-in's default)", "0");
    s.input("b4", "Bits per token at the Shannon entropy", 4,
            { 1e-9, any_size, "Bits per token: a number more than 0." }, "bits",
            "\"(at the Shannon entropy of 4 bits)\"", "0.0");
    s.input("b16", "Bits per token at the full vocabulary", 16.6,
            { 1e-9, any_size, "Bits per token: a number more than 0." }, "bits",
            "\"(at the full vocabulary of 16.6 bits)\"", "0.0");
    s.derived("L4", "Landauer floor at 4 bits (Eq 1-2)", "=LANDAUER({T};{b4})", "J/token",
              "k_B T ln 2 x bits", "0.00E+00");
    s.derived("L16", "Landauer floor at 16.6 bits", "=LANDAUER({T};{b16})", "J/token",
              "k_B T ln 2 x bits", "0.00E+00");
    s.input("cpt_lo", "Characters per token, low", 3,
            { 0, any_size, "Characters per token: 0 or more." }, "characters",
            "\"typically three to four characters of English text\"", "0");
    s.input("cpt_hi", "Characters per token, high", 4,
            { 0, any_size, "Characters per token: 0 or more." }, "characters",
            "\"typically three to four characters of English text\"", "0");
    s.input("bpc_lo", "Entropy of printed English, low", 1.0,
            { 0, any_size, "Bits per character: 0 or more." }, "bits/character",
            "Shannon (1951): \"1.0-1.3 bits per character\"", "0.0");
    s.input("bpc_hi", "Entropy of printed English, high", 1.3,
            { 0, any_size, "Bits per character: 0 or more." }, "bits/character",
            "Shannon (1951): \"1.0-1.3 bits per character\"", "0.0");
    s.claims({
        { "The floors at 4 and 16.6 bits: \"a factor of five\"", "={L16}/{L4}", "5", "x", "4",
          "16.6 / 4 = 4.15 (1.15E-20 J and 4.77E-20 J at 300 K): a factor of about four" },
        { "\"1.0-1.3 bits per character, implying 3-5 bits per subword token\": low end",
          "={bpc_lo}*{cpt_lo}", "3", "bits/token", "", "1.0 bits x 3 characters" },
        { "... high end", "={bpc_hi}*{cpt_hi}", "5", "bits/token", "",
          "1.3 bits x 4 characters = 5.2" },
    });

    s.section("The token budget (Sec. 3, Table 1)");
    s.input_headers("Where the paper gives it");
    s.input("wh", "Energy per output token, mid-range", 5e-4,
            { 1e-12, any_size, "Energy per token in Wh, more than 0." }, "Wh/token",
            "\"a mid-range estimate of [ ] Wh per token\": no figure given; 5E-4 is what its "
            "44,500 and Table 2 pin down",
            "0.0E+00");
    s.input("t24", "US AI electricity, 2024", 65, { 0, any_size, "Energy in TWh/yr, 0 or more." },
            "TWh/yr", "Table 1 (the text: \"53-76 TWh in 2024\")", "0");
    s.input("t28", "US AI electricity, 2028, upper projection", 326,
            { 0, any_size, "Energy in TWh/yr, 0 or more." }, "TWh/yr",
            "\"the upper-bound projection (326 TWh)\"; Table 1", "0");
    s.input("pop", "World population, the divisor of Eq 9", 8.0e9,
            { 1, any_size, "Population: a number of people, at least 1." }, "people",
            "\"Dividing US energy capacity by the world population\" (the text gives no figure)",
            "0.0E+00");
    s.input("days", "Days per year", 365, { 1, 366, "Days per year: from 1 to 366." }, "days",
            "Eq 9 (per day)", "0");
    s.input("wpt", "Words per token", 0.75, { 0, 10, "Words per token: from 0 to 10." },
            "words/token", "\"at 0.75 words per token\"", "0.00");
    s.input("obs", "Observed tokens per person per day, mid-2024", 125,
            { 1e-9, any_size, "Tokens per person per day: more than 0." }, "tokens/person/day",
            "Eq 7; Table 1 \"125*\"", "0");
    s.input("g23", "US electricity generation, 2023", 4178,
            { 1e-9, any_size, "Generation in TWh/yr, more than 0." }, "TWh/yr",
            "\"producing 4,178 TWh in 2023\"; Table 1", "#,##0");
    s.input("g28", "US electricity generation, 2028 projection", 4500,
            { 1e-9, any_size, "Generation in TWh/yr, more than 0." }, "TWh/yr", "Table 1",
            "#,##0");
    s.input("price", "US industrial electricity price", 0.07,
            { 0, any_size, "A price in USD per kWh, 0 or more." }, "USD/kWh",
            "\"At 326 TWh and $0.07/kWh\"", "0.00");
    s.derived("tpc24", "Tokens per person per day, 2024 (Eq 9)",
              "=TOKENSPERCAPITA({t24};{wh};{pop};{days})", "tokens/person/day",
              "TWh x 1E12 / Wh per token / days / people", "#,##0");
    s.derived("tpc28", "Tokens per person per day, 2028", "=TOKENSPERCAPITA({t28};{wh};{pop};{days})",
              "tokens/person/day", "the same at 326 TWh", "#,##0");
    s.claims({
        { "Table 1, 2024 capacity: \"44,500\" tokens per person per day", "={tpc24}", "44500",
          "tokens/person/day", "", "65 TWh (Eq 9); also \"an energy-implied capacity of 44,500\"" },
        { "2028 at 326 TWh: \"225,000 tokens per person per day\" (abstract, Table 1, Sec. 3.4, 8)",
          "={tpc28}", "225000", "tokens/person/day", "223288",
          "326E12 Wh / 5E-4 Wh / 365 / 8.0E9 = 223,288: the printed figure is 0.8% high" },
        { "\"or roughly 169,000 words (at 0.75 words per token)\"", "={tpc28}*{wpt}", "169000",
          "words/person/day", "167466",
          "0.75 x 223,288 = 167,466; 169,000 is 0.75 x the printed 225,000" },
        { "\"At 0.75 words per token, 125 tokens is roughly 94 words\"", "={obs}*{wpt}", "94",
          "words", "", "93.75" },
        { "\"more than three orders of magnitude above\" mid-2024 use; \"a thousand-fold "
          "expansion\"",
          "=INT(LOG10({tpc28}/{obs}))", "3", "orders of magnitude", "",
          "223,288 / 125 = 1,786 = 10^3.25: three whole orders (INT of LOG10)", "", "0" },
        { "Table 1, AI share of the US grid, 2024: \"1.6%\"",
          "=GRIDRATIO(AVGPOWER({t24});AVGPOWER({g23}))*100", "1.6", "%", "", "65 / 4,178 TWh" },
        { "Table 1, 2028: \"7.2%\"", "=GRIDRATIO(AVGPOWER({t28});AVGPOWER({g28}))*100", "7.2", "%",
          "", "326 / 4,500 TWh" },
        { "\"At 326 TWh and $0.07/kWh ... roughly $23 billion\"",
          "=GPUDAYCOST(AVGPOWER({t28});1;{price})*365/1E9", "23", "USD bn/yr", "",
          "326E9 kWh x $0.07 = $22.8 billion (a day of the average load, 365 times)" },
    });

    s.section("The question budget (Sec. 5, Table 2: questions per person per day)");
    s.note("Each cell: QUESTIONBUDGET(TWh/yr; Wh per token; tokens per question; people; days), "
           "questions per person per day, with the inputs of the token budget above.",
           6);
    s.headers({ "Tokens per question (rows) x AI electricity (columns)" });
    s.next();
    s.text_at('A', "AI electricity (TWh/yr); 65 and 326 are Table 1's");
    const char* twh_format = "#,##0";
    s.formula_at("tw1", 'B', "={t24}", twh_format);
    s.input_at("tw2", 'C', 165, { 0, any_size, "Energy in TWh/yr, 0 or more." }, twh_format);
    s.formula_at("tw3", 'D', "={t28}", twh_format);
    s.input_at("tw4", 'E', 650, { 0, any_size, "Energy in TWh/yr, 0 or more." }, twh_format);
    const int tokens[] = { 100, 250, 500, 1000 };
    const char columns[] = { 'B', 'C', 'D', 'E' };
    for (int t : tokens)
    {
        s.next();
        const std::string k = "q" + std::to_string(t);
        s.input_at(k, 'A', t, { 1e-9, any_size, "Tokens per question: a number more than 0." },
                   "#,##0\" tokens per question\"");
        for (int c = 0; c < 4; ++c)
            s.formula_at(k + "_" + std::to_string(c + 1), columns[c],
                         "=QUESTIONBUDGET({tw" + std::to_string(c + 1) + "};{wh};{" + k
                             + "};{pop};{days})",
                         "#,##0.00");
    }
    struct Cell
    {
        int tokens, column;
        const char* printed;
        const char* recomputed;
        const char* note;
    };
    const Cell table2[] = {
        { 100, 1, "450", "", "" },
        { 100, 2, "1130", "", "" },
        { 100, 3, "2200", "", "223,288 tokens / 100; Eq 15: \"2,200 questions per person per day\"" },
        { 100, 4, "4500", "", "" },
        { 250, 1, "180", "", "" },
        { 250, 2, "450", "", "" },
        { 250, 3, "900", "", "" },
        { 250, 4, "1800", "", "" },
        { 500, 1, "90", "", "" },
        { 500, 2, "225", "226", "165 TWh gives 113,014 tokens/person/day; / 500 = 226.03" },
        { 500, 3, "450", "", "" },
        { 500, 4, "900", "", "" },
        { 1000, 1, "45", "", "" },
        { 1000, 2, "113", "", "" },
        { 1000, 3, "225", "223",
          "223,288 / 1,000 = 223.29; 225 is the printed 225,000 / 1,000. Also \"the budget drops "
          "to 225\"" },
        { 1000, 4, "450", "", "" },
    };
    const char* twh_label[] = { "65", "165", "326", "650" };
    const char* per_capita[] = { "44,521", "113,014", "223,288", "445,205" };
    std::vector<Claim> cells;
    for (const Cell& c : table2)
        cells.push_back({ "Table 2, " + std::to_string(c.tokens) + " tokens, "
                              + twh_label[c.column - 1] + " TWh: \"" + c.printed + "\"",
                          "={q" + std::to_string(c.tokens) + "_" + std::to_string(c.column) + "}",
                          c.printed, "questions", c.recomputed,
                          *c.note ? std::string(c.note)
                                  : std::string(per_capita[c.column - 1]) + " tokens / "
                                        + std::to_string(c.tokens) });
    s.claims(cells);

    s.section("Around Table 2 (Sec. 5.3)");
    s.input_headers("Where the paper gives it");
    s.input("long_lo", "A medical diagnosis or legal memo, short", 2000,
            { 1e-9, any_size, "Tokens per question: a number more than 0." }, "tokens",
            "\"may consume 2,000-5,000 tokens\"", "#,##0");
    s.input("long_hi", "... long", 5000,
            { 1e-9, any_size, "Tokens per question: a number more than 0." }, "tokens",
            "\"may consume 2,000-5,000 tokens\"", "#,##0");
    s.claims({
        { "Eq 14: \"or roughly 6.5 quadrillion questions\" a year",
          "=TOKENBUDGET({t28};{wh})/{q100}/1E15", "6.5", "quadrillion/yr", "",
          "326 TWh / 5E-4 Wh = 6.52E17 tokens (Eq 8), / 100 tokens" },
        { "1,000 tokens: \"an order of magnitude smaller\" than at 100", "={q100_3}/{q1000_3}",
          "10", "x", "", "2,232.9 / 223.3" },
        { "2,000 tokens: \"reducing the effective question budget by a factor of 20\"",
          "=QUESTIONBUDGET({t28};{wh};{q100};{pop};{days})/QUESTIONBUDGET({t28};{wh};{long_lo};{pop};{days})",
          "20", "x", "", "relative to the 100-token query" },
        { "5,000 tokens: \"... 50\"",
          "=QUESTIONBUDGET({t28};{wh};{q100};{pop};{days})/QUESTIONBUDGET({t28};{wh};{long_hi};{pop};{days})",
          "50", "x", "", "relative to the 100-token query" },
    });

    s.section("Copper, the Simon wager, solar panels (Sec. 3.3, 3.4)");
    s.input_headers("Where the paper gives it");
    s.input("cu24", "Copper used by data centers, 2024", 0.5,
            { 1e-9, any_size, "Copper in million tons, more than 0." }, "Mt/yr",
            "\"approximately 500,000 tons of copper worldwide\"", "0.0");
    s.input("cu30", "... projected for 2030", 1.1, { 0, any_size, "Copper in million tons, 0 or more." },
            "Mt/yr", "\"1.1 million tons annually by 2030\"", "0.0");
    s.input("cu50", "... projected for 2050", 3, { 0, any_size, "Copper in million tons, 0 or more." },
            "Mt/yr", "\"3 million tons by 2050\"", "0.0");
    s.input("cud", "Global copper demand, 2025", 28,
            { 1e-9, any_size, "Copper demand in million tons, more than 0." }, "Mt/yr",
            "\"28 million metric tons in 2025\" (2030's is not given)", "0");
    s.input("sim", "Simon wager: stake per metal", 200,
            { 0, any_size, "A stake in USD, 0 or more." }, "USD", "\"$200 of each\"", "0");
    s.input("metals", "... metals", 5, { 0, 100, "A number of metals, from 0 to 100." }, "metals",
            "chromium, copper, nickel, tin, tungsten", "0");
    s.input("solar", "Solar cells for the world's electricity", 53000,
            { 0, any_size, "An area in km2, 0 or more." }, "km2", "\"roughly 53,000 km2\"",
            "#,##0");
    s.input("earth", "Earth's surface area", 5.1e8,
            { 1e-9, any_size, "An area in km2, more than 0." }, "km2",
            "not in the text: 510 million km2", "0.00E+00");
    s.claims({
        { "\"1.1 million tons annually by 2030—roughly 4% of global demand\"",
          "={cu30}/{cud}*100", "4", "%", "",
          "1.1 / 28 Mt (2025's demand) = 3.9%; at a 2030 demand interpolated toward 42 Mt in "
          "2040, 3.4%" },
        { "\"3 million tons by 2050, a sixfold increase\"", "={cu50}/{cu24}", "6", "x", "",
          "3 / 0.5 Mt" },
        { "Simon wager: \"for a total stake of $1,000\"", "={sim}*{metals}", "1000", "USD", "",
          "5 x $200" },
        { "Solar: \"53,000 km2 of solar cells—about 0.01% of Earth's surface\"",
          "={solar}/{earth}*100", "0.01", "%", "", "53,000 / 510E6 km2 = 0.0104%" },
    });

    s.section("The value stack, Keynes, discounting (Sec. 4, 8)");
    s.input_headers("Where the paper gives it");
    s.input("purity", "Silicon purity", 99.9999999,
            { 0, 99.99999999999, "A purity in percent, from 0 to below 100." }, "%",
            "\"purified to 99.9999999% ('nine nines')\"", "0.0000000");
    s.input("l1", "L1 cache access", 0.5, { 1e-9, any_size, "A time in ns, more than 0." }, "ns",
            "Dean's numbers: \"L1 cache (0.5 nanoseconds)\"", "0.0");
    s.input("seek", "Disk seek", 1.6, { 1e-9, any_size, "A time in ms, more than 0." }, "ms",
            "\"to disk seek (1.6 milliseconds)\"", "0.0");
    s.derived("dean", "Disk seek / L1 access", "={seek}*1E-3/({l1}*1E-9)", "x",
              "the span of Dean's numbers as the text quotes them", "0.0E+00");
    s.input("tsmc", "TSMC's Arizona complex", 65, { 0, any_size, "A cost in USD billion, 0 or more." },
            "USD bn", "\"budgeted at over $65 billion for three fabs\"", "0");
    s.input("fabs", "... fabs", 3, { 1, 100, "A number of fabs, from 1 to 100." }, "fabs",
            "\"for three fabs\"", "0");
    s.input("moore", "Moore's observation", 1965, { 1900, 2100, "A year from 1900 to 2100." },
            "year", "Moore (1965)", "0");
    s.input("year", "The paper's year", 2025, { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "it gives no draft date; its latest references are 2025", "0");
    s.input("hop", "First generation of the cadence (Hopper)", 2022,
            { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "\"Hopper (2022), Blackwell (2024), Vera Rubin (2026), Feynman (2028)\"", "0");
    s.input("fey", "Last generation (Feynman)", 2028, { 1900, 2100, "A year from 1900 to 2100." },
            "year", "the same cadence", "0");
    s.input("steps", "Steps between them", 3, { 1, 20, "A number of generations, from 1 to 20." },
            "generations", "Hopper to Blackwell to Vera Rubin to Feynman", "0");
    s.input("keynes", "Keynes's essay", 1930, { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "Keynes (1930)", "0");
    s.input("hundred", "Keynes's horizon", 100, { 0, 1000, "A number of years, from 0 to 1000." },
            "years", "\"within a hundred years\"", "0");
    s.input("rate", "Discount rate", 0.05, { 0, 1, "A discount rate from 0% to 100%." }, "per year",
            "\"At a discount rate of 5%\"", "0%");
    s.input("gen", "A generation hence", 50, { 0, 1000, "A number of years, from 0 to 1000." },
            "years", "\"a generation 50 years hence\"", "0");
    s.claims({
        { "\"99.9999999% ('nine nines')\"", "=-LOG10(ROUND(1-{purity}/100;15))", "9", "nines", "",
          "-log10 of the impurity, to 1E-15: the digits below are the binary noise of the "
          "purity's 99.9999999, which the subtraction would blow up a million-fold" },
        { "Dean's numbers, 0.5 ns to 1.6 ms: \"spanning six orders of magnitude\"",
          "=INT(LOG10({dean}))", "6", "orders of magnitude", "",
          "1.6 ms / 0.5 ns = 3.2E6 = 10^6.5: six whole orders (INT of LOG10)", "", "0" },
        { "\"capital expenditures exceeding $20 billion per facility\"", "={tsmc}/{fabs}", "20",
          "USD bn/fab", "", "$65 billion / 3 fabs = $21.7 billion" },
        { "Moore (1965): \"six decades of hardware improvement\"", "=({year}-{moore})/10", "6",
          "decades", "", "1965 to 2025" },
        { "\"Every buyer knows the next generation is eighteen months away\"",
          "=({fey}-{hop})/{steps}*12", "18", "months", "24",
          "its own cadence, 2022, 2024, 2026, 2028, is a generation every 24 months" },
        { "Keynes: \"within a hundred years—by approximately 2030\"", "={keynes}+{hundred}",
          "2030", "year", "", "1930 + 100", "", "0" },
        { "\"5% ... 50 years hence is weighted at [ ]—less than a tenth\"; \"valued at a tenth\"",
          "=1/(1+{rate})^{gen}", "0.1", "weight", "", "1 / 1.05^50 = 0.087" },
    });
    s.note("Not recomputable here: the figures the text does not give (the Landauer floor per bit and at "
           "12 bits, the actual J per token and the efficiency gap of Eq 3-4, the token capacity of "
           "Eq 8, Eq 7's tokens per day, LLMflation's factors); the $1.6 million training run (no "
           "hours given), its 30% overhead and 20-25% savings; the solar waste heat's \"0.006 C, "
           "roughly 300 times smaller\" than CO2 warming (not given); \"twelve orders of magnitude "
           "in timescale\" (years and milliseconds are words, not figures).",
           14);
}
}
