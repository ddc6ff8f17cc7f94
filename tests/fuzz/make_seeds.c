/* Writes the seed corpus of fuzz_core.c into a directory:
 *   make_seeds DIR
 * One small file per seed, in the format of fuzz_format.h: the essay's and
 * the paper's worked examples (so the fuzzer starts from inputs that reach
 * the arithmetic, not just the domain checks), each status of each
 * function, and every function fed each edge value. tests/fuzz/corpus is
 * this program's output: `make fuzz-seeds` rewrites it and
 * `make test-fuzz-quick` checks that it still matches. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/tokwatt.h"
#include "fuzz_format.h"

_Static_assert(FZ_SPECIAL_COUNT < FZ_RAW_TAG, "a special tag must not read as raw");
_Static_assert(FZ_FN_COUNT <= 0x7F, "the selector holds a function in 7 bits");

static const char *dir;
static uint8_t seed[4096];
static size_t n;
static int files;

static void w8(unsigned b)
{
    if (n == sizeof seed) {
        fprintf(stderr, "make_seeds: seed too long\n");
        exit(1);
    }
    seed[n++] = (uint8_t)b;
}

static void wraw(const void *p, size_t k)
{
    for (size_t i = 0; i < k; i++)
        w8(((const uint8_t *)p)[i]);
}

/* An edge value as its tag, any other as 8 raw bytes. */
static void wd(double x)
{
    for (size_t i = 0; i < FZ_SPECIAL_COUNT; i++)
        if (memcmp(&fz_special[i], &x, sizeof x) == 0) {
            w8((unsigned)i);
            return;
        }
    w8(FZ_RAW_TAG);
    wraw(&x, sizeof x);
}

static void wds(int k, const double *x)
{
    for (int i = 0; i < k; i++)
        wd(x[i]);
}

static void call(int fn) { w8((unsigned)fn); }
static void call_nan(int fn) { w8((unsigned)fn | FZ_NAN_START); }

static unsigned name_index(const char *name)
{
    for (unsigned i = 0; i < FZ_NAME_COUNT; i++)
        if (strcmp(fz_names[i], name) == 0)
            return i;
    fprintf(stderr, "make_seeds: %s is not in fz_names\n", name);
    exit(1);
}

/* A name, with the case of its first 8 chars flipped where mask says. */
static void wname(const char *name, unsigned mask)
{
    w8(FZ_STR_NAME);
    w8(name_index(name));
    w8(mask);
}

static void wstr_null(void) { w8(FZ_STR_NULL); }
static void wstr_empty(void) { w8(FZ_STR_EMPTY); }

static void wstr_bytes(const char *bytes, size_t k)
{
    w8(FZ_STR_RANDOM);
    w8((unsigned)k);
    wraw(bytes, k);
}

static void wname_nul(const char *name, const char *tail)
{
    w8(FZ_STR_NAME_NUL);
    w8(name_index(name));
    w8((unsigned)strlen(tail));
    wraw(tail, strlen(tail));
}

/* A name one char short (extra < 0) or with one more. */
static void wnear(const char *name, int extra)
{
    w8(FZ_STR_NEAR);
    w8(name_index(name));
    w8(extra < 0 ? 1u : (unsigned)extra << 1);
}

static void wbuf(int kind, unsigned size)
{
    w8((unsigned)kind);
    if (kind == FZ_BUF_SMALL || kind == FZ_BUF_NULL)
        w8(size);
}

static void wbuf_max(void) { wbuf(FZ_BUF_MAX, 0); }

/* A call of a scalar function: its arguments, as many as its row of
 * tw_functions has. */
static void scalar(tw_function_id fn, ...)
{
    va_list ap;
    va_start(ap, fn);
    call(FZ_FN_SCALAR);
    w8((unsigned)fn);
    for (size_t i = 0; i < tw_functions[fn].n_args; i++)
        wd(va_arg(ap, double));
    va_end(ap);
}

/* tw_etok: n_tps and n_share given apart from n_tdp (shape bit 0 set,
 * shares of kind 2) unless they match; shares NULL when n_share < 0. */
static void etok(int k_tdp, const double *tdp, int k_tps, const double *tps, int k_share,
                 const double *share, double pue)
{
    call(FZ_FN_ETOK);
    const unsigned share_kind = k_share < 0 ? 0u : k_share == k_tdp ? 1u : 2u;
    w8((k_tps != k_tdp ? 1u : 0u) | share_kind << 1);
    w8((unsigned)k_tdp);
    if (k_tps != k_tdp)
        w8((unsigned)k_tps);
    if (share_kind != 1)
        w8(k_share < 0 ? 0u : (unsigned)k_share);
    wds(k_tdp, tdp);
    wds(k_tps, tps);
    if (share_kind != 0)
        wds(k_share, share);
    wd(pue);
}

static void cache(double ao, double am, double ah, double bm, double bh)
{
    wd(ao);
    wd(am);
    wd(ah);
    wd(bm);
    wd(bh);
}

