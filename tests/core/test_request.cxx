// One request's energy, carbon and water (core/tw_request.h), and the
// catalog rows they default to. Expected values are the worked
// examples or hand computations written out in the row.
#include "scalar.hxx"

#include <cmath>
#include <string>
#include <vector>

using namespace tokwatt_test;

namespace
{
// The essay's fleet by hand: 50/50 H100/B200 at PUE 1.4.
const double e_tok = 1.4 * (0.5 * 700.0 / 200.0 + 0.5 * 1000.0 / 600.0);

struct Row
{
    const char* what;
    std::vector<double> in;
    int status;
    Expect want;
};

void run(const char* name, const std::vector<Row>& rows)
{
    const Scalar f = table_scalar(name);
    for (const Row& row : rows)
    {
        double got = -7.0;
        const int status = f(row.in, &got);
        check_row(std::string(name) + " " + row.what, status, got, row.status, row.want);
    }
}

class RequestTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(RequestTest);
    CPPUNIT_TEST(erequest);
    CPPUNIT_TEST(co2e);
    CPPUNIT_TEST(water);
    CPPUNIT_TEST(defaults_in_the_catalog);
    CPPUNIT_TEST(disclosures);
    CPPUNIT_TEST_SUITE_END();

public:
    void erequest()
    {
        run("tw_erequest",
            { { "500 output tokens, the issue's 1,808.3 J", { 500, 0, 0, e_tok, 0.10, 0.01 },
                TW_OK, printed("1808.3") },
              { "500 output = 500 * E_tok", { 500, 0, 0, e_tok, 0.10, 0.01 }, TW_OK,
                exact(500 * e_tok) },
              { "500 out, 10,000 in, 7,500 cached: the issue's 2,983.75 J",
                { 500, 10000, 7500, e_tok, 0.10, 0.01 }, TW_OK, printed("2983.75") },
              { "the same by hand", { 500, 10000, 7500, e_tok, 0.10, 0.01 }, TW_OK,
                exact(e_tok * (500 + 2500 * 0.10 + 7500 * 0.01)) },
              { "all input cached", { 0, 100, 100, 2.0, 0.10, 0.01 }, TW_OK, exact(2.0) },
              { "no cache: input at beta_m", { 0, 100, 0, 2.0, 0.10, 0.01 }, TW_OK,
                exact(20.0) },
              { "nothing costs nothing", { 0, 0, 0, 3.6, 0.1, 0.01 }, TW_OK, exact(0.0) },
              { "cached above input", { 500, 100, 101, e_tok, 0.10, 0.01 }, TW_EDOM,
                nan_result() },
              { "cached given, no input", { 500, 0, 1, e_tok, 0.10, 0.01 }, TW_EDOM,
                nan_result() },
              // products pass double's range only where the result does
              { "1E300 tokens at 1E300 J overflows", { 1e300, 0, 0, 1e300, 0.1, 0.01 },
                TW_EOVERFLOW, nan_result() },
              { "1E300 tokens at 1E-300 J fits", { 1e300, 0, 0, 1e-300, 0.1, 0.01 }, TW_OK,
                exact(1.0) } });
        check_domain("tw_erequest", { 500, 10000, 7500, e_tok, 0.10, 0.01 });
    }

    void co2e()
    {
        run("tw_co2e", { { "1 kWh at 445 g/kWh, the issue's 445 g", { 3.6e6, 445 }, TW_OK,
                           exact(445.0) },
                         { "Google's 0.24 Wh at 445 g/kWh", { 0.24 * 3600, 445 }, TW_OK,
                           exact(0.24 * 3600 * 445 / 3.6e6) },
                         { "a zero-carbon grid", { 3.6e6, 0 }, TW_OK, exact(0.0) },
                         { "1E308 J at 1E308 g/kWh overflows", { 1e308, 1e308 }, TW_EOVERFLOW,
                           nan_result() },
                         { "1E308 J at 1E3 g/kWh fits", { 1e308, 1e3 }, TW_OK,
                           exact(1e308 / 3.6e6 * 1e3) } });
        check_domain("tw_co2e", { 3.6e6, 445 });
    }

    void water()
    {
        run("tw_water",
            { { "1 kWh, 0.5 on site, 3 off site, PUE 1.25: the issue's 3.4 L",
                { 3.6e6, 0.5, 3, 1.25 }, TW_OK, exact(3.4) },
              { "on site only counts IT energy", { 3.6e6, 1, 0, 2 }, TW_OK, exact(0.5) },
              { "off site counts the wall", { 3.6e6, 0, 1, 2 }, TW_OK, exact(1.0) },
              { "no water", { 3.6e6, 0, 0, 1 }, TW_OK, exact(0.0) },
              { "1E308 J at 1E308 L/kWh overflows", { 1e308, 1e308, 1e308, 1 }, TW_EOVERFLOW,
                nan_result() } });
        check_domain("tw_water", { 3.6e6, 0.5, 3, 1.25 });
    }

