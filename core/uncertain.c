/* The distributions of UNCERTAIN (tw_uncertain.h): construction and
 * checks, quantile, median and CDF, with truncation by quantile mapping.
 *
 * Each shape has a quantile function of a tail probability p <= 1/2
 * measured from below (upper == 0) or from above (upper == 1), and a CDF
 * that returns F and S = 1 - F computed apart; so both tails keep their
 * relative precision, truncated or not. */
#include <math.h>
#include <string.h>

#include "tw_uncertain.h"

#define Z95 TW_UNCERTAIN_Z95
/* ln 19 = ln((1 - alpha) / alpha) for alpha = 0.05, the metalog's r. */
#define LN19 2.9444389791664403
#define SQRT1_2 0.70710678118654752440

/* ---- the normal quantile: AS 241, PPND16 ---------------------------------
 * M. J. Wichura, "Algorithm AS 241: The Percentage Points of the Normal
 * Distribution", Applied Statistics 37(3), 1988, 477-484. The coefficients
 * are the paper's (PPND16, "accurate to about 1 part in 10^16"). */

static double poly7(const double *c, double x)
{
    double v = c[7];
    for (int i = 6; i >= 0; i--)
        v = v * x + c[i];
    return v;
}

static const double as241_a[8] = {
    3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
    1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
    3.3430575583588128105e+4, 2.5090809287301226727e+3};
static const double as241_b[8] = {
    1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
    2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
    5.2264952788528545610e+3};
static const double as241_c[8] = {
    1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4};
static const double as241_d[8] = {
    1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
    1.05075007164441684324e-9};
static const double as241_e[8] = {
    6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7};
static const double as241_f[8] = {
    1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
    2.04426310338993978564e-15};

/* Phi^-1(p) for p in [0, 1]; -Inf at 0, +Inf at 1. */
static double ppnd16(double p)
{
    const double q = p - 0.5;
    if (fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q * poly7(as241_a, r) / poly7(as241_b, r);
    }
    double r = q < 0.0 ? p : 1.0 - p;
    if (r <= 0.0)
        return q < 0.0 ? -HUGE_VAL : HUGE_VAL;
    r = sqrt(-log(r));
    double z;
    if (r <= 5.0) {
        r -= 1.6;
        z = poly7(as241_c, r) / poly7(as241_d, r);
    } else {
        r -= 5.0;
        z = poly7(as241_e, r) / poly7(as241_f, r);
    }
    return q < 0.0 ? -z : z;
}

int tw_normal_quantile(double p, double *z)
{
    if (!(p > 0.0 && p < 1.0)) {
        *z = NAN;
        return TW_EDOM;
    }
    *z = ppnd16(p);
    return TW_OK;
}

/* ---- shapes: quantile of a tail probability, CDF as (F, S) -------------- */

/* The metalog's M at the tail probability p (from above when upper). */
static double metalog_m(const tw_dist *d, double p, int upper)
{
    /* t = ln(y / (1 - y)), y - 1/2, with y = p or y = 1 - p */
    const double t = upper ? log1p(-p) - log(p) : log(p) - log1p(-p);
    const double centred = upper ? 0.5 - p : p - 0.5;
    return d->p1 + d->p2 * t + d->p3 * centred * t;
}

static double metalog_at_t(const tw_dist *d, double t)
{
    /* y - 1/2 = tanh(t / 2) / 2 */
    return d->p1 + d->p2 * t + d->p3 * 0.5 * tanh(0.5 * t) * t;
}

/* The untruncated quantile at the tail probability p in [0, 1/2]. */
static double shape_quantile(const tw_dist *d, double p, int upper)
{
    switch (d->shape) {
    case TW_SHAPE_NORMAL: {
        const double z = upper ? -ppnd16(p) : ppnd16(p);
        return d->p1 + d->p2 * z;
    }
    case TW_SHAPE_LOGNORMAL: {
        const double z = upper ? -ppnd16(p) : ppnd16(p);
        return exp(d->p1 + d->p2 * z);
    }
    case TW_SHAPE_UNIFORM:
        return upper ? d->p2 * (1.0 - p) + d->p1 * p : d->p1 * (1.0 - p) + d->p2 * p;
    case TW_SHAPE_LOGUNIFORM:
        return upper ? exp(d->p2 - p * (d->p2 - d->p1)) : exp(d->p1 + p * (d->p2 - d->p1));
    case TW_SHAPE_TRIANGULAR: {
        const double a = d->p1, c = d->p2, b = d->p3;
        const double fc = (c - a) / (b - a); /* F at the mode */
        /* F and S at the point, each exact where it is the small one */
        const double below = upper ? 1.0 - p : p, above = upper ? p : 1.0 - p;
        if (below <= fc)
            return a + sqrt(below * (b - a)) * sqrt(c - a);
        return b - sqrt(above * (b - a)) * sqrt(b - c);
    }
    case TW_SHAPE_METALOG: return metalog_m(d, p, upper);
    default: /* TW_SHAPE_LOGMETALOG */ return exp(metalog_m(d, p, upper));
    }
}

