// The robustness matrix (test_robustness.cxx): the kinds of bad argument and
// where the input sheet holds them, every argument's valid value and README
// domain, README's equations, and the error README documents for a call.
//
// A one-cell reference holding #DIV/0! is "an error value as an argument"
// (that error) for every kind of argument, COHORT's users range included;
// README's Err:504 row ("an error value inside a range argument") is the
// multi-cell case.
//
// The expected error of a row comes from expected(), from README alone: its
// Errors table, its domains ("Functions" and "arguments and defaults"), and
// its equations for #NUM! (the exact result computed in long double, so
// #NUM! means the true result exceeds a double). README's table states the
// two rules Calc sets: a range with no cell in the formula's row, given
// where Calc converts a range to one value (a required number or a name), is
// #VALUE! (implicit intersection); an optional number gets the whole range
// and rejects one of more than one cell with Err:502.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "../../addin/function_table.hxx"
#include "../../tools/sheet.hxx"

namespace tokwatt_test::robustness
{
using tokwatt::ArgKind;
using tokwatt::FunctionInfo;

constexpr int e502 = tokwatt::calc_error::illegal_argument;
constexpr int e504 = tokwatt::calc_error::parameter_expected;
constexpr int e_num = tokwatt::calc_error::num;
constexpr int e_value = tokwatt::calc_error::value;

constexpr int big_rows = 1000000; // the long columns of the input sheet

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

extern const BadKind bad_kinds[15];
extern const char* const two_cell_column;
extern const char* const ones_1m;
extern const char* const empty_1m;

// ---- every argument: a valid value and its README domain -------------------

enum class Domain
{
    non_negative,  // energies, powers, prices, counts, budgets: >= 0
    positive,      // temperatures, Wh per token, population, days, ... : > 0
    at_least_one,  // pue >= 1
    share,         // in [0,1], the shares summing to 1
    grid,          // > 0, or a POWERREF name
    name,          // a preset name (GPU, POWERREF, CACHEPROFILE, PRESETINFO)
    reference_name, // POWERCOMPARE's reference: a POWERREF name
    any_number,     // UNCERTAIN's lo, hi, likely, min, max; SIMOUTPUT's value
    label,          // SIMOUTPUT's name: any text
    from_core       // the domain core/tw_functions.h gives the scalar argument
};

struct ArgSpec
{
    const char* function;
    const char* argument;
    const char* valid; // typed when this argument is not the bad one
    Domain domain;
    bool list = false; // a list: one entry per GPU type or per cohort
};

// The spec of argument i of f, a from_core domain resolved from the core's
// table of scalar functions; throws when the matrix has none.
const ArgSpec& spec_of(const FunctionInfo& f, std::size_t i);
// The valid value as a number (0 for a name).
double number(const ArgSpec& spec);

// ---- README's equations, for #NUM! ------------------------------------------

// The arguments as numbers, in table order; NaN: omitted (the default applies).
using Numbers = std::vector<long double>;

// The largest figure the call computes, exactly.
long double exact_result(const FunctionInfo& f, const Numbers& a);
// Every argument of f at its valid value.
Numbers valid_numbers(const FunctionInfo& f);

// ---- what README documents for a call --------------------------------------

struct Expect
{
    int error;                   // calc_error code; 0: a value, no error
    std::string rule;            // the README rule it follows
    double value = NAN;          // checked when not NaN
};

// A call whose arguments all passed Calc and the domains.
Expect evaluate(const FunctionInfo& f, const Numbers& a, const std::string& rule);

// The error README documents when argument i of f gets bad input `bad` and
// every other argument is valid.
Expect expected(const FunctionInfo& f, std::size_t i, Bad bad);
}
