/* Uncertain inputs: the distributions behind UNCERTAIN(lo; hi; [likely];
 * [shape]; [min]; [max]), built once from the cell's arguments, then read
 * through their quantile function (u in (0,1) -> x), their median (what the
 * cell shows in ordinary recalculation) and their CDF.
 *
 * Shapes (P5, P50, P95 are the 5th, 50th, 95th percentiles):
 *   default, no likely, 0 < lo < hi   lognormal with P5 = lo, P95 = hi (the
 *                                      Guesstimate/Squiggle reading of "lo to hi")
 *   default, no likely, lo <= 0       normal with P5 = lo, P95 = hi
 *   default, likely, lo > 0           3-term log-metalog through P5 = lo,
 *                                      P50 = likely, P95 = hi
 *   default, likely, lo <= 0          3-term metalog through the same three
 *   "normal", "lognormal"             P5 = lo, P95 = hi
 *   "uniform", "loguniform"           lo and hi are the bounds
 *   "triangular"                      lo, likely (the mode), hi
 * and any of them truncated to [min, max] by quantile mapping:
 *   Q_T(u) = Q(F(min) + u (F(max) - F(min))).
 *
 * The metalog is Keelin's closed form for a symmetric percentile triplet
 * (T. W. Keelin, "The Metalog Distributions", Decision Analysis 13(4),
 * 2016, 243-277, Section 4 and Table 1): with alpha = 0.05,
 * r = ln((1 - alpha)/alpha) = ln 19 and t = ln(y/(1 - y)),
 *   M(y) = a1 + a2 t + a3 (y - 1/2) t,
 *   a1 = P50,  a2 = (P95 - P5) / (2 r),  a3 = (P95 - 2 P50 + P5) / ((1 - 2 alpha) r);
 * the log-metalog is x = exp(M(y)) with M through ln P5, ln P50, ln P95.
 * It is a distribution exactly when M is increasing: a2 > 0 and
 * |a3| / a2 < 1 / max_y g(y), g(y) = y (1 - y) t + y - 1/2, which Keelin
 * gives as 1.66711 (TW_METALOG3_RATIO_MAX is the bound to 17 digits). In
 * terms of the triplet: (P50 - P5) / (P95 - P5) in (0.12498, 0.87502),
 * on the log scale for the log-metalog.
 *
 * The normal quantile is Wichura's AS 241 (PPND16), relative error about
 * 1E-16; the normal CDF is erfc from libm. Tails are kept to full relative
 * precision on both sides: above the median the quantile and truncation
 * work with the upper tail probability 1 - u, never with 1 - (1 - u).
 *
 * Every function returns a tw_status and writes NaN to its double output
 * unless it returns TW_OK. */
#ifndef TW_UNCERTAIN_H
#define TW_UNCERTAIN_H

#include <stddef.h>

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The shapes a distribution can take. TW_SHAPE_DEFAULT is what an empty
 * shape argument asks for; tw_dist_make resolves it to one of the others. */
typedef enum {
    TW_SHAPE_DEFAULT,
    TW_SHAPE_NORMAL,
    TW_SHAPE_LOGNORMAL,
    TW_SHAPE_UNIFORM,
    TW_SHAPE_LOGUNIFORM,
    TW_SHAPE_TRIANGULAR,
    TW_SHAPE_METALOG,    /* the default with likely and lo <= 0 */
    TW_SHAPE_LOGMETALOG, /* the default with likely and lo > 0 */
    TW_SHAPE_COUNT
} tw_shape;

/* Why tw_dist_make refused its arguments (TW_DIST_OK when it did not). */
typedef enum {
    TW_DIST_OK,
    TW_DIST_NOT_FINITE,         /* lo or hi NaN or infinite; likely, min or
                                   max infinite (NaN is "not given") */
    TW_DIST_LO_NOT_BELOW_HI,    /* lo >= hi */
    TW_DIST_LOG_NONPOSITIVE,    /* lo <= 0 with "lognormal" or "loguniform" */
    TW_DIST_LIKELY_OUTSIDE,     /* likely not strictly between lo and hi */
    TW_DIST_LIKELY_NEEDED,      /* "triangular" without likely */
    TW_DIST_LIKELY_UNUSED,      /* likely with "normal", "lognormal",
                                   "uniform" or "loguniform", which have no
                                   place for it */
    TW_DIST_UNKNOWN_SHAPE,      /* a shape name not in the list above */
    TW_DIST_MIN_NOT_BELOW_MAX,  /* min >= max */
    TW_DIST_NO_MASS,            /* [min, max] holds none of the distribution */
    TW_DIST_METALOG_INFEASIBLE, /* lo, likely, hi admit no metalog: likely
                                   too close to lo or hi (see above) */
    TW_DIST_TOO_NARROW,         /* lo and hi too close together to give a
                                   spread in double precision */
    TW_DIST_TOO_WIDE,           /* hi - lo does not fit a double */
    TW_DIST_PROBLEM_COUNT
} tw_dist_problem;

