/* The arguments of every scalar core function, each with its unit and
 * domain: the one place a domain is written (internal). A signature is a
 * list ARG(name, unit, domain) with the C parameter's own name, one per
 * line of TW_SCALAR_FUNCTIONS (tw_functions.h); functions.c makes the rows
 * of tw_functions from them (TW_ARGS), and each function
 * checks its parameters against its signature (TW_REQUIRE_DOMAIN), which
 * compiles to the plain comparisons. */
#ifndef TW_SIGNATURES_H
#define TW_SIGNATURES_H

#include "tw_functions.h"
#include "tw_internal.h"

#define TW_SIG_PUSER(ARG) \
    ARG(tokens_per_day, "tokens/day", NONNEG) \
    ARG(e_eff_j, "J", NONNEG)
#define TW_SIG_PPOP(ARG) \
    ARG(users, "", NONNEG) \
    ARG(p_user_w, "W", NONNEG)
#define TW_SIG_GRIDRATIO(ARG) \
    ARG(p_w, "W", NONNEG) \
    ARG(grid_w, "W", POSITIVE)
#define TW_SIG_KARDASHEV(ARG) \
    ARG(p_w, "W", NONNEG)
#define TW_SIG_NMAX(ARG) \
    ARG(tokens_per_day, "tokens/day", POSITIVE) \
    ARG(e_eff_j, "J", POSITIVE) \
    ARG(budget_w, "W", NONNEG)
#define TW_SIG_ETARGET(ARG) \
    ARG(users, "", POSITIVE) \
    ARG(tokens_per_day, "tokens/day", POSITIVE) \
    ARG(budget_w, "W", NONNEG)
#define TW_SIG_GAPFACTOR(ARG) \
    ARG(e_eff_j, "J", NONNEG) \
    ARG(users, "", POSITIVE) \
    ARG(tokens_per_day, "tokens/day", POSITIVE) \
    ARG(budget_w, "W", POSITIVE)
#define TW_SIG_LANDAUER(ARG) \
    ARG(temp_k, "K", POSITIVE) \
    ARG(bits, "bits", NONNEG)
#define TW_SIG_EFFGAP(ARG) \
    ARG(j_per_token, "J", NONNEG) \
    ARG(bits, "bits", POSITIVE) \
    ARG(temp_k, "K", POSITIVE)
#define TW_SIG_TOKENBUDGET(ARG) \
    ARG(twh_per_year, "TWh/yr", NONNEG) \
    ARG(wh_per_token, "Wh", POSITIVE)
#define TW_SIG_TOKENSPERCAPITA(ARG) \
    ARG(twh_per_year, "TWh/yr", NONNEG) \
    ARG(wh_per_token, "Wh", POSITIVE) \
    ARG(population, "people", POSITIVE) \
    ARG(days_per_year, "days", POSITIVE)
#define TW_SIG_QUESTIONBUDGET(ARG) \
    ARG(twh_per_year, "TWh/yr", NONNEG) \
    ARG(wh_per_token, "Wh", POSITIVE) \
    ARG(tokens_per_question, "tokens", POSITIVE) \
    ARG(population, "people", POSITIVE) \
    ARG(days_per_year, "days", POSITIVE)
#define TW_SIG_AVGPOWER(ARG) \
    ARG(twh_per_year, "TWh/yr", NONNEG)
#define TW_SIG_ANNUALTWH(ARG) \
    ARG(p_w, "W", NONNEG)
#define TW_SIG_GPUDAYKWH(ARG) \
    ARG(gpu_w, "W", NONNEG) \
    ARG(pue, "", PUE)
#define TW_SIG_GPUDAYCOST(ARG) \
    ARG(gpu_w, "W", NONNEG) \
    ARG(pue, "", PUE) \
    ARG(usd_per_kwh, "USD/kWh", NONNEG)
#define TW_SIG_EREQUEST(ARG) \
    ARG(output_tokens, "tokens", NONNEG) \
    ARG(input_tokens, "tokens", NONNEG) \
    ARG(cached_tokens, "tokens", NONNEG) \
    ARG(e_tok_j, "J", NONNEG) \
    ARG(beta_m, "", NONNEG) \
    ARG(beta_h, "", NONNEG)
#define TW_SIG_CO2E(ARG) \
    ARG(energy_j, "J", NONNEG) \
    ARG(g_per_kwh, "g/kWh", NONNEG)
#define TW_SIG_WATER(ARG) \
    ARG(energy_j, "J", NONNEG) \
    ARG(onsite_l_per_kwh, "L/kWh", NONNEG) \
    ARG(offsite_l_per_kwh, "L/kWh", NONNEG) \
    ARG(pue, "", PUE)

/* A signature as the initializer of tw_function_info's n_args and args. */
#define TW_ARG_INFO(name, unit, domain) {#name, unit, TW_DOMAIN_##domain},
#define TW_ARG_ONE(name, unit, domain) +1
#define TW_ARGS(sig) (0 sig(TW_ARG_ONE)), {sig(TW_ARG_INFO)}

/* Returns TW_EDOM with NaN in *out from the calling function unless each
 * parameter lies in its domain: TW_REQUIRE_DOMAIN(TW_SIG_PUSER, watts). */
#define TW_IN_NONNEG(x) tw_is_nonneg(x)
#define TW_IN_POSITIVE(x) tw_is_positive(x)
#define TW_IN_PUE(x) tw_is_pue(x)
#define TW_ARG_CHECK(name, unit, domain) \
    if (!TW_IN_##domain(name))            \
        return tw_fail(TW_EDOM, tw_out_);
#define TW_REQUIRE_DOMAIN(sig, out) \
    do {                            \
        double *const tw_out_ = (out); \
        sig(TW_ARG_CHECK)           \
    } while (0)

/* EREQUEST's relation between arguments: cached tokens are part of the
 * input (cached_tokens <= input_tokens), args in tw_erequest's order. */
int tw_cached_within_input(const double *args);

#endif
