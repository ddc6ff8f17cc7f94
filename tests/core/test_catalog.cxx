// The preset catalog: lookups, PRESETINFO text, POWERCOMPARE text and its
// automatic scale, the table's own invariants, and the essay's figures
// rebuilt from catalog values.
#include "expect.hxx"

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "../../core/tw_catalog.h"

using namespace tokwatt_test;

namespace
{
const double inf = INFINITY;

// The status, and the text exactly; on any error the text is "".
void check_text(const std::string& what, int status, const char* got, int want_status,
                const std::string& want)
{
    CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": status (" + tw_strerror(status) + ")", want_status,
                                 status);
    CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": text", want, std::string(got));
}

struct FieldRow
{
    const char* name;
    const char* field;
    int status;
    Expect want;
};

using Getter = int (*)(const char*, const char*, double*);

void run_fields(const char* function, Getter get, const std::vector<FieldRow>& rows)
{
    for (const FieldRow& r : rows)
    {
        double got = 0.0;
        const int status = get(r.name, r.field, &got);
        check_row(std::string(function) + "(" + (r.name ? r.name : "NULL") + ", "
                      + (r.field ? r.field : "NULL") + ")",
                  status, got, r.status, r.want);
    }
}

int powerref2(const char* name, const char*, double* out) { return tw_powerref(name, out); }

const std::string essay = "essay \"Counting piano tuners, counting tokens\"";

class CatalogTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(CatalogTest);
    CPPUNIT_TEST(gpuFields);
    CPPUNIT_TEST(powerRefs);
    CPPUNIT_TEST(cacheFields);
    CPPUNIT_TEST(presetValue);
    CPPUNIT_TEST(cachePreset);
    CPPUNIT_TEST(iteration);
    CPPUNIT_TEST(tableInvariants);
    CPPUNIT_TEST(presetInfo);
    CPPUNIT_TEST(presetInfoErrors);
    CPPUNIT_TEST(powerScale);
    CPPUNIT_TEST(powerCompare);
    CPPUNIT_TEST(powerCompareErrors);
    CPPUNIT_TEST(essayFromCatalog);
    CPPUNIT_TEST_SUITE_END();

