/* libFuzzer target of the tokwatt core: decodes arbitrary bytes into calls
 * of every public function (format: fuzz_format.h) and traps on any breach
 * of the contracts the headers state. Built with AddressSanitizer and
 * UndefinedBehaviorSanitizer (mk/robustness.mk), so a crash, an overflow
 * of a caller's buffer or undefined behaviour also stops the run.
 *
 * Beyond "non-OK -> NaN, OK -> finite" it checks what each header promises
 * in a way that needs no reimplementation of the arithmetic: which inputs
 * are TW_EDOM, which statuses a function may return at all, that text is
 * either whole or "", and that functions built on others agree with them. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/tokwatt.h"
#include "fuzz_format.h"

/* ---- failing ------------------------------------------------------------ */

static const char *current; /* the function under test, for the report */

_Noreturn static void fail(const char *what, int line)
{
    fprintf(stderr, "fuzz_core: contract violated in %s: %s (fuzz_core.c:%d)\n",
            current ? current : "?", what, line);
    __builtin_trap();
}

#define REQUIRE(cond) ((cond) ? (void)0 : fail(#cond, __LINE__))

#define BIT(status) (1u << (status))

/* FUZZ_TRACE=1 in the environment prints each call and the last status
 * it checked, to see what an input does. */
static int trace, last_status;

/* A status is one of the enum and one the function may return. */
static void check_status(int s, unsigned allowed)
{
    last_status = s;
    REQUIRE(s >= 0 && s < TW_STATUS_COUNT);
    REQUIRE(allowed & BIT(s));
}

/* The GSL convention of every numeric output. */
static void check_value(int s, double v)
{
    if (s == TW_OK)
        REQUIRE(isfinite(v));
    else
        REQUIRE(isnan(v));
}

/* Bitwise-equal results, any NaN equal to any NaN. */
static int same(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return a == b && signbit(a) == signbit(b);
}

/* ---- decoding ----------------------------------------------------------- */

typedef struct {
    const uint8_t *p;
    size_t n;
} reader;

static uint8_t u8(reader *r)
{
    if (r->n == 0)
        return 0;
    r->n--;
    return *r->p++;
}

/* n bytes into dst, zeros past the end of the input. */
static void raw(reader *r, void *dst, size_t n)
{
    memset(dst, 0, n);
    const size_t k = n < r->n ? n : r->n;
    memcpy(dst, r->p, k);
    r->p += k;
    r->n -= k;
}

static double dbl(reader *r)
{
    const uint8_t tag = u8(r);
    if (tag < FZ_SPECIAL_COUNT)
        return fz_special[tag];
    double x;
    raw(r, &x, sizeof x);
    return x;
}

static size_t len(reader *r) { return u8(r) % 9; }

/* A heap array of exactly n doubles (malloc(0) when n == 0), so ASan
 * catches a read past the length the caller gives. */
static double *dbls(reader *r, size_t n)
{
    double *a = malloc(n * sizeof *a);
    for (size_t i = 0; i < n; i++)
        a[i] = dbl(r);
    return a;
}

static size_t index_arg(reader *r)
{
    const uint8_t b = u8(r);
    if (b < 0xF0)
        return b;
    size_t i;
    raw(r, &i, sizeof i);
    return i;
}

static int int_arg(reader *r)
{
    const uint8_t b = u8(r);
    if (b < 0xF0)
        return (int)b - 16;
    int i;
    raw(r, &i, sizeof i);
    return i;
}

/* A string on the heap in exactly its bytes (NULL for FZ_STR_NULL): free()
 * it. Names come in any ASCII case, since lookups ignore case. */
