/* Statistics of a simulation's trials (tw_statistics.h) and the ordering
 * they share with sampling.c (tw_order.h).
 *
 * Sorting is the C library's qsort under a strict total order, so its
 * result does not depend on the library's algorithm. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "tw_order.h"
#include "tw_statistics.h"

static int keyed_cmp(const void *pa, const void *pb)
{
    const tw_keyed *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (signbit(a->key) != signbit(b->key)) /* -0 before +0 */
        return signbit(a->key) ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

void tw_order(tw_keyed *a, size_t n)
{
    if (n > 1)
        qsort(a, n, sizeof *a, keyed_cmp);
}

static int double_cmp(const void *pa, const void *pb)
{
    const double a = *(const double *)pa, b = *(const double *)pb;
    if (a != b)
        return a < b ? -1 : 1;
    return (int)(signbit(b) != 0) - (int)(signbit(a) != 0);
}

static int all_finite(const double *x, size_t n)
{
    if (!x)
        return n == 0;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return 0;
    return 1;
}

static void fill_nan(double *x, size_t n)
{
    if (x)
        for (size_t i = 0; i < n; i++)
            x[i] = NAN;
}

int tw_sort(double *x, size_t n)
{
    if (!all_finite(x, n))
        return TW_EDOM;
    if (n > 1)
        qsort(x, n, sizeof *x, double_cmp);
    return TW_OK;
}

int tw_percentile_sorted(const double *sorted, size_t n, double p, double *x)
{
    *x = NAN;
    if (n == 0)
        return TW_ESHAPE;
    if (!(p >= 0.0 && p <= 1.0) || !all_finite(sorted, n))
        return TW_EDOM;
    for (size_t i = 1; i < n; i++)
        if (sorted[i] < sorted[i - 1])
            return TW_EDOM;
    const double h = (double)(n - 1) * p;
    const double lower = floor(h);
    const size_t i = (size_t)lower;
    const double frac = h - lower;
    if (i >= n - 1 || frac == 0.0) {
        *x = sorted[i < n - 1 ? i : n - 1];
        return TW_OK;
    }
    const double v = sorted[i] + frac * (sorted[i + 1] - sorted[i]);
    if (!isfinite(v)) /* neighbours of opposite sign near DBL_MAX */
        return TW_EOVERFLOW;
    *x = v;
    return TW_OK;
}

size_t tw_ranks_work_size(size_t n) { return tw_size_mul(n, sizeof(tw_keyed)); }

/* Average ranks of x through the keyed work array a (n elements). */
static void average_ranks(const double *x, size_t n, double *ranks, tw_keyed *a)
{
    for (size_t i = 0; i < n; i++) {
        a[i].key = x[i];
        a[i].index = i;
    }
    tw_order(a, n);
    for (size_t start = 0; start < n;) {
        size_t end = start + 1; /* ties: equal keys, -0 == +0 */
        while (end < n && a[end].key == a[start].key)
            end++;
        /* ranks start+1 .. end, their average */
        const double r = 0.5 * ((double)start + 1.0 + (double)end);
        for (size_t j = start; j < end; j++)
            ranks[a[j].index] = r;
        start = end;
    }
}

int tw_ranks(const double *x, size_t n, double *ranks, void *work, size_t work_size)
{
    int s = TW_OK;
    if (n == 0)
        return TW_ESHAPE;
    if (!ranks || !x || !all_finite(x, n) || !tw_work_aligned(work))
        s = TW_EDOM;
    else if (work_size < tw_ranks_work_size(n))
        s = TW_EBUFSIZE;
    if (s != TW_OK) {
        fill_nan(ranks, n);
        return s;
    }
    average_ranks(x, n, ranks, work);
    return TW_OK;
}

/* The power of two 2^e with max |x| < 2^e (e = 0 for an all-zero array):
 * x / 2^e is exact and no sum of n such terms overflows. */
static int scale_exponent(const double *x, size_t n)
{
    double big = 0.0;
    for (size_t i = 0; i < n; i++)
        if (fabs(x[i]) > big)
            big = fabs(x[i]);
    int e = 0;
    if (big > 0.0)
        frexp(big, &e);
    return e;
}

/* Neumaier's compensated sum of x[i] * 2^-e. */
static double scaled_sum(const double *x, size_t n, int e)
{
    double sum = 0.0, c = 0.0;
    for (size_t i = 0; i < n; i++) {
        const double v = ldexp(x[i], -e);
        const double t = sum + v;
        c += fabs(sum) >= fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    return sum + c;
}

int tw_mean(const double *x, size_t n, double *m)
{
    *m = NAN;
    if (n == 0)
        return TW_ESHAPE;
    if (!all_finite(x, n))
        return TW_EDOM;
    const int e = scale_exponent(x, n);
    *m = ldexp(scaled_sum(x, n, e) / (double)n, e);
    return TW_OK;
}

/* sum (x/2^e - mean)^2 and the mean, in the scaled units. */
static double scaled_squares(const double *x, size_t n, int e, double *mean)
{
    *mean = scaled_sum(x, n, e) / (double)n;
    double ss = 0.0;
    for (size_t i = 0; i < n; i++) {
        const double d = ldexp(x[i], -e) - *mean;
        ss += d * d;
    }
    return ss;
}

int tw_sd(const double *x, size_t n, double *s)
{
    *s = NAN;
    if (n < 2)
        return TW_ESHAPE;
    if (!all_finite(x, n))
        return TW_EDOM;
    const int e = scale_exponent(x, n);
    double mean;
    const double ss = scaled_squares(x, n, e, &mean);
    const double v = ldexp(sqrt(ss / (double)(n - 1)), e);
    if (!isfinite(v)) /* a spread near DBL_MAX */
        return TW_EOVERFLOW;
    *s = v;
    return TW_OK;
}

int tw_pearson(const double *x, const double *y, size_t n, double *r)
{
    *r = NAN;
    if (n < 2)
        return TW_ESHAPE;
    if (!all_finite(x, n) || !all_finite(y, n))
        return TW_EDOM;
    const int ex = scale_exponent(x, n), ey = scale_exponent(y, n);
    double mx, my;
    const double sxx = scaled_squares(x, n, ex, &mx), syy = scaled_squares(y, n, ey, &my);
    if (!(sxx > 0.0) || !(syy > 0.0))
        return TW_EDOM;
    double sxy = 0.0;
    for (size_t i = 0; i < n; i++)
        sxy += (ldexp(x[i], -ex) - mx) * (ldexp(y[i], -ey) - my);
    double v = sxy / (sqrt(sxx) * sqrt(syy));
    *r = v > 1.0 ? 1.0 : v < -1.0 ? -1.0 : v;
    return TW_OK;
}

size_t tw_spearman_work_size(size_t n)
{
    return tw_size_add(tw_size_mul(tw_size_mul(n, 2), sizeof(double)), tw_ranks_work_size(n));
}

int tw_spearman(const double *x, const double *y, size_t n, void *work, size_t work_size,
                double *rho)
{
    *rho = NAN;
    if (n < 2)
        return TW_ESHAPE;
    if (!all_finite(x, n) || !all_finite(y, n) || !tw_work_aligned(work))
        return TW_EDOM;
    if (work_size < tw_spearman_work_size(n))
        return TW_EBUFSIZE;
    double *rx = work, *ry = rx + n;
    tw_keyed *a = (tw_keyed *)(ry + n);
    average_ranks(x, n, rx, a);
    average_ranks(y, n, ry, a);
    return tw_pearson(rx, ry, n, rho);
}
