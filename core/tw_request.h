/* What one request costs: its energy from the classes of tokens in it
 * (essay Eq cache_adjust applied to one request's counts, the classes of
 * seed "The Physics and Economics of Tokens": input/prefill, output/decode,
 * cached input), and that energy's carbon and water.
 *
 * Units: J, g (CO2e), L; grid intensity in g/kWh, water factors in L/kWh.
 * Every function returns a tw_status and writes NaN to its output unless
 * it returns TW_OK. Non-finite inputs (NaN, +-Inf) are TW_EDOM. The domains
 * of the arguments are the rows of tw_functions (tw_functions.h). */
#ifndef TW_REQUEST_H
#define TW_REQUEST_H

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* J per kWh: the conversion of every per-kWh factor. */
#define TW_J_PER_KWH 3.6e6

/* E_req = e_tok * (n_out + (n_in - n_cached) * beta_m + n_cached * beta_h)
 *
 * The energy of one request at the wall. Reasoning tokens are output
 * tokens. With the essay's fleet (ETOK() = 3.61667 J) and its betas
 * (0.10, 0.01): 500 output tokens -> 1,808.3 J; 500 output, 10,000 input
 * of which 7,500 cached -> 2,983.75 J.
 *
 * output_tokens  n_out, tokens generated (reasoning included), >= 0
 * input_tokens   n_in, all input tokens (prompt, context, tool results), >= 0
 * cached_tokens  n_cached, the part of the input that hits the prefix
 *                cache, >= 0 and <= input_tokens
 * e_tok_j        J per output token at the wall (tw_etok), >= 0
 * beta_m, beta_h cost of a cache-miss / cache-hit input token relative to
 *                an output token, >= 0
 * *joules        E_req, J
 *
 * TW_EDOM      a value outside the ranges above, or cached > input
 * TW_EOVERFLOW the result is not finite */
int tw_erequest(double output_tokens, double input_tokens,
                double cached_tokens, double e_tok_j, double beta_m,
                double beta_h, double *joules);

/* m = E / 3.6E6 * I
 *
 * Grams of CO2e of an energy at the wall on a grid of intensity I:
 * 3.6E6 J (1 kWh) at 445 g/kWh -> 445 g.
 *
 * energy_j   E, J, >= 0
 * g_per_kwh  I, the grid's intensity, gCO2e per kWh, >= 0
 * *grams     m, g CO2e
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_co2e(double energy_j, double g_per_kwh, double *grams);

/* V = E / 3.6E6 / PUE * w_on + E / 3.6E6 * w_off
 *
 * Litres of water behind an energy at the wall: on-site water (cooling;
 * WUE, per kWh of IT energy, which is the wall energy over PUE) plus
 * off-site water (the power plants', per kWh generated).
 * 1 kWh, w_on 0.5, w_off 3, PUE 1.25 -> 0.4 + 3 = 3.4 L.
 *
 * energy_j          E, J at the wall, >= 0
 * onsite_l_per_kwh  w_on, L per kWh of IT energy, >= 0
 * offsite_l_per_kwh w_off, L per kWh of electricity, >= 0
 * pue               power usage effectiveness, >= 1
 * *litres           V, L
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_water(double energy_j, double onsite_l_per_kwh,
             double offsite_l_per_kwh, double pue, double *litres);

#ifdef __cplusplus
}
#endif

#endif
