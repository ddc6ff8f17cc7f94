/* Sampling the uncertain inputs of a simulation: a counter-based uniform
 * generator (trial i of input v is a pure function of the stream and i),
 * Latin hypercube sampling from it, and the Iman-Conover method that
 * imposes a rank-correlation matrix on the sampled columns.
 *
 * The generator is Hubbard Decision Research's HDR PRNG, version 2, the
 * generator of the SIPmath 3.0 standard (Probability Management; D. W.
 * Hubbard, "A Multi-Dimensional, Counter-Based Pseudo Random Number
 * Generator as a Standard for Monte Carlo Simulations", Proceedings of the
 * 2019 Winter Simulation Conference). With PM_Index the trial (1, 2, ...),
 * and its four IDs (Var_ID, Entity, Seed3, Seed4):
 *
 *   s1 = (PM_Index 2499997 + Var_ID 1800451 + Entity 2000371
 *         + Seed3 1796777 + Seed4 2299603) mod 7450589
 *   s2 = (PM_Index 2246527 + Var_ID 2399993 + Entity 2100869
 *         + Seed3 1918303 + Seed4 1624729) mod 7450987
 *   h1 = ((999999999999989 mod (s1 4658 + 7450581)) 383) mod 99991
 *   h2 = ((999999999999989 mod (s2 7580 + 7560584)) 17669) mod 7440893
 *   k  = ((h1 7440893 + h2) 1343) mod 2^32
 *   U  = (k + 1/2) / 2^32
 *
 * (the published Excel formula, =(MOD((MOD(MOD(999999999999989,MOD(...),
 * ...) + 0.5) / 4294967296). Every intermediate is an integer below 2^53,
 * so Excel's doubles and this file's 64-bit integers agree exactly, and a
 * tokwatt simulation draws the very numbers a SIPmath tool in Excel draws
 * for the same IDs. U takes 2^32 values in (0, 1), never 0 or 1.
 *
 * A suggested mapping for a workbook simulation: entity = the seed the
 * user gives (1 by default), var_id = the input's number (1, 2, ... in a
 * stable order), seed3 = seed4 = 0.
 *
 * Column layout: k columns of n trials are one array of n * k doubles,
 * column j (input j) at x[j * n .. j * n + n).
 *
 * Work space: functions that need scratch memory take work and its size in
 * bytes; the matching *_work_size function says how much (aligned as
 * malloc aligns: for double and size_t). Nothing is allocated; every
 * function is re-entrant and safe to call from any thread. */
#ifndef TW_SAMPLING_H
#define TW_SAMPLING_H

#include <stddef.h>
#include <stdint.h>

#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest ID and trial number the HDR generator takes (SIPmath's
 * range; it keeps every intermediate below 2^53). */
#define TW_HDR_ID_MAX 100000000u

/* One stream of the HDR generator: its four IDs, each 0..TW_HDR_ID_MAX. */
typedef struct {
    uint32_t var_id;
    uint32_t entity;
    uint32_t seed3;
    uint32_t seed4;
} tw_hdr_stream;

/* U = HDR(trial; stream), in (0, 1).
 *
 * With var_id 2, entity 10, seed3 3, seed4 4, trials 1, 2, 3 give
 * 0.18532938009593636, 0.9937039703363553, 0.09836426738183945 (the
 * reference values of the hdr-random package, Probability Management).
 *
 * trial   PM_Index, 0..TW_HDR_ID_MAX (SIPmath counts from 1)
 *
 * TW_EDOM  stream NULL, an ID or trial above TW_HDR_ID_MAX */
int tw_hdr_uniform(const tw_hdr_stream *stream, uint32_t trial, double *u);

/* u[i] = HDR(i + 1; stream) for i < n: plain Monte Carlo, SIPmath's trials
 * 1..n.
 * TW_EDOM   stream or u NULL, an ID above TW_HDR_ID_MAX
 * TW_ESHAPE n == 0 or n > TW_HDR_ID_MAX
 * On error u (when not NULL and n is in range) holds NaN. */
int tw_hdr_uniforms(const tw_hdr_stream *stream, size_t n, double *u);

/* The largest n of tw_lhs_uniforms: its trials go up to 2n. */
#define TW_LHS_MAX_TRIALS 50000000u

/* u[i] = (pi(i) + U_i) / n for i < n: a Latin hypercube column. pi is a
 * permutation of 0..n-1 (Fisher-Yates, R. A. Fisher and F. Yates 1938, as
 * Durstenfeld's Algorithm 235, 1964: for j = n-1 down to 1, swap pi(j)
 * with pi(floor(k_j (j + 1) / 2^32)), k_j the generator's integer at trial
 * n + 1 + j), and U_i = HDR(i + 1; stream), the very number plain Monte
 * Carlo draws for trial i, jitters trial i within its stratum. So each of
 * the n strata [s/n, (s+1)/n) holds exactly one u[i] (pi(i) = floor(n u[i])
 * exactly, rounding corrected), and u[i] is a pure function of the
 * stream, n and i. (M. D. McKay, R. J. Beckman, W. J. Conover, "A
 * Comparison of Three Methods for Selecting Values of Input Variables in
 * the Analysis of Output from a Computer Code", Technometrics 21(2), 1979.)
 *
 * TW_EDOM   stream or u NULL, an ID above TW_HDR_ID_MAX
 * TW_ESHAPE n == 0 or n > TW_LHS_MAX_TRIALS
 * On error u (when not NULL and n is in range) holds NaN. */
int tw_lhs_uniforms(const tw_hdr_stream *stream, size_t n, double *u);

