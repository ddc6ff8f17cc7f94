/* Eq user_load, pop_load, grid_ratio, kardashev_frac and Alg 0's cohort
 * loop: from joules per token to watts against the grid and the sun. */
#include <math.h>

#include "tw_internal.h"
#include "tw_signatures.h"
#include "tw_essay.h"

const double tw_default_grid_w = 480e9;

int tw_puser(double tokens_per_day, double e_eff_j, double *watts)
{
    TW_REQUIRE_DOMAIN(TW_SIG_PUSER, watts);
    /* R * E may pass double's range while R * E / 86400 does not */
    const double num[] = {tokens_per_day, e_eff_j};
    const double den[] = {TW_SECONDS_PER_DAY};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)), watts);
}

int tw_ppop(double users, double p_user_w, double *watts)
{
    TW_REQUIRE_DOMAIN(TW_SIG_PPOP, watts);
    return tw_result(users * p_user_w, watts);
}

int tw_gridratio(double p_w, double grid_w, double *ratio)
{
    TW_REQUIRE_DOMAIN(TW_SIG_GRIDRATIO, ratio);
    return tw_result(p_w / grid_w, ratio);
}

int tw_kardashev(double p_w, double *fraction)
{
    TW_REQUIRE_DOMAIN(TW_SIG_KARDASHEV, fraction);
    return tw_result(p_w / TW_KARDASHEV_TYPE1_W, fraction);
}

static void fill_nan(double *p_pop_w, double *grid_ratio, double *k1,
                     size_t n)
{
    for (size_t i = 0; i < n; i++)
        p_pop_w[i] = grid_ratio[i] = k1[i] = NAN;
}

int tw_cohort(const double *users, size_t n_users, double p_user_w,
              const double *grid_w, size_t n_grid,
              double *p_pop_w, double *grid_ratio, double *k1)
{
    if (n_users == 0 || (n_grid != 1 && n_grid != n_users)) {
        fill_nan(p_pop_w, grid_ratio, k1, n_users);
        return TW_ESHAPE;
    }
    int domain_ok = tw_is_nonneg(p_user_w);
    for (size_t i = 0; i < n_users && domain_ok; i++)
        domain_ok = tw_is_nonneg(users[i]);
    for (size_t i = 0; i < n_grid && domain_ok; i++)
        domain_ok = tw_is_positive(grid_w[i]);
    if (!domain_ok) {
        fill_nan(p_pop_w, grid_ratio, k1, n_users);
        return TW_EDOM;
    }

    int status = TW_OK;
    for (size_t i = 0; i < n_users; i++) {
        const double grid = grid_w[n_grid == 1 ? 0 : i];
        if (tw_ppop(users[i], p_user_w, &p_pop_w[i]) != TW_OK
            || tw_gridratio(p_pop_w[i], grid, &grid_ratio[i]) != TW_OK
            || tw_kardashev(p_pop_w[i], &k1[i]) != TW_OK) {
            fill_nan(&p_pop_w[i], &grid_ratio[i], &k1[i], 1);
            status = TW_EOVERFLOW;
        }
    }
    return status;
}
