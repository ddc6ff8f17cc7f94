/* The core is safe to call from several threads at once (Calc may): every
 * public function is called by THREADS threads at the same time, ROUNDS
 * times over a fixed set of inputs, and each result must equal the one
 * computed on one thread first (bitwise, text and pointers included).
 * Built with ThreadSanitizer (mk/robustness.mk), which also fails the run
 * on any data race. Exits 1 on a mismatch. */
#define _POSIX_C_SOURCE 200809L

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/tokwatt.h"

#define THREADS 8
#define ROUNDS 500

/* ---- what one call returns ---------------------------------------------- */

#define MAX_VALUES 24 /* tw_cohort: 8 cohorts x 3 */

typedef struct {
    int status;
    int n;                     /* values used */
    double v[MAX_VALUES];
    const void *ptr;           /* a returned pointer (static data) */
    char text[TW_CATALOG_TEXT_MAX];
} result;

static int same_result(const result *a, const result *b)
{
    return a->status == b->status && a->n == b->n
           && memcmp(a->v, b->v, (size_t)a->n * sizeof a->v[0]) == 0 && a->ptr == b->ptr
           && strcmp(a->text, b->text) == 0;
}

/* ---- the fixed inputs --------------------------------------------------- */

/* Argument tuples for the scalar functions of tw_functions (each takes
 * the first n_args): worked examples, zeros, underflows, overflows and
 * every kind of bad value, so OK, TW_EDOM and TW_EOVERFLOW paths all run
 * concurrently. */