static char *str(reader *r)
{
    const int kind = u8(r) % FZ_STR_COUNT;
    if (kind == FZ_STR_NULL)
        return NULL;
    if (kind == FZ_STR_EMPTY)
        return calloc(1, 1);
    if (kind == FZ_STR_RANDOM) {
        const size_t n = u8(r) % 32;
        char *s = malloc(n + 1);
        raw(r, s, n);
        s[n] = '\0';
        return s;
    }
    const char *name = fz_names[u8(r) % FZ_NAME_COUNT];
    const size_t n = strlen(name);
    if (kind == FZ_STR_NAME) {
        const uint8_t mask = u8(r);
        char *s = malloc(n + 1);
        memcpy(s, name, n + 1);
        for (size_t i = 0; i < n && i < 8; i++) {
            const char c = s[i];
            if ((mask >> i & 1) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                s[i] = (char)(c ^ 0x20);
        }
        return s;
    }
    if (kind == FZ_STR_NAME_NUL) { /* "name\0junk": the name is what counts */
        const size_t tail = u8(r) % 16;
        char *s = malloc(n + 1 + tail + 1);
        memcpy(s, name, n + 1);
        raw(r, s + n + 1, tail);
        s[n + 1 + tail] = '\0';
        return s;
    }
    /* FZ_STR_NEAR: one char short, or one more */
    const uint8_t b = u8(r);
    char *s = malloc(n + 2);
    memcpy(s, name, n + 1);
    if (b & 1)
        s[n - 1] = '\0';
    else {
        s[n] = (char)(b >> 1);
        s[n + 1] = '\0';
    }
    return s;
}

typedef struct {
    char *buf;
    size_t size;
} buffer;

/* A text buffer of exactly size bytes, filled with 'Z' so a missing NUL
 * shows; ASan catches a write past it. */
static buffer buf_arg(reader *r)
{
    buffer b = {NULL, 0};
    const int kind = u8(r) % FZ_BUF_COUNT;
    switch (kind) {
    case FZ_BUF_ZERO: b.size = 0; break;
    case FZ_BUF_ONE: b.size = 1; break;
    case FZ_BUF_SMALL: b.size = u8(r); break;
    case FZ_BUF_MAX: b.size = TW_CATALOG_TEXT_MAX; break;
    default: b.size = u8(r); return b; /* FZ_BUF_NULL */
    }
    b.buf = malloc(b.size);
    memset(b.buf, 'Z', b.size);
    return b;
}

/* ---- domains of the numeric functions ----------------------------------- */

enum { NONNEG, POSITIVE, PUE };

static int in_domain(double x, int cls)
{
    switch (cls) {
    case NONNEG: return isfinite(x) && x >= 0.0;
    case POSITIVE: return isfinite(x) && x > 0.0;
    default: return isfinite(x) && x >= 1.0; /* PUE */
    }
}

static int is_share(double x) { return x >= 0.0 && x <= 1.0; }

/* The scalar functions, from their rows of tw_functions: every argument a
 * finite number in its domain (what each domain means is this file's own
 * in_domain, not the core's), the statuses the row lists, the result >= 0. */
static int domain_class(tw_domain d)
{
    switch (d) {
    case TW_DOMAIN_NONNEG: return NONNEG;
    case TW_DOMAIN_POSITIVE: return POSITIVE;
    default: return PUE;
    }
}

static void fuzz_scalar(reader *r, double start)
{
    const tw_function_info *f = &tw_functions[u8(r) % TW_FN_COUNT];
    current = f->name;
    REQUIRE(f->n_args > 0 && f->n_args <= TW_MAX_SCALAR_ARGS && f->function);
    double a[TW_MAX_SCALAR_ARGS];
    int domain_ok = 1;
    for (size_t i = 0; i < f->n_args; i++) {
        a[i] = dbl(r);
        domain_ok = domain_ok && in_domain(a[i], domain_class(f->args[i].domain));
    }
    if (domain_ok && f->related)
        domain_ok = f->related(a);
    double out = start;
    const int s = tw_function_call(f, a, &out);
    check_status(s, f->statuses);
    check_value(s, out);
    REQUIRE(domain_ok == (s != TW_EDOM)); /* TW_EDOM exactly off the domain */
    if (s == TW_OK)
        REQUIRE(out >= 0.0);
    if (s == TW_OK && f == &tw_functions[TW_FN_NMAX])
        REQUIRE(out == floor(out)); /* whole users */
}

/* ---- the essay's list and cache functions ------------------------------- */

static void fuzz_etok(reader *r, double start)
{
    current = "tw_etok";
    /* Mostly consistent shapes, so the values get exercised too. */
    const uint8_t shape = u8(r);
    const size_t n_tdp = len(r);
    const size_t n_tps = (shape & 1) ? len(r) : n_tdp;
    const int share_kind = shape >> 1 & 3; /* NULL, n_tdp, any, NULL */
    size_t n_share = share_kind == 1 ? n_tdp : len(r);
    double *tdp = dbls(r, n_tdp), *tps = dbls(r, n_tps);
    double *share = (share_kind == 1 || share_kind == 2) ? dbls(r, n_share) : NULL;
    const double pue = dbl(r);

    double out = start;
    const int s = tw_etok(tdp, n_tdp, tps, n_tps, share, n_share, pue, &out);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_ESUM)
                        | BIT(TW_EOVERFLOW));
    check_value(s, out);

    const int shape_bad = n_tdp == 0 || n_tps != n_tdp || (share && n_share != n_tdp);
    REQUIRE(shape_bad == (s == TW_ESHAPE));
    if (!shape_bad) {
        int domain_ok = in_domain(pue, PUE);
        double sum = 0.0; /* summed as the header defines the check */
        for (size_t g = 0; g < n_tdp; g++) {
            const double f = share ? share[g] : 1.0 / (double)n_tdp;
            domain_ok = domain_ok && in_domain(tdp[g], NONNEG)
                        && in_domain(tps[g], POSITIVE) && is_share(f);
            sum += f;
        }
        REQUIRE(domain_ok == (s != TW_EDOM));
        if (domain_ok)
            REQUIRE((fabs(sum - 1.0) > TW_SHARE_SUM_TOL) == (s == TW_ESUM));
    }
    if (s == TW_OK)
        REQUIRE(out >= 0.0);
    free(tdp);
    free(tps);
    free(share);
}

static tw_cache cache_arg(reader *r)
{
    tw_cache c;
    c.alpha_o = dbl(r);
    c.alpha_m = dbl(r);
    c.alpha_h = dbl(r);
    c.beta_m = dbl(r);
    c.beta_h = dbl(r);
    return c;
}

static void fuzz_cache_resolve(reader *r)
{
    current = "tw_cache_resolve";
    const tw_cache given = cache_arg(r);
    const unsigned mask = u8(r); /* bits above the five are ignored */
    const tw_cache c = tw_cache_resolve(&given, mask);
    const tw_cache *d = &tw_cache_realistic;
    /* Given fields pass through, missing betas take the default. */
    REQUIRE(same(c.beta_m, (mask & TW_GIVEN_BETA_M) ? given.beta_m : d->beta_m));
    REQUIRE(same(c.beta_h, (mask & TW_GIVEN_BETA_H) ? given.beta_h : d->beta_h));
    const unsigned alphas = mask & (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_M | TW_GIVEN_ALPHA_H);
    /* Exactly one alpha missing: it is 1 minus the other two. */
    double want_o = (mask & TW_GIVEN_ALPHA_O) ? given.alpha_o : d->alpha_o;
    double want_m = (mask & TW_GIVEN_ALPHA_M) ? given.alpha_m : d->alpha_m;
    double want_h = (mask & TW_GIVEN_ALPHA_H) ? given.alpha_h : d->alpha_h;
    if (alphas == (TW_GIVEN_ALPHA_M | TW_GIVEN_ALPHA_H))
        want_o = 1.0 - given.alpha_m - given.alpha_h;
    else if (alphas == (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_H))
        want_m = 1.0 - given.alpha_o - given.alpha_h;
    else if (alphas == (TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_M))
        want_h = 1.0 - given.alpha_o - given.alpha_m;
    REQUIRE(same(c.alpha_o, want_o));
    REQUIRE(same(c.alpha_m, want_m));
    REQUIRE(same(c.alpha_h, want_h));
}

/* The status tw_cachefactor must give, TW_OK standing for "OK or
 * overflow". */
static int cache_expect(const tw_cache *c)
{
    if (!is_share(c->alpha_o) || !is_share(c->alpha_m) || !is_share(c->alpha_h)
        || !in_domain(c->beta_m, NONNEG) || !in_domain(c->beta_h, NONNEG))
        return TW_EDOM;
    if (fabs(c->alpha_o + c->alpha_m + c->alpha_h - 1.0) > TW_SHARE_SUM_TOL)
        return TW_ESUM;
    return TW_OK;
}

