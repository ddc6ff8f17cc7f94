/* Alg 1 (how many users fit a power budget) and Alg 2 (the efficiency
 * gap): the essay's chain run backwards.
 *
 * Their products of several inputs (R * E, N * R) can leave double's range
 * while the result does not (a zero budget over a product that underflows
 * is 0, not NaN): they are formed by tw_ratio. */
#include <float.h>
#include <math.h>

#include "tw_internal.h"
#include "tw_signatures.h"
#include "tw_essay.h"

/* How far below an integer a quotient of N_max may land and still count
 * as reaching it: TW_NMAX_SLACK_ULPS ulps, relative. */
#define TW_NMAX_SLACK (TW_NMAX_SLACK_ULPS * DBL_EPSILON)

int tw_nmax(double tokens_per_day, double e_eff_j, double budget_w,
            double *users)
{
    TW_REQUIRE_DOMAIN(TW_SIG_NMAX, users);
    const double num[] = {budget_w, TW_SECONDS_PER_DAY};
    const double den[] = {tokens_per_day, e_eff_j};
    const double fit = tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den));
    /* A budget computed as N users' power (PPOP(N; PUSER(...))) carries a
     * few roundings and can land a hair below N: within TW_NMAX_SLACK
     * (relative) of the next integer counts as reaching it. */
    return tw_result(floor(fit * (1.0 + TW_NMAX_SLACK)), users);
}

int tw_etarget(double users, double tokens_per_day, double budget_w,
               double *j_per_token)
{
    TW_REQUIRE_DOMAIN(TW_SIG_ETARGET, j_per_token);
    const double num[] = {budget_w, TW_SECONDS_PER_DAY};
    const double den[] = {users, tokens_per_day};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)),
                     j_per_token);
}

int tw_gapfactor(double e_eff_j, double users, double tokens_per_day,
                 double budget_w, double *factor)
{
    TW_REQUIRE_DOMAIN(TW_SIG_GAPFACTOR, factor);
    /* E_eff / E_target = E_eff * N * R / (P_budget * 86400) */
    const double num[] = {e_eff_j, users, tokens_per_day};
    const double den[] = {budget_w, TW_SECONDS_PER_DAY};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)), factor);
}
