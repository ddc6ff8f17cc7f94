// The robustness workbook's content (robustness_workbook.hxx).
#include <cmath>
#include <string>
#include <vector>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FillDateMode.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/FillMode.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <cppunit/extensions/HelperMacros.h>

#include "../../addin/common/strings.hxx"
#include "formula_rows.hxx"
#include "robustness_workbook.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt_test::robustness
{
namespace
{
std::string formula(const FunctionInfo& f, const std::vector<std::string>& args)
{
    std::string text = std::string("=") + f.name + "(";
    for (std::size_t i = 0; i < args.size(); ++i)
        text += (i ? ";" : "") + args[i];
    return text + ")";
}
}

std::vector<Call> generate()
{
    std::vector<Call> calls;
    for (std::size_t k = 0; k < function_count; ++k)
    {
        const FunctionInfo& f = functions[k];
        const std::size_t n = f.arg_count();
        std::vector<std::string> valid;
        bool takes_lists = false;
        for (std::size_t i = 0; i < n; ++i)
        {
            valid.push_back(spec_of(f, i).valid);
            takes_lists |= spec_of(f, i).list;
        }
        calls.push_back({ formula(f, valid), std::string(f.name) + ": every argument valid",
                          evaluate(f, valid_numbers(f), "valid arguments") });
        std::vector<std::string> extra = valid;
        extra.push_back("1");
        calls.push_back({ formula(f, extra), std::string(f.name) + ": one argument too many",
                          { e504, "one argument too many" } });

        for (std::size_t i = 0; i < n; ++i)
            for (const BadKind& b : bad_kinds)
            {
                if (b.bad == Bad::empty_slot && n == 1)
                    continue; // =F() is the argument left out
                std::vector<std::string> args = valid;
                if (b.bad == Bad::left_out)
                    args.resize(i);
                else
                    args[i] = b.ref;
                if (b.bad == Bad::mismatched && spec_of(f, i).list)
                    for (std::size_t j = 0; j < n; ++j)
                        if (j != i && spec_of(f, j).list)
                            args[j] = two_cell_column;
                const bool big = b.bad == Bad::column_1m || b.bad == Bad::empty_1m;
                calls.push_back({ formula(f, args),
                                  std::string(f.name) + " " + f.args[i].name + ": " + b.name,
                                  expected(f, i, b.bad), big, big && takes_lists });
            }
    }

    // What ETOK and COHORT, the functions that read whole lists, make of a
    // million-entry list when every list has a million entries.
    const std::string j = ones_1m, k = empty_1m;
    calls.push_back({ "=ETOK(" + j + ";" + j + ")",
                      "ETOK: 1,000,000 GPU types of 1 W at 1 token/s, equal shares",
                      { 0, "lists of the same length", 1.4 }, true, true });
    calls.push_back({ "=ETOK(" + j + ";" + j + ";;1.2)",
                      "ETOK: 1,000,000 GPU types at PUE 1.2",
                      { 0, "lists of the same length", 1.2 }, true, true });
    calls.push_back({ "=ETOK(" + j + ";" + j + ";" + j + ")",
                      "ETOK: 1,000,000 shares of 1 each",
                      { e502, "shares not summing to 1" }, true, true });
    calls.push_back({ "=ETOK(" + j + ";" + k + ")",
                      "ETOK: 1,000,000 powers, 1,000,000 empty throughputs",
                      { e502, "an empty cell inside a multi-cell range" }, true, true });
    calls.push_back({ "=ETOK(" + k + ";" + k + ")", "ETOK: two lists of 1,000,000 empty cells",
                      { e502, "an empty cell inside a multi-cell range" }, true, true });
    calls.push_back({ "=COHORT(" + j + ";53000;" + j + ")",
                      "COHORT: 1,000,000 cohorts of 1 user, 1,000,000 grids of 1 W",
                      { 0, "a grid_w range of the same length as users", 53000 },
                      true, true });
    calls.push_back({ "=COHORT(" + j + ";53000;" + k + ")",
                      "COHORT: 1,000,000 cohorts, 1,000,000 empty grids",
                      { e502, "an empty cell inside a multi-cell range" }, true, true });
    return calls;
}

void fill_inputs(tokwatt::Sheet& s)
{
    Reference<css::container::XNamed>(s.raw(), UNO_QUERY_THROW)->setName("Inputs");
    s.set_text("A1", "text");     s.set_text("B1", "abc");
    s.set_text("A2", "empty");    // B2 stays empty
    s.set_text("A3", "error");    s.set("B3", "=1/0");
    s.set_text("A4", "boolean");  s.set("B4", "=TRUE()");
    s.set_text("A5", "negative"); s.set("B5", -1.0);
    s.set_text("A6", "zero");     s.set("B6", 0.0);
    s.set_text("A7", "huge");     s.set("B7", 1e308);
    s.set_text("A8", "-huge");    s.set("B8", -1e308);
    s.set("D1", 1.0); s.set("E1", 2.0); s.set("D2", 3.0); s.set("E2", 4.0);
    s.set("G1", 0.5); s.set("G2", 0.25); s.set("G3", 0.25);
    s.set("H1", 0.5); s.set("H2", 0.5);
    s.set("L1", 1.0); s.set("L2", "=1/0");
    s.set_text("A10", "D1:E2 a 2x2 block; G1:G3 a 3-cell column; H1:H2 a 2-cell column; "
                      "L1:L2 a column holding =1/0");
    s.set_text("A11", "J1:J1000000 1,000,000 ones; K1:K1000000 1,000,000 empty cells");
    s.set("J1", 1.0);
    Reference<css::sheet::XCellSeries>(
        s.raw()->getCellRangeByName(to_ou("J1:J" + std::to_string(big_rows))), UNO_QUERY_THROW)
        ->fillSeries(css::sheet::FillDirection_TO_BOTTOM, css::sheet::FillMode_SIMPLE,
                     css::sheet::FillDateMode_FILL_DATE_DAY, 0.0, 0.0);
    CPPUNIT_ASSERT_EQUAL_MESSAGE("the last of the million ones", 1.0,
                                 s.value("J" + std::to_string(big_rows)));
}

std::string code_name(int code) { return code == div0 ? "#DIV/0!" : error_name(code); }

std::string expectation(const Expect& e)
{
    if (e.error)
        return code_name(e.error);
    return std::isnan(e.value) ? "a value" : "= " + show(e.value);
}
}