static void fuzz_cachefactor(reader *r, double start)
{
    current = "tw_cachefactor";
    const tw_cache c = cache_arg(r);
    double out = start;
    const int s = tw_cachefactor(&c, &out);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESUM) | BIT(TW_EOVERFLOW));
    check_value(s, out);
    const int want = cache_expect(&c);
    REQUIRE(s == want || (want == TW_OK && s == TW_EOVERFLOW));
    if (s == TW_OK)
        REQUIRE(out >= 0.0);
}

static void fuzz_eeff(reader *r, double start)
{
    current = "tw_eeff";
    const double e_tok = dbl(r);
    const tw_cache c = cache_arg(r);
    double out = start, k = start;
    const int s = tw_eeff(e_tok, &c, &out);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESUM) | BIT(TW_EOVERFLOW));
    check_value(s, out);
    /* "Statuses as tw_cachefactor; TW_EDOM also for e_tok_j < 0." */
    const int ks = tw_cachefactor(&c, &k);
    if (ks != TW_OK)
        REQUIRE(s == ks);
    else if (!in_domain(e_tok, NONNEG))
        REQUIRE(s == TW_EDOM);
    else
        REQUIRE(s == TW_OK || s == TW_EOVERFLOW);
    if (s == TW_OK)
        REQUIRE(out >= 0.0);
}

static void fuzz_cohort(reader *r, double start)
{
    current = "tw_cohort";
    const uint8_t shape = u8(r);
    const size_t n_users = len(r);
    const size_t n_grid = (shape & 3) == 0 ? 1 : (shape & 3) == 1 ? n_users : len(r);
    double *users = dbls(r, n_users), *grid = dbls(r, n_grid);
    const double p_user = dbl(r);
    double *pop = malloc(n_users * sizeof *pop), *ratio = malloc(n_users * sizeof *ratio),
           *k1 = malloc(n_users * sizeof *k1);
    for (size_t i = 0; i < n_users; i++)
        pop[i] = ratio[i] = k1[i] = start;

    const int s = tw_cohort(users, n_users, p_user, grid, n_grid, pop, ratio, k1);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EOVERFLOW));

    const int shape_bad = n_users == 0 || (n_grid != 1 && n_grid != n_users);
    REQUIRE(shape_bad == (s == TW_ESHAPE));
    if (!shape_bad) {
        int domain_ok = in_domain(p_user, NONNEG);
        for (size_t i = 0; i < n_users; i++)
            domain_ok = domain_ok && in_domain(users[i], NONNEG);
        for (size_t i = 0; i < n_grid; i++)
            domain_ok = domain_ok && in_domain(grid[i], POSITIVE);
        REQUIRE(domain_ok == (s != TW_EDOM));
    }
    if (s == TW_ESHAPE || s == TW_EDOM) {
        for (size_t i = 0; i < n_users; i++) /* all NaN */
            REQUIRE(isnan(pop[i]) && isnan(ratio[i]) && isnan(k1[i]));
    } else {
        /* Row by row: all three NaN (that cohort overflowed) or all three
         * finite and equal to the scalar functions' results. */
        int nan_rows = 0;
        for (size_t i = 0; i < n_users; i++) {
            const int row_nan = isnan(pop[i]);
            REQUIRE(isnan(ratio[i]) == row_nan && isnan(k1[i]) == row_nan);
            nan_rows += row_nan;
            double want_pop, want_ratio, want_k1;
            int ok = tw_ppop(users[i], p_user, &want_pop) == TW_OK;
            ok = ok && tw_gridratio(want_pop, grid[n_grid == 1 ? 0 : i], &want_ratio) == TW_OK;
            ok = ok && tw_kardashev(want_pop, &want_k1) == TW_OK;
            REQUIRE(ok == !row_nan);
            if (ok) {
                REQUIRE(isfinite(pop[i]) && isfinite(ratio[i]) && isfinite(k1[i]));
                REQUIRE(same(pop[i], want_pop) && same(ratio[i], want_ratio)
                        && same(k1[i], want_k1));
            }
        }
        REQUIRE((s == TW_EOVERFLOW) == (nan_rows > 0));
    }
    free(users);
    free(grid);
    free(pop);
    free(ratio);
    free(k1);
}

/* ---- the catalog -------------------------------------------------------- */

#define LOOKUP_STATUSES (BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ENOTFOUND) | BIT(TW_ENOVALUE))

static void fuzz_catalog_entry(reader *r)
{
    current = "tw_catalog_entry";
    const size_t index = index_arg(r);
    static const tw_preset dummy;
    const tw_preset *e = &dummy;
    const int s = tw_catalog_entry(index, &e);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    REQUIRE((index < tw_catalog_count()) == (s == TW_OK));
    if (s != TW_OK) {
        REQUIRE(e == NULL);
        return;
    }
    REQUIRE(e && e->name && e->label && e->field && e->unit && e->source && e->as_of);
    REQUIRE(e->kind >= TW_PRESET_GPU && e->kind <= TW_PRESET_DISCLOSURE);
    REQUIRE(isfinite(e->value));
    /* Every row is found by its own name and field. */
    double v = NAN;
    REQUIRE(tw_preset_value(e->name, e->field, &v) == TW_OK && same(v, e->value));
}

/* tw_preset_value and the getters built on it, which must agree with it. */
static void fuzz_lookup(int fn, reader *r, double start)
{
    char *name = str(r);
    /* the getters of one field take no field name */
    const char *fixed = fn == FZ_FN_POWERREF         ? "power_w"
                        : fn == FZ_FN_GRID_INTENSITY ? "g_per_kwh"
                        : fn == FZ_FN_WATER_FACTOR   ? "l_per_kwh"
                                                     : NULL;
    char *field = fixed ? NULL : str(r);
    double out = start;
    int s;
    switch (fn) {
    case FZ_FN_PRESET_VALUE:
        current = "tw_preset_value";
        s = tw_preset_value(name, field, &out);
        break;
    case FZ_FN_GPU_FIELD:
        current = "tw_gpu_field";
        s = tw_gpu_field(name, field, &out);
        break;
    case FZ_FN_CACHE_FIELD:
        current = "tw_cache_field";
        s = tw_cache_field(name, field, &out);
        break;
    case FZ_FN_DISCLOSURE:
        current = "tw_disclosure";
        s = tw_disclosure(name, field, &out);
        break;
    case FZ_FN_GRID_INTENSITY:
        current = "tw_grid_intensity";
        s = tw_grid_intensity(name, &out);
        break;
    case FZ_FN_WATER_FACTOR:
        current = "tw_water_factor";
        s = tw_water_factor(name, &out);
        break;
    default:
        current = "tw_powerref";
        s = tw_powerref(name, &out);
        break;
    }
    check_status(s, LOOKUP_STATUSES);
    check_value(s, out);
    const int null_arg = !name || (!fixed && !field);
    REQUIRE(null_arg == (s == TW_EDOM));
    if (fn != FZ_FN_PRESET_VALUE && !null_arg) {
        double any = NAN;
        const int sa = tw_preset_value(name, fixed ? fixed : field, &any);
        if (s == TW_OK || s == TW_ENOVALUE) /* same preset and field */
            REQUIRE(sa == s && same(any, out));
        if (sa == TW_ENOTFOUND) /* narrowing the kind finds no more */
            REQUIRE(s == TW_ENOTFOUND);
    }
    /* tw_powercompare divides by it, trusting it is >= 1 W. */
    if (fn == FZ_FN_POWERREF && s == TW_OK)
        REQUIRE(out >= 1.0);
    free(name);
    free(field);
}

