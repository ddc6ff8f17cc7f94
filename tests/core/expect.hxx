// Shared by the core's table-driven tests: what a row expects, named
// tolerances, and the one assertion every row goes through.
#pragma once

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <cppunit/extensions/HelperMacros.h>

#include "../../core/tokwatt.h"

namespace tokwatt_test
{
// An expected value and its absolute tolerance.
struct Expect
{
    double value;
    double tolerance;
};

// Named tolerances. Relative ones scale with the expected value.
constexpr double tol_ulps = 8 * 2.220446049250313e-16; // computed, not rounded

// A result computed from exact inputs: equal within a few ulps.
inline Expect exact(double value) { return { value, tol_ulps * std::fabs(value) }; }

// A figure as a source text prints it, "3.61667" or "2.48E-3": equal within
// half a unit of its last printed digit.
inline Expect printed(const char* text)
{
    const char* exponent = std::strpbrk(text, "eE");
    const char* dot = std::strchr(text, '.');
    const std::size_t mantissa_end = exponent ? exponent - text : std::strlen(text);
    int decimals = 0;
    if (dot && static_cast<std::size_t>(dot - text) < mantissa_end)
        decimals = static_cast<int>(mantissa_end - (dot - text) - 1);
    const int power = exponent ? std::atoi(exponent + 1) : 0;
    return { std::strtod(text, nullptr), 0.5 * std::pow(10.0, power - decimals) };
}

// No value: the row expects a failing status, which must come with NaN.
inline Expect nan_result() { return { NAN, 0.0 }; }

// The assertion of every row: the status, and the value within tolerance
// on TW_OK or NaN on any other status.
inline void check_row(const std::string& what, int status, double got, int want_status,
                      const Expect& want)
{
    CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": status (" + tw_strerror(status) + ")",
                                 want_status, status);
    if (want_status != TW_OK)
    {
        CPPUNIT_ASSERT_MESSAGE(what + ": result must be NaN on error", std::isnan(got));
        return;
    }
    CPPUNIT_ASSERT_MESSAGE(what + ": result must be finite", std::isfinite(got));
    CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(what, want.value, got, want.tolerance);
}
}