/* u = (stratum + jitter) / n, the point tw_lhs_uniforms puts in a stratum,
 * moved by an ulp or two where rounding would take it out: always
 * stratum <= u n < stratum + 1 exactly, and 0 < u < 1.
 * TW_EDOM  n == 0 or n > TW_LHS_MAX_TRIALS, stratum not a whole number in
 *          [0, n), jitter outside (0, 1) */
int tw_lhs_point(double stratum, double jitter, size_t n, double *u);

/* Why a correlation matrix is refused (TW_CORR_OK when it is not), and
 * where: the first offending entry in row-major order. */
typedef enum {
    TW_CORR_OK,
    TW_CORR_NOT_FINITE,       /* an entry NaN or infinite */
    TW_CORR_OUT_OF_RANGE,     /* an entry outside [-1, 1] */
    TW_CORR_DIAGONAL,         /* a diagonal entry other than 1 */
    TW_CORR_NOT_SYMMETRIC,    /* entries (i, j) and (j, i) differ */
    TW_CORR_NOT_POSITIVE_DEFINITE, /* Cholesky fails at row `row` */
    TW_CORR_SCORES_NOT_POSITIVE_DEFINITE, /* positive definite, but the
                                 normal-score matrix 2 sin(pi r / 6) that
                                 gives these rank correlations is not */
    TW_CORR_PROBLEM_COUNT
} tw_corr_problem;

typedef struct {
    tw_corr_problem problem;
    size_t row, col; /* the entry (0-based); for positive definiteness the
                        row where Cholesky fails, col == row */
} tw_corr_check_result;

/* Tolerance of "symmetric" and "unit diagonal" (absolute), and the
 * smallest Cholesky pivot d_jj^2 accepted as positive definite. */
#define TW_CORR_TOL 1e-12
#define TW_CORR_PIVOT_MIN 1e-12

/* A short English message for a tw_corr_problem; never NULL. */
const char *tw_corr_problem_text(int problem);

/* The largest k of the correlation functions. */
#define TW_CORR_MAX_INPUTS 1024u

/* Bytes of work tw_corr_check needs for k inputs (2 k^2 doubles); 0 when
 * that does not fit a size_t. */
size_t tw_corr_check_work_size(size_t k);

/* Checks that corr (k x k, row-major) is a valid rank-correlation matrix:
 * finite entries in [-1, 1], 1 on the diagonal, symmetric (both within
 * TW_CORR_TOL), positive definite (Cholesky, every pivot at least
 * TW_CORR_PIVOT_MIN), and so is the normal-score matrix tw_iman_conover
 * imposes. result may be NULL; it names the first problem found, in the
 * order of the list above.
 *
 * TW_OK
 * TW_EDOM     corr NULL, work NULL or misaligned, or the matrix refused
 *             (result->problem says why)
 * TW_ESHAPE   k == 0 or k > TW_CORR_MAX_INPUTS
 * TW_EBUFSIZE work_size below tw_corr_check_work_size(k) */
int tw_corr_check(const double *corr, size_t k, void *work, size_t work_size,
                  tw_corr_check_result *result);

/* Bytes of work tw_iman_conover needs for n trials of k inputs; 0 when
 * that does not fit a size_t. */
size_t tw_iman_conover_work_size(size_t n, size_t k);

/* Reorders each column of x (n trials of k inputs, column layout) so that
 * the columns' rank correlations approach corr (k x k, row-major), with
 * the Iman-Conover method (R. L. Iman and W. J. Conover, "A
 * distribution-free approach to inducing rank correlation among input
 * variables", Communications in Statistics - Simulation and Computation
 * 11(3), 1982, 311-334):
 *   1. scores: column j of R holds the van der Waerden scores
 *      Phi^-1(r / (n + 1)), r = 1..n, in the rank order of x's column j
 *      (so R's columns are as randomly ordered as x's);
 *   2. target: C = 2 sin(pi corr / 6), the Pearson correlation of normal
 *      scores whose rank (Spearman) correlation is corr (K. Pearson 1907;
 *      W. Kruskal, JASA 53, 1958), Cholesky C = P P^T;
 *   3. correction: T, the correlation matrix of R, T = Q Q^T; R* = R
 *      (P Q^-1)^T then has correlation exactly C (Iman and Conover's
 *      Section 4; skipped, R* = R P^T, when T is singular, as with
 *      fewer trials than inputs);
 *   4. each column of x is rearranged so that its ranks are those of R*'s
 *      column (ties broken by trial number).
 * x's columns keep their values (each is permuted), so the marginals are
 * untouched; it works alike on uniforms before the quantile functions or
 * on the values after them. Time O(n k^2 + k n log n), memory linear in n.
 * At 10,000 trials the rank correlations lie within about 0.005 of corr.
 *
 * x       n * k finite doubles, reordered in place (unchanged on error)
 * corr    k x k, as tw_corr_check accepts
 * work    tw_iman_conover_work_size(n, k) bytes, aligned as malloc aligns
 * result  the matrix check's result; may be NULL
 *
 * TW_EDOM     x, corr or work NULL, x not finite or work misaligned, or
 *             the matrix refused (result->problem says why)
 * TW_ESHAPE   n == 0, k == 0, k > TW_CORR_MAX_INPUTS or n > TW_HDR_ID_MAX
 * TW_EBUFSIZE work_size below tw_iman_conover_work_size(n, k) */
int tw_iman_conover(double *x, size_t n, size_t k, const double *corr, void *work,
                    size_t work_size, tw_corr_check_result *result);

#ifdef __cplusplus
}
#endif

#endif