    void defaults_in_the_catalog()
    {
        double v = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_grid_intensity(TW_DEFAULT_GRID, &v));
        CPPUNIT_ASSERT_EQUAL(445.0, v);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_water_factor(TW_DEFAULT_WATER_ONSITE, &v));
        CPPUNIT_ASSERT_EQUAL(0.38, v);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_water_factor(TW_DEFAULT_WATER_OFFSITE, &v));
        CPPUNIT_ASSERT_EQUAL(3.908, v);
        const std::vector<std::pair<const char*, double>> grids = {
            { "grid_us", 383.78 },     { "grid_eu", 211.20 },   { "grid_france", 40.48 },
            { "GRID_Germany", 336.38 }, { "grid_china", 555.40 }, { "grid_india", 705.40 },
            { "grid_world_lifecycle", 471.08 } };
        for (const auto& [name, value] : grids)
        {
            CPPUNIT_ASSERT_EQUAL_MESSAGE(name, int(TW_OK), tw_grid_intensity(name, &v));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(name, value, v);
        }
        // another kind, an unknown name
        CPPUNIT_ASSERT_EQUAL(int(TW_ENOTFOUND), tw_grid_intensity("water_offsite_us", &v));
        CPPUNIT_ASSERT(std::isnan(v));
        CPPUNIT_ASSERT_EQUAL(int(TW_ENOTFOUND), tw_water_factor("grid_us", &v));
        CPPUNIT_ASSERT_EQUAL(int(TW_ENOTFOUND), tw_grid_intensity("grid_mars", &v));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_grid_intensity(nullptr, &v));
    }

    // The published figures, as their sources print them; a field a source
    // does not give is TW_ENOVALUE, never a guess.
    void disclosures()
    {
        struct Figure
        {
            const char *name, *field;
            int status;
            double value;
        };
        const std::vector<Figure> figures = {
            { "gemini_median_prompt_2025", "wh", TW_OK, 0.24 },
            { "gemini_median_prompt_2025", "gco2e", TW_OK, 0.03 },
            { "gemini_median_prompt_2025", "ml_water", TW_OK, 0.26 },
            { "gemini_median_prompt_2025", "output_tokens", TW_ENOVALUE, NAN },
            { "gemini_median_prompt_2025_accelerator", "wh", TW_OK, 0.10 },
            { "chatgpt_query_altman_2025", "wh", TW_OK, 0.34 },
            { "chatgpt_query_altman_2025", "ml_water", TW_OK, 0.32176 }, // 0.000085 gal
            { "chatgpt_query_altman_2025", "gco2e", TW_ENOVALUE, NAN },
            { "epoch_gpt4o_query_2025", "wh", TW_OK, 0.3 },
            { "epoch_gpt4o_query_2025", "output_tokens", TW_OK, 500 },
            { "epoch_gpt4o_query_2025", "input_tokens", TW_ENOVALUE, NAN },
            { "mistral_large2_lechat_2025", "gco2e", TW_OK, 1.14 },
            { "mistral_large2_lechat_2025", "ml_water", TW_OK, 45 },
            { "mistral_large2_lechat_2025", "output_tokens", TW_OK, 400 },
            { "mistral_large2_lechat_2025", "wh", TW_ENOVALUE, NAN },
            { "mlenergy_llama31_8b_h100_2025", "j_per_output_token", TW_OK, 0.12 },
            { "jegham_gpt4o_short_2025", "wh", TW_OK, 0.42 },
            { "luccioni_gptoss20b_100tok_2025", "wh", TW_OK, 2.02 },
            { "luccioni_gptoss120b_100tok_2025", "wh", TW_OK, 8.31 },
            { "gemini_median_prompt_2025", "kwh", TW_ENOTFOUND, NAN },
            { "H100", "wh", TW_ENOTFOUND, NAN },
            { "no_such_disclosure", "wh", TW_ENOTFOUND, NAN },
        };
        for (const Figure& f : figures)
        {
            double v = -7.0;
            const std::string what = std::string(f.name) + " " + f.field;
            const int status = tw_disclosure(f.name, f.field, &v);
            check_row("disclosure " + what, status, v, f.status,
                      std::isnan(f.value) ? nan_result() : Expect{ f.value, 1e-15 * f.value });
        }
        double v;
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_disclosure(nullptr, "wh", &v));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_disclosure("gemini_median_prompt_2025", nullptr, &v));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RequestTest);
}
