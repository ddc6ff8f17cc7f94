// Bad input through a real Calc, in ONE generated workbook: every function of
// the add-in's table (addin/function_table.cxx, linked into this binary)
// called with every kind of bad argument in every argument place, the other
// arguments valid. Every cell must show the error README's "Errors" section
// documents for it (or a value, where the input is valid after all), the
// office must stay alive, and the workbook must save as .ods and reload with
// every formula, value and error intact, twice.
//
// Sheet "Inputs" holds one cell or range per kind of bad argument; sheet
// "Calls" holds one formula per row (column A), the error README documents
// for it as text (B), what the row calls (C) and the README rule (D)
// (robustness_workbook.hxx). The saved workbook stays in
// build/test-robustness.ods. What README documents for each row, and the
// two rules that are not README's own, are robustness_rules.hxx's.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>

#include "../../addin/function_table.hxx"
#include "../../addin/common/strings.hxx"
#include "calc_cells.hxx"
#include "calc_fixture.hxx"
#include "formula_rows.hxx"
#include "robustness_rules.hxx"
#include "robustness_snapshot.hxx"
#include "robustness_workbook.hxx"
#include "watchdog.hxx"

using namespace tokwatt;
using namespace tokwatt_test::robustness;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt_test
{
namespace
{
constexpr sal_Int32 first_row = 3;  // 0-based: formulas start in row 4 of "Calls",
                                    // below every short input range (rows 1-3)
const std::string test_file = "build/test-robustness.ods";
const std::string test_file_2 = "build/test-robustness-2.ods";

double seconds_since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string seconds(double s)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f s", s);
    return buffer;
}
}

class RobustnessTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(RobustnessTest);
    CPPUNIT_TEST(generated_bad_input_workbook);
    CPPUNIT_TEST_SUITE_END();


    Reference<css::sheet::XSpreadsheet> add_sheet(const std::string& name)
    {
        Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document(), UNO_QUERY_THROW);
        auto sheets = spreadsheet->getSheets();
        sheets->insertNewByName(to_ou(name), 1);
        return Reference<css::sheet::XSpreadsheet>(sheets->getByName(to_ou(name)),
                                                   UNO_QUERY_THROW);
    }

