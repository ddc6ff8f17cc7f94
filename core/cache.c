/* Eq cache_adjust: the discount of cached input. */
#include <math.h>

#include "tw_internal.h"
#include "tw_essay.h"

const tw_cache tw_cache_realistic = {0.05, 0.20, 0.75, 0.10, 0.01};

tw_cache tw_cache_resolve(const tw_cache *given, unsigned given_mask)
{
    const tw_cache *d = &tw_cache_realistic;
    tw_cache c;
    c.alpha_o = (given_mask & TW_GIVEN_ALPHA_O) ? given->alpha_o : d->alpha_o;
    c.alpha_m = (given_mask & TW_GIVEN_ALPHA_M) ? given->alpha_m : d->alpha_m;
    c.alpha_h = (given_mask & TW_GIVEN_ALPHA_H) ? given->alpha_h : d->alpha_h;
    c.beta_m = (given_mask & TW_GIVEN_BETA_M) ? given->beta_m : d->beta_m;
    c.beta_h = (given_mask & TW_GIVEN_BETA_H) ? given->beta_h : d->beta_h;

    const unsigned alphas = given_mask
        & (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_M | TW_GIVEN_ALPHA_H);
    if (alphas == (TW_GIVEN_ALPHA_M | TW_GIVEN_ALPHA_H))
        c.alpha_o = 1.0 - c.alpha_m - c.alpha_h;
    else if (alphas == (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_H))
        c.alpha_m = 1.0 - c.alpha_o - c.alpha_h;
    else if (alphas == (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_M))
        c.alpha_h = 1.0 - c.alpha_o - c.alpha_m;
    return c;
}

int tw_cachefactor(const tw_cache *c, double *factor)
{
    if (!tw_is_share(c->alpha_o) || !tw_is_share(c->alpha_m)
        || !tw_is_share(c->alpha_h) || !tw_is_nonneg(c->beta_m)
        || !tw_is_nonneg(c->beta_h))
        return tw_fail(TW_EDOM, factor);
    if (fabs(c->alpha_o + c->alpha_m + c->alpha_h - 1.0) > TW_SHARE_SUM_TOL)
        return tw_fail(TW_ESUM, factor);
    return tw_result(c->alpha_o + c->alpha_m * c->beta_m
                         + c->alpha_h * c->beta_h,
                     factor);
}

int tw_eeff(double e_tok_j, const tw_cache *cache, double *j_per_token)
{
    double k;
    int status = tw_cachefactor(cache, &k);
    if (status != TW_OK)
        return tw_fail(status, j_per_token);
    if (!tw_is_nonneg(e_tok_j))
        return tw_fail(TW_EDOM, j_per_token);
    return tw_result(e_tok_j * k, j_per_token);
}
