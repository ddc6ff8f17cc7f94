/* The HDR generator, Latin hypercube columns and Iman-Conover
 * (tw_sampling.h). */
#include <math.h>
#include <string.h>

#include "tw_order.h"
#include "tw_sampling.h"
#include "tw_statistics.h"
#include "tw_uncertain.h"

#define TWO_POW_32 4294967296.0
#define PI 3.14159265358979323846

/* ---- the HDR generator, version 2 (SIPmath 3.0) ------------------------- */

static int stream_ok(const tw_hdr_stream *s)
{
    return s && s->var_id <= TW_HDR_ID_MAX && s->entity <= TW_HDR_ID_MAX
           && s->seed3 <= TW_HDR_ID_MAX && s->seed4 <= TW_HDR_ID_MAX;
}

/* k, the generator's integer in [0, 2^32), for a valid stream and trial. */
static uint32_t hdr_bits(const tw_hdr_stream *s, uint64_t trial)
{
    const uint64_t v = s->var_id, e = s->entity, s3 = s->seed3, s4 = s->seed4;
    const uint64_t s1 = (trial * 2499997u + v * 1800451u + e * 2000371u + s3 * 1796777u
                         + s4 * 2299603u) % 7450589u;
    const uint64_t s2 = (trial * 2246527u + v * 2399993u + e * 2100869u + s3 * 1918303u
                         + s4 * 1624729u) % 7450987u;
    const uint64_t big = 999999999999989u;
    const uint64_t h1 = (big % (s1 * 4658u + 7450581u)) * 383u % 99991u;
    const uint64_t h2 = (big % (s2 * 7580u + 7560584u)) * 17669u % 7440893u;
    return (uint32_t)((h1 * 7440893u + h2) * 1343u % 4294967296u);
}

static double hdr_u(uint32_t k) { return ((double)k + 0.5) / TWO_POW_32; }

int tw_hdr_uniform(const tw_hdr_stream *s, uint32_t trial, double *u)
{
    if (!stream_ok(s) || trial > TW_HDR_ID_MAX) {
        *u = NAN;
        return TW_EDOM;
    }
    *u = hdr_u(hdr_bits(s, trial));
    return TW_OK;
}

/* The common checks of the column functions; NaN in u on failure. */
static int column_args(const tw_hdr_stream *s, size_t n, size_t n_max, double *u)
{
    if (n == 0 || n > n_max)
        return TW_ESHAPE;
    if (!u)
        return TW_EDOM;
    if (!stream_ok(s)) {
        for (size_t i = 0; i < n; i++)
            u[i] = NAN;
        return TW_EDOM;
    }
    return TW_OK;
}

int tw_hdr_uniforms(const tw_hdr_stream *s, size_t n, double *u)
{
    const int status = column_args(s, n, TW_HDR_ID_MAX, u);
    if (status != TW_OK)
        return status;
    for (size_t i = 0; i < n; i++)
        u[i] = hdr_u(hdr_bits(s, i + 1));
    return TW_OK;
}

/* (stratum + jitter) / n, moved by an ulp or two where rounding took it out
 * of [stratum / n, (stratum + 1) / n). Rounding moves u n by at most
 * n 2^-52 (stratum + jitter rounds by n 2^-53 at most, the division by
 * 2^-53 of u <= 1); so only a jitter that close to 0 or 1 needs the exact
 * test, where fma gives the exact sign of u n - stratum. */
static double in_stratum(double stratum, double jitter, double n)
{
    double u = (stratum + jitter) / n;
    const double margin = n * 0x1p-50;
    if (jitter > margin && jitter < 1.0 - margin)
        return u;
    while (fma(u, n, -stratum) < 0.0)
        u = nextafter(u, 1.0);
    while (fma(u, n, -(stratum + 1.0)) >= 0.0)
        u = nextafter(u, 0.0);
    return u > 0.0 ? u : nextafter(0.0, 1.0);
}

int tw_lhs_point(double stratum, double jitter, size_t n, double *u)
{
    if (n == 0 || n > TW_LHS_MAX_TRIALS || !(stratum >= 0.0 && stratum < (double)n)
        || stratum != floor(stratum) || !(jitter > 0.0 && jitter < 1.0)) {
        *u = NAN;
        return TW_EDOM;
    }
    *u = in_stratum(stratum, jitter, (double)n);
    return TW_OK;
}

int tw_lhs_uniforms(const tw_hdr_stream *s, size_t n, double *u)
{
    const int status = column_args(s, n, TW_LHS_MAX_TRIALS, u);
    if (status != TW_OK)
        return status;
    /* The permutation, in u itself (integers below 2^53 are exact):
     * Durstenfeld's shuffle, the index by Lemire's multiply-shift. */
    for (size_t i = 0; i < n; i++)
        u[i] = (double)i;
    for (size_t j = n - 1; j >= 1; j--) {
        const uint64_t k = hdr_bits(s, (uint64_t)n + 1 + j);
        const size_t pick = (size_t)((k * (uint64_t)(j + 1)) >> 32);
        const double t = u[j];
        u[j] = u[pick];
        u[pick] = t;
    }
    for (size_t i = 0; i < n; i++)
        u[i] = in_stratum(u[i], hdr_u(hdr_bits(s, i + 1)), (double)n);
    return TW_OK;
}

