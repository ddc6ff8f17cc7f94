/* The paper "Photons = Tokens": the Landauer floor, the efficiency gap,
 * the token and question budgets, and TWh/yr <-> W. */
#include <math.h>

#include "tw_checks.h"
#include "tw_paper.h"

int tw_landauer(double temp_k, double bits, double *joules)
{
    if (!tw_is_positive(temp_k) || !tw_is_nonneg(bits))
        return tw_fail(TW_EDOM, joules);
    return tw_result(TW_BOLTZMANN_J_PER_K * temp_k * TW_LN2 * bits, joules);
}

int tw_effgap(double j_per_token, double bits, double temp_k, double *ratio)
{
    if (!tw_is_nonneg(j_per_token) || !tw_is_positive(bits)
        || !tw_is_positive(temp_k))
        return tw_fail(TW_EDOM, ratio);
    double floor_j;
    int status = tw_landauer(temp_k, bits, &floor_j);
    if (status != TW_OK)
        return tw_fail(status, ratio);
    if (j_per_token == 0.0) /* no energy is no gap, even over a floor
                               that underflowed to 0 */
        return tw_result(0.0, ratio);
    return tw_result(j_per_token / floor_j, ratio);
}

int tw_tokenbudget(double twh_per_year, double wh_per_token,
                   double *tokens_per_year)
{
    if (!tw_is_nonneg(twh_per_year) || !tw_is_positive(wh_per_token))
        return tw_fail(TW_EDOM, tokens_per_year);
    return tw_result(twh_per_year * TW_WH_PER_TWH / wh_per_token,
                     tokens_per_year);
}

int tw_tokenspercapita(double twh_per_year, double wh_per_token,
                       double population, double days_per_year,
                       double *tokens_per_person_day)
{
    if (!tw_is_nonneg(twh_per_year) || !tw_is_positive(wh_per_token)
        || !tw_is_positive(population) || !tw_is_positive(days_per_year))
        return tw_fail(TW_EDOM, tokens_per_person_day);
    double tokens;
    int status = tw_tokenbudget(twh_per_year, wh_per_token, &tokens);
    if (status != TW_OK)
        return tw_fail(status, tokens_per_person_day);
    return tw_result(tokens / (population * days_per_year),
                     tokens_per_person_day);
}

int tw_questionbudget(double twh_per_year, double wh_per_token,
                      double tokens_per_question, double population,
                      double days_per_year, double *questions_per_person_day)
{
    if (!tw_is_nonneg(twh_per_year) || !tw_is_positive(wh_per_token)
        || !tw_is_positive(tokens_per_question)
        || !tw_is_positive(population) || !tw_is_positive(days_per_year))
        return tw_fail(TW_EDOM, questions_per_person_day);
    double tokens;
    int status = tw_tokenbudget(twh_per_year, wh_per_token, &tokens);
    if (status != TW_OK)
        return tw_fail(status, questions_per_person_day);
    return tw_result(tokens / (tokens_per_question * population
                               * days_per_year),
                     questions_per_person_day);
}

int tw_avgpower(double twh_per_year, double *watts)
{
    if (!tw_is_nonneg(twh_per_year))
        return tw_fail(TW_EDOM, watts);
    /* One constant factor: no intermediate overflows before the result. */
    return tw_result(twh_per_year * (TW_WH_PER_TWH / TW_HOURS_PER_YEAR),
                     watts);
}

int tw_annualtwh(double p_w, double *twh_per_year)
{
    if (!tw_is_nonneg(p_w))
        return tw_fail(TW_EDOM, twh_per_year);
    return tw_result(p_w * (TW_HOURS_PER_YEAR / TW_WH_PER_TWH), twh_per_year);
}
