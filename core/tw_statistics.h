/* Statistics of a simulation's trials: sorting, percentiles as Calc's
 * PERCENTILE computes them, average ranks, Pearson and Spearman
 * correlation, mean and standard deviation.
 *
 * Arrays hold finite doubles: a NaN or infinite element is TW_EDOM (the
 * office leaves failed trials out before it calls these). Functions that
 * need scratch memory take work and its size in bytes (see tw_sampling.h);
 * nothing is allocated, nothing is kept between calls. */
#ifndef TW_STATISTICS_H
#define TW_STATISTICS_H

#include <stddef.h>

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Sorts x[0..n) ascending in place (-0 before +0), O(n log n).
 * TW_EDOM   x NULL with n > 0, or an element not finite (x unchanged)
 * n == 0 is TW_OK. */
int tw_sort(double *x, size_t n);

/* The p-th percentile of sorted[0..n) (ascending), as Calc's PERCENTILE
 * and PERCENTILE.INC (and Excel's) define it: with h = (n - 1) p,
 * i = floor(h),
 *   x = sorted[i] + (h - i) (sorted[i + 1] - sorted[i])   (i < n - 1)
 *   x = sorted[n - 1]                                     (i = n - 1)
 * {1, 2, 3, 4} at 0.1 -> 1.3; at 0.5 -> 2.5; any array at 0 -> its least,
 * at 1 -> its greatest. (Calc rounds h to 15 significant digits before
 * taking floor(h); where that moves i, the two results differ by about
 * 1E-15 of a gap between neighbours.)
 *
 * p   0 <= p <= 1
 *
 * TW_EDOM   p outside [0, 1] or NaN, sorted NULL, an element not finite,
 *           or sorted not ascending (checked, O(n))
 * TW_ESHAPE n == 0
 * TW_EOVERFLOW the interpolation between neighbours near -DBL_MAX and
 *           DBL_MAX overflows */
int tw_percentile_sorted(const double *sorted, size_t n, double p, double *x);

/* Bytes of work tw_ranks needs for n elements; 0 when that does not fit. */
size_t tw_ranks_work_size(size_t n);

/* ranks[i] = the rank of x[i] among x[0..n), 1 for the least, n for the
 * greatest; tied elements share the average of the ranks they span
 * ({10, 20, 20, 30} -> {1, 2.5, 2.5, 4}), as Calc's RANK.AVG.
 * TW_EDOM     a pointer NULL, an element not finite, work misaligned
 * TW_ESHAPE   n == 0
 * TW_EBUFSIZE work_size below tw_ranks_work_size(n)
 * On error ranks (when not NULL) holds NaN. */
int tw_ranks(const double *x, size_t n, double *ranks, void *work, size_t work_size);

/* r = sum (x - mean x)(y - mean y) / sqrt(sum (x - mean x)^2 sum (y - mean y)^2),
 * Pearson's correlation, as Calc's CORREL; clamped to [-1, 1].
 * TW_EDOM   a pointer NULL, an element not finite, or x or y constant
 *           (the correlation is undefined; Calc gives #DIV/0!)
 * TW_ESHAPE n < 2 */
int tw_pearson(const double *x, const double *y, size_t n, double *r);

/* Bytes of work tw_spearman needs for n pairs; 0 when that does not fit. */
size_t tw_spearman_work_size(size_t n);

/* rho = Pearson's correlation of the average ranks of x and of y
 * (Spearman's rank correlation, ties handled by average ranks).
 * Statuses as tw_ranks and tw_pearson (constant x or y: TW_EDOM; n < 2:
 * TW_ESHAPE). */
int tw_spearman(const double *x, const double *y, size_t n, void *work, size_t work_size,
                double *rho);

/* m = sum x / n, compensated (Neumaier) and scaled by a power of two so
 * that no partial sum overflows: the mean of finite doubles is finite.
 * TW_EDOM x NULL or an element not finite; TW_ESHAPE n == 0. */
int tw_mean(const double *x, size_t n, double *m);

/* s = sqrt(sum (x - m)^2 / (n - 1)), the sample standard deviation, as
 * Calc's STDEV; two passes, scaled as tw_mean.
 * TW_EDOM x NULL or an element not finite; TW_ESHAPE n < 2;
 * TW_EOVERFLOW s does not fit a double ({DBL_MAX, -DBL_MAX}). */
int tw_sd(const double *x, size_t n, double *s);

#ifdef __cplusplus
}
#endif

#endif
