// Table-driven tests of tw_essay.h, after GSL's special-function tests:
// each table row is (description, inputs, expected value, expected status)
// and one loop per table sends every row through check_row.
//
// Expected values are either figures printed in the essay "Counting piano
// tuners, counting tokens" (printed("..."), the text as the essay prints it,
// trusted to half a unit of its last digit) or a hand computation written
// out in the row (exact(...)). None is copied from running the code.
#include <cfloat>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scalar.hxx"

namespace tokwatt_test
{
namespace
{
// Outputs start as this finite value, so "NaN on error" is a real check.
constexpr double sentinel = -7.0;

// A not-given field of a tw_cache: it must never reach a result.
const double unset = NAN;

constexpr double inf = HUGE_VAL;

// ---- scalar functions ------------------------------------------------------

struct ScalarRow
{
    std::string what;
    std::vector<double> in;
    Expect want;
    int status;
};

void run(const std::string& fn, const Scalar& f, const std::vector<ScalarRow>& rows)
{
    for (const ScalarRow& row : rows)
    {
        double got = sentinel;
        const int status = f(row.in, &got);
        check_row(fn + ": " + row.what, status, got, row.status, row.want);
    }
}

// Every argument of these functions must be a finite number (>= 0), so each
// one, made negative or non-finite in an otherwise valid call, is TW_EDOM.
std::vector<ScalarRow> domain_rows(const std::vector<double>& valid,
                                   const std::vector<std::string>& names)
{
    std::vector<ScalarRow> rows;
    const std::vector<std::pair<const char*, double>> bad = {
        {"-1", -1.0}, {"NaN", NAN}, {"+Inf", inf}, {"-Inf", -inf}};
    for (std::size_t i = 0; i < names.size(); i++)
        for (const auto& [text, value] : bad)
        {
            std::vector<double> in = valid;
            in.at(i) = value;
            rows.push_back({names[i] + " = " + text, in, nan_result(), TW_EDOM});
        }
    return rows;
}

tw_cache cache_of(const std::vector<double>& in, std::size_t first)
{
    return {in.at(first), in.at(first + 1), in.at(first + 2), in.at(first + 3),
            in.at(first + 4)};
}

const Scalar cachefactor = [](const std::vector<double>& in, double* out) {
    const tw_cache c = cache_of(in, 0);
    return tw_cachefactor(&c, out);
};
const Scalar eeff = [](const std::vector<double>& in, double* out) {
    const tw_cache c = cache_of(in, 1);
    return tw_eeff(in.at(0), &c, out);
};
const Scalar puser = table_scalar("tw_puser");
const Scalar ppop = table_scalar("tw_ppop");
const Scalar gridratio = table_scalar("tw_gridratio");
const Scalar kardashev = table_scalar("tw_kardashev");
const Scalar nmax = table_scalar("tw_nmax");
const Scalar etarget = table_scalar("tw_etarget");
const Scalar gapfactor = table_scalar("tw_gapfactor");

// The essay's figures, by hand.
const double etok_default = 1.4 * (0.5 * 700.0 / 200.0 + 0.5 * 1000.0 / 600.0);
// The E_tok under the essay body's 0.23 J/tok: realistic k = 0.0775.
const double etok_body = 0.23 / 0.0775;

// ---- Eq token_energy: list inputs -----------------------------------------

struct EtokRow
{
    std::string what;
    std::vector<double> tdp_w, tokens_per_s;
    std::optional<std::vector<double>> shares; // nullopt: NULL, equal shares
    double pue;
    Expect want;
    int status;
};

// ---- Alg 0 steps 4-7: one Expect per cohort and output ---------------------

struct CohortRow
{
    std::string what;
    std::vector<double> users;
    double p_user_w;
    std::vector<double> grid_w;
    int status;
    std::vector<Expect> p_pop_w, grid_ratio, k1;
};

std::vector<Expect> nans(std::size_t n) { return std::vector<Expect>(n, nan_result()); }

// ---- the essay's calculator: Alg 0 from its inputs panel -------------------

struct Panel
{
    double e_tok, e_eff, p_user, p_pop, grid_ratio, k1;
};

// Inputs panel: 50/50 H100/B200 at PUE 1.40 (the library's default fleet),
// alpha_o 0.05 and alpha_h 0.75 given (alpha_m derived), beta_h 0.010.
int calculator(double tokens_per_day, double users, double grid_w, Panel* p)
{
    int s = tw_etok(tw_default_tdp_w, TW_DEFAULT_FLEET_SIZE, tw_default_tokens_per_s,
                    TW_DEFAULT_FLEET_SIZE, nullptr, 0, tw_default_pue, &p->e_tok);
    const tw_cache given = {0.05, unset, 0.75, unset, 0.010};
    const tw_cache cache =
        tw_cache_resolve(&given, TW_GIVEN_ALPHA_O | TW_GIVEN_ALPHA_H | TW_GIVEN_BETA_H);
    if (s == TW_OK) s = tw_eeff(p->e_tok, &cache, &p->e_eff);
    if (s == TW_OK) s = tw_puser(tokens_per_day, p->e_eff, &p->p_user);
    if (s == TW_OK) s = tw_ppop(users, p->p_user, &p->p_pop);
    if (s == TW_OK) s = tw_gridratio(p->p_pop, grid_w, &p->grid_ratio);
    if (s == TW_OK) s = tw_kardashev(p->p_pop, &p->k1);
    return s;
}

struct PanelRow
{
    std::string what;
    double Panel::*field;
    double grid_w;
    Expect want;
};
} // namespace

class EssayTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(EssayTest);
    CPPUNIT_TEST(test_etok);
    CPPUNIT_TEST(test_cache_resolve);
    CPPUNIT_TEST(test_cachefactor);
    CPPUNIT_TEST(test_eeff);
    CPPUNIT_TEST(test_puser);
    CPPUNIT_TEST(test_ppop);
    CPPUNIT_TEST(test_gridratio);
    CPPUNIT_TEST(test_kardashev);
    CPPUNIT_TEST(test_nmax);
    CPPUNIT_TEST(test_etarget);
    CPPUNIT_TEST(test_gapfactor);
    CPPUNIT_TEST(test_cohort);
    CPPUNIT_TEST(test_calculator);
    CPPUNIT_TEST(test_strerror);
    CPPUNIT_TEST_SUITE_END();

public:
    void test_etok()
    {
        const std::vector<double> tdp = {700.0, 1000.0}, tps = {200.0, 600.0};
        const std::vector<double> lib_tdp(tw_default_tdp_w,
                                          tw_default_tdp_w + TW_DEFAULT_FLEET_SIZE);
        const std::vector<double> lib_tps(tw_default_tokens_per_s,
                                          tw_default_tokens_per_s + TW_DEFAULT_FLEET_SIZE);
        const std::vector<double> half = {0.5, 0.5};
        const auto none = std::nullopt;
        const std::vector<EtokRow> rows = {
            // The essay's default fleet; its calculator prints E_tok 3.62 J/tok.
            {"essay fleet, equal shares (NULL)", tdp, tps, none, 1.4, printed("3.62"), TW_OK},
            {"essay fleet, equal shares (NULL), by hand", tdp, tps, none, 1.4,
             exact(etok_default), TW_OK},
            {"essay fleet, shares 0.5/0.5", tdp, tps, half, 1.4, exact(etok_default), TW_OK},
            {"the library's default fleet", lib_tdp, lib_tps, none, tw_default_pue,
             printed("3.62"), TW_OK},
            {"H100 only", tdp, tps, std::vector<double>{1.0, 0.0}, 1.4,
             exact(1.4 * 700.0 / 200.0), TW_OK},
            {"one GPU type", {1000.0}, {600.0}, none, 1.0, exact(1000.0 / 600.0), TW_OK},
            {"three types, 0.25/0.25/0.5", {700.0, 1000.0, 400.0}, {200.0, 600.0, 100.0},
             std::vector<double>{0.25, 0.25, 0.5}, 1.2,
             exact(1.2 * (0.25 * 3.5 + 0.25 * 1000.0 / 600.0 + 0.5 * 4.0)), TW_OK},
            {"a GPU of 0 W", {0.0, 1000.0}, tps, half, 1.4, exact(1.4 * 0.5 * 1000.0 / 600.0),
             TW_OK},
            {"PUE exactly 1", tdp, tps, half, 1.0, exact(0.5 * 3.5 + 0.5 * 1000.0 / 600.0),
             TW_OK},
            {"shares off by 5e-10: still summing to 1", tdp, tps,
             std::vector<double>{0.5, 0.5 + 5e-10}, 1.4,
             exact(1.4 * (0.5 * 3.5 + (0.5 + 5e-10) * 1000.0 / 600.0)), TW_OK},
            // P/T of the absent type overflows; a share of 0 must drop it.
            {"absent type with an overflowing P/T", {700.0, 1e300}, {200.0, 1e-300},
             std::vector<double>{1.0, 0.0}, 1.4, exact(1.4 * 3.5), TW_OK},

            {"n_tdp == 0", {}, {}, none, 1.4, nan_result(), TW_ESHAPE},
            {"n_tdp == 0, shares given", {}, {}, std::vector<double>{}, 1.4, nan_result(),
             TW_ESHAPE},
            {"n_tps < n_tdp", tdp, {200.0}, none, 1.4, nan_result(), TW_ESHAPE},
            {"n_tps > n_tdp", tdp, {200.0, 600.0, 300.0}, half, 1.4, nan_result(), TW_ESHAPE},
            {"n_share < n_tdp", tdp, tps, std::vector<double>{1.0}, 1.4, nan_result(),
             TW_ESHAPE},
            {"n_share == 0 with shares given", tdp, tps, std::vector<double>{}, 1.4,
             nan_result(), TW_ESHAPE},
            {"n_share > n_tdp", tdp, tps, std::vector<double>{0.5, 0.5, 0.0}, 1.4,
             nan_result(), TW_ESHAPE},

            {"P = -1", {-1.0, 1000.0}, tps, half, 1.4, nan_result(), TW_EDOM},
            {"P = NaN", {NAN, 1000.0}, tps, half, 1.4, nan_result(), TW_EDOM},
            {"P = +Inf", {700.0, inf}, tps, half, 1.4, nan_result(), TW_EDOM},
            {"T = 0", tdp, {0.0, 600.0}, half, 1.4, nan_result(), TW_EDOM},
            {"T = -200", tdp, {-200.0, 600.0}, half, 1.4, nan_result(), TW_EDOM},
            {"T = NaN", tdp, {200.0, NAN}, half, 1.4, nan_result(), TW_EDOM},
            {"T = +Inf", tdp, {200.0, inf}, half, 1.4, nan_result(), TW_EDOM},
            {"share < 0 (shares sum to 1)", tdp, tps, std::vector<double>{-0.5, 1.5}, 1.4,
             nan_result(), TW_EDOM},
            {"share > 1 (shares sum to 1)", tdp, tps, std::vector<double>{1.5, -0.5}, 1.4,
             nan_result(), TW_EDOM},
            {"share = NaN", tdp, tps, std::vector<double>{NAN, 0.5}, 1.4, nan_result(), TW_EDOM},
            {"share = +Inf", tdp, tps, std::vector<double>{0.5, inf}, 1.4, nan_result(),
             TW_EDOM},
            {"PUE = 0.99", tdp, tps, half, 0.99, nan_result(), TW_EDOM},
            {"PUE = -1", tdp, tps, half, -1.0, nan_result(), TW_EDOM},
            {"PUE = NaN", tdp, tps, half, NAN, nan_result(), TW_EDOM},
            {"PUE = +Inf", tdp, tps, half, inf, nan_result(), TW_EDOM},

            {"shares sum to 0.9", tdp, tps, std::vector<double>{0.5, 0.4}, 1.4, nan_result(),
             TW_ESUM},
            {"shares off by 2e-9", tdp, tps, std::vector<double>{0.5, 0.5 + 2e-9}, 1.4,
             nan_result(), TW_ESUM},
            {"shares all 0", tdp, tps, std::vector<double>{0.0, 0.0}, 1.4, nan_result(),
             TW_ESUM},

            {"P/T overflows", {1e308, 1e308}, {1e-10, 1e-10}, none, 1.4, nan_result(),
             TW_EOVERFLOW},
            {"PUE * P/T overflows", {1e308}, {1.0}, none, 10.0, nan_result(), TW_EOVERFLOW},
        };
        for (const EtokRow& row : rows)
        {
            double got = sentinel;
            // Given shares are never NULL, even none (an empty vector's data() may
            // be); with NULL, n_share is documented as ignored: pass a wrong one.
            const double no_share = sentinel;
            const double* shares = nullptr;
            if (row.shares)
                shares = row.shares->empty() ? &no_share : row.shares->data();
            const int status = tw_etok(row.tdp_w.data(), row.tdp_w.size(),
                                       row.tokens_per_s.data(), row.tokens_per_s.size(),
                                       shares, row.shares ? row.shares->size() : 99, row.pue,
                                       &got);
            check_row("etok: " + row.what, status, got, row.status, row.want);
        }
    }

