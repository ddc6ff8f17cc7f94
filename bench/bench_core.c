/* The core alone: nanoseconds per call of each C function of
 * libtokwatt-core.a, the median of REPS timed runs.
 *
 *   bench-core [--tsv] [--reps N] [--calls N]
 *
 * Every call takes its inputs from arrays of varied, valid values (so the
 * normal path is timed and nothing can be hoisted out of the loop: the core
 * is a separate library, the calls are not inlined), and every result and
 * status is summed into a volatile sink. The figure includes the loop, the
 * loads of the inputs and the call itself; the "empty call" row is that
 * overhead alone. Without --tsv it prints a table; with --tsv one line per
 * function, "name<TAB>ns<TAB>target<TAB>note<TAB>fastest ns" (target 1 when
 * the < 10 ns target applies), which bench-calc prints in the combined table.
 * Repetitions are interleaved (each times every function once), the figure
 * is the median, the fastest run is printed beside it. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/tokwatt.h"

#define N_IN 1024 /* a power of two: index i & (N_IN - 1) */
#define TARGET_NS 10.0
#define COHORT_N 1000

static double in_small[N_IN];   /* 0.1 .. 1.0: J per token, p_user */
static double in_share_o[N_IN]; /* alpha_o 0.02 .. 0.08 */
static double in_share_m[N_IN]; /* alpha_m 0.10 .. 0.30 */
static double in_share_h[N_IN]; /* 1 - alpha_o - alpha_m */
static double in_beta_m[N_IN];  /* 0.05 .. 0.15 */
static double in_beta_h[N_IN];  /* 0.005 .. 0.015 */
static double in_big[N_IN];     /* 1E9 .. 2E10: tokens per day, population */
static double in_watts[N_IN];   /* 1E11 .. 1E13: budgets, powers */
static double in_pue[N_IN];     /* 1.05 .. 1.5 */
static double in_mid[N_IN];     /* 200 .. 1000: W, K, TWh */
static double in_tps[N_IN];     /* 100 .. 800: tokens/s, bits, tokens per question */
static double in_users[N_IN];   /* 1E6 .. 1E9 */
static double in_wh[N_IN];      /* 1E-4 .. 1E-3 Wh per token */
static tw_cache in_cache[N_IN];
/* The scalar functions' arguments, from each argument's domain: argument i
 * lies in [1, 2) * 100 / 4^i (so a later count never exceeds an
 * earlier one: EREQUEST's cached <= input), a PUE in [1.05, 1.5). */
static double in_scalar[TW_MAX_SCALAR_ARGS][N_IN];
static double in_tdp2[N_IN][2], in_tps2[N_IN][2];
static double cohort_users[COHORT_N], cohort_p[COHORT_N], cohort_r[COHORT_N],
    cohort_k[COHORT_N];

static const char *const gpu_names[] = { "H100", "b200", "A100", "MI300X" };
static const char *const power_names[] = { "hoover_dam", "us_electricity", "nuclear_unit",
                                           "sunlight_toa" };
static const char *const cache_names[] = { "realistic", "peter", "pessimistic",
                                           "REALISTIC" };
static const char *const cache_fields[] = { "alpha_o", "alpha_m", "beta_h", "alpha_h" };

static volatile double sink;
static unsigned long failures;

static double uniform(unsigned *state)
{
    *state = *state * 1664525u + 1013904223u;
    return (*state >> 8) / 16777216.0;
}

