// The simulation end to end, in the real office: UNCERTAIN and SIMOUTPUT in
// cells, the org.tokwatt.Simulation job called once (as make simulate
// calls it), the report read back from the file it wrote. A product of
// three independent lognormal ranges has lognormal percentiles known in
// closed form; the report must find them within the sampling error.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "../../addin/common/strings.hxx"
#include "../../addin/simulate/report.hxx"
#include "../../tools/simulation_job.hxx"
#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using namespace tokwatt;

namespace tokwatt_test
{
namespace
{
constexpr double z95 = 1.6448536269514722; // Phi^-1(0.95)

// ln X of UNCERTAIN(lo; hi): normal with mean ln sqrt(lo hi), sd ln(hi/lo) / (2 z95).
struct LogNormal
{
    double mu, sigma;
};
LogNormal range(double lo, double hi)
{
    return { 0.5 * std::log(lo * hi), std::log(hi / lo) / (2 * z95) };
}

// The product of the three ranges the model holds.
const LogNormal product = [] {
    const LogNormal a = range(1, 10), b = range(2, 20), c = range(0.5, 5);
    return LogNormal{ a.mu + b.mu + c.mu,
                      std::sqrt(a.sigma * a.sigma + b.sigma * b.sigma + c.sigma * c.sigma) };
}();

double quantile(const LogNormal& d, double z) { return std::exp(d.mu + d.sigma * z); }

// The standard error of ln(sample quantile) at p over n trials:
// sqrt(p (1 - p) / n) / phi(z_p) * sigma.
double log_se(double p, double z, std::size_t n, double sigma)
{
    const double phi = std::exp(-z * z / 2) / std::sqrt(2 * M_PI);
    return std::sqrt(p * (1 - p) / static_cast<double>(n)) / phi * sigma;
}

std::string bytes_of(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

Any run_job(const Reference<css::lang::XComponent>& document, const std::string& out,
            double trials, double seed, bool call_simoutput = false)
{
    std::vector<css::beans::NamedValue> args = { { "Document", Any(document) },
                                                 { "Trials", Any(trials) },
                                                 { "Seed", Any(seed) },
                                                 { "CallSimOutput", Any(call_simoutput) } };
    if (!out.empty())
        args.push_back({ "OutURL", Any(to_ou(file_url(out))) });
    return run_simulation_job(office().context(), args);
}

// The message the job refuses a workbook with, or "" when it runs.
std::string refusal(const Reference<css::lang::XComponent>& document)
{
    try
    {
        run_job(document, work_dir() + "/never.ods", 100, 1);
    }
    catch (const css::lang::IllegalArgumentException& e)
    {
        return to_utf8(e.Message);
    }
    return "";
}

// A named range of a workbook as rows of cells.
Sequence<Sequence<Any>> named(const Reference<css::lang::XComponent>& document, const char* name)
{
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                              UNO_QUERY_THROW);
    CPPUNIT_ASSERT_MESSAGE(std::string("the report has no range ") + name,
                           names->hasByName(to_ou(name)));
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

double number_at(const Sequence<Sequence<Any>>& rows, int r, int c)
{
    double v = NAN;
    rows[r][c] >>= v;
    return v;
}

// Spearman's rho of two columns without ties: Pearson's r of their ranks.
double spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    auto ranks = [](const std::vector<double>& v) {
        std::vector<std::size_t> order(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
        std::vector<double> r(v.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            r[order[i]] = static_cast<double>(i + 1);
        return r;
    };
    const std::vector<double> a = ranks(x), b = ranks(y);
    const double n = static_cast<double>(a.size()), mean = (n + 1) / 2;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
    {
        sab += (a[i] - mean) * (b[i] - mean);
        saa += (a[i] - mean) * (a[i] - mean);
        sbb += (b[i] - mean) * (b[i] - mean);
    }
    return sab / std::sqrt(saa * sbb);
}

void close(const Reference<css::lang::XComponent>& document)
{
    Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
}

// TW_SIM_CORRELATION at D1:F3 between the inputs A1 and A2: rank
// correlation `r` in both halves of its matrix (the tests then change one).
void correlate_a1_a2(Sheet& s, const Reference<css::lang::XComponent>& document, double r)
{
    s.set_text("D1", "");
    s.set_text("E1", "$Sheet1.$A$1");
    s.set_text("F1", "$Sheet1.$A$2");
    s.set_text("D2", "$Sheet1.$A$1");
    s.set_text("D3", "$Sheet1.$A$2");
    s.set("E2", 1.0);
    s.set("F2", r);
    s.set("E3", r);
    s.set("F3", 1.0);
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                              UNO_QUERY_THROW);
    names->addNewByName("TW_SIM_CORRELATION", "$Sheet1.$D$1:$F$3", css::table::CellAddress(), 0);
}

// A CSV file's rows, split at commas (the tests' names hold none).
std::vector<std::vector<std::string>> csv_rows(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(f, line);)
    {
        std::vector<std::string> fields(1);
        for (char c : line)
            if (c == ',')
                fields.emplace_back();
            else
                fields.back() += c;
        rows.push_back(fields);
    }
    return rows;
}
}

class SimulateTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(SimulateTest);
    CPPUNIT_TEST(ranges_show_their_medians);
    CPPUNIT_TEST(product_of_lognormals);
    CPPUNIT_TEST(seeds);
    CPPUNIT_TEST(correlation);
    CPPUNIT_TEST(sensitivity_is_spearman);
    CPPUNIT_TEST(outputs_without_the_call);
    CPPUNIT_TEST(report_prints_a_chart_a_page);
    CPPUNIT_TEST(trials_csv);
    CPPUNIT_TEST(refusals);
    CPPUNIT_TEST_SUITE_END();