    void test_cache_resolve()
    {
        struct Row
        {
            std::string what;
            tw_cache given;
            unsigned mask;
            tw_cache want;
        };
        const unsigned O = TW_GIVEN_ALPHA_O, M = TW_GIVEN_ALPHA_M, H = TW_GIVEN_ALPHA_H,
                       BM = TW_GIVEN_BETA_M, BH = TW_GIVEN_BETA_H;
        const tw_cache realistic = {0.05, 0.20, 0.75, 0.10, 0.01}; // the essay's table
        const std::vector<Row> rows = {
            {"nothing given: realistic", {unset, unset, unset, unset, unset}, 0, realistic},
            // The essay's calculator: alpha_o 0.05, alpha_h 0.75 -> "(alpha_m = 0.20)".
            {"alpha_m missing: 1 - alpha_o - alpha_h", {0.05, unset, 0.75, unset, 0.010},
             O | H | BH, {0.05, 1.0 - 0.05 - 0.75, 0.75, 0.10, 0.010}},
            {"alpha_o missing (Peter)", {unset, 0.08, 0.90, unset, unset}, M | H,
             {1.0 - 0.08 - 0.90, 0.08, 0.90, 0.10, 0.01}},
            {"alpha_h missing (pessimistic)", {0.05, 0.45, unset, unset, unset}, O | M,
             {0.05, 0.45, 1.0 - 0.05 - 0.45, 0.10, 0.01}},
            {"alpha_m, alpha_h missing: defaults", {0.02, unset, unset, unset, unset}, O,
             {0.02, 0.20, 0.75, 0.10, 0.01}},
            {"alpha_o, alpha_h missing: defaults", {unset, 0.45, unset, unset, unset}, M,
             {0.05, 0.45, 0.75, 0.10, 0.01}},
            {"all given", {0.02, 0.08, 0.90, 0.2, 0.05}, O | M | H | BM | BH,
             {0.02, 0.08, 0.90, 0.2, 0.05}},
            {"betas given", {unset, unset, unset, 0.0, 0.001}, BM | BH,
             {0.05, 0.20, 0.75, 0.0, 0.001}},
            {"all alphas given, not summing to 1: kept", {0.5, 0.5, 0.5, unset, unset},
             O | M | H, {0.5, 0.5, 0.5, 0.10, 0.01}},
            {"pure, no validation: derived alpha_m > 1", {-1.0, unset, 0.75, unset, unset},
             O | H, {-1.0, 1.0 - -1.0 - 0.75, 0.75, 0.10, 0.01}},
        };
        for (const Row& row : rows)
        {
            const tw_cache got = tw_cache_resolve(&row.given, row.mask);
            const std::string what = "cache_resolve: " + row.what + ": ";
            const std::pair<const char*, double tw_cache::*> fields[] = {
                {"alpha_o", &tw_cache::alpha_o}, {"alpha_m", &tw_cache::alpha_m},
                {"alpha_h", &tw_cache::alpha_h}, {"beta_m", &tw_cache::beta_m},
                {"beta_h", &tw_cache::beta_h}};
            for (const auto& [name, field] : fields)
                CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(what + name, row.want.*field,
                                                     got.*field,
                                                     exact(row.want.*field).tolerance);
        }
        // The library's realistic default is the essay's.
        const tw_cache r = tw_cache_realistic;
        CPPUNIT_ASSERT_MESSAGE("tw_cache_realistic is 0.05/0.20/0.75, 0.10/0.01",
                               r.alpha_o == 0.05 && r.alpha_m == 0.20 && r.alpha_h == 0.75
                                   && r.beta_m == 0.10 && r.beta_h == 0.01);
    }