/* ---- correlation matrices ----------------------------------------------- */

const char *tw_corr_problem_text(int problem)
{
    switch (problem) {
    case TW_CORR_OK: return "a valid correlation matrix";
    case TW_CORR_NOT_FINITE: return "an entry is not a number";
    case TW_CORR_OUT_OF_RANGE: return "an entry lies outside [-1, 1]";
    case TW_CORR_DIAGONAL: return "a diagonal entry is not 1";
    case TW_CORR_NOT_SYMMETRIC: return "the matrix is not symmetric";
    case TW_CORR_NOT_POSITIVE_DEFINITE:
        return "the matrix is not positive definite (these correlations contradict each other)";
    case TW_CORR_SCORES_NOT_POSITIVE_DEFINITE:
        return "the matrix is too close to singular to impose";
    default: return "unknown problem";
    }
}

/* Cholesky a = l l^T of the k x k a (row-major, lower triangle read); l
 * lower triangular, zero above the diagonal. Returns k on success, else
 * the row whose pivot is below TW_CORR_PIVOT_MIN. (Cholesky-Banachiewicz.) */
static size_t cholesky(const double *a, size_t k, double *l)
{
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j <= i; j++) {
            double sum = a[i * k + j];
            for (size_t m = 0; m < j; m++)
                sum -= l[i * k + m] * l[j * k + m];
            if (i == j) {
                if (!(sum >= TW_CORR_PIVOT_MIN))
                    return i;
                l[i * k + i] = sqrt(sum);
            } else {
                l[i * k + j] = sum / l[j * k + j];
            }
        }
        for (size_t j = i + 1; j < k; j++)
            l[i * k + j] = 0.0;
    }
    return k;
}

/* C = 2 sin(pi corr / 6): the normal scores' Pearson correlation whose
 * Spearman correlation is corr. */
static void normal_score_matrix(const double *corr, size_t k, double *c)
{
    for (size_t i = 0; i < k * k; i++)
        c[i] = 2.0 * sin(PI / 6.0 * corr[i]);
    for (size_t i = 0; i < k; i++)
        c[i * k + i] = 1.0;
}

static int set_result(tw_corr_check_result *r, tw_corr_problem p, size_t row, size_t col)
{
    if (r) {
        r->problem = p;
        r->row = row;
        r->col = col;
    }
    return p == TW_CORR_OK ? TW_OK : TW_EDOM;
}

/* The entry checks, then positive definiteness of corr and of its normal
 * scores' matrix; work holds 2 k^2 doubles: P, the Cholesky factor of
 * the normal-score matrix, at work[k^2 .. 2k^2). */
static int check_into(const double *corr, size_t k, double *work, tw_corr_check_result *r)
{
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++) {
            const double v = corr[i * k + j];
            if (!isfinite(v))
                return set_result(r, TW_CORR_NOT_FINITE, i, j);
            if (!(v >= -1.0 && v <= 1.0))
                return set_result(r, TW_CORR_OUT_OF_RANGE, i, j);
        }
    for (size_t i = 0; i < k; i++)
        if (!(fabs(corr[i * k + i] - 1.0) <= TW_CORR_TOL))
            return set_result(r, TW_CORR_DIAGONAL, i, i);
    for (size_t i = 0; i < k; i++)
        for (size_t j = i + 1; j < k; j++)
            if (!(fabs(corr[i * k + j] - corr[j * k + i]) <= TW_CORR_TOL))
                return set_result(r, TW_CORR_NOT_SYMMETRIC, i, j);
    size_t row = cholesky(corr, k, work);
    if (row < k)
        return set_result(r, TW_CORR_NOT_POSITIVE_DEFINITE, row, row);
    normal_score_matrix(corr, k, work);
    row = cholesky(work, k, work + k * k);
    if (row < k)
        return set_result(r, TW_CORR_SCORES_NOT_POSITIVE_DEFINITE, row, row);
    return set_result(r, TW_CORR_OK, 0, 0);
}

size_t tw_corr_check_work_size(size_t k)
{
    return tw_size_mul(tw_size_mul(tw_size_mul(k, k), 2), sizeof(double));
}

/* The checks common to tw_corr_check and tw_iman_conover before the
 * matrix is read. */
static int corr_args(const double *corr, size_t k, const void *work, tw_corr_check_result *r)
{
    set_result(r, TW_CORR_OK, 0, 0);
    if (k == 0 || k > TW_CORR_MAX_INPUTS)
        return TW_ESHAPE;
    if (!corr || !tw_work_aligned(work))
        return TW_EDOM;
    return TW_OK;
}

int tw_corr_check(const double *corr, size_t k, void *work, size_t work_size,
                  tw_corr_check_result *result)
{
    const int s = corr_args(corr, k, work, result);
    if (s != TW_OK)
        return s;
    if (work_size < tw_corr_check_work_size(k))
        return TW_EBUFSIZE;
    return check_into(corr, k, work, result);
}