static void fuzz_cache_preset(reader *r, double start)
{
    current = "tw_cache_preset";
    char *name = str(r);
    tw_cache c = {start, start, start, start, start};
    const int s = tw_cache_preset(name, &c);
    check_status(s, LOOKUP_STATUSES);
    const double got[5] = {c.alpha_o, c.alpha_m, c.alpha_h, c.beta_m, c.beta_h};
    static const char *const fields[5] = {"alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h"};
    for (int i = 0; i < 5; i++) {
        check_value(s, got[i]);
        if (s == TW_OK) {
            double v = NAN;
            REQUIRE(tw_cache_field(name, fields[i], &v) == TW_OK && same(v, got[i]));
        }
    }
    REQUIRE(!name == (s == TW_EDOM));
    if (s == TW_OK) { /* a sourced profile is a valid one */
        double k = NAN;
        REQUIRE(tw_cachefactor(&c, &k) == TW_OK);
    }
    free(name);
}

/* A text function's call: on OK a NUL-terminated text within size; on
 * error "" whenever there is a byte to write it to. Then the same call
 * with a TW_CATALOG_TEXT_MAX buffer, which fits any text, must succeed
 * unless the arguments are wrong, and a smaller buffer must give that very
 * text or TW_EBUFSIZE, never a cut one. */
static void check_text(int s, const buffer *b, int big_s, const char *big)
{
    check_status(big_s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ENOTFOUND));
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ENOTFOUND) | BIT(TW_EBUFSIZE));
    if (s == TW_OK) {
        REQUIRE(b->buf && b->size > 0);
        REQUIRE(memchr(b->buf, '\0', b->size) != NULL);
        REQUIRE(b->buf[0] != '\0');
    } else if (b->buf && b->size > 0) {
        REQUIRE(b->buf[0] == '\0');
    }
    if (big_s != TW_OK) {
        REQUIRE(big[0] == '\0');
        REQUIRE(s == big_s); /* an argument error comes before the buffer */
        return;
    }
    const size_t need = strlen(big) + 1;
    const int fits = b->buf && b->size >= need;
    REQUIRE(s == (fits ? TW_OK : TW_EBUFSIZE));
    if (s == TW_OK)
        REQUIRE(strcmp(b->buf, big) == 0);
}

static void fuzz_presetinfo(reader *r)
{
    current = "tw_presetinfo";
    char *name = str(r);
    buffer b = buf_arg(r);
    const int s = tw_presetinfo(name, b.buf, b.size);
    char *big = malloc(TW_CATALOG_TEXT_MAX);
    const int big_s = tw_presetinfo(name, big, TW_CATALOG_TEXT_MAX);
    check_text(s, &b, big_s, big);
    REQUIRE(!name == (s == TW_EDOM));
    free(big);
    free(b.buf);
    free(name);
}

/* The band of tw_catalog.h's table. */
static const char *scale_of(double p)
{
    if (p < TW_COMPARE_HOOVER_FROM_W) return "us_household";
    if (p < TW_COMPARE_NUCLEAR_FROM_W) return "hoover_dam";
    if (p < TW_COMPARE_US_FROM_W) return "nuclear_unit";
    if (p < TW_COMPARE_WORLD_FROM_W) return "us_electricity";
    if (p < TW_COMPARE_SUN_FROM_W) return "world_primary_energy";
    return "sunlight_toa";
}

static void fuzz_powerscale(reader *r)
{
    current = "tw_powerscale";
    const double p = dbl(r);
    const char *ref = "not written";
    const int s = tw_powerscale(p, &ref);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    REQUIRE(in_domain(p, NONNEG) == (s == TW_OK));
    if (s != TW_OK) {
        REQUIRE(ref == NULL);
        return;
    }
    REQUIRE(ref && strcmp(ref, scale_of(p)) == 0);
    double w = NAN;
    REQUIRE(tw_powerref(ref, &w) == TW_OK);
}

static void fuzz_powercompare(reader *r)
{
    current = "tw_powercompare";
    const double p = dbl(r);
    char *ref = str(r);
    buffer b = buf_arg(r);
    const int s = tw_powercompare(p, ref, b.buf, b.size);
    char *big = malloc(TW_CATALOG_TEXT_MAX);
    const int big_s = tw_powercompare(p, ref, big, TW_CATALOG_TEXT_MAX);
    check_text(s, &b, big_s, big);
    double w;
    const int ref_ok = !ref || !ref[0] || tw_powerref(ref, &w) == TW_OK;
    if (!in_domain(p, NONNEG))
        REQUIRE(big_s == TW_EDOM);
    else
        REQUIRE(big_s == (ref_ok ? TW_OK : TW_ENOTFOUND));
    if (big_s == TW_OK)
        REQUIRE(strstr(big, " x ") != NULL);
    free(big);
    free(b.buf);
    free(ref);
}

/* ---- UNCERTAIN's distributions ------------------------------------------ */

#define DIST_STATUSES (BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_EOVERFLOW))

/* a <= b but for rounding (1E-9 relative): quantile functions increase,
 * computed ones to within their rounding. */
static int below_or_near(double a, double b)
{
    return a <= b || a - b <= 1e-9 * (fabs(a) + fabs(b));
}

