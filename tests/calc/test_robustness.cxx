// Bad input through a real Calc, in ONE generated workbook: every function of
// the add-in's table (addin/function_table.cxx, linked into this binary)
// called with every kind of bad argument in every argument place, the other
// arguments valid. Every cell must show the error README's "Errors" section
// documents for it (or a value, where the input is valid after all), the
// office must stay alive, and the workbook must save as .ods and reload with
// every formula, value and error intact, twice.
//
// Sheet "Inputs" holds one cell or range per kind of bad argument (a text,
// an empty cell, =1/0, =TRUE(), -1, 0, 1E308, -1E308, a 2x2 block, a 3-cell
// and a 2-cell column, a column holding =1/0, 1,000,000 ones and 1,000,000
// empty cells); sheet "Calls" holds one formula per row (column A), the
// error README documents for it as text (B), what the row calls (C) and the
// README rule (D). The saved workbook stays in build/test-robustness.ods.
//
// A one-cell reference holding #DIV/0! is "an error value as an argument"
// (that error) for every kind of argument, COHORT's users range included;
// README's Err:504 row ("an error value inside a range argument") is the
// multi-cell case.
//
// The expected error of a row comes from expected() below, from README
// alone: its Errors table, its domains ("Functions" and "arguments and
// defaults"), and its equations for #NUM! (the exact result computed in
// long double, so #NUM! means the true result exceeds a double). Two rules
// are not README's own, and the run lists the rows that follow them:
//   - README silent: a range with no cell in the formula's row, given where
//     Calc itself converts a range to one value (a required number or a
//     name): Calc's implicit intersection finds nothing, #VALUE!.
//   - README disagrees: README says "A range given where one number is
//     expected takes the cell in the formula's own row or column". That
//     holds for required numbers (Calc converts them); an optional number
//     (pue, alpha_*, beta_*, temp_k, bits, population, days_per_year,
//     GRIDRATIO's grid_w) gets the whole range and rejects any range of
//     more than one cell with Err:502. The rows assert Err:502, what the
//     add-in does by design (arguments.hxx, test_functions.cxx, test_presets
//     .cxx) and what it cannot do otherwise (an add-in never learns the
//     calling cell's row); README's sentence is what needs the fix.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDateMode.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/FillMode.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "../../addin/function_table.hxx"
#include "../../addin/common/strings.hxx"
#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using namespace tokwatt;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt_test
{
namespace
{
constexpr int e502 = calc_error::illegal_argument;
constexpr int e504 = calc_error::parameter_expected;
constexpr int e_num = calc_error::num;
constexpr int e_value = calc_error::value;

constexpr int big_rows = 1000000;   // the long columns of the input sheet
constexpr sal_Int32 first_row = 3;  // 0-based: formulas start in row 4 of "Calls",
                                    // below every short input range (rows 1-3)
constexpr double seconds_per_big_call = 10; // "quickly", for a 1,000,000-cell argument
const std::string test_file = "build/test-robustness.ods";
const std::string test_file_2 = "build/test-robustness-2.ods";

// ---- the kinds of bad argument, and where the input sheet holds them ------

enum class Bad
{
    text, empty, error, boolean, negative, zero, huge, minus_huge,
    block_2x2, mismatched, error_in_range, column_1m, empty_1m, left_out, empty_slot
};

struct BadKind
{
    Bad bad;
    const char* name;
    const char* ref; // what the formula passes; nullptr: nothing (left out)
};

const BadKind bad_kinds[] = {
    { Bad::text, "a text cell", "$Inputs.$B$1" },                    // "abc"
    { Bad::empty, "an empty cell", "$Inputs.$B$2" },
    { Bad::error, "a #DIV/0! cell", "$Inputs.$B$3" },                // =1/0
    { Bad::boolean, "a TRUE() cell", "$Inputs.$B$4" },
    { Bad::negative, "-1", "$Inputs.$B$5" },
    { Bad::zero, "0", "$Inputs.$B$6" },
    { Bad::huge, "1E308", "$Inputs.$B$7" },
    { Bad::minus_huge, "-1E308", "$Inputs.$B$8" },
    { Bad::block_2x2, "a 2x2 range", "$Inputs.$D$1:$E$2" },
    // the other list arguments of the call get the 2-cell column
    { Bad::mismatched, "a 3-cell column against 2-cell columns", "$Inputs.$G$1:$G$3" },
    { Bad::error_in_range, "a column holding a #DIV/0! cell", "$Inputs.$L$1:$L$2" },
    { Bad::column_1m, "1,000,000 ones", "$Inputs.$J$1:$J$1000000" },
    { Bad::empty_1m, "1,000,000 empty cells", "$Inputs.$K$1:$K$1000000" },
    { Bad::left_out, "left out", nullptr },
    { Bad::empty_slot, "its place left empty", "" },
};
const char* const two_cell_column = "$Inputs.$H$1:$H$2";
const char* const ones_1m = "$Inputs.$J$1:$J$1000000";
const char* const empty_1m = "$Inputs.$K$1:$K$1000000";

bool is_range(Bad b)
{
    return b == Bad::block_2x2 || b == Bad::mismatched || b == Bad::error_in_range
           || b == Bad::column_1m || b == Bad::empty_1m;
}

// The number Calc hands over for a single cell, or for the cell a
// 1,000,000-row column has in the formula's own row (README: an empty cell
// counts as 0, TRUE() as 1).
double number_of(Bad b)
{
    switch (b)
    {
        case Bad::boolean: return 1;
        case Bad::negative: return -1;
        case Bad::huge: return 1e308;
        case Bad::minus_huge: return -1e308;
        case Bad::column_1m: return 1;
        default: return 0; // an empty cell, zero, an empty cell of the long column
    }
}

// ---- every argument: a valid value and its README domain -------------------

enum class Domain
{
    non_negative,  // energies, powers, prices, counts, budgets: >= 0
    positive,      // temperatures, Wh per token, population, days, ... : > 0
    at_least_one,  // pue >= 1
    share,         // in [0,1], the shares summing to 1
    grid,          // > 0, or a POWERREF name
    name,          // a preset name (GPU, POWERREF, CACHEPROFILE, PRESETINFO)
    reference_name // POWERCOMPARE's reference: a POWERREF name
};

struct ArgSpec
{
    const char* function;
    const char* argument;
    const char* valid; // typed when this argument is not the bad one
    Domain domain;
    bool list = false; // a list: one entry per GPU type or per cohort
};

// From README's "Functions" tables and "arguments and defaults".
const ArgSpec arg_specs[] = {
    { "ETOK", "tdp_w", "700", Domain::non_negative, true },
    { "ETOK", "tokens_per_s", "200", Domain::positive, true },
    { "ETOK", "fleet_share", "1", Domain::share, true },
    { "ETOK", "pue", "1.4", Domain::at_least_one },
    { "CACHEFACTOR", "alpha_o", "0.05", Domain::share },
    { "CACHEFACTOR", "alpha_m", "0.2", Domain::share },
    { "CACHEFACTOR", "alpha_h", "0.75", Domain::share },
    { "CACHEFACTOR", "beta_m", "0.1", Domain::non_negative },
    { "CACHEFACTOR", "beta_h", "0.01", Domain::non_negative },
    { "EEFF", "e_tok", "3.6", Domain::non_negative },
    { "EEFF", "alpha_o", "0.05", Domain::share },
    { "EEFF", "alpha_m", "0.2", Domain::share },
    { "EEFF", "alpha_h", "0.75", Domain::share },
    { "EEFF", "beta_m", "0.1", Domain::non_negative },
    { "EEFF", "beta_h", "0.01", Domain::non_negative },
    { "PUSER", "tokens_per_day", "20E9", Domain::non_negative },
    { "PUSER", "e_eff", "0.23", Domain::non_negative },
    { "PPOP", "users", "8.1E9", Domain::non_negative },
    { "PPOP", "p_user", "53000", Domain::non_negative },
    { "GRIDRATIO", "p_w", "440E9", Domain::non_negative },
    { "GRIDRATIO", "grid_w", "480E9", Domain::grid },
    { "KARDASHEV", "p_w", "4.3E14", Domain::non_negative },
    { "NMAX", "tokens_per_day", "20E9", Domain::positive },
    { "NMAX", "e_eff", "0.23", Domain::positive },
    { "NMAX", "budget_w", "480E9", Domain::non_negative },
    { "ETARGET", "users", "8.1E9", Domain::positive },
    { "ETARGET", "tokens_per_day", "20E9", Domain::positive },
    { "ETARGET", "budget_w", "3.3E12", Domain::non_negative },
    { "GAPFACTOR", "e_eff", "0.23", Domain::non_negative },
    { "GAPFACTOR", "users", "8.1E9", Domain::positive },
    { "GAPFACTOR", "tokens_per_day", "20E9", Domain::positive },
    { "GAPFACTOR", "budget_w", "3.3E12", Domain::positive },
    { "COHORT", "users", "8.1E9", Domain::non_negative, true },
    { "COHORT", "p_user", "53000", Domain::non_negative },
    { "COHORT", "grid_w", "480E9", Domain::grid, true },
    { "LANDAUER", "temp_k", "300", Domain::positive },
    { "LANDAUER", "bits", "12", Domain::non_negative },
    { "EFFGAP", "j_per_token", "1.8", Domain::non_negative },
    { "EFFGAP", "bits", "12", Domain::positive },
    { "EFFGAP", "temp_k", "300", Domain::positive },
    { "TOKENBUDGET", "twh_per_year", "326", Domain::non_negative },
    { "TOKENBUDGET", "wh_per_token", "5E-4", Domain::positive },
    { "TOKENSPERCAPITA", "twh_per_year", "65", Domain::non_negative },
    { "TOKENSPERCAPITA", "wh_per_token", "5E-4", Domain::positive },
    { "TOKENSPERCAPITA", "population", "8E9", Domain::positive },
    { "TOKENSPERCAPITA", "days_per_year", "365", Domain::positive },
    { "QUESTIONBUDGET", "twh_per_year", "326", Domain::non_negative },
    { "QUESTIONBUDGET", "wh_per_token", "5E-4", Domain::positive },
    { "QUESTIONBUDGET", "tokens_per_question", "100", Domain::positive },
    { "QUESTIONBUDGET", "population", "8E9", Domain::positive },
    { "QUESTIONBUDGET", "days_per_year", "365", Domain::positive },
    { "AVGPOWER", "twh_per_year", "4178", Domain::non_negative },
    { "ANNUALTWH", "p_w", "480E9", Domain::non_negative },
    { "GPUDAYKWH", "gpu_w", "350", Domain::non_negative },
    { "GPUDAYKWH", "pue", "1.15", Domain::at_least_one },
    { "GPUDAYCOST", "gpu_w", "350", Domain::non_negative },
    { "GPUDAYCOST", "pue", "1.15", Domain::at_least_one },
    { "GPUDAYCOST", "usd_per_kwh", "0.10", Domain::non_negative },
    { "GPU", "name", "\"H100\"", Domain::name },
    { "GPU", "field", "\"tdp_w\"", Domain::name },
    { "POWERREF", "name", "\"hoover_dam\"", Domain::name },
    { "CACHEPROFILE", "name", "\"peter\"", Domain::name },
    { "CACHEPROFILE", "field", "\"alpha_h\"", Domain::name },
    { "PRESETINFO", "name", "\"H100\"", Domain::name },
    { "POWERCOMPARE", "p_w", "1.325E9", Domain::non_negative },
    { "POWERCOMPARE", "reference", "\"hoover_dam\"", Domain::reference_name },
};

const ArgSpec& spec_of(const FunctionInfo& f, std::size_t i)
{
    for (const ArgSpec& spec : arg_specs)
        if (f.name == std::string(spec.function) && f.args[i].name == std::string(spec.argument))
            return spec;
    throw std::logic_error(std::string("test_robustness.cxx has no ArgSpec for ") + f.name + " "
                           + f.args[i].name + ": add its valid value and README domain");
}

double number(const ArgSpec& spec) { return spec.valid[0] == '"' ? 0 : std::stod(spec.valid); }

// ---- README's equations, for #NUM! ------------------------------------------

// The arguments as numbers, in table order; NaN: omitted (the default applies).
using Numbers = std::vector<long double>;

long double given(long double x, long double otherwise) { return std::isnan(x) ? otherwise : x; }

// k = alpha_o + alpha_m beta_m + alpha_h beta_h; exactly one alpha omitted is
// 1 minus the other two, any other omitted value its default.
long double cache_factor(const long double* a)
{
    const long double defaults[3] = { 0.05L, 0.20L, 0.75L };
    long double alpha[3] = { a[0], a[1], a[2] };
    long double known = 0;
    int missing = 0;
    for (long double x : alpha)
    {
        if (std::isnan(x))
            ++missing;
        else
            known += x;
    }
    for (int j = 0; j < 3; ++j)
        if (std::isnan(alpha[j]))
            alpha[j] = missing == 1 ? 1 - known : defaults[j];
    return alpha[0] + alpha[1] * given(a[3], 0.10L) + alpha[2] * given(a[4], 0.01L);
}

const long double k_b = 1.380649e-23L;
const long double ln2 = 0.693147180559945309417232121458L;

struct Equation
{
    const char* function;
    long double (*exact)(const Numbers& a); // the largest figure the call computes
};

const Equation equations[] = {
    { "ETOK", [](const Numbers& a) {
          const long double per_gpu = std::isnan(a[0]) ? 0.5L * 700 / 200 + 0.5L * 1000 / 600
                                                       : given(a[2], 1) * a[0] / a[1];
          return given(a[3], 1.4L) * per_gpu; } },
    { "CACHEFACTOR", [](const Numbers& a) { return cache_factor(&a[0]); } },
    { "EEFF", [](const Numbers& a) { return a[0] * cache_factor(&a[1]); } },
    { "PUSER", [](const Numbers& a) { return a[0] * a[1] / 86400; } },
    { "PPOP", [](const Numbers& a) { return a[0] * a[1]; } },
    { "GRIDRATIO", [](const Numbers& a) { return a[0] / given(a[1], 480e9L); } },
    { "KARDASHEV", [](const Numbers& a) { return a[0] / 1.74e17L; } },
    { "NMAX", [](const Numbers& a) { return std::floor(a[2] / (a[0] * a[1] / 86400)); } },
    { "ETARGET", [](const Numbers& a) { return a[2] * 86400 / (a[0] * a[1]); } },
    { "GAPFACTOR", [](const Numbers& a) { return a[0] * a[1] * a[2] / (a[3] * 86400); } },
    // P_pop and the grid ratio of the first cohort (K_1 is smaller than P_pop)
    { "COHORT", [](const Numbers& a) {
          const long double p_pop = a[0] * a[1];
          return std::max(p_pop, p_pop / given(a[2], 480e9L)); } },
    { "LANDAUER", [](const Numbers& a) { return k_b * given(a[0], 300) * ln2 * given(a[1], 1); } },
    { "EFFGAP", [](const Numbers& a) {
          return a[0] / (k_b * given(a[2], 300) * ln2 * given(a[1], 12)); } },
    { "TOKENBUDGET", [](const Numbers& a) { return a[0] * 1e12L / a[1]; } },
    { "TOKENSPERCAPITA", [](const Numbers& a) {
          return a[0] * 1e12L / a[1] / (given(a[2], 8e9L) * given(a[3], 365)); } },
    { "QUESTIONBUDGET", [](const Numbers& a) {
          return a[0] * 1e12L / a[1] / (a[2] * given(a[3], 8e9L) * given(a[4], 365)); } },
    { "AVGPOWER", [](const Numbers& a) { return a[0] * 1e12L / 8760; } },
    { "ANNUALTWH", [](const Numbers& a) { return a[0] * 8760 / 1e12L; } },
    { "GPUDAYKWH", [](const Numbers& a) { return a[0] * a[1] * 24 / 1000; } },
    { "GPUDAYCOST", [](const Numbers& a) { return a[0] * a[1] * 24 / 1000 * a[2]; } },
    // catalog look-ups and texts: nothing that can overflow
    { "GPU", [](const Numbers&) { return 0.0L; } },
    { "POWERREF", [](const Numbers&) { return 0.0L; } },
    { "CACHEPROFILE", [](const Numbers&) { return 0.0L; } },
    { "PRESETINFO", [](const Numbers&) { return 0.0L; } },
    { "TOKWATTVERSION", [](const Numbers&) { return 0.0L; } },
    { "POWERCOMPARE", [](const Numbers&) { return 0.0L; } },
};

long double exact_result(const FunctionInfo& f, const Numbers& a)
{
    for (const Equation& e : equations)
        if (f.name == std::string(e.function))
            return e.exact(a);
    throw std::logic_error(std::string("test_robustness.cxx has no equation for ") + f.name);
}

Numbers valid_numbers(const FunctionInfo& f)
{
    Numbers a;
    for (std::size_t i = 0; i < f.arg_count(); ++i)
        a.push_back(number(spec_of(f, i)));
    return a;
}

// ---- what README documents for a call --------------------------------------

// Where an expectation comes from (see the top of the file).
enum class Basis
{
    readme,         // README's Errors table, domains and equations
    readme_silent,  // Calc's implicit intersection finding no cell
    readme_disagrees // README's implicit-intersection sentence, optional numbers
};

const char* basis_name(Basis b)
{
    return b == Basis::readme_silent ? "README silent" : "README disagrees";
}

struct Expect
{
    int error;                   // calc_error code; 0: a value, no error
    std::string rule;            // the README rule it follows
    Basis basis = Basis::readme;
    double value = NAN;          // checked when not NaN
};

// A call whose arguments all passed Calc and the domains: ETOK's tdp_w and
// tokens_per_s must come together, and the exact result must fit a double.
Expect evaluate(const FunctionInfo& f, const Numbers& a, const std::string& rule)
{
    if (f.name == std::string("ETOK") && std::isnan(a[0]) != std::isnan(a[1]))
        return { e502, "tdp_w without tokens_per_s (or the reverse)" };
    const long double exact = exact_result(f, a);
    if (std::isnan(exact))
        throw std::logic_error(std::string("the test's equation of ") + f.name + " gave NaN");
    if (std::fabs(exact) > DBL_MAX)
        return { e_num, "a result too large for a number" };
    return { 0, rule };
}

bool in_domain(const ArgSpec& spec, double v)
{
    switch (spec.domain)
    {
        case Domain::non_negative: return v >= 0;
        case Domain::positive:
        case Domain::grid: return v > 0;
        case Domain::at_least_one: return v >= 1;
        // the other shares stay at their valid values: only this one's keeps the sum at 1
        case Domain::share: return v >= 0 && v <= 1 && std::fabs(v - number(spec)) <= 1e-9;
        default: return false; // a number is no name
    }
}

// The error README documents when argument i of f gets bad input `bad` and
// every other argument is valid.
Expect expected(const FunctionInfo& f, std::size_t i, Bad bad)
{
    const ArgKind kind = f.args[i].kind;
    const ArgSpec& spec = spec_of(f, i);
    Numbers a = valid_numbers(f);
    switch (bad)
    {
        case Bad::left_out:
            if (kind != ArgKind::Optional)
                return { e504, "a required argument left out" };
            std::fill(a.begin() + static_cast<long>(i), a.end(), NAN);
            return evaluate(f, a, "optional arguments left out take their defaults");
        case Bad::empty_slot:
            if (kind != ArgKind::Optional)
                return { e502, "a required argument's place left empty" };
            a[i] = NAN;
            return evaluate(f, a, "an optional argument's place left empty takes its default");
        case Bad::error: // also a one-cell range for COHORT's users: Calc reads one cell
            return { div0, "an error value as an argument: that error" };
        case Bad::text:
            if (kind == ArgKind::Number)
                return { e_value, "text in a required number argument" };
            if (kind == ArgKind::Text)
                return { e502, "an unknown name" };
            return { e502, "text in an optional or list argument" };
        default:
            break;
    }
    if (is_range(bad) && kind != ArgKind::Number && kind != ArgKind::Text)
    {
        // the add-in gets the whole range
        if (bad == Bad::error_in_range)
            return { e504, "an error value inside a range argument" };
        if (bad == Bad::empty_1m)
            return { e502, "an empty cell inside a multi-cell range" };
        if (spec.domain == Domain::reference_name)
            return { e502, "a range where a POWERREF name is needed" };
        if (!spec.list)
            return { e502, "an optional number given a multi-cell range",
                     Basis::readme_disagrees };
        if (bad == Bad::block_2x2)
            return { e502, "a 2-D range where a list is needed" };
        // COHORT's users is the one list that may come alone: one grid_w
        // serves every cohort; ETOK's lists need the same lengths.
        const bool alone = spec.function == std::string("COHORT") && i == 0;
        if (bad == Bad::mismatched || !alone)
            return { e502, "ranges of different lengths" };
        a[i] = 1; // a million cohorts of one user each
        return evaluate(f, a, "a list of 1,000,000 valid numbers");
    }
    if (is_range(bad) && bad != Bad::column_1m && bad != Bad::empty_1m) // rows 1-3 only
        return { e_value, "implicit intersection: the range has no cell in the formula's row",
                 Basis::readme_silent };
    // One cell: given, or the one a 1,000,000-row column has in the formula's row.
    if (kind == ArgKind::Text || spec.domain == Domain::reference_name)
        return { e502, "an unknown name (a number or an empty cell names no preset)" };
    const double v = number_of(bad);
    if (!in_domain(spec, v))
        return { e502, "a value outside its domain" };
    a[i] = v;
    return evaluate(f, a, "a value inside its domain");
}

// ---- the generated calls ---------------------------------------------------

struct Call
{
    std::string formula;
    std::string what; // "PUSER e_eff: a text cell"
    Expect expect;
    bool big = false;   // reads a 1,000,000-cell range
    bool timed = false; // ... as a list (ETOK, COHORT): also computed alone, timed
};

std::string formula(const FunctionInfo& f, const std::vector<std::string>& args)
{
    std::string text = std::string("=") + f.name + "(";
    for (std::size_t i = 0; i < args.size(); ++i)
        text += (i ? ";" : "") + args[i];
    return text + ")";
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
                      { 0, "lists of the same length", Basis::readme, 1.4 }, true, true });
    calls.push_back({ "=ETOK(" + j + ";" + j + ";;1.2)",
                      "ETOK: 1,000,000 GPU types at PUE 1.2",
                      { 0, "lists of the same length", Basis::readme, 1.2 }, true, true });
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
                      { 0, "a grid_w range of the same length as users", Basis::readme, 53000 },
                      true, true });
    calls.push_back({ "=COHORT(" + j + ";53000;" + k + ")",
                      "COHORT: 1,000,000 cohorts, 1,000,000 empty grids",
                      { e502, "an empty cell inside a multi-cell range" }, true, true });
    return calls;
}