/* tw_cohort with n_grid 1, n_users, or any (shape 2). */
static void cohort(int k_users, const double *users, double p_user, int k_grid,
                   const double *grid)
{
    call(FZ_FN_COHORT);
    const unsigned shape = k_grid == 1 ? 0u : k_grid == k_users ? 1u : 2u;
    w8(shape);
    w8((unsigned)k_users);
    if (shape == 2)
        w8((unsigned)k_grid);
    wds(k_users, users);
    wds(k_grid, grid);
    wd(p_user);
}

static void save(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(seed, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
    n = 0;
    files++;
}

/* An index (and an HDR ID or trial): a byte below 0xF0, else 0xFF and
 * the 8 bytes of a size_t. */
static void windex(size_t v)
{
    if (v < 0xF0) {
        w8((unsigned)v);
        return;
    }
    w8(0xFF);
    wraw(&v, sizeof v);
}

static void wid(uint32_t v) { windex(v); }

static void wstream(uint32_t var_id, uint32_t entity, uint32_t seed3, uint32_t seed4)
{
    wid(var_id);
    wid(entity);
    wid(seed3);
    wid(seed4);
}

/* tw_dist_make(lo, hi, likely, shape, min, max), then quantiles at u1, u2. */
static void dist(double lo, double hi, double likely, const char *shape, double min,
                 double max, double u1, double u2)
{
    call(FZ_FN_DIST);
    wd(lo);
    wd(hi);
    wd(likely);
    if (shape)
        wname(shape, 0);
    else
        wstr_null();
    wd(min);
    wd(max);
    wd(u1);
    wd(u2);
}

/* A k x k identity with the symmetric changes (i, j, v). */
static void wmat_identity(int changes, const int *i, const int *j, const double *v)
{
    w8(FZ_MAT_IDENTITY);
    w8((unsigned)changes);
    for (int m = 0; m < changes; m++) {
        w8((unsigned)i[m]);
        w8((unsigned)j[m]);
        wd(v[m]);
    }
}

/* Every function once, every numeric argument x; for the catalog, x as a
 * power and the names its own; lists of two. */
static void every_function_with(double x, int nan_start)
{
    const unsigned flag = nan_start ? FZ_NAN_START : 0;
    for (int fn = 0; fn < TW_FN_COUNT; fn++) {
        w8(FZ_FN_SCALAR | flag);
        w8((unsigned)fn);
        for (size_t i = 0; i < tw_functions[fn].n_args; i++)
            wd(x);
    }
    for (int fn = 0; fn < FZ_FN_COUNT; fn++) {
        const double two[2] = {x, x};
        switch (fn) {
        case FZ_FN_ETOK: etok(2, two, 2, two, 2, two, x); break;
        case FZ_FN_CACHE_RESOLVE:
            call(fn);
            cache(x, x, x, x, x);
            w8(0x06); /* alpha_m, alpha_h given: alpha_o derived */
            break;
        case FZ_FN_CACHEFACTOR:
        case FZ_FN_EEFF:
            w8((unsigned)fn | flag);
            if (fn == FZ_FN_EEFF)
                wd(x);
            cache(x, x, x, x, x);
            break;
        case FZ_FN_COHORT: cohort(2, two, x, 2, two); break;
        case FZ_FN_POWERSCALE: call(fn); wd(x); break;
        case FZ_FN_POWERCOMPARE:
            call(fn);
            wd(x);
            wstr_empty();
            wbuf_max();
            break;
        case FZ_FN_DIST: dist(x, x, x, NULL, x, x, x, x); break;
        case FZ_FN_NORMAL_QUANTILE: call(fn); wd(x); wd(x); break;
        case FZ_FN_PERCENTILE:
            call(fn);
            w8(2);
            w8(1);
            wds(2, two);
            wd(x);
            break;
        case FZ_FN_RANKS:
            call(fn);
            w8(2);
            wds(2, two);
            wds(2, two);
            w8(0);
            break;
        case FZ_FN_MOMENTS: call(fn); w8(2); wds(2, two); break;
        case FZ_FN_IMAN_CONOVER:
            call(fn);
            w8(2);
            w8(2);
            wds(4, (const double[4]){x, x, x, x});
            w8(FZ_MAT_RAW);
            wds(4, (const double[4]){x, x, x, x});
            w8(0);
            break;
        default: break; /* the catalog's lookups and the generator take no number */
        }
    }
}

/* The essay's fleet, 50/50 H100/B200 (tw_default_*). */
static const double fleet_tdp[2] = {700.0, 1000.0}, fleet_tps[2] = {200.0, 600.0};

static void seeds_essay(void)
{
    /* Eq token_energy with the essay's fleet: equal shares, then given. */
    etok(2, fleet_tdp, 2, fleet_tps, -1, NULL, 1.4);
    save("etok-essay");
    const double half[2] = {0.5, 0.5};
    etok(2, fleet_tdp, 2, fleet_tps, 2, half, 1.4);
    save("etok-shares");
    const double tdp[2] = {700.0, 1e300}, tps[2] = {200.0, 1e-300}, absent[2] = {1.0, 0.0};
    etok(2, tdp, 2, tps, 2, absent, 1.4); /* P/T overflows on a share of 0 */
    save("etok-absent-overflow");
    const double big[1] = {DBL_MAX}, tiny[1] = {DBL_TRUE_MIN}, one[1] = {1.0};
    etok(1, big, 1, tiny, 1, one, 1.0);
    save("etok-overflow");
    const double off[2] = {0.5, 0.5 + 3e-9};
    etok(2, fleet_tdp, 2, fleet_tps, 2, off, 1.4);
    save("etok-esum");
    etok(2, fleet_tdp, 1, fleet_tps, -1, NULL, 1.4);
    etok(2, fleet_tdp, 2, fleet_tps, 3, (const double[3]){0.2, 0.3, 0.5}, 1.4);
    etok(0, NULL, 0, NULL, -1, NULL, 1.4);
    save("etok-shape");
    const double eight[8] = {700, 1000, 400, 350, 700, 2700, 750, 0};
    const double eight_tps[8] = {200, 600, 100, 100, 200, 900, 300, 1};
    etok(8, eight, 8, eight_tps, -1, NULL, 1.15);
    save("etok-eight");

    /* Eq cache_adjust: the three profiles, a sum off by 1E-9 and more. */
    call(FZ_FN_CACHEFACTOR);
    cache(0.05, 0.20, 0.75, 0.10, 0.01);
    call(FZ_FN_CACHEFACTOR);
    cache(0.02, 0.08, 0.90, 0.10, 0.01);
    call(FZ_FN_CACHEFACTOR);
    cache(0.0, 1.0, 0.0, DBL_MAX, 0.01);
    save("cachefactor");
    call(FZ_FN_CACHEFACTOR);
    cache(0.05, 0.20, 0.75 + 2e-9, 0.10, 0.01);
    call_nan(FZ_FN_CACHEFACTOR);
    cache(1.0 + 1e-9, 0.0, 0.0, 0.0, 0.0);
    save("cachefactor-edges");
    call(FZ_FN_EEFF);
    wd(4.5 / 3.0);
    cache(0.05, 0.20, 0.75, 0.10, 0.01);
    call(FZ_FN_EEFF);
    wd(1e300);
    cache(0.0, 1.0, 0.0, 1e10, 0.01);
    save("eeff");
    for (unsigned mask = 0; mask < 32; mask += 3) {
        call(FZ_FN_CACHE_RESOLVE);
        cache(0.02, 0.08, 0.90, 0.2, NAN);
        w8(mask);
    }
    save("cache-resolve");

    /* Eq user_load .. kardashev_frac: the essay's chain. */
    scalar(TW_FN_PUSER, 1e6, 5.6);
    scalar(TW_FN_PPOP, 1e3, 64.9e3);
    scalar(TW_FN_GRIDRATIO, 64.9e6, 480e9);
    scalar(TW_FN_KARDASHEV, 64.9e9);
    save("load-chain");
    scalar(TW_FN_PUSER, 1e300, 1e300);
    scalar(TW_FN_PPOP, 1e300, 1e300);
    scalar(TW_FN_GRIDRATIO, 1e300, 1e-300);
    scalar(TW_FN_KARDASHEV, DBL_MAX);
    save("load-overflow");

    /* Alg 1 and 2, including the zero budgets over products that
     * underflow. */
    scalar(TW_FN_NMAX, 1e6, 5.6, 480e9);
    scalar(TW_FN_NMAX, 1e-300, 1e-300, 0.0);
    scalar(TW_FN_NMAX, 1.0, 1e-10, DBL_MAX);
    save("nmax");
    scalar(TW_FN_ETARGET, 8e9, 1e6, 480e9);
    scalar(TW_FN_ETARGET, 1e-300, 1e-300, 0.0);
    scalar(TW_FN_ETARGET, 1e-300, 1e-300, 1.0);
    save("etarget");
    scalar(TW_FN_GAPFACTOR, 0.23, 8e9, 1e6, 480e9);
    scalar(TW_FN_GAPFACTOR, 0.23, 1e-300, 1e-300, 1.0);
    scalar(TW_FN_GAPFACTOR, DBL_MAX, 1.0, 86400.0, 1e-300);
    save("gapfactor");

    /* Alg 0's cohorts: valid, one overflowing cohort, bad shapes. */
    const double users[3] = {25e3, 1e300, 75e3}, grid[1] = {480e9};
    cohort(3, users, 1e10, 1, grid);
    save("cohort-overflow");
    const double users2[2] = {1.0, 1.0}, grids[2] = {1e-300, 480e9};
    cohort(2, users2, 1e10, 2, grids);
    cohort(2, users2, 64.9e3, 3, (const double[3]){1, 2, 3});
    cohort(0, NULL, 64.9e3, 1, grid);
    save("cohort-shapes");
    const double eight_users[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    cohort(8, eight_users, 64.9e3, 8, eight_users);
    save("cohort-eight");
}

static void seeds_paper_facility(void)
{
    scalar(TW_FN_LANDAUER, 300.0, 12.0);
    scalar(TW_FN_LANDAUER, 1e-320, 1.0);
    scalar(TW_FN_LANDAUER, 1e300, 1e300);
    save("landauer");
    scalar(TW_FN_EFFGAP, 1.8, 12.0, 300.0);
    scalar(TW_FN_EFFGAP, 0.0, 1.0, 1e-320);
    scalar(TW_FN_EFFGAP, 1.8, 1.0, 1e-300);
    save("effgap");
    scalar(TW_FN_TOKENBUDGET, 326.0, 5e-4);
    scalar(TW_FN_TOKENSPERCAPITA, 65.0, 5e-4, 8.0e9, 365.0);
    scalar(TW_FN_QUESTIONBUDGET, 326.0, 5e-4, 100.0, 8.0e9, 365.0);
    save("budgets");
    scalar(TW_FN_QUESTIONBUDGET, 1e300, 1e-10, 1.0, 1.0, 1.0);
    scalar(TW_FN_QUESTIONBUDGET, 1.0, 1.0, DBL_MAX, DBL_MAX, DBL_MAX);
    save("budgets-edges");
    scalar(TW_FN_AVGPOWER, 4178.0);
    scalar(TW_FN_AVGPOWER, 1.7e308);
    scalar(TW_FN_ANNUALTWH, 480e9);
    scalar(TW_FN_ANNUALTWH, DBL_MAX);
    save("twh-watts");
    scalar(TW_FN_GPUDAYKWH, 350.0, 1.15);
    scalar(TW_FN_GPUDAYCOST, 350.0, 1.15, 0.10);
    scalar(TW_FN_GPUDAYCOST, 1e308, 1.0, 10.0);
    scalar(TW_FN_GPUDAYKWH, 350.0, 1.0 - DBL_EPSILON / 2);
    save("facility");
}

static void seeds_request(void)
{
    const double e_tok = 3.6166666666666667;
    scalar(TW_FN_EREQUEST, 500.0, 0.0, 0.0, e_tok, 0.10, 0.01);
    scalar(TW_FN_EREQUEST, 500.0, 10000.0, 7500.0, e_tok, 0.10, 0.01);
    scalar(TW_FN_EREQUEST, 500.0, 7500.0, 7501.0, e_tok, 0.10, 0.01); /* cached > input */
    scalar(TW_FN_EREQUEST, 1e300, 1e300, 0.0, 1e300, 1e300, 0.01);    /* overflow */
    save("erequest");
    scalar(TW_FN_CO2E, 3.6e6, 445.0);
    scalar(TW_FN_CO2E, 1e308, 1e308);
    scalar(TW_FN_WATER, 3.6e6, 0.5, 3.0, 1.25);
    scalar(TW_FN_WATER, 3.6e6, 0.38, 3.908, 1.0 - 1e-9); /* PUE below 1 */
    scalar(TW_FN_WATER, 1e308, 1e308, 1e308, 1.0);
    save("co2e-water");
    call(FZ_FN_GRID_INTENSITY);
    wname("grid_world", 0);
    call(FZ_FN_GRID_INTENSITY);
    wname("grid_france", 0xFF); /* case flipped by the mask */
    call(FZ_FN_GRID_INTENSITY);
    wname("water_onsite_us", 0);
    call(FZ_FN_WATER_FACTOR);
    wname("water_offsite_world", 0);
    call(FZ_FN_WATER_FACTOR);
    wnear("water_onsite_us", -1);
    save("grid-water");
    call(FZ_FN_DISCLOSURE);
    wname("gemini_median_prompt_2025", 0);
    wname("wh", 0);
    call(FZ_FN_DISCLOSURE);
    wname("mistral_large2_lechat_2025", 0x0F);
    wname("wh", 0); /* no sourced value */
    call(FZ_FN_DISCLOSURE);
    wname("epoch_gpt4o_query_2025", 0);
    wname("output_tokens", 0);
    call(FZ_FN_DISCLOSURE);
    wname("H100", 0);
    wname("wh", 0);
    call(FZ_FN_DISCLOSURE);
    wstr_null();
    wname("wh", 0);
    save("disclosure");
    for (unsigned i = name_index("grid_world"); i < name_index("g_per_kwh"); i++) {
        call(FZ_FN_PRESETINFO);
        wname(fz_names[i], i);
        wbuf_max();
    }
    save("presetinfo-request");
}

static void seeds_catalog(void)
{
    call(FZ_FN_CATALOG_COUNT);
    for (unsigned i = 0; i < 70; i++) { /* past the last row too */
        call(FZ_FN_CATALOG_ENTRY);
        w8(i);
    }
    call(FZ_FN_CATALOG_ENTRY);
    w8(0xFF);
    const size_t huge = SIZE_MAX;
    wraw(&huge, sizeof huge);
    save("catalog-entries");

    for (int s = -1; s <= TW_STATUS_COUNT; s++) {
        call(FZ_FN_STRERROR);
        w8((unsigned)(s + 16));
        call(FZ_FN_PRESET_KIND_NAME);
        w8((unsigned)(s + 16));
    }
    call(FZ_FN_STRERROR);
    w8(0xFF);
    const int most_negative = INT_MIN;
    wraw(&most_negative, sizeof most_negative);
    save("strerror-kinds");

    /* Lookups: found, no value, another kind, unknown, case, NULLs. */
    call(FZ_FN_GPU_FIELD);
    wname("H100", 0);
    wname("tokens_per_s", 0);
    call(FZ_FN_GPU_FIELD);
    wname("A100", 0);
    wname("tokens_per_s", 0);
    call(FZ_FN_GPU_FIELD);
    wname("hoover_dam", 0);
    wname("tdp_w", 0);
    call(FZ_FN_GPU_FIELD);
    wname("H100_PCIe", 0xFF);
    wname("tdp_w", 0x15);
    save("gpu-field");
    call(FZ_FN_POWERREF);
    wname("hoover_dam", 0);
    call(FZ_FN_POWERREF);
    wname("sunlight_toa", 0x81);
    call(FZ_FN_POWERREF);
    wname("H100", 0);
    call(FZ_FN_POWERREF);
    wstr_null();
    save("powerref");
    call(FZ_FN_PRESET_VALUE);
    wname("peter", 0);
    wname("alpha_h", 0);
    call(FZ_FN_PRESET_VALUE);
    wname_nul("B200", "tokens_per_s");
    wname("tokens_per_s", 0);
    call(FZ_FN_PRESET_VALUE);
    wnear("B200", -1);
    wname("tdp_w", 0);
    call(FZ_FN_PRESET_VALUE);
    wnear("realistic", 'x');
    wname("beta_m", 0);
    call(FZ_FN_PRESET_VALUE);
    wname("H100", 0);
    wstr_null();
    save("preset-value");
    call(FZ_FN_CACHE_FIELD);
    wname("pessimistic", 0x55);
    wname("beta_h", 0xFF);
    call(FZ_FN_CACHE_FIELD);
    wname("realistic", 0);
    wname("power_w", 0);
    call(FZ_FN_CACHE_FIELD);
    wstr_bytes("real\0istic", 10);
    wname("alpha_o", 0);
    save("cache-field");
    const char *const profiles[] = {"realistic", "peter", "pessimistic", "H100", "H300"};
    for (int i = 0; i < 5; i++) {
        call_nan(FZ_FN_CACHE_PRESET);
        wname(profiles[i], (unsigned)i);
    }
    call(FZ_FN_CACHE_PRESET);
    wstr_empty();
    save("cache-preset");

    /* PRESETINFO: every preset whole, then short buffers. */
    for (unsigned i = 0; i < 17; i++) {
        call(FZ_FN_PRESETINFO);
        wname(fz_names[i], i);
        wbuf_max();
    }
    save("presetinfo-all");
    call(FZ_FN_PRESETINFO);
    wname("H100", 0);
    wbuf(FZ_BUF_ZERO, 0);
    call(FZ_FN_PRESETINFO);
    wname("H100", 0);
    wbuf(FZ_BUF_ONE, 0);
    call(FZ_FN_PRESETINFO);
    wname("nuclear_unit", 0);
    wbuf(FZ_BUF_SMALL, 200);
    call(FZ_FN_PRESETINFO);
    wname("H300", 0);
    wbuf(FZ_BUF_SMALL, 3);
    call(FZ_FN_PRESETINFO);
    wstr_null();
    wbuf(FZ_BUF_NULL, 10);
    save("presetinfo-buffers");

    /* POWERSCALE at each band's bounds. */
    const double bounds[] = {0.0, TW_COMPARE_HOOVER_FROM_W, TW_COMPARE_NUCLEAR_FROM_W,
                             TW_COMPARE_US_FROM_W, TW_COMPARE_WORLD_FROM_W,
                             TW_COMPARE_SUN_FROM_W, DBL_MAX};
    for (int i = 0; i < 7; i++) {
        call(FZ_FN_POWERSCALE);
        wd(bounds[i]);
        call(FZ_FN_POWERSCALE);
        wd(nextafter(bounds[i], 0.0));
    }
    save("powerscale");

    /* POWERCOMPARE: the essay's figures, rounding edges, each reference. */
    const double loads[] = {64.9e3, 1.33e9, 4.0e9, 2.64e11, 1.79e13, 4.4e14, 0.0,
                            DBL_TRUE_MIN, 1e-300, 9.96e3 * 1248.0, DBL_MAX};
    for (int i = 0; i < 11; i++) {
        call(FZ_FN_POWERCOMPARE);
        wd(loads[i]);
        wstr_empty();
        wbuf_max();
    }
    save("powercompare-auto");
    const char *const refs[] = {"us_household", "hoover_dam", "nuclear_unit",
                                "us_electricity", "world_electricity",
                                "world_primary_energy", "sunlight_toa", "H100", "realistic"};
    for (unsigned i = 0; i < 9; i++) {
        call(FZ_FN_POWERCOMPARE);
        wd(1.33e9);
        wname(refs[i], i * 37u);
        wbuf_max();
    }
    call(FZ_FN_POWERCOMPARE);
    wd(1.33e9);
    wstr_null();
    wbuf(FZ_BUF_SMALL, 8);
    save("powercompare-refs");
    call(FZ_FN_POWERCOMPARE);
    wd(1.33e9);
    wname("hoover_dam", 0);
    wbuf(FZ_BUF_SMALL, 29); /* "0.64 x Hoover Dam (nameplate)" needs 30 */
    call(FZ_FN_POWERCOMPARE);
    wd(1.33e9);
    wname("hoover_dam", 0);
    wbuf(FZ_BUF_SMALL, 30);
    call(FZ_FN_POWERCOMPARE);
    wd(-1.0);
    wname("hoover_dam", 0);
    wbuf(FZ_BUF_ONE, 0);
    call(FZ_FN_POWERCOMPARE);
    wd(NAN);
    wstr_bytes("\xff\x80junk", 6);
    wbuf(FZ_BUF_NULL, 0);
    save("powercompare-buffers");
}

/* ---- UNCERTAIN, sampling, statistics ------------------------------------ */

/* tw_iman_conover on n trials of k inputs x (column layout), toward an
 * identity with changes; its work one byte short when short_work. */
static void iman_conover(unsigned n, unsigned k, const double *x, int changes, const int *i,
                         const int *j, const double *v, unsigned short_work)
{
    call(FZ_FN_IMAN_CONOVER);
    w8(n);
    w8(k);
    wds((int)(n * k), x);
    wmat_identity(changes, i, j, v);
    w8(short_work);
}

static void seeds_uncertain(void)
{
    /* every shape, the examples, at a tail and the middle */
    dist(2, 50, NAN, NULL, NAN, NAN, 0.05, 0.95);       /* lognormal */
    dist(-3, 7, NAN, NULL, NAN, NAN, 1e-300, 0.5);      /* normal */
    dist(2, 3, NAN, "normal", NAN, NAN, 0.1, 0.9);
    dist(2, 50, NAN, "lognormal", NAN, NAN, 1e-10, 1.0 - 1e-9);
    dist(-2, 5, NAN, "uniform", NAN, NAN, 0.1, 0.75);
    dist(0.1, 1000, NAN, "loguniform", NAN, NAN, 0.25, 0.5);
    dist(1, 10, 3, "triangular", NAN, NAN, 0.2, 0.99);
    dist(-5, 20, 3, NULL, NAN, NAN, 0.05, 0.8);         /* metalog */
    dist(0.4, 0.9, 0.8, NULL, NAN, NAN, 0.01, 0.9999);  /* log-metalog */
    save("dist-shapes");
    /* truncation: a share, a PUE, far tails, a truncated metalog */
    dist(0.4, 0.9, NAN, "normal", 0, 1, 1e-6, 0.999999);
    dist(1.05, 1.6, NAN, NULL, 1.1, NAN, 0.01, 0.99);
    dist(-3, 7, NAN, NULL, 15, 16, 0.001, 0.999);
    dist(-3, 7, NAN, NULL, NAN, -12, 0.001, 0.5);
    dist(-5, 20, 3, NULL, 0, 30, 0.01, 0.99);
    dist(1, 10, 3, "triangular", 2, 8, 0.1, 0.9);
    save("dist-truncated");
    /* every refusal */
    dist(NAN, 1, NAN, NULL, NAN, NAN, 0.5, 0.5);
    dist(5, 5, NAN, NULL, NAN, NAN, 0.5, 0.5);
    dist(0, 2, NAN, "lognormal", NAN, NAN, 0.5, 0.5);
    dist(1, 3, 1, NULL, NAN, NAN, 0.5, 0.5);
    dist(1, 3, NAN, "triangular", NAN, NAN, 0.5, 0.5);
    dist(1, 3, 2, "normal", NAN, NAN, 0.5, 0.5);
    dist(1, 3, 2, "metalog", NAN, NAN, 0.5, 0.5);
    dist(1, 3, NAN, "unknown", NAN, NAN, 0.5, 0.5);
    dist(1, 3, NAN, NULL, 2, 2, 0.5, 0.5);
    dist(1, 3, NAN, NULL, NAN, -1, 0.5, 0.5);
    dist(-3, 7, NAN, NULL, 150, NAN, 0.5, 0.5);
    dist(0, 1, 0.1248, NULL, NAN, NAN, 0.5, 0.5);
    dist(0, 1, 0.1249, NULL, NAN, NAN, 0.5, 0.5);
    dist(0, DBL_TRUE_MIN, NAN, NULL, NAN, NAN, 0.5, 0.5);
    dist(-1e308, 1e308, NAN, "uniform", NAN, NAN, 0.5, 0.5);
    dist(-1e307, 1e307, NAN, NULL, NAN, NAN, 1e-300, 0.5);
    save("dist-refusals");
    /* the quantile's domain */
    dist(2, 50, NAN, NULL, NAN, NAN, 0, 1);
    dist(2, 50, NAN, NULL, NAN, NAN, DBL_TRUE_MIN, 1.0 - DBL_EPSILON / 2);
    dist(2, 50, NAN, NULL, NAN, NAN, NAN, -1);
    save("dist-domain");

    const double ps[] = {1e-300, 1e-20, 0.001, 0.075, 0.5, 0.925, 0.975, 1.0 - 1e-10, 0, 1};
    for (int i = 0; i < 10; i++) {
        call(FZ_FN_NORMAL_QUANTILE);
        wd(ps[i]);
        wd(ps[(i + 3) % 10]);
    }
    save("normal-quantile");

    const char *const shapes[] = {"normal", "lognormal", "uniform", "loguniform", "triangular",
                                  "metalog", "log-metalog", "default"};
    for (unsigned i = 0; i < 8; i++) {
        call(FZ_FN_SHAPE_PARSE);
        wname(shapes[i], i * 37u);
        w8(i + 16);
    }
    call(FZ_FN_SHAPE_PARSE);
    wnear("lognormal", -1);
    w8(0);
    call(FZ_FN_SHAPE_PARSE);
    wstr_empty();
    w8(100);
    call(FZ_FN_SHAPE_PARSE);
    wstr_null();
    w8(15);
    save("shape-names");
}

static void seeds_sampling(void)
{
    /* hdr-random's reference stream, trials 1..9; the IDs' bounds */
    for (uint32_t t = 1; t <= 9; t++) {
        call(FZ_FN_HDR);
        wstream(2, 10, 3, 4);
        wid(t);
        w8(0);
    }
    call(FZ_FN_HDR);
    wstream(100000000u, 100000000u, 100000000u, 100000000u);
    wid(100000000u);
    w8(0);
    call(FZ_FN_HDR);
    wstream(100000001u, 1, 0, 0);
    wid(1);
    w8(0);
    call(FZ_FN_HDR);
    wstream(1, 1, 0, 0);
    wid(100000001u);
    w8(0);
    call(FZ_FN_HDR);
    wstream(1, 1, 0, 0);
    wid(1);
    w8(0xEE); /* no stream */
    save("hdr");
    /* columns: plain and Latin hypercube, small and 4096 trials, refused */
    const size_t ns[] = {1, 7, 200, 4096, 0};
    for (int i = 0; i < 5; i++)
        for (unsigned lhs = 0; lhs < 2; lhs++) {
            call(FZ_FN_HDR_COLUMN);
            wstream(2, 10, 3, 4);
            windex(ns[i]);
            w8(lhs);
        }
    const size_t huge = 50000001u;
    call(FZ_FN_HDR_COLUMN);
    wstream(1, 1, 0, 0);
    windex(huge);
    w8(1);
    call(FZ_FN_HDR_COLUMN);
    wstream(1, 100000001u, 0, 0);
    w8(9);
    w8(1);
    save("hdr-columns");
    /* the point in its stratum, where rounding would leave it */
    const size_t points_n[] = {(1u << 21) + 3, 50000000u, 3, 0};
    const double jitters[] = {0x1p-33, 1.0 - 0x1p-33, 0.5, 0.0, 1.0};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 5; j++) {
            call(FZ_FN_LHS_POINT);
            wd(i == 1 ? 49999999.0 : (double)(1u << 21));
            wd(jitters[j]);
            windex(points_n[i]);
        }
    save("lhs-point");

    /* matrices: valid, and each refusal */
    const int i3[] = {0, 0, 1}, j3[] = {1, 2, 2};
    const double valid[] = {0.6, -0.3, 0.2}, not_pd[] = {0.9, -0.9, 0.9};
    const double scores[] = {0.7, 0.7, -0.019}, big[] = {1.5, 0, 0}, nan3[] = {NAN, 0, 0};
    const double *const sets[] = {valid, not_pd, scores, big, nan3};
    for (int m = 0; m < 5; m++) {
        call(FZ_FN_CORR_CHECK);
        w8(3);
        wmat_identity(3, i3, j3, sets[m]);
        w8(0);
    }
    call(FZ_FN_CORR_CHECK); /* asymmetric, and a diagonal off 1 */
    w8(2);
    w8(FZ_MAT_RAW);
    wds(4, (const double[4]){1, 0.5, 0.4, 1});
    w8(0);
    call(FZ_FN_CORR_CHECK);
    w8(2);
    w8(FZ_MAT_RAW);
    wds(4, (const double[4]){0.9, 0, 0, 1});
    w8(0);
    call(FZ_FN_CORR_CHECK); /* a buffer one byte short; k = 0 */
    w8(3);
    wmat_identity(3, i3, j3, valid);
    w8(1);
    call(FZ_FN_CORR_CHECK);
    w8(0);
    w8(FZ_MAT_RAW);
    w8(0);
    save("corr-check");

    /* Iman-Conover: 32 trials of 3 inputs toward the valid matrix, fewer
     * trials than inputs, a NaN trial, a short buffer, a singular matrix */
    double x[96];
    for (int i = 0; i < 96; i++)
        x[i] = (double)((i * 37) % 97) / 10.0;
    iman_conover(32, 3, x, 3, i3, j3, valid, 0);
    iman_conover(2, 4, x, 1, i3, j3, valid, 0);
    iman_conover(3, 2, (const double[6]){1, NAN, 3, 4, 5, 6}, 0, i3, j3, valid, 0);
    const double two_columns[8] = {1, 2, 3, 4, 4, 3, 2, 1};
    iman_conover(4, 2, two_columns, 1, i3, j3, valid, 1);
    iman_conover(4, 2, two_columns, 1, i3, j3, (const double[1]){1.0}, 0);
    save("iman-conover");
}

static void seeds_statistics(void)
{
    const double four[] = {1, 2, 3, 4}, ps[] = {0, 0.1, 0.5, 0.9, 1, -0.1, 1.0 + DBL_EPSILON,
                                                NAN};
    for (int i = 0; i < 8; i++) {
        call(FZ_FN_PERCENTILE);
        w8(4);
        w8(0);
        wds(4, four);
        wd(ps[i]);
    }
    call(FZ_FN_PERCENTILE); /* unsorted, then sorted by the decoder */
    w8(4);
    w8(0);
    wds(4, (const double[4]){1, 3, 2, 4});
    wd(0.5);
    call(FZ_FN_PERCENTILE);
    w8(4);
    w8(1);
    wds(4, (const double[4]){1, 3, 2, 4});
    wd(0.5);
    call(FZ_FN_PERCENTILE);
    w8(2);
    w8(0);
    wds(2, (const double[2]){-DBL_MAX, DBL_MAX});
    wd(0.5);
    call(FZ_FN_PERCENTILE);
    w8(0);
    w8(0);
    wd(0.5);
    save("percentile");

    call(FZ_FN_RANKS);
    w8(5);
    wds(5, (const double[5]){1, 2, 3, 4, 5});
    wds(5, (const double[5]){5, 6, 7, 8, 7});
    w8(0);
    call(FZ_FN_RANKS);
    w8(4);
    wds(4, (const double[4]){-0.0, 0.0, 2, 2});
    wds(4, (const double[4]){4, 4, 4, 4});
    w8(1);
    call(FZ_FN_RANKS);
    w8(3);
    wds(3, (const double[3]){DBL_MAX, -DBL_MAX, 0});
    wds(3, (const double[3]){1, NAN, 0});
    w8(0);
    save("ranks");

    call(FZ_FN_MOMENTS);
    w8(8);
    wds(8, (const double[8]){2, 4, 4, 4, 5, 5, 7, 9});
    call(FZ_FN_MOMENTS);
    w8(2);
    wds(2, (const double[2]){DBL_MAX, -DBL_MAX});
    call(FZ_FN_MOMENTS);
    w8(3);
    wds(3, (const double[3]){0.1, 0.1, 0.1});
    call(FZ_FN_MOMENTS);
    w8(1);
    wd(INFINITY);
    save("moments");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: make_seeds DIR\n");
        return 2;
    }
    dir = argv[1];
    seeds_essay();
    seeds_paper_facility();
    seeds_catalog();
    seeds_request();
    seeds_uncertain();
    seeds_sampling();
    seeds_statistics();

    /* Every function fed each edge value, outputs starting finite or NaN. */
    static const struct {
        const char *name;
        double x;
    } edges[] = {
        {"all-nan", NAN}, {"all-minus-nan", -NAN}, {"all-inf", INFINITY},
        {"all-minus-inf", -INFINITY}, {"all-zero", 0.0}, {"all-minus-zero", -0.0},
        {"all-one", 1.0}, {"all-denormal", DBL_TRUE_MIN}, {"all-dbl-max", DBL_MAX},
        {"all-minus-dbl-max", -DBL_MAX}, {"all-1e308", 1e308}, {"all-minus-1e308", -1e308},
    };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        every_function_with(edges[i].x, (int)(i & 1));
        save(edges[i].name);
    }
    printf("make_seeds: %d seeds in %s\n", files, dir);
    return 0;
}