    void model(Sheet& s)
    {
        s.set("A1", "=UNCERTAIN(1;10)");
        s.set("A2", "=UNCERTAIN(2;20)");
        s.set("A3", "=UNCERTAIN(0.5;5)");
        s.set("B1", "=SIMOUTPUT(A1*A2*A3;\"product\")");
    }

    // The model saved to a file, simulated from it; the report loaded.
    Sequence<Sequence<Any>> simulate_file(double trials, double seed, const std::string& tag)
    {
        const std::string in = work_dir() + "/sim-in-" + tag + ".ods",
                          out = work_dir() + "/sim-out-" + tag + ".ods";
        model(sheet());
        save_as(document(), in);
        const std::string before = bytes_of(in);
        const auto loaded = office().load(in);
        run_job(loaded, out, trials, seed);
        close(loaded);
        CPPUNIT_ASSERT_MESSAGE("IN changed", bytes_of(in) == before);
        const auto report = office().load(out);
        const auto summary = named(report, "TW_SIM_SUMMARY");
        named(report, "TW_SIM_SENSITIVITY");
        // the copy's output computed its value alone in the trials; OUT has
        // the formula back
        const std::string formula = to_utf8(
            Reference<css::sheet::XSpreadsheet>(
                Reference<css::sheet::XSpreadsheetDocument>(report, UNO_QUERY_THROW)
                    ->getSheets()
                    ->getByName("Sheet1"),
                UNO_QUERY_THROW)
                ->getCellByPosition(1, 0)
                ->getFormula());
        close(report);
        CPPUNIT_ASSERT_MESSAGE(formula, formula.find("SIMOUTPUT(") != std::string::npos);
        return summary;
    }

public:
    void ranges_show_their_medians()
    {
        check_rows(book(),
                   { ok("=UNCERTAIN(0.4;0.9)", 0.6),
                     ok("=UNCERTAIN(1;100)", 10),
                     ok("=UNCERTAIN(-1;3)", 1),
                     ok("=UNCERTAIN(2;4;;\"uniform\")", 3),
                     ok("=UNCERTAIN(1;100;;\"loguniform\")", 10),
                     ok("=UNCERTAIN(0.4;0.9;0.75)", 0.75),
                     ok("=UNCERTAIN(0;10;5;\"triangular\")", 5),
                     ok("=UNCERTAIN(0;10;2;\"triangular\")", 10 - std::sqrt(10.0 * 8 / 2)),
                     ok("=SIMOUTPUT(42)", 42),
                     ok("=SIMOUTPUT(42;\"answer\")", 42),
                     err("=UNCERTAIN(10;1)", calc_error::illegal_argument),
                     err("=UNCERTAIN(-1;1;;\"lognormal\")", calc_error::illegal_argument),
                     err("=UNCERTAIN(1;2;3)", calc_error::illegal_argument),
                     err("=UNCERTAIN(1;2;;\"cauchy\")", calc_error::illegal_argument),
                     err("=UNCERTAIN(1;2;;;5;4)", calc_error::illegal_argument),
                     // a uniform on [1, 2] has no mass above 5 (a lognormal's tail would)
                     err("=UNCERTAIN(1;2;;\"uniform\";5)", calc_error::illegal_argument),
                     err("=UNCERTAIN(1;2;;\"triangular\")", calc_error::illegal_argument),
                     err("=SIMOUTPUT(1/0)", div0) });
    }