    void test_cachefactor()
    {
        const tw_cache& r = tw_cache_realistic;
        const std::vector<ScalarRow> rows = {
            // "E_eff ~ E_tok * 0.0775"
            {"realistic", {r.alpha_o, r.alpha_m, r.alpha_h, r.beta_m, r.beta_h},
             printed("0.0775"), TW_OK},
            {"Peter 0.02/0.08/0.90", {0.02, 0.08, 0.90, 0.10, 0.01},
             exact(0.02 + 0.08 * 0.10 + 0.90 * 0.01), TW_OK},
            {"pessimistic 0.05/0.45/0.50", {0.05, 0.45, 0.50, 0.10, 0.01},
             exact(0.05 + 0.45 * 0.10 + 0.50 * 0.01), TW_OK},
            {"no cache: all output", {1.0, 0.0, 0.0, 0.10, 0.01}, exact(1.0), TW_OK},
            {"free input", {0.05, 0.20, 0.75, 0.0, 0.0}, exact(0.05), TW_OK},
            {"alphas off by 5e-10: still summing to 1", {0.05, 0.20, 0.75 + 5e-10, 0.10, 0.01},
             exact(0.05 + 0.20 * 0.10 + (0.75 + 5e-10) * 0.01), TW_OK},
            {"largest beta: finite", {0.0, 1.0, 0.0, DBL_MAX, 0.01}, exact(DBL_MAX), TW_OK},

            {"alpha_o > 1 (alphas sum to 1)", {1.5, -0.25, -0.25, 0.10, 0.01}, nan_result(),
             TW_EDOM},
            {"alpha_h > 1", {0.0, 0.0, 1.5, 0.10, 0.01}, nan_result(), TW_EDOM},
            {"alphas sum to 0.95", {0.05, 0.20, 0.70, 0.10, 0.01}, nan_result(), TW_ESUM},
            {"alphas off by 2e-9", {0.05, 0.20, 0.75 + 2e-9, 0.10, 0.01}, nan_result(),
             TW_ESUM},
            // tw_cache_resolve with two alphas missing does not fix the sum.
            {"Peter's alpha_o alone, resolved", {0.02, 0.20, 0.75, 0.10, 0.01}, nan_result(),
             TW_ESUM},
        };
        run("cachefactor", cachefactor,
            domain_rows({0.05, 0.20, 0.75, 0.10, 0.01},
                        {"alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h"}));
        run("cachefactor", cachefactor, rows);
    }

