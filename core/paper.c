/* The paper "Photons = Tokens": the Landauer floor, the efficiency gap,
 * the token and question budgets, and TWh/yr <-> W.
 *
 * Products of several inputs are formed by tw_ratio: k_B * T can fall
 * below double's normal range and lose digits, and twh * 1E12 or
 * population * days can overflow while the result fits. */
#include <math.h>

#include "tw_internal.h"
#include "tw_signatures.h"
#include "tw_paper.h"

int tw_landauer(double temp_k, double bits, double *joules)
{
    TW_REQUIRE_DOMAIN(TW_SIG_LANDAUER, joules);
    const double num[] = {TW_BOLTZMANN_J_PER_K, temp_k, TW_LN2, bits};
    return tw_result(tw_ratio(num, TW_COUNT(num), NULL, 0), joules);
}

int tw_effgap(double j_per_token, double bits, double temp_k, double *ratio)
{
    TW_REQUIRE_DOMAIN(TW_SIG_EFFGAP, ratio);
    const double num[] = {j_per_token};
    const double den[] = {TW_BOLTZMANN_J_PER_K, temp_k, TW_LN2, bits};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)), ratio);
}

int tw_tokenbudget(double twh_per_year, double wh_per_token,
                   double *tokens_per_year)
{
    TW_REQUIRE_DOMAIN(TW_SIG_TOKENBUDGET, tokens_per_year);
    const double num[] = {twh_per_year, TW_WH_PER_TWH};
    const double den[] = {wh_per_token};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)),
                     tokens_per_year);
}

int tw_tokenspercapita(double twh_per_year, double wh_per_token,
                       double population, double days_per_year,
                       double *tokens_per_person_day)
{
    TW_REQUIRE_DOMAIN(TW_SIG_TOKENSPERCAPITA, tokens_per_person_day);
    const double num[] = {twh_per_year, TW_WH_PER_TWH};
    const double den[] = {wh_per_token, population, days_per_year};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)),
                     tokens_per_person_day);
}

int tw_questionbudget(double twh_per_year, double wh_per_token,
                      double tokens_per_question, double population,
                      double days_per_year, double *questions_per_person_day)
{
    TW_REQUIRE_DOMAIN(TW_SIG_QUESTIONBUDGET, questions_per_person_day);
    const double num[] = {twh_per_year, TW_WH_PER_TWH};
    const double den[] = {wh_per_token, tokens_per_question, population,
                          days_per_year};
    return tw_result(tw_ratio(num, TW_COUNT(num), den, TW_COUNT(den)),
                     questions_per_person_day);
}

int tw_avgpower(double twh_per_year, double *watts)
{
    TW_REQUIRE_DOMAIN(TW_SIG_AVGPOWER, watts);
    /* One constant factor: no intermediate overflows before the result. */
    return tw_result(twh_per_year * (TW_WH_PER_TWH / TW_HOURS_PER_YEAR),
                     watts);
}

int tw_annualtwh(double p_w, double *twh_per_year)
{
    TW_REQUIRE_DOMAIN(TW_SIG_ANNUALTWH, twh_per_year);
    return tw_result(p_w * (TW_HOURS_PER_YEAR / TW_WH_PER_TWH), twh_per_year);
}
