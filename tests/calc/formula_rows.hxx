// The table style of the end-to-end suites: each row is a formula typed
// into a real Calc with the value it must give or the error it must show;
// check_rows() types them all and fails once, listing every row that
// disagrees.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <cppunit/extensions/HelperMacros.h>

#include "calc_fixture.hxx"

namespace tokwatt_test
{
constexpr int div0 = 532; // Calc's #DIV/0!

// Eq token_energy and Eq cache_adjust at the essay's defaults: a 50/50
// H100/B200 fleet (700 W at 200 tok/s, 1000 W at 600 tok/s), PUE 1.4, and
// the realistic cache profile 0.05 / 0.20 / 0.75 with 0.10 / 0.01.
const double essay_etok = 1.4 * (0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600);
const double essay_k = 0.05 + 0.20 * 0.10 + 0.75 * 0.01;

struct Row
{
    std::string formula;
    double value;     // expected when error == 0
    double tolerance; // relative; 0 means exact
    int error;        // expected calc_error code, 0 for a value
};

inline Row ok(const std::string& formula, double value, double relative = 1e-12)
{
    return { formula, value, relative, 0 };
}

inline Row err(const std::string& formula, int error) { return { formula, 0.0, 0.0, error }; }

inline std::string show(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

// What one cell shows against what a row expects: empty when they agree.
inline std::string mismatch(const Row& row, int error, double value)
{
    if (error != row.error)
        return "expected " + (row.error ? error_name(row.error) : show(row.value)) + ", got "
               + (error ? error_name(error) : show(value));
    if (!row.error && !(std::fabs(value - row.value) <= row.tolerance * std::fabs(row.value)))
        return "expected " + show(row.value) + ", got " + show(value);
    return "";
}

// Types every formula into one cell of book and reports every row that
// disagrees.
inline void check_rows(Workbook& book, const std::vector<Row>& rows)
{
    std::string failures;
    for (const Row& row : rows)
    {
        const auto result = book.eval(row.formula);
        const std::string why = mismatch(row, result.error, result.value);
        if (!why.empty())
            failures += "\n  " + row.formula + ": " + why;
    }
    CPPUNIT_ASSERT_MESSAGE(std::to_string(rows.size()) + " formulas;" + failures,
                           failures.empty());
}

// One COHORT output row: P_pop, the grid ratio and K_1 of Alg 0 steps 5-7.
struct CohortRow
{
    double p_pop, ratio, k1;
    int error; // the same error in all three cells, 0 for values
};

inline CohortRow cohort(double users, double p_user, double grid_w = 480e9)
{
    const double p_pop = users * p_user;
    return { p_pop, p_pop / grid_w, p_pop / 1.74e17, 0 };
}

inline CohortRow cohort_error(int error) { return { 0, 0, 0, error }; }

struct CohortCase
{
    std::string formula;
    std::vector<CohortRow> rows; // one per cohort
};

// A call the add-in rejects: one error value, which Calc repeats over the
// whole array range.
inline CohortCase rejected(const std::string& formula, int error)
{
    return { formula, { cohort_error(error) } };
}

// Enters each case as an array formula in its own block of rows in K:M
// with one spare row below it (so the array has exactly one row per
// cohort), recalculates, and reports every cell that disagrees.
inline void check_cohorts(tokwatt::Sheet& s, const std::vector<CohortCase>& cases)
{
    int top = 1;
    for (const CohortCase& c : cases)
    {
        const int n = static_cast<int>(c.rows.size());
        s.set_array("K" + std::to_string(top) + ":M" + std::to_string(top + n), c.formula);
        top += n + 2;
    }
    s.recalculate();

    std::string failures;
    top = 1;
    for (const CohortCase& c : cases)
    {
        const int n = static_cast<int>(c.rows.size());
        for (int i = 0; i <= n; ++i)
        {
            const std::string row = std::to_string(top + i);
            // Below the result: #N/A, except that Calc repeats a one-row
            // result (or a single error) down the whole range.
            const CohortRow expected = i < n ? c.rows[static_cast<std::size_t>(i)]
                                       : n == 1 ? c.rows[0]
                                                : cohort_error(tokwatt::calc_error::na);
            const double values[] = { expected.p_pop, expected.ratio, expected.k1 };
            const char* const cells[] = { "K", "L", "M" };
            for (int col = 0; col < 3; ++col)
            {
                const std::string cell = cells[col] + row;
                const Row want{ c.formula, values[col], 1e-12, expected.error };
                const std::string why = mismatch(want, s.error(cell), s.value(cell));
                if (!why.empty())
                    failures += "\n  " + c.formula + " row " + std::to_string(i + 1)
                                + " column " + std::to_string(col + 1) + ": " + why;
            }
        }
        top += n + 2;
    }
    CPPUNIT_ASSERT_MESSAGE(std::to_string(cases.size()) + " COHORT arrays;" + failures,
                           failures.empty());
}
}
