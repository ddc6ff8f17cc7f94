/* One request's energy, carbon and water (tw_request.h).
 *
 * Products of several inputs are formed by tw_ratio, so only a result
 * that does not fit a double overflows. */
#include <math.h>

#include "tw_internal.h"
#include "tw_signatures.h"
#include "tw_request.h"

int tw_cached_within_input(const double *args) { return args[2] <= args[1]; }

int tw_erequest(double output_tokens, double input_tokens,
                double cached_tokens, double e_tok_j, double beta_m,
                double beta_h, double *joules)
{
    TW_REQUIRE_DOMAIN(TW_SIG_EREQUEST, joules);
    const double counts[] = {output_tokens, input_tokens, cached_tokens};
    if (!tw_cached_within_input(counts))
        return tw_fail(TW_EDOM, joules);
    const double miss[] = {input_tokens - cached_tokens, beta_m, e_tok_j};
    const double hit[] = {cached_tokens, beta_h, e_tok_j};
    const double out[] = {output_tokens, e_tok_j};
    return tw_result(tw_ratio(out, TW_COUNT(out), NULL, 0)
                         + tw_ratio(miss, TW_COUNT(miss), NULL, 0)
                         + tw_ratio(hit, TW_COUNT(hit), NULL, 0),
                     joules);
}

int tw_co2e(double energy_j, double g_per_kwh, double *grams)
{
    TW_REQUIRE_DOMAIN(TW_SIG_CO2E, grams);
    const double num[] = {energy_j, g_per_kwh};
    const double den[] = {TW_J_PER_KWH};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)), grams);
}

int tw_water(double energy_j, double onsite_l_per_kwh,
             double offsite_l_per_kwh, double pue, double *litres)
{
    TW_REQUIRE_DOMAIN(TW_SIG_WATER, litres);
    const double onsite[] = {energy_j, onsite_l_per_kwh};
    const double onsite_den[] = {TW_J_PER_KWH, pue};
    const double offsite[] = {energy_j, offsite_l_per_kwh};
    const double offsite_den[] = {TW_J_PER_KWH};
    return tw_result(tw_ratio(onsite, TW_COUNT(onsite), onsite_den,
                              TW_COUNT(onsite_den))
                         + tw_ratio(offsite, TW_COUNT(offsite), offsite_den,
                                    TW_COUNT(offsite_den)),
                     litres);
}
