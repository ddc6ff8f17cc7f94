/* The preset catalog: sourced GPUs, power references and cache profiles,
 * PRESETINFO and POWERCOMPARE. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tw_catalog.h"
#include "tw_internal.h"

const char tw_catalog_version[] = "2026.12";

#define ESSAY "essay \"Counting piano tuners, counting tokens\""
/* The essay is undated: its values are as of the month they were read. */
#define ESSAY_READ "2026-11"
#define BLACKWELL_BRIEF "NVIDIA Blackwell Architecture Technical Brief"
#define ESSAY_TPS ESSAY ", Eq token_energy default T_g: a middle-of-the-road " \
    "estimate of batched output throughput serving a frontier MoE model"
#define ESSAY_BETAS ESSAY ", Eq cache_adjust defaults (the essay gives one " \
    "beta pair for every profile)"
#define ESSAY_CACHE_SECTION ESSAY ", \"When the cache doesn't bail you out\": "

#define OWID_EMBER "Our World in Data, energy data (owid-energy-data.csv, " \
    "carbon_intensity_elec, from Ember: lifecycle gCO2e per kWh generated)"
/* The release read was undated (it holds 2025 data): dated when read. */
#define OWID_READ "2026-12"
#define ECOLOGITS_WATER "EcoLogits (mlco2/ecologits), data/electricity_mixes.csv, " \
    "column wue: off-site water consumed per kWh, WRI method (commit of " \
    "8 Sep 2025)"
#define GEMINI_LABEL "median Gemini Apps text prompt (Google)"
#define GEMINI_PAPER "Elsworth et al. (Google), \"Measuring the environmental " \
    "impact of delivering AI at Google scale\", arXiv 2508.15734: median " \
    "Gemini Apps text prompt, comprehensive boundary (active accelerators, " \
    "host CPU and DRAM, idle machines, data-centre overhead)"
#define GEMINI_ACCEL_LABEL "median Gemini Apps text prompt, accelerators only"
#define GEMINI_ACCEL "Google, arXiv 2508.15734: the same prompt counting active " \
    "TPU and GPU power only (0.10 Wh, 0.02 gCO2e, 0.12 mL; read in summaries " \
    "of the paper)"
#define ALTMAN "S. Altman, \"The Gentle Singularity\" (blog, 10 Jun 2025)"
#define EPOCH "J. You, Epoch AI, \"How much energy does ChatGPT use?\""
#define MISTRAL_LABEL "400-token Le Chat answer, Mistral Large 2 (life cycle)"
#define MISTRAL "Mistral AI, \"Our contribution to a global environmental " \
    "standard for AI\" (22 Jul 2025, with Carbone 4 and ADEME): marginal " \
    "impact of a 400-token Le Chat response, 1.14 gCO2e and 45 mL of water, " \
    "full life cycle, location-based; no energy figure published"
#define LUCCIONI "S. Luccioni, Hugging Face, \"The GPT-OSS models are here... " \
    "and they're energy-efficient!\" (7 Aug 2025): CodeCarbon on an 8x A100 " \
    "node, average Wh per query, no PUE"

