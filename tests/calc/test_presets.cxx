// The paper's budgets, the facility floor, the sourced preset catalog and
// power in words, typed into a real Calc: every figure the issue quotes,
// every preset of the catalog with its value, the exact texts the core
// documents, presets feeding the essay's model, and every kind of bad input
// with the exact error Calc shows.
//
// Each table row is a formula with the value it must give (computed here
// from the equations of core/tw_paper.h and core/tw_facility.h, never copied
// from a run), the text it must show (built from the formats documented in
// core/tw_catalog.h), or the Calc error it must show. Errors, as the add-in
// documents them:
//   Err:502  the add-in rejected an argument: a value outside its domain,
//            text where an optional number is read, an unknown preset name,
//            a preset of another kind, a field with no sourced value
//   #NUM!    (503) the result does not fit in a double
//   #VALUE!  (519) Calc itself: text for a plain number argument
//   Err:504  Calc itself: a required argument omitted, or too many
//
// Catalog values are listed here, not read from the core (this binary does
// not link it); each row names the row of core/catalog.c it comes from.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using namespace tokwatt;

namespace tokwatt_test
{
namespace
{
constexpr double k_b = 1.380649e-23; // J/K, exact in the SI since 2019
const double ln2 = std::log(2.0);
constexpr double hours_per_year = 8760.0;
constexpr double wh_per_twh = 1e12;
constexpr double population = 8.0e9; // the paper's N
constexpr double days = 365.0;       // the paper's D
constexpr int e502 = calc_error::illegal_argument;
constexpr int e504 = calc_error::parameter_expected;
constexpr int num = calc_error::num;
constexpr int value = calc_error::value;

// A formula whose result is text: the exact text, or a Calc error.
struct TextRow
{
    std::string formula;
    std::string text; // expected when error == 0
    int error;
};

TextRow says(const std::string& formula, const std::string& text) { return { formula, text, 0 }; }
TextRow text_err(const std::string& formula, int error) { return { formula, "", error }; }

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// ---- the catalog, as core/catalog.c lists it -------------------------------

struct Field
{
    const char* field;
    double value;
    const char* shown; // the value as PRESETINFO writes it: %.6G with '.'
    const char* unit;  // "" when dimensionless
    const char* as_of; // nullptr: the kind has the field, no source gives it
};

struct Preset
{
    const char* name; // as the catalog spells it
    int kind;         // 1 gpu, 2 power reference, 3 cache profile
    std::vector<Field> fields; // every field of the kind, in PRESETINFO order
};

constexpr int gpu = 1, power = 2, cache = 3;
constexpr const char* essay_read = "2026-11"; // the essay's values: month read

const Field no_tokens_per_s = { "tokens_per_s", 0, nullptr, "tokens/s", nullptr };

const std::vector<Preset> catalog = {
    // GPUs: catalog.c rows "A100" ... "MI300X"
    { "A100", gpu, { { "tdp_w", 400, "400", "W", "2020-11" }, no_tokens_per_s } },
    { "H100", gpu,
      { { "tdp_w", 700, "700", "W", "2022-03" },
        { "tokens_per_s", 200, "200", "tokens/s", essay_read } } },
    { "H100_PCIe", gpu, { { "tdp_w", 350, "350", "W", "2022-11" }, no_tokens_per_s } },
    { "H200", gpu, { { "tdp_w", 700, "700", "W", "2023-11" }, no_tokens_per_s } },
    { "B200", gpu,
      { { "tdp_w", 1000, "1000", "W", "2024-03" },
        { "tokens_per_s", 600, "600", "tokens/s", essay_read } } },
    { "GB200", gpu, { { "tdp_w", 2700, "2700", "W", "2024-03" }, no_tokens_per_s } },
    { "MI300X", gpu, { { "tdp_w", 750, "750", "W", "2023-12" }, no_tokens_per_s } },
    // power references: catalog.c rows "us_household" ... "sunlight_toa"
    { "us_household", power, { { "power_w", 1248, "1248", "W", essay_read } } },
    { "hoover_dam", power, { { "power_w", 2.08e9, "2.08E+09", "W", "2026-11" } } },
    { "nuclear_unit", power, { { "power_w", 1e9, "1E+09", "W", essay_read } } },
    { "us_electricity", power, { { "power_w", 4.8e11, "4.8E+11", "W", essay_read } } },
    { "world_electricity", power, { { "power_w", 3.3e12, "3.3E+12", "W", essay_read } } },
    { "world_primary_energy", power,
      { { "power_w", 1.9e13, "1.9E+13", "W", essay_read } } },
    { "sunlight_toa", power, { { "power_w", 1.74e17, "1.74E+17", "W", essay_read } } },
    // cache profiles: catalog.c rows "realistic", "peter", "pessimistic"
    { "realistic", cache,
      { { "alpha_o", 0.05, "0.05", "", essay_read },
        { "alpha_m", 0.20, "0.2", "", essay_read },
        { "alpha_h", 0.75, "0.75", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
    { "peter", cache,
      { { "alpha_o", 0.02, "0.02", "", essay_read },
        { "alpha_m", 0.08, "0.08", "", essay_read },
        { "alpha_h", 0.90, "0.9", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
    { "pessimistic", cache,
      { { "alpha_o", 0.05, "0.05", "", essay_read },
        { "alpha_m", 0.45, "0.45", "", essay_read },
        { "alpha_h", 0.50, "0.5", "", essay_read },
        { "beta_m", 0.10, "0.1", "", essay_read },
        { "beta_h", 0.01, "0.01", "", essay_read } } },
};

// The formula that reads one field of a preset with the function of its kind.
std::string getter(int kind, const std::string& name, const std::string& field)
{
    switch (kind)
    {
        case gpu: return "=GPU(" + quoted(name) + ";" + quoted(field) + ")";
        case power: return "=POWERREF(" + quoted(name) + ")";
        default: return "=CACHEPROFILE(" + quoted(name) + ";" + quoted(field) + ")";
    }
}

// PRESETINFO's parts (core/tw_catalog.h, tw_presetinfo):
//   "<name> <field> = <value> <unit>; source: <source>; as of <as_of>"
//   "<name> <field>: no sourced value", joined by " | ".
std::string info_head(const std::string& name, const Field& f)
{
    return name + " " + f.field + " = " + f.shown + (f.unit[0] ? std::string(" ") + f.unit : "")
           + "; source: ";
}

std::string info(const std::string& name, const Field& f, const std::string& source)
{
    return info_head(name, f) + source + "; as of " + f.as_of;
}

std::string no_value(const std::string& name, const char* field)
{
    return name + " " + field + ": no sourced value";
}

// Takes the name as a C string: called with a literal, no temporary
// std::string is made, so the returned reference into the static table
// cannot be taken for one into a temporary (gcc 13+ -Wdangling-reference).
const Preset& preset(const char* name)
{
    for (const Preset& p : catalog)
        if (std::strcmp(name, p.name) == 0)
            return p;
    throw std::logic_error(std::string("no preset ") + name + " in the test's table");
}

// Sources, as core/catalog.c writes them (its macros ESSAY, ESSAY_TPS, ...).
const std::string essay = "essay \"Counting piano tuners, counting tokens\"";
const std::string essay_tps = essay + ", Eq token_energy default T_g: a middle-of-the-road "
                                      "estimate of batched output throughput serving a "
                                      "frontier MoE model";
const std::string essay_betas = essay + ", Eq cache_adjust defaults (the essay gives one beta "
                                        "pair for every profile)";
const std::string essay_cache_section = essay + ", \"When the cache doesn't bail you out\": ";

// POWERCOMPARE's labels (core/catalog.c, the label of each power reference).
const std::string household = " x US household (average)";
const std::string hoover = " x Hoover Dam (nameplate)";
const std::string nuclear = " x large nuclear unit";
const std::string us_grid = " x US electricity (average)";
const std::string world_el = " x world electricity (average)";
const std::string world_pe = " x world primary energy (average)";
const std::string sunlight = " x sunlight at top of atmosphere";

}

class PresetsTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(PresetsTest);
    CPPUNIT_TEST(paper_and_facility);
    CPPUNIT_TEST(every_preset_value);
    CPPUNIT_TEST(preset_texts);
    CPPUNIT_TEST(power_in_words);
    CPPUNIT_TEST(presets_feed_the_model);
    CPPUNIT_TEST(cohort_with_named_grids);
    CPPUNIT_TEST(bad_inputs);
    CPPUNIT_TEST(results_that_fit);
    CPPUNIT_TEST_SUITE_END();

    void check(const std::vector<Row>& rows) { check_rows(book(), rows); }

    // The same for formulas whose result is text.
    void check_text(const std::vector<TextRow>& rows)
    {
        std::string failures;
        for (const TextRow& row : rows)
        {
            const auto result = book().eval(row.formula);
            if (result.error != row.error)
                failures += "\n  " + row.formula + ": expected "
                            + (row.error ? error_name(row.error) : quoted(row.text)) + ", got "
                            + (result.error ? error_name(result.error) : quoted(result.text));
            else if (!row.error && result.text != row.text)
                failures += "\n  " + row.formula + ": expected\n    " + quoted(row.text)
                            + "\n  got\n    " + quoted(result.text);
        }
        CPPUNIT_ASSERT_MESSAGE(std::to_string(rows.size()) + " text formulas;" + failures,
                               failures.empty());
    }

public:
    // The paper's equations (core/tw_paper.h) and the facility floor
    // (core/tw_facility.h): every figure the issue quotes, the defaults, and
    // the optional arguments omitted, in the middle and given.
    void paper_and_facility()
    {
        const double floor_bit = k_b * 300 * ln2; // Eq 1, J per bit at 300 K
        check({
            // Eq 1-2: E_min = k_B T ln 2 b; defaults 300 K, 1 bit
            ok("=LANDAUER()", k_b * 300 * ln2),
            ok("=LANDAUER(;)", k_b * 300 * ln2),
            ok("=LANDAUER(300;12)", k_b * 300 * ln2 * 12),
            ok("=LANDAUER(;12)", k_b * 300 * ln2 * 12),
            ok("=LANDAUER(77)", k_b * 77 * ln2),
            ok("=LANDAUER(77;)", k_b * 77 * ln2),
            ok("=LANDAUER(300;0)", 0.0), // no bits erased
            ok("=LANDAUER(300;TRUE())", k_b * 300 * ln2),
            ok("=landauer()", k_b * 300 * ln2), // function names: any case
            // the paper's printed figures: 2.871E-21 J and 3.445E-20 J
            ok("=ROUND(LANDAUER()*1E24;0)", 2871, 0),
            ok("=ROUND(LANDAUER(300;12)*1E23;0)", 3445, 0),

            // Eq 4: gap = E_tok / (k_B T ln 2 b); defaults 12 bits, 300 K
            ok("=EFFGAP(1.8)", 1.8 / (k_b * 300 * ln2 * 12)),
            ok("=EFFGAP(1.8;;)", 1.8 / (k_b * 300 * ln2 * 12)),
            ok("=EFFGAP(5E-4*3600)", 5e-4 * 3600 / (k_b * 300 * ln2 * 12)),
            ok("=EFFGAP(1.8;1)", 1.8 / floor_bit),
            ok("=EFFGAP(1.8;;77)", 1.8 / (k_b * 77 * ln2 * 12)),
            ok("=EFFGAP(1.8;8;77)", 1.8 / (k_b * 77 * ln2 * 8)),
            ok("=EFFGAP(LANDAUER(300;12))", 1.0),
            ok("=EFFGAP(0)", 0.0),
            // a floor that underflows to 0, with no energy: no gap (documented)
            ok("=EFFGAP(0;1E-300;1E-300)", 0.0),
            ok("=ROUND(EFFGAP(1.8)/1E17;0)", 522, 0), // the paper's 5.22E19

            // Eq 8: N_tok = E_year 1E12 / e_tok
            ok("=TOKENBUDGET(326;5E-4)", 326 * wh_per_twh / 5e-4),
            ok("=TOKENBUDGET(65;5E-4)", 65 * wh_per_twh / 5e-4),
            ok("=TOKENBUDGET(0;5E-4)", 0.0),
            ok("=TOKENBUDGET(\"326\";5E-4)", 326 * wh_per_twh / 5e-4), // Calc converts
            // Table 1's Landauer-limited tokens: the US grid's 4,178 TWh at
            // the 12-bit floor in Wh
            ok("=TOKENBUDGET(4178;LANDAUER(300;12)/3600)",
               4178 * wh_per_twh / (k_b * 300 * ln2 * 12 / 3600)),

            // Eq 9: n = N_tok / (N D); defaults 8.0E9 people, 365 days
            ok("=TOKENSPERCAPITA(65;5E-4)", 65 * wh_per_twh / 5e-4 / (population * days)),
            ok("=TOKENSPERCAPITA(326;5E-4)", 326 * wh_per_twh / 5e-4 / (population * days)),
            ok("=TOKENSPERCAPITA(65;5E-4;;)", 65 * wh_per_twh / 5e-4 / (population * days)),
            ok("=TOKENSPERCAPITA(65;5E-4;8E9;365)",
               65 * wh_per_twh / 5e-4 / (population * days)),
            ok("=TOKENSPERCAPITA(65;5E-4;1E9)", 65 * wh_per_twh / 5e-4 / (1e9 * days)),
            ok("=TOKENSPERCAPITA(65;5E-4;;366)", 65 * wh_per_twh / 5e-4 / (population * 366)),
            ok("=TOKENSPERCAPITA(65;5E-4;1;1)", 65 * wh_per_twh / 5e-4),
            ok("=TOKENSPERCAPITA(0;5E-4)", 0.0),
            ok("=ROUND(TOKENSPERCAPITA(65;5E-4);0)", 44521, 0),   // the paper's 44,521
            ok("=ROUND(TOKENSPERCAPITA(326;5E-4);0)", 223288, 0), // ... and 223,288

            // Eq 14-15, Table 2: q = N_tok / (t_q N D)
            ok("=QUESTIONBUDGET(326;5E-4;100)",
               326 * wh_per_twh / 5e-4 / (100 * population * days)),
            ok("=ROUND(QUESTIONBUDGET(326;5E-4;100);0)", 2233, 0), // the paper's 2,233
            ok("=QUESTIONBUDGET(65;5E-4;1000)",
               65 * wh_per_twh / 5e-4 / (1000 * population * days)),
            ok("=QUESTIONBUDGET(165;5E-4;250)",
               165 * wh_per_twh / 5e-4 / (250 * population * days)),
            ok("=QUESTIONBUDGET(650;5E-4;500)",
               650 * wh_per_twh / 5e-4 / (500 * population * days)),
            ok("=QUESTIONBUDGET(326;5E-4;100;;)",
               326 * wh_per_twh / 5e-4 / (100 * population * days)),
            ok("=QUESTIONBUDGET(326;5E-4;100;1E9)",
               326 * wh_per_twh / 5e-4 / (100 * 1e9 * days)),
            ok("=QUESTIONBUDGET(326;5E-4;100;;1)",
               326 * wh_per_twh / 5e-4 / (100 * population)),
            ok("=QUESTIONBUDGET(326;5E-4;100;2;3)", 326 * wh_per_twh / 5e-4 / (100 * 2 * 3)),
            ok("=QUESTIONBUDGET(326;5E-4;100)*100",
               326 * wh_per_twh / 5e-4 / (population * days)), // = TOKENSPERCAPITA
            ok("=QUESTIONBUDGET(0;5E-4;100)", 0.0),

            // Section 3.2: P = E_year 1E12 / 8760 and back
            ok("=AVGPOWER(4178)", 4178 * wh_per_twh / hours_per_year),
            ok("=ROUND(AVGPOWER(4178)/1E9;0)", 477, 0), // the essay's "480 GW"
            ok("=AVGPOWER(0)", 0.0),
            ok("=ANNUALTWH(480E9)", 480e9 * hours_per_year / wh_per_twh),
            ok("=ANNUALTWH(AVGPOWER(4178))", 4178),
            ok("=AVGPOWER(ANNUALTWH(3.3E12))", 3.3e12),
            ok("=ANNUALTWH(0)", 0.0),
            ok("=ANNUALTWH(1E308)", 1e308 * hours_per_year / wh_per_twh), // no overflow

            // Chapter VI: E_day = P PUE 24 / 1000, C_day = E_day price
            ok("=GPUDAYKWH(350;1.15)", 350 * 1.15 * 24 / 1000),
            ok("=GPUDAYKWH(700;1)", 700 * 24.0 / 1000),
            ok("=GPUDAYKWH(0;1.15)", 0.0),
            ok("=GPUDAYCOST(350;1.15;0.10)", 350 * 1.15 * 24 / 1000 * 0.10),
            ok("=GPUDAYCOST(350;1.15;0.20)", 350 * 1.15 * 24 / 1000 * 0.20),
            ok("=GPUDAYCOST(350;1.15;0)", 0.0),
            ok("=ROUND(GPUDAYKWH(350;1.15);2)", 9.66, 0),
            ok("=ROUND(GPUDAYCOST(350;1.15;0.1);2)", 0.97, 0), // "about $0.97"
            ok("=ROUND(GPUDAYCOST(350;1.15;0.2);2)", 1.93, 0), // "about $1.93"
        });
    }

    // Every field of every preset through the function of its kind, in the
    // catalog's spelling, lower and upper case; a field with no sourced value,
    // every other kind's function and a field of another kind: Err:502.
    void every_preset_value()
    {
        std::vector<Row> rows;
        for (const Preset& p : catalog)
        {
            const std::string name = p.name;
            for (const Field& f : p.fields)
                for (const std::string& n : { name, lower(name), upper(name) })
                    for (const std::string& field : { std::string(f.field), upper(f.field) })
                        rows.push_back(f.as_of ? ok(getter(p.kind, n, field), f.value, 0)
                                               : err(getter(p.kind, n, field), e502));
            // the other kinds' functions do not find it
            if (p.kind != gpu)
            {
                rows.push_back(err(getter(gpu, name, "tdp_w"), e502));
                rows.push_back(err(getter(gpu, name, "tokens_per_s"), e502));
            }
            if (p.kind != power)
                rows.push_back(err(getter(power, name, "power_w"), e502));
            if (p.kind != cache)
                for (const char* field : { "alpha_o", "alpha_m", "alpha_h", "beta_m", "beta_h" })
                    rows.push_back(err(getter(cache, name, field), e502));
            // a field another kind has, or none has
            if (p.kind == gpu)
            {
                rows.push_back(err(getter(gpu, name, "power_w"), e502));
                rows.push_back(err(getter(gpu, name, "alpha_o"), e502));
                rows.push_back(err(getter(gpu, name, "tdp"), e502));
                rows.push_back(err(getter(gpu, name, ""), e502));
            }
            if (p.kind == cache)
            {
                rows.push_back(err(getter(cache, name, "tdp_w"), e502));
                rows.push_back(err(getter(cache, name, "power_w"), e502));
                rows.push_back(err(getter(cache, name, "alpha"), e502));
                rows.push_back(err(getter(cache, name, ""), e502));
            }
        }
        const std::vector<Row> more = {
            // the examples
            err("=GPU(\"hoover_dam\";\"tdp_w\")", e502),    // a power reference
            err("=GPU(\"A100\";\"tokens_per_s\")", e502),   // no sourced value
            ok("=POWERREF(\"us_electricity\")", 480e9, 0),
            ok("=POWERREF(\"world_electricity\")", 3.3e12, 0),
            ok("=POWERREF(\"world_primary_energy\")", 19e12, 0),
            ok("=POWERREF(\"sunlight_toa\")", 1.74e17, 0),
            // mixed case; function names in any case too
            ok("=GPU(\"h100_pcie\";\"Tdp_W\")", 350, 0),
            ok("=gpu(\"Mi300x\";\"tdp_w\")", 750, 0),
            ok("=powerref(\"Hoover_Dam\")", 2.08e9, 0),
            ok("=CachEProfile(\"Pessimistic\";\"Alpha_M\")", 0.45, 0),
            // a name is the whole name: no prefixes, no padding, no aliases
            err("=GPU(\"H10\";\"tdp_w\")", e502),
            err("=GPU(\"H100 \";\"tdp_w\")", e502),
            err("=GPU(\" H100\";\"tdp_w\")", e502),
            err("=GPU(\"H100_PCIe_\";\"tdp_w\")", e502),
            err("=GPU(\"H100 SXM5\";\"tdp_w\")", e502),
            err("=GPU(\"NVIDIA H100 SXM5 80GB\";\"tdp_w\")", e502), // its label, not its name
            err("=GPU(\"H100\";\"tdp_w \")", e502),
            err("=GPU(\"H300\";\"tdp_w\")", e502),
            err("=GPU(\"\";\"tdp_w\")", e502),
            err("=POWERREF(\"hoover dam\")", e502),
            err("=POWERREF(\"moon\")", e502),
            err("=POWERREF(\"\")", e502),
            err("=CACHEPROFILE(\"optimistic\";\"alpha_o\")", e502),
            err("=CACHEPROFILE(\"\";\"alpha_o\")", e502),
            // names from cells
        };
        rows.insert(rows.end(), more.begin(), more.end());
        Sheet& s = sheet();
        s.set_text("A1", "H100");
        s.set_text("A2", "tokens_per_s");
        s.set_text("A3", "Hoover_Dam");
        s.set_text("A4", "peter");
        s.set_text("A5", "beta_h");
        // A6 stays empty
        rows.push_back(ok("=GPU(A1;A2)", 200, 0));
        rows.push_back(ok("=GPU(A1;\"tdp_w\")", 700, 0));
        rows.push_back(ok("=POWERREF(A3)", 2.08e9, 0));
        rows.push_back(ok("=CACHEPROFILE(A4;A5)", 0.01, 0));
        rows.push_back(ok("=GPU(\"b\"&\"200\";\"tokens\"&\"_per_s\")", 600, 0));
        rows.push_back(err("=POWERREF(A6)", e502)); // an empty cell: the name ""
        rows.push_back(err("=GPU(A1;A6)", e502));
        check(rows);
    }

    // PRESETINFO exactly as core/tw_catalog.h documents it for a GPU with
    // both fields, a GPU with a field no source gives, two power references
    // and a cache profile; for every preset its fields in order with their
    // values, units and dates; TOKWATTVERSION.
    void preset_texts()
    {
        const Preset& h100 = preset("H100");
        const Preset& a100 = preset("A100");
        const Preset& hoover_dam = preset("hoover_dam");
        const Preset& us_household = preset("us_household");
        const Preset& peter = preset("peter");
        // catalog.c row "H100" tdp_w; row "H100" tokens_per_s (ESSAY_TPS)
        const std::string h100_text =
            info("H100", h100.fields[0],
                 "NVIDIA H100 Tensor Core GPU datasheet: H100 SXM5 80GB, max TDP up to 700 W, "
                 "configurable (the essay's H100 P_g)")
            + " | " + info("H100", h100.fields[1], essay_tps);
        // catalog.c row "A100" tdp_w; no tokens_per_s row
        const std::string a100_text =
            info("A100", a100.fields[0],
                 "NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM4, max TDP 400 W "
                 "(PCIe: 300 W)")
            + " | " + no_value("A100", "tokens_per_s");
        // catalog.c row "hoover_dam"
        const std::string hoover_text =
            info("hoover_dam", hoover_dam.fields[0],
                 "US Bureau of Reclamation, Hoover Dam power FAQ "
                 "(usbr.gov/lc/hooverdam/faqs/powerfaq.html): nameplate capacity 2,080 MW");
        // catalog.c row "us_household"
        const std::string household_text =
            info("us_household", us_household.fields[0],
                 essay + ", calculator Derived panel: P_user 64.9 kW = \"52 households\", "
                         "1,248 W each (cf. US EIA FAQ \"How much electricity does an "
                         "American home use?\": 10,715 kWh/yr in 2020 = 1.22 kW)");
        // catalog.c rows "peter": the alphas from the essay's section, the
        // betas from Eq cache_adjust (ESSAY_CACHE_SECTION, ESSAY_BETAS)
        const std::string peter_alphas = essay_cache_section + "Peter's profile 0.02 / 0.08 / 0.90";
        const std::string peter_text = info("peter", peter.fields[0], peter_alphas) + " | "
                                       + info("peter", peter.fields[1], peter_alphas) + " | "
                                       + info("peter", peter.fields[2], peter_alphas) + " | "
                                       + info("peter", peter.fields[3], essay_betas) + " | "
                                       + info("peter", peter.fields[4], essay_betas);
        check_text({
            says("=PRESETINFO(\"H100\")", h100_text),
            says("=PRESETINFO(\"h100\")", h100_text), // the catalog's spelling back
            says("=PRESETINFO(\"A100\")", a100_text),
            says("=PRESETINFO(\"hoover_dam\")", hoover_text),
            says("=PRESETINFO(\"HOOVER_DAM\")", hoover_text),
            says("=PRESETINFO(\"us_household\")", household_text),
            says("=PRESETINFO(\"peter\")", peter_text),
            says("=PRESETINFO(\"Peter\")", peter_text),
            // the add-in's version and the catalog's (core/catalog.c
            // tw_catalog_version); TW_VERSION is the Makefile's VERSION
            says("=TOKWATTVERSION()", "tokwatt 0.1.0, catalog 2026.11"),
            says("=TOKWATTVERSION()", std::string("tokwatt ") + TW_VERSION + ", catalog 2026.11"),
            says("=tokwattversion()", "tokwatt 0.1.0, catalog 2026.11"),
            text_err("=PRESETINFO(\"nope\")", e502),
            text_err("=PRESETINFO(\"\")", e502),
            text_err("=PRESETINFO(\"H100 \")", e502),
        });

        // Every preset: one part per field of its kind, in order, each with
        // the catalog's name, field, value, unit and date (sources checked
        // exactly above only).
        std::string failures;
        for (const Preset& p : catalog)
            for (const std::string& n : { std::string(p.name), upper(p.name) })
            {
                const std::string formula = "=PRESETINFO(" + quoted(n) + ")";
                const auto result = book().eval(formula);
                if (result.error)
                {
                    failures += "\n  " + formula + ": " + error_name(result.error);
                    continue;
                }
                std::vector<std::string> parts;
                for (std::size_t at = 0;;)
                {
                    const std::size_t bar = result.text.find(" | ", at);
                    parts.push_back(result.text.substr(at, bar - at));
                    if (bar == std::string::npos)
                        break;
                    at = bar + 3;
                }
                if (parts.size() != p.fields.size())
                {
                    failures += "\n  " + formula + ": " + std::to_string(parts.size())
                                + " parts, expected " + std::to_string(p.fields.size()) + ": "
                                + quoted(result.text);
                    continue;
                }
                for (std::size_t i = 0; i < parts.size(); ++i)
                {
                    const Field& f = p.fields[i];
                    const std::string& part = parts[i];
                    bool good;
                    if (!f.as_of)
                        good = part == no_value(p.name, f.field);
                    else
                    {
                        const std::string head = info_head(p.name, f);
                        const std::string tail = std::string("; as of ") + f.as_of;
                        good = part.size() > head.size() + tail.size()
                               && part.compare(0, head.size(), head) == 0
                               && part.compare(part.size() - tail.size(), tail.size(), tail) == 0;
                    }
                    if (!good)
                        failures += "\n  " + formula + " part " + std::to_string(i + 1) + ": "
                                    + quoted(part);
                }
            }
        CPPUNIT_ASSERT_MESSAGE("PRESETINFO of every preset;" + failures, failures.empty());
    }

    // POWERCOMPARE (core/tw_catalog.h, tw_powercompare and tw_powerscale):
    // each band of the automatic scale at its lower bound, inside and just
    // below its upper bound; every reference by name; and every case of the
    // 2-significant-figure format.
    void power_in_words()
    {
        check_text({
            // p_w < 1E8: US households (1,248 W)
            says("=POWERCOMPARE(0)", "0.0" + household),
            says("=POWERCOMPARE(1248)", "1.0" + household),
            says("=POWERCOMPARE(64900)", "52" + household), // one user: "52 households"
            says("=POWERCOMPARE(99999999)", "8.0E+04" + household), // 80,128
            // 1E8 <= p_w < 2.08E9: Hoover Dam (2.08E9 W)
            says("=POWERCOMPARE(1E8)", "0.048" + hoover),
            says("=POWERCOMPARE(1.33E9)", "0.64" + hoover), // the example
            says("=POWERCOMPARE(2.07E9)", "1.0" + hoover),  // 0.995 rounds up
            says("=POWERCOMPARE(2.0E9)", "0.96" + hoover),
            // 2.08E9 <= p_w < 4.8E10: large nuclear units (1E9 W)
            says("=POWERCOMPARE(2.08E9)", "2.1" + nuclear),
            says("=POWERCOMPARE(4E9)", "4.0" + nuclear), // "four large nuclear units"
            says("=POWERCOMPARE(4.7E10)", "47" + nuclear),
            // 4.8E10 <= p_w < 9.5E12: US electricity (4.8E11 W)
            says("=POWERCOMPARE(4.8E10)", "0.10" + us_grid),
            says("=POWERCOMPARE(264E9)", "0.55" + us_grid), // "55% of US electricity"
            says("=POWERCOMPARE(440E9)", "0.92" + us_grid),
            says("=POWERCOMPARE(9.4E12)", "20" + us_grid), // 19.58
            // 9.5E12 <= p_w < 1.74E15: world primary energy (1.9E13 W)
            says("=POWERCOMPARE(9.5E12)", "0.50" + world_pe),
            says("=POWERCOMPARE(1.786E13)", "0.94" + world_pe), // "94% of world primary"
            says("=POWERCOMPARE(4.37E14)", "23" + world_pe),    // "23x world primary"
            says("=POWERCOMPARE(1.7E15)", "89" + world_pe),     // 89.47
            // p_w >= 1.74E15: sunlight at the top of the atmosphere (1.74E17 W)
            says("=POWERCOMPARE(1.74E15)", "0.010" + sunlight),
            says("=POWERCOMPARE(1.74E17)", "1.0" + sunlight),
            says("=POWERCOMPARE(1.6E20)", "920" + sunlight), // 919.5
            says("=POWERCOMPARE(1.9E20)", "1100" + sunlight), // 1092
            says("=POWERCOMPARE(1.7E21)", "9800" + sunlight), // 9770
            says("=POWERCOMPARE(1.74E21)", "1.0E+04" + sunlight),
            says("=POWERCOMPARE(1E308)", "5.7E+290" + sunlight),

            // a reference given by name, any case
            says("=POWERCOMPARE(1.33E9;\"hoover_dam\")", "0.64" + hoover),
            says("=POWERCOMPARE(1.33E9;\"HOOVER_DAM\")", "0.64" + hoover),
            says("=POWERCOMPARE(440E9;\"us_electricity\")", "0.92" + us_grid),
            says("=POWERCOMPARE(440E9;\"world_electricity\")", "0.13" + world_el),
            says("=POWERCOMPARE(440E9;\"world_primary_energy\")", "0.023" + world_pe),
            says("=POWERCOMPARE(440E9;\"nuclear_unit\")", "440" + nuclear),
            says("=POWERCOMPARE(440E9;\"sunlight_toa\")", "2.5E-06" + sunlight),
            says("=POWERCOMPARE(4E9;\"nuclear_unit\")", "4.0" + nuclear),
            says("=POWERCOMPARE(1E8;\"us_household\")", "8.0E+04" + household),
            says("=POWERCOMPARE(0;\"sunlight_toa\")", "0.0" + sunlight),
            says("=POWERCOMPARE(1E-300;\"us_household\")", "8.0E-304" + household),
            says("=POWERCOMPARE(1E308;\"us_household\")", "8.0E+304" + household),
            // an empty name picks by size, as no name does (documented for
            // the core: "NULL or \"\" picks one by tw_powerscale")
            says("=POWERCOMPARE(1.33E9;\"\")", "0.64" + hoover),

            // the format: 2 significant figures, trailing zero kept; plain
            // when the ROUNDED multiple is 0 or in [1E-3, 1E4), else d.dE+XX
            says("=POWERCOMPARE(1248*0.0012;\"us_household\")", "0.0012" + household),
            says("=POWERCOMPARE(1248*0.001;\"us_household\")", "0.0010" + household),
            says("=POWERCOMPARE(1248*0.0009996;\"us_household\")", "0.0010" + household),
            says("=POWERCOMPARE(1248*0.00099;\"us_household\")", "9.9E-04" + household),
            says("=POWERCOMPARE(1248*0.00005;\"us_household\")", "5.0E-05" + household),
            says("=POWERCOMPARE(1248*9940;\"us_household\")", "9900" + household),
            says("=POWERCOMPARE(1248*9960;\"us_household\")", "1.0E+04" + household),
            says("=POWERCOMPARE(1248*12345;\"us_household\")", "1.2E+04" + household),
            says("=POWERCOMPARE(1248*3;\"us_household\")", "3.0" + household),
            says("=POWERCOMPARE(1248*10;\"us_household\")", "10" + household),
            says("=POWERCOMPARE(1248*99.6;\"us_household\")", "100" + household),
            says("=POWERCOMPARE(1248*0.1234;\"us_household\")", "0.12" + household),
            says("=POWERCOMPARE(1248*1.26;\"us_household\")", "1.3" + household),
            says("=POWERCOMPARE(1248*1.24;\"us_household\")", "1.2" + household),
            says("=powercompare(1.33E9)", "0.64" + hoover),
        });
    }

    // Presets feed the essay's model and the paper's functions.
    void presets_feed_the_model()
    {
        Sheet& s = sheet();
        // the essay's fleet in cells, from the catalog
        s.set("A1", "=GPU(\"H100\";\"tdp_w\")");
        s.set("A2", "=GPU(\"B200\";\"tdp_w\")");
        s.set("B1", "=GPU(\"H100\";\"tokens_per_s\")");
        s.set("B2", "=GPU(\"B200\";\"tokens_per_s\")");
        s.set_text("C1", "world_electricity");
        const double peter_k = 0.02 + 0.08 * 0.10 + 0.90 * 0.01;
        const double pessimistic_k = 0.05 + 0.45 * 0.10 + 0.50 * 0.01;
        const double user_w = 20e9 * essay_etok * essay_k / 86400.0;
        check({
            ok("=ETOK(GPU(\"H100\";\"tdp_w\");GPU(\"H100\";\"tokens_per_s\"))", 1.4 * 700.0 / 200),
            ok("=ETOK(GPU(\"b200\";\"tdp_w\");GPU(\"b200\";\"tokens_per_s\");;1.2)",
               1.2 * 1000.0 / 600),
            ok("=ETOK(A1:A2;B1:B2)", essay_etok), // the default fleet, from presets
            ok("=ETOK(A1:A2;B1:B2;{0.25;0.75})", 1.4 * (0.25 * 700.0 / 200 + 0.75 * 1000.0 / 600)),
            ok("=EEFF(ETOK();CACHEPROFILE(\"peter\";\"alpha_o\");CACHEPROFILE(\"peter\";"
               "\"alpha_m\");CACHEPROFILE(\"peter\";\"alpha_h\"))",
               essay_etok * peter_k),
            ok("=EEFF(ETOK();CACHEPROFILE(\"peter\";\"alpha_o\");CACHEPROFILE(\"peter\";"
               "\"alpha_m\");CACHEPROFILE(\"peter\";\"alpha_h\");CACHEPROFILE(\"peter\";"
               "\"beta_m\");CACHEPROFILE(\"peter\";\"beta_h\"))",
               essay_etok * peter_k),
            ok("=CACHEFACTOR(CACHEPROFILE(\"pessimistic\";\"alpha_o\");CACHEPROFILE("
               "\"pessimistic\";\"alpha_m\");CACHEPROFILE(\"pessimistic\";\"alpha_h\"))",
               pessimistic_k),
            // the realistic profile is CACHEFACTOR's default
            ok("=CACHEFACTOR(CACHEPROFILE(\"realistic\";\"alpha_o\");CACHEPROFILE(\"realistic\";"
               "\"alpha_m\");CACHEPROFILE(\"realistic\";\"alpha_h\");CACHEPROFILE(\"realistic\";"
               "\"beta_m\");CACHEPROFILE(\"realistic\";\"beta_h\"))",
               essay_k),
            // grids by name, as a number or as a name
            ok("=GRIDRATIO(440E9;\"us_electricity\")", 440e9 / 480e9),
            ok("=GRIDRATIO(440E9;\"US_Electricity\")", 440e9 / 480e9),
            ok("=GRIDRATIO(440E9;POWERREF(\"us_electricity\"))", 440e9 / 480e9),
            ok("=GRIDRATIO(440E9;\"world_electricity\")", 440e9 / 3.3e12),
            ok("=GRIDRATIO(440E9;C1)", 440e9 / 3.3e12), // a name in a cell
            ok("=GRIDRATIO(440E9;\"hoover_dam\")", 440e9 / 2.08e9),
            ok("=GRIDRATIO(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())));\"world_primary_energy\")",
               8.1e9 * user_w / 1.9e13),
            ok("=KARDASHEV(POWERREF(\"sunlight_toa\"))", 1.0),
            ok("=NMAX(20E9;EEFF(ETOK());POWERREF(\"us_electricity\"))",
               std::floor(480e9 * 86400.0 / (20e9 * essay_etok * essay_k)), 0),
            ok("=ETARGET(8.1E9;20E9;POWERREF(\"world_electricity\"))",
               3.3e12 * 86400.0 / (8.1e9 * 20e9)),
            // the paper's functions from presets
            ok("=GPUDAYKWH(GPU(\"H100_PCIe\";\"tdp_w\");1.15)", 350 * 1.15 * 24 / 1000),
            ok("=GPUDAYCOST(GPU(\"H100\";\"tdp_w\");1.4;0.1)", 700 * 1.4 * 24 / 1000 * 0.1),
            ok("=ANNUALTWH(POWERREF(\"us_electricity\"))", 480e9 * hours_per_year / wh_per_twh),
            ok("=TOKENBUDGET(ANNUALTWH(POWERREF(\"us_electricity\"));5E-4)",
               480e9 * hours_per_year / 5e-4),
            ok("=EFFGAP(EEFF(ETOK()))", essay_etok * essay_k / (k_b * 300 * ln2 * 12)),
        });
        // the essay's world of agents, 8.1E9 users at 20E9 tokens a day, in
        // words: 5.26E14 W is 27.7 x world primary energy
        const double world_w = 8.1e9 * user_w;
        CPPUNIT_ASSERT(world_w / 1.9e13 > 27.5 && world_w / 1.9e13 < 28.5);
        check_text({
            says("=POWERCOMPARE(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK()))))", "28" + world_pe),
            says("=POWERCOMPARE(PPOP(8.1E9;PUSER(20E9;EEFF(ETOK())));C1)", "160" + world_el),
            says("=POWERCOMPARE(PUSER(20E9;EEFF(ETOK())))", "52" + household),
            says("=POWERCOMPARE(POWERREF(\"hoover_dam\"))", "2.1" + nuclear), // the next band
            says("=POWERCOMPARE(POWERREF(\"hoover_dam\");\"hoover_dam\")", "1.0" + hoover),
            says("=POWERCOMPARE(GPUDAYKWH(350;1.15)*1000/24)", "0.32" + household),
        });
    }

    // COHORT's grid_w as a POWERREF name (or a name in a cell), entered as an
    // array formula: one row per cohort, each cell read back.
    void cohort_with_named_grids()
    {
        Sheet& s = sheet();
        const double users[] = { 25000, 0, 8.1e9 };
        for (int i = 0; i < 3; ++i)
            s.set("A" + std::to_string(i + 1), users[i]);
        s.set_text("G1", "world_electricity");
        s.set_text("G2", "nope");
        const double p = 53e3;
        auto three = [&](double grid) {
            return std::vector<CohortRow>{ cohort(users[0], p, grid), cohort(users[1], p, grid),
                                           cohort(users[2], p, grid) };
        };
        const std::vector<CohortCase> cases = {
            { "=COHORT(A1:A3;53E3;\"world_primary_energy\")", three(1.9e13) },
            { "=COHORT(A1:A3;53E3;\"WORLD_PRIMARY_ENERGY\")", three(1.9e13) },
            { "=COHORT(A1:A3;53E3;\"us_electricity\")", three(480e9) },
            { "=COHORT(A1:A3;53E3;\"hoover_dam\")", three(2.08e9) },
            { "=COHORT(A1:A3;53E3;G1)", three(3.3e12) },
            { "=COHORT(A1:A3;53E3;POWERREF(\"sunlight_toa\"))", three(1.74e17) },
            { "=COHORT(8.1E9;53E3;\"world_primary_energy\")",
              { cohort(8.1e9, p, 1.9e13) } },
            rejected("=COHORT(A1:A3;53E3;\"nope\")", e502),
            rejected("=COHORT(A1:A3;53E3;G2)", e502),
            rejected("=COHORT(A1:A3;53E3;\"H100\")", e502),   // a GPU, not a reference
            rejected("=COHORT(A1:A3;53E3;\"peter\")", e502),  // a cache profile
            rejected("=COHORT(A1:A3;53E3;\"\")", e502),
            rejected("=COHORT(A1:A3;53E3;\"480E9\")", e502), // a number as text is a name
        };

        check_cohorts(s, cases);
    }

    // Every kind of bad input to every new function, with the error Calc
    // really shows.
    void bad_inputs()
    {
        Sheet& s = sheet();
        s.set_text("E1", "abc"); // a text cell
        // E2 stays empty
        s.set("E3", 300.0);
        s.set("E4", "=1/0");     // an error cell
        s.set("H1", 300.0); s.set("H2", 12.0);
        s.set_text("J1", "H100"); s.set_text("J2", "B200");
        s.set_text("J3", "hoover_dam");
        s.set_text("J4", "us_electricity");
        check({
            // --- text where a plain number (IDL double) is needed: #VALUE!
            err("=EFFGAP(\"abc\")", value),
            err("=EFFGAP(E1)", value),
            err("=TOKENBUDGET(\"abc\";5E-4)", value),
            err("=TOKENBUDGET(326;\"abc\")", value),
            err("=TOKENSPERCAPITA(\"abc\";5E-4)", value),
            err("=TOKENSPERCAPITA(65;E1)", value),
            err("=QUESTIONBUDGET(\"abc\";5E-4;100)", value),
            err("=QUESTIONBUDGET(326;5E-4;\"abc\")", value),
            err("=AVGPOWER(\"abc\")", value),
            err("=AVGPOWER(E1)", value),
            err("=ANNUALTWH(\"abc\")", value),
            err("=GPUDAYKWH(\"abc\";1.15)", value),
            err("=GPUDAYKWH(350;\"abc\")", value),
            err("=GPUDAYCOST(350;1.15;\"abc\")", value),
            err("=GPUDAYCOST(\"abc\";1.15;0.1)", value),
            err("=POWERCOMPARE(\"abc\")", value),
            err("=POWERCOMPARE(E1;\"hoover_dam\")", value),
            err("=GPUDAYKWH(GPU(\"H100\";\"tdp_w\")&\"W\";1.15)", value),

            // --- text where an optional number is read: Err:502, even a
            // number written as text (the Any gets the text itself)
            err("=LANDAUER(\"abc\")", e502),
            err("=LANDAUER(;\"abc\")", e502),
            err("=LANDAUER(\"300\")", e502),
            err("=LANDAUER(E1)", e502),
            err("=EFFGAP(1.8;\"abc\")", e502),
            err("=EFFGAP(1.8;;\"abc\")", e502),
            err("=EFFGAP(1.8;\"12\")", e502),
            err("=TOKENSPERCAPITA(65;5E-4;\"abc\")", e502),
            err("=TOKENSPERCAPITA(65;5E-4;;\"abc\")", e502),
            err("=TOKENSPERCAPITA(65;5E-4;\"\")", e502),
            err("=QUESTIONBUDGET(326;5E-4;100;\"abc\")", e502),
            err("=QUESTIONBUDGET(326;5E-4;100;;E1)", e502),
            // ... and a larger range where one number is needed
            err("=LANDAUER(H1:H2)", e502),
            ok("=LANDAUER(H1:H1;H2)", k_b * 300 * ln2 * 12), // a one-cell range is fine
            ok("=LANDAUER(E3)", k_b * 300 * ln2),

            // --- a number, not a name, where a preset name (IDL string) is
            // needed: Calc does not refuse it, it reaches the add-in as text
            // ("5") that names no preset: Err:502
            err("=POWERREF(5)", e502),
            err("=GPU(5;\"tdp_w\")", e502),
            err("=GPU(\"H100\";5)", e502),
            err("=CACHEPROFILE(1;\"alpha_o\")", e502),
            err("=CACHEPROFILE(\"peter\";0.02)", e502),
            err("=POWERREF(TRUE())", e502),
            err("=POWERREF(E3)", e502), // a number cell
            // ... and where an optional name is read: a number is a power for
            // GRIDRATIO (documented) but no name for POWERCOMPARE
            ok("=GRIDRATIO(440E9;480E9)", 440e9 / 480e9),
            err("=GRIDRATIO(440E9;\"480E9\")", e502), // text is a name, never a number
            err("=GRIDRATIO(440E9;\"nope\")", e502),
            err("=GRIDRATIO(440E9;\"H100\")", e502),
            err("=GRIDRATIO(440E9;\"\")", e502),
            err("=GRIDRATIO(440E9;E1)", e502),
            ok("=GRIDRATIO(440E9;J4)", 440e9 / 480e9), // a name in a cell
            ok("=GRIDRATIO(440E9;E3:E3)", 440e9 / 300), // a number in a one-cell range
            ok("=GRIDRATIO(440E9;J4:J4)", 440e9 / 480e9), // a name in a one-cell range

            // --- values outside the domains: Err:502
            err("=LANDAUER(0)", e502),
            err("=LANDAUER(-300)", e502),
            err("=LANDAUER(300;-1)", e502),
            err("=LANDAUER(E2)", e502), // an empty cell arrives as 0 K
            err("=EFFGAP(-1)", e502),
            err("=EFFGAP(1.8;0)", e502),
            err("=EFFGAP(1.8;-12)", e502),
            err("=EFFGAP(1.8;12;0)", e502),
            err("=EFFGAP(1.8;12;-300)", e502),
            err("=TOKENBUDGET(-1;5E-4)", e502),
            err("=TOKENBUDGET(326;0)", e502),
            err("=TOKENBUDGET(326;-5E-4)", e502),
            err("=TOKENBUDGET(326;E2)", e502), // an empty cell is 0 Wh
            ok("=TOKENBUDGET(E2;5E-4)", 0.0),
            err("=TOKENSPERCAPITA(-65;5E-4)", e502),
            err("=TOKENSPERCAPITA(65;0)", e502),
            err("=TOKENSPERCAPITA(65;5E-4;0)", e502),
            err("=TOKENSPERCAPITA(65;5E-4;-8E9)", e502),
            err("=TOKENSPERCAPITA(65;5E-4;;0)", e502),
            err("=TOKENSPERCAPITA(65;5E-4;;-365)", e502),
            err("=QUESTIONBUDGET(-326;5E-4;100)", e502),
            err("=QUESTIONBUDGET(326;0;100)", e502),
            err("=QUESTIONBUDGET(326;5E-4;0)", e502),
            err("=QUESTIONBUDGET(326;5E-4;-100)", e502),
            err("=QUESTIONBUDGET(326;5E-4;100;0)", e502),
            err("=QUESTIONBUDGET(326;5E-4;100;;0)", e502),
            err("=AVGPOWER(-1)", e502),
            ok("=AVGPOWER(E2)", 0.0),
            err("=ANNUALTWH(-1)", e502),
            err("=GPUDAYKWH(-350;1.15)", e502),
            err("=GPUDAYKWH(350;0.99)", e502),
            err("=GPUDAYKWH(350;0)", e502),
            err("=GPUDAYCOST(-350;1.15;0.1)", e502),
            err("=GPUDAYCOST(350;0.5;0.1)", e502),
            err("=GPUDAYCOST(350;1.15;-0.1)", e502),
            err("=GPUDAYCOST(350;1.15;E1)", value),

            // --- results beyond a double: #NUM!
            err("=LANDAUER(1E308;1E308)", num),
            err("=EFFGAP(1E308;1E-300)", num),
            err("=EFFGAP(1;1E-300;1E-300)", num), // a floor that underflows to 0
            err("=TOKENBUDGET(1E308;1E-300)", num),
            err("=TOKENSPERCAPITA(1E308;1E-300)", num),
            err("=TOKENSPERCAPITA(1E290;1;1E-30;1E-10)", num), // only the last division
            err("=QUESTIONBUDGET(1E308;1E-300;1)", num),
            err("=QUESTIONBUDGET(1E290;1;1E-10;1E-10;1E-10)", num),
            err("=AVGPOWER(1E308)", num),
            err("=GPUDAYKWH(1E308;1E3)", num),
            err("=GPUDAYCOST(1E306;1;1E10)", num),
            // ... and large values that still fit
            ok("=TOKENBUDGET(1E290;1E-6)", 1e290 * wh_per_twh / 1e-6),
            ok("=AVGPOWER(1E300)", 1e300 * wh_per_twh / hours_per_year),
            ok("=GPUDAYKWH(1E300;1)", 1e300 * 24 / 1000),

            // --- an error value as an argument: Calc propagates its own code
            err("=LANDAUER(1/0)", div0),
            err("=EFFGAP(E4)", div0),
            err("=TOKENBUDGET(NA();5E-4)", calc_error::na),
            err("=GPU(1/0;\"tdp_w\")", div0),
            err("=POWERREF(NA())", calc_error::na),
            err("=CACHEPROFILE(\"peter\";E4)", div0),
            err("=GPUDAYKWH(GPU(\"nope\";\"tdp_w\");1.15)", e502),
            err("=ETOK(GPU(\"A100\";\"tdp_w\");GPU(\"A100\";\"tokens_per_s\"))", e502),

            // --- required arguments omitted, or too many: Calc's Err:504
            err("=LANDAUER(1;2;3)", e504),
            err("=EFFGAP()", e504),
            err("=EFFGAP(1;2;3;4)", e504),
            err("=TOKENBUDGET(326)", e504),
            err("=TOKENBUDGET()", e504),
            err("=TOKENBUDGET(1;2;3)", e504),
            err("=TOKENSPERCAPITA(65)", e504),
            err("=TOKENSPERCAPITA(65;5E-4;1;1;1)", e504),
            err("=QUESTIONBUDGET(326;5E-4)", e504),
            err("=QUESTIONBUDGET(326;5E-4;100;1;1;1)", e504),
            err("=AVGPOWER()", e504),
            err("=AVGPOWER(1;2)", e504),
            err("=ANNUALTWH()", e504),
            err("=GPUDAYKWH(350)", e504),
            err("=GPUDAYKWH(350;1.15;0.1)", e504),
            err("=GPUDAYCOST(350;1.15)", e504),
            err("=GPUDAYCOST(350;1.15;0.1;1)", e504),
            err("=GPU(\"H100\")", e504),
            err("=GPU()", e504),
            err("=GPU(\"H100\";\"tdp_w\";1)", e504),
            err("=POWERREF()", e504),
            err("=POWERREF(\"hoover_dam\";1)", e504),
            err("=CACHEPROFILE(\"peter\")", e504),
            err("=CACHEPROFILE(\"peter\";\"alpha_o\";1)", e504),
            // --- an empty argument slot where a number or a name is needed:
            // Calc hands the add-in nothing it can call with (Err:502)
            err("=TOKENBUDGET(;5E-4)", e502),
            err("=GPUDAYCOST(350;;0.1)", e502),
            err("=GPU(;\"tdp_w\")", e502),
            err("=CACHEPROFILE(\"peter\";)", e502),
        });
        check_text({
            // POWERCOMPARE's reference: text only, a known power reference
            text_err("=POWERCOMPARE(-1)", e502),
            text_err("=POWERCOMPARE(-1;\"hoover_dam\")", e502),
            text_err("=POWERCOMPARE(1E9;\"nope\")", e502),
            text_err("=POWERCOMPARE(1E9;\"H100\")", e502),  // a GPU
            text_err("=POWERCOMPARE(1E9;\"peter\")", e502), // a cache profile
            text_err("=POWERCOMPARE(1E9;\"hoover dam\")", e502),
            text_err("=POWERCOMPARE(1E9;5)", e502),     // a number is not a name
            text_err("=POWERCOMPARE(1E9;E3)", e502),    // nor a number cell
            text_err("=POWERCOMPARE(1E9;J1:J2)", e502), // nor a range
            text_err("=POWERCOMPARE(1E9;1/0)", div0),
            text_err("=POWERCOMPARE()", e504),
            text_err("=POWERCOMPARE(1;\"hoover_dam\";1)", e504),
            text_err("=POWERCOMPARE(;\"hoover_dam\")", e502),
            says("=POWERCOMPARE(1E9;J3)", "0.48" + hoover), // a name in a cell
            says("=POWERCOMPARE(1E9;J3:J3)", "0.48" + hoover), // ... in a one-cell range
            text_err("=POWERCOMPARE(1E9;E2)", e502),           // an empty cell
            says("=POWERCOMPARE(1E9;)", "0.48" + hoover),      // an empty slot: omitted
            // PRESETINFO and TOKWATTVERSION
            text_err("=PRESETINFO(5)", e502),
            text_err("=PRESETINFO()", e504),
            text_err("=PRESETINFO(\"H100\";1)", e504),
            text_err("=PRESETINFO(1/0)", div0),
            text_err("=TOKWATTVERSION(1)", e504),
        });
    }

    // Results that fit in a double although an intermediate product does
    // not (or underflows): core/tw_paper.h and tw_facility.h promise #NUM!
    // only when "the result is not finite", and the essay's functions were
    // fixed for the same early overflow (test_functions.cxx).
    void results_that_fit()
    {
        check({
            ok("=TOKENBUDGET(1E300;1E10)", 1e302),
            ok("=TOKENSPERCAPITA(1E300;1E10;1;1)", 1e302),
            ok("=TOKENSPERCAPITA(1E288;1;1E300;1E10)", 1e-10),
            ok("=QUESTIONBUDGET(1E300;1E10;1;1;1)", 1e302),
            ok("=QUESTIONBUDGET(1E88;1;1E200;1E200;1E-300)", 1.0),
            ok("=GPUDAYKWH(1E307;100)", 1e307 * (100 * 24.0 / 1000)),
            ok("=GPUDAYCOST(1E307;100;0.5)", 1e307 * (100 * 24.0 / 1000 * 0.5)),
            ok("=LANDAUER(1E-300;1E300)", k_b * ln2),
            ok("=EFFGAP(1E-23;1E300;1E-300)", 1e-23 / (k_b * ln2)),
        });
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PresetsTest);
}