    void test_eeff()
    {
        const std::vector<ScalarRow> rows = {
            // The calculator: "E_eff (after cache) 0.280 J/tok".
            {"essay fleet, realistic", {etok_default, 0.05, 0.20, 0.75, 0.10, 0.01},
             printed("0.280"), TW_OK},
            {"essay fleet, realistic, by hand", {etok_default, 0.05, 0.20, 0.75, 0.10, 0.01},
             exact(etok_default * (0.05 + 0.20 * 0.10 + 0.75 * 0.01)), TW_OK},
            // The body's 0.23 J/tok, and from it "0.11 J/tok" for Peter's profile.
            {"body E_tok, realistic", {etok_body, 0.05, 0.20, 0.75, 0.10, 0.01},
             printed("0.23"), TW_OK},
            {"body E_tok, Peter", {etok_body, 0.02, 0.08, 0.90, 0.10, 0.01}, printed("0.11"),
             TW_OK},
            // The essay prints 0.55 J/tok ("every number doubles") for this profile;
            // that is wrong: k = 0.05 + 0.045 + 0.005 = 0.1, E_eff = 0.297 J/tok.
            {"body E_tok, pessimistic", {etok_body, 0.05, 0.45, 0.50, 0.10, 0.01},
             exact(etok_body * (0.05 + 0.45 * 0.10 + 0.50 * 0.01)), TW_OK},
            {"E_tok = 0", {0.0, 0.05, 0.20, 0.75, 0.10, 0.01}, exact(0.0), TW_OK},

            {"alpha_m > 1", {3.0, 0.0, 1.5, 0.0, 0.10, 0.01}, nan_result(), TW_EDOM},
            {"alphas sum to 0.95", {3.0, 0.05, 0.20, 0.70, 0.10, 0.01}, nan_result(), TW_ESUM},
            {"overflow", {1e300, 0.0, 1.0, 0.0, 1e10, 0.01}, nan_result(), TW_EOVERFLOW},
        };
        run("eeff", eeff,
            domain_rows({3.0, 0.05, 0.20, 0.75, 0.10, 0.01},
                        {"E_tok", "alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h"}));
        run("eeff", eeff, rows);
    }

