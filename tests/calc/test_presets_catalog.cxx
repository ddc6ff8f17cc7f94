// The presets suite (presets_test.hxx): every preset's value through the
// function of its kind, and PRESETINFO's texts.
#include <string>
#include <vector>

#include "presets_test.hxx"

using namespace tokwatt;
using namespace tokwatt_test::presets;

namespace tokwatt_test
{
// Every field of every preset through the function of its kind, in the
// catalog's spelling, lower and upper case; a field with no sourced value,
// every other kind's function and a field of another kind: Err:502.
void PresetsTest::every_preset_value()
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
void PresetsTest::preset_texts()
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
        says("=TOKWATTVERSION()", "tokwatt 0.1.0, catalog 2026.12"),
        says("=TOKWATTVERSION()", std::string("tokwatt ") + TW_VERSION + ", catalog 2026.12"),
        says("=tokwattversion()", "tokwatt 0.1.0, catalog 2026.12"),
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
}
