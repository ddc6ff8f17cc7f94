// Template 2: cohort scaling. The essay's "At scale" table (small town
// 25,000 ... world 8.1E9 people) live through COHORT, at the 53 kW the essay
// rounds P_user to and at the unrounded 53.24 kW beside it; POWERCOMPARE
// beside the essay's Reference column; a log-scale chart of P_pop by cohort
// against US electricity and world primary energy; every printed P_pop and
// every quantitative claim of the Reference column checked.
#include <limits>

#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"
#include "number_text.hxx"

namespace tokwatt::templates
{
namespace
{
struct Cohort
{
    const char* key; // names its row's cells for the checks
    const char* name;
    double people;
    const char* comparator; // the POWERREF preset the essay compares with
    const char* unit;       // the unit the essay prints P_pop in
    const char* printed;    // the essay's P_pop
    const char* reference;  // the essay's Reference column
};

const Cohort cohorts[] = {
    { "town", "Small town", 25e3, "hoover_dam", "GW", "1.3 GW", "one Hoover Dam" },
    { "city", "Major US city", 75e3, "nuclear_unit", "GW", "4.0 GW", "four large nuclear units" },
    { "metro", "Major US metro", 5e6, "us_electricity", "GW", "265 GW", "55% of total US electricity" },
    { "nyc", "NYC", 8.3e6, "us_electricity", "GW", "440 GW", "92% of US electricity" },
    { "usa", "USA", 335e6, "world_primary_energy", "TW", "17.8 TW",
      "94% of total world primary energy" },
    { "china", "China", 1.41e9, "world_primary_energy", "TW", "75 TW", "4x world primary energy" },
    { "world", "World", 8.1e9, "world_primary_energy", "TW", "429 TW", "23x world primary energy" },
};
constexpr int cohort_count = sizeof cohorts / sizeof cohorts[0];

void model(Page& p);

// K_1, in the COHORT array and beside it. Not Calc's standard scientific
// "0.00E+00": with a conditional format on the array's first cell (P_pop),
// Calc 7.4 drops that one from the array's other cells on recalculation.
constexpr const char* k1_format = "0.00E+0";

// COHORT's columns in rows first..last: P_pop (C), P_pop / comparator (D),
// K_1 (E).
void columns_formats(Page& p, int first, int last, const std::string& power)
{
    const auto column = [&](char c) { return cell(c, first) + ":" + cell(c, last); };
    p.format(column('C'), power);
    p.format(column('D'), "0.00");
    p.format(column('E'), k1_format);
}

// The table at the reader's inputs, and its twin at the essay's.
void build(Book& book) { book.twins(0, "At scale", 1, "At scale, essay inputs", model); }

void model(Page& p)
{
    const bool live = !p.text_inputs();
    // Powers in W, shown with SI prefixes: the cohorts run from 1.3 GW to 429 TW.
    const std::string power = si_format("W", 9);
    p.widths({ 50, 38, 24, 22, 22, 20, 16, 24, 66, 62 });

    p.next();
    p.text('A', "At scale: Peter-rate users by cohort, against the grid and the world",
           style::title);
    p.next();
    p.text('A',
           "Source: \"Counting piano tuners, counting tokens\", its \"At scale\" table "
           "(\"With E_eff = 0.23 J/tok and P_user = 53 kW\") and the sentence after it. "
               + p.inputs_note(),
           style::note);
    p.merge('A', 'J');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();

    // Inputs.
    p.headers({ "Input", "Value", "Unit" });
    inputs(p, {
                  { "R", "R (Peter's 603B a month)", 20e9,
                    { 1, any_size, "Tokens per day per user: a number of 1 or more." },
                    "0.00E+00", "tokens/day per user" },
                  { "e_eff", "E_eff (the body's profile)", 0.23,
                    { 1e-12, any_size, "E_eff is an energy per token in J, more than 0." },
                    "0.00", "J per nominal token" },
              });
    panel(p, { { "p_user", "P_user = R E_eff / 86400", "=CONVERT(PUSER({R};{e_eff});\"W\";\"kW\")",
                 "kW, unrounded", "0.00" } });
    const int unrounded_row = p.row();
    // The essay's table rounds P_user to 53 kW: that is its twin's scenario;
    // the live table follows the live chain.
    if (live)
    {
        panel(p, { { "p_table", "P_user of the table below", "={p_user}", "kW", "0.00" } });
    }
    else
        inputs(p, { { "p_table", "P_user as the table rounds it", 53,
                      { 0, any_size, "P_user in kW: a power of 0 or more." }, "0.00",
                      "kW, rounded" } });
    const int rounded_row = p.row();
    const std::string rows = "row " + std::to_string(rounded_row),
                      row7 = "row " + std::to_string(unrounded_row);
    p.text(cell('E', unrounded_row),
           live ? "The table below runs the cohorts at your P_user (" + row7
                      + "); the second one is the essay's own table, at its rounded 53 kW, from "
                        "sheet \"" + p.twin_name()
                      + "\"."
                : "The essay's table uses P_user = 53 kW (" + rows
                      + ", the text's rounding of the 53.24 kW of " + row7
                      + "); the second table below runs the same cohorts at the unrounded "
                        "P_user.",
           style::note);
    p.merge(cell('E', unrounded_row) + ":" + cell('I', rounded_row));
    p.wrap(cell('E', unrounded_row));
    panel(p, { { "k1_today", "Humanity today (19 TW)",
                 "=KARDASHEV(POWERREF(\"world_primary_energy\"))", "K_1 (fraction)",
                 "0.00E+00" } });

    // Table 1: the essay's table, at the rounded 53 kW.
    p.next(2);
    p.formula('A',
              // typographic quotes: HyperFormula cannot parse "" inside a text
              std::string(live ? "=\"The “At scale” table at your P_user = \""
                               : "=\"The essay's “At scale” table, at P_user = \"")
                  + "&" + fixed_text("{p_table}", 2) + "&\" kW (" + rows + ")\"",
              style::heading);
    p.merge('A', 'J');
    p.headers({ "Cohort", "N (people)", "P_pop", "P_pop / comparator (x)",
                "K_1 = P_pop / 1.74E17 W", "P_pop (essay's unit)", "Unit",
                "The essay prints P_pop", "In words, live (POWERCOMPARE)",
                "The essay's Reference column" });
    const int first = p.row() + 1, last = first + cohort_count - 1;
    // Table 2 (after a free row): the unrounded P_user, and the comparators
    // both tables use.
    p.next(cohort_count + 2);
    p.text('A',
           live ? "The essay's own table, at its 53 kW (sheet \"" + p.twin_name()
                      + "\"), and the essay's comparators"
                : "The same cohorts at the unrounded P_user (" + row7
                      + "), and the essay's comparators",
           style::heading);
    p.merge('A', 'J');
    p.headers({ "Cohort", "Comparator (POWERREF name)", "P_pop", "P_pop / comparator (x)",
                "K_1 = P_pop / 1.74E17 W", "P_pop (essay's unit)", "Unit",
                "Comparator power", "In words, live (POWERCOMPARE)" });
    const int first2 = p.row() + 1, last2 = first2 + cohort_count - 1;
    const std::string people = cell('B', first) + ":" + cell('B', last),
                      comparators = cell('H', first2) + ":" + cell('H', last2);

    for (int i = 0; i < cohort_count; ++i)
    {
        const Cohort& k = cohorts[i];
        const int r = first + i, r2 = first2 + i;
        const auto in1 = [&](char column) { return cell(column, r); };
        const auto in2 = [&](char column) { return cell(column, r2); };
        p.text(in1('A'), k.name);
        p.input(in1('B'), k.people,
                { 0, any_size, "A cohort's size: a number of people, 0 or more." }, "#,##0");
        p.formula(in1('F'), "=CONVERT(" + in1('C') + ";\"W\";" + in1('G') + ")", style::result,
                  "0.0");
        p.text(in1('G'), k.unit);
        p.text(in1('H'), k.printed, style::printed);
        const std::string preset = std::string("\"") + k.comparator + "\"";
        p.formula(in1('I'), "=POWERCOMPARE(" + in1('C') + ";" + preset + ")");
        p.text(in1('J'), k.reference, style::printed);

        p.formula(in2('A'), "=" + in1('A'), style::result);
        p.text(in2('B'), k.comparator);
        p.formula(in2('F'), "=CONVERT(" + in2('C') + ";\"W\";" + in2('G') + ")", style::result,
                  "0.0");
        p.formula(in2('G'), "=" + in1('G'), style::result);
        p.formula(in2('H'), "=POWERREF(" + preset + ")", style::result, power);
        p.formula(in2('I'), "=POWERCOMPARE(" + in2('C') + ";" + preset + ")");
        for (const char* column : { "C", "D", "E", "F" }) // names for the checks
        {
            p.key(std::string(column) + "_" + k.key, in1(column[0]));
            p.key(std::string(column) + "_" + k.key + "_unrounded", in2(column[0]));
        }
    }
    // COHORT: one row per cohort, P_pop, P_pop / comparator, K_1.
    p.array_formula(cell('C', first) + ":" + cell('E', last),
                    live ? "=COHORT(" + people + ";PUSER({R};{e_eff});" + comparators + ")"
                         : "=COHORT(" + people + ";{p_table}*1000;" + comparators + ")",
                    "0.00E+00");
    columns_formats(p, first, last, power);
    if (live) // the essay's own table, from the twin
        for (int r = first2; r <= last2; ++r)
            for (char column : { 'C', 'D', 'E' })
                p.formula(cell(column, r), "=" + p.twin(cell(column, r - first2 + first)),
                          style::result,
                          column == 'C' ? power : column == 'D' ? "0.00" : k1_format);
    else
    {
        p.array_formula(cell('C', first2) + ":" + cell('E', last2),
                        "=COHORT(" + people + ";PUSER({R};{e_eff});" + comparators + ")",
                        "0.00E+00");
        columns_formats(p, first2, last2, power);
    }
    p.next(cohort_count + 1);
    p.text('A',
           "COHORT(users; p_user; grid_w) returns P_pop, P_pop / grid_w and K_1 for each cohort; "
           "grid_w here is each cohort's comparator (" + comparators + "), so column D is the "
           "essay's Reference column as a number. POWERCOMPARE rounds it to two significant "
           "figures.",
           style::note);
    p.merge('A', 'J');
    p.wrap(p.at('A'));

    // The chart: P_pop by cohort, against two levels.
    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "P_pop by cohort (log scale), against two levels", style::title);
    p.headers({ "Cohort", "", "US electricity", "World primary energy" });
    const int chart_top = p.row();
    // The series' name (the legend) says the P_user it is at.
    p.formula('B', "=\"P_pop at \"&" + fixed_text("{p_table}", 1) + "&\" kW\"", style::heading);
    for (int i = 0; i < cohort_count; ++i)
    {
        p.next();
        p.formula('A', "=" + cell('A', first + i), style::result);
        p.formula('B', "=" + cell('C', first + i), style::result, power);
        p.formula('C', "=POWERREF(\"us_electricity\")", style::result, power);
        p.formula('D', "=POWERREF(\"world_primary_energy\")", style::result, power);
    }
    const std::string chart_data = cell('A', chart_top) + ":" + p.at('D');
    p.next(2);
    p.text('A',
           "Bars: P_pop of each cohort at the table's P_user. Lines: the average US "
           "electricity load (480 GW) and world primary energy (19 TW), from the catalog. "
           "Every tenfold step is one grid line.",
           style::note);
    p.merge(p.at('A') + ":" + cell('D', p.row() + 2));
    p.wrap(p.at('A'));
    const int chart_end = chart_top + 31; // the chart's 32 rows
    p.chart({ "PpopByCohort", cell('E', chart_top) + ":" + cell('J', chart_end),
              "P_pop by cohort (bars, at the P_user in the legend) and two levels", "Cohort",
              "Power (log scale)", chart_data,
              false, true, true, 2, true, 1e8, NAN, NAN, true, si_axis_format("W", 9) });

