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

#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
std::string with_decimals(double x, int decimals)
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
    p.next();
    p.text('A', "Photons = Tokens: the paper's balance sheet (Table 1)", style::title);
    p.next();
    p.text('A',
           "Source: the paper \"Photons = Tokens: The Physics of AI and the Economics of "
           "Knowledge\", Sections 2-3 and Table 1. "
               + p.inputs_note()
               + (p.text_inputs() ? "" : " The inputs here drive the sheet Question budget too."),
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    p.next(2); // rows 3 (the verdict, written by build) and 4

    // Inputs shared by both tables; named so the other sheet reads them too.
    p.headers({ "Input", "Value", "Unit", "From the paper" });
    p.merge('D', 'I');
    const std::vector<Input> shared = {
        { "Wh_per_token", "Energy per output token (inference)", 5e-4,
          { 1e-12, any_size, "Energy per token in Wh: more than 0 (the paper takes 5E-4 Wh)." },
          "0.0E+00", "Wh/token", "Sec 2.1: mid-range estimate, Wh per output token (Eq 3: 1.8 J)" },
        { "Population", "World population", 8.0e9,
          { 1, any_size, "Population: a number of people, at least 1." }, "0.0E+00", "people",
          "Eq 9: US capacity divided among the world's people" },
        { "Days_per_year", "Days per year", 365,
          { 1, 366, "Days per year: a number from 1 to 366." }, "0", "days",
          "Eq 9: tokens per year to tokens per day" },
        { "Bits_per_token", "Bits per token", 12,
          { 1, 64, "Bits per token: from 1 to 64 (the paper takes 12)." }, "0", "bits",
          "Sec 2: \"We adopt 12 bits per token\"" },
        { "Temperature_K", "Temperature", 300,
          { 1, 1000, "Temperature in kelvin: from 1 to 1,000 (room temperature is 300 K)." }, "0",
          "K", "Eq 1: room temperature" },
        { "Words_per_token", "Words per token", 0.75,
          { 0.01, 10, "Words per token: from 0.01 to 10 (the paper takes 0.75)." }, "0.00",
          "words/token", "Sec 3.1: \"at 0.75 words per token\"" },
        { "Tokens_per_day_2024", "Global AI tokens per day, mid-2024", 1.0e12,
          { 0, any_size, "Tokens per day: a number of 0 or more." }, "0.0E+00", "tokens/day",
          "Eq 7; the text gives no exponent: 1.0E12 is what the table's 125 per person "
          "implies" },
        { "Bits_low", "Information per token, Shannon entropy", 4,
          { 0.1, 64, "Bits per token: from 0.1 to 64 (the paper's low end is 4)." }, "0.0",
          "bits", "Sec 2: \"at the Shannon entropy of 4 bits\"" },
        { "Bits_high", "Information per token, full vocabulary", 16.6,
          { 0.1, 64, "Bits per token: from 0.1 to 64 (the paper's high end is 16.6)." }, "0.0",
          "bits", "Sec 2: \"at the full vocabulary of 16.6 bits\"" },
    };
    inputs(p, shared);
    // Workbook-wide names: the formulas of both sheets use them.
    for (const Input& in : shared)
        p.name(in.key, p.ref(in.key));

    // Table 1 as the paper lays it out, computed, with what it prints.
    p.next();
    p.headers({ "Table 1: the balance sheet", "2024", "2028 (proj.)", "Units",
                "The paper prints, 2024", "The paper prints, 2028", "How it is computed" });
    p.merge('G', 'I');
    const char* lost = "(not given)";
    auto section = [&](const char* title) {
        p.next();
        p.text('A', title, style::heading);
        p.merge('A', 'I');
    };
    // A row of Table 1: its label, then the columns' cells, then how.
    auto how = [&](const char* text) { note(p, 'G', 'I', text); };
    auto printed = [&](char column, double value, const char* format) {
        p.number(column, value, style::printed, format);
    };
    // The 2024 and 2028 columns' formula: # is the column's input row.
    auto both = [&](const std::string& formula, const char* format) {
        for (char column : { 'B', 'C' })
        {
            std::string f = formula;
            for (std::size_t at; (at = f.find('#')) != std::string::npos;)
                f.replace(at, 1, std::string(1, column));
            p.formula(column, f, style::result, format);
        }
    };
    auto lost_both = [&] {
        p.text('E', lost, style::printed);
        p.text('F', lost, style::printed);
    };
    section("Demand (observed) and capacity (projected)");
    p.next();
    const int ai_row = p.row();
    p.text('A', "AI electricity consumption");
    p.input('B', 65, { 0, any_size, "AI electricity in TWh a year: 0 or more." }, "#,##0");
    p.input('C', 326, { 0, any_size, "AI electricity in TWh a year: 0 or more." }, "#,##0");
    p.name("AI_TWh_2024", p.at('B'));
    p.name("AI_TWh_2028", p.at('C'));
    p.key("ai_2024", p.at('B'));
    p.key("ai_2028", p.at('C'));
    p.text('D', "TWh/yr");
    printed('E', 65, "#,##0");
    printed('F', 326, "#,##0");
    how("Sec 3.1: 53-76 TWh in 2024, 165-326 TWh projected for 2028");
    const std::string ai = "#" + std::to_string(ai_row);

    p.next();
    p.text('A', "Token capacity (at the Wh per token above)");
    both("=TOKENBUDGET(" + ai + ";Wh_per_token)", "0.00E+00");
    p.text('D', "tokens/yr");
    lost_both();
    how("=TOKENBUDGET(TWh/yr; Wh/token), Eq 8");

    p.next();
    p.key("observed", p.at('B'));
    p.text('A', "Observed tokens per person per day");
    p.formula('B', "=Tokens_per_day_2024/Population", style::result, "#,##0");
    p.text('C', "-");
    p.text('D', "tokens/person/day");
    printed('E', 125, "#,##0\"*\"");
    p.text('F', "-", style::printed);
    how("Eq 7: tokens per day / population (not a check: see *)");
    const std::string observed_printed = p.at('C'), observed_dash = p.at('F');

    p.next();
    p.key("capacity_2024", p.at('B'));
    p.key("capacity_2028", p.at('C'));
    p.text('A', "Capacity per person per day");
    both("=TOKENSPERCAPITA(" + ai + ";Wh_per_token;Population;Days_per_year)", "#,##0");
    p.text('D', "tokens/person/day");
    printed('E', 44500, "#,##0");
    printed('F', 225000, "#,##0");
    how("=TOKENSPERCAPITA(...), Eq 9: its 225,000 is 223,288");

    section("Supply (grid)");
    p.next();
    const std::string grid = "#" + std::to_string(p.row());
    p.key("grid_2023", p.at('B'));
    p.text('A', "Total US electricity generation");
    p.input('B', 4178, { 1, any_size, "US generation in TWh a year: at least 1." }, "#,##0");
    p.input('C', 4500, { 1, any_size, "US generation in TWh a year: at least 1." }, "#,##0");
    p.text('D', "TWh/yr");
    printed('E', 4178, "#,##0");
    printed('F', 4500, "#,##0");
    how("Sec 3.2: 4,178 TWh generated in 2023 (US EIA)");

    p.next();
    p.key("share_2024", p.at('B'));
    p.key("share_2028", p.at('C'));
    p.text('A', "AI share of US grid");
    both("=GRIDRATIO(AVGPOWER(" + ai + ");AVGPOWER(" + grid + "))", "0.0%");
    p.text('D', "% of generation");
    printed('E', 0.016, "0.0%");
    printed('F', 0.072, "0.0%");
    how("=GRIDRATIO(AVGPOWER(AI TWh/yr); AVGPOWER(grid TWh/yr))");

    p.next();
    const std::string max_tokens_lost = p.span('E', 'F');
    p.text('A', "Maximum tokens at current efficiency");
    both("=TOKENBUDGET(" + grid + ";Wh_per_token)", "0.00E+00");
    p.text('D', "tokens/yr");
    lost_both();
    how("=TOKENBUDGET(grid TWh/yr; Wh/token): all of it making tokens");

    section("Physical limits");
    p.next();
    const int limits_first = p.row();
    p.text('A', "Landauer-limited tokens (entire US grid)");
    both("=TOKENBUDGET(" + grid + ";CONVERT(LANDAUER(Temperature_K;Bits_per_token);\"J\";\"Wh\"))",
         "0.00E+00");
    p.text('D', "tokens/yr");
    lost_both();
    how("=TOKENBUDGET(grid; LANDAUER(T; bits) in Wh): at the floor");

    p.next();
    p.text('A', "Efficiency gap (actual / Landauer)");
    both("=EFFGAP(CONVERT(Wh_per_token;\"Wh\";\"J\");Bits_per_token;Temperature_K)", "0.00E+00");
    p.text('D', "x");
    lost_both();
    how("=EFFGAP(J/token; bits; T), Eq 4; 2028 at 2024's efficiency");
    const std::string limits_lost = cell('E', limits_first) + ":" + p.at('F');
    p.next();
    p.text('A',
           "* Mid-2024 global tokens per day (Eq 7) over the world's population. The text gives "
           "no exponent for the daily total; 1.0E12 is what the printed 125 implies, so the "
           "125 is shown, not checked. (not given): the text gives no figure; the workbook "
           "computes it and checks only figures the text still prints (below).",
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);

    const std::string token_lost = cell('E', ai_row + 1) + ":" + cell('F', ai_row + 1);
    for (const std::string& range :
         { token_lost, observed_printed, observed_dash, max_tokens_lost, limits_lost })
        p.align_right(range);

    // Behind the table: the floor, the joules, the powers.
    p.next();
    p.page_break_before(p.row() + 1);
    p.headers({ "Behind the table", "Value", "Unit", "How it is computed" });
    p.merge('D', 'I');
    panel(p,
          {
              { "", "Landauer floor, one bit (Eq 1)", "=LANDAUER(Temperature_K)", "J", "0.00E+00",
                "", "", "=LANDAUER(T): k_B T ln 2" },
              { "", "Landauer floor, one token (Eq 2)", "=LANDAUER(Temperature_K;Bits_per_token)",
                "J/token", "0.00E+00", "", "", "=LANDAUER(T; bits per token)" },
              { "", "Energy per token (Eq 3)", "=CONVERT(Wh_per_token;\"Wh\";\"J\")", "J/token",
                "0.00", "", "", "=CONVERT(Wh per token; \"Wh\"; \"J\")" },
              { "floor_low", "Floor at the Shannon entropy", "=LANDAUER(Temperature_K;Bits_low)",
                "J/token", "0.00E+00", "", "", "=LANDAUER(T; 4 bits)" },
              { "floor_high", "Floor at the full vocabulary", "=LANDAUER(Temperature_K;Bits_high)",
                "J/token", "0.00E+00", "", "", "=LANDAUER(T; 16.6 bits)" },
              { "floors", "Full vocabulary over Shannon entropy", "={floor_high}/{floor_low}", "x",
                "0.00", "", "", "the paper: \"a factor of five\"" },
              { "", "US grid, average power 2023", "=AVGPOWER({grid_2023})/1E9", "GW", "0", "", "",
                "=AVGPOWER(4,178 TWh/yr): 8,760 hours a year" },
              { "", "AI, average power 2024", "=AVGPOWER({ai_2024})/1E9", "GW", "0.0", "", "",
                "=AVGPOWER(65 TWh/yr)" },
              { "", "AI, average power 2028", "=AVGPOWER({ai_2028})/1E9", "GW", "0.0", "", "",
                "=AVGPOWER(326 TWh/yr)" },
              { "", "The essay's US average (480 GW) in a year",
                "=ANNUALTWH(POWERREF(\"us_electricity\"))", "TWh/yr", "#,##0", "", "",
                "=ANNUALTWH(POWERREF(\"us_electricity\")): near the paper's 4,178" },
              { "words_2028", "2028 capacity, in words", "={capacity_2028}*Words_per_token",
                "words/person/day", "#,##0", "", "",
                "tokens per person per day x words per token: \"a novel per day\"" },
              { "", "2028 capacity over 2024 use", "={capacity_2028}/{observed}", "x", "#,##0", "",
                "", "\"more than three orders of magnitude above\" mid-2024 use" },
          },
          'I');

    p.next();
    const int top = p.row() + 1;
    const std::string table = check_table(
        p,
        {
            { "AI share of US grid, 2024", "=100*{share_2024}", "1.6", "%", "", "Table 1" },
            { "AI share of US grid, 2028", "=100*{share_2028}", "7.2", "%", "", "Table 1" },
            { "Capacity per person per day, 2024", "={capacity_2024}", "44500",
              "tokens/person/day", "", "Table 1 and Sec 3.1" },
            { "Capacity per person per day, 2028", "={capacity_2028}", "225000",
              "tokens/person/day", "223288",
              "Abstract, Table 1, Sec 3.4: Eq 9 gives 223,288 (326E12 Wh / 5E-4 Wh / 8.0E9 / "
              "365), 0.8% less" },
            { "2028 capacity in words", "={words_2028}", "169000", "words/person/day", "167466",
              "Sec 3.1: 0.75 x its rounded 225,000; 0.75 x 223,288 is 167,466" },
            { "Floor at 16.6 bits over floor at 4 bits", "={floors}", "5", "x", "4.15",
              "Sec 2: \"a factor of five\"; 16.6 / 4 = 4.15, a factor of four" },
        });
    // The computed column with a digit or two more than the text prints.
    const char* formats[] = { "0.000", "0.000", "#,##0", "#,##0", "#,##0", "0.000" };
    for (int i = 0; i < 6; ++i)
        p.format(cell(check_column::computed, top + 1 + i), formats[i]);
    p.wrap(cell(check_column::note, top + 1) + ":" + cell(check_column::note, p.row() - 1));
    return table;
}

