/* The preset catalog: named, sourced values a sheet can use instead of
 * typing a number — GPUs, power references to compare a load with, and
 * the essay's cache profiles — with a formatter that says where each
 * value comes from (PRESETINFO) and one that puts a power in words
 * (POWERCOMPARE).
 *
 * The catalog is one const table (no mutable state). Each row is one field
 * of one preset: a preset is the run of consecutive rows with its name.
 * Names and field names match case-insensitively (ASCII). A field a kind
 * of preset has but this preset has no sourced value for is TW_ENOVALUE:
 * the catalog never guesses.
 *
 * Kinds and their fields:
 *   gpu              tdp_w (W), tokens_per_s (tokens/s, output tokens of
 *                    batched serving; only where a source gives one)
 *   power reference  power_w (W)
 *   cache profile    alpha_o, alpha_m, alpha_h, beta_m, beta_h
 *                    (dimensionless, the tw_cache of Eq cache_adjust)
 *   grid intensity   g_per_kwh (gCO2e per kWh of electricity)
 *   water factor     l_per_kwh (L per kWh: on-site per kWh of IT energy,
 *                    off-site per kWh of electricity)
 *   disclosure       wh (Wh), gco2e (g), ml_water (mL), output_tokens,
 *                    input_tokens (tokens), j_per_output_token (J): what a
 *                    source published for one request, each under the
 *                    boundary its row's source states
 *
 * Text is ASCII and written with snprintf into the caller's buffer, never
 * past size bytes; numbers always use '.' as the decimal point. On any
 * status but TW_OK the buffer holds "" (when size > 0).
 */
#ifndef TW_CATALOG_H
#define TW_CATALOG_H

#include <stddef.h>

#include "tw_essay.h"
#include "tw_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The catalog's version, "YYYY.MM" of its last change: "2026.12". */
extern const char tw_catalog_version[];

/* A buffer of this many bytes holds any text of tw_presetinfo and
 * tw_powercompare (the tests check every preset). */
#define TW_CATALOG_TEXT_MAX 2048

enum tw_preset_kind {
    TW_PRESET_GPU = 1,
    TW_PRESET_POWER, /* a power reference */
    TW_PRESET_CACHE, /* a cache profile */
    TW_PRESET_GRID,  /* a grid's carbon intensity */
    TW_PRESET_WATER, /* a water factor */
    TW_PRESET_DISCLOSURE /* a published per-request figure */
};

/* The catalog rows CO2E and WATER default to. */
#define TW_DEFAULT_GRID "grid_world"
#define TW_DEFAULT_WATER_ONSITE "water_onsite_us"
#define TW_DEFAULT_WATER_OFFSITE "water_offsite_world"

/* One row of the catalog: one sourced field of one preset. */
typedef struct {
    const char *name;   /* preset name, e.g. "H100", "hoover_dam" */
    int kind;           /* enum tw_preset_kind */
    const char *label;  /* what the preset is, in words, e.g. "NVIDIA H100
                           SXM5", "Hoover Dam (nameplate)" */
    const char *field;  /* e.g. "tdp_w", "power_w", "alpha_h" */
    double value;       /* in unit */
    const char *unit;   /* "W", "tokens/s", or "" when dimensionless */
    const char *source; /* a citation a reader can follow */
    const char *as_of;  /* "YYYY-MM": when the source published the value,
                           or, for an undated source (the essay, a web
                           page), the month it was read */
} tw_preset;

/* The number of rows. */
size_t tw_catalog_count(void);

/* *entry = the row at index (0 <= index < tw_catalog_count()).
 * TW_EDOM index out of range (*entry = NULL). */
int tw_catalog_entry(size_t index, const tw_preset **entry);

/* "gpu", "power reference", "cache profile"; "unknown" otherwise. */
const char *tw_preset_kind_name(int kind);

/* *value = the field of any preset, in the row's unit.
 *
 * TW_EDOM      name or field is NULL
 * TW_ENOTFOUND no preset has that name, or its kind has no such field
 * TW_ENOVALUE  the preset's kind has the field but no source gives this
 *              preset a value for it */
int tw_preset_value(const char *name, const char *field, double *value);

/* *value = a GPU's field: "tdp_w" (W) or "tokens_per_s" (tokens/s).
 * Statuses as tw_preset_value; TW_ENOTFOUND also for a preset that is not
 * a GPU. */
int tw_gpu_field(const char *gpu, const char *field, double *value);

/* *watts = a power reference's power_w, W.
 * Statuses as tw_preset_value; TW_ENOTFOUND also for a preset that is not
 * a power reference. */
int tw_powerref(const char *name, double *watts);

/* *value = a cache profile's field: alpha_o, alpha_m, alpha_h, beta_m or
 * beta_h. Statuses as tw_preset_value; TW_ENOTFOUND also for a preset
 * that is not a cache profile. */
