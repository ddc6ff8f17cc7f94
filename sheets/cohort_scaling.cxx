// Template 2: cohort scaling. The essay's "At scale" table (small town
// 25,000 ... world 8.1E9 people) live through COHORT, at the 53 kW the essay
// rounds P_user to and at the unrounded 53.24 kW beside it; POWERCOMPARE
// beside the essay's Reference column; a log-scale chart of P_pop by cohort
// against US electricity and world primary energy; every printed P_pop and
// every quantitative claim of the Reference column checked.
#include <limits>

#include <com/sun/star/beans/XPropertySet.hpp>

#include "../addin/common/strings.hxx"
#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
using css::beans::XPropertySet;
using css::uno::Any;
using css::uno::UNO_QUERY_THROW;

struct Cohort
{
    const char* name;
    double people;
    const char* comparator; // the POWERREF preset the essay compares with
    const char* unit;       // the unit the essay prints P_pop in
    const char* printed;    // the essay's P_pop
    const char* reference;  // the essay's Reference column
};

const Cohort cohorts[] = {
    { "Small town", 25e3, "hoover_dam", "GW", "1.3 GW", "one Hoover Dam" },
    { "Major US city", 75e3, "nuclear_unit", "GW", "4.0 GW", "four large nuclear units" },
    { "Major US metro", 5e6, "us_electricity", "GW", "265 GW", "55% of total US electricity" },
    { "NYC", 8.3e6, "us_electricity", "GW", "440 GW", "92% of US electricity" },
    { "USA", 335e6, "world_primary_energy", "TW", "17.8 TW",
      "94% of total world primary energy" },
    { "China", 1.41e9, "world_primary_energy", "TW", "75 TW", "4x world primary energy" },
    { "World", 8.1e9, "world_primary_energy", "TW", "429 TW", "23x world primary energy" },
};
constexpr int cohort_count = sizeof cohorts / sizeof cohorts[0];

