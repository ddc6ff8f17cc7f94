/* Eq token_energy: joules per output token of a GPU fleet. */
#include <math.h>

#include "tw_internal.h"
#include "tw_essay.h"

const double tw_default_tdp_w[TW_DEFAULT_FLEET_SIZE] = {700.0, 1000.0};
const double tw_default_tokens_per_s[TW_DEFAULT_FLEET_SIZE] = {200.0, 600.0};
const double tw_default_pue = 1.4;

int tw_etok(const double *tdp_w, size_t n_tdp,
            const double *tokens_per_s, size_t n_tps,
            const double *fleet_share, size_t n_share,
            double pue, double *j_per_token)
{
    if (n_tdp == 0 || n_tps != n_tdp || (fleet_share && n_share != n_tdp))
        return tw_fail(TW_ESHAPE, j_per_token);
    if (!tw_is_pue(pue))
        return tw_fail(TW_EDOM, j_per_token);

    const double equal_share = 1.0 / (double)n_tdp;
    double share_sum = 0.0, weighted = 0.0;
    for (size_t g = 0; g < n_tdp; g++) {
        const double share = fleet_share ? fleet_share[g] : equal_share;
        if (!tw_is_nonneg(tdp_w[g]) || !tw_is_positive(tokens_per_s[g])
            || !tw_is_share(share))
            return tw_fail(TW_EDOM, j_per_token);
        share_sum += share;
        if (share > 0.0) /* an absent GPU type adds nothing, even 0 * Inf */
        {
            /* tdp / throughput may pass double's range while its share
             * brings it back */
            const double num[] = {share, tdp_w[g]};
            const double den[] = {tokens_per_s[g]};
            weighted += tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den));
        }
    }
    if (fabs(share_sum - 1.0) > TW_SHARE_SUM_TOL)
        return tw_fail(TW_ESUM, j_per_token);
    return tw_result(pue * weighted, j_per_token);
}
