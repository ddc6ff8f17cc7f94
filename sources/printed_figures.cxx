#include "printed_figures.hxx"

#include <cmath>
#include <cstdlib>

namespace tokwatt
{
namespace
{
const char* const essay = "essay";
const char* const paper = "paper \"Photons = Tokens\"";
const char* const facility = "\"The Physics and Economics of Tokens\"";
const char* const post = "post on inference accounting";
}

// The essay's calculator panel at its defaults, its body's worked examples
// (which use the rounded E_eff = 0.23 J/token), the paper's budgets, the
// facility floor, and the claims that do not follow from their equations.
#define TW_P_POP_WORLD "PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())))"
#define TW_E_TOK_BODY "0.23/CACHEFACTOR()" /* the E_tok behind the body's 0.23 */
const PrintedFigure printed_figures[] = {
    { essay, "E_tok, naive (Eq token_energy)", "=ETOK()", "3.62", "J/token", 1, nullptr },
    { essay, "cache factor (Eq cache_adjust)", "=CACHEFACTOR()", "0.0775", "", 1, nullptr },
    { essay, "E_eff, after cache", "=EEFF(ETOK())", "0.280", "J/token", 1, nullptr },
    { essay, "cheaper than naive", "=ETOK()/EEFF(ETOK())", "13", "x", 1, nullptr },
    { essay, "P_user at 20E9 tokens/day", "=PUSER(20E9;EEFF(ETOK()))", "64.9", "kW", 1e3,
      nullptr },
    { essay, "P_user in US households", "=PUSER(20E9;EEFF(ETOK()))/POWERREF(\"us_household\")",
      "52", "households", 1, nullptr },
    { essay, "P_pop, 8.1E9 users", "=" TW_P_POP_WORLD, "525.55", "TW", 1e12, nullptr },
    { essay, "vs US electricity (480 GW)", "=GRIDRATIO(" TW_P_POP_WORLD ";480E9)", "1094.9",
      "x", 1, nullptr },
    { essay, "vs world primary energy (19 TW)",
      "=GRIDRATIO(" TW_P_POP_WORLD ";\"world_primary_energy\")", "27.7", "x", 1, nullptr },
    { essay, "Kardashev fraction K_1", "=KARDASHEV(" TW_P_POP_WORLD ")", "3.02E-3", "", 1,
      nullptr },
    { essay, "body: E_eff from E_tok 'around 3 J'", "=EEFF(3)", "0.23", "J/token", 1, nullptr },
    { essay, "body: P_user at E_eff 0.23 J", "=PUSER(20E9;0.23)", "53", "kW", 1e3, nullptr },
    { essay, "Peter's profile E_eff", "=EEFF(" TW_E_TOK_BODY ";0.02;0.08;0.90)", "0.11",
      "J/token", 1, nullptr },
    { essay, "Peter's own P_user", "=PUSER(20E9;EEFF(" TW_E_TOK_BODY ";0.02;0.08;0.90))", "26",
      "kW", 1e3, "25.4" },
    { essay, "pessimistic profile E_eff", "=EEFF(" TW_E_TOK_BODY ";0.05;0.45;0.50)", "0.55",
      "J/token", 1, "0.297" },
    { essay, "Alg 1: N_max on the US grid", "=NMAX(20E9;0.23;480E9)", "9", "million", 1e6,
      nullptr },
    { essay, "Alg 2: E_target, world at 3.3 TW", "=ETARGET(8.1E9;20E9;3.3E12)", "1.76",
      "mJ/token", 1e-3, nullptr },
    { essay, "Alg 2: gap", "=GAPFACTOR(0.23;8.1E9;20E9;3.3E12)", "130", "x", 1, nullptr },
    { paper, "Landauer floor, 1 bit at 300 K (Eq 1)", "=LANDAUER()", "2.87E-21", "J", 1,
      nullptr },
    { paper, "Landauer floor, 12 bits per token (Eq 2)", "=LANDAUER(300;12)", "3.4E-20", "J",
      1, nullptr },
    { paper, "efficiency gap at 5E-4 Wh/token", "=EFFGAP(CONVERT(5E-4;\"Wh\";\"J\"))",
      "5.22E19", "x", 1, nullptr },
    { paper, "token capacity at 326 TWh/yr", "=TOKENBUDGET(326;5E-4)", "6.52E17",
      "tokens/yr", 1, nullptr },
    { paper, "tokens per person per day, 65 TWh/yr", "=TOKENSPERCAPITA(65;5E-4)", "44500",
      "tokens", 1, nullptr },
    { paper, "tokens per person per day, 326 TWh/yr", "=TOKENSPERCAPITA(326;5E-4)", "225000",
      "tokens", 1, "223288" },
    { paper, "questions per person per day, 326 TWh, 100 tokens",
      "=QUESTIONBUDGET(326;5E-4;100)", "2200", "questions", 1, nullptr },
    { paper, "US grid average power, 4,178 TWh/yr", "=AVGPOWER(4178)", "4.77E11", "W", 1,
      nullptr },
    { facility, "one 350 W GPU + 15% overhead, a day", "=GPUDAYKWH(350;1.15)", "9.66", "kWh",
      1, nullptr },
    { facility, "its electricity at $0.10/kWh", "=GPUDAYCOST(350;1.15;0.10)", "0.97", "USD",
      1, nullptr },
    { facility, "its electricity at $0.20/kWh", "=GPUDAYCOST(350;1.15;0.20)", "1.93", "USD",
      1, nullptr },
    { post, "per-token energy, 700 W at 700 tokens/s", "=ETOK(700;700;;1)", "1", "mJ/token",
      1e-3, "1000" },
};
#undef TW_P_POP_WORLD
#undef TW_E_TOK_BODY
const std::size_t printed_figure_count = sizeof printed_figures / sizeof printed_figures[0];

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