/* F(x) and S(x) = 1 - F(x) of the metalog by bisection in t = ln(y/(1-y)),
 * where M is increasing (feasible metalog); m is x, or ln x for the
 * log-metalog. */
static void metalog_cdf(const tw_dist *d, double m, double *f, double *s)
{
    double lo = -1.0, hi = 1.0;
    while (metalog_at_t(d, lo) > m && lo > -2048.0)
        lo *= 2.0;
    while (metalog_at_t(d, hi) < m && hi < 2048.0)
        hi *= 2.0;
    /* beyond |t| = 2048, y underflows: F or S is 0 */
    for (int i = 0; i < 200; i++) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        if (metalog_at_t(d, mid) < m)
            lo = mid;
        else
            hi = mid;
    }
    const double t = 0.5 * (lo + hi);
    *f = 1.0 / (1.0 + exp(-t));
    *s = 1.0 / (1.0 + exp(t));
}

/* Writes F(x), S(x) of the untruncated shape; x is not NaN. */
static void shape_cdf(const tw_dist *d, double x, double *f, double *s)
{
    double z;
    switch (d->shape) {
    case TW_SHAPE_NORMAL:
        z = (x - d->p1) / d->p2;
        break;
    case TW_SHAPE_LOGNORMAL:
        if (x <= 0.0) {
            *f = 0.0;
            *s = 1.0;
            return;
        }
        z = (log(x) - d->p1) / d->p2;
        break;
    case TW_SHAPE_UNIFORM:
    case TW_SHAPE_LOGUNIFORM: {
        const int log_scale = d->shape == TW_SHAPE_LOGUNIFORM;
        const double lo = d->lo, hi = d->hi;
        if (x <= lo || x >= hi) {
            *f = x <= lo ? 0.0 : 1.0;
            *s = 1.0 - *f;
            return;
        }
        const double v = log_scale ? log(x) : x;
        *f = (v - d->p1) / (d->p2 - d->p1);
        *s = (d->p2 - v) / (d->p2 - d->p1);
        return;
    }
    case TW_SHAPE_TRIANGULAR: {
        const double a = d->p1, c = d->p2, b = d->p3;
        if (x <= a || x >= b) {
            *f = x <= a ? 0.0 : 1.0;
            *s = 1.0 - *f;
            return;
        }
        if (x < c) {
            *f = (x - a) / (b - a) * ((x - a) / (c - a));
            *s = 1.0 - *f;
        } else {
            *s = (b - x) / (b - a) * ((b - x) / (b - c));
            *f = 1.0 - *s;
        }
        return;
    }
    case TW_SHAPE_METALOG:
        metalog_cdf(d, x, f, s);
        return;
    default: /* TW_SHAPE_LOGMETALOG */
        if (x <= 0.0) {
            *f = 0.0;
            *s = 1.0;
            return;
        }
        metalog_cdf(d, log(x), f, s);
        return;
    }
    *f = 0.5 * erfc(-z * SQRT1_2);
    *s = 0.5 * erfc(z * SQRT1_2);
}

/* ---- names and messages ------------------------------------------------- */

static const char *const shape_names[TW_SHAPE_COUNT] = {
    "default", "normal", "lognormal", "uniform", "loguniform", "triangular",
    "metalog", "log-metalog"};

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

int tw_shape_parse(const char *name, tw_shape *shape)
{
    *shape = TW_SHAPE_DEFAULT;
    if (!name || !name[0])
        return TW_OK;
    /* the names a user may type: the metalogs are chosen by likely */
    for (int s = TW_SHAPE_NORMAL; s <= TW_SHAPE_TRIANGULAR; s++) {
        const char *a = name, *b = shape_names[s];
        while (*b && ascii_lower(*a) == *b)
            a++, b++;
        if (!*a && !*b) {
            *shape = (tw_shape)s;
            return TW_OK;
        }
    }
    return TW_ENOTFOUND;
}

const char *tw_shape_name(int shape)
{
    return shape >= 0 && shape < TW_SHAPE_COUNT ? shape_names[shape] : "unknown";
}

