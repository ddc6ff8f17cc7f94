// Shared by the tests of UNCERTAIN's core (distributions, sampling,
// statistics): the reference tolerance and a terse constructor.
#pragma once

#include <cstdio>
#include <string>

#include "expect.hxx"

namespace tokwatt_test
{
// A reference value computed independently to more digits than a double
// holds (mpmath, a published table): equal within 1E-12 relative, the
// accuracy the issue asks of every quantile function.
inline Expect reference(double value) { return { value, 1e-12 * std::fabs(value) }; }

inline int make(double lo, double hi, double likely, const char* shape, double min, double max,
                tw_dist* d)
{
    return tw_dist_make(lo, hi, likely, shape, min, max, d);
}
}

namespace tokwatt_test
{
// A row's call and its check: call(&out) runs first, then check_row reads
// out (as arguments, the two would be evaluated in no fixed order).
template <class Call>
void check_call(const std::string& what, Call call, int want_status, const Expect& want)
{
    double out = -7.0;
    const int status = call(&out);
    check_row(what, status, out, want_status, want);
}
}
