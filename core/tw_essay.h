/* The model of the essay "Counting piano tuners, counting tokens":
 * Eq token_energy, cache_adjust, user_load, pop_load, grid_ratio,
 * kardashev_frac and Alg 0, 1, 2.
 *
 * Units are SI: W, J, s; token rates are per day where the name says so.
 * Every function returns a tw_status and writes NaN to its outputs unless
 * it returns TW_OK. Non-finite inputs (NaN, +-Inf) are TW_EDOM everywhere.
 */
#ifndef TW_ESSAY_H
#define TW_ESSAY_H

#include <stddef.h>

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TW_SECONDS_PER_DAY 86400.0
/* Solar power at the top of Earth's atmosphere, the Kardashev Type-I
 * threshold used by Eq kardashev_frac. */
#define TW_KARDASHEV_TYPE1_W 1.74e17

/* The essay's default fleet: 50/50 H100/B200 at PUE 1.4. */
#define TW_DEFAULT_FLEET_SIZE 2
extern const double tw_default_tdp_w[TW_DEFAULT_FLEET_SIZE];        /* 700, 1000 */
extern const double tw_default_tokens_per_s[TW_DEFAULT_FLEET_SIZE]; /* 200, 600 */
extern const double tw_default_pue;                                  /* 1.4 */
/* The essay's US average electricity load, the default grid of COHORT. */
extern const double tw_default_grid_w;                               /* 480E9 */

/* E_tok = PUE * sum_g f_g * P_g / T_g                    (Eq token_energy)
 *
 * tdp_w[n_tdp]               P_g, power of GPU type g, W; >= 0
 * tokens_per_s[n_tps]        T_g, batched output throughput, tokens/s; > 0
 * fleet_share[n_share]       f_g, each in [0,1], summing to 1; NULL means
 *                            equal shares (n_share is then ignored)
 * pue                        power usage effectiveness, >= 1
 * *j_per_token               E_tok, J per output token at the wall
 *
 * TW_ESHAPE   n_tdp == 0, n_tdp != n_tps, or n_share != n_tdp
 * TW_EDOM     a value outside the ranges above
 * TW_ESUM     shares do not sum to 1 within TW_SHARE_SUM_TOL
 * TW_EOVERFLOW the result is not finite */
int tw_etok(const double *tdp_w, size_t n_tdp,
            const double *tokens_per_s, size_t n_tps,
            const double *fleet_share, size_t n_share,
            double pue, double *j_per_token);

/* The cache profile of Eq cache_adjust: shares of nominal tokens that are
 * output / cache-miss input / cache-hit input (each in [0,1], summing to 1)
 * and the cost of a miss / hit input token relative to an output token
 * (each >= 0). */
typedef struct {
    double alpha_o, alpha_m, alpha_h;
    double beta_m, beta_h;
} tw_cache;

/* The essay's "realistic default": 0.05 / 0.20 / 0.75, 0.10 / 0.01. */
extern const tw_cache tw_cache_realistic;

/* Which fields of a tw_cache a caller gave (for tw_cache_resolve). */
enum {
    TW_GIVEN_ALPHA_O = 1u << 0,
    TW_GIVEN_ALPHA_M = 1u << 1,
    TW_GIVEN_ALPHA_H = 1u << 2,
    TW_GIVEN_BETA_M = 1u << 3,
    TW_GIVEN_BETA_H = 1u << 4
};

/* Completes a partly given profile the way the essay's calculator does:
 * when exactly one alpha is missing it is 1 minus the other two; every
 * other missing field takes tw_cache_realistic's value. Pure: it does not
 * validate (tw_cachefactor does). */
tw_cache tw_cache_resolve(const tw_cache *given, unsigned given_mask);

/* k = alpha_o + alpha_m * beta_m + alpha_h * beta_h       (Eq cache_adjust)
 *
 * *factor     dimensionless multiplier of E_tok
 *
 * TW_EDOM     an alpha outside [0,1] or a beta < 0
 * TW_ESUM     alphas do not sum to 1 within TW_SHARE_SUM_TOL
 * TW_EOVERFLOW the result is not finite */