/* Phi^-1(0.95), the z of P95 that "normal" and "lognormal" are fitted with
 * (mpmath, 40 digits: 1.6448536269514727148...). */
#define TW_UNCERTAIN_Z95 1.6448536269514727

/* Keelin's bound on |a3| / a2 for the 3-term metalog: 1 / max g(y), the
 * maximum at y = 0.91677827980048235 (computed to 40 digits with mpmath). */
#define TW_METALOG3_RATIO_MAX 1.6671131192019294

/* A distribution, built by tw_dist_make; read its fields, never write them. */
typedef struct {
    tw_shape shape;          /* the shape in use, never TW_SHAPE_DEFAULT
                                (TW_SHAPE_DEFAULT when problem != OK) */
    tw_dist_problem problem; /* TW_DIST_OK, or why tw_dist_make refused */
    double lo, hi, likely;   /* as given; likely NaN when not given */
    double min, max;         /* truncation bounds; -Inf, +Inf when not given */
    /* Parameters: normal (mu, sigma, -); lognormal (mu, sigma, -) of ln x;
     * uniform (lo, hi, -); loguniform (ln lo, ln hi, -); triangular
     * (lo, likely, hi); metalog (a1, a2, a3), of ln x for the log-metalog. */
    double p1, p2, p3;
    /* The untruncated CDF F and survival S = 1 - F at min and max (each
     * computed apart, so neither loses the other's tail), and the mass
     * F(max) - F(min) between them. */
    double f_min, s_min, f_max, s_max, mass;
} tw_dist;

/* The shape named name, ignoring ASCII case: "normal", "lognormal",
 * "uniform", "loguniform", "triangular"; NULL or "" is TW_SHAPE_DEFAULT.
 * TW_ENOTFOUND (and *shape = TW_SHAPE_DEFAULT) for any other name. */
int tw_shape_parse(const char *name, tw_shape *shape);

/* The name of a shape ("lognormal", "log-metalog", "default", ...); never
 * NULL ("unknown" for a value outside the enum). */
const char *tw_shape_name(int shape);

/* A short English message for a tw_dist_problem, for the office's error
 * text ("likely must lie strictly between lo and hi"); never NULL. */
const char *tw_dist_problem_text(int problem);

/* Builds the distribution of UNCERTAIN(lo; hi; likely; shape; min; max).
 *
 * lo, hi   P5 and P95, or the bounds for "uniform", "loguniform",
 *          "triangular"; finite, lo < hi
 * likely   P50 of the metalog, the mode of "triangular"; NaN when not
 *          given; else finite, lo < likely < hi
 * shape    a name as tw_shape_parse reads it; NULL or "" for the default
 * min, max truncation bounds, NaN when not given; else finite, min < max
 *          when both are given, and [min, max] must hold some of the
 *          distribution's mass (computed in double: a bound 40 standard
 *          deviations into a normal tail holds none)
 * *dist    the distribution; on failure problem says why, shape is
 *          TW_SHAPE_DEFAULT and every double field is NaN
 *
 * TW_OK
 * TW_EDOM      every refusal; dist->problem names it */
int tw_dist_make(double lo, double hi, double likely, const char *shape,
                 double min, double max, tw_dist *dist);

/* x = Q_T(u): the quantile function of the (truncated) distribution.
 * Truncated, the result lies in [min, max].
 *
 * u   a probability, 0 < u < 1
 *
 * TW_EDOM      u outside (0, 1) or NaN; dist NULL or not made (problem set)
 * TW_EOVERFLOW the quantile does not fit a double (only in an untruncated
 *              tail of a very wide distribution) */
int tw_dist_quantile(const tw_dist *dist, double u, double *x);

/* x[i] = Q_T(u[i]) for i < n, the same function over an array; statuses
 * as tw_dist_quantile, the first failure's, with NaN at every position
 * that failed (the others hold their values). n == 0 is TW_OK. */
int tw_dist_quantiles(const tw_dist *dist, const double *u, size_t n, double *x);

/* The median Q_T(1/2): what UNCERTAIN shows in ordinary recalculation.
 * Untruncated it is exact: mu for the normal, exp(mu) = sqrt(lo hi) for
 * the lognormal, likely for the metalogs, (lo + hi) / 2 for the uniform.
 * Statuses as tw_dist_quantile. */
int tw_dist_median(const tw_dist *dist, double *x);

/* p = F_T(x): the CDF of the (truncated) distribution, in [0, 1].
 * x may be any number but NaN (-Inf gives 0, +Inf gives 1).
 * TW_EDOM      x NaN; dist NULL or not made */
int tw_dist_cdf(const tw_dist *dist, double x, double *p);

/* z = Phi^-1(p), the standard normal quantile by AS 241 (M. J. Wichura,
 * "Algorithm AS 241: The Percentage Points of the Normal Distribution",
 * Applied Statistics 37(3), 1988, 477-484), relative error about 1E-16.
 * TW_EDOM for p outside (0, 1) or NaN. */
int tw_normal_quantile(double p, double *z);

#ifdef __cplusplus
}
#endif

#endif