public:
    void generated_bad_input_workbook()
    {
        Watchdog watchdog(std::chrono::seconds(300));
        const std::vector<Call> calls = generate();
        std::vector<std::string> failures;
        auto alive = [&](const std::string& when) {
            if (!office().alive())
                CPPUNIT_FAIL("the office died " + when);
        };

        watchdog.step("filling the input sheet");
        auto start = std::chrono::steady_clock::now();
        fill_inputs(sheet());
        const double fill_s = seconds_since(start);
        const Reference<css::sheet::XSpreadsheet> out = add_sheet("Calls");

        // Typed with automatic calculation off, then recalculated once.
        watchdog.step("typing " + std::to_string(calls.size()) + " formulas");
        Reference<css::sheet::XCalculatable> calculation(document(), UNO_QUERY_THROW);
        calculation->enableAutomaticCalculation(false);
        write_text(out->getCellByPosition(0, 0),
                   "Every tokwatt function with every kind of bad argument "
                   "(tests/calc/test_robustness.cxx)");
        const char* const headers[] = { "formula", "README documents", "call", "README rule" };
        for (sal_Int32 c = 0; c < 4; ++c)
            write_text(out->getCellByPosition(c, first_row - 1), headers[c]);
        start = std::chrono::steady_clock::now();
        for (std::size_t r = 0; r < calls.size(); ++r)
        {
            const sal_Int32 row = first_row + static_cast<sal_Int32>(r);
            const Call& call = calls[r];
            type_formula(out->getCellByPosition(0, row), call.formula);
            write_text(out->getCellByPosition(1, row), expectation(call.expect));
            write_text(out->getCellByPosition(2, row), call.what);
            write_text(out->getCellByPosition(3, row), call.expect.rule);
        }
        const double type_s = seconds_since(start);

        watchdog.step("recalculating " + std::to_string(calls.size()) + " formulas");
        start = std::chrono::steady_clock::now();
        recalculate(document());
        const double recalc_s = seconds_since(start);
        calculation->enableAutomaticCalculation(true);
        alive("while recalculating the generated workbook");

        // Every cell against README.
        std::string mismatches;
        int mismatch_count = 0;
        for (std::size_t r = 0; r < calls.size(); ++r)
        {
            const Call& call = calls[r];
            const auto cell = out->getCellByPosition(0, first_row + static_cast<sal_Int32>(r));
            const int error = cell->getError();
            const double value = cell->getValue();
            std::string why;
            if (error != call.expect.error)
                why = "expected " + expectation(call.expect) + " (" + call.expect.rule
                      + "); Calc shows "
                      + (error ? code_name(error) : "a value " + shown_text(cell));
            else if (!error && !std::isnan(call.expect.value)
                     && !(std::fabs(value - call.expect.value)
                          <= 1e-9 * std::fabs(call.expect.value)))
                why = "expected " + show(call.expect.value) + ", got " + show(value);
            if (!why.empty())
            {
                ++mismatch_count;
                mismatches += "\n  Calls.A" + std::to_string(first_row + 1 + r) + " "
                              + call.formula + "  [" + call.what + "]: " + why;
            }
        }
        if (mismatch_count)
            failures.push_back(std::to_string(mismatch_count) + " of "
                               + std::to_string(calls.size())
                               + " cells do not show what README documents:" + mismatches);

        // Each call that reads a million cells as a list, alone: a result
        // (the others are inside the one recalculation above). Its time is
        // printed, not asserted: a loaded machine is slow, and the watchdog
        // catches a call that never returns.
        std::vector<std::pair<double, std::string>> timings;
        for (std::size_t r = 0; r < calls.size(); ++r)
        {
            if (!calls[r].timed)
                continue;
            const sal_Int32 row = first_row + static_cast<sal_Int32>(r);
            const auto scratch = out->getCellByPosition(5, row);
            watchdog.step("computing " + calls[r].formula + " alone");
            start = std::chrono::steady_clock::now();
            type_formula(scratch, calls[r].formula);
            const int error = scratch->getError();
            const double s = seconds_since(start);
            scratch->setFormula("");
            timings.emplace_back(s, calls[r].formula);
            const int in_sheet = out->getCellByPosition(0, row)->getError();
            if (error != in_sheet)
                failures.push_back(calls[r].formula + " alone shows " + code_name(error)
                                   + ", in the workbook " + code_name(in_sheet));
        }
        alive("while computing the million-cell calls");

        // Save, close, reload, recalculate: nothing typed or computed changes.
        watchdog.step("reading every cell");
        start = std::chrono::steady_clock::now();
        const Snapshot before = snapshot(document());
        const double snapshot_s = seconds_since(start);
        mkdir("build", 0755);
        watchdog.step("saving " + test_file);
        start = std::chrono::steady_clock::now();
        save_as(document(), test_file);
        const double save_s = seconds_since(start);
        tokwatt::close(document());

        struct stat file_stat = {};
        CPPUNIT_ASSERT_EQUAL_MESSAGE(test_file, 0, stat(test_file.c_str(), &file_stat));
        const long bytes = static_cast<long>(file_stat.st_size);
        const std::string content = command_output("unzip -p '" + test_file + "' content.xml");
        std::size_t stored_calls = 0;
        for (std::size_t at = content.find("ORG.TOKWATT.CALCFUNCTIONS."); at != std::string::npos;
             at = content.find("ORG.TOKWATT.CALCFUNCTIONS.", at + 1))
            ++stored_calls;
        if (bytes < 16 * 1024 || stored_calls < calls.size())
            failures.push_back(test_file + " is " + std::to_string(bytes) + " bytes with "
                               + std::to_string(stored_calls) + " stored add-in calls, for "
                               + std::to_string(calls.size()) + " formulas");

        watchdog.step("reloading " + test_file);
        start = std::chrono::steady_clock::now();
        Closer reloaded{ office().load(test_file) };
        const double load_s = seconds_since(start);
        watchdog.step("recalculating " + test_file);
        start = std::chrono::steady_clock::now();
        recalculate(reloaded.document);
        const double reload_recalc_s = seconds_since(start);
        watchdog.step("reading every cell of " + test_file);
        const std::string changed = differences(before, snapshot(reloaded.document));
        if (!changed.empty())
            failures.push_back("saved and reloaded, cells changed:" + changed);
        alive("while reloading the workbook");

        // A second cycle from the reloaded workbook is stable too.
        watchdog.step("saving " + test_file_2);
        save_as(reloaded.document, test_file_2);
        tokwatt::close(reloaded.document);
        reloaded.document.clear();
        watchdog.step("reloading " + test_file_2);
        Closer again{ office().load(test_file_2) };
        recalculate(again.document);
        const std::string changed_2 = differences(before, snapshot(again.document));
        if (!changed_2.empty())
            failures.push_back("saved, reloaded, saved and reloaded again, cells changed:"
                               + changed_2);
        tokwatt::close(again.document);
        again.document.clear();
        std::remove(test_file_2.c_str());
        alive("after two save and reload cycles");
        watchdog.step("reporting");

        // What the run did, for the log.
        std::sort(timings.rbegin(), timings.rend());
        double big_total = 0;
        const auto big_calls
            = std::count_if(calls.begin(), calls.end(), [](const Call& c) { return c.big; });
        for (const auto& t : timings)
            big_total += t.first;
        std::ostringstream log;
        log << "\nrobustness: " << calls.size() << " formulas (" << function_count
            << " functions; each argument x " << std::size(bad_kinds)
            << " kinds of bad input, plus all-valid, one-too-many and million-entry lists), "
            << mismatch_count << " not as README documents\n"
            << "robustness: fill inputs " << seconds(fill_s) << ", type formulas "
            << seconds(type_s) << ", one recalculation " << seconds(recalc_s)
            << ", read every cell " << seconds(snapshot_s) << ", save " << seconds(save_s)
            << " (" << bytes << " bytes, " << stored_calls << " stored calls), reload "
            << seconds(load_s) << " + recalculation " << seconds(reload_recalc_s) << "\n"
            << "robustness: " << big_calls << " formulas read a 1,000,000-cell range (all in "
            << "the one recalculation); the " << timings.size()
            << " that read it as a list (ETOK, COHORT), each alone: " << seconds(big_total)
            << " in all, slowest first:\n";
        for (const auto& t : timings)
            log << "    " << seconds(t.first) << "  " << t.second << "\n";
        std::cout << log.str() << std::flush;

        std::string report;
        for (const std::string& f : failures)
            report += "\n" + f;
        CPPUNIT_ASSERT_MESSAGE(report, failures.empty());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RobustnessTest);
}
