/* The facility-electricity floor of one GPU, from "The Physics and
 * Economics of Tokens", Chapter VI ("The physics bill"): "A 350 W GPU is
 * 0.35 kW of IT load. Add 15% facility overhead and it becomes about
 * 0.4025 kW. Over a day, that is roughly 9.66 kWh. At $0.10 per kWh ...
 * about $0.97 per day. At $0.20 per kWh, about $1.93 per day."
 *
 * The overhead is a PUE (1.15 for "15%"). Every function returns a
 * tw_status and writes NaN to its output unless it returns TW_OK.
 * Non-finite inputs (NaN, +-Inf) are TW_EDOM.
 */
#ifndef TW_FACILITY_H
#define TW_FACILITY_H

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TW_HOURS_PER_DAY 24.0
#define TW_W_PER_KW 1000.0

/* E_day = P_gpu * PUE * 24 / 1000                         (Chapter VI)
 *
 * Energy one GPU running flat out draws at the wall in a day.
 * (350 W, PUE 1.15) -> 9.66 kWh.
 *
 * gpu_w       P_gpu, the GPU's power (its TDP for a full load), W; >= 0
 * pue         facility power usage effectiveness, >= 1
 * *kwh_per_day kWh per day
 *
 * TW_EDOM     a value outside the ranges above
 * TW_EOVERFLOW the result is not finite */
int tw_gpudaykwh(double gpu_w, double pue, double *kwh_per_day);

/* C_day = P_gpu * PUE * 24 / 1000 * price                 (Chapter VI)
 *
 * The facility electricity bill of one GPU for a day, in the currency of
 * the price. (350 W, 1.15, 0.10 per kWh) -> 0.966; at 0.20 -> 1.932.
 *
 * gpu_w >= 0, pue >= 1 as tw_gpudaykwh
 * usd_per_kwh electricity price, currency per kWh (USD in the source, any
 *             currency works), >= 0
 * *cost_per_day currency per day
 *
 * TW_EDOM, TW_EOVERFLOW */
int tw_gpudaycost(double gpu_w, double pue, double usd_per_kwh,
                  double *cost_per_day);

#ifdef __cplusplus
}
#endif

#endif