const char *tw_dist_problem_text(int problem)
{
    switch (problem) {
    case TW_DIST_OK: return "a valid distribution";
    case TW_DIST_NOT_FINITE: return "lo and hi must be numbers; likely, min and max numbers or empty";
    case TW_DIST_LO_NOT_BELOW_HI: return "lo must be less than hi";
    case TW_DIST_LOG_NONPOSITIVE: return "a log shape needs lo > 0";
    case TW_DIST_LIKELY_OUTSIDE: return "likely must lie strictly between lo and hi";
    case TW_DIST_LIKELY_NEEDED: return "the triangular shape needs likely";
    case TW_DIST_LIKELY_UNUSED: return "this shape takes no likely value";
    case TW_DIST_UNKNOWN_SHAPE:
        return "unknown shape (normal, lognormal, uniform, loguniform, triangular)";
    case TW_DIST_MIN_NOT_BELOW_MAX: return "min must be less than max";
    case TW_DIST_NO_MASS: return "min and max leave none of the distribution";
    case TW_DIST_METALOG_INFEASIBLE:
        return "no distribution has these three percentiles: likely is too close to lo or hi";
    case TW_DIST_TOO_NARROW: return "lo and hi are too close together";
    case TW_DIST_TOO_WIDE: return "lo and hi are too far apart";
    default: return "unknown problem";
    }
}

/* ---- construction ------------------------------------------------------- */

static int refuse(tw_dist *d, tw_dist_problem problem)
{
    d->shape = TW_SHAPE_DEFAULT;
    d->problem = problem;
    d->lo = d->hi = d->likely = d->min = d->max = NAN;
    d->p1 = d->p2 = d->p3 = NAN;
    d->f_min = d->s_min = d->f_max = d->s_max = d->mass = NAN;
    return TW_EDOM;
}

/* The metalog's coefficients through (q5, q50, q95), or a problem. */
static tw_dist_problem metalog_fit(tw_dist *d, double q5, double q50, double q95)
{
    d->p1 = q50;
    d->p2 = (q95 - q5) / (2.0 * LN19);
    d->p3 = (q95 - 2.0 * q50 + q5) / (0.9 * LN19);
    if (!(d->p2 > 0.0) || !isfinite(d->p2) || !isfinite(d->p3))
        return isfinite(d->p2) ? TW_DIST_TOO_NARROW : TW_DIST_TOO_WIDE;
    if (!(fabs(d->p3) < TW_METALOG3_RATIO_MAX * d->p2))
        return TW_DIST_METALOG_INFEASIBLE;
    return TW_DIST_OK;
}

/* The parameters of a shape, or a problem. */
static tw_dist_problem fit(tw_dist *d)
{
    const double lo = d->lo, hi = d->hi;
    switch (d->shape) {
    case TW_SHAPE_NORMAL:
        d->p1 = 0.5 * lo + 0.5 * hi;
        d->p2 = hi / (2.0 * Z95) - lo / (2.0 * Z95);
        return d->p2 > 0.0 ? TW_DIST_OK : TW_DIST_TOO_NARROW;
    case TW_SHAPE_LOGNORMAL:
        d->p1 = 0.5 * log(lo) + 0.5 * log(hi);
        d->p2 = (log(hi) - log(lo)) / (2.0 * Z95);
        return d->p2 > 0.0 ? TW_DIST_OK : TW_DIST_TOO_NARROW;
    case TW_SHAPE_UNIFORM:
        d->p1 = lo;
        d->p2 = hi;
        return TW_DIST_OK;
    case TW_SHAPE_LOGUNIFORM:
        d->p1 = log(lo);
        d->p2 = log(hi);
        return d->p2 > d->p1 ? TW_DIST_OK : TW_DIST_TOO_NARROW;
    case TW_SHAPE_TRIANGULAR:
        d->p1 = lo;
        d->p2 = d->likely;
        d->p3 = hi;
        return TW_DIST_OK;
    case TW_SHAPE_METALOG: return metalog_fit(d, lo, d->likely, hi);
    default: return metalog_fit(d, log(lo), log(d->likely), log(hi)); /* log-metalog */
    }
}

/* The shape the arguments ask for, or a problem. */
static tw_dist_problem choose_shape(tw_shape asked, double lo, int has_likely, tw_shape *shape)
{
    switch (asked) {
    case TW_SHAPE_DEFAULT:
        *shape = has_likely ? (lo > 0.0 ? TW_SHAPE_LOGMETALOG : TW_SHAPE_METALOG)
                            : (lo > 0.0 ? TW_SHAPE_LOGNORMAL : TW_SHAPE_NORMAL);
        return TW_DIST_OK;
    case TW_SHAPE_TRIANGULAR:
        *shape = asked;
        return has_likely ? TW_DIST_OK : TW_DIST_LIKELY_NEEDED;
    default:
        *shape = asked;
        if (has_likely)
            return TW_DIST_LIKELY_UNUSED;
        if ((asked == TW_SHAPE_LOGNORMAL || asked == TW_SHAPE_LOGUNIFORM) && !(lo > 0.0))
            return TW_DIST_LOG_NONPOSITIVE;
        return TW_DIST_OK;
    }
}