static const tw_preset catalog[] = {
    /* GPUs: power from the vendor's datasheet, form factor named. */
    {"A100", TW_PRESET_GPU, "NVIDIA A100 80GB SXM4", "tdp_w", 400.0, "W",
     "NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM4, max TDP 400 W "
     "(PCIe: 300 W)", "2020-11"},
    {"H100", TW_PRESET_GPU, "NVIDIA H100 SXM5 80GB", "tdp_w", 700.0, "W",
     "NVIDIA H100 Tensor Core GPU datasheet: H100 SXM5 80GB, max TDP up to "
     "700 W, configurable (the essay's H100 P_g)", "2022-03"},
    {"H100", TW_PRESET_GPU, "NVIDIA H100 SXM5 80GB", "tokens_per_s", 200.0,
     "tokens/s", ESSAY_TPS, ESSAY_READ},
    {"H100_PCIe", TW_PRESET_GPU, "NVIDIA H100 PCIe 80GB", "tdp_w", 350.0, "W",
     "NVIDIA H100 PCIe GPU product brief PB-11133-001_v02: max TDP 350 W "
     "(the 350 W GPU of \"The Physics and Economics of Tokens\", "
     "Chapter VI)", "2022-11"},
    {"H200", TW_PRESET_GPU, "NVIDIA H200 SXM 141GB", "tdp_w", 700.0, "W",
     "NVIDIA H200 Tensor Core GPU datasheet: H200 SXM 141GB, max TDP up to "
     "700 W, configurable (H200 NVL: up to 600 W)", "2023-11"},
    {"B200", TW_PRESET_GPU, "NVIDIA B200 (HGX B200)", "tdp_w", 1000.0, "W",
     BLACKWELL_BRIEF ": HGX B200, 1,000 W per GPU (the essay's B200 P_g)",
     "2024-03"},
    {"B200", TW_PRESET_GPU, "NVIDIA B200 (HGX B200)", "tokens_per_s", 600.0,
     "tokens/s", ESSAY_TPS, ESSAY_READ},
    {"GB200", TW_PRESET_GPU,
     "NVIDIA GB200 Grace Blackwell Superchip (1 Grace CPU + 2 B200)", "tdp_w",
     2700.0, "W",
     BLACKWELL_BRIEF ": GB200 Grace Blackwell Superchip, 2,700 W total for "
     "1 Grace CPU + 2 Blackwell GPUs (per superchip, not per GPU)",
     "2024-03"},
    {"MI300X", TW_PRESET_GPU, "AMD Instinct MI300X (OAM)", "tdp_w", 750.0,
     "W",
     "AMD Instinct MI300X accelerator data sheet: OAM module, 750 W peak "
     "total board power", "2023-12"},

    /* Power references: what a load is compared with. */
    {"us_household", TW_PRESET_POWER, "US household (average)", "power_w",
     1248.0, "W",
     ESSAY ", calculator Derived panel: P_user 64.9 kW = \"52 households\", "
     "1,248 W each (cf. US EIA FAQ \"How much electricity does an American "
     "home use?\": 10,715 kWh/yr in 2020 = 1.22 kW)", ESSAY_READ},
    {"hoover_dam", TW_PRESET_POWER, "Hoover Dam (nameplate)", "power_w",
     2.08e9, "W",
     "US Bureau of Reclamation, Hoover Dam power FAQ "
     "(usbr.gov/lc/hooverdam/faqs/powerfaq.html): nameplate capacity "
     "2,080 MW", "2026-11"},
    {"nuclear_unit", TW_PRESET_POWER, "large nuclear unit", "power_w", 1e9,
     "W",
     ESSAY ", At scale: 4.0 GW = \"four large nuclear units\", 1.0 GW per "
     "unit", ESSAY_READ},
    {"us_electricity", TW_PRESET_POWER, "US electricity (average)", "power_w",
     4.8e11, "W",
     ESSAY ", Alg 1: current US electricity average, 480 GW (cf. US EIA "
     "Electric Power Annual 2023: 4,178 TWh in 2023 = 477 GW)", ESSAY_READ},
    {"world_electricity", TW_PRESET_POWER, "world electricity (average)",
     "power_w", 3.3e12, "W", ESSAY ", Alg 2: world electricity, 3.3 TW",
     ESSAY_READ},
    {"world_primary_energy", TW_PRESET_POWER,
     "world primary energy (average)", "power_w", 1.9e13, "W",
     ESSAY ", calculator Derived panel: \"vs world primary energy (19 TW)\"",
     ESSAY_READ},
    {"sunlight_toa", TW_PRESET_POWER, "sunlight at top of atmosphere",
     "power_w", 1.74e17, "W",
     ESSAY ", Eq kardashev_frac: solar power at the top of Earth's "
     "atmosphere, the Kardashev Type-I threshold", ESSAY_READ},

    /* Cache profiles of Eq cache_adjust. */
    {"realistic", TW_PRESET_CACHE, "realistic cache profile", "alpha_o", 0.05,
     "", ESSAY ", Eq cache_adjust: realistic default", ESSAY_READ},
    {"realistic", TW_PRESET_CACHE, "realistic cache profile", "alpha_m", 0.20,
     "", ESSAY ", Eq cache_adjust: realistic default", ESSAY_READ},
    {"realistic", TW_PRESET_CACHE, "realistic cache profile", "alpha_h", 0.75,
     "", ESSAY ", Eq cache_adjust: realistic default", ESSAY_READ},
    {"realistic", TW_PRESET_CACHE, "realistic cache profile", "beta_m", 0.10,
     "", ESSAY ", Eq cache_adjust: realistic default", ESSAY_READ},
    {"realistic", TW_PRESET_CACHE, "realistic cache profile", "beta_h", 0.01,
     "", ESSAY ", Eq cache_adjust: realistic default", ESSAY_READ},
    {"peter", TW_PRESET_CACHE, "Peter's cache profile", "alpha_o", 0.02, "",
     ESSAY_CACHE_SECTION "Peter's profile 0.02 / 0.08 / 0.90", ESSAY_READ},
    {"peter", TW_PRESET_CACHE, "Peter's cache profile", "alpha_m", 0.08, "",
     ESSAY_CACHE_SECTION "Peter's profile 0.02 / 0.08 / 0.90", ESSAY_READ},
    {"peter", TW_PRESET_CACHE, "Peter's cache profile", "alpha_h", 0.90, "",
     ESSAY_CACHE_SECTION "Peter's profile 0.02 / 0.08 / 0.90", ESSAY_READ},
    {"peter", TW_PRESET_CACHE, "Peter's cache profile", "beta_m", 0.10, "",
     ESSAY_BETAS, ESSAY_READ},
    {"peter", TW_PRESET_CACHE, "Peter's cache profile", "beta_h", 0.01, "",
     ESSAY_BETAS, ESSAY_READ},
    {"pessimistic", TW_PRESET_CACHE, "pessimistic cache profile", "alpha_o",
     0.05, "", ESSAY_CACHE_SECTION "pessimistic profile 0.05 / 0.45 / 0.50",
     ESSAY_READ},
    {"pessimistic", TW_PRESET_CACHE, "pessimistic cache profile", "alpha_m",
     0.45, "", ESSAY_CACHE_SECTION "pessimistic profile 0.05 / 0.45 / 0.50",
     ESSAY_READ},
    {"pessimistic", TW_PRESET_CACHE, "pessimistic cache profile", "alpha_h",
     0.50, "", ESSAY_CACHE_SECTION "pessimistic profile 0.05 / 0.45 / 0.50",
     ESSAY_READ},
    {"pessimistic", TW_PRESET_CACHE, "pessimistic cache profile", "beta_m",
     0.10, "", ESSAY_BETAS, ESSAY_READ},
    {"pessimistic", TW_PRESET_CACHE, "pessimistic cache profile", "beta_h",
     0.01, "", ESSAY_BETAS, ESSAY_READ},
    /* Grid carbon intensities. The world row is the IEA's (CO2 from
     * generation only); the others are Ember's lifecycle CO2e per kWh
     * generated (location-based, production mix), all for 2024, as
     * published in Our World in Data's energy data. */
    {"grid_world", TW_PRESET_GRID, "world electricity (IEA, 2024)",
     "g_per_kwh", 445.0, "g/kWh",
     "IEA, Electricity 2025, chapter Emissions: \"declining from 445 g "
     "CO2/kWh in 2024\" (CO2 from power generation per kWh generated, not "
     "lifecycle CO2e)", "2025-02"},
    {"grid_world_lifecycle", TW_PRESET_GRID,
     "world electricity (Ember, 2024, lifecycle)", "g_per_kwh", 471.08,
     "g/kWh", OWID_EMBER ", World, 2024", OWID_READ},
    {"grid_us", TW_PRESET_GRID, "US electricity (Ember, 2024)", "g_per_kwh",
     383.78, "g/kWh", OWID_EMBER ", United States, 2024", OWID_READ},
    {"grid_eu", TW_PRESET_GRID, "EU-27 electricity (Ember, 2024)",
     "g_per_kwh", 211.20, "g/kWh", OWID_EMBER ", European Union (27), 2024",
     OWID_READ},
    {"grid_france", TW_PRESET_GRID, "French electricity (Ember, 2024)",
     "g_per_kwh", 40.48, "g/kWh", OWID_EMBER ", France, 2024", OWID_READ},
    {"grid_germany", TW_PRESET_GRID, "German electricity (Ember, 2024)",
     "g_per_kwh", 336.38, "g/kWh", OWID_EMBER ", Germany, 2024", OWID_READ},
    {"grid_china", TW_PRESET_GRID, "Chinese electricity (Ember, 2024)",
     "g_per_kwh", 555.40, "g/kWh", OWID_EMBER ", China, 2024", OWID_READ},
    {"grid_india", TW_PRESET_GRID, "Indian electricity (Ember, 2024)",
     "g_per_kwh", 705.40, "g/kWh", OWID_EMBER ", India, 2024", OWID_READ},

    /* Water factors of WATER: on-site per kWh of IT energy, off-site per
     * kWh of electricity generated (water consumed, not withdrawn). */
    {"water_onsite_us", TW_PRESET_WATER, "US data centres, on-site (WUE)",
     "l_per_kwh", 0.38, "L/kWh",
     "Shehabi et al., 2024 United States Data Center Energy Usage Report, "
     "LBNL (Dec 2024): average on-site WUE 0.38 L/kWh in 2023 (read in a "
     "summary of the report, not in the report itself)", "2024-12"},
    {"water_offsite_world", TW_PRESET_WATER,
     "world electricity, off-site (power plants)", "l_per_kwh", 3.908,
     "L/kWh", ECOLOGITS_WATER ", row WOR", "2025-09"},
    {"water_offsite_us", TW_PRESET_WATER,
     "US electricity, off-site (power plants)", "l_per_kwh", 3.1321,
     "L/kWh", ECOLOGITS_WATER ", row USA", "2025-09"},

    /* What labs and researchers published per request. Each source
     * counts its own boundary, said in the row; a field a source does not
     * give has no row (DISCLOSURE says so, never guesses). */
    {"gemini_median_prompt_2025", TW_PRESET_DISCLOSURE, GEMINI_LABEL, "wh",
     0.24, "Wh", GEMINI_PAPER, "2025-08"},
    {"gemini_median_prompt_2025", TW_PRESET_DISCLOSURE, GEMINI_LABEL,
     "gco2e", 0.03, "g", GEMINI_PAPER " (market-based emissions)",
     "2025-08"},
    {"gemini_median_prompt_2025", TW_PRESET_DISCLOSURE, GEMINI_LABEL,
     "ml_water", 0.26, "mL", GEMINI_PAPER " (on-site water only)",
     "2025-08"},
    {"gemini_median_prompt_2025_accelerator", TW_PRESET_DISCLOSURE,
     GEMINI_ACCEL_LABEL, "wh", 0.10, "Wh", GEMINI_ACCEL, "2025-08"},
    {"gemini_median_prompt_2025_accelerator", TW_PRESET_DISCLOSURE,
     GEMINI_ACCEL_LABEL, "gco2e", 0.02, "g", GEMINI_ACCEL, "2025-08"},
    {"gemini_median_prompt_2025_accelerator", TW_PRESET_DISCLOSURE,
     GEMINI_ACCEL_LABEL, "ml_water", 0.12, "mL", GEMINI_ACCEL, "2025-08"},
    {"chatgpt_query_altman_2025", TW_PRESET_DISCLOSURE,
     "average ChatGPT query (OpenAI's CEO)", "wh", 0.34, "Wh",
     ALTMAN ": \"the average query uses about 0.34 watt-hours\" (no boundary "
     "or method stated)", "2025-06"},
    {"chatgpt_query_altman_2025", TW_PRESET_DISCLOSURE,
     "average ChatGPT query (OpenAI's CEO)", "ml_water", 0.32176, "mL",
     ALTMAN ": \"about 0.000085 gallons of water\" = 0.32176 mL at "
     "3,785.41 mL per US gallon", "2025-06"},
    {"epoch_gpt4o_query_2025", TW_PRESET_DISCLOSURE,
     "typical GPT-4o query (Epoch AI estimate)", "wh", 0.3, "Wh",
     EPOCH ": \"typical ChatGPT queries using GPT-4o likely consume roughly "
     "0.3 watt-hours\" (modelled: DGX H100 server power x 0.7 x PUE 1.2, no "
     "idle capacity)", "2025-02"},
    {"epoch_gpt4o_query_2025", TW_PRESET_DISCLOSURE,
     "typical GPT-4o query (Epoch AI estimate)", "output_tokens", 500.0,
     "tokens", EPOCH ", its spreadsheet: \"Output tokens per query 500\"",
     "2025-02"},
    {"mistral_large2_lechat_2025", TW_PRESET_DISCLOSURE, MISTRAL_LABEL,
     "gco2e", 1.14, "g", MISTRAL, "2025-07"},
    {"mistral_large2_lechat_2025", TW_PRESET_DISCLOSURE, MISTRAL_LABEL,
     "ml_water", 45.0, "mL", MISTRAL, "2025-07"},
    {"mistral_large2_lechat_2025", TW_PRESET_DISCLOSURE, MISTRAL_LABEL,
     "output_tokens", 400.0, "tokens", MISTRAL, "2025-07"},
    {"mlenergy_llama31_8b_h100_2025", TW_PRESET_DISCLOSURE,
     "Llama 3.1 8B on H100, batch 64 (ML.ENERGY v3.0)", "j_per_output_token",
     0.12, "J",
     "ML.ENERGY, \"LLM Inference Energy: A Longitudinal Analysis\": the 8B "
     "model on batch size 64 \"0.20 J to 0.12 J\" per token from leaderboard "
     "v2.0 to v3.0 (H100, vLLM 0.11.1; GPU energy only, no PUE)", "2025-12"},
    {"jegham_gpt4o_short_2025", TW_PRESET_DISCLOSURE,
     "short GPT-4o query (Jegham et al. estimate)", "wh", 0.42, "Wh",
     "Jegham, Abdelatti, Elmoubarki, Hendawi, \"How Hungry is AI?\", arXiv "
     "2505.09598v6, abstract: \"a 0.42 Wh short query\" (v2: 0.43 Wh; "
     "infrastructure-aware estimate with provider PUE)", "2025-05"},
    {"luccioni_gptoss20b_100tok_2025", TW_PRESET_DISCLOSURE,
     "gpt-oss-20b, 100-token answer (Hugging Face measurement)", "wh", 2.02,
     "Wh", LUCCIONI ": GPT-OSS (20B), 100 tokens, 2.02 Wh", "2025-08"},
    {"luccioni_gptoss20b_100tok_2025", TW_PRESET_DISCLOSURE,
     "gpt-oss-20b, 100-token answer (Hugging Face measurement)",
     "output_tokens", 100.0, "tokens", LUCCIONI ": outputs set to 100 tokens",
     "2025-08"},
    {"luccioni_gptoss120b_100tok_2025", TW_PRESET_DISCLOSURE,
     "gpt-oss-120b, 100-token answer (Hugging Face measurement)", "wh", 8.31,
     "Wh", LUCCIONI ": GPT-OSS (120B), 100 tokens, 8.31 Wh", "2025-08"},
    {"luccioni_gptoss120b_100tok_2025", TW_PRESET_DISCLOSURE,
     "gpt-oss-120b, 100-token answer (Hugging Face measurement)",
     "output_tokens", 100.0, "tokens", LUCCIONI ": outputs set to 100 tokens",
     "2025-08"},
};

