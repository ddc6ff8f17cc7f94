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

// Argument help shared by the three functions that take a cache profile.
#define TW_CACHE_ARGS                                                                  \
    { "alpha_o", opt,                                                                  \
      "Share of nominal tokens that are output, 0 to 1. Default 0.05." },              \
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
      "Energy per output token at the wall, in J: PUE times the fleet-weighted "
      "GPU power over throughput (essay Eq token_energy). Without arguments: the "
      "essay's 50/50 H100/B200 fleet at PUE 1.4, 3.6167 J.",
      { { "tdp_w", opt,
          "GPU power in W, one entry per GPU type: a number or a row or column "
          "range. Default {700;1000} (H100, B200). Give with tokens_per_s." },
        { "tokens_per_s", opt,
          "Batched output throughput per GPU, tokens/s, > 0: same length as "
          "tdp_w. Default {200;600}." },
        { "fleet_share", opt,
          "Share of the fleet of each GPU type, 0 to 1, summing to 1: same length "
          "as tdp_w. Default: equal shares." },
        { "pue", opt, "Datacenter power usage effectiveness, >= 1. Default 1.4." },
        {} } },
    { "CACHEFACTOR", addin, ResultKind::Number,
      "Multiplier of E_tok for cached agent traffic: alpha_o + alpha_m*beta_m + "
      "alpha_h*beta_h (essay Eq cache_adjust). Without arguments: the essay's "
      "realistic profile, 0.0775.",
      { TW_CACHE_ARGS, {} } },
    { "EEFF", addin, ResultKind::Number,
      "Energy per nominal token after the cache discount, in J: e_tok times "
      "CACHEFACTOR (essay Eq cache_adjust). =EEFF(ETOK()) is the essay's "
      "0.2803 J.",
      { { "e_tok", num, "Energy per output token in J, >= 0, e.g. ETOK()." },
        TW_CACHE_ARGS,
        {} } },
    { "PUSER", addin, ResultKind::Number,
      "Continuous power per user, in W: tokens per day times J per token over "
      "86,400 s (essay Eq user_load).",
      { { "tokens_per_day", num, "Tokens per user per day, >= 0 (the essay: 20E9)." },
        { "e_eff", num, "Energy per nominal token in J, >= 0, e.g. EEFF(ETOK())." },
        {} } },
    { "PPOP", addin, ResultKind::Number,
      "Power of a population of users, in W: users times power per user (essay "
      "Eq pop_load).",
      { { "users", num, "Number of users, >= 0." },
        { "p_user", num, "Continuous power per user in W, >= 0, e.g. PUSER(...)." },
        {} } },
    { "GRIDRATIO", addin, ResultKind::Number,
      "A power as a multiple of a grid's average load (essay Eq grid_ratio).",
      { { "p_w", num, "Power in W, >= 0." },
        { "grid_w", num, "Average load of the grid in W, > 0 (US: 480E9)." },
        {} } },
    { "KARDASHEV", addin, ResultKind::Number,
      "A power as a fraction of the sunlight reaching Earth, 1.74E17 W: the "
      "Kardashev Type-I threshold (essay Eq kardashev_frac).",
      { { "p_w", num, "Power in W, >= 0." }, {} } },
    { "NMAX", addin, ResultKind::Number,
      "How many users at a token rate fit in a power budget: "
      "floor(budget / PUSER) (essay Alg 1).",
      { { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "e_eff", num, "Energy per nominal token in J, > 0." },
        { "budget_w", num, "Power budget in W, >= 0 (US electricity: 480E9)." },
        {} } },
    { "ETARGET", addin, ResultKind::Number,
      "Energy per token, in J, at which a number of users at a token rate fit in "
      "a power budget: budget * 86,400 / (users * tokens_per_day) (essay Alg 2).",
      { { "users", num, "Number of users, > 0." },
        { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "budget_w", num, "Power budget in W, >= 0 (world electricity: 3.3E12)." },
        {} } },
    { "GAPFACTOR", addin, ResultKind::Number,
      "How many times energy per token must fall for the users to fit the "
      "budget: e_eff / ETARGET (essay Alg 2).",
      { { "e_eff", num, "Today's energy per nominal token in J, >= 0." },
        { "users", num, "Number of users, > 0." },
        { "tokens_per_day", num, "Tokens per user per day, > 0." },
        { "budget_w", num, "Power budget in W, > 0." },
        {} } },
    { "COHORT", addin, ResultKind::Array,
      "The essay's forward pass (Alg 0) for a list of cohorts: an array with one "
      "row per cohort and three columns: power in W, ratio to the grid, "
      "Kardashev fraction. Enter as an array formula over 3 columns.",
      { { "users", range, "Users per cohort, >= 0: a column or row range." },
        { "p_user", num, "Continuous power per user in W, >= 0." },
        { "grid_w", opt,
          "Grid load in W, > 0: one number for all cohorts or a range of the same "
          "length as users. Default 480E9 (US average electricity)." },
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