// ---- Calc plumbing ---------------------------------------------------------

std::string code_name(int code) { return code == div0 ? "#DIV/0!" : error_name(code); }

std::string expectation(const Expect& e)
{
    if (e.error)
        return code_name(e.error);
    return std::isnan(e.value) ? "a value" : "= " + show(e.value);
}

std::string column_letters(sal_Int32 column)
{
    std::string letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

void type(const Reference<css::table::XCell>& cell, const std::string& formula)
{
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)
        ->setPropertyValue("FormulaLocal", Any(to_ou(formula)));
}

void write_text(const Reference<css::table::XCell>& cell, const std::string& text)
{
    Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(to_ou(text));
}

std::string shown(const Reference<css::table::XCell>& cell)
{
    return to_utf8(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString());
}

void recalculate(const Reference<css::lang::XComponent>& document)
{
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
}

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

// Closes a document when the test leaves, however it leaves.
struct Closer
{
    Reference<css::lang::XComponent> document;
    ~Closer()
    {
        try
        {
            if (document.is())
                tokwatt::close(document);
        }
        catch (const css::uno::Exception&)
        {
        }
    }
};

// ---- every cell of a workbook, to compare before and after a save ----------

// Cell (or run of cells) -> what it holds: type, formula, error, value, text.
using Snapshot = std::map<std::string, std::string>;