#define CATALOG_COUNT (sizeof catalog / sizeof catalog[0])

/* The fields each kind has, in the order PRESETINFO lists them. */
static const char *const gpu_fields[] = {"tdp_w", "tokens_per_s", NULL};
static const char *const power_fields[] = {"power_w", NULL};
static const char *const cache_fields[] = {"alpha_o", "alpha_m", "alpha_h",
                                           "beta_m", "beta_h", NULL};
static const char *const grid_fields[] = {"g_per_kwh", NULL};
static const char *const water_fields[] = {"l_per_kwh", NULL};
static const char *const disclosure_fields[] = {
    "wh", "gco2e", "ml_water", "output_tokens", "input_tokens", "j_per_output_token", NULL};

static const char *const *kind_fields(int kind)
{
    switch (kind) {
    case TW_PRESET_GPU: return gpu_fields;
    case TW_PRESET_POWER: return power_fields;
    case TW_PRESET_CACHE: return cache_fields;
    case TW_PRESET_GRID: return grid_fields;
    case TW_PRESET_WATER: return water_fields;
    case TW_PRESET_DISCLOSURE: return disclosure_fields;
    default: return NULL;
    }
}

size_t tw_catalog_count(void) { return CATALOG_COUNT; }

int tw_catalog_entry(size_t index, const tw_preset **entry)
{
    if (index >= CATALOG_COUNT) {
        *entry = NULL;
        return TW_EDOM;
    }
    *entry = &catalog[index];
    return TW_OK;
}

