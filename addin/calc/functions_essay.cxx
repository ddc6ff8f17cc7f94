// The essay's functions. One method per Calc function: convert arguments,
// call the core, map the status. Nothing else belongs here.
#include "calc_functions.hxx"

#include <vector>

#include "../../core/tokwatt.h"
#include "arguments.hxx"

namespace tokwatt
{
namespace
{
tw_cache cache_profile(const Any& alpha_o, const Any& alpha_m, const Any& alpha_h,
                       const Any& beta_m, const Any& beta_h)
{
    struct Field
    {
        const Any& value;
        const char* name;
        double tw_cache::*member;
        unsigned given_flag;
    };
    const Field fields[] = {
        { alpha_o, "alpha_o", &tw_cache::alpha_o, TW_GIVEN_ALPHA_O },
        { alpha_m, "alpha_m", &tw_cache::alpha_m, TW_GIVEN_ALPHA_M },
        { alpha_h, "alpha_h", &tw_cache::alpha_h, TW_GIVEN_ALPHA_H },
        { beta_m, "beta_m", &tw_cache::beta_m, TW_GIVEN_BETA_M },
        { beta_h, "beta_h", &tw_cache::beta_h, TW_GIVEN_BETA_H },
    };
    tw_cache given{};
    unsigned mask = 0;
    for (const Field& field : fields)
        if (auto number = optional_number(field.value, field.name))
        {
            given.*field.member = *number;
            mask |= field.given_flag;
        }
    return tw_cache_resolve(&given, mask);
}
}

double CalcFunctions::ETOK(const Any& tdp_w, const Any& tokens_per_s, const Any& fleet_share,
                           const Any& pue)
{
    auto tdp = optional_list(tdp_w, "tdp_w");
    auto throughput = optional_list(tokens_per_s, "tokens_per_s");
    if (tdp.has_value() != throughput.has_value())
        reject("tdp_w", "give tdp_w and tokens_per_s together");
    if (!tdp)
    {
        tdp.emplace(tw_default_tdp_w, tw_default_tdp_w + TW_DEFAULT_FLEET_SIZE);
        throughput.emplace(tw_default_tokens_per_s,
                           tw_default_tokens_per_s + TW_DEFAULT_FLEET_SIZE);
    }
    const auto share = optional_list(fleet_share, "fleet_share");
    return call(tw_etok, "ETOK", tdp->data(), tdp->size(), throughput->data(),
                throughput->size(), share ? share->data() : nullptr, share ? share->size() : 0,
                optional_number(pue, "pue").value_or(tw_default_pue));
}

double CalcFunctions::CACHEFACTOR(const Any& alpha_o, const Any& alpha_m, const Any& alpha_h,
                                  const Any& beta_m, const Any& beta_h)
{
    const tw_cache cache = cache_profile(alpha_o, alpha_m, alpha_h, beta_m, beta_h);
    return call(tw_cachefactor, "CACHEFACTOR", &cache);
}

double CalcFunctions::EEFF(double e_tok, const Any& alpha_o, const Any& alpha_m,
                           const Any& alpha_h, const Any& beta_m, const Any& beta_h)
{
    const tw_cache cache = cache_profile(alpha_o, alpha_m, alpha_h, beta_m, beta_h);
    return call(tw_eeff, "EEFF", e_tok, &cache);
}

double CalcFunctions::PUSER(double tokens_per_day, double e_eff)
{
    return call(tw_puser, "PUSER", tokens_per_day, e_eff);
}

double CalcFunctions::PPOP(double users, double p_user)
{
    return call(tw_ppop, "PPOP", users, p_user);
}

double CalcFunctions::GRIDRATIO(double p_w, const Any& grid_w)
{
    return call(tw_gridratio, "GRIDRATIO", p_w,
                optional_power(grid_w, "grid_w").value_or(tw_default_grid_w));
}

double CalcFunctions::KARDASHEV(double p_w)
{
    return call(tw_kardashev, "KARDASHEV", p_w);
}

double CalcFunctions::NMAX(double tokens_per_day, double e_eff, double budget_w)
{
    return call(tw_nmax, "NMAX", tokens_per_day, e_eff, budget_w);
}

double CalcFunctions::ETARGET(double users, double tokens_per_day, double budget_w)
{
    return call(tw_etarget, "ETARGET", users, tokens_per_day, budget_w);
}

double CalcFunctions::GAPFACTOR(double e_eff, double users, double tokens_per_day,
                                double budget_w)
{
    return call(tw_gapfactor, "GAPFACTOR", e_eff, users, tokens_per_day, budget_w);
}

css::uno::Sequence<css::uno::Sequence<double>>
CalcFunctions::COHORT(const css::uno::Sequence<css::uno::Sequence<Any>>& users, double p_user,
                      const Any& grid_w)
{
    const std::vector<double> counts = list(users, "users");
    const std::vector<double> grid = optional_power_list(grid_w, "grid_w")
                                         .value_or(std::vector<double>{ tw_default_grid_w });
    const std::size_t n = counts.size();
    std::vector<double> p_pop(n), ratio(n), k1(n);
    const int status = tw_cohort(counts.data(), n, p_user, grid.data(), grid.size(),
                                 p_pop.data(), ratio.data(), k1.data());
    checked(status, 0.0, "COHORT"); // overflowed cohorts stay NaN: #NUM! in their row

    css::uno::Sequence<css::uno::Sequence<double>> rows(static_cast<sal_Int32>(n));
    for (std::size_t i = 0; i < n; ++i)
    {
        css::uno::Sequence<double> row(3);
        row[0] = p_pop[i];
        row[1] = ratio[i];
        row[2] = k1[i];
        rows[static_cast<sal_Int32>(i)] = row;
    }
    return rows;
}
}
