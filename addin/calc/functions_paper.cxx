// The paper "Photons = Tokens" (Landauer floor, token and question budgets)
// and the facility floor of "The Physics and Economics of Tokens". One
// method per Calc function: convert arguments, call the core, map the status.
#include "calc_functions.hxx"

#include "../../core/tokwatt.h"
#include "arguments.hxx"

namespace tokwatt
{
double CalcFunctions::LANDAUER(const Any& temp_k, const Any& bits)
{
    return call(tw_landauer, "LANDAUER",
                optional_number(temp_k, "temp_k").value_or(TW_PAPER_TEMP_K),
                optional_number(bits, "bits").value_or(1.0));
}

double CalcFunctions::EFFGAP(double j_per_token, const Any& bits, const Any& temp_k)
{
    return call(tw_effgap, "EFFGAP", j_per_token,
                optional_number(bits, "bits").value_or(TW_PAPER_BITS_PER_TOKEN),
                optional_number(temp_k, "temp_k").value_or(TW_PAPER_TEMP_K));
}

double CalcFunctions::TOKENBUDGET(double twh_per_year, double wh_per_token)
{
    return call(tw_tokenbudget, "TOKENBUDGET", twh_per_year, wh_per_token);
}

double CalcFunctions::TOKENSPERCAPITA(double twh_per_year, double wh_per_token,
                                      const Any& population, const Any& days_per_year)
{
    return call(tw_tokenspercapita, "TOKENSPERCAPITA", twh_per_year, wh_per_token,
                optional_number(population, "population").value_or(TW_PAPER_POPULATION),
                optional_number(days_per_year, "days_per_year")
                    .value_or(TW_PAPER_DAYS_PER_YEAR));
}

double CalcFunctions::QUESTIONBUDGET(double twh_per_year, double wh_per_token,
                                     double tokens_per_question, const Any& population,
                                     const Any& days_per_year)
{
    return call(tw_questionbudget, "QUESTIONBUDGET", twh_per_year, wh_per_token,
                tokens_per_question,
                optional_number(population, "population").value_or(TW_PAPER_POPULATION),
                optional_number(days_per_year, "days_per_year")
                    .value_or(TW_PAPER_DAYS_PER_YEAR));
}

double CalcFunctions::AVGPOWER(double twh_per_year)
{
    return call(tw_avgpower, "AVGPOWER", twh_per_year);
}

double CalcFunctions::ANNUALTWH(double p_w) { return call(tw_annualtwh, "ANNUALTWH", p_w); }

double CalcFunctions::GPUDAYKWH(double gpu_w, double pue)
{
    return call(tw_gpudaykwh, "GPUDAYKWH", gpu_w, pue);
}

double CalcFunctions::GPUDAYCOST(double gpu_w, double pue, double usd_per_kwh)
{
    return call(tw_gpudaycost, "GPUDAYCOST", gpu_w, pue, usd_per_kwh);
}
}