const char *tw_preset_kind_name(int kind)
{
    switch (kind) {
    case TW_PRESET_GPU: return "gpu";
    case TW_PRESET_POWER: return "power reference";
    case TW_PRESET_CACHE: return "cache profile";
    case TW_PRESET_GRID: return "grid intensity";
    case TW_PRESET_WATER: return "water factor";
    case TW_PRESET_DISCLOSURE: return "disclosure";
    default: return "unknown";
    }
}

/* ASCII case-insensitive equality, independent of the C locale. */
static int same_name(const char *a, const char *b)
{
    for (;; a++, b++) {
        char ca = *a, cb = *b;
        if (ca >= 'A' && ca <= 'Z')
            ca = (char)(ca - 'A' + 'a');
        if (cb >= 'A' && cb <= 'Z')
            cb = (char)(cb - 'A' + 'a');
        if (ca != cb)
            return 0;
        if (ca == '\0')
            return 1;
    }
}

/* The index of a preset's first row, or CATALOG_COUNT. */
static size_t find_preset(const char *name)
{
    size_t i = 0;
    while (i < CATALOG_COUNT && !same_name(catalog[i].name, name))
        i++;
    return i;
}

/* The canonical spelling of a field name of a kind, or NULL. */
static const char *kind_field(int kind, const char *field)
{
    const char *const *f = kind_fields(kind);
    for (; f && *f; f++)
        if (same_name(*f, field))
            return *f;
    return NULL;
}