// Table 2, the question budget: a grid of live QUESTIONBUDGET formulas with
// a colour scale, the printed grid beside it, and a check row per cell.
std::string question_budget(Page& p)
{
    p.widths({ 62, 26, 34, 34, 34, 34, 18, 24, 24, 24, 24 });
    p.next();
    p.text('A', "Photons = Tokens: the question budget (Table 2)", style::title);
    p.next();
    p.text('A',
           "Source: the paper \"Photons = Tokens\", Section 5.3 and Table 2. " + p.inputs_note()
               + " Wh per token, population and days per year are on the balance sheet.",
           style::note);
    p.merge('A', 'K');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    p.next(3); // row 3 repeats the workbook's verdict once TW_ALL_MATCH exists (build)
    p.text('A', "Table 2: questions per person per day", style::heading);
    p.text('B', "", style::heading);
    p.text('C', "Energy budget (TWh/yr): live", style::heading);
    p.merge('C', 'F');
    p.text('H', "The paper prints (questions/person/day)", style::heading);
    p.merge('H', 'K');
    p.headers({ "Conversation", "Tokens per question (tokens)" });
    const int energy_row = p.row();
    const std::string energy_format = "#,##0\" TWh/yr\"";
    p.formula('C', "=AI_TWh_2024", style::result, energy_format);
    p.input('D', 165, { 0, any_size, "An energy budget in TWh a year: 0 or more." },
            energy_format);
    p.formula('E', "=AI_TWh_2028", style::result, energy_format);
    p.key("energy_2028", p.at('E'));
    p.input('F', 650, { 0, any_size, "An energy budget in TWh a year: 0 or more." },
            energy_format);
    const char* printed_headers[] = { "65 TWh", "165 TWh", "326 TWh", "650 TWh" };
    const char columns[] = "CDEF", printed_columns[] = "HIJK";
    for (int c = 0; c < 4; ++c)
        p.text(printed_columns[c], printed_headers[c], style::heading);

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
    std::string grid[4][4]; // the live cells
    for (int r = 0; r < 4; ++r)
    {
        p.next();
        if (r == 0)
            p.key("tokens_short", p.at('B'));
        p.text('A', conversations[r]);
        p.input('B', lengths[r],
                { 1, any_size, "Tokens per question: at least 1 (prompt plus response)." },
                "#,##0");
        for (int c = 0; c < 4; ++c)
        {
            grid[r][c] = p.at(columns[c]);
            p.formula(columns[c],
                      "=QUESTIONBUDGET(" + std::string(1, columns[c]) + "$"
                          + std::to_string(energy_row) + ";Wh_per_token;$" + p.at('B')
                          + ";Population;Days_per_year)",
                      style::result, "#,##0");
            p.number(printed_columns[c], std::stod(printed[r][c]), style::printed, "#,##0");
        }
    }
    const std::string live = grid[0][0] + ":" + grid[3][3];
    const auto bands = p.colour_scale(live);
    // The colour key: each band's upper bound, live.
    p.next();
    p.text('A', "Colour key: up to (questions/person/day)", style::heading);
    const std::string fixed_live = fixed(columns[0], energy_row + 1) + ":"
                                   + fixed(columns[3], energy_row + 4);
    for (int band = 0; band < heat_bands; ++band)
        p.formula(static_cast<char>('B' + band),
                  "=MIN(" + fixed_live + ")*(MAX(" + fixed_live + ")/MIN(" + fixed_live + "))^("
                      + std::to_string(band + 1) + "/" + std::to_string(heat_bands) + ")",
                  bands[band].c_str(), "#,##0");
    p.next();
    p.text('A',
           "Each live cell is =QUESTIONBUDGET(energy; Wh per token; tokens per question; "
           "population; days per year). Colours: five bands, evenly spaced on a log scale from "
           "the grid's smallest figure (green) to its largest (red). 65 and 326 TWh/yr are the "
           "balance sheet's inputs; 165 is the low 2028 projection (Sec 3.1), 650 about twice "
           "the high one. The prose repeats two cells: 2,200 (326 TWh/yr, 100 tokens) and 225 "
           "(326 TWh/yr, 1,000 tokens).",
           style::note);
    p.merge('A', 'K');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);

    // Eq 14-15: the prose's worked example, 326 TWh and 100 tokens.
    p.next();
    p.headers({ "Sec 5.3, worked example", "Value", "Unit", "How it is computed" });
    p.merge('D', 'K');
    panel(p,
          {
              { "questions_year", "Questions a year (Eq 14)",
                "=TOKENBUDGET({energy_2028};Wh_per_token)/{tokens_short}/1E15", "quadrillion/yr",
                "0.00", "", "", "=TOKENBUDGET(326 TWh/yr; Wh per token) / 100 tokens per question" },
              { "", "Questions per person per day (Eq 15)",
                "=QUESTIONBUDGET({energy_2028};Wh_per_token;{tokens_short};Population;Days_per_year)",
                "questions/person/day", "#,##0", "", "",
                "=QUESTIONBUDGET(326; Wh per token; 100; population; days)" },
          },
          'K');

    std::vector<Check> checks;
    checks.push_back({ "Questions a year (Eq 14)", "={questions_year}", "6.5",
                       "quadrillion/yr", "", "Sec 5.3: \"roughly 6.5 quadrillion questions\"" });
    const double paper_energy[] = { 65, 165, 326, 650 };
    const double per_twh = 1e12 / (5e-4 * 8.0e9 * 365); // questions/person/day per TWh/yr at 1 token
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
        {
            const double v = paper_energy[c] * per_twh / lengths[r];
            std::string note = "Eq 15: " + with_decimals(v, 2);
            const std::string p_text = printed[r][c];
            const int figures = significant_figures(p_text);
            if (*recomputed[r][c])
                note += ", off by " + with_decimals(std::fabs(v - std::stod(p_text)), 2) + " (3 figures)";
            else if (figures < static_cast<int>(p_text.size()))
                note += " (holds to " + std::to_string(figures) + " figure"
                        + (figures > 1 ? "s)" : ")");
            checks.push_back({ std::to_string(static_cast<int>(paper_energy[c])) + " TWh/yr, "
                                   + std::to_string(static_cast<int>(lengths[r]))
                                   + " tokens/question",
                               "=" + grid[r][c], p_text, "questions/person/day", recomputed[r][c],
                               note });
        }
    p.next();
    p.page_break_before(p.row() + 1);
    const int top = p.row() + 1;
    const std::string table = check_table(p, checks);
    // The notes run across the printed grid's columns.
    for (int row = top + 1; row < p.row(); ++row)
        p.merge(cell(check_column::note, row) + ":" + cell('K', row));
    return table;
}