static void make_inputs(void)
{
    unsigned s = 12345u;
    for (int i = 0; i < N_IN; i++) {
        in_small[i] = 0.1 + 0.9 * uniform(&s);
        in_share_o[i] = 0.02 + 0.06 * uniform(&s);
        in_share_m[i] = 0.10 + 0.20 * uniform(&s);
        in_share_h[i] = 1.0 - in_share_o[i] - in_share_m[i];
        in_beta_m[i] = 0.05 + 0.10 * uniform(&s);
        in_beta_h[i] = 0.005 + 0.01 * uniform(&s);
        in_big[i] = 1e9 + 1.9e10 * uniform(&s);
        in_watts[i] = 1e11 + 9.9e12 * uniform(&s);
        in_pue[i] = 1.05 + 0.45 * uniform(&s);
        in_mid[i] = 200.0 + 800.0 * uniform(&s);
        in_tps[i] = 100.0 + 700.0 * uniform(&s);
        in_users[i] = 1e6 + 1e9 * uniform(&s);
        in_wh[i] = 1e-4 + 9e-4 * uniform(&s);
        in_cache[i] = (tw_cache){ in_share_o[i], in_share_m[i], in_share_h[i], in_beta_m[i],
                                  in_beta_h[i] };
        in_tdp2[i][0] = in_mid[i];
        in_tdp2[i][1] = in_mid[i] + 300.0;
        in_tps2[i][0] = in_tps[i];
        in_tps2[i][1] = in_tps[i] + 200.0;
    }
    for (int i = 0; i < COHORT_N; i++)
        cohort_users[i] = in_users[i % N_IN];
    for (int a = 0; a < TW_MAX_SCALAR_ARGS; a++)
        for (int i = 0; i < N_IN; i++)
            in_scalar[a][i] = (1.0 + uniform(&s)) * 100.0 / (double)(1 << (2 * a));
}

/* The empty call: what the loop, the loads and a call cost without work. */
__attribute__((noinline)) static int empty_call(double a, double b, double *out)
{
    __asm__ volatile("" ::: "memory");
    *out = a + b;
    return TW_OK;
}

/* The function a bench of a scalar function times (set before its run). */
static const tw_function_info *scalar_fn;

/* One loop per function: BODY computes status `st` and result `out` from
 * index j. */
#define LOOP(BODY)                                                                         \
    double acc = 0.0;                                                                      \
    unsigned long bad = 0;                                                                 \
    for (size_t i = 0; i < calls; i++) {                                                   \
        const size_t j = i & (N_IN - 1);                                                   \
        double out;                                                                        \
        int st;                                                                            \
        BODY;                                                                              \
        bad += st != TW_OK;                                                                \
        acc += out;                                                                        \
    }                                                                                      \
    sink = acc;                                                                            \
    failures += bad;

static void b_empty(size_t calls) { LOOP(st = empty_call(in_small[j], in_big[j], &out)) }
static void b_etok1(size_t calls)
{
    LOOP(st = tw_etok(&in_mid[j], 1, &in_tps[j], 1, NULL, 0, in_pue[j], &out))
}
static void b_etok2(size_t calls)
{
    LOOP(st = tw_etok(in_tdp2[j], 2, in_tps2[j], 2, NULL, 0, in_pue[j], &out))
}
static void b_cache_resolve(size_t calls)
{
    LOOP(tw_cache c = tw_cache_resolve(&in_cache[j], 0x1Fu & (unsigned)j); st = TW_OK;
         out = c.alpha_o + c.beta_h)
}
static void b_cachefactor(size_t calls) { LOOP(st = tw_cachefactor(&in_cache[j], &out)) }
static void b_eeff(size_t calls) { LOOP(st = tw_eeff(in_small[j], &in_cache[j], &out)) }
static void b_eeff_resolved(size_t calls)
{
    LOOP(const tw_cache c = tw_cache_resolve(&in_cache[j], 0u);
         st = tw_eeff(in_small[j], &c, &out))
}
/* A scalar function of tw_functions, through its row's uniform call (what
 * the fuzz target and the thread test call too): the PUE arguments from
 * in_pue, the others from in_scalar. */
