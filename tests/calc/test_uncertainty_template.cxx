// The uncertainty template (sheets/uncertainty.cxx) beyond the generic
// template checks: it ships with its simulation run (the "Simulation"
// sheet, TW_SIM_SUMMARY with a row per output, inputs named by their
// defined names, no Trials sheet), and the org.tokwatt.Simulation job run
// again on it (10,000 trials, seed 1) reproduces the shipped report's
// figures bit for bit.
#include <cppunit/extensions/HelperMacros.h>

#include <set>
#include <string>
#include <type_traits>
#include <utility>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "../../addin/common/strings.hxx"
#include "../../tools/simulation_job.hxx"
#include "calc_fixture.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using namespace tokwatt;

namespace tokwatt_test
{
namespace
{
const char* const outputs[] = { "cache_factor", "E_eff", "P_user", "civilizations", "N_max_US",
                                "gap" };
const char* const inputs[] = { "tokens_per_day", "T_H100", "T_B200", "PUE",
                               "alpha_o",        "alpha_h", "beta_m", "beta_h" };

Sequence<Sequence<Any>> named(const Reference<css::lang::XComponent>& document, const char* name)
{
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                              UNO_QUERY_THROW);
    CPPUNIT_ASSERT_MESSAGE(std::string("no range ") + name, names->hasByName(to_ou(name)));
    Reference<css::sheet::XCellRangeReferrer> range(names->getByName(to_ou(name)),
                                                    UNO_QUERY_THROW);
    return Reference<css::sheet::XCellRangeData>(range->getReferredCells(), UNO_QUERY_THROW)
        ->getDataArray();
}

std::string text_at(const Sequence<Sequence<Any>>& rows, int r, int c)
{
    rtl::OUString s;
    rows[r][c] >>= s;
    return to_utf8(s);
}

bool has_sheet(const Reference<css::lang::XComponent>& document, const char* name)
{
    return Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)
        ->getSheets()
        ->hasByName(to_ou(name));
}

void close_document(const Reference<css::lang::XComponent>& document)
{
    Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
}

std::string shipped() { return built_templates_dir() + "/uncertainty.ots"; }
}

class UncertaintyTemplateTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(UncertaintyTemplateTest);
    CPPUNIT_TEST(ships_its_report);
    CPPUNIT_TEST(a_fresh_run_reproduces_it);
    CPPUNIT_TEST_SUITE_END();

public:
    void ships_its_report()
    {
        const auto document = office().load(shipped());
        CPPUNIT_ASSERT_MESSAGE("the Simulation sheet", has_sheet(document, "Simulation"));
        CPPUNIT_ASSERT_MESSAGE("no Trials sheet (kept small)", !has_sheet(document, "Trials"));
        const auto summary = named(document, "TW_SIM_SUMMARY");
        CPPUNIT_ASSERT_EQUAL(sal_Int32(1 + std::size(outputs)), summary.getLength());
        std::set<std::string> got, want(std::begin(outputs), std::end(outputs));
        for (sal_Int32 r = 1; r < summary.getLength(); ++r)
        {
            got.insert(text_at(summary, r, 0));
            // every trial counted: no output showed an error
            CPPUNIT_ASSERT_EQUAL_MESSAGE(text_at(summary, r, 0), 10000.0,
                                         summary[r][2].get<double>());
            // P5 < P50 < P95
            CPPUNIT_ASSERT(summary[r][5].get<double>() < summary[r][8].get<double>());
            CPPUNIT_ASSERT(summary[r][8].get<double>() < summary[r][11].get<double>());
        }
        CPPUNIT_ASSERT(got == want);
        // Inputs are named by their defined names: a row per (output, input).
        const auto sensitivity = named(document, "TW_SIM_SENSITIVITY");
        CPPUNIT_ASSERT_EQUAL(sal_Int32(1 + std::size(outputs) * std::size(inputs)),
                             sensitivity.getLength());
        std::set<std::string> names, want_inputs(std::begin(inputs), std::end(inputs));
        for (sal_Int32 r = 1; r < sensitivity.getLength(); ++r)
            names.insert(text_at(sensitivity, r, 1));
        CPPUNIT_ASSERT(names == want_inputs);
        close_document(document);
    }

    void a_fresh_run_reproduces_it()
    {
        const auto document = office().load(shipped());
        const auto summary = named(document, "TW_SIM_SUMMARY");
        const auto sensitivity = named(document, "TW_SIM_SENSITIVITY");
        const std::string out = work_dir() + "/uncertainty simulated again.ods";
        run_simulation_job(office().context(), { { "Document", Any(document) },
                                                 { "OutURL", Any(to_ou(file_url(out))) },
                                                 { "Trials", Any(10000.0) },
                                                 { "Seed", Any(1.0) },
                                                 { "TrialsSheet", Any(false) } });
        close_document(document);

        const auto again = office().load(out);
        const auto summary_again = named(again, "TW_SIM_SUMMARY");
        const auto sensitivity_again = named(again, "TW_SIM_SENSITIVITY");
        close_document(again);
        // A named array, not a braced list in the loop: gcc 14 reads a
        // structured binding into a list of pairs as a dangling reference.
        using Grid = std::remove_reference_t<decltype(summary)>;
        const std::pair<const Grid*, const Grid*> compared[] = {
            { &summary, &summary_again }, { &sensitivity, &sensitivity_again } };
        for (const auto& [a, b] : compared)
        {
            CPPUNIT_ASSERT_EQUAL(a->getLength(), b->getLength());
            for (sal_Int32 r = 0; r < a->getLength(); ++r)
            {
                CPPUNIT_ASSERT_EQUAL((*a)[r].getLength(), (*b)[r].getLength());
                for (sal_Int32 c = 0; c < (*a)[r].getLength(); ++c)
                {
                    double x = 0, y = 0;
                    const std::string where = text_at(*a, r, 0) + " row " + std::to_string(r)
                                              + " column " + std::to_string(c);
                    if ((*a)[r][c] >>= x)
                    {
                        CPPUNIT_ASSERT_MESSAGE(where + ": a number", (*b)[r][c] >>= y);
                        CPPUNIT_ASSERT_EQUAL_MESSAGE(where, x, y); // bit for bit
                    }
                    else
                        CPPUNIT_ASSERT_EQUAL_MESSAGE(where, text_at(*a, r, c), text_at(*b, r, c));
                }
            }
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UncertaintyTemplateTest);
}