    // At 100,000 trials P50 within 1%, P5 and P95 within 1.5% of the
    // closed form; the file simulated is byte-identical afterwards.
    void product_of_lognormals()
    {
        const std::size_t n = 100000;
        const auto summary = simulate_file(static_cast<double>(n), 1, "100k");
        CPPUNIT_ASSERT_EQUAL(std::string("output"), text_at(summary, 0, 0));
        CPPUNIT_ASSERT_EQUAL(std::string("P95"), text_at(summary, 0, 11));
        CPPUNIT_ASSERT_EQUAL(std::string("product"), text_at(summary, 1, 0));
        CPPUNIT_ASSERT_EQUAL(double(n), number_at(summary, 1, 2));
        const double p5 = number_at(summary, 1, 5), p50 = number_at(summary, 1, 8),
                     p95 = number_at(summary, 1, 11);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(quantile(product, 0), p50, 0.01 * quantile(product, 0));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(quantile(product, -z95), p5,
                                     0.015 * quantile(product, -z95));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(quantile(product, z95), p95, 0.015 * quantile(product, z95));
    }

    // The same seed gives the same report to the bit; another seed another
    // one, within four standard errors of the closed form at 10,000 trials.
    void seeds()
    {
        const std::size_t n = 10000;
        const auto a = simulate_file(static_cast<double>(n), 1, "seed1a");
        const auto b = simulate_file(static_cast<double>(n), 1, "seed1b");
        const auto c = simulate_file(static_cast<double>(n), 7, "seed7");
        bool differ = false;
        for (int col = 3; col < 12; ++col)
        {
            CPPUNIT_ASSERT_EQUAL(number_at(a, 1, col), number_at(b, 1, col));
            differ = differ || number_at(a, 1, col) != number_at(c, 1, col);
        }
        CPPUNIT_ASSERT_MESSAGE("seed 7 gave seed 1's report", differ);
        const struct
        {
            int column;
            double p, z;
        } percentiles[] = { { 5, 0.05, -z95 }, { 8, 0.5, 0 }, { 11, 0.95, z95 } };
        for (const auto& q : percentiles)
            for (const auto* report : { &a, &c })
            {
                const double got = number_at(*report, 1, q.column);
                const double bound = 4 * log_se(q.p, q.z, n, product.sigma);
                CPPUNIT_ASSERT_MESSAGE("P" + std::to_string(q.p * 100) + " = " + std::to_string(got),
                                       std::fabs(std::log(got / quantile(product, q.z))) <= bound);
            }
    }