std::string describe(const Reference<css::table::XCell>& cell)
{
    const int error = cell->getError();
    std::string text = "type " + std::to_string(static_cast<int>(cell->getType())) + " formula "
                       + to_utf8(cell->getFormula()) + " error " + std::to_string(error);
    if (!error)
        text += " value " + show(cell->getValue());
    return text + " shows " + shown(cell);
}

std::string describe(const Any& value)
{
    double number;
    if (value >>= number)
        return show(number);
    rtl::OUString text;
    if (value >>= text)
        return "\"" + to_utf8(text) + "\"";
    return value.hasValue() ? "?" : "empty";
}

// Every cell with content of every sheet; long runs (the million-row
// column) are read in bulk and kept as run lengths.
Snapshot snapshot(const Reference<css::lang::XComponent>& document)
{
    using namespace css::sheet::CellFlags;
    Snapshot cells;
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s)
    {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
        const std::string name
            = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        const auto content = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                 ->queryContentCells(VALUE | DATETIME | STRING | FORMULA);
        cells[name + " content"] = to_utf8(content->getRangeAddressesAsString());
        for (const auto& r : content->getRangeAddresses())
        {
            const long count = static_cast<long>(r.EndColumn - r.StartColumn + 1)
                               * (r.EndRow - r.StartRow + 1);
            for (sal_Int32 col = r.StartColumn; col <= r.EndColumn; ++col)
            {
                const std::string letters = column_letters(col);
                if (count <= 100000)
                {
                    for (sal_Int32 row = r.StartRow; row <= r.EndRow; ++row)
                        cells[name + "." + letters + std::to_string(row + 1)]
                            = describe(sheet->getCellByPosition(col, row));
                    continue;
                }
                const auto data = Reference<css::sheet::XCellRangeData>(
                                      sheet->getCellRangeByPosition(col, r.StartRow, col, r.EndRow),
                                      UNO_QUERY_THROW)
                                      ->getDataArray();
                std::string runs, last;
                long run = 0;
                for (const auto& row : data)
                {
                    const std::string value = describe(row[0]);
                    if (run && value != last)
                    {
                        runs += last + " x" + std::to_string(run) + ", ";
                        run = 0;
                    }
                    last = value;
                    ++run;
                }
                runs += last + " x" + std::to_string(run);
                cells[name + "." + letters + std::to_string(r.StartRow + 1) + ":" + letters
                      + std::to_string(r.EndRow + 1)]
                    = runs;
            }
        }
    }
    return cells;
}

