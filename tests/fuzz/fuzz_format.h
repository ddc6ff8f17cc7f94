/* The byte format fuzz_core.c decodes and make_seeds.c writes; shared so
 * the committed seeds stay meaningful when the decoder changes.
 *
 * An input is a run of calls. Each call is a selector byte (low 7 bits:
 * the function, FZ_FN_* modulo FZ_FN_COUNT; bit 7: outputs start as NaN
 * instead of a finite sentinel, so both "wrote NaN on error" and "wrote a
 * value on OK" are checked) followed by the function's arguments. The
 * scalar functions share one selector, FZ_FN_SCALAR, followed by a byte
 * that picks the function (its tw_function_id modulo TW_FN_COUNT) and then
 * as many doubles as its row of tw_functions has arguments.
 *
 *   double   a tag byte: below FZ_SPECIAL_COUNT picks fz_special[tag] (the
 *            edge cases, so the fuzzer reaches them at once); otherwise
 *            the next 8 bytes, as the double's bits (little-endian)
 *   length   one byte modulo 9: 0..8
 *   string   a kind byte (FZ_STR_*) and its bytes, see fz_str in fuzz_core.c
 *   buffer   a kind byte (FZ_BUF_*) and, for some kinds, a size byte
 *   index    a byte below 0xF0 is the index; else 8 bytes of a size_t
 *   int      a byte below 0xF0 is that byte minus 16; else 4 bytes of int
 *   id       an index, its low 32 bits (the HDR generator's IDs and trials)
 *   matrix   a kind byte: FZ_MAT_RAW, k * k doubles; FZ_MAT_IDENTITY, a
 *            count byte (0..3) and that many (i, j, value) changes, each
 *            i and j a byte modulo k, written to (i, j) and (j, i)
 *
 * A missing byte reads as 0, so every input, even empty, is valid. */
#ifndef FUZZ_FORMAT_H
#define FUZZ_FORMAT_H

#include <float.h>
#include <math.h>

/* One entry per public function of core/tokwatt.h that is not a scalar
 * function of tw_functions (those are FZ_FN_SCALAR). */
enum {
    FZ_FN_STRERROR,
    FZ_FN_ETOK,
    FZ_FN_CACHE_RESOLVE,
    FZ_FN_CACHEFACTOR,
    FZ_FN_EEFF,
    FZ_FN_SCALAR, /* every function of tw_functions */
    FZ_FN_COHORT,
    FZ_FN_CATALOG_COUNT,
    FZ_FN_CATALOG_ENTRY,
    FZ_FN_PRESET_KIND_NAME,
    FZ_FN_PRESET_VALUE,
    FZ_FN_GPU_FIELD,
    FZ_FN_POWERREF,
    FZ_FN_CACHE_FIELD,
    FZ_FN_CACHE_PRESET,
    FZ_FN_PRESETINFO,
    FZ_FN_POWERSCALE,
    FZ_FN_POWERCOMPARE,
    FZ_FN_GRID_INTENSITY,
    FZ_FN_WATER_FACTOR,
    FZ_FN_DISCLOSURE,
    FZ_FN_DIST,            /* tw_dist_make, then quantile, median, cdf */
    FZ_FN_NORMAL_QUANTILE,
    FZ_FN_SHAPE_PARSE,     /* tw_shape_parse, tw_shape_name, problem texts */
    FZ_FN_HDR,
    FZ_FN_HDR_COLUMN,      /* tw_hdr_uniforms and tw_lhs_uniforms */
    FZ_FN_CORR_CHECK,
    FZ_FN_IMAN_CONOVER,
    FZ_FN_PERCENTILE,
    FZ_FN_RANKS,           /* tw_ranks, tw_spearman, tw_pearson */
    FZ_FN_MOMENTS,         /* tw_mean, tw_sd, tw_sort */
    FZ_FN_LHS_POINT,
    FZ_FN_COUNT
};

#define FZ_NAN_START 0x80 /* selector bit: outputs start as NaN */
#define FZ_RAW_TAG 0xFF   /* a double tag that always means "8 raw bytes" */