    // A rank correlation of 0.8 between the first two inputs: their
    // Spearman correlation in the trials is 0.8 within 0.02.
    void correlation()
    {
        Sheet& s = sheet();
        model(s);
        correlate_a1_a2(s, document(), 0.8);
        // into the workbook itself, as the menu entry writes it
        const std::string summary
            = to_utf8(run_job(document(), "", 10000, 1).get<rtl::OUString>());
        CPPUNIT_ASSERT_MESSAGE(summary, summary.find("10000 trials") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(sal_Int32(1 + 3), named(document(), "TW_SIM_SENSITIVITY").getLength());
        Reference<css::sheet::XSpreadsheet> trials(
            Reference<css::sheet::XSpreadsheetDocument>(document(), UNO_QUERY_THROW)
                ->getSheets()
                ->getByName("Trials"),
            UNO_QUERY_THROW);
        const auto data = Reference<css::sheet::XCellRangeData>(
                              trials->getCellRangeByName("B2:C10001"), UNO_QUERY_THROW)
                              ->getDataArray();
        std::vector<double> x, y;
        for (const auto& row : data)
        {
            x.push_back(row[0].get<double>());
            y.push_back(row[1].get<double>());
        }
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.8, spearman(x, y), 0.02);
    }

    // TW_SIM_SENSITIVITY's rank correlations are Spearman's over the Trials
    // sheet: for an output every trial of which has a value, Calc's own
    // CORREL of RANK.AVG; for one that is an error in some trials, over the
    // trials where it has a value.
    void sensitivity_is_spearman()
    {
        Sheet& s = sheet();
        model(s);
        s.set("B2", "=SIMOUTPUT(IF(A1<2;1/0;A1+A2);\"partial\")");
        const int n = 2000;
        run_job(document(), "", n, 4);
        Reference<css::sheet::XSpreadsheets> sheets
            = Reference<css::sheet::XSpreadsheetDocument>(document(), UNO_QUERY_THROW)->getSheets();
        Reference<css::sheet::XSpreadsheet> trials(sheets->getByName("Trials"), UNO_QUERY_THROW);
        const std::string last = std::to_string(n + 1);
        const auto data = Reference<css::sheet::XCellRangeData>(
                              trials->getCellRangeByName(to_ou("B2:F" + last)), UNO_QUERY_THROW)
                              ->getDataArray();
        const auto sensitivity = named(document(), "TW_SIM_SENSITIVITY");
        CPPUNIT_ASSERT_EQUAL(sal_Int32(1 + 2 * 3), sensitivity.getLength());
        const char* const inputs[] = { "$Sheet1.$A$1", "$Sheet1.$A$2", "$Sheet1.$A$3" };
        int checked_by_calc = 0, checked_by_pairs = 0;
        for (sal_Int32 row = 1; row < sensitivity.getLength(); ++row)
        {
            const std::string output = text_at(sensitivity, row, 0), input = text_at(sensitivity, row, 1);
            const int x = static_cast<int>(std::find(std::begin(inputs), std::end(inputs), input)
                                           - std::begin(inputs));
            CPPUNIT_ASSERT_MESSAGE(input, x < 3);
            const double reported = number_at(sensitivity, row, 2);
            if (output == "product")
            {
                const std::string a = std::string(1, static_cast<char>('B' + x)) + "2:"
                                      + static_cast<char>('B' + x) + last,
                                  b = "E2:E" + last;
                const auto cell = trials->getCellByPosition(8, row);
                Reference<css::sheet::XArrayFormulaRange>(
                    trials->getCellRangeByPosition(8, row, 8, row), UNO_QUERY_THROW)
                    ->setArrayFormula(to_ou("=CORREL(RANK.AVG(" + a + ";" + a + ";1);RANK.AVG(" + b
                                            + ";" + b + ";1))"));
                CPPUNIT_ASSERT_EQUAL(sal_Int32(0), cell->getError());
                CPPUNIT_ASSERT_DOUBLES_EQUAL(cell->getValue(), reported, 1e-12);
                ++checked_by_calc;
                continue;
            }
            CPPUNIT_ASSERT_EQUAL(std::string("partial"), output);
            std::vector<double> in, out;
            for (const auto& trial : data)
            {
                double y = NAN;
                if (trial[4] >>= y)
                {
                    in.push_back(trial[x].get<double>());
                    out.push_back(y);
                }
            }
            CPPUNIT_ASSERT_MESSAGE("every trial of 'partial' has a value",
                                   in.size() > 100 && in.size() < static_cast<std::size_t>(n));
            CPPUNIT_ASSERT_DOUBLES_EQUAL(spearman(in, out), reported, 1e-12);
            ++checked_by_pairs;
        }
        CPPUNIT_ASSERT_EQUAL(3, checked_by_calc);
        CPPUNIT_ASSERT_EQUAL(3, checked_by_pairs);
    }