int tw_cache_field(const char *profile, const char *field, double *value);

/* *g_per_kwh = a grid intensity's g_per_kwh (gCO2e/kWh), e.g. "grid_world".
 * Statuses as tw_preset_value; TW_ENOTFOUND also for a preset that is not
 * a grid intensity. */
int tw_grid_intensity(const char *name, double *g_per_kwh);

/* *l_per_kwh = a water factor's l_per_kwh (L/kWh), e.g. "water_onsite_us".
 * Statuses as tw_grid_intensity, for water factors. */
int tw_water_factor(const char *name, double *l_per_kwh);

/* *value = a disclosure's field: wh, gco2e, ml_water, output_tokens,
 * input_tokens or j_per_output_token, in the units above. TW_ENOVALUE
 * where the source does not give that field. Statuses as tw_preset_value;
 * TW_ENOTFOUND also for a preset that is not a disclosure. */
int tw_disclosure(const char *name, const char *field, double *value);

/* *cache = a whole cache profile, ready for tw_cachefactor / tw_eeff.
 * Statuses as tw_cache_field; on error every field of *cache is NaN. */
int tw_cache_preset(const char *profile, tw_cache *cache);

/* Writes every field of a preset, in catalog order, joined by " | ":
 *   "<name> <field> = <value> <unit>; source: <source>; as of <as_of>"
 * with <name> as the catalog spells it, <value> in at most 6 significant
 * digits ("700", "0.05", "2.08E+09") and no " <unit>" when dimensionless.
 * A field the preset's kind has but no source gives reads
 *   "<name> <field>: no sourced value"
 * e.g. tw_presetinfo("h100", ...) ->
 *   "H100 tdp_w = 700 W; source: ...; as of 2022-03 | H100 tokens_per_s =
 *    200 tokens/s; source: ...; as of 2026-11".
 *
 * TW_EDOM      name is NULL
 * TW_ENOTFOUND unknown name
 * TW_EBUFSIZE  buf is NULL, size is 0, or the text needs more than size
 *              bytes (with its terminating NUL) */
int tw_presetinfo(const char *name, char *buf, size_t size);

/* The automatic scale of tw_powercompare: each band uses the comparator
 * the essay uses for loads of that size (its "At scale" Reference column
 * and its calculator), and starts at its lower bound, inclusive.
 *
 *   band, W                    reference            the essay's wording
 *   p_w < 1E8                  us_household         one user's 64.9 kW =
 *                              "52 households" (up to 8.0E+04 households)
 *   1E8     <= p_w < 2.08E9    hoover_dam           up to one dam: "a town
 *                              of them draws a Hoover Dam"
 *   2.08E9  <= p_w < 4.8E10    nuclear_unit         one dam up to a tenth of
 *                              the US grid: "four large nuclear units"
 *   4.8E10  <= p_w < 9.5E12    us_electricity       a tenth of the US grid up
 *                              to half of world primary energy: "55% of
 *                              total US electricity"
 *   9.5E12  <= p_w < 1.74E15   world_primary_energy half of humanity's
 *                              energy use up to 1% of the sunlight on Earth:
 *                              "94% of total world primary energy", "23x
 *                              world primary energy"
 *   p_w >= 1.74E15             sunlight_toa         K_1 >= 0.01 */
#define TW_COMPARE_HOOVER_FROM_W 1e8
#define TW_COMPARE_NUCLEAR_FROM_W 2.08e9
#define TW_COMPARE_US_FROM_W 4.8e10
#define TW_COMPARE_WORLD_FROM_W 9.5e12
#define TW_COMPARE_SUN_FROM_W 1.74e15

/* *reference = the name of the power reference tw_powercompare picks for
 * p_w when given none (the table above).
 * p_w >= 0.   TW_EDOM (*reference = NULL) */
int tw_powerscale(double p_w, const char **reference);

/* Writes p_w as a multiple of a power reference:
 *   "<multiple> x <label>"      e.g. "0.64 x Hoover Dam (nameplate)"
 * multiple = p_w / the reference's power_w, rounded to 2 significant
 * figures, always (trailing zero kept: "4.0"): in plain decimals when the
 * rounded multiple is 0 or in [1E-3, 1E4) ("0.0", "0.0012", "0.64", "920",
 * "1100"), otherwise as d.dE+XX ("1.2E+04", "5.0E-05").
 *
 * p_w         power, W, >= 0
 * reference   a power reference's name; NULL or "" picks one by
 *             tw_powerscale
 * buf, size   the caller's buffer and its size in bytes
 *
 * TW_EDOM      p_w < 0 or not finite
 * TW_ENOTFOUND reference names no power reference
 * TW_EBUFSIZE  buf is NULL, size is 0, or the text does not fit */
int tw_powercompare(double p_w, const char *reference, char *buf,
                    size_t size);

#ifdef __cplusplus
}
#endif

#endif