/* The row of a preset's field starting at first, or NULL. */
static const tw_preset *find_row(size_t first, const char *field)
{
    for (size_t i = first; i < CATALOG_COUNT
                           && strcmp(catalog[i].name, catalog[first].name) == 0;
         i++)
        if (same_name(catalog[i].field, field))
            return &catalog[i];
    return NULL;
}

/* The lookup behind every getter; kind 0 accepts any kind. */
static int lookup(const char *name, int kind, const char *field,
                  double *value)
{
    if (!name || !field)
        return tw_fail(TW_EDOM, value);
    const size_t first = find_preset(name);
    if (first == CATALOG_COUNT || (kind && catalog[first].kind != kind)
        || !kind_field(catalog[first].kind, field))
        return tw_fail(TW_ENOTFOUND, value);
    const tw_preset *row = find_row(first, field);
    if (!row)
        return tw_fail(TW_ENOVALUE, value);
    *value = row->value;
    return TW_OK;
}

int tw_preset_value(const char *name, const char *field, double *value)
{
    return lookup(name, 0, field, value);
}

int tw_gpu_field(const char *gpu, const char *field, double *value)
{
    return lookup(gpu, TW_PRESET_GPU, field, value);
}

int tw_powerref(const char *name, double *watts)
{
    return lookup(name, TW_PRESET_POWER, "power_w", watts);
}