    // In the trials an output computes SIMOUTPUT's value without calling
    // it: the report is the same to the bit as with SIMOUTPUT called in
    // every trial (CallSimOutput), outputs named by a text, by nothing, and
    // one whose name is a number (an error in every trial, either way).
    void outputs_without_the_call()
    {
        Sheet& s = sheet();
        model(s);
        s.set("B2", "=SIMOUTPUT(IF(A1<2;1/0;A1+A2);\"partial\")");
        s.set("B3", "=SIMOUTPUT(A3>1)");
        s.set("B4", "=SIMOUTPUT(A3;5)");
        s.set("B5", "=SIMOUTPUT(A2-A3;\"diff\")");
        CPPUNIT_ASSERT_EQUAL(0, s.error("B5"));
        std::vector<Sequence<Sequence<Any>>> reports[2];
        for (bool call : { false, true })
        {
            run_job(document(), "", 2000, 9, call);
            for (const char* name : { "TW_SIM_SUMMARY", "TW_SIM_SENSITIVITY" })
                reports[call].push_back(named(document(), name));
        }
        for (std::size_t r = 0; r < 2; ++r)
        {
            CPPUNIT_ASSERT(reports[0][r].getLength() > 1);
            CPPUNIT_ASSERT(reports[0][r] == reports[1][r]);
        }
        const auto& summary = reports[0][0];
        CPPUNIT_ASSERT_EQUAL(sal_Int32(1 + 5), summary.getLength());
        for (sal_Int32 row = 1; row < summary.getLength(); ++row)
        {
            const std::string cell = text_at(summary, row, 1);
            const double trials = number_at(summary, row, 2);
            if (cell == "$Sheet1.$B$4")
                CPPUNIT_ASSERT_EQUAL(0.0, trials);
            else if (cell == "$Sheet1.$B$2")
                CPPUNIT_ASSERT(trials > 100 && trials < 2000);
            else
                CPPUNIT_ASSERT_EQUAL(2000.0, trials);
        }
        CPPUNIT_ASSERT(office().alive());
    }