void build(Book& book)
{
    Page p = book.page(0, "At scale");
    p.widths({ 50, 38, 24, 22, 22, 20, 16, 24, 66, 62 });

    p.text("A1", "At scale: Peter-rate users by cohort, against the grid and the world",
           style::title);
    p.text("A2",
           "Source: \"Counting piano tuners, counting tokens\", its \"At scale\" table "
           "(\"With E_eff = 0.23 J/tok and P_user = 53 kW\") and the sentence after it. "
           "Yellow cells are inputs: change one and every figure follows.",
           style::note);
    p.merge("A2:J2");
    p.wrap("A2");

    // Inputs.
    p.text("A4", "Input", style::heading);
    p.text("B4", "Value", style::heading);
    p.text("C4", "Unit", style::heading);
    p.text("A5", "R (Peter's 603B a month)");
    p.input("B5", 20e9, { 1, any_size, "Tokens per day per user: a number of 1 or more." },
            "0.00E+00");
    p.text("C5", "tokens/day per user");
    p.text("A6", "E_eff (the body's profile)");
    p.input("B6", 0.23, { 1e-12, any_size, "E_eff is an energy per token in J, more than 0." },
            "0.00");
    p.text("C6", "J per nominal token");
    p.text("A7", "P_user = R E_eff / 86400");
    p.formula("B7", "=CONVERT(PUSER(B5;B6);\"W\";\"kW\")", style::result, "0.00");
    p.text("C7", "kW, unrounded");
    p.text("A8", "P_user as the table rounds it");
    p.input("B8", 53, { 0, any_size, "P_user in kW: a power of 0 or more." }, "0.00");
    p.text("C8", "kW, rounded");
    p.text("E7",
           "The essay's table uses P_user = 53 kW (row 8, an input you can set back to the "
           "unrounded 53.24 kW); the second table below runs the same cohorts at the "
           "unrounded P_user of row 7.",
           style::note);
    p.merge("E7:I8");
    p.wrap("E7");
    p.text("A9", "Humanity today (19 TW)");
    p.formula("B9", "=KARDASHEV(POWERREF(\"world_primary_energy\"))", style::result,
              "0.00E+00");
    p.text("C9", "K_1 (fraction)");

    // Table 1: the essay's table, at the rounded 53 kW.
    p.text("A11", "The essay's \"At scale\" table, at P_user = 53 kW (row 8)", style::heading);
    p.merge("A11:J11");
    const char* headers[] = { "Cohort",
                              "N (people)",
                              "P_pop (W)",
                              "P_pop / comparator (x)",
                              "K_1 = P_pop / 1.74E17 W",
                              "P_pop (essay's unit)",
                              "Unit",
                              "The essay prints P_pop",
                              "In words, live (POWERCOMPARE)",
                              "The essay's Reference column" };
    const char columns[] = "ABCDEFGHIJ";
    for (int c = 0; c < 10; ++c)
        p.text(std::string(1, columns[c]) + "12", headers[c], style::heading);
    // Table 2: the unrounded P_user, and the comparators both tables use.
    p.text("A21",
           "The same cohorts at the unrounded P_user (row 7), and the essay's comparators",
           style::heading);
    p.merge("A21:J21");
    const char* headers2[] = { "Cohort",
                               "Comparator (POWERREF name)",
                               "P_pop (W)",
                               "P_pop / comparator (x)",
                               "K_1 = P_pop / 1.74E17 W",
                               "P_pop (essay's unit)",
                               "Unit",
                               "Comparator power (W)",
                               "In words, live (POWERCOMPARE)",
                               "" };
    for (int c = 0; c < 9; ++c)
        p.text(std::string(1, columns[c]) + "22", headers2[c], style::heading);

    for (int i = 0; i < cohort_count; ++i)
    {
        const Cohort& k = cohorts[i];
        const std::string r = std::to_string(13 + i), r2 = std::to_string(23 + i);
        p.text("A" + r, k.name);
        p.input("B" + r, k.people, { 0, any_size, "A cohort's size: a number of people, 0 or more." },
                "#,##0");
        p.formula("F" + r, "=CONVERT(C" + r + ";\"W\";G" + r + ")", style::result, "0.0");
        p.text("G" + r, k.unit);
        p.text("H" + r, k.printed, style::printed);
        p.formula("I" + r, "=POWERCOMPARE(C" + r + ";B" + r2 + ")");
        p.text("J" + r, k.reference, style::printed);

        p.formula("A" + r2, "=A" + r, style::result);
        p.text("B" + r2, k.comparator);
        p.formula("F" + r2, "=CONVERT(C" + r2 + ";\"W\";G" + r2 + ")", style::result, "0.0");
        p.formula("G" + r2, "=G" + r, style::result);
        p.formula("H" + r2, "=POWERREF(B" + r2 + ")", style::result, "0.00E+00");
        p.formula("I" + r2, "=POWERCOMPARE(C" + r2 + ";B" + r2 + ")");
    }
    // COHORT: one row per cohort, P_pop, P_pop / comparator, K_1.
    p.array_formula("C13:E19", "=COHORT(B13:B19;B8*1000;H23:H29)", "0.00E+00");
    p.format("D13:D19", "0.00");
    p.array_formula("C23:E29", "=COHORT(B13:B19;PUSER(B5;B6);H23:H29)", "0.00E+00");
    p.format("D23:D29", "0.00");
    p.text("A30",
           "COHORT(users; p_user; grid_w) returns P_pop, P_pop / grid_w and K_1 for each cohort; "
           "grid_w here is each cohort's comparator (H23:H29), so column D is the essay's "
           "Reference column as a number. POWERCOMPARE rounds it to two significant figures.",
           style::note);
    p.merge("A30:J30");
    p.wrap("A30");

    // The chart: P_pop by cohort, against two levels.
    p.page_break_before(32);
    p.text("A32", "P_pop by cohort (log scale), against US electricity and world primary energy",
           style::title);
    p.text("A33", "Cohort", style::heading);
    p.text("B33", "P_pop at 53 kW (W)", style::heading);
    p.text("C33", "US electricity (W)", style::heading);
    p.text("D33", "World primary energy (W)", style::heading);
    for (int i = 0; i < cohort_count; ++i)
    {
        const std::string r = std::to_string(34 + i), src = std::to_string(13 + i);
        p.formula("A" + r, "=A" + src, style::result);
        p.formula("B" + r, "=C" + src, style::result, "0.00E+00");
        p.formula("C" + r, "=POWERREF(\"us_electricity\")", style::result, "0.00E+00");
        p.formula("D" + r, "=POWERREF(\"world_primary_energy\")", style::result, "0.00E+00");
    }
    p.text("A42",
           "Bars: P_pop of each cohort at the table's P_user. Lines: the average US "
           "electricity load (480 GW) and world primary energy (19 TW), from the catalog. "
           "Every tenfold step is one grid line.",
           style::note);
    p.merge("A42:D44");
    p.wrap("A42");
    p.chart({ "PpopByCohort", "E33:J64", "P_pop by cohort at P_user = 53 kW", "Cohort",
              "Power (W, log scale)", "A33:D40", false, true, true, 2, true, 1e8 });

    // The checks.
    p.page_break_before(66);
    p.text("A66", "The essay's figures beside the live ones", style::title);
    const std::string table = check_table(
        p, 67,
        {
            { "P_user, unrounded", "=B7", "53", "kW", "",
              "Eq user_load: \"20e9 x 0.23 / 86400 = 53,000 W = 53 kW\"" },
            { "Small town: P_pop", "=F13", "1.3", "GW", "", "At scale" },
            { "Major US city: P_pop", "=F14", "4.0", "GW", "", "At scale" },
            { "Major US metro: P_pop", "=F15", "265", "GW", "", "At scale" },
            { "NYC: P_pop", "=F16", "440", "GW", "", "At scale" },
            { "USA: P_pop", "=F17", "17.8", "TW", "", "At scale" },
            { "China: P_pop", "=F18", "75", "TW", "", "At scale" },
            { "World: P_pop", "=F19", "429", "TW", "", "At scale" },
            { "Small town: Hoover Dams", "=D13", "1", "dams", "",
              "\"one Hoover Dam\": 1.3 GW is 0.64 of the dam's 2,080 MW nameplate. Rounded to "
              "a whole dam that is one, so the text holds at its precision, but generously: "
              "read literally it overstates the town's draw 1.6x." },
            { "Major US city: large nuclear units", "=D14", "4", "units", "",
              "\"four large nuclear units\" of 1.0 GW" },
            { "Major US metro: share of US electricity", "=D15*100", "55", "%", "",
              "\"55% of total US electricity\" (480 GW)" },
            { "NYC: share of US electricity", "=D16*100", "92", "%", "",
              "\"92% of US electricity\"" },
            { "USA: share of world primary energy", "=D17*100", "94", "%", "93",
              "\"94%\" is off: at the table's 53 kW, 17.76 TW / 19 TW = 93.4%. The 94% is what "
              "the unrounded 53.24 kW gives (next row): this one cell mixes the two." },
            { "USA: same, at the unrounded 53.24 kW", "=D27*100", "94", "%", "",
              "93.9% at the unrounded P_user: the source of the text's 94%" },
            { "China: multiple of world primary energy", "=D18", "4", "x", "",
              "\"4x world primary energy\" (3.9x)" },
            { "World: multiple of world primary energy", "=D19", "23", "x", "",
              "\"23x world primary energy\"" },
            { "World: K_1", "=E19", "2.5E-3", "fraction", "", "\"K_1 = 2.5 x 10^-3\"" },
            { "Current humanity: K_1", "=B9", "1E-4", "fraction", "",
              "\"Current humanity sits at K_1 = 1 x 10^-4\": 19 TW / 1.74E17 W = 1.09E-4" },
            { "World vs our current energy footprint", "=E19/B9", "25", "x", "23",
              "\"roughly 25x\" is off: it divides the rounded 2.5E-3 by the rounded 1E-4. With "
              "humanity's 19 TW (K_1 = 1.09E-4) the ratio is 22.6x, the table's own \"23x world "
              "primary energy\"." },
        });
    // 19 rows from 68: the computed figures shown to a digit more than
    // printed, notes over I:J.
    p.format("B68", "0.00");
    p.format("B76:B77", "0.00");
    p.format("B78:B81", "0.0");
    p.format("B82:B83", "0.00");
    p.format("B84:B85", "0.00E+00");
    p.format("B86", "0.0");
    for (int r = 68; r <= 86; ++r)
        p.merge("I" + std::to_string(r) + ":J" + std::to_string(r));
    p.wrap("A68:A86");
    p.wrap("I68:I86");
    p.align_top("A68:J86");
    all_match(p, "A3", "B3", { table });
    p.print_landscape_one_page_wide();
}

Register cohort_scaling({ "cohort-scaling", "Cohort scaling: the essay's At scale table",
                          build });
}
}