    void test_puser()
    {
        const std::vector<ScalarRow> rows = {
            // "P_user = 20e9 * 0.23 / 86400 ~ 53,000 W ~ 53 kW"
            {"Peter rate, 0.23 J/tok", {20e9, 0.23}, printed("53E3"), TW_OK},
            {"Peter rate, 0.23 J/tok, by hand", {20e9, 0.23}, exact(20e9 * 0.23 / 86400.0),
             TW_OK},
            // "Strip the cache entirely ... Closer to 700 kW per person"
            {"Peter rate, no cache", {20e9, etok_body}, printed("7E5"), TW_OK},
            // (The essay's "around 26 kW" for Peter's own profile is not reproduced:
            // 20e9 * 0.11 / 86400 = 25.5 kW.)
            {"R = 0", {0.0, 0.23}, exact(0.0), TW_OK},
            {"E_eff = 0", {20e9, 0.0}, exact(0.0), TW_OK},
            {"overflow", {1e300, 1e300}, nan_result(), TW_EOVERFLOW},
        };
        check_domain("tw_puser", {20e9, 0.23});
        run("puser", puser, rows);
    }

    void test_ppop()
    {
        const std::vector<ScalarRow> rows = {
            // The essay's cohort table at P_user = 53 kW: "World ... 429 TW".
            {"world at 53 kW", {8.1e9, 53e3}, printed("429E12"), TW_OK},
            {"NYC at 53 kW", {8.3e6, 53e3}, printed("440E9"), TW_OK},
            {"world at 0.23 J/tok, by hand", {8.1e9, 20e9 * 0.23 / 86400.0},
             exact(8.1e9 * (20e9 * 0.23 / 86400.0)), TW_OK},
            {"N = 0", {0.0, 53e3}, exact(0.0), TW_OK},
            {"P_user = 0", {8.1e9, 0.0}, exact(0.0), TW_OK},
            {"overflow", {1e300, 1e300}, nan_result(), TW_EOVERFLOW},
        };
        check_domain("tw_ppop", {8.1e9, 53e3});
        run("ppop", ppop, rows);
    }

    void test_gridratio()
    {
        const std::vector<ScalarRow> rows = {
            // "Major US metro ... 55% of total US electricity", "NYC ... 92%"
            {"US metro vs 480 GW", {5e6 * 53e3, 480e9}, printed("0.55"), TW_OK},
            {"NYC vs 480 GW", {8.3e6 * 53e3, 480e9}, printed("0.92"), TW_OK},
            // "A whole world of them draws twenty-three times" world primary energy.
            {"world vs 19 TW", {8.1e9 * 53e3, 19e12}, printed("23"), TW_OK},
            {"world vs 19 TW, by hand", {8.1e9 * 53e3, 19e12}, exact(8.1e9 * 53e3 / 19e12),
             TW_OK},
            {"P = 0", {0.0, 480e9}, exact(0.0), TW_OK},
            {"grid = 0", {1e9, 0.0}, nan_result(), TW_EDOM},
            {"overflow", {1e300, 1e-300}, nan_result(), TW_EOVERFLOW},
        };
        check_domain("tw_gridratio", {1e9, 480e9});
        run("gridratio", gridratio, rows);
    }