/* lo <= x <= hi but for a few ulps: an interpolation or a mean of values
 * in [lo, hi] rounds to within them. */
static int within(double x, double lo, double hi)
{
    const double slack = 4 * DBL_EPSILON * (fabs(lo) > fabs(hi) ? fabs(lo) : fabs(hi));
    return x >= lo - slack && x <= hi + slack;
}

/* tw_shape_parse's names, as this file reads them: ASCII case ignored. */
static int shape_name_ok(const char *s)
{
    static const char *const names[] = {"normal", "lognormal", "uniform", "loguniform",
                                        "triangular"};
    if (!s || !s[0])
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t j = 0;
        while (s[j] && names[i][j]
               && (s[j] == names[i][j] || (s[j] ^ 0x20) == names[i][j]))
            j++;
        if (!s[j] && !names[i][j])
            return 1;
    }
    return 0;
}

static void fuzz_dist(reader *r, double start)
{
    current = "tw_dist_make";
    const double lo = dbl(r), hi = dbl(r), likely = dbl(r);
    char *shape = str(r);
    const double min = dbl(r), max = dbl(r), u1 = dbl(r), u2 = dbl(r);
    tw_dist d;
    const int s = tw_dist_make(lo, hi, likely, shape, min, max, &d);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    REQUIRE(d.problem >= 0 && d.problem < TW_DIST_PROBLEM_COUNT);
    REQUIRE((s == TW_OK) == (d.problem == TW_DIST_OK));
    REQUIRE(tw_dist_problem_text(d.problem)[0] != '\0');
    if (!isfinite(lo) || !isfinite(hi))
        REQUIRE(d.problem == TW_DIST_NOT_FINITE);
    else if (!(lo < hi)) /* unless a non-finite likely, min or max came first */
        REQUIRE(d.problem == TW_DIST_LO_NOT_BELOW_HI || d.problem == TW_DIST_NOT_FINITE);
    if (s != TW_OK) {
        REQUIRE(d.shape == TW_SHAPE_DEFAULT);
        REQUIRE(isnan(d.lo) && isnan(d.hi) && isnan(d.p1) && isnan(d.p2) && isnan(d.mass));
    } else {
        /* what was accepted is what the header allows */
        REQUIRE(d.shape > TW_SHAPE_DEFAULT && d.shape < TW_SHAPE_COUNT);
        REQUIRE(isfinite(lo) && isfinite(hi) && lo < hi);
        REQUIRE(isnan(likely) || (lo < likely && likely < hi));
        REQUIRE(isnan(min) || isfinite(min));
        REQUIRE(isnan(max) || isfinite(max));
        REQUIRE(isnan(min) || isnan(max) || min < max);
        REQUIRE(shape_name_ok(shape));
        REQUIRE(d.mass > 0.0 && d.mass <= 1.0);
        const int log_shape = d.shape == TW_SHAPE_LOGNORMAL || d.shape == TW_SHAPE_LOGUNIFORM
                              || d.shape == TW_SHAPE_LOGMETALOG;
        REQUIRE(!log_shape || lo > 0.0);
        REQUIRE((d.shape == TW_SHAPE_METALOG || d.shape == TW_SHAPE_LOGMETALOG
                 || d.shape == TW_SHAPE_TRIANGULAR)
                == !isnan(likely));
    }
    free(shape);

    /* quantile: TW_EDOM exactly off (0, 1) or on a refused distribution;
     * in [min, max]; increasing in u */
    current = "tw_dist_quantile";
    double x1 = start, x2 = start;
    const int s1 = tw_dist_quantile(&d, u1, &x1);
    check_status(s1, DIST_STATUSES);
    check_value(s1, x1);
    const int u1_ok = u1 > 0.0 && u1 < 1.0;
    REQUIRE((s1 == TW_EDOM) == (s != TW_OK || !u1_ok));
    if (s1 == TW_OK)
        REQUIRE(x1 >= d.min && x1 <= d.max);
    const int s2 = tw_dist_quantile(&d, u2, &x2);
    if (s1 == TW_OK && s2 == TW_OK)
        REQUIRE(u1 <= u2 ? below_or_near(x1, x2) : below_or_near(x2, x1));

    current = "tw_dist_quantiles";
    const double us[2] = {u1, u2};
    double xs[2] = {start, start};
    const int sq = tw_dist_quantiles(&d, us, 2, xs);
    check_status(sq, DIST_STATUSES);
    REQUIRE(sq == (s1 != TW_OK ? s1 : s2));
    REQUIRE(same(xs[0], x1) && same(xs[1], x2));

    current = "tw_dist_median";
    double m = start;
    const int sm = tw_dist_median(&d, &m);
    check_status(sm, DIST_STATUSES);
    check_value(sm, m);
    REQUIRE((sm == TW_EDOM) == (s != TW_OK));
    if (sm == TW_OK)
        REQUIRE(m >= d.min && m <= d.max);

    current = "tw_dist_cdf";
    double p = start;
    const int sc = tw_dist_cdf(&d, u1, &p); /* u1 read as an x */
    check_status(sc, BIT(TW_OK) | BIT(TW_EDOM));
    check_value(sc, p);
    REQUIRE((sc == TW_EDOM) == (s != TW_OK || isnan(u1)));
    if (sc == TW_OK)
        REQUIRE(p >= 0.0 && p <= 1.0);
}

static void fuzz_normal_quantile(reader *r, double start)
{
    current = "tw_normal_quantile";
    const double p = dbl(r), q = dbl(r);
    double z = start, w = start;
    const int s = tw_normal_quantile(p, &z);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    check_value(s, z);
    REQUIRE((s == TW_OK) == (p > 0.0 && p < 1.0));
    if (s == TW_OK)
        REQUIRE(p < 0.5 ? z < 0.0 : p > 0.5 ? z > 0.0 : z == 0.0);
    if (s == TW_OK && tw_normal_quantile(q, &w) == TW_OK)
        REQUIRE(p <= q ? below_or_near(z, w) : below_or_near(w, z));
}