int tw_dist_make(double lo, double hi, double likely, const char *shape,
                 double min, double max, tw_dist *d)
{
    const int has_likely = !isnan(likely), has_min = !isnan(min), has_max = !isnan(max);
    if (!isfinite(lo) || !isfinite(hi) || (has_likely && !isfinite(likely))
        || (has_min && !isfinite(min)) || (has_max && !isfinite(max)))
        return refuse(d, TW_DIST_NOT_FINITE);
    if (!(lo < hi))
        return refuse(d, TW_DIST_LO_NOT_BELOW_HI);
    if (!isfinite(hi - lo))
        return refuse(d, TW_DIST_TOO_WIDE);
    if (has_likely && !(lo < likely && likely < hi))
        return refuse(d, TW_DIST_LIKELY_OUTSIDE);
    tw_shape asked;
    if (tw_shape_parse(shape, &asked) != TW_OK)
        return refuse(d, TW_DIST_UNKNOWN_SHAPE);
    if (has_min && has_max && !(min < max))
        return refuse(d, TW_DIST_MIN_NOT_BELOW_MAX);

    tw_shape chosen;
    tw_dist_problem problem = choose_shape(asked, lo, has_likely, &chosen);
    if (problem != TW_DIST_OK)
        return refuse(d, problem);
    d->shape = chosen;
    d->problem = TW_DIST_OK;
    d->lo = lo;
    d->hi = hi;
    d->likely = has_likely ? likely : NAN;
    d->min = has_min ? min : -HUGE_VAL;
    d->max = has_max ? max : HUGE_VAL;
    d->p1 = d->p2 = d->p3 = NAN;
    problem = fit(d);
    if (problem != TW_DIST_OK)
        return refuse(d, problem);

    d->f_min = 0.0;
    d->s_min = 1.0;
    d->f_max = 1.0;
    d->s_max = 0.0;
    if (has_min)
        shape_cdf(d, min, &d->f_min, &d->s_min);
    if (has_max)
        shape_cdf(d, max, &d->f_max, &d->s_max);
    /* the difference of the two small tails is the accurate one */
    d->mass = d->f_min > 0.5 ? d->s_min - d->s_max : d->f_max - d->f_min;
    if (!(d->mass > 0.0))
        return refuse(d, TW_DIST_NO_MASS);
    return TW_OK;
}

/* ---- reading ------------------------------------------------------------ */

static int made(const tw_dist *d)
{
    return d && d->problem == TW_DIST_OK && d->shape > TW_SHAPE_DEFAULT
           && d->shape < TW_SHAPE_COUNT;
}

int tw_dist_quantile(const tw_dist *d, double u, double *x)
{
    if (!made(d) || !(u > 0.0 && u < 1.0)) {
        *x = NAN;
        return TW_EDOM;
    }
    /* the same point as a lower and as an upper tail probability */
    const double below = d->f_min + u * d->mass;
    const double above = d->s_min - u * d->mass;
    double v = below <= 0.5 ? shape_quantile(d, below > 0.0 ? below : 0.0, 0)
                            : shape_quantile(d, above > 0.0 ? above : 0.0, 1);
    if (v < d->min)
        v = d->min;
    if (v > d->max)
        v = d->max;
    if (!isfinite(v)) {
        *x = NAN;
        return TW_EOVERFLOW;
    }
    *x = v;
    return TW_OK;
}

int tw_dist_quantiles(const tw_dist *d, const double *u, size_t n, double *x)
{
    int first = TW_OK;
    for (size_t i = 0; i < n; i++) {
        const int s = tw_dist_quantile(d, u[i], &x[i]);
        if (s != TW_OK && first == TW_OK)
            first = s;
    }
    return first;
}

int tw_dist_median(const tw_dist *d, double *x)
{
    if (made(d) && d->f_min == 0.0 && d->s_max == 0.0) {
        /* untruncated: the exact forms */
        switch (d->shape) {
        case TW_SHAPE_NORMAL: *x = d->p1; return TW_OK;
        case TW_SHAPE_METALOG: *x = d->likely; return TW_OK;
        case TW_SHAPE_LOGMETALOG: *x = d->likely; return TW_OK;
        case TW_SHAPE_UNIFORM: *x = 0.5 * d->lo + 0.5 * d->hi; return TW_OK;
        default: break;
        }
    }
    return tw_dist_quantile(d, 0.5, x);
}

int tw_dist_cdf(const tw_dist *d, double x, double *p)
{
    if (!made(d) || isnan(x)) {
        *p = NAN;
        return TW_EDOM;
    }
    if (x < d->min || x >= d->max) {
        *p = x < d->min ? 0.0 : 1.0;
        return TW_OK;
    }
    double f, s;
    shape_cdf(d, x, &f, &s);
    double v = d->f_min > 0.5 ? (d->s_min - s) / d->mass : (f - d->f_min) / d->mass;
    *p = v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
    return TW_OK;
}