    void test_kardashev()
    {
        const std::vector<ScalarRow> rows = {
            // "For the world-scale row, K_1 ~ 2.5 x 10^-3"
            {"world at 0.23 J/tok", {8.1e9 * (20e9 * 0.23 / 86400.0)}, printed("2.5E-3"),
             TW_OK},
            {"world at 53 kW", {8.1e9 * 53e3}, printed("2.5E-3"), TW_OK},
            // "Current humanity sits at K_1 ~ 1 x 10^-4" (19 TW)
            {"humanity today", {19e12}, printed("1E-4"), TW_OK},
            {"one type-I civilization", {1.74e17}, exact(1.0), TW_OK},
            {"P = 0", {0.0}, exact(0.0), TW_OK},
            {"largest P: finite", {DBL_MAX}, exact(DBL_MAX / 1.74e17), TW_OK},
        };
        check_domain("tw_kardashev", {1e9});
        run("kardashev", kardashev, rows);
    }

    void test_nmax()
    {
        const std::vector<ScalarRow> rows = {
            // "N_max ~ 9 million"
            {"US grid, Peter rate", {20e9, 0.23, 480e9}, printed("9E6"), TW_OK},
            // 480e9 * 86400 / (20e9 * 0.23) = 4.1472e16 / 4.6e9 = 9015652.17...
            {"US grid, Peter rate, by hand", {20e9, 0.23, 480e9}, exact(9015652.0), TW_OK},
            // P_user = 4 * 86400 * 0.5 / 86400 = 2 W
            {"exact fit: 8 W / 2 W", {4 * 86400.0, 0.5, 8.0}, exact(4.0), TW_OK},
            {"floor: 7 W / 2 W", {4 * 86400.0, 0.5, 7.0}, exact(3.0), TW_OK},
            {"less than one user", {4 * 86400.0, 0.5, 1.0}, exact(0.0), TW_OK},
            {"budget = 0", {20e9, 0.23, 0.0}, exact(0.0), TW_OK},
            {"R = 0", {0.0, 0.23, 480e9}, nan_result(), TW_EDOM},
            {"E_eff = 0", {20e9, 0.0, 480e9}, nan_result(), TW_EDOM},
            {"overflow: P_user underflows", {1e-300, 1e-300, 1.0}, nan_result(), TW_EOVERFLOW},
            {"overflow: huge budget", {1.0, 1e-10, DBL_MAX}, nan_result(), TW_EOVERFLOW},
            // In domain, and floor(0 / P_user) = 0 however small P_user is.
            {"budget = 0, P_user underflows", {1e-300, 1e-300, 0.0}, exact(0.0), TW_OK},
        };
        check_domain("tw_nmax", {20e9, 0.23, 480e9});
        run("nmax", nmax, rows);
    }

    void test_etarget()
    {
        const std::vector<ScalarRow> rows = {
            // "E_eff_target = 407 * 86400 / 20e9 ~ 1.76 mJ/tok"; "0.23 / 0.00176"
            {"world, Peter rate, 3.3 TW", {8.1e9, 20e9, 3.3e12}, printed("0.00176"), TW_OK},
            {"world, by hand", {8.1e9, 20e9, 3.3e12},
             exact(3.3e12 * 86400.0 / (8.1e9 * 20e9)), TW_OK},
            {"budget = 0", {8.1e9, 20e9, 0.0}, exact(0.0), TW_OK},
            {"N = 0", {0.0, 20e9, 3.3e12}, nan_result(), TW_EDOM},
            {"R = 0", {8.1e9, 0.0, 3.3e12}, nan_result(), TW_EDOM},
            {"overflow", {1.0, 1.0, DBL_MAX}, nan_result(), TW_EOVERFLOW},
            {"overflow: N * R underflows", {1e-300, 1e-300, 1.0}, nan_result(), TW_EOVERFLOW},
            // In domain, and 0 * 86400 / (N * R) = 0 however small N * R is.
            {"budget = 0, N * R underflows", {1e-300, 1e-300, 0.0}, exact(0.0), TW_OK},
        };
        check_domain("tw_etarget", {8.1e9, 20e9, 3.3e12});
        run("etarget", etarget, rows);
    }