static void fuzz_shape_parse(reader *r)
{
    current = "tw_shape_parse";
    char *name = str(r);
    tw_shape shape = TW_SHAPE_COUNT;
    const int s = tw_shape_parse(name, &shape);
    check_status(s, BIT(TW_OK) | BIT(TW_ENOTFOUND));
    REQUIRE((s == TW_OK) == shape_name_ok(name));
    REQUIRE(shape >= TW_SHAPE_DEFAULT && shape <= TW_SHAPE_TRIANGULAR);
    if (s != TW_OK || !name || !name[0])
        REQUIRE(shape == TW_SHAPE_DEFAULT);
    else
        REQUIRE(shape_name_ok(tw_shape_name(shape)) && tw_shape_name(shape)[0]);
    const int k = int_arg(r);
    REQUIRE(tw_shape_name(k)[0] && tw_dist_problem_text(k)[0] && tw_corr_problem_text(k)[0]);
    free(name);
}

/* ---- the HDR generator and Latin hypercube ------------------------------- */

/* An ID or trial: an index, its low 32 bits (the generator's IDs). */
static uint32_t id_arg(reader *r) { return (uint32_t)index_arg(r); }

static tw_hdr_stream stream_arg(reader *r)
{
    tw_hdr_stream s;
    s.var_id = id_arg(r);
    s.entity = id_arg(r);
    s.seed3 = id_arg(r);
    s.seed4 = id_arg(r);
    return s;
}

static int stream_ok(const tw_hdr_stream *s)
{
    return s->var_id <= 100000000u && s->entity <= 100000000u && s->seed3 <= 100000000u
           && s->seed4 <= 100000000u;
}

/* u is (k + 1/2) / 2^32 for an integer k below 2^32. */
static int hdr_grid(double u)
{
    const double k = u * 4294967296.0 - 0.5;
    return u > 0.0 && u < 1.0 && k == floor(k);
}

static void fuzz_hdr(reader *r, double start)
{
    current = "tw_hdr_uniform";
    const tw_hdr_stream st = stream_arg(r);
    const uint32_t trial = id_arg(r);
    const int null_stream = u8(r) == 0xEE;
    double u = start, again = start;
    const int s = tw_hdr_uniform(null_stream ? NULL : &st, trial, &u);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    check_value(s, u);
    REQUIRE((s == TW_OK) == (!null_stream && stream_ok(&st) && trial <= 100000000u));
    if (s == TW_OK) {
        REQUIRE(hdr_grid(u));
        REQUIRE(tw_hdr_uniform(&st, trial, &again) == TW_OK && same(u, again));
    }
}

/* The exact stratum test: stratum <= u n < stratum + 1 (fma rounds once). */
static int in_stratum_exactly(double u, double n, double stratum)
{
    return fma(u, n, -stratum) >= 0.0 && fma(u, n, -(stratum + 1.0)) < 0.0;
}

/* n for the column functions: a byte, or 8 raw bytes of a size_t (a huge
 * n is refused before the buffer, which is only as long as a small n). */
static void fuzz_hdr_column(reader *r, double start)
{
    const tw_hdr_stream st = stream_arg(r);
    const size_t n = index_arg(r);
    const int lhs = u8(r) & 1;
    current = lhs ? "tw_lhs_uniforms" : "tw_hdr_uniforms";
    const size_t cap = lhs ? 50000000u : 100000000u;
    const size_t room = n <= 4096 ? n : 1; /* a huge n must not be written */
    double *u = malloc((room ? room : 1) * sizeof *u);
    for (size_t i = 0; i < room; i++)
        u[i] = start;
    const int s = n <= 4096 || n > cap ? (lhs ? tw_lhs_uniforms(&st, n, u)
                                               : tw_hdr_uniforms(&st, n, u))
                                        : -1;
    if (s == -1) { /* a large valid n: not run here, to stay fast */
        free(u);
        return;
    }
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE));
    REQUIRE((s == TW_ESHAPE) == (n == 0 || n > cap));
    REQUIRE((s == TW_EDOM) == (n != 0 && n <= cap && !stream_ok(&st)));
    if (s == TW_EDOM)
        for (size_t i = 0; i < n; i++)
            REQUIRE(isnan(u[i]));
    if (s == TW_OK) {
        char *hit = calloc(n, 1);
        for (size_t i = 0; i < n; i++) {
            double one = NAN;
            REQUIRE(u[i] > 0.0 && u[i] < 1.0);
            if (!lhs) {
                REQUIRE(tw_hdr_uniform(&st, (uint32_t)(i + 1), &one) == TW_OK && same(one, u[i]));
                continue;
            }
            /* exactly one per stratum, decided exactly by fma's sign */
            double k = floor(u[i] * (double)n);
            if (!in_stratum_exactly(u[i], (double)n, k))
                k += fma(u[i], (double)n, -k) < 0.0 ? -1.0 : 1.0;
            REQUIRE(in_stratum_exactly(u[i], (double)n, k));
            REQUIRE(k >= 0.0 && k < (double)n && !hit[(size_t)k]);
            hit[(size_t)k] = 1;
        }
        free(hit);
    }
    free(u);
}

static void fuzz_lhs_point(reader *r, double start)
{
    current = "tw_lhs_point";
    const double stratum = dbl(r), jitter = dbl(r);
    const size_t n = index_arg(r);
    double u = start;
    const int s = tw_lhs_point(stratum, jitter, n, &u);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM));
    check_value(s, u);
    const int ok = n > 0 && n <= 50000000u && stratum >= 0.0 && stratum < (double)n
                   && stratum == floor(stratum) && jitter > 0.0 && jitter < 1.0;
    REQUIRE((s == TW_OK) == ok);
    if (s == TW_OK)
        REQUIRE(u > 0.0 && u < 1.0 && in_stratum_exactly(u, (double)n, stratum));
}

/* ---- correlation matrices and Iman-Conover ------------------------------ */

/* A k x k matrix (k * k may be 0) on the heap. */
static double *matrix_arg(reader *r, size_t k)
{
    const int kind = u8(r) % FZ_MAT_COUNT;
    if (kind == FZ_MAT_RAW)
        return dbls(r, k * k);
    double *c = malloc((k * k ? k * k : 1) * sizeof *c);
    for (size_t i = 0; i < k * k; i++)
        c[i] = i % (k + 1) == 0 ? 1.0 : 0.0;
    const int changes = u8(r) % 4;
    for (int m = 0; m < changes && k > 0; m++) {
        const size_t i = u8(r) % k, j = u8(r) % k;
        const double v = dbl(r);
        c[i * k + j] = c[j * k + i] = v;
    }
    return c;
}

