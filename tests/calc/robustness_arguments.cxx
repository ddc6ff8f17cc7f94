// The robustness matrix's content from README: every argument of every
// function with a valid value and its domain ("Functions" tables and
// "arguments and defaults"), and every function's equation, whose exact
// result says when a call must show #NUM!.
#include <algorithm>
#include <deque>
#include <cmath>
#include <stdexcept>
#include <string>

#include "../../core/tokwatt.h"
#include "robustness_rules.hxx"

namespace tokwatt_test::robustness
{
namespace
{
// Valid values from README's "Functions" tables and "arguments and
// defaults"; domains from README for the functions of lists and names, from
// the core's table (core/tw_functions.h) for the scalar ones.
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
    { "PUSER", "tokens_per_day", "20E9", Domain::from_core },
    { "PUSER", "e_eff", "0.23", Domain::from_core },
    { "PPOP", "users", "8.1E9", Domain::from_core },
    { "PPOP", "p_user", "53000", Domain::from_core },
    { "GRIDRATIO", "p_w", "440E9", Domain::from_core },
    { "GRIDRATIO", "grid_w", "480E9", Domain::from_core },
    { "KARDASHEV", "p_w", "4.3E14", Domain::from_core },
    { "NMAX", "tokens_per_day", "20E9", Domain::from_core },
    { "NMAX", "e_eff", "0.23", Domain::from_core },
    { "NMAX", "budget_w", "480E9", Domain::from_core },
    { "ETARGET", "users", "8.1E9", Domain::from_core },
    { "ETARGET", "tokens_per_day", "20E9", Domain::from_core },
    { "ETARGET", "budget_w", "3.3E12", Domain::from_core },
    { "GAPFACTOR", "e_eff", "0.23", Domain::from_core },
    { "GAPFACTOR", "users", "8.1E9", Domain::from_core },
    { "GAPFACTOR", "tokens_per_day", "20E9", Domain::from_core },
    { "GAPFACTOR", "budget_w", "3.3E12", Domain::from_core },
    { "COHORT", "users", "8.1E9", Domain::non_negative, true },
    { "COHORT", "p_user", "53000", Domain::non_negative },
    { "COHORT", "grid_w", "480E9", Domain::grid, true },
    { "LANDAUER", "temp_k", "300", Domain::from_core },
    { "LANDAUER", "bits", "12", Domain::from_core },
    { "EFFGAP", "j_per_token", "1.8", Domain::from_core },
    { "EFFGAP", "bits", "12", Domain::from_core },
    { "EFFGAP", "temp_k", "300", Domain::from_core },
    { "TOKENBUDGET", "twh_per_year", "326", Domain::from_core },
    { "TOKENBUDGET", "wh_per_token", "5E-4", Domain::from_core },
    { "TOKENSPERCAPITA", "twh_per_year", "65", Domain::from_core },
    { "TOKENSPERCAPITA", "wh_per_token", "5E-4", Domain::from_core },
    { "TOKENSPERCAPITA", "population", "8E9", Domain::from_core },
    { "TOKENSPERCAPITA", "days_per_year", "365", Domain::from_core },
    { "QUESTIONBUDGET", "twh_per_year", "326", Domain::from_core },
    { "QUESTIONBUDGET", "wh_per_token", "5E-4", Domain::from_core },
    { "QUESTIONBUDGET", "tokens_per_question", "100", Domain::from_core },
    { "QUESTIONBUDGET", "population", "8E9", Domain::from_core },
    { "QUESTIONBUDGET", "days_per_year", "365", Domain::from_core },
    { "AVGPOWER", "twh_per_year", "4178", Domain::from_core },
    { "ANNUALTWH", "p_w", "480E9", Domain::from_core },
    { "GPUDAYKWH", "gpu_w", "350", Domain::from_core },
    { "GPUDAYKWH", "pue", "1.15", Domain::from_core },
    { "GPUDAYCOST", "gpu_w", "350", Domain::from_core },
    { "GPUDAYCOST", "pue", "1.15", Domain::from_core },
    { "GPUDAYCOST", "usd_per_kwh", "0.10", Domain::from_core },
    { "EREQUEST", "output_tokens", "500", Domain::from_core },
    { "EREQUEST", "input_tokens", "10000", Domain::from_core },
    { "EREQUEST", "cached_tokens", "7500", Domain::from_core },
    { "EREQUEST", "e_tok", "3.6", Domain::from_core },
    { "EREQUEST", "beta_m", "0.1", Domain::from_core },
    { "EREQUEST", "beta_h", "0.01", Domain::from_core },
    { "CO2E", "energy_j", "3.6E6", Domain::from_core },
    { "CO2E", "grid", "445", Domain::from_core },
    { "WATER", "energy_j", "3.6E6", Domain::from_core },
    { "WATER", "onsite_l_per_kwh", "0.5", Domain::from_core },
    { "WATER", "offsite_l_per_kwh", "3", Domain::from_core },
    { "WATER", "pue", "1.25", Domain::from_core },
    { "DISCLOSURE", "name", "\"gemini_median_prompt_2025\"", Domain::name },
    { "DISCLOSURE", "field", "\"wh\"", Domain::name },
    { "UNCERTAIN", "lo", "1", Domain::any_number },
    { "UNCERTAIN", "hi", "10", Domain::any_number },
    { "UNCERTAIN", "likely", "3", Domain::any_number },
    { "UNCERTAIN", "shape", "\"triangular\"", Domain::name },
    { "UNCERTAIN", "min", "0.5", Domain::any_number },
    { "UNCERTAIN", "max", "20", Domain::any_number },
    { "SIMOUTPUT", "value", "42", Domain::any_number },
    { "SIMOUTPUT", "name", "\"answer\"", Domain::label },
    { "GPU", "name", "\"H100\"", Domain::name },
    { "GPU", "field", "\"tdp_w\"", Domain::name },
    { "POWERREF", "name", "\"hoover_dam\"", Domain::name },
    { "CACHEPROFILE", "name", "\"peter\"", Domain::name },
    { "CACHEPROFILE", "field", "\"alpha_h\"", Domain::name },
    { "PRESETINFO", "name", "\"H100\"", Domain::name },
    { "POWERCOMPARE", "p_w", "1.325E9", Domain::non_negative },
    { "POWERCOMPARE", "reference", "\"hoover_dam\"", Domain::reference_name },
};

Domain core_domain(const FunctionInfo& f, std::size_t i)
{
    const tw_function_info* core = f.core ? tw_function_find(f.core) : nullptr;
    if (!core || i >= core->n_args)
        throw std::logic_error(std::string(f.name) + " has no scalar core function");
    switch (core->args[i].domain)
    {
        case TW_DOMAIN_NONNEG: return Domain::non_negative;
        case TW_DOMAIN_POSITIVE: return Domain::positive;
        default: return Domain::at_least_one;
    }
}
}