// The cells that differ, at most 20 of them.
std::string differences(const Snapshot& before, const Snapshot& after)
{
    std::string out;
    int count = 0;
    auto note = [&](const std::string& key, const std::string& was, const std::string& is) {
        if (++count <= 20)
            out += "\n    " + key + ": before [" + was + "] after [" + is + "]";
    };
    for (const auto& [key, was] : before)
    {
        const auto it = after.find(key);
        if (it == after.end())
            note(key, was, "missing");
        else if (it->second != was)
            note(key, was, it->second);
    }
    for (const auto& [key, is] : after)
        if (!before.count(key))
            note(key, "missing", is);
    if (count > 20)
        out += "\n    ... " + std::to_string(count - 20) + " more";
    return out;
}

// ---- a hang fails the run instead of stalling it ---------------------------

// Ends the processes this test binary started (the office runs in its own
// process group, led by the process Office spawned).
void end_child_processes()
{
    const long me = static_cast<long>(getpid());
    DIR* proc = opendir("/proc");
    if (!proc)
        return;
    while (const dirent* entry = readdir(proc))
    {
        char* end;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (*end || pid <= 0)
            continue;
        std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
        std::string line;
        std::getline(stat, line);
        const auto paren = line.rfind(')');
        if (paren == std::string::npos)
            continue;
        std::istringstream rest(line.substr(paren + 1));
        char state;
        long ppid;
        if (rest >> state >> ppid && ppid == me)
        {
            kill(static_cast<pid_t>(-pid), SIGKILL);
            kill(static_cast<pid_t>(pid), SIGKILL);
        }
    }
    closedir(proc);
}