/* What the header promises of an accepted matrix. */
static void check_accepted(const double *c, size_t k)
{
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++) {
            REQUIRE(c[i * k + j] >= -1.0 && c[i * k + j] <= 1.0);
            REQUIRE(fabs(c[i * k + j] - c[j * k + i]) <= TW_CORR_TOL);
        }
    for (size_t i = 0; i < k; i++)
        REQUIRE(fabs(c[i * k + i] - 1.0) <= TW_CORR_TOL);
}

static void check_corr_result(int s, const tw_corr_check_result *res, size_t k,
                              const double *c)
{
    REQUIRE(res->problem >= TW_CORR_OK && res->problem < TW_CORR_PROBLEM_COUNT);
    if (s == TW_OK) {
        REQUIRE(res->problem == TW_CORR_OK);
        check_accepted(c, k);
    }
    if (res->problem != TW_CORR_OK) {
        REQUIRE(s == TW_EDOM && res->row < k && res->col < k);
        if (res->problem == TW_CORR_NOT_FINITE)
            REQUIRE(!isfinite(c[res->row * k + res->col]));
    }
}

/* A work buffer of exactly need bytes, or one byte short (kind bit). */
static void *work_arg(reader *r, size_t need, size_t *size)
{
    *size = need;
    if (u8(r) & 1 && need > 0)
        (*size)--;
    return malloc(*size ? *size : 1);
}

static void fuzz_corr_check(reader *r)
{
    current = "tw_corr_check";
    const size_t k = len(r);
    double *c = matrix_arg(r, k);
    size_t size;
    void *work = work_arg(r, tw_corr_check_work_size(k), &size);
    tw_corr_check_result res = {TW_CORR_PROBLEM_COUNT, 0, 0};
    const int s = tw_corr_check(c, k, work, size, &res);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EBUFSIZE));
    REQUIRE((s == TW_ESHAPE) == (k == 0));
    if (k > 0)
        REQUIRE((s == TW_EBUFSIZE) == (size < tw_corr_check_work_size(k)));
    check_corr_result(s, &res, k, c);
    free(work);
    free(c);
}

static int cmp_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void fuzz_iman_conover(reader *r)
{
    current = "tw_iman_conover";
    const size_t n = u8(r) % 33, k = u8(r) % 5;
    double *x = dbls(r, n * k);
    double *c = matrix_arg(r, k);
    size_t size;
    void *work = work_arg(r, tw_iman_conover_work_size(n, k), &size);
    double *before = malloc((n * k ? n * k : 1) * sizeof *before);
    memcpy(before, x, n * k * sizeof *x);
    tw_corr_check_result res = {TW_CORR_PROBLEM_COUNT, 0, 0};
    const int s = tw_iman_conover(x, n, k, c, work, size, &res);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EBUFSIZE));
    REQUIRE((s == TW_ESHAPE) == (n == 0 || k == 0));
    if (s != TW_OK) { /* untouched, bit for bit */
        REQUIRE(memcmp(x, before, n * k * sizeof *x) == 0);
    } else {
        check_corr_result(s, &res, k, c);
        for (size_t j = 0; j < k; j++) { /* each column a permutation of itself */
            REQUIRE(size >= tw_iman_conover_work_size(n, k));
            qsort(x + j * n, n, sizeof *x, cmp_double);
            qsort(before + j * n, n, sizeof *x, cmp_double);
            for (size_t i = 0; i < n; i++)
                REQUIRE(isfinite(x[j * n + i]) && x[j * n + i] == before[j * n + i]);
        }
    }
    free(before);
    free(work);
    free(c);
    free(x);
}

/* ---- statistics --------------------------------------------------------- */

static int finite_all(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return 0;
    return 1;
}

static void fuzz_percentile(reader *r, double start)
{
    current = "tw_percentile_sorted";
    const size_t n = len(r);
    const int sort_first = u8(r) & 1;
    double *x = dbls(r, n);
    const double p = dbl(r);
    if (sort_first && finite_all(x, n))
        qsort(x, n, sizeof *x, cmp_double);
    int ascending = 1;
    for (size_t i = 1; i < n; i++)
        ascending = ascending && x[i - 1] <= x[i];
    double v = start;
    const int s = tw_percentile_sorted(x, n, p, &v);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EOVERFLOW));
    check_value(s, v);
    REQUIRE((s == TW_ESHAPE) == (n == 0));
    if (n > 0)
        REQUIRE((s == TW_EDOM) == (!(p >= 0.0 && p <= 1.0) || !finite_all(x, n) || !ascending));
    if (s == TW_OK) {
        REQUIRE(within(v, x[0], x[n - 1]));
        if (p == 0.0)
            REQUIRE(v == x[0]);
        if (p == 1.0)
            REQUIRE(v == x[n - 1]);
    }
    free(x);
}

static void fuzz_ranks(reader *r, double start)
{
    current = "tw_ranks";
    const size_t n = len(r);
    double *x = dbls(r, n), *y = dbls(r, n);
    size_t size;
    void *work = work_arg(r, tw_spearman_work_size(n), &size);
    double *rx = malloc((n ? n : 1) * sizeof *rx), *ry = malloc((n ? n : 1) * sizeof *ry);
    const int sx = tw_ranks(x, n, rx, work, size); /* at least its own size */
    check_status(sx, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EBUFSIZE));
    REQUIRE((sx == TW_ESHAPE) == (n == 0));
    if (n > 0 && size >= tw_ranks_work_size(n))
        REQUIRE((sx == TW_EDOM) == !finite_all(x, n));
    double sum = 0.0;
    for (size_t i = 0; sx != TW_ESHAPE && i < n; i++) {
        check_value(sx, rx[i]);
        if (sx == TW_OK) {
            REQUIRE(rx[i] >= 1.0 && rx[i] <= (double)n && rx[i] * 2 == floor(rx[i] * 2));
            sum += rx[i];
        }
    }
    if (sx == TW_OK)
        REQUIRE(sum == (double)n * (double)(n + 1) / 2.0);

    current = "tw_spearman";
    double rho = start;
    const int s = tw_spearman(x, y, n, work, size, &rho);
    check_status(s, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EBUFSIZE));
    check_value(s, rho);
    REQUIRE((s == TW_ESHAPE) == (n < 2));
    if (s == TW_OK) {
        /* Pearson's correlation of the ranks, to the bit */
        void *w = malloc(tw_ranks_work_size(n));
        REQUIRE(tw_ranks(y, n, ry, w, tw_ranks_work_size(n)) == TW_OK);
        double want = NAN;
        REQUIRE(tw_pearson(rx, ry, n, &want) == TW_OK && same(rho, want));
        REQUIRE(rho >= -1.0 && rho <= 1.0);
        free(w);
    }

    current = "tw_pearson";
    double pr = start;
    const int sp = tw_pearson(x, y, n, &pr);
    check_status(sp, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE));
    check_value(sp, pr);
    REQUIRE((sp == TW_ESHAPE) == (n < 2));
    if (sp == TW_OK)
        REQUIRE(pr >= -1.0 && pr <= 1.0);
    free(rx);
    free(ry);
    free(work);
    free(x);
    free(y);
}