// Both sheets, at the reader's inputs or (the twins) at the paper's.
void sheets(Page& balance, Page& questions)
{
    const std::string balance_table = balance_sheet(balance);
    const std::string question_table = question_budget(questions);
    constexpr int verdict = 3; // the row both sheets keep for it
    all_match(balance, verdict,
              { balance_table, Page::sheet_prefix(questions.sheet_name()) + question_table });
    questions.text(cell('A', verdict), "Every figure matches (both sheets)", style::heading);
    questions.formula(cell('B', verdict), "=" + Page::sheet_prefix(balance.sheet_name()) + "$B$3",
                      style::verdict);
    status(questions, verdict, 'C', 'K');
    balance.print_landscape_one_page_wide();
    questions.print_landscape_one_page_wide();
}

void build(Book& book)
{
    Page balance = book.page(0, "Balance sheet");
    Page questions = book.page(1, "Question budget");
    Page balance_text = book.page(2, "Balance sheet, paper inputs");
    Page questions_text = book.page(3, "Question budget, paper inputs");
    book.make_twins(balance, balance_text);
    book.make_twins(questions, questions_text);
    sheets(balance_text, questions_text);
    sheets(balance, questions);
}

Register paper_balance({ "paper-balance", "The paper's balance sheet and question budget", build });
}
}
