#include "essay_checks.hxx"

#include <cmath>
#include <cstdlib>

namespace tokwatt
{
// The calculator panel of the essay at its defaults, then the body's
// worked examples (which use the rounded E_eff = 0.23 J/token).
#define TW_P_POP_WORLD "PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())))"
const EssayCheck essay_checks[] = {
    { "E_tok, naive (Eq token_energy)", "=ETOK()", "3.62", "J/token", 1 },
    { "cache factor (Eq cache_adjust)", "=CACHEFACTOR()", "0.0775", "", 1 },
    { "E_eff, after cache", "=EEFF(ETOK())", "0.280", "J/token", 1 },
    { "cheaper than naive", "=ETOK()/EEFF(ETOK())", "13", "x", 1 },
    { "P_user at 20E9 tokens/day", "=PUSER(20E9;EEFF(ETOK()))", "64.9", "kW", 1e3 },
    { "P_pop, 8.1E9 users", "=" TW_P_POP_WORLD, "525.55", "TW", 1e12 },
    { "vs US electricity (480 GW)", "=GRIDRATIO(" TW_P_POP_WORLD ";480E9)", "1094.9", "x", 1 },
    { "vs world primary energy (19 TW)", "=GRIDRATIO(" TW_P_POP_WORLD ";19E12)", "27.7", "x", 1 },
    { "Kardashev fraction K_1", "=KARDASHEV(" TW_P_POP_WORLD ")", "3.02E-3", "", 1 },
    { "body: P_user at E_eff 0.23 J", "=PUSER(20E9;0.23)", "53", "kW", 1e3 },
    { "Alg 1: N_max on the US grid", "=NMAX(20E9;0.23;480E9)", "9", "million", 1e6 },
    { "Alg 2: E_target, world at 3.3 TW", "=ETARGET(8.1E9;20E9;3.3E12)", "1.76", "mJ/token",
      1e-3 },
    { "Alg 2: gap", "=GAPFACTOR(0.23;8.1E9;20E9;3.3E12)", "130", "x", 1 },
};
#undef TW_P_POP_WORLD
const std::size_t essay_check_count = sizeof essay_checks / sizeof essay_checks[0];

const EssayCohort essay_cohorts[] = {
    { "Small town", 25e3, "1.3", "GW", 1e9 },
    { "Major US city", 75e3, "4.0", "GW", 1e9 },
    { "Major US metro", 5e6, "265", "GW", 1e9 },
    { "NYC", 8.3e6, "440", "GW", 1e9 },
    { "USA", 335e6, "17.8", "TW", 1e12 },
    { "China", 1.41e9, "75", "TW", 1e12 },
    { "World", 8.1e9, "429", "TW", 1e12 },
};
const std::size_t essay_cohort_count = sizeof essay_cohorts / sizeof essay_cohorts[0];
const double essay_cohort_p_user_w = 53e3;

double printed_value(const std::string& printed) { return std::strtod(printed.c_str(), nullptr); }

double printed_tolerance(const std::string& printed)
{
    const std::size_t exponent_at = printed.find_first_of("eE");
    const std::string mantissa = printed.substr(0, exponent_at);
    const int power
        = exponent_at == std::string::npos ? 0 : std::atoi(printed.c_str() + exponent_at + 1);
    int last_digit; // power of ten of the last significant digit
    const std::size_t dot = mantissa.find('.');
    if (dot != std::string::npos)
        last_digit = -static_cast<int>(mantissa.size() - dot - 1);
    else
    {
        const std::size_t last_nonzero = mantissa.find_last_not_of('0');
        last_digit = last_nonzero == std::string::npos
                         ? 0
                         : static_cast<int>(mantissa.size() - last_nonzero - 1);
    }
    return 0.5 * std::pow(10.0, power + last_digit);
}

bool matches_printed(double si_value, const char* printed, double unit_in_si)
{
    return std::fabs(si_value / unit_in_si - printed_value(printed))
           <= printed_tolerance(printed) * (1 + 1e-12);
}
}