    void test_gapfactor()
    {
        const std::vector<ScalarRow> rows = {
            // "gap = 0.23 / 0.00176 ~ 130x", two significant figures.
            {"world, Peter rate, 3.3 TW", {0.23, 8.1e9, 20e9, 3.3e12}, printed("1.3E2"), TW_OK},
            {"world, by hand", {0.23, 8.1e9, 20e9, 3.3e12},
             exact(0.23 / (3.3e12 * 86400.0 / (8.1e9 * 20e9))), TW_OK},
            {"E_eff = 0", {0.0, 8.1e9, 20e9, 3.3e12}, exact(0.0), TW_OK},
            {"budget = 0", {0.23, 8.1e9, 20e9, 0.0}, nan_result(), TW_EDOM},
            {"N = 0", {0.23, 0.0, 20e9, 3.3e12}, nan_result(), TW_EDOM},
            {"R = 0", {0.23, 8.1e9, 0.0, 3.3e12}, nan_result(), TW_EDOM},
            {"overflow: E_target underflows", {0.23, 1e300, 1e300, 1.0}, nan_result(),
             TW_EOVERFLOW},
            {"overflow: huge E_eff", {DBL_MAX, 1.0, 86400.0, 1e-300}, nan_result(),
             TW_EOVERFLOW},
            // gap = 0.23 * 1e-300 * 1e-300 / 86400 underflows to 0: tiny, not too large.
            {"tiny gap: N * R underflows", {0.23, 1e-300, 1e-300, 1.0}, exact(0.0), TW_OK},
        };
        check_domain("tw_gapfactor", {0.23, 8.1e9, 20e9, 3.3e12});
        run("gapfactor", gapfactor, rows);
    }