const ArgSpec& spec_of(const FunctionInfo& f, std::size_t i)
{
    static std::deque<ArgSpec> resolved; // stable references
    for (const ArgSpec& spec : arg_specs)
        if (f.name == std::string(spec.function) && f.args[i].name == std::string(spec.argument))
        {
            if (spec.domain != Domain::from_core)
                return spec;
            for (const ArgSpec& r : resolved)
                if (r.function == spec.function && r.argument == spec.argument)
                    return r;
            resolved.push_back(spec);
            resolved.back().domain = core_domain(f, i);
            return resolved.back();
        }
    throw std::logic_error(std::string("robustness_arguments.cxx has no ArgSpec for ") + f.name
                           + " " + f.args[i].name + ": add its valid value and README domain");
}

double number(const ArgSpec& spec) { return spec.valid[0] == '"' ? 0 : std::stod(spec.valid); }

// ---- README's equations, for #NUM! ------------------------------------------

namespace
{
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
    { "EREQUEST", [](const Numbers& a) {
          const long double e = given(a[3], 1.4L * (0.5L * 700 / 200 + 0.5L * 1000 / 600));
          const long double in = given(a[1], 0), cached = given(a[2], 0);
          return e * (a[0] + (in - cached) * given(a[4], 0.10L) + cached * given(a[5], 0.01L));
      } },
    { "CO2E", [](const Numbers& a) { return a[0] / 3.6e6L * given(a[1], 445); } },
    { "WATER", [](const Numbers& a) {
          const long double kwh = a[0] / 3.6e6L;
          return kwh / given(a[3], 1.4L) * given(a[1], 0.38L) + kwh * given(a[2], 3.908L);
      } },
    { "DISCLOSURE", [](const Numbers&) { return 0.0L; } },
    // a median lies between finite ends: nothing that can overflow
    { "UNCERTAIN", [](const Numbers&) { return 0.0L; } },
    { "SIMOUTPUT", [](const Numbers& a) { return static_cast<long double>(a[0]); } },
    // catalog look-ups and texts: nothing that can overflow
    { "GPU", [](const Numbers&) { return 0.0L; } },
    { "POWERREF", [](const Numbers&) { return 0.0L; } },
    { "CACHEPROFILE", [](const Numbers&) { return 0.0L; } },
    { "PRESETINFO", [](const Numbers&) { return 0.0L; } },
    { "TOKWATTVERSION", [](const Numbers&) { return 0.0L; } },
    { "POWERCOMPARE", [](const Numbers&) { return 0.0L; } },
};
}

long double exact_result(const FunctionInfo& f, const Numbers& a)
{
    for (const Equation& e : equations)
        if (f.name == std::string(e.function))
            return e.exact(a);
    throw std::logic_error(std::string("robustness_arguments.cxx has no equation for ") + f.name);
}

Numbers valid_numbers(const FunctionInfo& f)
{
    Numbers a;
    for (std::size_t i = 0; i < f.arg_count(); ++i)
        a.push_back(number(spec_of(f, i)));
    return a;
}
}