    // The checks, a row after the chart.
    p.next(chart_end + 2 - p.row());
    p.page_break_before(p.row());
    p.text('A', "The essay's figures beside the live ones", style::title);
    const int top = p.row() + 1;
    const std::string table = check_table(
        p,
        {
            { "P_user, unrounded", "={p_user}", "53", "kW", "",
              "Eq user_load: \"20e9 x 0.23 / 86400 = 53,000 W = 53 kW\"" },
            { "Small town: P_pop", "={F_town}", "1.3", "GW", "", "At scale" },
            { "Major US city: P_pop", "={F_city}", "4.0", "GW", "", "At scale" },
            { "Major US metro: P_pop", "={F_metro}", "265", "GW", "", "At scale" },
            { "NYC: P_pop", "={F_nyc}", "440", "GW", "", "At scale" },
            { "USA: P_pop", "={F_usa}", "17.8", "TW", "", "At scale" },
            { "China: P_pop", "={F_china}", "75", "TW", "", "At scale" },
            { "World: P_pop", "={F_world}", "429", "TW", "", "At scale" },
            { "Small town: Hoover Dams", "={D_town}", "1", "dams", "",
              "\"one Hoover Dam\": 1.3 GW is 0.64 of the dam's 2,080 MW nameplate. Rounded to "
              "a whole dam that is one, so the text holds at its precision, but generously: "
              "read literally it overstates the town's draw 1.6x." },
            { "Major US city: large nuclear units", "={D_city}", "4", "units", "",
              "\"four large nuclear units\" of 1.0 GW" },
            { "Major US metro: share of US electricity", "={D_metro}*100", "55", "%", "",
              "\"55% of total US electricity\" (480 GW)" },
            { "NYC: share of US electricity", "={D_nyc}*100", "92", "%", "",
              "\"92% of US electricity\"" },
            { "USA: share of world primary energy", "={D_usa}*100", "94", "%", "93",
              "\"94%\" is off: at the table's 53 kW, 17.76 TW / 19 TW = 93.4%. The 94% is what "
              "the unrounded 53.24 kW gives (next row): this one cell mixes the two." },
            { "USA: same, at the unrounded 53.24 kW", "={D_usa_unrounded}*100", "94", "%", "",
              "93.9% at the unrounded P_user: the source of the text's 94%" },
            { "China: multiple of world primary energy", "={D_china}", "4", "x", "",
              "\"4x world primary energy\" (3.9x)" },
            { "World: multiple of world primary energy", "={D_world}", "23", "x", "",
              "\"23x world primary energy\"" },
            { "World: K_1", "={E_world}", "2.5E-3", "fraction", "", "\"K_1 = 2.5 x 10^-3\"" },
            { "Current humanity: K_1", "={k1_today}", "1E-4", "fraction", "",
              "\"Current humanity sits at K_1 = 1 x 10^-4\": 19 TW / 1.74E17 W = 1.09E-4" },
            { "World vs our current energy footprint", "={E_world}/{k1_today}", "25", "x", "23",
              "\"roughly 25x\" is off: it divides the rounded 2.5E-3 by the rounded 1E-4. With "
              "humanity's 19 TW (K_1 = 1.09E-4) the ratio is 22.6x, the table's own \"23x world "
              "primary energy\"." },
        });
    // The computed figures shown to a digit more than printed, by check
    // (0-based), notes over I:J.
    const int r0 = top + 1, r_last = p.row() - 1;
    const auto rows_of = [&](int from, int to) {
        return cell('B', r0 + from) + (to > from ? ":" + cell('B', r0 + to) : "");
    };
    p.format(rows_of(0, 0), "0.00");
    p.format(rows_of(8, 9), "0.00");
    p.format(rows_of(10, 13), "0.0");
    p.format(rows_of(14, 15), "0.00");
    p.format(rows_of(16, 17), "0.00E+00");
    p.format(rows_of(18, 18), "0.0");
    for (int r = r0; r <= r_last; ++r)
        p.merge(cell('I', r) + ":" + cell('J', r));
    p.wrap(cell('A', r0) + ":" + cell('A', r_last));
    p.wrap(cell('I', r0) + ":" + cell('I', r_last));
    p.align_top(cell('A', r0) + ":" + cell('J', r_last));
    all_match(p, verdict, { table });
    p.print_landscape_one_page_wide();
}

Register cohort_scaling({ "cohort-scaling", "Cohort scaling: the essay's At scale table",
                          build });
}
}
