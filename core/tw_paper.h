/* The arithmetic of the paper "Photons = Tokens: The Physics of AI and the
 * Economics of Knowledge": the Landauer floor (Section 2, Eq 1-2), the
 * efficiency gap (Section 2.1, Eq 4), the token budget (Section 3.1,
 * Eq 8-9, Table 1), the question budget (Section 5.3, Eq 14-15, Table 2)
 * and the TWh/yr <-> W conversion behind Section 3.2's US grid figures.
 *
 * The paper's equations lost their symbols in extraction; each formula
 * below is the one its prose and tables pin down, and the comments quote
 * the figures that pin it.
 *
 * Units are SI (J, K, W) plus the paper's own TWh/yr and Wh per token.
 * Every function returns a tw_status and writes NaN to its output unless
 * it returns TW_OK. Non-finite inputs (NaN, +-Inf) are TW_EDOM everywhere.
 */
#ifndef TW_PAPER_H
#define TW_PAPER_H

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Boltzmann's constant, J/K: exact in the SI since 2019. */
#define TW_BOLTZMANN_J_PER_K 1.380649e-23
/* ln 2, to the precision of a double. */
#define TW_LN2 0.693147180559945309417232121458
/* Hours in a (non-leap) year: the conversion between TWh/yr and W. */
#define TW_HOURS_PER_YEAR 8760.0
/* Wh in a TWh. */
#define TW_WH_PER_TWH 1e12

/* The paper's working values (Sections 2-3): room temperature, bits per
 * token, mid-range inference energy, world population, days per year. */
#define TW_PAPER_TEMP_K 300.0
#define TW_PAPER_BITS_PER_TOKEN 12.0
#define TW_PAPER_WH_PER_TOKEN 5e-4
#define TW_PAPER_POPULATION 8.0e9
#define TW_PAPER_DAYS_PER_YEAR 365.0

/* E_min = k_B * T * ln 2 * b                          (Section 2, Eq 1-2)
 *
 * The Landauer floor: the least energy that erasing b bits dissipates at
 * temperature T. The paper: 2.87E-21 J per bit at 300 K (Eq 1), and with
 * its working 12 bits per token, 3.4E-20 J per token (Eq 2).
 *
 * temp_k      T, absolute temperature, K; > 0
 * bits        b, bits erased, >= 0 (12 per token in the paper)
 * *joules     E_min, J
 *
 * TW_EDOM     temp_k <= 0, bits < 0, or either not finite
 * TW_EOVERFLOW the result is not finite */
int tw_landauer(double temp_k, double bits, double *joules);

/* gap = E_tok / (k_B * T * ln 2 * b)                  (Section 2.1, Eq 4)
 *
 * How many times the Landauer floor a token actually costs; Table 1's
 * "Efficiency gap (actual / Landauer)". The paper's mid-range 5E-4 Wh =
 * 1.8 J per token (Eq 3) at 12 bits and 300 K gives 5.22E19.
 *
 * j_per_token E_tok, J per token, >= 0 (Wh per token times 3600)
 * bits        b, bits per token, > 0
 * temp_k      T, K, > 0
 * *ratio      dimensionless
 *
 * TW_EDOM     a value outside the ranges above
 * TW_EOVERFLOW the result is not finite (a floor that underflows) */
int tw_effgap(double j_per_token, double bits, double temp_k, double *ratio);

/* N_tok = E_year * 1E12 / e_tok                      (Section 3.1, Eq 8)
 *
 * Tokens a year's electricity buys; Table 1's "Token capacity". The
 * paper: 326 TWh/yr at 5E-4 Wh per token gives 6.52E17 tokens/yr. With
 * e_tok the Landauer floor in Wh (tw_landauer / 3600) and E_year the US
 * grid's 4,178 TWh it is Table 1's "Landauer-limited tokens".
 *
 * twh_per_year E_year, TWh/yr, >= 0
 * wh_per_token e_tok, Wh per token, > 0
 * *tokens_per_year tokens/yr
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_tokenbudget(double twh_per_year, double wh_per_token,
                   double *tokens_per_year);

/* n = E_year * 1E12 / e_tok / (N * D)                (Section 3.1, Eq 9)
 *
 * Tokens per person per day; Table 1's "Capacity per person per day".
 * The paper, with N = 8.0E9 people and D = 365 days: 65 TWh -> 44,521
 * (printed 44,500); 326 TWh -> 223,288 (printed 225,000).
 *
 * twh_per_year E_year, TWh/yr, >= 0
 * wh_per_token e_tok, Wh per token, > 0
 * population   N, people, > 0
 * days_per_year D, > 0
 * *tokens_per_person_day tokens/person/day
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_tokenspercapita(double twh_per_year, double wh_per_token,
                       double population, double days_per_year,
                       double *tokens_per_person_day);

/* q = E_year * 1E12 / e_tok / (t_q * N * D)  (Section 5.3, Eq 14-15, Table 2)
 *
 * Questions per person per day at t_q tokens per question. The paper:
 * 326 TWh, 100 tokens per question -> 2,233 (printed 2,200), from 6.52E15
 * questions a year ("roughly 6.5 quadrillion"); Table 2 varies E_year
 * over 65 / 165 / 326 / 650 TWh and t_q over 100 / 250 / 500 / 1,000.
 *
 * twh_per_year E_year, TWh/yr, >= 0
 * wh_per_token e_tok, Wh per token, > 0
 * tokens_per_question t_q, > 0
 * population   N, people, > 0
 * days_per_year D, > 0
 * *questions_per_person_day questions/person/day
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_questionbudget(double twh_per_year, double wh_per_token,
                      double tokens_per_question, double population,
                      double days_per_year, double *questions_per_person_day);

/* P = E_year * 1E12 / 8760                                (Section 3.2)
 *
 * The average power of a yearly energy, 8,760 h to the year: the US
 * grid's 4,178 TWh in 2023 is 4.77E11 W, the essay's "480 GW".
 *
 * twh_per_year >= 0; *watts W.   TW_EDOM, TW_EOVERFLOW */
int tw_avgpower(double twh_per_year, double *watts);

/* E_year = P * 8760 / 1E12                                (Section 3.2)
 *
 * The yearly energy of a constant power: the inverse of tw_avgpower.
 *
 * p_w >= 0; *twh_per_year TWh/yr.   TW_EDOM (the factor is below 1: no
 * overflow) */
int tw_annualtwh(double p_w, double *twh_per_year);

#ifdef __cplusplus
}
#endif

#endif
