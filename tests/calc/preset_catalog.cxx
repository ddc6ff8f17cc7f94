// The preset catalog as core/catalog.c lists it (preset_catalog.hxx).
#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "preset_catalog.hxx"

namespace tokwatt_test::presets
{
namespace
{
constexpr const char* essay_read = "2026-11"; // the essay's values: month read

const Field no_tokens_per_s = { "tokens_per_s", 0, nullptr, "tokens/s", nullptr };
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const std::vector<Preset> catalog = {
    // GPUs: catalog.c rows "A100" ... "MI300X"
    { "A100", gpu, { { "tdp_w", 400, "400", "W", "2020-11" }, no_tokens_per_s } },
    { "H100", gpu,
      { { "tdp_w", 700, "700", "W", "2022-03" },
        { "tokens_per_s", 200, "200", "tokens/s", essay_read } } },
    { "H100_PCIe", gpu, { { "tdp_w", 350, "350", "W", "2022-11" }, no_tokens_per_s } },
    { "H200", gpu, { { "tdp_w", 700, "700", "W", "2023-11" }, no_tokens_per_s } },
    { "B200", gpu,
      { { "tdp_w", 1000, "1000", "W", "2024-03" },
        { "tokens_per_s", 600, "600", "tokens/s", essay_read } } },
    { "GB200", gpu, { { "tdp_w", 2700, "2700", "W", "2024-03" }, no_tokens_per_s } },
    { "MI300X", gpu, { { "tdp_w", 750, "750", "W", "2023-12" }, no_tokens_per_s } },
    // power references: catalog.c rows "us_household" ... "sunlight_toa"
    { "us_household", power, { { "power_w", 1248, "1248", "W", essay_read } } },
    { "hoover_dam", power, { { "power_w", 2.08e9, "2.08E+09", "W", "2026-11" } } },
    { "nuclear_unit", power, { { "power_w", 1e9, "1E+09", "W", essay_read } } },
    { "us_electricity", power, { { "power_w", 4.8e11, "4.8E+11", "W", essay_read } } },
    { "world_electricity", power, { { "power_w", 3.3e12, "3.3E+12", "W", essay_read } } },
    { "world_primary_energy", power,
      { { "power_w", 1.9e13, "1.9E+13", "W", essay_read } } },
    { "sunlight_toa", power, { { "power_w", 1.74e17, "1.74E+17", "W", essay_read } } },
    // cache profiles: catalog.c rows "realistic", "peter", "pessimistic"
    { "realistic", cache,
      { { "alpha_o", 0.05, "0.05", "", essay_read },
        { "alpha_m", 0.20, "0.2", "", essay_read },
        { "alpha_h", 0.75, "0.75", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
    { "peter", cache,
      { { "alpha_o", 0.02, "0.02", "", essay_read },
        { "alpha_m", 0.08, "0.08", "", essay_read },
        { "alpha_h", 0.90, "0.9", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
    { "pessimistic", cache,
      { { "alpha_o", 0.05, "0.05", "", essay_read },
        { "alpha_m", 0.45, "0.45", "", essay_read },
        { "alpha_h", 0.50, "0.5", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
};

std::string getter(int kind, const std::string& name, const std::string& field)
{
    switch (kind)
    {
        case gpu: return "=GPU(" + quoted(name) + ";" + quoted(field) + ")";
        case power: return "=POWERREF(" + quoted(name) + ")";
        default: return "=CACHEPROFILE(" + quoted(name) + ";" + quoted(field) + ")";
    }
}

std::string info_head(const std::string& name, const Field& f)
{
    return name + " " + f.field + " = " + f.shown + (f.unit[0] ? std::string(" ") + f.unit : "")
           + "; source: ";
}

std::string info(const std::string& name, const Field& f, const std::string& source)
{
    return info_head(name, f) + source + "; as of " + f.as_of;
}

std::string no_value(const std::string& name, const char* field)
{
    return name + " " + field + ": no sourced value";
}

const Preset& preset(const char* name)
{
    for (const Preset& p : catalog)
        if (std::string(name) == p.name)
            return p;
    throw std::logic_error(std::string("no preset ") + name + " in the test's table");
}

// Sources, as core/catalog.c writes them (its macros ESSAY, ESSAY_TPS, ...).
const std::string essay = "essay \"Counting piano tuners, counting tokens\"";
const std::string essay_tps = essay + ", Eq token_energy default T_g: a middle-of-the-road "
                                      "estimate of batched output throughput serving a "
                                      "frontier MoE model";
const std::string essay_betas = essay + ", Eq cache_adjust defaults (the essay gives one beta "
                                        "pair for every profile)";
const std::string essay_cache_section = essay + ", \"When the cache doesn't bail you out\": ";

// POWERCOMPARE's labels (core/catalog.c, the label of each power reference).
const std::string household = " x US household (average)";
const std::string hoover = " x Hoover Dam (nameplate)";
const std::string nuclear = " x large nuclear unit";
const std::string us_grid = " x US electricity (average)";
const std::string world_el = " x world electricity (average)";
const std::string world_pe = " x world primary energy (average)";
const std::string sunlight = " x sunlight at top of atmosphere";
}