int tw_cache_field(const char *profile, const char *field, double *value)
{
    return lookup(profile, TW_PRESET_CACHE, field, value);
}

int tw_grid_intensity(const char *name, double *g_per_kwh)
{
    return lookup(name, TW_PRESET_GRID, "g_per_kwh", g_per_kwh);
}

int tw_water_factor(const char *name, double *l_per_kwh)
{
    return lookup(name, TW_PRESET_WATER, "l_per_kwh", l_per_kwh);
}

int tw_disclosure(const char *name, const char *field, double *value)
{
    return lookup(name, TW_PRESET_DISCLOSURE, field, value);
}

int tw_cache_preset(const char *profile, tw_cache *cache)
{
    double *const out[] = {&cache->alpha_o, &cache->alpha_m, &cache->alpha_h,
                           &cache->beta_m, &cache->beta_h};
    for (size_t i = 0; i < 5; i++) {
        const int status = tw_cache_field(profile, cache_fields[i], out[i]);
        if (status != TW_OK) {
            for (size_t j = 0; j < 5; j++)
                *out[j] = NAN;
            return status;
        }
    }
    return TW_OK;
}

/* Text written into a caller's buffer: appends stop at the first one that
 * does not fit, and nothing is ever written past size bytes. */
typedef struct {
    char *buf;
    size_t size, len;
    int full;
} text;