static void b_scalar(size_t calls)
{
    const tw_function_info *f = scalar_fn;
    LOOP(double a[TW_MAX_SCALAR_ARGS];
         for (size_t k = 0; k < f->n_args; k++) a[k] = f->args[k].domain == TW_DOMAIN_PUE
                                                           ? in_pue[j]
                                                           : in_scalar[k][j];
         st = tw_function_call(f, a, &out))
}
/* The same loop around a call that does nothing (empty_call): the
 * overhead in b_scalar. */
static const tw_function_info empty_function = {
    "empty", 2, {{"a", "", TW_DOMAIN_NONNEG}, {"b", "", TW_DOMAIN_NONNEG}}, "", 1, NULL, NULL,
    (tw_any_function)empty_call};
static void b_empty_table(size_t calls)
{
    scalar_fn = &empty_function;
    b_scalar(calls);
}

static void b_powerscale(size_t calls)
{
    LOOP(const char *name; st = tw_powerscale(in_watts[j] * in_small[j], &name);
         out = (double)name[0])
}
/* Per cohort: one call over COHORT_N cohorts counts as COHORT_N calls. */
static void b_cohort(size_t calls)
{
    double acc = 0.0;
    unsigned long bad = 0;
    for (size_t i = 0; i < calls; i += COHORT_N) {
        const double grid = in_watts[(i / COHORT_N) & (N_IN - 1)];
        bad += tw_cohort(cohort_users, COHORT_N, 53e3, &grid, 1, cohort_p, cohort_r,
                         cohort_k)
               != TW_OK;
        acc += cohort_r[i % COHORT_N];
    }
    sink = acc;
    failures += bad;
}
static void b_powerref(size_t calls) { LOOP(st = tw_powerref(power_names[j & 3], &out)) }
static void b_gpu_field(size_t calls)
{
    LOOP(st = tw_gpu_field(gpu_names[j & 3], "tdp_w", &out))
}
static void b_cache_field(size_t calls)
{
    LOOP(st = tw_cache_field(cache_names[j & 3], cache_fields[(j >> 2) & 3], &out))
}
static void b_cache_preset(size_t calls)
{
    LOOP(tw_cache c; st = tw_cache_preset(cache_names[j & 3], &c); out = c.alpha_h)
}
static void b_powercompare(size_t calls)
{
    LOOP(char buf[TW_CATALOG_TEXT_MAX];
         st = tw_powercompare(in_watts[j], (j & 1) ? "hoover_dam" : NULL, buf, sizeof buf);
         out = (double)buf[0])
}
static void b_presetinfo(size_t calls)
{
    LOOP(char buf[TW_CATALOG_TEXT_MAX];
         st = tw_presetinfo(gpu_names[j & 3], buf, sizeof buf); out = (double)buf[0])
}

struct bench {
    const char *name;
    void (*run)(size_t calls);
    int target;       /* the < 10 ns target applies */
    double scale;     /* calls per default call count */
    const char *note;
    const tw_function_info *scalar; /* b_scalar's function */
};