public:
    void gpuFields()
    {
        run_fields("gpu_field", tw_gpu_field,
                   { { "A100", "tdp_w", TW_OK, exact(400) },
                     { "H100", "tdp_w", TW_OK, exact(700) },
                     { "H100_PCIe", "tdp_w", TW_OK, exact(350) },
                     { "H200", "tdp_w", TW_OK, exact(700) },
                     { "B200", "tdp_w", TW_OK, exact(1000) },
                     { "GB200", "tdp_w", TW_OK, exact(2700) },
                     { "MI300X", "tdp_w", TW_OK, exact(750) },
                     { "H100", "tokens_per_s", TW_OK, exact(200) },
                     { "B200", "tokens_per_s", TW_OK, exact(600) },
                     // names and fields are case-insensitive
                     { "h100", "tdp_w", TW_OK, exact(700) },
                     { "mi300x", "TDP_W", TW_OK, exact(750) },
                     { "h100_pcie", "Tdp_W", TW_OK, exact(350) },
                     { "b200", "TOKENS_PER_S", TW_OK, exact(600) },
                     // no source gives a throughput: never a guess
                     { "A100", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     { "H100_PCIe", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     { "H200", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     { "GB200", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     { "MI300X", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     // unknown GPUs, fields, other kinds
                     { "H300", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "H100 ", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "H100", "memory_gb", TW_ENOTFOUND, nan_result() },
                     { "H100", "", TW_ENOTFOUND, nan_result() },
                     { "H100", "power_w", TW_ENOTFOUND, nan_result() },
                     { "hoover_dam", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "realistic", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { nullptr, "tdp_w", TW_EDOM, nan_result() },
                     { "H100", nullptr, TW_EDOM, nan_result() } });
    }

    void powerRefs()
    {
        run_fields("powerref", powerref2,
                   { { "us_electricity", "", TW_OK, exact(480e9) },
                     { "world_electricity", "", TW_OK, exact(3.3e12) },
                     { "world_primary_energy", "", TW_OK, exact(19e12) },
                     { "sunlight_toa", "", TW_OK, exact(1.74e17) },
                     { "hoover_dam", "", TW_OK, exact(2.08e9) },
                     { "nuclear_unit", "", TW_OK, exact(1e9) },
                     { "us_household", "", TW_OK, exact(1248) },
                     { "Hoover_Dam", "", TW_OK, exact(2.08e9) },
                     { "US_ELECTRICITY", "", TW_OK, exact(480e9) },
                     { "hoover dam", "", TW_ENOTFOUND, nan_result() },
                     { "moon", "", TW_ENOTFOUND, nan_result() },
                     { "", "", TW_ENOTFOUND, nan_result() },
                     { "H100", "", TW_ENOTFOUND, nan_result() },
                     { "peter", "", TW_ENOTFOUND, nan_result() },
                     { nullptr, "", TW_EDOM, nan_result() } });
        // The essay's Kardashev threshold and US grid are the catalog's.
        double w = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_powerref("sunlight_toa", &w));
        CPPUNIT_ASSERT_EQUAL(TW_KARDASHEV_TYPE1_W, w);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_powerref("us_electricity", &w));
        CPPUNIT_ASSERT_EQUAL(tw_default_grid_w, w);
    }

    void cacheFields()
    {
        run_fields("cache_field", tw_cache_field,
                   { { "realistic", "alpha_o", TW_OK, exact(0.05) },
                     { "realistic", "alpha_m", TW_OK, exact(0.20) },
                     { "realistic", "alpha_h", TW_OK, exact(0.75) },
                     { "realistic", "beta_m", TW_OK, exact(0.10) },
                     { "realistic", "beta_h", TW_OK, exact(0.01) },
                     { "peter", "alpha_o", TW_OK, exact(0.02) },
                     { "peter", "alpha_m", TW_OK, exact(0.08) },
                     { "peter", "alpha_h", TW_OK, exact(0.90) },
                     { "peter", "beta_m", TW_OK, exact(0.10) },
                     { "peter", "beta_h", TW_OK, exact(0.01) },
                     { "pessimistic", "alpha_o", TW_OK, exact(0.05) },
                     { "pessimistic", "alpha_m", TW_OK, exact(0.45) },
                     { "pessimistic", "alpha_h", TW_OK, exact(0.50) },
                     { "pessimistic", "beta_m", TW_OK, exact(0.10) },
                     { "pessimistic", "beta_h", TW_OK, exact(0.01) },
                     { "Peter", "ALPHA_H", TW_OK, exact(0.90) },
                     { "optimistic", "alpha_h", TW_ENOTFOUND, nan_result() },
                     { "peter", "gamma", TW_ENOTFOUND, nan_result() },
                     { "peter", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "H100", "alpha_h", TW_ENOTFOUND, nan_result() },
                     { "hoover_dam", "beta_h", TW_ENOTFOUND, nan_result() },
                     { nullptr, "alpha_h", TW_EDOM, nan_result() },
                     { "peter", nullptr, TW_EDOM, nan_result() } });
    }

    void presetValue()
    {
        run_fields("preset_value", tw_preset_value,
                   { { "H100", "tdp_w", TW_OK, exact(700) },
                     { "b200", "tokens_per_s", TW_OK, exact(600) },
                     { "hoover_dam", "power_w", TW_OK, exact(2.08e9) },
                     { "pessimistic", "alpha_m", TW_OK, exact(0.45) },
                     { "A100", "tokens_per_s", TW_ENOVALUE, nan_result() },
                     { "realistic", "power_w", TW_ENOTFOUND, nan_result() },
                     { "hoover_dam", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { "nothing", "tdp_w", TW_ENOTFOUND, nan_result() },
                     { nullptr, "tdp_w", TW_EDOM, nan_result() },
                     { "H100", nullptr, TW_EDOM, nan_result() } });
    }

    void cachePreset()
    {
        struct Row
        {
            const char* name;
            int status;
            Expect factor;
        };
        // Eq cache_adjust: alpha_o + alpha_m beta_m + alpha_h beta_h
        for (const Row& r : std::vector<Row>{
                 { "realistic", TW_OK, exact(0.05 + 0.20 * 0.10 + 0.75 * 0.01) }, // 0.0775
                 { "PETER", TW_OK, exact(0.02 + 0.08 * 0.10 + 0.90 * 0.01) },     // 0.037
                 { "pessimistic", TW_OK, exact(0.05 + 0.45 * 0.10 + 0.50 * 0.01) }, // 0.100
                 { "optimistic", TW_ENOTFOUND, nan_result() },
                 { "H100", TW_ENOTFOUND, nan_result() },
                 { nullptr, TW_EDOM, nan_result() } })
        {
            tw_cache c = { 1, 2, 3, 4, 5 };
            const int status = tw_cache_preset(r.name, &c);
            const std::string what = std::string("cache_preset(") + (r.name ? r.name : "NULL") + ")";
            if (r.status != TW_OK)
            {
                check_row(what + " alpha_o", status, c.alpha_o, r.status, nan_result());
                check_row(what + " alpha_m", status, c.alpha_m, r.status, nan_result());
                check_row(what + " alpha_h", status, c.alpha_h, r.status, nan_result());
                check_row(what + " beta_m", status, c.beta_m, r.status, nan_result());
                check_row(what + " beta_h", status, c.beta_h, r.status, nan_result());
                continue;
            }
            double k = NAN;
            const int factor_status = tw_cachefactor(&c, &k);
            check_row(what + " factor", factor_status, k, TW_OK, r.factor);
        }
        // The catalog's realistic profile is the core's default.
        tw_cache c;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_cache_preset("realistic", &c));
        CPPUNIT_ASSERT_EQUAL(tw_cache_realistic.alpha_o, c.alpha_o);
        CPPUNIT_ASSERT_EQUAL(tw_cache_realistic.alpha_m, c.alpha_m);
        CPPUNIT_ASSERT_EQUAL(tw_cache_realistic.alpha_h, c.alpha_h);
        CPPUNIT_ASSERT_EQUAL(tw_cache_realistic.beta_m, c.beta_m);
        CPPUNIT_ASSERT_EQUAL(tw_cache_realistic.beta_h, c.beta_h);
    }

    void iteration()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("2026.12"), std::string(tw_catalog_version));
        CPPUNIT_ASSERT_EQUAL(std::size_t(61), tw_catalog_count());
        const tw_preset* row = nullptr;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(0, &row));
        CPPUNIT_ASSERT_EQUAL(std::string("A100"), std::string(row->name));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(tw_catalog_count() - 1, &row));
        CPPUNIT_ASSERT_EQUAL(std::string("luccioni_gptoss120b_100tok_2025"),
                             std::string(row->name));
        CPPUNIT_ASSERT_EQUAL(std::string("output_tokens"), std::string(row->field));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_catalog_entry(tw_catalog_count(), &row));
        CPPUNIT_ASSERT(row == nullptr);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(0, &row));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_catalog_entry(std::size_t(-1), &row));
        CPPUNIT_ASSERT(row == nullptr);

        CPPUNIT_ASSERT_EQUAL(std::string("gpu"), std::string(tw_preset_kind_name(TW_PRESET_GPU)));
        CPPUNIT_ASSERT_EQUAL(std::string("power reference"),
                             std::string(tw_preset_kind_name(TW_PRESET_POWER)));
        CPPUNIT_ASSERT_EQUAL(std::string("cache profile"),
                             std::string(tw_preset_kind_name(TW_PRESET_CACHE)));
        CPPUNIT_ASSERT_EQUAL(std::string("grid intensity"),
                             std::string(tw_preset_kind_name(TW_PRESET_GRID)));
        CPPUNIT_ASSERT_EQUAL(std::string("water factor"),
                             std::string(tw_preset_kind_name(TW_PRESET_WATER)));
        CPPUNIT_ASSERT_EQUAL(std::string("disclosure"),
                             std::string(tw_preset_kind_name(TW_PRESET_DISCLOSURE)));
        CPPUNIT_ASSERT_EQUAL(std::string("unknown"), std::string(tw_preset_kind_name(0)));
        CPPUNIT_ASSERT_EQUAL(std::string("unknown"), std::string(tw_preset_kind_name(99)));

        // The presets, in order, with their kinds.
        const std::vector<std::pair<std::string, int>> presets = {
            { "A100", TW_PRESET_GPU },
            { "H100", TW_PRESET_GPU },
            { "H100_PCIe", TW_PRESET_GPU },
            { "H200", TW_PRESET_GPU },
            { "B200", TW_PRESET_GPU },
            { "GB200", TW_PRESET_GPU },
            { "MI300X", TW_PRESET_GPU },
            { "us_household", TW_PRESET_POWER },
            { "hoover_dam", TW_PRESET_POWER },
            { "nuclear_unit", TW_PRESET_POWER },
            { "us_electricity", TW_PRESET_POWER },
            { "world_electricity", TW_PRESET_POWER },
            { "world_primary_energy", TW_PRESET_POWER },
            { "sunlight_toa", TW_PRESET_POWER },
            { "realistic", TW_PRESET_CACHE },
            { "peter", TW_PRESET_CACHE },
            { "pessimistic", TW_PRESET_CACHE },
            { "grid_world", TW_PRESET_GRID },
            { "grid_world_lifecycle", TW_PRESET_GRID },
            { "grid_us", TW_PRESET_GRID },
            { "grid_eu", TW_PRESET_GRID },
            { "grid_france", TW_PRESET_GRID },
            { "grid_germany", TW_PRESET_GRID },
            { "grid_china", TW_PRESET_GRID },
            { "grid_india", TW_PRESET_GRID },
            { "water_onsite_us", TW_PRESET_WATER },
            { "water_offsite_world", TW_PRESET_WATER },
            { "water_offsite_us", TW_PRESET_WATER },
            { "gemini_median_prompt_2025", TW_PRESET_DISCLOSURE },
            { "gemini_median_prompt_2025_accelerator", TW_PRESET_DISCLOSURE },
            { "chatgpt_query_altman_2025", TW_PRESET_DISCLOSURE },
            { "epoch_gpt4o_query_2025", TW_PRESET_DISCLOSURE },
            { "mistral_large2_lechat_2025", TW_PRESET_DISCLOSURE },
            { "mlenergy_llama31_8b_h100_2025", TW_PRESET_DISCLOSURE },
            { "jegham_gpt4o_short_2025", TW_PRESET_DISCLOSURE },
            { "luccioni_gptoss20b_100tok_2025", TW_PRESET_DISCLOSURE },
            { "luccioni_gptoss120b_100tok_2025", TW_PRESET_DISCLOSURE },
        };
        std::vector<std::pair<std::string, int>> seen;
        for (std::size_t i = 0; i < tw_catalog_count(); ++i)
        {
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(i, &row));
            if (seen.empty() || seen.back().first != row->name)
                seen.emplace_back(row->name, row->kind);
        }
        CPPUNIT_ASSERT(presets == seen);
    }

    // What every row must be, whoever edits the table next.
    void tableInvariants()
    {
        std::set<std::string> done_presets, pairs;
        std::string current;
        for (std::size_t i = 0; i < tw_catalog_count(); ++i)
        {
            const tw_preset* r = nullptr;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(i, &r));
            const std::string name = r->name, field = r->field, unit = r->unit,
                              what = name + " " + field;
            CPPUNIT_ASSERT_MESSAGE(what + ": name", !name.empty());
            CPPUNIT_ASSERT_MESSAGE(what + ": label", r->label && r->label[0]);
            CPPUNIT_ASSERT_MESSAGE(what + ": source", r->source && std::strlen(r->source) > 10);
            // as of "YYYY-MM"
            const std::string as_of = r->as_of;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": as_of length", std::size_t(7), as_of.size());
            CPPUNIT_ASSERT_MESSAGE(what + ": as_of YYYY-MM",
                                   as_of[4] == '-' && as_of.substr(0, 2) == "20"
                                       && (as_of[5] == '0' || as_of.substr(5) <= "12"));
            CPPUNIT_ASSERT_MESSAGE(what + ": as_of not after the catalog",
                                   as_of <= "2026-12");
            CPPUNIT_ASSERT_MESSAGE(what + ": value", std::isfinite(r->value) && r->value > 0);
            // one row per (preset, field), each preset's rows together
            CPPUNIT_ASSERT_MESSAGE(what + ": duplicate", pairs.insert(what).second);
            if (name != current)
            {
                CPPUNIT_ASSERT_MESSAGE(name + ": rows not together",
                                       done_presets.insert(name).second);
                current = name;
            }
            // field and unit fit the kind
            switch (r->kind)
            {
                case TW_PRESET_GPU:
                    CPPUNIT_ASSERT_MESSAGE(what, (field == "tdp_w" && unit == "W")
                                                     || (field == "tokens_per_s"
                                                         && unit == "tokens/s"));
                    break;
                case TW_PRESET_POWER:
                    CPPUNIT_ASSERT_MESSAGE(what, field == "power_w" && unit == "W");
                    break;
                case TW_PRESET_CACHE:
                    CPPUNIT_ASSERT_MESSAGE(what, field.substr(0, 6) == "alpha_"
                                                     || field.substr(0, 5) == "beta_");
                    CPPUNIT_ASSERT_MESSAGE(what, unit.empty());
                    break;
                case TW_PRESET_GRID:
                    CPPUNIT_ASSERT_MESSAGE(what, field == "g_per_kwh" && unit == "g/kWh");
                    break;
                case TW_PRESET_WATER:
                    CPPUNIT_ASSERT_MESSAGE(what, field == "l_per_kwh" && unit == "L/kWh");
                    break;
                case TW_PRESET_DISCLOSURE:
                {
                    const std::map<std::string, std::string> units = {
                        { "wh", "Wh" }, { "gco2e", "g" }, { "ml_water", "mL" },
                        { "output_tokens", "tokens" }, { "input_tokens", "tokens" },
                        { "j_per_output_token", "J" } };
                    CPPUNIT_ASSERT_MESSAGE(what, units.count(field) && units.at(field) == unit);
                    break;
                }
                default:
                    CPPUNIT_FAIL(what + ": kind");
            }
            // lookups find every row's value
            double got = NAN;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": lookup", int(TW_OK),
                                         tw_preset_value(r->name, r->field, &got));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": lookup value", r->value, got);
            // PRESETINFO states the value exactly as stored
            char buf[TW_CATALOG_TEXT_MAX];
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": presetinfo fits TW_CATALOG_TEXT_MAX",
                                         int(TW_OK), tw_presetinfo(r->name, buf, sizeof buf));
            const std::string info = buf, key = what + " = ";
            const std::size_t at = info.find(key);
            CPPUNIT_ASSERT_MESSAGE(what + ": in presetinfo", at != std::string::npos);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what + ": presetinfo value", r->value,
                                         std::strtod(info.c_str() + at + key.size(), nullptr));
            // and the row's source and date
            CPPUNIT_ASSERT_MESSAGE(what + ": presetinfo source",
                                   info.find(std::string("; source: ") + r->source + "; as of "
                                             + r->as_of)
                                       != std::string::npos);
        }
        // Every GPU has a sourced TDP; every cache profile sums to 1.
        for (const char* gpu : { "A100", "H100", "H100_PCIe", "H200", "B200", "GB200", "MI300X" })
        {
            double w = NAN;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(gpu) + " tdp_w", int(TW_OK),
                                         tw_gpu_field(gpu, "tdp_w", &w));
        }
        for (const char* profile : { "realistic", "peter", "pessimistic" })
        {
            tw_cache c;
            double k = NAN;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_cache_preset(profile, &c));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(profile) + " is a valid profile",
                                         int(TW_OK), tw_cachefactor(&c, &k));
        }
    }

    void presetInfo()
    {
        struct Row
        {
            const char* name;
            std::string text;
        };
        const std::string tps_source
            = essay
              + ", Eq token_energy default T_g: a middle-of-the-road estimate of batched output "
                "throughput serving a frontier MoE model; as of 2026-11";
        const std::vector<Row> rows = {
            { "h100",
              "H100 tdp_w = 700 W; source: NVIDIA H100 Tensor Core GPU datasheet: H100 SXM5 80GB, "
              "max TDP up to 700 W, configurable (the essay's H100 P_g); as of 2022-03 | "
              "H100 tokens_per_s = 200 tokens/s; source: "
                  + tps_source },
            { "A100",
              "A100 tdp_w = 400 W; source: NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM4, "
              "max TDP 400 W (PCIe: 300 W); as of 2020-11 | A100 tokens_per_s: no sourced value" },
            { "H100_PCIE",
              "H100_PCIe tdp_w = 350 W; source: NVIDIA H100 PCIe GPU product brief "
              "PB-11133-001_v02: max TDP 350 W (the 350 W GPU of \"The Physics and Economics of "
              "Tokens\", Chapter VI); as of 2022-11 | H100_PCIe tokens_per_s: no sourced value" },
            { "H200",
              "H200 tdp_w = 700 W; source: NVIDIA H200 Tensor Core GPU datasheet: H200 SXM 141GB, "
              "max TDP up to 700 W, configurable (H200 NVL: up to 600 W); as of 2023-11 | "
              "H200 tokens_per_s: no sourced value" },
            { "B200",
              "B200 tdp_w = 1000 W; source: NVIDIA Blackwell Architecture Technical Brief: HGX "
              "B200, 1,000 W per GPU (the essay's B200 P_g); as of 2024-03 | B200 tokens_per_s = "
              "600 tokens/s; source: "
                  + tps_source },
            { "gb200",
              "GB200 tdp_w = 2700 W; source: NVIDIA Blackwell Architecture Technical Brief: GB200 "
              "Grace Blackwell Superchip, 2,700 W total for 1 Grace CPU + 2 Blackwell GPUs (per "
              "superchip, not per GPU); as of 2024-03 | GB200 tokens_per_s: no sourced value" },
            { "MI300X",
              "MI300X tdp_w = 750 W; source: AMD Instinct MI300X accelerator data sheet: OAM "
              "module, 750 W peak total board power; as of 2023-12 | MI300X tokens_per_s: no "
              "sourced value" },
            { "hoover_dam",
              "hoover_dam power_w = 2.08E+09 W; source: US Bureau of Reclamation, Hoover Dam power "
              "FAQ (usbr.gov/lc/hooverdam/faqs/powerfaq.html): nameplate capacity 2,080 MW; as of "
              "2026-11" },
            { "US_HOUSEHOLD",
              "us_household power_w = 1248 W; source: " + essay
                  + ", calculator Derived panel: P_user 64.9 kW = \"52 households\", 1,248 W each "
                    "(cf. US EIA FAQ \"How much electricity does an American home use?\": 10,715 "
                    "kWh/yr in 2020 = 1.22 kW); as of 2026-11" },
            { "nuclear_unit",
              "nuclear_unit power_w = 1E+09 W; source: " + essay
                  + ", At scale: 4.0 GW = \"four large nuclear units\", 1.0 GW per unit; as of "
                    "2026-11" },
            { "us_electricity",
              "us_electricity power_w = 4.8E+11 W; source: " + essay
                  + ", Alg 1: current US electricity average, 480 GW (cf. US EIA Electric Power "
                    "Annual 2023: 4,178 TWh in 2023 = 477 GW); as of 2026-11" },
            { "world_electricity",
              "world_electricity power_w = 3.3E+12 W; source: " + essay
                  + ", Alg 2: world electricity, 3.3 TW; as of 2026-11" },
            { "world_primary_energy",
              "world_primary_energy power_w = 1.9E+13 W; source: " + essay
                  + ", calculator Derived panel: \"vs world primary energy (19 TW)\"; as of "
                    "2026-11" },
            { "sunlight_toa",
              "sunlight_toa power_w = 1.74E+17 W; source: " + essay
                  + ", Eq kardashev_frac: solar power at the top of Earth's atmosphere, the "
                    "Kardashev Type-I threshold; as of 2026-11" },
        };
        for (const Row& r : rows)
        {
            char buf[TW_CATALOG_TEXT_MAX];
            const int status = tw_presetinfo(r.name, buf, sizeof buf);
            check_text(std::string("presetinfo(") + r.name + ")", status, buf, TW_OK, r.text);
        }

        // Cache profiles: five fields, dimensionless, no unit.
        const std::string realistic_source
            = "; source: " + essay + ", Eq cache_adjust: realistic default; as of 2026-11";
        const std::string betas_source
            = "; source: " + essay
              + ", Eq cache_adjust defaults (the essay gives one beta pair for every profile); "
                "as of 2026-11";
        const std::string section
            = "; source: " + essay + ", \"When the cache doesn't bail you out\": ";
        const std::string peter_source = section + "Peter's profile 0.02 / 0.08 / 0.90; as of 2026-11";
        const std::string pessimistic_source
            = section + "pessimistic profile 0.05 / 0.45 / 0.50; as of 2026-11";
        const std::vector<Row> profiles = {
            { "realistic",
              "realistic alpha_o = 0.05" + realistic_source + " | realistic alpha_m = 0.2"
                  + realistic_source + " | realistic alpha_h = 0.75" + realistic_source
                  + " | realistic beta_m = 0.1" + realistic_source + " | realistic beta_h = 0.01"
                  + realistic_source },
            { "Peter",
              "peter alpha_o = 0.02" + peter_source + " | peter alpha_m = 0.08" + peter_source
                  + " | peter alpha_h = 0.9" + peter_source + " | peter beta_m = 0.1"
                  + betas_source + " | peter beta_h = 0.01" + betas_source },
            { "pessimistic",
              "pessimistic alpha_o = 0.05" + pessimistic_source + " | pessimistic alpha_m = 0.45"
                  + pessimistic_source + " | pessimistic alpha_h = 0.5" + pessimistic_source
                  + " | pessimistic beta_m = 0.1" + betas_source + " | pessimistic beta_h = 0.01"
                  + betas_source },
        };
        for (const Row& r : profiles)
        {
            char buf[TW_CATALOG_TEXT_MAX];
            const int status = tw_presetinfo(r.name, buf, sizeof buf);
            check_text(std::string("presetinfo(") + r.name + ")", status, buf, TW_OK, r.text);
        }
    }

    void presetInfoErrors()
    {
        char buf[TW_CATALOG_TEXT_MAX];
        std::strcpy(buf, "stale");
        check_text("presetinfo(NULL)", tw_presetinfo(nullptr, buf, sizeof buf), buf, TW_EDOM, "");
        std::strcpy(buf, "stale");
        check_text("presetinfo(unknown)", tw_presetinfo("H300", buf, sizeof buf), buf,
                   TW_ENOTFOUND, "");
        std::strcpy(buf, "stale");
        check_text("presetinfo(\"\")", tw_presetinfo("", buf, sizeof buf), buf, TW_ENOTFOUND, "");

        // A buffer one byte short: TW_EBUFSIZE, "", and nothing past size.
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_presetinfo("A100", buf, sizeof buf));
        const std::string full = buf;
        for (std::size_t size : { full.size() + 1, full.size(), full.size() - 1, std::size_t(10),
                                  std::size_t(1) })
        {
            char small[TW_CATALOG_TEXT_MAX];
            std::memset(small, '#', sizeof small);
            const int status = tw_presetinfo("A100", small, size);
            const bool fits = size > full.size();
            check_text("presetinfo(A100) into " + std::to_string(size) + " bytes", status, small,
                       fits ? TW_OK : TW_EBUFSIZE, fits ? full : "");
            for (std::size_t i = size; i < sizeof small; ++i)
                CPPUNIT_ASSERT_EQUAL_MESSAGE("presetinfo wrote past size " + std::to_string(size),
                                             '#', small[i]);
        }
        // No buffer at all.
        std::memset(buf, '#', 4);
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_presetinfo("A100", buf, 0));
        CPPUNIT_ASSERT_EQUAL('#', buf[0]);
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_presetinfo("A100", nullptr, 0));
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_presetinfo("A100", nullptr, 100));
        // The name's errors come before the buffer's.
        CPPUNIT_ASSERT_EQUAL(int(TW_ENOTFOUND), tw_presetinfo("H300", nullptr, 0));
    }

    void powerScale()
    {
        struct Row
        {
            double p_w;
            int status;
            const char* reference;
        };
        for (const Row& r : std::vector<Row>{ { 0, TW_OK, "us_household" },
                                              { 64.9e3, TW_OK, "us_household" },
                                              { 99999999, TW_OK, "us_household" },
                                              { 1e8, TW_OK, "hoover_dam" },
                                              { 1.33e9, TW_OK, "hoover_dam" },
                                              { 2.0799e9, TW_OK, "hoover_dam" },
                                              { 2.08e9, TW_OK, "nuclear_unit" },
                                              { 4.79e10, TW_OK, "nuclear_unit" },
                                              { 4.8e10, TW_OK, "us_electricity" },
                                              { 9.49e12, TW_OK, "us_electricity" },
                                              { 9.5e12, TW_OK, "world_primary_energy" },
                                              { 1.73e15, TW_OK, "world_primary_energy" },
                                              { 1.74e15, TW_OK, "sunlight_toa" },
                                              { 1.7e308, TW_OK, "sunlight_toa" },
                                              { -1, TW_EDOM, nullptr },
                                              { NAN, TW_EDOM, nullptr },
                                              { inf, TW_EDOM, nullptr },
                                              { -inf, TW_EDOM, nullptr } })
        {
            const char* got = "stale";
            const int status = tw_powerscale(r.p_w, &got);
            const std::string what = "powerscale(" + std::to_string(r.p_w) + ")";
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what, r.status, status);
            if (r.reference)
                CPPUNIT_ASSERT_EQUAL_MESSAGE(what, std::string(r.reference), std::string(got));
            else
                CPPUNIT_ASSERT_MESSAGE(what + ": NULL on error", got == nullptr);
        }
    }

    void powerCompare()
    {
        struct Row
        {
            const char* what;
            double p_w;
            const char* reference;
            int status;
            const char* text;
        };
        const std::vector<Row> rows = {
            // The spec's example.
            { "1.33E9 W vs Hoover Dam", 1.33e9, "hoover_dam", TW_OK,
              "0.64 x Hoover Dam (nameplate)" },
            // The essay's At scale table (P_pop -> Reference), by the
            // automatic scale. Where the essay rounds harder, the rule
            // still says 2 significant figures.
            { "Small town, 1.3 GW: \"one Hoover Dam\"", 1.325e9, nullptr, TW_OK,
              "0.64 x Hoover Dam (nameplate)" },
            { "Major US city, 4.0 GW: \"four large nuclear units\"", 3.975e9, nullptr, TW_OK,
              "4.0 x large nuclear unit" },
            { "Major US metro, 265 GW: \"55% of total US electricity\"", 265e9, nullptr, TW_OK,
              "0.55 x US electricity (average)" },
            { "NYC, 440 GW: \"92% of US electricity\"", 440e9, nullptr, TW_OK,
              "0.92 x US electricity (average)" },
            { "USA, 17.8 TW: \"94% of total world primary energy\"", 17.8e12, nullptr, TW_OK,
              "0.94 x world primary energy (average)" },
            { "China, 75 TW: \"4x world primary energy\" (75 / 19 = 3.9)", 75e12, nullptr, TW_OK,
              "3.9 x world primary energy (average)" },
            { "World, 429 TW: \"23x world primary energy\"", 429e12, nullptr, TW_OK,
              "23 x world primary energy (average)" },
            // The calculator's Derived panel.
            { "P_user 64.9 kW: \"52 households\"", 64.9e3, nullptr, TW_OK,
              "52 x US household (average)" },
            { "P_pop 525.55 TW: \"27.7x\" world primary energy", 525.55e12, "world_primary_energy",
              TW_OK, "28 x world primary energy (average)" },
            { "P_pop 525.55 TW: \"1094.9x\" US electricity", 525.55e12, "us_electricity", TW_OK,
              "1100 x US electricity (average)" },
            { "P_pop 525.55 TW, automatic", 525.55e12, "", TW_OK,
              "28 x world primary energy (average)" },
            // The prose: 53 kW is "forty households", 26 kW "twenty".
            { "53 kW: \"forty\" households", 53e3, nullptr, TW_OK, "42 x US household (average)" },
            { "26 kW: \"twenty\" households", 26e3, nullptr, TW_OK, "21 x US household (average)" },
            // The bands' edges.
            { "99,999,999 W", 99999999, nullptr, TW_OK, "8.0E+04 x US household (average)" },
            { "1E8 W", 1e8, nullptr, TW_OK, "0.048 x Hoover Dam (nameplate)" },
            { "2.0799E9 W", 2.0799e9, nullptr, TW_OK, "1.0 x Hoover Dam (nameplate)" },
            { "2.08E9 W", 2.08e9, nullptr, TW_OK, "2.1 x large nuclear unit" },
            { "4.79E10 W", 4.79e10, nullptr, TW_OK, "48 x large nuclear unit" },
            { "4.8E10 W", 4.8e10, nullptr, TW_OK, "0.10 x US electricity (average)" },
            { "9.49E12 W", 9.49e12, nullptr, TW_OK, "20 x US electricity (average)" },
            { "9.5E12 W", 9.5e12, nullptr, TW_OK, "0.50 x world primary energy (average)" },
            { "1.73E15 W", 1.73e15, nullptr, TW_OK, "91 x world primary energy (average)" },
            { "1.74E15 W", 1.74e15, nullptr, TW_OK, "0.010 x sunlight at top of atmosphere" },
            { "1.7E308 W", 1.7e308, nullptr, TW_OK, "9.8E+290 x sunlight at top of atmosphere" },
            { "0 W", 0, nullptr, TW_OK, "0.0 x US household (average)" },
            { "-0 W", -0.0, nullptr, TW_OK, "0.0 x US household (average)" },
            { "12.5 W", 12.5, nullptr, TW_OK, "0.010 x US household (average)" },
            // The number's forms: plain from 1E-3 to below 1E4, else d.dE+XX.
            { "1 mW vs Hoover Dam", 1e-3, "hoover_dam", TW_OK, "4.8E-13 x Hoover Dam (nameplate)" },
            { "2.08E5 W vs Hoover Dam", 2.08e5, "hoover_dam", TW_OK,
              "1.0E-04 x Hoover Dam (nameplate)" },
            { "2.08E6 W vs Hoover Dam", 2.08e6, "hoover_dam", TW_OK,
              "0.0010 x Hoover Dam (nameplate)" },
            { "1.5E7 W vs Hoover Dam", 1.5e7, "hoover_dam", TW_OK,
              "0.0072 x Hoover Dam (nameplate)" },
            { "9.96E8 W vs nuclear unit rounds up a decade", 9.96e8, "nuclear_unit", TW_OK,
              "1.0 x large nuclear unit" },
            { "9.2E11 W vs nuclear unit", 9.234e11, "nuclear_unit", TW_OK,
              "920 x large nuclear unit" },
            { "2.08E11 W vs HOOVER_DAM", 2.08e11, "HOOVER_DAM", TW_OK,
              "100 x Hoover Dam (nameplate)" },
            { "2.0592E13 W vs Hoover Dam", 2.0592e13, "hoover_dam", TW_OK,
              "9900 x Hoover Dam (nameplate)" },
            { "2.0779E13 W vs Hoover Dam rounds up to 1.0E+04", 2.0779e13, "hoover_dam", TW_OK,
              "1.0E+04 x Hoover Dam (nameplate)" },
            { "2.08E13 W vs Hoover Dam", 2.08e13, "hoover_dam", TW_OK,
              "1.0E+04 x Hoover Dam (nameplate)" },
            { "3.3 TW vs world electricity", 3.3e12, "world_electricity", TW_OK,
              "1.0 x world electricity (average)" },
            { "1.74E17 W vs sunlight", 1.74e17, "sunlight_toa", TW_OK,
              "1.0 x sunlight at top of atmosphere" },
            { "700 W vs a household", 700, "us_household", TW_OK, "0.56 x US household (average)" },
        };
        for (const Row& r : rows)
        {
            char buf[TW_CATALOG_TEXT_MAX];
            const int status = tw_powercompare(r.p_w, r.reference, buf, sizeof buf);
            check_text(std::string("powercompare ") + r.what, status, buf, r.status, r.text);
        }
    }

    void powerCompareErrors()
    {
        struct Row
        {
            const char* what;
            double p_w;
            const char* reference;
            int status;
        };
        for (const Row& r : std::vector<Row>{
                 { "-1 W", -1, nullptr, TW_EDOM },
                 { "-1E-300 W", -1e-300, "hoover_dam", TW_EDOM },
                 { "NaN W", NAN, nullptr, TW_EDOM },
                 { "+Inf W", inf, nullptr, TW_EDOM },
                 { "-Inf W", -inf, "hoover_dam", TW_EDOM },
                 { "unknown reference", 1e9, "moon", TW_ENOTFOUND },
                 { "a GPU is no power reference", 1e9, "H100", TW_ENOTFOUND },
                 { "a cache profile is no power reference", 1e9, "realistic", TW_ENOTFOUND },
                 { "a reference with a space", 1e9, "hoover dam", TW_ENOTFOUND } })
        {
            char buf[TW_CATALOG_TEXT_MAX];
            std::strcpy(buf, "stale");
            const int status = tw_powercompare(r.p_w, r.reference, buf, sizeof buf);
            check_text(std::string("powercompare ") + r.what, status, buf, r.status, "");
        }
        // Small buffers: "0.64 x Hoover Dam (nameplate)" is 29 characters.
        const std::string full = "0.64 x Hoover Dam (nameplate)";
        for (std::size_t size : { std::size_t(30), std::size_t(29), std::size_t(5),
                                  std::size_t(1) })
        {
            char small[64];
            std::memset(small, '#', sizeof small);
            const int status = tw_powercompare(1.33e9, "hoover_dam", small, size);
            const bool fits = size > full.size();
            check_text("powercompare into " + std::to_string(size) + " bytes", status, small,
                       fits ? TW_OK : TW_EBUFSIZE, fits ? full : "");
            for (std::size_t i = size; i < sizeof small; ++i)
                CPPUNIT_ASSERT_EQUAL_MESSAGE("powercompare wrote past size " + std::to_string(size),
                                             '#', small[i]);
        }
        char one = '#';
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_powercompare(1.33e9, nullptr, &one, 0));
        CPPUNIT_ASSERT_EQUAL('#', one);
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_powercompare(1.33e9, nullptr, nullptr, 0));
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_powercompare(1.33e9, nullptr, nullptr, 64));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_powercompare(-1, nullptr, nullptr, 0));
    }

    // The essay's chain rebuilt from catalog values: 3.62 J/tok naive,
    // 0.280 J/tok after the realistic cache, 64.9 kW per Peter-rate user,
    // "52 households".
    void essayFromCatalog()
    {
        double tdp[2], tps[2];
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_gpu_field("H100", "tdp_w", &tdp[0]));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_gpu_field("B200", "tdp_w", &tdp[1]));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_gpu_field("H100", "tokens_per_s", &tps[0]));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_gpu_field("B200", "tokens_per_s", &tps[1]));
        for (int g = 0; g < 2; ++g)
        {
            CPPUNIT_ASSERT_EQUAL(tw_default_tdp_w[g], tdp[g]);
            CPPUNIT_ASSERT_EQUAL(tw_default_tokens_per_s[g], tps[g]);
        }
        // (Each call runs before check_row reads its result.)
        double e_tok = NAN, e_eff = NAN, p_user = NAN;
        int status = tw_etok(tdp, 2, tps, 2, nullptr, 0, 1.4, &e_tok);
        check_row("E_tok from the catalog", status, e_tok, TW_OK, printed("3.62"));
        tw_cache realistic;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_cache_preset("realistic", &realistic));
        status = tw_eeff(e_tok, &realistic, &e_eff);
        check_row("E_eff from the catalog", status, e_eff, TW_OK, printed("0.280"));
        status = tw_puser(20e9, e_eff, &p_user);
        check_row("P_user from the catalog", status, p_user, TW_OK, printed("64.9E3"));
        char buf[TW_CATALOG_TEXT_MAX];
        status = tw_powercompare(p_user, nullptr, buf, sizeof buf);
        check_text("P_user in households", status, buf, TW_OK, "52 x US household (average)");
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CatalogTest);
}