class Watchdog
{
public:
    explicit Watchdog(std::chrono::seconds limit) : limit_(limit), thread_([this] { watch(); })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }
    void step(const std::string& what)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        what_ = what;
        started_ = std::chrono::steady_clock::now();
        wake_.notify_one();
    }

private:
    void watch()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!done_)
            if (wake_.wait_until(lock, started_ + limit_) == std::cv_status::timeout && !done_
                && std::chrono::steady_clock::now() >= started_ + limit_)
            {
                std::fprintf(stderr,
                             "\nrobustness: FAILED: the office did not answer for %lld s while "
                             "%s; ending it\n",
                             static_cast<long long>(limit_.count()), what_.c_str());
                end_child_processes();
                std::_Exit(1);
            }
    }

    const std::chrono::seconds limit_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::string what_ = "starting";
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    bool done_ = false;
    std::thread thread_;
};
}

class RobustnessTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(RobustnessTest);
    CPPUNIT_TEST(generated_bad_input_workbook);
    CPPUNIT_TEST_SUITE_END();

    // The reference sheet: one cell or range per kind of bad argument.
    void fill_inputs()
    {
        Sheet& s = sheet();
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
        fill_inputs();
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
            type(out->getCellByPosition(0, row), call.formula);
            write_text(out->getCellByPosition(1, row), expectation(call.expect));
            write_text(out->getCellByPosition(2, row), call.what);
            write_text(out->getCellByPosition(3, row),
                       call.expect.rule
                           + (call.expect.basis == Basis::readme
                                  ? ""
                                  : std::string(" (") + basis_name(call.expect.basis) + ")"));
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
        std::map<std::string, std::pair<int, std::string>> not_readme; // rule -> rows, example
        for (std::size_t r = 0; r < calls.size(); ++r)
        {
            const Call& call = calls[r];
            const auto cell = out->getCellByPosition(0, first_row + static_cast<sal_Int32>(r));
            const int error = cell->getError();
            const double value = cell->getValue();
            if (call.expect.basis != Basis::readme)
            {
                auto& [rows, example] = not_readme[std::string(basis_name(call.expect.basis))
                                                   + ": " + call.expect.rule];
                if (!rows++)
                    example = call.formula + " = " + expectation(call.expect);
            }
            std::string why;
            if (error != call.expect.error)
                why = "expected " + expectation(call.expect) + " (" + call.expect.rule
                      + (call.expect.basis == Basis::readme
                             ? ""
                             : std::string(", ") + basis_name(call.expect.basis))
                      + "); Calc shows "
                      + (error ? code_name(error) : "a value " + shown(cell));
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

        // Each call that reads a million cells as a list, alone: a result,
        // quickly (the others are inside the one recalculation above).
        std::vector<std::pair<double, std::string>> timings;
        for (std::size_t r = 0; r < calls.size(); ++r)
        {
            if (!calls[r].timed)
                continue;
            const sal_Int32 row = first_row + static_cast<sal_Int32>(r);
            const auto scratch = out->getCellByPosition(5, row);
            watchdog.step("computing " + calls[r].formula + " alone");
            start = std::chrono::steady_clock::now();
            type(scratch, calls[r].formula);
            const int error = scratch->getError();
            const double s = seconds_since(start);
            scratch->setFormula("");
            timings.emplace_back(s, calls[r].formula);
            const int in_sheet = out->getCellByPosition(0, row)->getError();
            if (error != in_sheet)
                failures.push_back(calls[r].formula + " alone shows " + code_name(error)
                                   + ", in the workbook " + code_name(in_sheet));
            if (s > seconds_per_big_call)
                failures.push_back(calls[r].formula + " took " + seconds(s) + " (limit "
                                   + seconds(seconds_per_big_call) + ")");
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
        for (const auto& [rule, rows] : not_readme)
            log << "robustness: " << rows.first << " rows, " << rule << ", e.g. "
                << rows.second << "\n";
        std::cout << log.str() << std::flush;

        std::string report;
        for (const std::string& f : failures)
            report += "\n" + f;
        CPPUNIT_ASSERT_MESSAGE(report, failures.empty());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RobustnessTest);
}
