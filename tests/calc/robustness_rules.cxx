// The robustness matrix's rules: where the input sheet holds each kind of
// bad argument, and the error README documents for a call that gets one
// (robustness_rules.hxx says where the rules come from).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <string>

#include "formula_rows.hxx"
#include "robustness_rules.hxx"

namespace tokwatt_test::robustness
{
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

namespace
{
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
}

namespace
{
// README's "Bad input" of UNCERTAIN, for the matrix's valid call
// UNCERTAIN(1; 10; 3; "triangular"; 0.5; 20) with one argument changed
// (NaN: left out; the shape is the only name, and a left-out shape is the
// default, a log-metalog through (lo, likely, hi)); nullptr when the range
// is valid.
const char* bad_range(const Numbers& a)
{
    const double lo = a[0], hi = a[1], likely = a[2];
    const bool triangular = !std::isnan(a[3]);
    const double min = std::isnan(a[4]) ? -INFINITY : a[4],
                 max = std::isnan(a[5]) ? INFINITY : a[5];
    if (!(lo < hi))
        return "lo >= hi";
    if (!std::isnan(likely) && !(lo < likely && likely < hi))
        return "likely outside (lo, hi)";
    if (triangular && std::isnan(likely))
        return "\"triangular\" without likely";
    if (!(min < max))
        return "min >= max";
    if (triangular ? (max <= lo || min >= hi) : max <= 0)
        return "bounds that leave no mass";
    // the triangle's mass in [min, max] is computed in double: a window of
    // less than 1E-300 of its width holds none (README: "bounds that leave
    // no mass")
    if (triangular && (std::min(max, hi) - std::max(min, lo)) / (hi - lo) < 1e-300)
        return "bounds that leave no mass a double can hold";
    return nullptr;
}
}

// A call whose arguments all passed Calc and the domains: ETOK's tdp_w and
// tokens_per_s must come together, and the exact result must fit a double.
Expect evaluate(const FunctionInfo& f, const Numbers& a, const std::string& rule)
{
    if (f.name == std::string("ETOK") && std::isnan(a[0]) != std::isnan(a[1]))
        return { e502, "tdp_w without tokens_per_s (or the reverse)" };
    if (f.name == std::string("UNCERTAIN"))
        if (const char* why = bad_range(a))
            return { e502, why };
    // README: cached_tokens at most input_tokens (each 0 when left out)
    if (f.name == std::string("EREQUEST")
        && (std::isnan(a[2]) ? 0.0 : a[2]) > (std::isnan(a[1]) ? 0.0 : a[1]))
        return { e502, "more cached tokens than input tokens" };
    const long double exact = exact_result(f, a);
    if (std::isnan(exact))
        throw std::logic_error(std::string("the test's equation of ") + f.name + " gave NaN");
    if (std::fabs(exact) > DBL_MAX)
        return { e_num, "a result too large for a number" };
    return { 0, rule };
}

namespace
{
bool in_domain(const ArgSpec& spec, double v)
{
    switch (spec.domain)
    {
        case Domain::non_negative: return v >= 0;
        case Domain::positive:
        case Domain::grid: return v > 0;
        case Domain::at_least_one: return v >= 1;
        case Domain::any_number: return std::isfinite(v);
        // the other shares stay at their valid values: only this one's keeps the sum at 1
        case Domain::share: return v >= 0 && v <= 1 && std::fabs(v - number(spec)) <= 1e-9;
        default: return false; // a number is no name
    }
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
            if (spec.domain == Domain::label)
                return evaluate(f, a, "a name is any text");
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
            return { e502, "an optional number given a multi-cell range" };
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
        return { e_value, "implicit intersection: the range has no cell in the formula's row" };
    // One cell: given, or the one a 1,000,000-row column has in the formula's row.
    if (kind == ArgKind::Text || spec.domain == Domain::reference_name)
        return { e502, "an unknown name (a number or an empty cell names no preset)" };
    const double v = number_of(bad);
    if (!in_domain(spec, v))
        return { e502, "a value outside its domain" };
    a[i] = v;
    return evaluate(f, a, "a value inside its domain");
}
}