/* Edge cases and the values the core's domain checks and bands turn on. */
static const double fz_special[] = {
    NAN, -NAN, INFINITY, -INFINITY,
    0.0, -0.0, 1.0, -1.0,
    DBL_TRUE_MIN, -DBL_TRUE_MIN, DBL_MIN, -DBL_MIN,
    DBL_MAX, -DBL_MAX, 1e308, -1e308,
    1e300, 1e-300, 1e-320, 1e-10,
    0.5, 1.4, 1.15, 1.0 - 1e-9,      /* shares, PUEs */
    1.0 + 1e-9, 1.0 + 3e-9, 1.0 - DBL_EPSILON, 1.0 + DBL_EPSILON,
    0.05, 0.20, 0.75, 0.10,          /* the realistic cache profile */
    0.01, 700.0, 200.0, 1000.0,      /* H100 / B200 */
    600.0, 86400.0, 300.0, 12.0,     /* a day; the paper's T and bits */
    5e-4, 326.0, 8.0e9, 365.0,       /* the paper's budget */
    480e9, 1.74e17, 1e8, 2.08e9,     /* grid, sun, POWERCOMPARE bands */
    4.8e10, 9.5e12, 1.74e15, 1248.0,
    9.96e3, 0.000999, 64.9e3, 1e6,   /* 2-significant-figure rounding edges */
    3.6e6, 445.0, 0.38, 3.908,       /* a kWh; grid, water defaults */
    500.0, 10000.0, 7500.0, 7501.0,  /* a request's tokens, cached past input */
    2.0, 50.0, -3.0, 7.0,            /* UNCERTAIN's ranges: lognormal, normal */
    0.4, 0.9, 0.8, 3.0,              /* alpha_h's range and likely; a mode */
    0.95, 0.99, 0.1248, 0.1249,      /* probabilities; the metalog's bound */
    -0.019, 0.7, 0.6, -0.3,          /* correlations */
};
#define FZ_SPECIAL_COUNT (sizeof fz_special / sizeof fz_special[0])

/* String kinds. */
enum {
    FZ_STR_NULL,     /* a NULL pointer */
    FZ_STR_EMPTY,    /* "" */
    FZ_STR_NAME,     /* fz_names[byte], case flipped by a mask byte */
    FZ_STR_RANDOM,   /* a length byte (0..31) and that many bytes, NULs
                        included (the C string ends at the first) */
    FZ_STR_NAME_NUL, /* a name, a NUL, then a length byte and bytes */
    FZ_STR_NEAR,     /* a name with its last char dropped or one appended */
    FZ_STR_COUNT
};

/* Every preset and field name, and a few near misses. */
static const char *const fz_names[] = {
    "A100", "H100", "H100_PCIe", "H200", "B200", "GB200", "MI300X",
    "us_household", "hoover_dam", "nuclear_unit", "us_electricity",
    "world_electricity", "world_primary_energy", "sunlight_toa",
    "realistic", "peter", "pessimistic",
    "tdp_w", "tokens_per_s", "power_w",
    "alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h",
    "grid_world", "grid_world_lifecycle", "grid_us", "grid_eu", "grid_france",
    "grid_germany", "grid_china", "grid_india",
    "water_onsite_us", "water_offsite_world", "water_offsite_us",
    "gemini_median_prompt_2025", "gemini_median_prompt_2025_accelerator",
    "chatgpt_query_altman_2025", "epoch_gpt4o_query_2025",
    "mistral_large2_lechat_2025", "mlenergy_llama31_8b_h100_2025",
    "jegham_gpt4o_short_2025", "luccioni_gptoss20b_100tok_2025",
    "luccioni_gptoss120b_100tok_2025",
    "g_per_kwh", "l_per_kwh", "wh", "gco2e", "ml_water", "output_tokens",
    "input_tokens", "j_per_output_token",
    "H300", "gpu", "power reference", "cache profile", "grid intensity",
    "water factor", "disclosure", "unknown",
    "normal", "lognormal", "uniform", "loguniform", "triangular", "metalog",
    "log-metalog", "default",
};
#define FZ_NAME_COUNT (sizeof fz_names / sizeof fz_names[0])

/* Buffer kinds of the text functions. */
enum {
    FZ_BUF_ZERO,  /* size 0 */
    FZ_BUF_ONE,   /* size 1: room for "" only */
    FZ_BUF_SMALL, /* a size byte: 0..255 */
    FZ_BUF_MAX,   /* TW_CATALOG_TEXT_MAX, which fits any text */
    FZ_BUF_NULL,  /* buf NULL, a size byte */
    FZ_BUF_COUNT
};

/* Matrix kinds of the correlation functions. */
enum {
    FZ_MAT_RAW,
    FZ_MAT_IDENTITY,
    FZ_MAT_COUNT
};

#endif