int tw_cachefactor(const tw_cache *cache, double *factor);

/* E_eff = E_tok * k                                       (Eq cache_adjust)
 *
 * e_tok_j     J per output token, >= 0
 * *j_per_token J per nominal token
 *
 * Statuses as tw_cachefactor; TW_EDOM also for e_tok_j < 0. */
int tw_eeff(double e_tok_j, const tw_cache *cache, double *j_per_token);

/* P_user = R * E_eff / 86400                                  (Eq user_load)
 *
 * tokens_per_day R >= 0, e_eff_j >= 0; *watts continuous W per user.
 * TW_EDOM, TW_EOVERFLOW */
int tw_puser(double tokens_per_day, double e_eff_j, double *watts);

/* P_pop = N * P_user                                           (Eq pop_load)
 *
 * users N >= 0, p_user_w >= 0; *watts W.   TW_EDOM, TW_EOVERFLOW */
int tw_ppop(double users, double p_user_w, double *watts);

/* rho = P / P_grid                                           (Eq grid_ratio)
 *
 * p_w >= 0, grid_w > 0; *ratio dimensionless.   TW_EDOM, TW_EOVERFLOW */
int tw_gridratio(double p_w, double grid_w, double *ratio);

/* K_1 = P / 1.74E17 W                                    (Eq kardashev_frac)
 *
 * p_w >= 0; *fraction dimensionless.   TW_EDOM */
int tw_kardashev(double p_w, double *fraction);

/* How far below an integer a quotient of N_max may land and still count as
 * reaching it, in ulps of 1 (2^-52), relative: see tw_nmax. */
#define TW_NMAX_SLACK_ULPS 16

/* N_max = floor(P_budget / P_user), P_user = R * E_eff / 86400    (Alg 1)
 *
 * A quotient within TW_NMAX_SLACK_ULPS ulps below an integer counts as that
 * integer: a budget computed as N users' power carries roundings and must
 * fit N.
 * tokens_per_day > 0, e_eff_j > 0 (else any number of users fits),
 * budget_w >= 0; *users whole users.   TW_EDOM, TW_EOVERFLOW */
int tw_nmax(double tokens_per_day, double e_eff_j, double budget_w,
            double *users);

/* E_target = P_budget * 86400 / (N_target * R)                    (Alg 2)
 *
 * users > 0, tokens_per_day > 0, budget_w >= 0; *j_per_token J per token.
 * TW_EDOM, TW_EOVERFLOW */
int tw_etarget(double users, double tokens_per_day, double budget_w,
               double *j_per_token);

/* gap = E_eff / E_target                                          (Alg 2)
 *
 * e_eff_j >= 0, users > 0, tokens_per_day > 0, budget_w > 0 (a zero budget
 * makes every gap infinite); *factor dimensionless.
 * TW_EDOM, TW_EOVERFLOW */
int tw_gapfactor(double e_eff_j, double users, double tokens_per_day,
                 double budget_w, double *factor);

/* Alg 0, steps 4-7: for each cohort i
 *   p_pop_w[i]    = users[i] * P_user                  W
 *   grid_ratio[i] = p_pop_w[i] / grid_w[i or 0]        dimensionless
 *   k1[i]         = p_pop_w[i] / 1.74E17 W             dimensionless
 *
 * users[n_users] each >= 0; p_user_w >= 0; grid_w[n_grid] each > 0 with
 * n_grid == 1 (one grid for all) or n_grid == n_users. Outputs hold
 * n_users values each.
 *
 * TW_ESHAPE   n_users == 0 or n_grid not in {1, n_users}   (all NaN)
 * TW_EDOM     a value outside the ranges above             (all NaN)
 * TW_EOVERFLOW a cohort's figures are not finite: that cohort's three
 *             outputs are NaN, the others are valid */
int tw_cohort(const double *users, size_t n_users, double p_user_w,
              const double *grid_w, size_t n_grid,
              double *p_pop_w, double *grid_ratio, double *k1);

#ifdef __cplusplus
}
#endif

#endif