static const double tuples[][TW_MAX_SCALAR_ARGS] = {
    {1e6, 5.6, 480e9, 8e9, 365.0, 0.01},
    {326.0, 5e-4, 100.0, 8.0e9, 365.0, 0.01},
    {350.0, 1.15, 0.10, 1.0, 1.0, 1.0},
    {300.0, 12.0, 1.8, 1.0, 1.0, 1.0},
    {500.0, 10000.0, 7500.0, 3.6, 0.1, 0.01},
    {1e-300, 1e-300, 0.0, 1.0, 1.0, 1.0},
    {1e300, 1e300, 1e-300, 1.0, 1.0, 1.0},
    {DBL_MAX, 1e-10, DBL_MAX, DBL_TRUE_MIN, 1.0, 1.0},
    {NAN, 1.0, 1.0, 1.0, 1.0, 1.0},
    {1.0, -1.0, 1.0, 1.0, 1.0, 1.0},
    {1.0, 1.0, 1.0, INFINITY, 1.0, 1.0},
    {0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
    {-0.0, 1.0, 2.0, 3.0, 4.0, 5.0},
};
#define TUPLES (sizeof tuples / sizeof tuples[0])
#define SCALARS TW_FN_COUNT

static const tw_cache caches[] = {
    {0.05, 0.20, 0.75, 0.10, 0.01},
    {0.02, 0.08, 0.90, 0.10, 0.01},
    {0.05, 0.20, 0.75 + 2e-9, 0.10, 0.01}, /* TW_ESUM */
    {0.0, 1.0, 0.0, DBL_MAX, 0.01},
    {0.0, 1.0, 0.0, DBL_MAX, 1e300},       /* TW_EOVERFLOW via tw_eeff */
    {NAN, 0.5, 0.5, 0.1, 0.01},
};
#define CACHES (sizeof caches / sizeof caches[0])

static const char *const names[] = {
    "A100", "H100", "h100", "H100_PCIe", "H200", "B200", "GB200", "MI300X",
    "us_household", "HOOVER_DAM", "nuclear_unit", "us_electricity",
    "world_electricity", "world_primary_energy", "sunlight_toa",
    "realistic", "Peter", "pessimistic", "grid_world", "GRID_france",
    "water_onsite_us", "water_offsite_world", "gemini_median_prompt_2025",
    "mistral_large2_lechat_2025", "epoch_gpt4o_query_2025", "H300", "", NULL,
};
#define NAMES (sizeof names / sizeof names[0])

static const char *const fields[] = {
    "tdp_w", "tokens_per_s", "power_w", "alpha_o", "alpha_m", "alpha_h",
    "beta_m", "BETA_H", "g_per_kwh", "l_per_kwh", "wh", "GCO2E", "ml_water",
    "output_tokens", "input_tokens", "watts", NULL,
};
#define FIELDS (sizeof fields / sizeof fields[0])

static const double loads[] = {64.9e3, 1.33e9, 4.0e9, 2.64e11, 1.79e13, 4.4e14,
                               0.0, DBL_TRUE_MIN, DBL_MAX, -1.0, NAN};
#define LOADS (sizeof loads / sizeof loads[0])

static const size_t sizes[] = {TW_CATALOG_TEXT_MAX, 64, 16, 1, 0};
#define SIZES (sizeof sizes / sizeof sizes[0])

/* UNCERTAIN's arguments (lo, hi, likely, shape, min, max): every shape,
 * truncated ones and refusals; each is read at every u of dist_us. */
static const struct {
    double lo, hi, likely;
    const char *shape;
    double min, max;
} dists[] = {
    {2, 50, NAN, NULL, NAN, NAN},           {-3, 7, NAN, NULL, NAN, NAN},
    {-2, 5, NAN, "uniform", NAN, NAN},      {0.1, 1000, NAN, "loguniform", NAN, NAN},
    {1, 10, 3, "triangular", NAN, NAN},     {-5, 20, 3, NULL, NAN, NAN},
    {0.4, 0.9, 0.8, NULL, NAN, 1},          {0.4, 0.9, NAN, "normal", 0, 1},
    {-3, 7, NAN, NULL, 15, 16},             {-5, 20, 3, NULL, 0, 30},
    {1, 3, 2, "normal", NAN, NAN},          {0, 1, 0.1248, NULL, NAN, NAN},
    {5, 5, NAN, NULL, NAN, NAN},
};
#define DISTS (sizeof dists / sizeof dists[0])

static const double dist_us[] = {1e-300, 1e-9, 0.05, 0.3, 0.5, 0.7, 0.95, 1.0 - 1e-12,
                                 0.0, NAN};
#define DIST_US (sizeof dist_us / sizeof dist_us[0])

/* 3 x 3 correlation matrices: valid, and refused for each reason. */
static const double matrices[][9] = {
    {1, 0.6, -0.3, 0.6, 1, 0.2, -0.3, 0.2, 1},
    {1, 0, 0, 0, 1, 0, 0, 0, 1},
    {1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1},
    {1, 0.7, 0.7, 0.7, 1, -0.019, 0.7, -0.019, 1},
    {1, 0.5, 0, 0.4, 1, 0, 0, 0, 1},
    {1, 1.5, 0, 1.5, 1, 0, 0, 0, 1},
    {1, NAN, 0, NAN, 1, 0, 0, 0, 1},
};
#define MATRICES (sizeof matrices / sizeof matrices[0])

/* ---- the calls ---------------------------------------------------------- */

/* Every call is (kind, i): i indexes the kind's inputs. */
enum {
    C_SCALAR, C_ETOK, C_CACHE_RESOLVE, C_CACHEFACTOR, C_EEFF, C_COHORT,
    C_STRERROR, C_CATALOG, C_KIND_NAME, C_PRESET_VALUE, C_GPU_FIELD,
    C_CACHE_FIELD, C_POWERREF, C_CACHE_PRESET, C_PRESETINFO, C_POWERSCALE,
    C_POWERCOMPARE, C_GRID, C_WATER, C_DISCLOSURE, C_DIST, C_NORMAL_QUANTILE,
    C_HDR, C_LHS, C_CORR_CHECK, C_IMAN_CONOVER, C_PERCENTILE, C_RANKS, C_MOMENTS, KINDS
};

static int inputs_of(int kind)
{
    switch (kind) {
    case C_SCALAR: return SCALARS * (int)TUPLES;
    case C_ETOK: return 5;
    case C_CACHE_RESOLVE: return 32;
    case C_CACHEFACTOR:
    case C_EEFF: return (int)CACHES;
    case C_COHORT: return 4;
    case C_STRERROR:
    case C_KIND_NAME: return TW_STATUS_COUNT + 2;
    case C_CATALOG: return (int)tw_catalog_count() + 1;
    case C_PRESET_VALUE:
    case C_GPU_FIELD:
    case C_CACHE_FIELD:
    case C_DISCLOSURE: return (int)(NAMES * FIELDS);
    case C_POWERREF:
    case C_CACHE_PRESET:
    case C_GRID:
    case C_WATER: return (int)NAMES;
    case C_PRESETINFO: return (int)(NAMES * SIZES);
    case C_POWERSCALE: return (int)LOADS;
    case C_DIST: return (int)(DISTS * DIST_US);
    case C_NORMAL_QUANTILE: return (int)DIST_US;
    case C_HDR: return 24;
    case C_LHS:
    case C_IMAN_CONOVER: return 8;
    case C_CORR_CHECK: return (int)MATRICES;
    case C_PERCENTILE:
    case C_RANKS:
    case C_MOMENTS: return (int)DIST_US;
    default: return (int)(LOADS * 4 * SIZES); /* C_POWERCOMPARE */
    }
}

static void run_etok(int i, result *r)
{
    static const double tdp[] = {700.0, 1000.0, 1e300}, tps[] = {200.0, 600.0, 1e-300};
    static const double share[] = {0.5, 0.5, 0.0}, off[] = {0.5, 0.5 + 3e-9, 0.0};
    r->n = 1;
    switch (i) {
    case 0: r->status = tw_etok(tdp, 2, tps, 2, NULL, 0, 1.4, r->v); break;
    case 1: r->status = tw_etok(tdp, 3, tps, 3, share, 3, 1.4, r->v); break;
    case 2: r->status = tw_etok(tdp, 2, tps, 2, off, 2, 1.4, r->v); break;
    case 3: r->status = tw_etok(tdp, 3, tps, 3, NULL, 0, 1.4, r->v); break;
    default: r->status = tw_etok(tdp, 2, tps, 1, NULL, 0, 1.4, r->v); break;
    }
}

static void run_cohort(int i, result *r)
{
    static const double users[] = {25e3, 1e300, 75e3, 1, 2, 3, 4, 5};
    static const double grids[] = {480e9, 1e-300, 480e9, 1, 1, 1, 1, 1};
    static const double bad[] = {25e3, -1.0};
    double *p = r->v, *g = r->v + 8, *k = r->v + 16;
    r->n = MAX_VALUES;
    switch (i) {
    case 0: r->status = tw_cohort(users, 8, 64.9e3, grids, 1, p, g, k); break;
    case 1: r->status = tw_cohort(users, 8, 1e10, grids, 8, p, g, k); break;
    case 2: r->status = tw_cohort(bad, 2, 64.9e3, grids, 1, p, g, k); break;
    default: r->status = tw_cohort(users, 8, 64.9e3, grids, 3, p, g, k); break;
    }
}

static void run_dist(int i, result *r)
{
    const int di = i / (int)DIST_US;
    const double u = dist_us[i % DIST_US];
    tw_dist d;
    r->status = tw_dist_make(dists[di].lo, dists[di].hi, dists[di].likely, dists[di].shape,
                             dists[di].min, dists[di].max, &d);
    r->n = 4;
    r->v[0] = d.problem;
    const int sq = tw_dist_quantile(&d, u, &r->v[1]);
    const int sm = tw_dist_median(&d, &r->v[2]);
    const int sc = tw_dist_cdf(&d, u, &r->v[3]);
    r->status = r->status * 64 + sq * 16 + sm * 4 + sc;
}

/* Sampling: HDR draws, LHS columns, Iman-Conover on 8 x 3 columns. */
static void run_sampling(int kind, int i, result *r)
{
    const tw_hdr_stream s = {(uint32_t)(i % 3 + 1), (uint32_t)(i / 3 + 1), 0, 0};
    switch (kind) {
    case C_HDR:
        r->n = 1;
        r->status = tw_hdr_uniform(&s, (uint32_t)(i * 1000003 % 100000007), r->v);
        break;
    case C_LHS:
        r->n = MAX_VALUES;
        r->status = tw_lhs_uniforms(&s, (size_t)(i + 16), r->v) * 64
                    + tw_hdr_uniforms(&s, 7, r->v + 16) * 8
                    + tw_lhs_point((double)(1u << 21), i % 2 ? 0x1p-33 : 1.0 - 0x1p-33,
                                   (1u << 21) + 3 - (size_t)i, &r->v[23]);
        break;
    case C_CORR_CHECK: {
        double work[18];
        tw_corr_check_result res;
        r->status = tw_corr_check(matrices[i], 3, work, sizeof work, &res);
        r->n = 3;
        r->v[0] = res.problem;
        r->v[1] = (double)res.row;
        r->v[2] = (double)res.col;
        break;
    }
    default: { /* C_IMAN_CONOVER */
        r->n = MAX_VALUES;
        for (int j = 0; j < 3; j++) {
            const tw_hdr_stream sj = {(uint32_t)(j + 1), (uint32_t)(i + 1), 0, 0};
            tw_lhs_uniforms(&sj, 8, r->v + 8 * j);
        }
        const size_t size = tw_iman_conover_work_size(8, 3);
        void *work = malloc(size);
        r->status = tw_iman_conover(r->v, 8, 3, matrices[i % MATRICES], work, size, NULL);
        free(work);
        break;
    }
    }
}

/* Statistics of a fixed sample (with ties), at percentile dist_us[i]. */
static void run_statistics(int kind, int i, result *r)
{
    static const double sorted[] = {-2, -1, 0, 0, 1, 1.5, 3, 8};
    static const double y[] = {3, 1, 4, 1, 5, 9, 2, 6};
    const size_t n = sizeof sorted / sizeof sorted[0];
    switch (kind) {
    case C_PERCENTILE:
        r->n = 1;
        r->status = tw_percentile_sorted(sorted, n - (size_t)(i % 3), dist_us[i], r->v);
        break;
    case C_RANKS: {
        double work[64]; /* 512 bytes, aligned for the keyed pairs */
        const size_t m = n - (size_t)(i % 7);
        r->n = (int)n + 2;
        r->status = tw_ranks(y, m, r->v, work, sizeof work) * 64
                    + tw_spearman(sorted, y, m, work, sizeof work, &r->v[n]) * 8
                    + tw_pearson(sorted, y, m, &r->v[n + 1]);
        break;
    }
    default: { /* C_MOMENTS */
        const size_t m = n - (size_t)(i % 8);
        r->n = (int)n + 2;
        r->status = tw_mean(y, m, &r->v[0]) * 64 + tw_sd(y, m, &r->v[1]) * 8;
        memcpy(r->v + 2, y, n * sizeof y[0]);
        r->status += tw_sort(r->v + 2, m);
        break;
    }
    }
}

static void run(int kind, int i, result *r)
{
    r->status = -1;
    r->n = 0;
    memset(r->v, 0, sizeof r->v); /* what a call leaves unwritten compares equal */
    r->ptr = NULL;
    r->text[0] = '\0';
    switch (kind) {
    case C_SCALAR:
        r->n = 1;
        r->status = tw_function_call(&tw_functions[i % SCALARS], tuples[i / SCALARS], r->v);
        break;
    case C_GRID:
        r->n = 1;
        r->status = tw_grid_intensity(names[i], r->v);
        break;
    case C_WATER:
        r->n = 1;
        r->status = tw_water_factor(names[i], r->v);
        break;
    case C_DISCLOSURE:
        r->n = 1;
        r->status = tw_disclosure(names[i / FIELDS], fields[i % FIELDS], r->v);
        break;
    case C_ETOK: run_etok(i, r); break;
    case C_CACHE_RESOLVE: {
        const tw_cache c = tw_cache_resolve(&caches[1], (unsigned)i);
        r->n = 5;
        memcpy(r->v, (const double[5]){c.alpha_o, c.alpha_m, c.alpha_h, c.beta_m, c.beta_h},
               sizeof(double[5]));
        break;
    }
    case C_CACHEFACTOR:
        r->n = 1;
        r->status = tw_cachefactor(&caches[i], r->v);
        break;
    case C_EEFF:
        r->n = 1;
        r->status = tw_eeff(1.5, &caches[i], r->v);
        break;
    case C_COHORT: run_cohort(i, r); break;
    case C_DIST: run_dist(i, r); break;
    case C_NORMAL_QUANTILE:
        r->n = 1;
        r->status = tw_normal_quantile(dist_us[i], r->v);
        break;
    case C_HDR:
    case C_LHS:
    case C_CORR_CHECK:
    case C_IMAN_CONOVER: run_sampling(kind, i, r); break;
    case C_PERCENTILE:
    case C_RANKS:
    case C_MOMENTS: run_statistics(kind, i, r); break;
    case C_STRERROR: r->ptr = tw_strerror(i - 1); break;
    case C_KIND_NAME: r->ptr = tw_preset_kind_name(i - 1); break;
    case C_CATALOG: {
        const tw_preset *e = NULL;
        r->status = tw_catalog_entry((size_t)i, &e);
        r->ptr = e;
        r->n = 1;
        r->v[0] = (double)tw_catalog_count();
        break;
    }
    case C_PRESET_VALUE:
        r->n = 1;
        r->status = tw_preset_value(names[i / FIELDS], fields[i % FIELDS], r->v);
        break;
    case C_GPU_FIELD:
        r->n = 1;
        r->status = tw_gpu_field(names[i / FIELDS], fields[i % FIELDS], r->v);
        break;
    case C_CACHE_FIELD:
        r->n = 1;
        r->status = tw_cache_field(names[i / FIELDS], fields[i % FIELDS], r->v);
        break;
    case C_POWERREF:
        r->n = 1;
        r->status = tw_powerref(names[i], r->v);
        break;
    case C_CACHE_PRESET: {
        tw_cache c;
        r->status = tw_cache_preset(names[i], &c);
        r->n = 5;
        memcpy(r->v, (const double[5]){c.alpha_o, c.alpha_m, c.alpha_h, c.beta_m, c.beta_h},
               sizeof(double[5]));
        break;
    }
    case C_PRESETINFO:
        r->status = tw_presetinfo(names[i / SIZES], r->text, sizes[i % SIZES]);
        break;
    case C_POWERSCALE: {
        const char *ref = NULL;
        r->status = tw_powerscale(loads[i], &ref);
        r->ptr = ref;
        break;
    }
    default: { /* C_POWERCOMPARE */
        static const char *const refs[] = {NULL, "", "Hoover_Dam", "H100"};
        const int size_i = i % SIZES, rest = i / SIZES;
        r->status = tw_powercompare(loads[rest / 4], refs[rest % 4], r->text, sizes[size_i]);
        break;
    }
    }
}

/* ---- the run ------------------------------------------------------------ */

typedef struct {
    int kind, i;
} call;

static call *calls;
static result *want;
static int n_calls;
static pthread_barrier_t start;

typedef struct {
    int id;
    long mismatches;
    int first_bad; /* a call that differed, or -1 */
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    result *got = malloc(sizeof *got);
    pthread_barrier_wait(&start); /* all threads start together */
    for (int round = 0; round < ROUNDS; round++)
        for (int k = 0; k < n_calls; k++) {
            /* Each thread walks the calls from its own offset, so
             * different functions overlap as well as the same one. */
            const int c = (k + w->id * n_calls / THREADS) % n_calls;
            run(calls[c].kind, calls[c].i, got);
            if (!same_result(got, &want[c])) {
                w->mismatches++;
                if (w->first_bad < 0)
                    w->first_bad = c;
            }
        }
    free(got);
    return NULL;
}

int main(void)
{
    for (int kind = 0; kind < KINDS; kind++)
        n_calls += inputs_of(kind);
    calls = malloc((size_t)n_calls * sizeof *calls);
    want = malloc((size_t)n_calls * sizeof *want);
    int c = 0;
    for (int kind = 0; kind < KINDS; kind++)
        for (int i = 0; i < inputs_of(kind); i++) {
            calls[c] = (call){kind, i};
            run(kind, i, &want[c]); /* the single-threaded reference */
            c++;
        }

    pthread_t threads[THREADS];
    worker workers[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){t, 0, -1};
        if (pthread_create(&threads[t], NULL, work, &workers[t]) != 0) {
            fprintf(stderr, "threads: cannot start thread %d\n", t);
            return 1;
        }
    }
    long mismatches = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        mismatches += workers[t].mismatches;
        if (workers[t].first_bad >= 0)
            fprintf(stderr, "threads: thread %d: call %d (kind %d, input %d) differs\n", t,
                    workers[t].first_bad, calls[workers[t].first_bad].kind,
                    calls[workers[t].first_bad].i);
    }
    pthread_barrier_destroy(&start);
    printf("threads: %d threads x %d rounds x %d calls of every core function: "
           "%ld mismatches\n",
           THREADS, ROUNDS, n_calls, mismatches);
    free(calls);
    free(want);
    return mismatches ? 1 : 0;
}
