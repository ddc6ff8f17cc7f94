// The exercise workbook of the portable-copy suite (exercise_workbook.hxx).
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>

#include "../../addin/common/strings.hxx"
#include "../../tools/sheet.hxx"
#include "calc_cells.hxx"
#include "exercise_workbook.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test::portable_copy
{
namespace
{
// The exercise workbook: inputs on one sheet, every function on another.
const char* const exercise_formulas[] = {
    // Eq token_energy: defaults, omitted in the middle, columns, rows, mixed
    "=ETOK()",
    "=ETOK(;;;$Inputs.B3)",
    "=ETOK($Inputs.D1:D2;$Inputs.E1:E2;$Inputs.F1:F2;$Inputs.B3)",
    "=ETOK($Inputs.D5:E5;$Inputs.D6:E6;$Inputs.D7:E7)",
    "=ETOK($Inputs.D1:D2;$Inputs.D6:E6)",
    "=ETOK($Inputs.D1:D2;$Inputs.E1:E2)",
    "=ETOK(;;$Inputs.F1:F2)",
    "=ETOK(;;{0.3,0.7})",
    "=ETOK(GPU(\"H100\";\"tdp_w\");GPU(\"H100\";\"tokens_per_s\");;$Inputs.B3)",
    // Eq cache_adjust
    "=CACHEFACTOR()",
    "=CACHEFACTOR($Inputs.B14;;$Inputs.B15)",
    "=CACHEFACTOR(;;;$Inputs.B16;$Inputs.B17)",
    "=EEFF(ETOK())",
    "=EEFF(B3;$Inputs.B14;;$Inputs.B15;$Inputs.B16;$Inputs.B17)",
    "=EEFF(ETOK();CACHEPROFILE(\"pessimistic\";\"alpha_o\");CACHEPROFILE(\"pessimistic\";"
    "\"alpha_m\");CACHEPROFILE(\"pessimistic\";\"alpha_h\"))",
    // the chain, nested and mixed with arithmetic
    "=PUSER($Inputs.B1;B14)",
    "=PPOP($Inputs.B2;PUSER($Inputs.B1;EEFF(ETOK())))",
    "=GRIDRATIO(B17)",
    "=GRIDRATIO(B17;\"world_electricity\")",
    "=GRIDRATIO(B17;$Inputs.B5)",
    "=KARDASHEV(B17)*1000",
    "=NMAX($Inputs.B1;$Inputs.B4;480E9)",
    "=NMAX(20E9;EEFF(ETOK());PPOP(9;PUSER(20E9;EEFF(ETOK()))))",
    "=ETARGET($Inputs.B2;$Inputs.B1;$Inputs.B5)",
    "=GAPFACTOR(EEFF(ETOK(;;;$Inputs.B3));$Inputs.B2;$Inputs.B1;$Inputs.B5)",
    "=1/GAPFACTOR($Inputs.B4;$Inputs.B2;$Inputs.B1;$Inputs.B5)+ETARGET(1;86400;5)",
    // the paper and the facility floor
    "=LANDAUER()",
    "=LANDAUER($Inputs.B9;$Inputs.B10)",
    "=LANDAUER(;$Inputs.B10)",
    "=EFFGAP($Inputs.B7*3600)",
    "=EFFGAP(1.8;;$Inputs.B9)",
    "=TOKENBUDGET($Inputs.B6;$Inputs.B7)",
    "=TOKENSPERCAPITA($Inputs.B6;$Inputs.B7)",
    "=TOKENSPERCAPITA($Inputs.B6;$Inputs.B7;;366)",
    "=QUESTIONBUDGET($Inputs.B6;$Inputs.B7;$Inputs.B8)",
    "=AVGPOWER($Inputs.B6)",
    "=ANNUALTWH(AVGPOWER($Inputs.B6))",
    "=GPUDAYKWH($Inputs.B11;$Inputs.B12)",
    "=GPUDAYCOST(GPU(\"H100_PCIe\";\"tdp_w\");$Inputs.B12;$Inputs.B13)",
    // presets, power in words
    "=POWERREF(\"hoover_dam\")/1E9",
    "=POWERCOMPARE(B17)",
    "=POWERCOMPARE(1.325E9;\"hoover_dam\")",
    "=POWERCOMPARE(B17;\"us_household\")",
    "=POWERCOMPARE($Inputs.H1*53000)",
    "=POWERCOMPARE(0)",
    "=PRESETINFO(\"H100\")",        // frozen
    "=\"computed with \"&TOKWATTVERSION()", // frozen
    // other functions and add-ins around tokwatt calls
    "=CONVERT(EEFF(ETOK());\"J\";\"Wh\")",
    "=IF(ETOK($Inputs.D1:D2;$Inputs.E1:E2;$Inputs.F1:F2;$Inputs.B3)>3;\"above 3 J\";"
    "\"3 J or less\")",
    "=COHORT($Inputs.H1:H4;53000)",
    "=essay_etok*2",
    // POWERCOMPARE's every format, and where rounding rolls the exponent
    "=POWERCOMPARE(1.5;\"us_household\")",        // 0.0012
    "=POWERCOMPARE(80;\"us_household\")",         // 0.064
    "=POWERCOMPARE(1148160;\"us_household\")",    // 920
    "=POWERCOMPARE(1372800;\"us_household\")",    // 1100
    "=POWERCOMPARE(1.5E7;\"us_household\")",      // 1.2E+04
    "=POWERCOMPARE(0.0624;\"us_household\")",     // 5.0E-05
    "=POWERCOMPARE(12478752;\"us_household\")",   // 9999 -> 1.0E+04
    "=POWERCOMPARE(1.2479501;\"us_household\")",  // 0.00099996 -> 0.0010
    "=POWERCOMPARE(4E9)",                         // 4.0 x large nuclear unit
    "=POWERCOMPARE($Inputs.B11*1E6)",
    "=POWERCOMPARE(1E300)",                       // 5.7E+282 x sunlight
    // presets named by a cell: looked up live among the catalog's presets
    "=GPU($Inputs.M1;\"tdp_w\")",
    "=GPU($Inputs.M1;$Inputs.M2)*2",
    "=CACHEPROFILE($Inputs.M3;\"alpha_h\")",
    "=CACHEPROFILE($Inputs.M3;$Inputs.M4)",
    "=EEFF(ETOK();CACHEPROFILE($Inputs.M3;\"alpha_o\");CACHEPROFILE($Inputs.M3;\"alpha_m\");"
    "CACHEPROFILE($Inputs.M3;\"alpha_h\"))",
    "=POWERREF($Inputs.M5)/1E9",
    "=POWERCOMPARE(1.325E9;$Inputs.M5)",
    "=POWERCOMPARE(B17;$Inputs.M5)",
    "=CO2E(3.6E6;$Inputs.M6)",
    // COHORT inside a larger formula
    "=SUM(COHORT($Inputs.H1:H4;53000))",
    "=INDEX(COHORT($Inputs.H1:H4;53000;$Inputs.B5);2;2)",
    "=INDEX(COHORT($Inputs.H7:K7;53000;$Inputs.H8:K8);4;3)",
    "=INDEX(COHORT($Inputs.H1:H4;53000);3)",
    "=COHORT($Inputs.H1:H4;PUSER($Inputs.B1;$Inputs.B4))*2",
    // UNCERTAIN truncated by min or max, from cells: the truncated median
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;;;$Inputs.N4;$Inputs.N5)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;;\"normal\";$Inputs.N4)",
    "=UNCERTAIN($Inputs.N6;$Inputs.N2;;;;$Inputs.N5)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;;\"lognormal\";;$Inputs.N5)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;;\"uniform\";$Inputs.N4;$Inputs.N5)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;;\"loguniform\";$Inputs.N4)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;$Inputs.N3;\"triangular\";$Inputs.N4;$Inputs.N5)",
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;$Inputs.N3;\"triangular\";;$Inputs.N7)",
    "=UNCERTAIN(2;8;5;;3;6)",                     // every argument written in: the core's number
    "=UNCERTAIN($Inputs.N1;$Inputs.N2;$Inputs.N3;;$Inputs.N4)", // frozen: a truncated metalog
};
}