static void text_add(text *t, const char *format, ...)
{
    if (t->full)
        return;
    va_list args;
    va_start(args, format);
    const int n = vsnprintf(t->buf + t->len, t->size - t->len, format, args);
    va_end(args);
    if (n < 0 || (size_t)n >= t->size - t->len)
        t->full = 1;
    else
        t->len += (size_t)n;
}

/* Appends n bytes of s as text_add would, without a format to parse. */
static void text_put(text *t, const char *s, size_t n)
{
    if (t->full)
        return;
    if (n >= t->size - t->len) {
        t->full = 1;
        return;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void text_str(text *t, const char *s) { text_put(t, s, strlen(s)); }

/* The status of a finished text: on any failure the buffer holds "". */
static int text_end(text *t, int status)
{
    if (status == TW_OK && t->full)
        status = TW_EBUFSIZE;
    if (status != TW_OK && t->buf && t->size > 0)
        t->buf[0] = '\0';
    return status;
}

/* A nonnegative finite number rounded to sig significant digits (1..17),
 * independent of the C locale: *exp10 is the power of ten of the first
 * digit, digits[] holds sig digits and a NUL. */
static void round_sig(double x, int sig, char digits[20], int *exp10)
{
    char s[40];
    snprintf(s, sizeof s, "%.*E", sig - 1, x); /* "d<point>ddE+XX" */
    int n = 0;
    const char *p = s;
    for (; *p && *p != 'E'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    digits[n] = '\0';
    int sign = 1, e = 0;
    if (*p == 'E')
        p++;
    if (*p == '-' || *p == '+')
        sign = (*p++ == '-') ? -1 : 1;
    for (; *p >= '0' && *p <= '9'; p++)
        e = 10 * e + (*p - '0');
    *exp10 = sign * e;
}

/* Appends digits with exponent e as a plain decimal ("920", "0.0012"). */
static void add_fixed(text *t, const char *digits, int e)
{
    const int n = (int)strlen(digits);
    if (e < 0) {
        text_str(t, "0.");
        for (int i = 0; i < -e - 1; i++)
            text_put(t, "0", 1);
        text_str(t, digits);
        return;
    }
    for (int i = 0; i <= e; i++)
        text_put(t, i < n ? &digits[i] : "0", 1);
    if (n > e + 1) {
        text_put(t, ".", 1);
        text_str(t, digits + e + 1);
    }
}

/* Appends digits with exponent e as d.ddE+XX. */
static void add_scientific(text *t, const char *digits, int e)
{
    text_put(t, digits, 1);
    if (digits[1]) {
        text_put(t, ".", 1);
        text_str(t, digits + 1);
    }
    text_add(t, "E%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

/* A catalog value: at most 6 significant digits, trailing zeros dropped,
 * plain for 1E-4 <= x < 1E6, else scientific (C's %.6G with '.'). */
static void add_value(text *t, double x)
{
    char digits[20];
    int e;
    round_sig(x, 6, digits, &e);
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0')
        digits[--n] = '\0';
    if (x == 0.0)
        text_add(t, "0");
    else if (e >= -4 && e < 6)
        add_fixed(t, digits, e);
    else
        add_scientific(t, digits, e);
}

/* A multiple at 2 significant figures (see tw_powercompare). */
static void add_multiple(text *t, double x)
{
    char digits[20];
    int e;
    round_sig(x, 2, digits, &e);
    if (x == 0.0 || (e >= -3 && e <= 3))
        add_fixed(t, digits, x == 0.0 ? 0 : e);
    else
        add_scientific(t, digits, e);
}

int tw_presetinfo(const char *name, char *buf, size_t size)
{
    text t = {buf, size, 0, !buf || size == 0};
    if (!name)
        return text_end(&t, TW_EDOM);
    const size_t first = find_preset(name);
    if (first == CATALOG_COUNT)
        return text_end(&t, TW_ENOTFOUND);
    const tw_preset *preset = &catalog[first];
    const char *const *field = kind_fields(preset->kind);
    for (int i = 0; field[i]; i++) {
        if (i > 0)
            text_add(&t, " | ");
        const tw_preset *row = find_row(first, field[i]);
        if (!row) {
            text_add(&t, "%s %s: no sourced value", preset->name, field[i]);
            continue;
        }
        text_add(&t, "%s %s = ", row->name, row->field);
        add_value(&t, row->value);
        if (row->unit[0])
            text_add(&t, " %s", row->unit);
        text_add(&t, "; source: %s; as of %s", row->source, row->as_of);
    }
    return text_end(&t, TW_OK);
}

int tw_powerscale(double p_w, const char **reference)
{
    *reference = NULL;
    if (!tw_is_nonneg(p_w))
        return TW_EDOM;
    if (p_w < TW_COMPARE_HOOVER_FROM_W)
        *reference = "us_household";
    else if (p_w < TW_COMPARE_NUCLEAR_FROM_W)
        *reference = "hoover_dam";
    else if (p_w < TW_COMPARE_US_FROM_W)
        *reference = "nuclear_unit";
    else if (p_w < TW_COMPARE_WORLD_FROM_W)
        *reference = "us_electricity";
    else if (p_w < TW_COMPARE_SUN_FROM_W)
        *reference = "world_primary_energy";
    else
        *reference = "sunlight_toa";
    return TW_OK;
}

int tw_powercompare(double p_w, const char *reference, char *buf,
                    size_t size)
{
    text t = {buf, size, 0, !buf || size == 0};
    if (!tw_is_nonneg(p_w))
        return text_end(&t, TW_EDOM);
    if (!reference || !reference[0])
        tw_powerscale(p_w, &reference);
    const size_t first = find_preset(reference);
    const tw_preset *row = first == CATALOG_COUNT || catalog[first].kind != TW_PRESET_POWER
                               ? NULL
                               : find_row(first, "power_w");
    if (!row)
        return text_end(&t, TW_ENOTFOUND);
    const double multiple = p_w / row->value; /* power_w >= 1 W: finite */
    add_multiple(&t, multiple == 0.0 ? 0.0 : multiple); /* drops -0 */
    text_str(&t, " x ");
    text_str(&t, catalog[first].label);
    return text_end(&t, TW_OK);
}