/* ---- Iman-Conover -------------------------------------------------------- */

/* The work's parts, in doubles: the scores (n), the score matrix R
 * (n x k, row-major), a sorted column (n), the matrices (C and P of the
 * check, T, Q, S: 5 k^2), a row (k); then n keyed elements. */
static size_t ic_doubles(size_t n, size_t k)
{
    const size_t kk = tw_size_mul(k, k);
    size_t d = tw_size_mul(n, k);
    d = tw_size_add(d, tw_size_mul(n, 2));
    d = tw_size_add(d, tw_size_mul(kk, 5));
    return tw_size_add(d, k);
}

size_t tw_iman_conover_work_size(size_t n, size_t k)
{
    const size_t d = ic_doubles(n, k);
    return tw_size_add(tw_size_mul(d, sizeof(double)), tw_size_mul(n, sizeof(tw_keyed)));
}

static int all_finite(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return 0;
    return 1;
}

/* S = P Q^-1, both lower triangular: S Q = P solved row by row, from
 * the last column back. */
static void right_divide(const double *p, const double *q, size_t k, double *s)
{
    for (size_t i = 0; i < k; i++)
        for (size_t jj = k; jj-- > 0;) {
            double sum = p[i * k + jj];
            for (size_t m = jj + 1; m < k; m++)
                sum -= s[i * k + m] * q[m * k + jj];
            s[i * k + jj] = sum / q[jj * k + jj];
        }
}

int tw_iman_conover(double *x, size_t n, size_t k, const double *corr, void *work,
                    size_t work_size, tw_corr_check_result *result)
{
    int status = corr_args(corr, k, work, result);
    if (status == TW_OK && (n == 0 || n > TW_HDR_ID_MAX))
        status = TW_ESHAPE;
    if (status != TW_OK)
        return status;
    if (!x)
        return TW_EDOM;
    const size_t need = tw_iman_conover_work_size(n, k);
    if (need == 0 || work_size < need)
        return TW_EBUFSIZE;
    if (!all_finite(x, n * k))
        return TW_EDOM;

    const size_t kk = k * k;
    double *scores = work, *r = scores + n, *column = r + n * k;
    double *c = column + n, *p = c + kk, *t = p + kk, *q = t + kk, *s = q + kk;
    double *row = s + kk;
    tw_keyed *order = (tw_keyed *)(row + k);
    status = check_into(corr, k, c, result); /* P at c + k^2 = p */
    if (status != TW_OK)
        return status;

    /* 1. van der Waerden scores, centred (their mean is 0 but for rounding) */
    double mean = 0.0;
    for (size_t i = 0; i < n; i++) {
        tw_normal_quantile((double)(i + 1) / (double)(n + 1), &scores[i]);
        mean += scores[i];
    }
    mean /= (double)n;
    double ss = 0.0;
    for (size_t i = 0; i < n; i++) {
        scores[i] -= mean;
        ss += scores[i] * scores[i];
    }
    /* ... in each column of R in the rank order of x's column */
    for (size_t j = 0; j < k; j++) {
        for (size_t i = 0; i < n; i++) {
            order[i].key = x[j * n + i];
            order[i].index = i;
        }
        tw_order(order, n);
        for (size_t rank = 0; rank < n; rank++)
            r[order[rank].index * k + j] = scores[rank];
    }

    /* 3. T, the correlation of R's columns (all share the variance ss) */
    memset(t, 0, kk * sizeof *t);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < k; j++)
            for (size_t l = 0; l < j; l++)
                t[j * k + l] += r[i * k + j] * r[i * k + l];
    for (size_t j = 0; j < k; j++) {
        t[j * k + j] = 1.0;
        for (size_t l = 0; l < j; l++)
            t[l * k + j] = t[j * k + l] = ss > 0.0 ? t[j * k + l] / ss : 0.0;
    }
    if (ss > 0.0 && cholesky(t, k, q) == k)
        right_divide(p, q, k, s); /* S = P Q^-1 */
    else
        memcpy(s, p, kk * sizeof *s); /* T singular: no correction */

    /* R* = R S^T, row by row (S lower triangular) */
    for (size_t i = 0; i < n; i++) {
        double *ri = r + i * k;
        for (size_t j = 0; j < k; j++) {
            double v = 0.0;
            for (size_t l = 0; l <= j; l++)
                v += s[j * k + l] * ri[l];
            row[j] = v;
        }
        memcpy(ri, row, k * sizeof *row);
    }

    /* 4. x's column j takes the rank order of R*'s column j */
    for (size_t j = 0; j < k; j++) {
        double *xj = x + j * n;
        for (size_t i = 0; i < n; i++) {
            order[i].key = r[i * k + j];
            order[i].index = i;
            column[i] = xj[i];
        }
        tw_order(order, n);
        tw_sort(column, n);
        for (size_t rank = 0; rank < n; rank++)
            xj[order[rank].index] = column[rank];
    }
    return TW_OK;
}