static const struct bench fixed_benches[] = {
    { "empty call (loop + call overhead)", b_empty, 0, 1, "reference", NULL },
    { "empty call through a table row", b_empty_table, 0, 1, "reference for tw_* rows", NULL },
    { "tw_etok (1 GPU type)", b_etok1, 1, 1, "ETOK", NULL },
    { "tw_etok (2 GPU types)", b_etok2, 1, 1, "ETOK()", NULL },
    { "tw_cache_resolve", b_cache_resolve, 1, 1, "CACHEFACTOR/EEFF", NULL },
    { "tw_cachefactor", b_cachefactor, 1, 1, "CACHEFACTOR", NULL },
    { "tw_eeff", b_eeff, 1, 1, "EEFF", NULL },
    { "tw_cache_resolve + tw_eeff", b_eeff_resolved, 1, 1, "EEFF as the add-in calls it", NULL },
    { "tw_powerscale", b_powerscale, 1, 1, "POWERCOMPARE's scale", NULL },
    { "tw_cohort (per cohort, 1000 a call)", b_cohort, 0, 1, "COHORT", NULL },
    { "tw_powerref", b_powerref, 0, 0.1, "catalog lookup by name", NULL },
    { "tw_gpu_field", b_gpu_field, 0, 0.1, "GPU", NULL },
    { "tw_cache_field", b_cache_field, 0, 0.1, "CACHEPROFILE", NULL },
    { "tw_cache_preset", b_cache_preset, 0, 0.1, "catalog profile", NULL },
    { "tw_powercompare", b_powercompare, 0, 0.01, "POWERCOMPARE (text)", NULL },
    { "tw_presetinfo", b_presetinfo, 0, 0.01, "PRESETINFO (text)", NULL },
};

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int compare_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int tsv = 0, reps = 7;
    size_t calls = 4000000;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--tsv"))
            tsv = 1;
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--calls") && i + 1 < argc)
            calls = (size_t)atol(argv[++i]);
        else {
            fprintf(stderr, "usage: bench-core [--tsv] [--reps N] [--calls N]\n");
            return 2;
        }
    }
    if (reps < 5)
        reps = 5;
    make_inputs();

    /* The fixed benches, then one per scalar function of tw_functions. */
    enum { FIXED = sizeof fixed_benches / sizeof fixed_benches[0], COUNT = FIXED + TW_FN_COUNT };
    static char notes[TW_FN_COUNT][32];
    struct bench benches[COUNT];
    memcpy(benches, fixed_benches, sizeof fixed_benches);
    for (int k = 0; k < TW_FN_COUNT; k++) {
        const char *name = tw_functions[k].name;
        size_t c = 0;
        for (const char *p = name + 3; *p && c + 1 < sizeof notes[k]; p++) /* "tw_" */
            notes[k][c++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
        notes[k][c] = '\0';
        benches[FIXED + k] = (struct bench){name, b_scalar, 1, 1, notes[k], &tw_functions[k]};
    }

    /* Repetition-major: each repetition times every function once, so a
     * burst of load from elsewhere on the machine falls on all of them. */
    const int count = COUNT;
    size_t n[COUNT];
    double *times = calloc((size_t)reps * COUNT, sizeof *times);
    double results[COUNT], best[COUNT];
    for (int b = 0; b < count; b++) {
        n[b] = (size_t)((double)calls * benches[b].scale);
        n[b] = (n[b] / COHORT_N + 1) * COHORT_N;
        scalar_fn = benches[b].scalar;
        benches[b].run(n[b] / 10); /* warm up caches and the branch predictor */
    }
    for (int r = 0; r < reps; r++)
        for (int b = 0; b < count; b++) {
            scalar_fn = benches[b].scalar;
            const double t0 = now_ns();
            benches[b].run(n[b]);
            times[b * reps + r] = (now_ns() - t0) / (double)n[b];
        }
    for (int b = 0; b < count; b++) {
        results[b] = median(&times[b * reps], reps); /* sorts: [0] is the fastest */
        best[b] = times[b * reps];
    }
    free(times);

    if (failures)
        fprintf(stderr, "bench-core: %lu calls failed: the inputs are not all valid\n",
                failures);
    if (tsv) {
        for (int b = 0; b < count; b++)
            printf("%s\t%.2f\t%d\t%s\t%.2f\n", benches[b].name, results[b], benches[b].target,
                   benches[b].note, best[b]);
    } else {
        printf("core, ns per call (median of %d runs of %zu calls; target < %.0f ns "
               "for the scalar ones)\n",
               reps, calls, TARGET_NS);
        for (int b = 0; b < count; b++)
            printf("  %-40s %8.2f ns (fastest %6.2f)  %-6s %s\n", benches[b].name,
                   results[b], best[b],
                   !benches[b].target ? "info"
                   : results[b] < TARGET_NS ? "PASS"
                                            : "MISS",
                   benches[b].note);
    }
    return failures ? 1 : 0;
}