    void test_cohort()
    {
        const double P = 53e3; // "With E_eff = 0.23 J/tok and P_user = 53 kW"
        const double us = tw_default_grid_w, world = 19e12, K = 1.74e17;
        auto hand = [](double x) { return exact(x); };
        const std::vector<CohortRow> rows = {
            // The essay's "At scale" table, against the US grid.
            {"essay table, one grid (480 GW) for all",
             {25e3, 75e3, 5e6, 8.3e6, 335e6, 1.41e9, 8.1e9}, P, {us}, TW_OK,
             {printed("1.3E9"), printed("4.0E9"), printed("265E9"), printed("440E9"),
              printed("17.8E12"), printed("75E12"), printed("429E12")},
             {hand(25e3 * P / us), hand(75e3 * P / us), printed("0.55"), printed("0.92"),
              hand(335e6 * P / us), hand(1.41e9 * P / us), hand(8.1e9 * P / us)},
             {hand(25e3 * P / K), hand(75e3 * P / K), hand(5e6 * P / K), hand(8.3e6 * P / K),
              hand(335e6 * P / K), hand(1.41e9 * P / K), printed("2.5E-3")}},
            // Its references: US electricity for cities, world primary energy for
            // China ("4x") and the world ("23x"). The USA's "94%" is not reproduced
            // at 53 kW (17.755 TW / 19 TW = 0.934), so the US row is left out.
            {"essay table, a grid per cohort", {5e6, 8.3e6, 1.41e9, 8.1e9}, P,
             {us, us, world, world}, TW_OK,
             {printed("265E9"), printed("440E9"), printed("75E12"), printed("429E12")},
             {printed("0.55"), printed("0.92"), printed("4"), printed("23")},
             {hand(5e6 * P / K), hand(8.3e6 * P / K), hand(1.41e9 * P / K),
              printed("2.5E-3")}},
            {"a zero-user cohort", {0.0, 25e3}, P, {us}, TW_OK, {hand(0.0), hand(25e3 * P)},
             {hand(0.0), hand(25e3 * P / us)}, {hand(0.0), hand(25e3 * P / K)}},
            {"P_user = 0", {25e3, 8.1e9}, 0.0, {us}, TW_OK, {hand(0.0), hand(0.0)},
             {hand(0.0), hand(0.0)}, {hand(0.0), hand(0.0)}},

            {"no cohorts", {}, P, {us}, TW_ESHAPE, {}, {}, {}},
            {"no grid", {25e3, 75e3}, P, {}, TW_ESHAPE, nans(2), nans(2), nans(2)},
            {"2 grids for 3 cohorts", {25e3, 75e3, 5e6}, P, {us, us}, TW_ESHAPE, nans(3),
             nans(3), nans(3)},
            {"3 grids for 2 cohorts", {25e3, 75e3}, P, {us, us, us}, TW_ESHAPE, nans(2),
             nans(2), nans(2)},

            {"a negative cohort", {25e3, -1.0, 75e3}, P, {us}, TW_EDOM, nans(3), nans(3),
             nans(3)},
            {"a NaN cohort", {25e3, NAN}, P, {us}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"a +Inf cohort", {inf, 25e3}, P, {us}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"P_user = -1", {25e3, 75e3}, -1.0, {us}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"P_user = NaN", {25e3, 75e3}, NAN, {us}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"P_user = +Inf", {25e3, 75e3}, inf, {us}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"grid = 0", {25e3, 75e3}, P, {0.0}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"grid = -1", {25e3, 75e3}, P, {-1.0}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"grid = NaN", {25e3, 75e3}, P, {NAN}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"grid = +Inf", {25e3, 75e3}, P, {inf}, TW_EDOM, nans(2), nans(2), nans(2)},
            {"one of a grid per cohort = 0", {25e3, 75e3}, P, {us, 0.0}, TW_EDOM, nans(2),
             nans(2), nans(2)},

            {"an overflowing cohort", {25e3, 1e300, 75e3}, 1e10, {us}, TW_EOVERFLOW,
             {hand(25e3 * 1e10), nan_result(), hand(75e3 * 1e10)},
             {hand(25e3 * 1e10 / us), nan_result(), hand(75e3 * 1e10 / us)},
             {hand(25e3 * 1e10 / K), nan_result(), hand(75e3 * 1e10 / K)}},
            // P_pop is finite but P_pop / grid is not: the whole cohort is NaN.
            {"a cohort whose grid ratio overflows", {1.0, 1.0}, 1e10, {1e-300, us},
             TW_EOVERFLOW, {nan_result(), hand(1e10)}, {nan_result(), hand(1e10 / us)},
             {nan_result(), hand(1e10 / K)}},
        };
        for (const CohortRow& row : rows)
        {
            const std::size_t n = row.users.size();
            std::vector<double> p_pop(n, sentinel), ratio(n, sentinel), k1(n, sentinel);
            const int status = tw_cohort(row.users.data(), n, row.p_user_w, row.grid_w.data(),
                                         row.grid_w.size(), p_pop.data(), ratio.data(),
                                         k1.data());
            const std::string what = "cohort: " + row.what;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": status (" + tw_strerror(status) + ")",
                                         row.status, status);
            const struct
            {
                const char* name;
                const std::vector<double>& got;
                const std::vector<Expect>& want;
            } outputs[] = {{"P_pop", p_pop, row.p_pop_w},
                           {"grid ratio", ratio, row.grid_ratio},
                           {"K_1", k1, row.k1}};
            for (const auto& out : outputs)
                for (std::size_t i = 0; i < n; i++)
                {
                    // A cohort's own status shows only as NaN outputs: the call's
                    // status where NaN, TW_OK where not.
                    const int got_i = std::isnan(out.got[i]) ? status : TW_OK;
                    const Expect& want = out.want.at(i);
                    const int want_i = std::isnan(want.value) ? row.status : TW_OK;
                    check_row(what + ": " + out.name + "[" + std::to_string(i) + "]", got_i,
                              out.got[i], want_i, want);
                }
        }
    }

    void test_calculator()
    {
        // The essay's calculator at R = 20.0B tok/day, N = 8.10B, its "Derived" panel.
        const std::vector<PanelRow> rows = {
            {"E_tok (naive) 3.62 J/tok", &Panel::e_tok, 480e9, printed("3.62")},
            {"E_eff (after cache) 0.280 J/tok", &Panel::e_eff, 480e9, printed("0.280")},
            {"P_user 64.9 kW", &Panel::p_user, 480e9, printed("64.9E3")},
            {"P_pop 525.55 TW", &Panel::p_pop, 480e9, printed("525.55E12")},
            {"vs US electricity (480 GW) 1094.9x", &Panel::grid_ratio, 480e9,
             printed("1094.9")},
            {"vs world primary energy (19 TW) 27.7x", &Panel::grid_ratio, 19e12,
             printed("27.7")},
            {"weighs 28x total human energy use", &Panel::grid_ratio, 19e12, printed("28")},
            {"Kardashev fraction K_1 3.02e-3", &Panel::k1, 480e9, printed("3.02E-3")},
        };
        for (const PanelRow& row : rows)
        {
            Panel p = {sentinel, sentinel, sentinel, sentinel, sentinel, sentinel};
            const int status = calculator(20e9, 8.1e9, row.grid_w, &p);
            check_row("calculator: " + row.what, status, p.*row.field, TW_OK, row.want);
        }
    }

    void test_strerror()
    {
        // Every status, TW_OK up to TW_STATUS_COUNT, has its own message.
        std::vector<int> known;
        for (int status = TW_OK; status < TW_STATUS_COUNT; status++)
            known.push_back(status);
        for (int a : known)
        {
            const char* text = tw_strerror(a);
            const std::string what = "strerror(" + std::to_string(a) + ")";
            CPPUNIT_ASSERT_MESSAGE(what + " is not NULL", text != nullptr);
            CPPUNIT_ASSERT_MESSAGE(what + " is not empty", text[0] != '\0');
            for (int b : known)
                if (a < b)
                    CPPUNIT_ASSERT_MESSAGE(what + " differs from strerror("
                                               + std::to_string(b) + ")",
                                           std::string(text) != tw_strerror(b));
        }
        // An unknown code still gets a message, and none that names a real status.
        for (int unknown : {-1, static_cast<int>(TW_STATUS_COUNT), 999})
        {
            const char* text = tw_strerror(unknown);
            const std::string what = "strerror(" + std::to_string(unknown) + ")";
            CPPUNIT_ASSERT_MESSAGE(what + " is not NULL", text != nullptr);
            CPPUNIT_ASSERT_MESSAGE(what + " is not empty", text[0] != '\0');
            for (int b : known)
                CPPUNIT_ASSERT_MESSAGE(what + " differs from strerror(" + std::to_string(b)
                                           + ")",
                                       std::string(text) != tw_strerror(b));
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(EssayTest);
}