    // The report prints landscape, one page wide, in a page style of its
    // own (the workbook's default one untouched); each chart sits beside
    // the first row of its table, and a printed page starts at that row.
    // A second run replaces the report and its charts.
    void report_prints_a_chart_a_page()
    {
        Sheet& s = sheet();
        model(s);
        s.set("B2", "=SIMOUTPUT(A1+A2;\"sum\")");
        Reference<css::container::XNameAccess> styles(
            Reference<css::style::XStyleFamiliesSupplier>(document(), UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("PageStyles"),
            UNO_QUERY_THROW);
        auto landscape = [&](const char* style) {
            return Reference<css::beans::XPropertySet>(styles->getByName(to_ou(style)),
                                                       UNO_QUERY_THROW)
                ->getPropertyValue("IsLandscape")
                .get<bool>();
        };
        const bool default_landscape = landscape("Default");
        for (int run = 0; run < 2; ++run)
        {
            run_job(document(), "", 500, 1 + run);
            Reference<css::container::XIndexAccess> sheets(
                Reference<css::sheet::XSpreadsheetDocument>(document(), UNO_QUERY_THROW)
                    ->getSheets(),
                UNO_QUERY_THROW);
            sal_Int32 at_sheet = 0;
            while (to_utf8(Reference<css::container::XNamed>(sheets->getByIndex(at_sheet),
                                                             UNO_QUERY_THROW)
                               ->getName())
                   != simulate::report_sheet)
                ++at_sheet;
            Reference<css::sheet::XSpreadsheet> report(sheets->getByIndex(at_sheet),
                                                       UNO_QUERY_THROW);
            CPPUNIT_ASSERT_EQUAL(std::string(simulate::report_page_style),
                                 to_utf8(Reference<css::beans::XPropertySet>(report, UNO_QUERY_THROW)
                                             ->getPropertyValue("PageStyle")
                                             .get<rtl::OUString>()));
            CPPUNIT_ASSERT(landscape(simulate::report_page_style));
            CPPUNIT_ASSERT_EQUAL(default_landscape, landscape("Default"));
            Reference<css::container::XIndexAccess> shapes(
                Reference<css::drawing::XDrawPagesSupplier>(document(), UNO_QUERY_THROW)
                    ->getDrawPages()
                    ->getByIndex(at_sheet),
                UNO_QUERY_THROW);
            CPPUNIT_ASSERT_EQUAL(sal_Int32(2 * 2), shapes->getCount()); // a histogram, a tornado each
            Reference<css::container::XIndexAccess> rows(
                Reference<css::table::XColumnRowRange>(report, UNO_QUERY_THROW)->getRows(),
                UNO_QUERY_THROW);
            for (sal_Int32 i = 0; i < shapes->getCount(); ++i)
            {
                const css::awt::Point at
                    = Reference<css::drawing::XShape>(shapes->getByIndex(i), UNO_QUERY_THROW)
                          ->getPosition();
                sal_Int32 row = 0;
                for (;; ++row)
                {
                    css::awt::Point top;
                    Reference<css::beans::XPropertySet>(report->getCellByPosition(0, row),
                                                        UNO_QUERY_THROW)
                            ->getPropertyValue("Position")
                        >>= top;
                    if (top.Y >= at.Y - 1)
                    {
                        CPPUNIT_ASSERT_MESSAGE("chart " + std::to_string(i) + " is beside no row's top",
                                               top.Y <= at.Y + 1);
                        break;
                    }
                }
                CPPUNIT_ASSERT_MESSAGE("no page starts at chart " + std::to_string(i),
                                       Reference<css::beans::XPropertySet>(rows->getByIndex(row),
                                                                           UNO_QUERY_THROW)
                                           ->getPropertyValue("IsStartOfNewPage")
                                           .get<bool>());
            }
        }
        CPPUNIT_ASSERT(office().alive());
    }

    // Every trial in a CSV: the Trials sheet's names and values to the bit,
    // and Calc's own PERCENTILE over its output column gives the report's
    // P5, P50 and P95.
    void trials_csv()
    {
        model(sheet());
        const std::size_t n = 10000;
        const std::string csv = work_dir() + "/trials.csv";
        std::remove(csv.c_str());
        run_simulation_job(office().context(), { { "Document", Any(document()) },
                                                 { "Trials", Any(double(n)) },
                                                 { "Seed", Any(5.0) },
                                                 { "TrialsCSV", Any(to_ou(file_url(csv))) } });

        const auto rows = csv_rows(csv);
        CPPUNIT_ASSERT_EQUAL(n + 1, rows.size());
        const std::vector<std::string> header
            = { "trial", "$Sheet1.$A$1", "$Sheet1.$A$2", "$Sheet1.$A$3", "product" };
        CPPUNIT_ASSERT(header == rows[0]);
        Reference<css::sheet::XSpreadsheets> sheets
            = Reference<css::sheet::XSpreadsheetDocument>(document(), UNO_QUERY_THROW)->getSheets();
        Reference<css::sheet::XSpreadsheet> trials(sheets->getByName("Trials"), UNO_QUERY_THROW);
        const auto shown = Reference<css::sheet::XCellRangeData>(
                               trials->getCellRangeByName("A2:E10001"), UNO_QUERY_THROW)
                               ->getDataArray();
        Sequence<Sequence<Any>> product(static_cast<sal_Int32>(n));
        for (std::size_t i = 0; i < n; ++i)
        {
            CPPUNIT_ASSERT_EQUAL(std::size_t(5), rows[i + 1].size());
            for (int c = 0; c < 5; ++c)
            {
                const std::string& text = rows[i + 1][static_cast<std::size_t>(c)];
                CPPUNIT_ASSERT_MESSAGE(text, text.find_first_not_of("0123456789.e+-") == std::string::npos);
                CPPUNIT_ASSERT_EQUAL(shown[static_cast<sal_Int32>(i)][c].get<double>(),
                                     std::strtod(text.c_str(), nullptr));
            }
            const Any value(std::strtod(rows[i + 1][4].c_str(), nullptr));
            product[static_cast<sal_Int32>(i)] = Sequence<Any>(&value, 1);
        }
        // Calc's PERCENTILE over the CSV's column, in a sheet of its own.
        sheets->insertNewByName("FromCSV", 1);
        Reference<css::sheet::XSpreadsheet> from_csv(sheets->getByName("FromCSV"), UNO_QUERY_THROW);
        Reference<css::sheet::XCellRangeData>(from_csv->getCellRangeByName("A1:A10000"),
                                              UNO_QUERY_THROW)
            ->setDataArray(product);
        const auto summary = named(document(), "TW_SIM_SUMMARY");
        const struct
        {
            const char* cell;
            const char* formula;
            int column;
        } percentiles[] = { { "B1", "=PERCENTILE(A1:A10000;0.05)", 5 },
                            { "B2", "=PERCENTILE(A1:A10000;0.5)", 8 },
                            { "B3", "=PERCENTILE(A1:A10000;0.95)", 11 } };
        for (const auto& q : percentiles)
        {
            const auto cell = from_csv->getCellRangeByName(to_ou(q.cell))->getCellByPosition(0, 0);
            cell->setFormula(to_ou(q.formula));
            const double calc = cell->getValue();
            const double report = number_at(summary, 1, q.column);
            CPPUNIT_ASSERT_MESSAGE(q.formula, std::isfinite(report) && report > 0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(report, calc, 1e-12 * report);
        }
    }

    // Each refusal says what is wrong, and where.
    void refusals()
    {
        Sheet& s = sheet();
        s.set("A1", "=UNCERTAIN(1;10)");
        std::string why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("no SIMOUTPUT") != std::string::npos);
        s.set("B1", "=SIMOUTPUT(A1*2)");
        s.set("A2", "=UNCERTAIN(10;1)");
        why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("$Sheet1.$A$2") != std::string::npos
                                        && why.find("lo") != std::string::npos);
        s.set("A2", "=2*UNCERTAIN(1;10)");
        why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("$Sheet1.$A$2") != std::string::npos
                                        && why.find("whole formula") != std::string::npos);
        s.set("A2", "=UNCERTAIN(1;10)");
        s.set_array("B2", "=SIMOUTPUT(SUM(A1:A2*A1:A2))");
        why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("$Sheet1.$B$2") != std::string::npos
                                        && why.find("array formula") != std::string::npos);
        s.clear("B2");
        correlate_a1_a2(s, document(), 1.5);
        why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("TW_SIM_CORRELATION") != std::string::npos);
        s.set("F2", 0.5);
        s.set("E3", 0.8);
        why = refusal(document());
        CPPUNIT_ASSERT_MESSAGE(why, why.find("symmetric") != std::string::npos);
        CPPUNIT_ASSERT(office().alive());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SimulateTest);
}
