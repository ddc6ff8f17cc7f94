#include "function_table.hxx"

#include <strings.h>

namespace tokwatt
{
const char* const service_name = "org.tokwatt.CalcFunctions";
const char* const implementation_name = "org.tokwatt.CalcFunctionsImpl";

namespace
{
constexpr const char* addin = "Add-In";

constexpr ArgKind num = ArgKind::Number;
constexpr ArgKind opt = ArgKind::Optional;
constexpr ArgKind range = ArgKind::Range;
constexpr ArgKind text = ArgKind::Text;

// Argument help shared by the three functions that take a cache profile.
#define TW_CACHE_ARGS                                                                  \
    { "alpha_o", opt,                                                                  \
      "Share of all tokens that are output, 0 to 1. Default 0.05." },                  \
    { "alpha_m", opt,                                                                  \
      "Share that is cache-miss input, 0 to 1. Default 0.20; if it is the only "       \
      "share omitted, 1 - alpha_o - alpha_h." },                                       \
    { "alpha_h", opt,                                                                  \
      "Share that is cache-hit input, 0 to 1. Default 0.75. The three shares must "    \
      "sum to 1." },                                                                   \
    { "beta_m", opt,                                                                   \
      "Cost of a cache-miss input token relative to an output token, >= 0. "          \
      "Default 0.10." },                                                               \
    { "beta_h", opt,                                                                   \
      "Cost of a cache-hit input token relative to an output token, >= 0. "           \
      "Default 0.01." }
}

const FunctionInfo functions[] = {
    { "ETOK", addin, ResultKind::Number,
      "Energy per output token at the wall, in J: each GPU's power over its "
      "throughput, weighted by its share of the fleet, times the data centre's "
      "overhead (PUE) (essay Eq token_energy). Without arguments: the essay's "
      "50/50 H100/B200 fleet at PUE 1.4, 3.6167 J.",
      { { "tdp_w", opt,
          "GPU power in W, one entry per GPU type: a number or a row or column "
          "range. Default {700;1000} (H100, B200). Give with tokens_per_s." },
        { "tokens_per_s", opt,
          "Batched output throughput per GPU, tokens/s, > 0: same length as "
          "tdp_w. Default {200;600}." },
        { "fleet_share", opt,
          "Share of the fleet of each GPU type, 0 to 1, summing to 1: same length "
          "as tdp_w. Default: equal shares." },
        { "pue", opt,
          "Data centre overhead: power at the wall over the IT equipment's power "
          "(PUE), >= 1. Default 1.4." },
        {} } },
    { "CACHEFACTOR", addin, ResultKind::Number,
      "How much a prompt cache cuts the energy of a token: the factor on the "
      "energy per output token, alpha_o + alpha_m*beta_m + alpha_h*beta_h (essay "
      "Eq cache_adjust). Without arguments: the essay's realistic profile, 0.0775.",
      { TW_CACHE_ARGS, {} } },
    { "EEFF", addin, ResultKind::Number,
      "Energy per token, input and output alike, after the prompt-cache "
      "discount, in J: e_tok times CACHEFACTOR (essay Eq cache_adjust). "
      "=EEFF(ETOK()) is the essay's 0.2803 J.",
      { { "e_tok", num, "Energy per output token in J, >= 0, e.g. ETOK()." },
        TW_CACHE_ARGS,
        {} } },
    { "PUSER", addin, ResultKind::Number,
      "Continuous power one user draws, in W: tokens per day times J per token "
      "over 86,400 s (essay Eq user_load).",
      { { "tokens_per_day", num, "Tokens per user per day, >= 0 (the essay: 20E9)." },
        { "e_eff", num,
          "Energy per token after the cache discount in J, >= 0, e.g. EEFF(ETOK())." },
        {} }, "tw_puser" },
    { "PPOP", addin, ResultKind::Number,
      "Power of a population of users, in W: users times power per user (essay "
      "Eq pop_load).",
      { { "users", num, "Number of users, >= 0." },
        { "p_user", num, "Continuous power per user in W, >= 0, e.g. PUSER(...)." },
        {} }, "tw_ppop" },
    { "GRIDRATIO", addin, ResultKind::Number,
      "A power as a multiple of a grid's average load: p_w / grid_w (essay Eq "
      "grid_ratio).",
      { { "p_w", num, "Power in W, >= 0." },
        { "grid_w", opt,
          "Average load of the grid in W, > 0, or a POWERREF name such as "
          "\"world_electricity\". Default 480E9 (US average electricity)." },
        {} }, "tw_gridratio" },
    { "KARDASHEV", addin, ResultKind::Number,
      "A power as a fraction of the sunlight reaching Earth, 1.74E17 W, the "
      "threshold of a Kardashev Type-I civilisation (essay Eq kardashev_frac).",
      { { "p_w", num, "Power in W, >= 0." }, {} }, "tw_kardashev" },
    { "NMAX", addin, ResultKind::Number,
      "How many users at a token rate fit in a power budget: "
      "floor(budget / PUSER) (essay Alg 1).",
      { { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "e_eff", num, "Energy per token after the cache discount in J, > 0." },
        { "budget_w", num, "Power budget in W, >= 0 (US electricity: 480E9)." },
        {} }, "tw_nmax" },
    { "ETARGET", addin, ResultKind::Number,
      "Energy per token, in J, at which a number of users at a token rate fit in "
      "a power budget: budget * 86,400 / (users * tokens_per_day) (essay Alg 2).",
      { { "users", num, "Number of users, > 0." },
        { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "budget_w", num, "Power budget in W, >= 0 (world electricity: 3.3E12)." },
        {} }, "tw_etarget" },
    { "GAPFACTOR", addin, ResultKind::Number,
      "How many times energy per token must fall for the users to fit the "
      "budget: e_eff / ETARGET (essay Alg 2).",
      { { "e_eff", num, "Today's energy per token after the cache discount in J, >= 0." },
        { "users", num, "Number of users, > 0." },
        { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "budget_w", num, "Power budget in W, > 0." },
        {} }, "tw_gapfactor" },
    { "COHORT", addin, ResultKind::Array,
      "Power, share of the grid and share of the sunlight for several groups of "
      "users at once: an array with one row per group and three columns: power "
      "in W, ratio to the grid, fraction of the sunlight reaching Earth (essay "
      "Alg 0, the forward pass). Enter as an array formula over 3 columns.",
      { { "users", range, "Users per cohort, >= 0: a column or row range." },
        { "p_user", num, "Continuous power per user in W, >= 0." },
        { "grid_w", opt,
          "Grid load in W, > 0: one number or POWERREF name for all cohorts, or a "
          "range of the same length as users. Default 480E9 (US average "
          "electricity)." },
        {} } },

    // The paper "Photons = Tokens": the Landauer floor and energy budgets.
    { "LANDAUER", addin, ResultKind::Number,
      "The least energy, in J, that erasing bits can dissipate at a temperature: "
      "k_B * T * ln 2 per bit, the Landauer limit (paper Eq 1-2). =LANDAUER() is "
      "2.871E-21 J.",
      { { "temp_k", opt, "Absolute temperature in K, > 0. Default 300." },
        { "bits", opt, "Bits erased, >= 0. Default 1 (the paper uses 12 per token)." },
        {} }, "tw_landauer" },
    { "EFFGAP", addin, ResultKind::Number,
      "How many times the physical minimum for its bits a token's energy is: "
      "j_per_token / LANDAUER (paper Eq 4). =EFFGAP(1.8) is 5.22E19.",
      { { "j_per_token", num, "Energy per token in J, >= 0 (5E-4 Wh = 1.8 J)." },
        { "bits", opt, "Bits per token, > 0. Default 12." },
        { "temp_k", opt, "Absolute temperature in K, > 0. Default 300." },
        {} }, "tw_effgap" },
    { "TOKENBUDGET", addin, ResultKind::Number,
      "Tokens a year's electricity buys: twh_per_year * 1E12 / wh_per_token "
      "(paper Eq 8).",
      { { "twh_per_year", num, "Electricity in TWh per year, >= 0." },
        { "wh_per_token", num, "Energy per token in Wh, > 0 (the paper: 5E-4)." },
        {} }, "tw_tokenbudget" },
    { "TOKENSPERCAPITA", addin, ResultKind::Number,
      "Tokens per person per day a year's electricity buys (paper Eq 9). "
      "=TOKENSPERCAPITA(65;5E-4) is 44,521.",
      { { "twh_per_year", num, "Electricity in TWh per year, >= 0." },
        { "wh_per_token", num, "Energy per token in Wh, > 0." },
        { "population", opt, "People sharing it, > 0. Default 8.0E9." },
        { "days_per_year", opt, "Days in the year, > 0. Default 365." },
        {} }, "tw_tokenspercapita" },
    { "QUESTIONBUDGET", addin, ResultKind::Number,
      "Questions per person per day a year's electricity buys: "
      "TOKENSPERCAPITA / tokens_per_question (paper Table 2).",
      { { "twh_per_year", num, "Electricity in TWh per year, >= 0." },
        { "wh_per_token", num, "Energy per token in Wh, > 0." },
        { "tokens_per_question", num, "Tokens per question and answer, > 0." },
        { "population", opt, "People sharing it, > 0. Default 8.0E9." },
        { "days_per_year", opt, "Days in the year, > 0. Default 365." },
        {} }, "tw_questionbudget" },
    { "AVGPOWER", addin, ResultKind::Number,
      "Continuous power in W of a yearly energy: TWh per year over 8,760 h. "
      "=AVGPOWER(4178) is 4.77E11 W.",
      { { "twh_per_year", num, "Energy in TWh per year, >= 0." }, {} }, "tw_avgpower" },
    { "ANNUALTWH", addin, ResultKind::Number,
      "Yearly energy in TWh of a continuous power (8,760 h a year): the inverse "
      "of AVGPOWER.",
      { { "p_w", num, "Continuous power in W, >= 0." }, {} }, "tw_annualtwh" },

    // "The Physics and Economics of Tokens": the facility floor of one GPU.
    { "GPUDAYKWH", addin, ResultKind::Number,
      "Energy in kWh one GPU at full load draws at the wall in a day: gpu_w * "
      "pue * 24 / 1000. =GPUDAYKWH(350;1.15) is 9.66.",
      { { "gpu_w", num, "GPU power in W, >= 0, e.g. GPU(\"H100\";\"tdp_w\")." },
        { "pue", num,
          "Facility overhead: power at the wall over the IT power (PUE), >= 1 (15% "
          "overhead: 1.15)." },
        {} }, "tw_gpudaykwh" },
    { "GPUDAYCOST", addin, ResultKind::Number,
      "Facility electricity cost of one GPU for a day, in the currency of the "
      "price: GPUDAYKWH * usd_per_kwh. =GPUDAYCOST(350;1.15;0.10) is 0.966.",
      { { "gpu_w", num, "GPU power in W, >= 0." },
        { "pue", num, "Facility overhead: power at the wall over the IT power (PUE), >= 1." },
        { "usd_per_kwh", num, "Electricity price per kWh, >= 0." },
        {} }, "tw_gpudaycost" },

    // One request's energy, carbon and water; what labs published.
    { "EREQUEST", addin, ResultKind::Number,
      "Energy of one request at the wall, in J: its output tokens at full cost, "
      "its input tokens at the cache-miss or cache-hit discount: e_tok * (output "
      "+ (input - cached) * beta_m + cached * beta_h) (the essay's Eq "
      "cache_adjust for one request). =EREQUEST(500) is 1,808.3 J = 0.50 Wh.",
      { { "output_tokens", num,
          "Tokens the answer generates, >= 0. Reasoning (thinking) tokens are "
          "output tokens." },
        { "input_tokens", opt,
          "All input tokens (prompt, conversation, tool results), >= 0. Default 0." },
        { "cached_tokens", opt,
          "The part of the input that hits the prefix cache, >= 0 and at most "
          "input_tokens. Default 0." },
        { "e_tok", opt,
          "Energy per output token at the wall in J, >= 0. Default ETOK(), the "
          "essay's fleet: 3.6167 J." },
        { "beta_m", opt,
          "Cost of a cache-miss input token relative to an output token, >= 0. "
          "Default 0.10." },
        { "beta_h", opt,
          "Cost of a cache-hit input token relative to an output token, >= 0. "
          "Default 0.01." },
        {} }, "tw_erequest" },
    { "CO2E", addin, ResultKind::Number,
      "Grams of CO2-equivalent emitted for an energy at the wall: kWh times the "
      "grid's carbon intensity. =CO2E(3.6E6;445) is 445 g.",
      { { "energy_j", num, "Energy in J, >= 0 (1 kWh = 3.6E6 J), e.g. EREQUEST(500)." },
        { "grid", opt,
          "Grid intensity in g CO2e per kWh, >= 0, or a catalog name: grid_world, "
          "grid_us, grid_eu, grid_france, grid_germany, grid_china, grid_india. "
          "Default grid_world (IEA: 445 g/kWh in 2024)." },
        {} }, "tw_co2e" },
    { "WATER", addin, ResultKind::Number,
      "Litres of water behind an energy at the wall: cooling water on site (per "
      "kWh of IT energy, the energy over PUE) plus the power plants' water (per "
      "kWh of electricity). =WATER(3.6E6;0.5;3;1.25) is 3.4 L.",
      { { "energy_j", num, "Energy at the wall in J, >= 0." },
        { "onsite_l_per_kwh", opt,
          "On-site water (WUE) in L per kWh of IT energy, >= 0. Default 0.38 (US "
          "data centres in 2023, LBNL)." },
        { "offsite_l_per_kwh", opt,
          "Off-site water in L per kWh of electricity, >= 0. Default 3.908 (world "
          "average, WRI method, EcoLogits)." },
        { "pue", opt,
          "Data centre overhead: power at the wall over the IT equipment's power "
          "(PUE), >= 1. Default 1.4." },
        {} }, "tw_water" },
    { "DISCLOSURE", addin, ResultKind::Number,
      "A per-request figure a lab or researcher published, from the catalog: "
      "e.g. Google's median Gemini prompt, 0.24 Wh. A field the source does not "
      "give is an error, never a guess. PRESETINFO(name) says what each one "
      "counts.",
      { { "name", text,
          "Disclosure name, e.g. \"gemini_median_prompt_2025\", "
          "\"chatgpt_query_altman_2025\", \"epoch_gpt4o_query_2025\"." },
        { "field", text,
          "\"wh\", \"gco2e\" (g), \"ml_water\", \"output_tokens\", "
          "\"input_tokens\" or \"j_per_output_token\"." },
        {} } },

    // Ranges on inputs and the outputs a simulation records.
    { "UNCERTAIN", addin, ResultKind::Number,
      "A range instead of a number: an input that is only known to lie between lo "
      "and hi. Shows the range's median; Tools > Add-Ons > tokwatt > Simulate "
      "(or make simulate) draws it in every trial. By default lo and hi are the "
      "5th and 95th percentiles of a lognormal (a normal when lo <= 0); with "
      "likely, a metalog through P5, P50, P95.",
      { { "lo", num, "Low end: the 5th percentile, or the lower bound of a uniform, "
                     "loguniform or triangular range." },
        { "hi", num, "High end: the 95th percentile, or the upper bound; above lo." },
        { "likely", opt,
          "The most likely value, strictly between lo and hi: the median of the "
          "default metalog, the mode of \"triangular\". Default: none." },
        { "shape", opt,
          "\"lognormal\", \"normal\", \"uniform\", \"loguniform\" or \"triangular\". "
          "Default: lognormal (normal when lo <= 0); with likely, a metalog." },
        { "min", opt, "Nothing below this: the range is truncated at min. Default: none." },
        { "max", opt, "Nothing above this, above min: truncated at max. Default: none." },
        {} } },
    { "SIMOUTPUT", addin, ResultKind::Number,
      "Marks a result for the simulation and returns it unchanged: Simulate records "
      "this cell in every trial and reports its percentiles, histogram and tornado.",
      { { "value", num, "The result to record, e.g. a reference to the cell that "
                        "computes it." },
        { "name", opt, "Its name in the report. Default: the cell's defined name, else "
                       "its address." },
        {} } },

    // Presets with their sources, and power in words.
    { "GPU", addin, ResultKind::Number,
      "A GPU's sourced figure from the catalog: tdp_w (W) or tokens_per_s. A "
      "field with no sourced value is an error, never a guess. "
      "PRESETINFO(name) says where it comes from.",
      { { "name", text, "GPU name: A100, H100, H100_PCIe, H200, B200, GB200, MI300X "
                        "(any case)." },
        { "field", text, "\"tdp_w\" or \"tokens_per_s\"." },
        {} } },
    { "POWERREF", addin, ResultKind::Number,
      "A reference power in W from the catalog: us_electricity, "
      "world_electricity, world_primary_energy, sunlight_toa, hoover_dam, "
      "nuclear_unit, us_household.",
      { { "name", text, "Reference name (any case), e.g. \"us_electricity\"." }, {} } },
    { "CACHEPROFILE", addin, ResultKind::Number,
      "A share of tokens or a relative cost from one of the essay's three "
      "prompt-cache profiles: realistic, peter, pessimistic.",
      { { "name", text, "Profile name: realistic, peter or pessimistic." },
        { "field", text, "alpha_o, alpha_m, alpha_h, beta_m or beta_h." },
        {} } },
    { "PRESETINFO", addin, ResultKind::Text,
      "Text with the value, unit, source and as-of date of every field of a "
      "preset (GPU, power reference or cache profile).",
      { { "name", text, "Preset name, e.g. \"H100\" or \"hoover_dam\"." }, {} } },
    { "TOKWATTVERSION", addin, ResultKind::Text,
      "The add-in's version and the catalog's, so a workbook can record what it "
      "was computed with.",
      { {} } },
    { "POWERCOMPARE", addin, ResultKind::Text,
      "A power in words, as a multiple of a reference rounded to 2 significant "
      "figures: \"0.64 x Hoover Dam (nameplate)\". Without a reference the "
      "scale follows the power (households ... sunlight on Earth).",
      { { "p_w", num, "Power in W, >= 0." },
        { "reference", opt, "A POWERREF name. Default: picked by the size of p_w." },
        {} } },
};

const std::size_t function_count = sizeof functions / sizeof functions[0];

const FunctionInfo* find_function(const char* name)
{
    for (const FunctionInfo& f : functions)
        if (strcasecmp(f.name, name) == 0)
            return &f;
    return nullptr;
}
}
