// Scenario 6 of bench-calc: the simulation (simulation.hxx).
#include "simulation.hxx"

#include "../tools/simulation_job.hxx"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace bench
{
namespace
{
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;


Sequence<Sequence<Any>> summary(const Reference<css::lang::XComponent>& document)
{
    Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    if (!names->hasByName("TW_SIM_SUMMARY"))
        return {};
    Reference<css::sheet::XCellRangeReferrer> range(names->getByName("TW_SIM_SUMMARY"),
                                                    UNO_QUERY_THROW);
    return Reference<css::sheet::XCellRangeData>(range->getReferredCells(), UNO_QUERY_THROW)
        ->getDataArray();
}

// A number of the report's settings block, by its label in column A.
double setting(const Reference<css::lang::XComponent>& document, const std::string& label)
{
    Reference<css::sheet::XSpreadsheet> report(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)
            ->getSheets()
            ->getByName("Simulation"),
        UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < 13; ++row)
        if (narrow(Reference<css::text::XTextRange>(report->getCellByPosition(0, row),
                                                   UNO_QUERY_THROW)
                       ->getString())
            == label)
            return report->getCellByPosition(1, row)->getValue();
    throw std::runtime_error("the report has no \"" + label + "\" row");
}

// The first figure of the fresh report that is not the shipped one, or "".
// A file keeps 15 significant digits, so the fresh figures (in memory) are
// compared to 1E-14 relative; the tests compare the two through a file,
// bit for bit.
std::string differs(const Sequence<Sequence<Any>>& fresh, const Sequence<Sequence<Any>>& shipped)
{
    if (fresh.getLength() != shipped.getLength())
        return "the report has another number of rows than the shipped one";
    for (sal_Int32 row = 0; row < fresh.getLength(); ++row)
        for (sal_Int32 c = 0; c < fresh[row].getLength() && c < shipped[row].getLength(); ++c)
        {
            double a = NAN, b = NAN;
            if (!(fresh[row][c] >>= a) || !(shipped[row][c] >>= b))
            {
                if (fresh[row][c] != shipped[row][c])
                    return "a text of the report is not the shipped one";
                continue;
            }
            if (std::fabs(a - b) > 1e-14 * std::fabs(b))
            {
                char why[200];
                std::snprintf(why, sizeof why,
                              "10,000 trials at seed 1 do not reproduce the shipped report: row "
                              "%d column %d is %.17g, shipped %.17g",
                              static_cast<int>(row), static_cast<int>(c), a, b);
                return why;
            }
        }
    return "";
}

SimulationRun run(const tokwatt::Office& office, pid_t pid, const std::string& path, int trials,
                  bool compare, std::string& problem, Access access = Access::blocks)
{
    SimulationRun r;
    r.trials = trials;
    auto document = office.load(path);
    const auto shipped = summary(document);
    const std::vector<css::beans::NamedValue> args
        = { { "Document", Any(document) },
            { "Trials", Any(static_cast<double>(trials)) },
            { "Seed", Any(1.0) },
            { "TrialsSheet", Any(false) },
            { "OneCellAtATime", Any(access == Access::one_cell_at_a_time) },
            { "RecalculateAll", Any(access == Access::recalculate_all) },
            { "CallSimOutput", Any(access == Access::call_simoutput) } };
    r.before = memory_status(pid);
    const auto t0 = std::chrono::steady_clock::now();
    // the report goes into the loaded copy, never saved
    tokwatt::run_simulation_job(office.context(), args);
    r.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.after = memory_status(pid);
    r.copying = setting(document, "seconds copying the workbook");
    r.seconds = setting(document, "seconds");
    r.in_trials = setting(document, "seconds in the trials");
    r.calculating = setting(document, "of those, Calc recalculating");
    r.ratio = setting(document, "trial time / Calc's recalculation");
    const auto fresh = summary(document);
    if (fresh.getLength() < 2)
        problem = "the report has no TW_SIM_SUMMARY rows";
    else if (compare)
        problem = differs(fresh, shipped);
    for (sal_Int32 row = 1; row < fresh.getLength() && problem.empty(); ++row)
        if (fresh[row][2].get<double>() != trials)
            problem = narrow(fresh[row][0].get<OUString>()) + ": not every trial counted";
    tokwatt::close(document);
    return r;
}
}

SimulationResult measure_simulation(const tokwatt::Office& office, pid_t soffice_bin,
                                    const std::string& path, int reps, int small_trials,
                                    int other_trials, int large_trials)
{
    SimulationResult s;
    s.path = path;
    try
    {
        // A first run warms the job up (its library, the filters).
        std::string ignored;
        run(office, soffice_bin, path, 100, false, ignored);
        for (int rep = 0; rep < reps && s.problem.empty(); ++rep)
        {
            s.small.push_back(run(office, soffice_bin, path, small_trials, rep == 0, s.problem));
            for (Access a :
                 { Access::one_cell_at_a_time, Access::recalculate_all, Access::call_simoutput })
                s.other[static_cast<int>(a)].push_back(
                    run(office, soffice_bin, path, other_trials, false, s.problem, a));
        }
        if (s.problem.empty())
            s.large = run(office, soffice_bin, path, large_trials, false, s.problem);
    }
    catch (const css::uno::Exception& e)
    {
        s.problem = narrow(e.Message);
    }
    catch (const std::exception& e)
    {
        s.problem = e.what();
    }
    return s;
}
}
