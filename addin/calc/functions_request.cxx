// One request's energy, carbon and water, and the figures labs published.
// One method per Calc function: convert arguments, call the core, map the
// status. Defaults are the core's: the essay's fleet and betas, and the
// catalog rows TW_DEFAULT_GRID and TW_DEFAULT_WATER_*.
#include "calc_functions.hxx"

#include "../../core/tokwatt.h"
#include "arguments.hxx"

namespace tokwatt
{
namespace
{
// A catalog row's value; the catalog's defaults are always there.
double preset(int (*lookup)(const char*, double*), const char* name)
{
    return call(lookup, name, name);
}

double default_e_tok()
{
    return call(tw_etok, "ETOK", tw_default_tdp_w, std::size_t(TW_DEFAULT_FLEET_SIZE),
                tw_default_tokens_per_s, std::size_t(TW_DEFAULT_FLEET_SIZE),
                static_cast<const double*>(nullptr), std::size_t(0), tw_default_pue);
}
}

double CalcFunctions::EREQUEST(double output_tokens, const Any& input_tokens,
                               const Any& cached_tokens, const Any& e_tok, const Any& beta_m,
                               const Any& beta_h)
{
    const auto e = optional_number(e_tok, "e_tok");
    return call(tw_erequest, "EREQUEST", output_tokens,
                optional_number(input_tokens, "input_tokens").value_or(0.0),
                optional_number(cached_tokens, "cached_tokens").value_or(0.0),
                e ? *e : default_e_tok(),
                optional_number(beta_m, "beta_m").value_or(tw_cache_realistic.beta_m),
                optional_number(beta_h, "beta_h").value_or(tw_cache_realistic.beta_h));
}

double CalcFunctions::CO2E(double energy_j, const Any& grid)
{
    const auto intensity = optional_number_or_preset(grid, "grid", tw_grid_intensity);
    return call(tw_co2e, "CO2E", energy_j,
                intensity ? *intensity : preset(tw_grid_intensity, TW_DEFAULT_GRID));
}

double CalcFunctions::WATER(double energy_j, const Any& onsite_l_per_kwh,
                            const Any& offsite_l_per_kwh, const Any& pue)
{
    const auto onsite = optional_number(onsite_l_per_kwh, "onsite_l_per_kwh");
    const auto offsite = optional_number(offsite_l_per_kwh, "offsite_l_per_kwh");
    return call(tw_water, "WATER", energy_j,
                onsite ? *onsite : preset(tw_water_factor, TW_DEFAULT_WATER_ONSITE),
                offsite ? *offsite : preset(tw_water_factor, TW_DEFAULT_WATER_OFFSITE),
                optional_number(pue, "pue").value_or(tw_default_pue));
}

double CalcFunctions::DISCLOSURE(const OUString& name, const OUString& field)
{
    return call(tw_disclosure, "DISCLOSURE", text(name).c_str(), text(field).c_str());
}
}
