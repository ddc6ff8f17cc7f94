/* Domain checks and result hand-off shared by the core's source files
 * (internal: not part of the public API). */
#ifndef TW_INTERNAL_H
#define TW_INTERNAL_H

#include <float.h>
#include <math.h>
#include <stddef.h>

#include "tw_functions.h"
#include "tw_status.h"

/* x is a finite number >= 0. NaN fails every comparison, so it fails. */
static inline int tw_is_nonneg(double x) { return isfinite(x) && x >= 0.0; }

/* x is a finite number > 0. */
static inline int tw_is_positive(double x) { return isfinite(x) && x > 0.0; }

/* x is a power usage effectiveness: a finite number >= 1. */
static inline int tw_is_pue(double x) { return isfinite(x) && x >= 1.0; }

/* x is a share: a number in [0,1]. */
static inline int tw_is_share(double x) { return x >= 0.0 && x <= 1.0; }

/* tw_domain_contains and tw_args_in_domain, inline. */
static inline int tw_in_domain_inline(tw_domain d, double x)
{
    switch (d) {
    case TW_DOMAIN_NONNEG: return tw_is_nonneg(x);
    case TW_DOMAIN_POSITIVE: return tw_is_positive(x);
    case TW_DOMAIN_PUE: return tw_is_pue(x);
    default: return 0;
    }
}

static inline int tw_in_domains(const tw_function_info *f, const double *args)
{
    for (size_t i = 0; i < f->n_args; i++)
        if (!tw_in_domain_inline(f->args[i].domain, args[i]))
            return 0;
    return !f->related || f->related(args);
}

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

/* The product of num[0..n_num) over the product of den[0..n_den), every
 * factor finite and >= 0, without an intermediate overflow or underflow:
 * mantissas and exponents are multiplied apart (frexp), and scaling by a
 * power of two is exact, so the result rounds as the plain expression
 * would where that does not overflow, and only the result itself can
 * leave double's range (Inf then; 0 for a true underflow). A zero
 * denominator gives Inf; callers rule it out or report the overflow. */
static inline double tw_ratio(const double *num, int n_num,
                              const double *den, int n_den)
{
    /* Every real input lies far inside double's range: with at most 6
     * factors between 2^-150 and 2^150, no product can overflow or
     * underflow, and the plain expression, one division of the products,
     * is the answer, at a fraction of the cost of the route below (frexp
     * and ldexp are library calls; each division is a long instruction). */
    int plain_ok = n_num + n_den <= 6;
    double p = 1.0, q = 1.0;
    for (int i = 0; i < n_num; i++) {
        plain_ok &= num[i] >= 0x1p-150 && num[i] <= 0x1p150;
        p *= num[i];
    }
    for (int i = 0; i < n_den; i++) {
        plain_ok &= den[i] >= 0x1p-150 && den[i] <= 0x1p150;
        q *= den[i];
    }
    if (plain_ok)
        return p / q;

    double mantissa = 1.0;
    long exponent = 0;
    for (int i = 0; i < n_num; i++) {
        int e;
        mantissa *= frexp(num[i], &e); /* in [0.5, 1) or 0 */
        exponent += e;
        mantissa = frexp(mantissa, &e); /* keep it near 1 */
        exponent += e;
    }
    for (int i = 0; i < n_den; i++) {
        int e;
        mantissa /= frexp(den[i], &e);
        exponent -= e;
        if (mantissa == 0.0 || !isfinite(mantissa))
            break;
        mantissa = frexp(mantissa, &e);
        exponent += e;
    }
    if (mantissa == 0.0 || !isfinite(mantissa))
        return mantissa;
    if (exponent > 2 * DBL_MAX_EXP)
        return HUGE_VAL;
    if (exponent < 2 * DBL_MIN_EXP - DBL_MANT_DIG)
        return 0.0;
    return ldexp(mantissa, (int)exponent);
}

#define TW_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#endif