void build_exercise(const Document& original)
{
    Sheet inputs(original, "Inputs");
    const double column_b[] = { 20e9, 8.1e9, 1.2, 0.23, 3.3e12, 326, 5e-4, 100, 300, 12,
                                350, 1.15, 0.10, 0.02, 0.9, 0.1, 0.01 };
    for (int i = 0; i < 17; ++i)
        inputs.set("B" + std::to_string(i + 1), column_b[i]);
    inputs.set("D1", 700.0); inputs.set("D2", 1000.0);   // a fleet in columns
    inputs.set("E1", 200.0); inputs.set("E2", 600.0);
    inputs.set("F1", 0.25); inputs.set("F2", 0.75);
    inputs.set("D5", 700.0); inputs.set("E5", 1000.0);   // ... and in rows
    inputs.set("D6", 200.0); inputs.set("E6", 600.0);
    inputs.set("D7", 0.5); inputs.set("E7", 0.5);
    // presets named by cells
    const char* const names[] = { "H100", "tdp_w", "peter", "alpha_h", "hoover_dam", "grid_eu" };
    for (int i = 0; i < 6; ++i)
        inputs.set_text("M" + std::to_string(i + 1), names[i]);
    // ranges to truncate: lo, hi, likely, min, max, a lo below 0, a max below the mode
    const double range[] = { 2, 8, 5, 3, 6, -1, 4 };
    for (int i = 0; i < 7; ++i)
        inputs.set("N" + std::to_string(i + 1), range[i]);
    const double users[] = { 25000, 0, 1.2e6, 8.1e9 };
    const double grids[] = { 480e9, 2e12, 3.3e12, 19e12 };
    for (int i = 0; i < 4; ++i)
    {
        inputs.set("H" + std::to_string(i + 1), users[i]);          // users in a column
        inputs.set(std::string(1, char('H' + i)) + "7", users[i]);  // ... and in a row
        inputs.set(std::string(1, char('H' + i)) + "8", grids[i]);  // grids in a row
    }
    Reference<css::sheet::XNamedRanges>(
        Reference<css::beans::XPropertySet>(original, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW)
        ->addNewByName("essay_etok", "ORG.TOKWATT.CALCFUNCTIONS.ETOK()",
                       css::table::CellAddress(0, 0, 0), 0);

    Reference<css::sheet::XSpreadsheets>(
        Reference<css::sheet::XSpreadsheetDocument>(original, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW)
        ->insertNewByName("Results", 1);
    Reference<css::sheet::XSpreadsheet> results_sheet = sheet_of(original, 1);
    int row = 1;
    for (const char* formula : exercise_formulas)
        type_formula(results_sheet->getCellRangeByName(to_ou("B" + std::to_string(row++)))
                         ->getCellByPosition(0, 0),
                     formula);
    // COHORT arrays: users in a column, in a row with grids, one cohort
    // repeated; and an array formula that stays one.
    auto array = [&](const char* range, const char* formula) {
        Reference<css::sheet::XArrayFormulaRange>(
            results_sheet->getCellRangeByName(OUString::createFromAscii(range)),
            UNO_QUERY_THROW)
            ->setArrayFormula(OUString::createFromAscii(formula));
    };
    array("D1:F4", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT($Inputs.H1:H4;"
                   "ORG.TOKWATT.CALCFUNCTIONS.PUSER($Inputs.B1;$Inputs.B4))");
    array("D6:F9", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT($Inputs.H7:K7;53000;$Inputs.H8:K8)");
    array("D11:F12", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT(1000;53000;\"world_electricity\")");
    array("D14:E14", "=ORG.TOKWATT.CALCFUNCTIONS.ETOK($Inputs.D1:D2;$Inputs.E1:E2)*{1;2}");
    // The user's own notes on two rewritten cells, one with presets.
    auto user_notes = Reference<css::sheet::XSheetAnnotationsSupplier>(results_sheet,
                                                                       UNO_QUERY_THROW)
                          ->getAnnotations();
    user_notes->insertNew(css::table::CellAddress(1, 1, 0), "my note on E_tok");
    user_notes->insertNew(css::table::CellAddress(1, 1, 8), "my note on the H100");
    recalculate(original);
}

std::vector<Change> exercise_changes()
{
    return {
        { { "Inputs.B1", 30e9 } },  { { "Inputs.B2", 1e9 } },    { { "Inputs.B3", 1.5 } },
        { { "Inputs.B4", 0.3 } },   { { "Inputs.B5", 4e12 } },   { { "Inputs.B6", 650 } },
        { { "Inputs.B7", 2e-4 } },  { { "Inputs.B8", 250 } },    { { "Inputs.B9", 77 } },
        { { "Inputs.B10", 16 } },   { { "Inputs.B11", 700 } },   { { "Inputs.B12", 1.4 } },
        { { "Inputs.B13", 0.2 } },  { { "Inputs.B14", 0.05 } },  { { "Inputs.B15", 0.5 } },
        { { "Inputs.B16", 0.2 } },  { { "Inputs.B17", 0.02 } },  { { "Inputs.D1", 400 } },
        { { "Inputs.E2", 900 } },   { { "Inputs.F1", 0.6 }, { "Inputs.F2", 0.4 } },
        { { "Inputs.D5", 750 } },   { { "Inputs.E6", 450 } },
        { { "Inputs.D7", 0.1 }, { "Inputs.E7", 0.9 } },
        { { "Inputs.H1", 2.5e6 } }, { { "Inputs.H3", 4e9 } },    { { "Inputs.J7", 7e5 } },
        { { "Inputs.K8", 3e12 } },
        // another preset's name in the cell, and another field
        { { "Inputs.M1", "B200" } }, { { "Inputs.M2", "tokens_per_s" } },
        { { "Inputs.M3", "pessimistic" } }, { { "Inputs.M4", "beta_m" } },
        { { "Inputs.M5", "us_household" } }, { { "Inputs.M6", "grid_france" } },
        { { "Inputs.N1", 2.5 } },   { { "Inputs.N2", 10 } },     { { "Inputs.N3", 4 } },
        { { "Inputs.N4", 2.8 } },   { { "Inputs.N5", 7 } },      { { "Inputs.N6", -2 } },
        { { "Inputs.N7", 4.5 } },
    };
}
}