static void fuzz_moments(reader *r, double start)
{
    const size_t n = len(r);
    double *x = dbls(r, n);
    current = "tw_mean";
    double m = start, sd = start;
    const int sm = tw_mean(x, n, &m);
    check_status(sm, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE));
    check_value(sm, m);
    REQUIRE((sm == TW_ESHAPE) == (n == 0));
    if (n > 0)
        REQUIRE((sm == TW_EDOM) == !finite_all(x, n));
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (size_t i = 0; i < n; i++) {
        lo = x[i] < lo ? x[i] : lo;
        hi = x[i] > hi ? x[i] : hi;
    }
    if (sm == TW_OK)
        REQUIRE(within(m, lo, hi));

    current = "tw_sd";
    const int ss = tw_sd(x, n, &sd);
    check_status(ss, BIT(TW_OK) | BIT(TW_EDOM) | BIT(TW_ESHAPE) | BIT(TW_EOVERFLOW));
    check_value(ss, sd);
    REQUIRE((ss == TW_ESHAPE) == (n < 2));
    if (ss == TW_OK)
        REQUIRE(sd >= 0.0);

    current = "tw_sort";
    double *y = malloc((n ? n : 1) * sizeof *y);
    memcpy(y, x, n * sizeof *x);
    const int so = tw_sort(y, n);
    check_status(so, BIT(TW_OK) | BIT(TW_EDOM));
    REQUIRE((so == TW_EDOM) == !finite_all(x, n));
    if (so != TW_OK) {
        REQUIRE(memcmp(x, y, n * sizeof *x) == 0);
    } else {
        for (size_t i = 1; i < n; i++)
            REQUIRE(y[i - 1] < y[i]
                    || (y[i - 1] == y[i] && (signbit(y[i - 1]) != 0) >= (signbit(y[i]) != 0)));
        qsort(x, n, sizeof *x, cmp_double);
        for (size_t i = 0; i < n; i++)
            REQUIRE(x[i] == y[i]);
    }
    free(y);
    free(x);
}

/* ---- the entry point ---------------------------------------------------- */

static void fuzz_one(reader *r)
{
    const uint8_t sel = u8(r);
    const int fn = (sel & 0x7F) % FZ_FN_COUNT;
    const double start = (sel & FZ_NAN_START) ? NAN : -7.0;
    last_status = -1;
    switch (fn) {
    case FZ_FN_STRERROR: {
        current = "tw_strerror";
        const char *m = tw_strerror(int_arg(r));
        REQUIRE(m && m[0]);
        break;
    }
    case FZ_FN_ETOK: fuzz_etok(r, start); break;
    case FZ_FN_CACHE_RESOLVE: fuzz_cache_resolve(r); break;
    case FZ_FN_CACHEFACTOR: fuzz_cachefactor(r, start); break;
    case FZ_FN_EEFF: fuzz_eeff(r, start); break;
    case FZ_FN_COHORT: fuzz_cohort(r, start); break;
    case FZ_FN_CATALOG_COUNT:
        current = "tw_catalog_count";
        REQUIRE(tw_catalog_count() > 0);
        break;
    case FZ_FN_CATALOG_ENTRY: fuzz_catalog_entry(r); break;
    case FZ_FN_PRESET_KIND_NAME: {
        current = "tw_preset_kind_name";
        const char *k = tw_preset_kind_name(int_arg(r));
        REQUIRE(k && k[0]);
        break;
    }
    case FZ_FN_PRESET_VALUE:
    case FZ_FN_GPU_FIELD:
    case FZ_FN_POWERREF:
    case FZ_FN_CACHE_FIELD:
    case FZ_FN_GRID_INTENSITY:
    case FZ_FN_WATER_FACTOR:
    case FZ_FN_DISCLOSURE: fuzz_lookup(fn, r, start); break;
    case FZ_FN_SCALAR: fuzz_scalar(r, start); break;
    case FZ_FN_CACHE_PRESET: fuzz_cache_preset(r, start); break;
    case FZ_FN_PRESETINFO: fuzz_presetinfo(r); break;
    case FZ_FN_POWERSCALE: fuzz_powerscale(r); break;
    case FZ_FN_POWERCOMPARE: fuzz_powercompare(r); break;
    case FZ_FN_DIST: fuzz_dist(r, start); break;
    case FZ_FN_NORMAL_QUANTILE: fuzz_normal_quantile(r, start); break;
    case FZ_FN_SHAPE_PARSE: fuzz_shape_parse(r); break;
    case FZ_FN_HDR: fuzz_hdr(r, start); break;
    case FZ_FN_HDR_COLUMN: fuzz_hdr_column(r, start); break;
    case FZ_FN_CORR_CHECK: fuzz_corr_check(r); break;
    case FZ_FN_IMAN_CONOVER: fuzz_iman_conover(r); break;
    case FZ_FN_PERCENTILE: fuzz_percentile(r, start); break;
    case FZ_FN_RANKS: fuzz_ranks(r, start); break;
    case FZ_FN_MOMENTS: fuzz_moments(r, start); break;
    case FZ_FN_LHS_POINT: fuzz_lhs_point(r, start); break;
    default: REQUIRE(!"every selector has a case");
    }
    if (trace)
        fprintf(stderr, "%s: %d\n", current, last_status);
    current = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    trace = getenv("FUZZ_TRACE") != NULL;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    /* A run of calls per input; bounded so one input stays fast. */
    int calls = 0;
    do
        fuzz_one(&r);
    while (r.n > 0 && ++calls < 64);
    return 0;
}
