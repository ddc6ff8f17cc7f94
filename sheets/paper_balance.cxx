// Template: the paper "Photons = Tokens", its balance sheet (Table 1: AI
// electricity, token capacity, tokens per person per day, AI share of the
// US grid, the Landauer-limited tokens and the efficiency gap) and its
// question budget (Table 2: four energy budgets x four conversation
// lengths, live, in heat-map colour bands, beside the grid the paper prints).
// The paper's equations lost their symbols in extraction; its tables and
// prose pin them down, and the figures it prints are checked. Where it is
// off (225,000 tokens is 223,288; two of Table 2's "225" are 226 and 223)
// the check rows show both.
#include <cmath>
#include <cstdio>
#include <limits>

#include "../addin/common/strings.hxx"
#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
std::string fixed(double x, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, x);
    return text;
}

// Significant figures of a printed whole number, its trailing zeros not
// counted (as printed_tolerance reads it): "900" -> 1, "1130" -> 3.
int significant_figures(const std::string& printed)
{
    const std::size_t last = printed.find_last_not_of('0');
    return last == std::string::npos ? 1 : static_cast<int>(last + 1);
}

// Page::colour_scale's bands, for the colour key.
constexpr int heat_bands = 5;

// Table 1, the balance sheet, with the inputs every figure hangs on.
// Returns the check table's "all match" cell.
std::string balance_sheet(Page& p)
{
    p.widths({ 74, 26, 30, 30, 22, 32, 18, 18, 66 });
    p.text("A1", "Photons = Tokens: the paper's balance sheet (Table 1)", style::title);
    p.text("A2",
           "Source: the paper \"Photons = Tokens: The Physics of AI and the Economics of "
           "Knowledge\", Sections 2-3 and Table 1. Yellow cells are inputs: change one and "
           "every figure follows, here and on the sheet Question budget.",
           style::note);
    p.merge("A2:I2");

    // Inputs shared by both tables; named so the other sheet reads them too.
    p.text("A5", "Input", style::heading);
    p.text("B5", "Value", style::heading);
    p.text("C5", "Unit", style::heading);
    p.text("D5", "From the paper", style::heading);
    p.merge("D5:I5");
    struct In
    {
        const char* label;
        double value;
        Rule rule;
        const char* format;
        const char* unit;
        const char* name;
        const char* from;
    };
    const In inputs[] = {
        { "Energy per output token (inference)", 5e-4,
          { 1e-12, any_size, "Energy per token in Wh: more than 0 (the paper takes 5E-4 Wh)." },
          "0.0E+00", "Wh/token", "Wh_per_token",
          "Sec 2.1: mid-range estimate, Wh per output token (Eq 3: 1.8 J)" },
        { "World population", 8.0e9,
          { 1, any_size, "Population: a number of people, at least 1." }, "0.0E+00", "people",
          "Population", "Eq 9: US capacity divided among the world's people" },
        { "Days per year", 365,
          { 1, 366, "Days per year: a number from 1 to 366." }, "0", "days", "Days_per_year",
          "Eq 9: tokens per year to tokens per day" },
        { "Bits per token", 12,
          { 1, 64, "Bits per token: from 1 to 64 (the paper takes 12)." }, "0", "bits",
          "Bits_per_token", "Sec 2: \"We adopt 12 bits per token\"" },
        { "Temperature", 300,
          { 1, 1000, "Temperature in kelvin: from 1 to 1,000 (room temperature is 300 K)." }, "0",
          "K", "Temperature_K", "Eq 1: room temperature" },
        { "Words per token", 0.75,
          { 0.01, 10, "Words per token: from 0.01 to 10 (the paper takes 0.75)." }, "0.00",
          "words/token", "Words_per_token", "Sec 3.1: \"at 0.75 words per token\"" },
        { "Global AI tokens per day, mid-2024", 1.0e12,
          { 0, any_size, "Tokens per day: a number of 0 or more." }, "0.0E+00", "tokens/day",
          "Tokens_per_day_2024",
          "Eq 7; its exponent is lost in extraction: 1.0E12 is what the table's 125 per person "
          "implies" },
        { "Information per token, Shannon entropy", 4,
          { 0.1, 64, "Bits per token: from 0.1 to 64 (the paper's low end is 4)." }, "0.0",
          "bits", "Bits_low", "Sec 2: \"at the Shannon entropy of 4 bits\"" },
        { "Information per token, full vocabulary", 16.6,
          { 0.1, 64, "Bits per token: from 0.1 to 64 (the paper's high end is 16.6)." }, "0.0",
          "bits", "Bits_high", "Sec 2: \"at the full vocabulary of 16.6 bits\"" },
    };
    int row = 6;
    for (const In& in : inputs)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, in.label);
        p.input("B" + r, in.value, in.rule, in.format);
        p.text("C" + r, in.unit);
        p.text("D" + r, in.from, style::note);
        p.name(in.name, "B" + r);
    }
    // rows 6..14

    // Table 1 as the paper lays it out, computed, with what it prints.
    p.text("A16", "Table 1: the balance sheet", style::heading);
    p.text("B16", "2024", style::heading);
    p.text("C16", "2028 (proj.)", style::heading);
    p.text("D16", "Units", style::heading);
    p.text("E16", "The paper prints, 2024", style::heading);
    p.text("F16", "The paper prints, 2028", style::heading);
    p.text("G16", "How it is computed", style::heading);
    p.merge("G16:I16");
    const char* lost = "(lost)";
    auto section = [&](const std::string& r, const char* title) {
        p.text("A" + r, title, style::heading);
        p.merge("A" + r + ":I" + r);
    };
    auto how = [&](const std::string& r, const char* text) {
        p.text("G" + r, text, style::note);
        p.merge("G" + r + ":I" + r);
    };
    section("17", "Demand (observed) and capacity (projected)");
    p.text("A18", "AI electricity consumption");
    p.input("B18", 65, { 0, any_size, "AI electricity in TWh a year: 0 or more." }, "#,##0");
    p.input("C18", 326, { 0, any_size, "AI electricity in TWh a year: 0 or more." }, "#,##0");
    p.name("AI_TWh_2024", "B18");
    p.name("AI_TWh_2028", "C18");
    p.text("D18", "TWh/yr");
    p.number("E18", 65, style::printed, "#,##0");
    p.number("F18", 326, style::printed, "#,##0");
    how("18", "Sec 3.1: 53-76 TWh in 2024, 165-326 TWh projected for 2028");

    p.text("A19", "Token capacity (at the Wh per token above)");
    p.formula("B19", "=TOKENBUDGET(B18;Wh_per_token)", style::result, "0.00E+00");
    p.formula("C19", "=TOKENBUDGET(C18;Wh_per_token)", style::result, "0.00E+00");
    p.text("D19", "tokens/yr");
    p.text("E19", lost, style::printed);
    p.text("F19", lost, style::printed);
    how("19", "=TOKENBUDGET(TWh/yr; Wh/token), Eq 8");

    p.text("A20", "Observed tokens per person per day");
    p.formula("B20", "=Tokens_per_day_2024/Population", style::result, "#,##0");
    p.text("C20", "-");
    p.text("D20", "tokens/person/day");
    p.number("E20", 125, style::printed, "#,##0\"*\"");
    p.text("F20", "-", style::printed);
    how("20", "Eq 7: tokens per day / population (not a check: see *)");

    p.text("A21", "Capacity per person per day");
    p.formula("B21", "=TOKENSPERCAPITA(B18;Wh_per_token;Population;Days_per_year)",
              style::result, "#,##0");
    p.formula("C21", "=TOKENSPERCAPITA(C18;Wh_per_token;Population;Days_per_year)",
              style::result, "#,##0");
    p.text("D21", "tokens/person/day");
    p.number("E21", 44500, style::printed, "#,##0");
    p.number("F21", 225000, style::printed, "#,##0");
    how("21", "=TOKENSPERCAPITA(...), Eq 9: its 225,000 is 223,288");

    section("22", "Supply (grid)");
    p.text("A23", "Total US electricity generation");
    p.input("B23", 4178, { 1, any_size, "US generation in TWh a year: at least 1." }, "#,##0");
    p.input("C23", 4500, { 1, any_size, "US generation in TWh a year: at least 1." }, "#,##0");
    p.text("D23", "TWh/yr");
    p.number("E23", 4178, style::printed, "#,##0");
    p.number("F23", 4500, style::printed, "#,##0");
    how("23", "Sec 3.2: 4,178 TWh generated in 2023 (US EIA)");

    p.text("A24", "AI share of US grid");
    p.formula("B24", "=GRIDRATIO(AVGPOWER(B18);AVGPOWER(B23))", style::result, "0.0%");
    p.formula("C24", "=GRIDRATIO(AVGPOWER(C18);AVGPOWER(C23))", style::result, "0.0%");
    p.text("D24", "% of generation");
    p.number("E24", 0.016, style::printed, "0.0%");
    p.number("F24", 0.072, style::printed, "0.0%");
    how("24", "=GRIDRATIO(AVGPOWER(AI TWh/yr); AVGPOWER(grid TWh/yr))");

    p.text("A25", "Maximum tokens at current efficiency");
    p.formula("B25", "=TOKENBUDGET(B23;Wh_per_token)", style::result, "0.00E+00");
    p.formula("C25", "=TOKENBUDGET(C23;Wh_per_token)", style::result, "0.00E+00");
    p.text("D25", "tokens/yr");
    p.text("E25", lost, style::printed);
    p.text("F25", lost, style::printed);
    how("25", "=TOKENBUDGET(grid TWh/yr; Wh/token): all of it making tokens");

    section("26", "Physical limits");
    p.text("A27", "Landauer-limited tokens (entire US grid)");
    p.formula("B27", "=TOKENBUDGET(B23;CONVERT(LANDAUER(Temperature_K;Bits_per_token);\"J\";\"Wh\"))",
              style::result, "0.00E+00");
    p.formula("C27", "=TOKENBUDGET(C23;CONVERT(LANDAUER(Temperature_K;Bits_per_token);\"J\";\"Wh\"))",
              style::result, "0.00E+00");
    p.text("D27", "tokens/yr");
    p.text("E27", lost, style::printed);
    p.text("F27", lost, style::printed);
    how("27", "=TOKENBUDGET(grid; LANDAUER(T; bits) in Wh): at the floor");

    p.text("A28", "Efficiency gap (actual / Landauer)");
    p.formula("B28", "=EFFGAP(CONVERT(Wh_per_token;\"Wh\";\"J\");Bits_per_token;Temperature_K)",
              style::result, "0.00E+00");
    p.formula("C28", "=EFFGAP(CONVERT(Wh_per_token;\"Wh\";\"J\");Bits_per_token;Temperature_K)",
              style::result, "0.00E+00");
    p.text("D28", "x");
    p.text("E28", lost, style::printed);
    p.text("F28", lost, style::printed);
    how("28", "=EFFGAP(J/token; bits; T), Eq 4; 2028 at 2024's efficiency");
    p.text("A29",
           "* Mid-2024 global tokens per day (Eq 7) over the world's population. The extraction "
           "lost the exponent of the daily total; 1.0E12 is what the printed 125 implies, so the "
           "125 is shown, not checked. (lost): the extraction lost the figure; the workbook "
           "computes it and checks only figures the text still prints (below).",
           style::note);
    p.merge("A29:I29");
    p.wrap("A29");
    p.row_lines(29, 2);

    for (const char* range : { "E19:F19", "C20", "F20", "E25:F25", "E27:F28" })
        p.align_right(range);

    // Behind the table: the floor, the joules, the powers.
    p.page_break_before(31);
    p.text("A31", "Behind the table", style::heading);
    p.text("B31", "Value", style::heading);
    p.text("C31", "Unit", style::heading);
    p.text("D31", "How it is computed", style::heading);
    p.merge("D31:I31");
    struct Derived
    {
        const char* label;
        const char* formula;
        const char* format;
        const char* unit;
        const char* how;
    };
    const Derived derived[] = {
        { "Landauer floor, one bit (Eq 1)", "=LANDAUER(Temperature_K)", "0.00E+00", "J",
          "=LANDAUER(T): k_B T ln 2" },
        { "Landauer floor, one token (Eq 2)", "=LANDAUER(Temperature_K;Bits_per_token)",
          "0.00E+00", "J/token", "=LANDAUER(T; bits per token)" },
        { "Energy per token (Eq 3)", "=CONVERT(Wh_per_token;\"Wh\";\"J\")", "0.00", "J/token",
          "=CONVERT(Wh per token; \"Wh\"; \"J\")" },
        { "Floor at the Shannon entropy", "=LANDAUER(Temperature_K;Bits_low)", "0.00E+00",
          "J/token", "=LANDAUER(T; 4 bits)" },
        { "Floor at the full vocabulary", "=LANDAUER(Temperature_K;Bits_high)", "0.00E+00",
          "J/token", "=LANDAUER(T; 16.6 bits)" },
        { "Full vocabulary over Shannon entropy", "=B36/B35", "0.00", "x",
          "the paper: \"a factor of five\"" },
        { "US grid, average power 2023", "=AVGPOWER(B23)/1E9", "0", "GW",
          "=AVGPOWER(4,178 TWh/yr): 8,760 hours a year" },
        { "AI, average power 2024", "=AVGPOWER(B18)/1E9", "0.0", "GW", "=AVGPOWER(65 TWh/yr)" },
        { "AI, average power 2028", "=AVGPOWER(C18)/1E9", "0.0", "GW", "=AVGPOWER(326 TWh/yr)" },
        { "The essay's US average (480 GW) in a year", "=ANNUALTWH(POWERREF(\"us_electricity\"))",
          "#,##0", "TWh/yr", "=ANNUALTWH(POWERREF(\"us_electricity\")): near the paper's 4,178" },
        { "2028 capacity, in words", "=C21*Words_per_token", "#,##0", "words/person/day",
          "tokens per person per day x words per token: \"a novel per day\"" },
        { "2028 capacity over 2024 use", "=C21/B20", "#,##0", "x",
          "\"more than three orders of magnitude above\" mid-2024 use" },
    };
    row = 32;
    for (const Derived& d : derived)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, d.label);
        p.formula("B" + r, d.formula, style::result, d.format);
        p.text("C" + r, d.unit);
        p.text("D" + r, d.how, style::note);
        p.merge("D" + r + ":I" + r);
    }
    // rows 32..43

    const std::string table = check_table(
        p, 45,
        {
            { "AI share of US grid, 2024", "=100*B24", "1.6", "%", "", "Table 1" },
            { "AI share of US grid, 2028", "=100*C24", "7.2", "%", "", "Table 1" },
            { "Capacity per person per day, 2024", "=B21", "44500", "tokens/person/day", "",
              "Table 1 and Sec 3.1" },
            { "Capacity per person per day, 2028", "=C21", "225000", "tokens/person/day",
              "223288",
              "Abstract, Table 1, Sec 3.4: Eq 9 gives 223,288 (326E12 Wh / 5E-4 Wh / 8.0E9 / "
              "365), 0.8% less" },
            { "2028 capacity in words", "=B42", "169000", "words/person/day", "167466",
              "Sec 3.1: 0.75 x its rounded 225,000; 0.75 x 223,288 is 167,466" },
            { "Floor at 16.6 bits over floor at 4 bits", "=B37", "5", "x", "4.15",
              "Sec 2: \"a factor of five\"; 16.6 / 4 = 4.15, a factor of four" },
        });
    // The computed column with a digit or two more than the text prints.
    const char* formats[] = { "0.000", "0.000", "#,##0", "#,##0", "#,##0", "0.000" };
    for (int i = 0; i < 6; ++i)
        p.format("B" + std::to_string(46 + i), formats[i]);
    p.wrap("I46:I51");
    return table;
}

