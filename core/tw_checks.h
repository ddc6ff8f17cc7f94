/* Domain checks and result hand-off shared by the core's source files
 * (internal: not part of the public API). */
#ifndef TW_CHECKS_H
#define TW_CHECKS_H

#include <math.h>

#include "tw_status.h"

/* x is a finite number >= 0. NaN fails every comparison, so it fails. */
static inline int tw_is_nonneg(double x) { return isfinite(x) && x >= 0.0; }

/* x is a finite number > 0. */
static inline int tw_is_positive(double x) { return isfinite(x) && x > 0.0; }

/* x is a share: a number in [0,1]. */
static inline int tw_is_share(double x) { return x >= 0.0 && x <= 1.0; }

/* Writes NaN and returns status: the exit of every failing path. */
static inline int tw_fail(int status, double *out)
{
    *out = NAN;
    return status;
}

/* Writes a computed value, or NaN with TW_EOVERFLOW when it is not finite. */
static inline int tw_result(double value, double *out)
{
    if (!isfinite(value))
        return tw_fail(TW_EOVERFLOW, out);
    *out = value;
    return TW_OK;
}

/* The same for a value formed in long double: products of several inputs
 * are formed there so that only the result itself can overflow (long
 * double's range holds any product of a few doubles on the platforms
 * tokwatt builds for); an underflow to 0 is a correct, tiny result. */
static inline int tw_result_ld(long double value, double *out)
{
    return tw_result((double)value, out);
}

#endif
