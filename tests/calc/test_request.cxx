// One request's energy, carbon and water, and the published disclosures,
// typed into a real Calc: the worked examples, defaults from the
// catalog, grid names, every kind of bad input with the error Calc shows.
// Expected values are hand computations written out in the row.
#include <cppunit/extensions/HelperMacros.h>

#include <cmath>
#include <string>
#include <vector>

#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using namespace tokwatt;

namespace tokwatt_test
{
namespace
{
constexpr double j_per_kwh = 3.6e6;
constexpr int e502 = calc_error::illegal_argument;
constexpr int e_num = calc_error::num;
constexpr int e_value = calc_error::value;
}

class RequestTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(RequestTest);
    CPPUNIT_TEST(energy_of_a_request);
    CPPUNIT_TEST(carbon_and_water);
    CPPUNIT_TEST(disclosures);
    CPPUNIT_TEST(bad_inputs);
    CPPUNIT_TEST_SUITE_END();

    void check(const std::vector<Row>& rows) { check_rows(book(), rows); }

public:
    void energy_of_a_request()
    {
        check({
            ok("=EREQUEST(500)", 500 * essay_etok),
            ok("=EREQUEST(500)", 1808.3, 0.05 / 1808.3), // the 1,808.3 J
            ok("=EREQUEST(500;10000;7500)", essay_etok * (500 + 2500 * 0.10 + 7500 * 0.01)),
            ok("=EREQUEST(500;10000;7500)", 2983.75, 0.005 / 2983.75),
            ok("=EREQUEST(500;10000)", essay_etok * (500 + 10000 * 0.10)),
            ok("=EREQUEST(500;;;3)", 1500),
            ok("=EREQUEST(0;1000;1000;2;;0.5)", 1000),
            ok("=EREQUEST(0;1000;0;2;0.2)", 400),
            ok("=EREQUEST(500;10000;7500;ETOK(700;200;;1.2))", 1.2 * 3.5 * 825),
            // Wh: the essay's fleet for a 500-token answer
            ok("=EREQUEST(500)/3600", 500 * essay_etok / 3600),
        });
    }

    void carbon_and_water()
    {
        check({
            ok("=CO2E(3.6E6;445)", 445),
            ok("=CO2E(3.6E6)", 445),                 // grid_world
            ok("=CO2E(3.6E6;\"grid_world\")", 445),
            ok("=CO2E(3.6E6;\"GRID_France\")", 40.48),
            ok("=CO2E(3.6E6;\"grid_india\")", 705.40),
            ok("=CO2E(3.6E6;\"grid_world_lifecycle\")", 471.08),
            ok("=CO2E(0.24*3600;\"grid_us\")", 0.24 * 3600 * 383.78 / j_per_kwh),
            ok("=CO2E(EREQUEST(500))", 500 * essay_etok * 445 / j_per_kwh),
            ok("=WATER(3.6E6;0.5;3;1.25)", 3.4),
            ok("=WATER(3.6E6)", 0.38 / 1.4 + 3.908),  // water_onsite_us, water_offsite_world
            ok("=WATER(3.6E6;;0)", 0.38 / 1.4),
            ok("=WATER(3.6E6;1;0;2)", 0.5),
            ok("=WATER(EREQUEST(500))*1000",
               500 * essay_etok / j_per_kwh * (0.38 / 1.4 + 3.908) * 1000),
        });
    }

    void disclosures()
    {
        check({
            ok("=DISCLOSURE(\"gemini_median_prompt_2025\";\"wh\")", 0.24),
            ok("=DISCLOSURE(\"gemini_median_prompt_2025\";\"gco2e\")", 0.03),
            ok("=DISCLOSURE(\"gemini_median_prompt_2025\";\"ml_water\")", 0.26),
            ok("=DISCLOSURE(\"gemini_median_prompt_2025_accelerator\";\"wh\")", 0.10),
            ok("=DISCLOSURE(\"chatgpt_query_altman_2025\";\"wh\")", 0.34),
            ok("=DISCLOSURE(\"epoch_gpt4o_query_2025\";\"wh\")", 0.3),
            ok("=DISCLOSURE(\"epoch_gpt4o_query_2025\";\"output_tokens\")", 500),
            ok("=DISCLOSURE(\"Mistral_Large2_LeChat_2025\";\"GCO2E\")", 1.14),
            ok("=DISCLOSURE(\"mistral_large2_lechat_2025\";\"ml_water\")", 45),
            ok("=DISCLOSURE(\"mlenergy_llama31_8b_h100_2025\";\"j_per_output_token\")", 0.12),
            // the essay's chain against Epoch's 0.3 Wh for the same 500 tokens
            ok("=EREQUEST(DISCLOSURE(\"epoch_gpt4o_query_2025\";\"output_tokens\"))/3600/"
               "DISCLOSURE(\"epoch_gpt4o_query_2025\";\"wh\")",
               500 * essay_etok / 3600 / 0.3),
            // no figure where the source gives none
            err("=DISCLOSURE(\"mistral_large2_lechat_2025\";\"wh\")", e502),
            err("=DISCLOSURE(\"gemini_median_prompt_2025\";\"output_tokens\")", e502),
            err("=DISCLOSURE(\"chatgpt_query_altman_2025\";\"gco2e\")", e502),
            err("=DISCLOSURE(\"H100\";\"wh\")", e502),
            err("=DISCLOSURE(\"no_such\";\"wh\")", e502),
            err("=DISCLOSURE(\"gemini_median_prompt_2025\";\"kwh\")", e502),
        });
        const auto info = book().eval("=PRESETINFO(\"mistral_large2_lechat_2025\")");
        CPPUNIT_ASSERT_EQUAL(0, info.error);
        for (const char* part : { "mistral_large2_lechat_2025 wh: no sourced value",
                                  "mistral_large2_lechat_2025 gco2e = 1.14 g; source: Mistral AI",
                                  "ml_water = 45 mL", "output_tokens = 400 tokens",
                                  "; as of 2025-07" })
            CPPUNIT_ASSERT_MESSAGE(std::string("PRESETINFO lacks: ") + part + " in " + info.text,
                                   info.text.find(part) != std::string::npos);
        const auto grid = book().eval("=PRESETINFO(\"grid_world\")");
        CPPUNIT_ASSERT_MESSAGE(grid.text, grid.text.find("grid_world g_per_kwh = 445 g/kWh; source: "
                                                         "IEA, Electricity 2025")
                                              == 0);
    }

    void bad_inputs()
    {
        check({
            err("=EREQUEST(-1)", e502),
            err("=EREQUEST(500;100;101)", e502),   // more cached than input
            err("=EREQUEST(500;;1)", e502),        // cached without input
            err("=EREQUEST(500;;;-3)", e502),
            err("=EREQUEST(500;;;;-0.1)", e502),
            err("=EREQUEST(\"abc\")", e_value),
            err("=EREQUEST(500;\"abc\")", e502),
            err("=EREQUEST(1E300;;;1E300)", e_num),
            err("=CO2E(-1)", e502),
            err("=CO2E(1;-445)", e502),
            err("=CO2E(1;\"grid_mars\")", e502),
            err("=CO2E(1;\"hoover_dam\")", e502),  // a preset of another kind
            err("=CO2E(1E308;1E308)", e_num),
            err("=WATER(-1)", e502),
            err("=WATER(1;-1)", e502),
            err("=WATER(1;;-1)", e502),
            err("=WATER(1;;;0.99)", e502),
            err("=WATER(1E308;1E308;1E308;1)", e_num),
            err("=EREQUEST(1/0)", div0),
        });
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RequestTest);
}
