// The scalar core functions as the core tests call them: through the one
// table of core/tw_functions.h (no adapter per function), with the domain
// rows derived from the table's domains. What each domain means is stated
// here independently (the bad values of each kind), so a function whose
// table row is wrong fails.
#pragma once

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "expect.hxx"

namespace tokwatt_test
{
// Calls one function on a row's inputs (in.at() throws on a short row).
using Scalar = std::function<int(const std::vector<double>& in, double* out)>;

// The scalar core function with this C name ("tw_puser"), through its row.
inline Scalar table_scalar(const char* name)
{
    const tw_function_info* f = tw_function_find(name);
    CPPUNIT_ASSERT_MESSAGE(std::string("no scalar core function ") + name, f);
    return [f](const std::vector<double>& in, double* out) {
        CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(f->name) + ": arguments", f->n_args, in.size());
        return tw_function_call(f, in.data(), out);
    };
}

// Values outside a domain, with their names for the message.
inline std::vector<std::pair<double, const char*>> outside(tw_domain d)
{
    std::vector<std::pair<double, const char*>> bad = {
        { -1.0, "-1" }, { -1e-300, "-1E-300" }, { NAN, "NaN" }, { HUGE_VAL, "+Inf" },
        { -HUGE_VAL, "-Inf" } };
    if (d == TW_DOMAIN_POSITIVE || d == TW_DOMAIN_PUE)
    {
        bad.push_back({ 0.0, "0" });
        bad.push_back({ -0.0, "-0" });
    }
    if (d == TW_DOMAIN_PUE)
        bad.push_back({ 1.0 - 2.220446049250313e-16, "1 - 2^-52" });
    return bad;
}

// valid is TW_OK; each argument moved out of its domain (as the table
// gives it) is TW_EDOM with NaN, and its domain's bound itself is inside.
inline void check_domain(const char* name, const std::vector<double>& valid)
{
    const Scalar f = table_scalar(name);
    const tw_function_info* info = tw_function_find(name);
    double got = 0.0;
    CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(name) + " valid base", int(TW_OK), f(valid, &got));
    for (std::size_t i = 0; i < valid.size(); ++i)
    {
        const tw_domain d = info->args[i].domain;
        for (const auto& [value, text] : outside(d))
        {
            std::vector<double> in = valid;
            in[i] = value;
            got = -7.0;
            const int status = f(in, &got);
            check_row(std::string(name) + " " + info->args[i].name + " = " + text, status, got,
                      TW_EDOM, nan_result());
        }
        const double bound = d == TW_DOMAIN_PUE ? 1.0 : d == TW_DOMAIN_NONNEG ? 0.0 : 1e-300;
        std::vector<double> in = valid;
        in[i] = bound;
        if (!info->related || info->related(in.data()))
            CPPUNIT_ASSERT_MESSAGE(std::string(name) + " " + info->args[i].name
                                       + " at its domain's bound",
                                   f(in, &got) != TW_EDOM);
    }
}
}
