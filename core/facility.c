/* Chapter VI of "The Physics and Economics of Tokens": the facility
 * electricity of one GPU, per day, in kWh and in money. */
#include <math.h>

#include "tw_internal.h"
#include "tw_signatures.h"
#include "tw_facility.h"

/* gpu_w * pue * 24 h * price can overflow while / 1000 brings it back:
 * formed by tw_ratio. */
static double day_kwh_times(double gpu_w, double pue, double price)
{
    const double num[] = {gpu_w, pue, TW_HOURS_PER_DAY, price};
    const double den[] = {TW_W_PER_KW};
    return tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den));
}

int tw_gpudaykwh(double gpu_w, double pue, double *kwh_per_day)
{
    TW_REQUIRE_DOMAIN(TW_SIG_GPUDAYKWH, kwh_per_day);
    return tw_result(day_kwh_times(gpu_w, pue, 1.0), kwh_per_day);
}

int tw_gpudaycost(double gpu_w, double pue, double usd_per_kwh,
                  double *cost_per_day)
{
    TW_REQUIRE_DOMAIN(TW_SIG_GPUDAYCOST, cost_per_day);
    return tw_result(day_kwh_times(gpu_w, pue, usd_per_kwh), cost_per_day);
}
