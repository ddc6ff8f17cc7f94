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