// Table 2, the question budget: a grid of live QUESTIONBUDGET formulas with
// a colour scale, the printed grid beside it, and a check row per cell.
std::string question_budget(Page& p)
{
    p.widths({ 62, 26, 34, 34, 34, 34, 18, 24, 24, 24, 24 });
    p.text("A1", "Photons = Tokens: the question budget (Table 2)", style::title);
    p.text("A2",
           "Source: the paper \"Photons = Tokens\", Section 5.3 and Table 2. Yellow cells are "
           "inputs; Wh per token, population and days per year are on the sheet Balance sheet.",
           style::note);
    p.merge("A2:K2");
    // A3:B3 repeat the workbook's verdict once TW_ALL_MATCH exists (build).

    p.text("A5", "Table 2: questions per person per day", style::heading);
    p.text("B5", "", style::heading);
    p.text("C5", "Energy budget (TWh/yr): live", style::heading);
    p.merge("C5:F5");
    p.text("H5", "The paper prints (questions/person/day)", style::heading);
    p.merge("H5:K5");
    p.text("A6", "Conversation", style::heading);
    p.text("B6", "Tokens per question (tokens)", style::heading);
    const std::string energy_format = "#,##0\" TWh/yr\"";
    p.formula("C6", "=AI_TWh_2024", style::result, energy_format);
    p.input("D6", 165, { 0, any_size, "An energy budget in TWh a year: 0 or more." },
            energy_format);
    p.formula("E6", "=AI_TWh_2028", style::result, energy_format);
    p.input("F6", 650, { 0, any_size, "An energy budget in TWh a year: 0 or more." },
            energy_format);
    const char* printed_headers[] = { "65 TWh", "165 TWh", "326 TWh", "650 TWh" };
    const char columns[] = "CDEF", printed_columns[] = "HIJK";
    for (int c = 0; c < 4; ++c)
        p.text(std::string(1, printed_columns[c]) + "6", printed_headers[c], style::heading);

    const double lengths[] = { 100, 250, 500, 1000 };
    const char* conversations[] = { "Short factual query", "Longer answer",
                                    "Substantive interaction", "Multi-turn, long response" };
    const char* printed[4][4] = {
        { "450", "1130", "2200", "4500" },
        { "180", "450", "900", "1800" },
        { "90", "225", "450", "900" },
        { "45", "113", "225", "450" },
    };
    // Where Table 2 contradicts its own equation (at its printed precision).
    const char* recomputed[4][4] = {
        { "", "", "", "" },
        { "", "", "", "" },
        { "", "226", "", "" },
        { "", "", "223", "" },
    };
    for (int r = 0; r < 4; ++r)
    {
        const std::string row = std::to_string(7 + r);
        p.text("A" + row, conversations[r]);
        p.input("B" + row, lengths[r],
                { 1, any_size, "Tokens per question: at least 1 (prompt plus response)." },
                "#,##0");
        for (int c = 0; c < 4; ++c)
        {
            const std::string col(1, columns[c]);
            p.formula(col + row,
                      "=QUESTIONBUDGET(" + col + "$6;Wh_per_token;$B" + row
                          + ";Population;Days_per_year)",
                      style::result, "#,##0");
            p.number(std::string(1, printed_columns[c]) + row, std::stod(printed[r][c]),
                     style::printed, "#,##0");
        }
    }
    const auto bands = p.colour_scale("C7:F10");
    // The colour key: each band's upper bound, live.
    p.text("A11", "Colour key: up to (questions/person/day)", style::heading);
    const char key_columns[] = "BCDEF";
    for (int band = 0; band < heat_bands; ++band)
        p.formula(std::string(1, key_columns[band]) + "11",
                  "=MIN($C$7:$F$10)*(MAX($C$7:$F$10)/MIN($C$7:$F$10))^(" + std::to_string(band + 1)
                      + "/" + std::to_string(heat_bands) + ")",
                  bands[band].c_str(), "#,##0");
    p.text("A12",
           "Each live cell is =QUESTIONBUDGET(energy; Wh per token; tokens per question; "
           "population; days per year). Colours: five bands, evenly spaced on a log scale from "
           "the grid's smallest figure (green) to its largest (red). 65 and 326 TWh/yr are the "
           "balance sheet's inputs; 165 is the low 2028 projection (Sec 3.1), 650 about twice "
           "the high one. The prose repeats two cells: 2,200 (326 TWh/yr, 100 tokens) and 225 "
           "(326 TWh/yr, 1,000 tokens).",
           style::note);
    p.merge("A12:K12");
    p.wrap("A12");
    p.row_lines(12, 2);

    // Eq 14-15: the prose's worked example, 326 TWh and 100 tokens.
    p.text("A14", "Sec 5.3, worked example", style::heading);
    p.text("B14", "Value", style::heading);
    p.text("C14", "Unit", style::heading);
    p.text("D14", "How it is computed", style::heading);
    p.merge("D14:K14");
    p.text("A15", "Questions a year (Eq 14)");
    p.formula("B15", "=TOKENBUDGET(E6;Wh_per_token)/B7/1E15", style::result, "0.00");
    p.text("C15", "quadrillion/yr");
    p.text("D15", "=TOKENBUDGET(326 TWh/yr; Wh per token) / 100 tokens per question",
           style::note);
    p.merge("D15:K15");
    p.text("A16", "Questions per person per day (Eq 15)");
    p.formula("B16", "=QUESTIONBUDGET(E6;Wh_per_token;B7;Population;Days_per_year)",
              style::result, "#,##0");
    p.text("C16", "questions/person/day");
    p.text("D16", "=QUESTIONBUDGET(326; Wh per token; 100; population; days)", style::note);
    p.merge("D16:K16");

    std::vector<Check> checks;
    checks.push_back({ "Questions a year (Eq 14)", "=B15", "6.5",
                       "quadrillion/yr", "", "Sec 5.3: \"roughly 6.5 quadrillion questions\"" });
    const double paper_energy[] = { 65, 165, 326, 650 };
    const double per_twh = 1e12 / (5e-4 * 8.0e9 * 365); // questions/person/day per TWh/yr at 1 token
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
        {
            const std::string cell = std::string(1, columns[c]) + std::to_string(7 + r);
            const double v = paper_energy[c] * per_twh / lengths[r];
            std::string note = "Eq 15: " + fixed(v, 2);
            const std::string p_text = printed[r][c];
            const int figures = significant_figures(p_text);
            if (*recomputed[r][c])
                note += ", off by " + fixed(std::fabs(v - std::stod(p_text)), 2) + " (3 figures)";
            else if (figures < static_cast<int>(p_text.size()))
                note += " (holds to " + std::to_string(figures) + " figure"
                        + (figures > 1 ? "s)" : ")");
            checks.push_back({ std::to_string(static_cast<int>(paper_energy[c])) + " TWh/yr, "
                                   + std::to_string(static_cast<int>(lengths[r]))
                                   + " tokens/question",
                               "=" + cell, p_text, "questions/person/day", recomputed[r][c],
                               note });
        }
    p.page_break_before(18);
    const std::string table = check_table(p, 18, checks);
    // The notes run across the printed grid's columns.
    for (int row = 19; row < 19 + static_cast<int>(checks.size()); ++row)
        p.merge("I" + std::to_string(row) + ":K" + std::to_string(row));
    return table;
}

void build(Book& book)
{
    Page balance = book.page(0, "Balance sheet");
    Page questions = book.page(1, "Question budget");
    const std::string balance_table = balance_sheet(balance);
    const std::string question_table = question_budget(questions);
    all_match(balance, "A3", "B3", { balance_table, "$'Question budget'." + question_table });
    questions.text("A3", "Every figure matches (both sheets)", style::heading);
    questions.formula("B3", "=TW_ALL_MATCH", style::verdict);
    balance.print_landscape_one_page_wide();
    questions.print_landscape_one_page_wide();
}

Register paper_balance({ "paper-balance", "The paper's balance sheet and question budget", build });
}
}
