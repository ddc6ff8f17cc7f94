// Template: the facility floor of "The Physics and Economics of Tokens",
// Chapter VI: one 350 W GPU plus 15% facility overhead (PUE 1.15) is about
// 0.4025 kW, 9.66 kWh a day, $0.97 a day at $0.10/kWh and $1.93 at
// $0.20/kWh. The catalog's GPUs at the same overhead and prices, a chart of
// the 350 W GPU's $/day against the price of electricity, and the
// chapter's figures checked.
#include <limits>

#include "../addin/common/strings.hxx"
#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
void build(Book& book)
{
    Page p = book.page(0, "Facility floor");
    p.widths({ 66, 24, 26, 26, 26, 20, 18, 18, 62 });

    p.text("A1", "The facility floor: what one GPU's electricity costs a day", style::title);
    p.text("A2",
           "Source: \"The Physics and Economics of Tokens\", Chapter VI \"The physics bill\". "
           "Yellow cells are inputs: change one and every figure follows.",
           style::note);
    p.merge("A2:I2");

    p.text("A5", "Input", style::heading);
    p.text("B5", "Value", style::heading);
    p.text("C5", "Unit", style::heading);
    p.text("D5", "From the chapter", style::heading);
    p.merge("D5:I5");
    p.text("A6", "GPU power (IT load)");
    p.input("B6", 350, { 0, any_size, "GPU power in W: a number of 0 or more." }, "#,##0");
    p.text("C6", "W");
    p.text("D6", "\"A 350 W GPU\": an H100-class PCIe accelerator (the catalog's H100_PCIe)",
           style::note);
    p.text("A7", "Facility overhead");
    p.input("B7", 0.15,
            { 0, 9, "Facility overhead as a share of the IT load, from 0% to 900%." }, "0%");
    p.text("C7", "of IT load");
    p.text("D7", "\"Add 15% facility overhead\": cooling, power delivery, everything else",
           style::note);
    p.text("A8", "PUE = 1 + overhead (derived)");
    p.formula("B8", "=1+B7", style::result, "0.00");
    p.text("C8", "wall / IT");
    p.text("D8", "Power usage effectiveness: the wall draw over the IT load", style::note);
    p.text("A9", "Electricity price, low");
    p.input("B9", 0.10, { 0, 10, "Electricity price in $ per kWh, from 0 to 10." }, "$0.00");
    p.text("C9", "$/kWh");
    p.text("D9", "\"At $0.10 per kWh\"", style::note);
    p.text("A10", "Electricity price, high");
    p.input("B10", 0.20, { 0, 10, "Electricity price in $ per kWh, from 0 to 10." }, "$0.00");
    p.text("C10", "$/kWh");
    p.text("D10", "\"At $0.20 per kWh\"", style::note);
    for (int r = 6; r <= 10; ++r)
        p.merge("D" + std::to_string(r) + ":I" + std::to_string(r));

    // The chapter's calculation, step by step.
    p.text("A12", "The chapter's rough calculation", style::heading);
    p.text("B12", "Value", style::heading);
    p.text("C12", "Unit", style::heading);
    p.text("D12", "How it is computed", style::heading);
    p.merge("D12:I12");
    struct Step
    {
        const char* label;
        const char* formula;
        const char* format;
        const char* unit;
        const char* how;
    };
    const Step steps[] = {
        { "IT load", "=CONVERT(B6;\"W\";\"kW\")", "0.00", "kW", "=CONVERT(GPU W; \"W\"; \"kW\")" },
        { "At the wall, with the overhead", "=GPUDAYKWH(B6;B8)/24", "0.0000", "kW",
          "=GPUDAYKWH(GPU W; PUE) / 24 hours" },
        { "Energy over a day", "=GPUDAYKWH(B6;B8)", "0.00", "kWh/day",
          "=GPUDAYKWH(GPU W; PUE): W x PUE x 24 h / 1000" },
        { "  of which the overhead", "=GPUDAYKWH(B6;B8)-GPUDAYKWH(B6;1)", "0.00", "kWh/day",
          "=GPUDAYKWH(GPU W; PUE) - GPUDAYKWH(GPU W; 1)" },
        { "Electricity a day, low price", "=GPUDAYCOST(B6;B8;B9)", "$0.000", "$/day",
          "=GPUDAYCOST(GPU W; PUE; low $/kWh)" },
        { "Electricity a day, high price", "=GPUDAYCOST(B6;B8;B10)", "$0.000", "$/day",
          "=GPUDAYCOST(GPU W; PUE; high $/kWh)" },
        { "Electricity a year, low price", "=365*GPUDAYCOST(B6;B8;B9)", "$#,##0", "$/yr",
          "365 x the day: the floor under a year of rental" },
        { "Electricity a year, high price", "=365*GPUDAYCOST(B6;B8;B10)", "$#,##0", "$/yr",
          "365 x the day" },
    };
    int row = 13;
    for (const Step& s : steps)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, s.label);
        p.formula("B" + r, s.formula, style::result, s.format);
        p.text("C" + r, s.unit);
        p.text("D" + r, s.how, style::note);
        p.merge("D" + r + ":I" + r);
    }
    // rows 13..20

    // The catalog's GPUs at the same overhead and prices.
    p.text("A22", "The catalog's GPUs, at the overhead and prices above", style::heading);
    p.text("B22", "Power (W)", style::heading);
    p.text("C22", "At the wall (kWh/day)", style::heading);
    p.formula("D22", "=\"At $\"&TEXT(B9;\"0.00\")&\"/kWh ($/day)\"", style::heading);
    p.formula("E22", "=\"At $\"&TEXT(B10;\"0.00\")&\"/kWh ($/day)\"", style::heading);
    p.text("F22", "What the catalog's figure is", style::heading);
    p.merge("F22:I22");
    struct Gpu
    {
        const char* name;
        const char* label;
        const char* what;
    };
    const Gpu gpus[] = {
        { "A100", "A100", "A100 80GB SXM4, max TDP (the PCIe card: 300 W)" },
        { "H100", "H100 (SXM5)", "H100 SXM5 80GB, max TDP (the essay's H100)" },
        { "H100_PCIe", "H100 PCIe: the chapter's 350 W GPU", "H100 PCIe, max TDP" },
        { "H200", "H200 (SXM)", "H200 SXM 141GB, max TDP" },
        { "B200", "B200 (HGX)", "HGX B200, per GPU (the essay's B200)" },
        { "GB200", "GB200 (superchip)", "a whole superchip: 1 Grace CPU + 2 Blackwell GPUs" },
        { "MI300X", "MI300X", "AMD MI300X OAM module, peak total board power" },
    };
    row = 23;
    for (const Gpu& g : gpus)
    {
        const std::string r = std::to_string(row++);
        p.text("A" + r, g.label);
        p.formula("B" + r, "=GPU(\"" + std::string(g.name) + "\";\"tdp_w\")", style::result,
                  "#,##0");
        p.formula("C" + r, "=GPUDAYKWH(B" + r + ";$B$8)", style::result, "0.00");
        p.formula("D" + r, "=GPUDAYCOST(B" + r + ";$B$8;$B$9)", style::result, "$0.00");
        p.formula("E" + r, "=GPUDAYCOST(B" + r + ";$B$8;$B$10)", style::result, "$0.00");
        p.text("F" + r, g.what, style::note);
        p.merge("F" + r + ":I" + r);
    }
    // rows 23..29: H100_PCIe at row 25
    p.text("A30",
           "Power from the catalog (=GPU(name; \"tdp_w\")): sourced maximum board power; "
           "=PRESETINFO(name) gives the source and date of each.",
           style::note);
    p.merge("A30:I30");

    const std::string table = check_table(
        p, 32,
        {
            { "IT load of a 350 W GPU", "=B13", "0.35", "kW", "", "Chapter VI" },
            { "With 15% facility overhead", "=B14", "0.4025", "kW", "",
              "Chapter VI: \"about 0.4025 kW\"" },
            { "Over a day", "=B15", "9.66", "kWh", "", "Chapter VI: \"roughly 9.66 kWh\"" },
            { "Electricity a day at $0.10/kWh", "=B17", "0.97", "USD", "",
              "Chapter VI: \"about $0.97 per day\"" },
            { "Electricity a day at $0.20/kWh", "=B18", "1.93", "USD", "",
              "Chapter VI: \"about $1.93 per day\"" },
            { "The catalog's H100 PCIe, max power", "=B25", "350", "W", "",
              "the H100-class PCIe accelerator the chapter pictures" },
        });
    all_match(p, "A3", "B3", { table });

    // $/day against the price of electricity for the GPU above.
    p.page_break_before(41);
    p.formula("A41",
              "=\"One \"&TEXT(B6;\"#,##0\")&\" W GPU: electricity a day against its price\"",
              style::title);
    p.text("A42", "The chapter's prices", style::heading);
    p.text("B42", "Price ($/kWh)", style::heading);
    p.text("C42", "With the overhead ($/day)", style::heading);
    p.text("D42", "IT load only, PUE 1 ($/day)", style::heading);
    for (int i = 0; i <= 30; ++i)
    {
        const std::string r = std::to_string(43 + i);
        p.formula("A" + r,
                  "=IF(ROUND(B" + r + "-$B$9;6)=0;\"the low price above\";IF(ROUND(B" + r
                      + "-$B$10;6)=0;\"the high price above\";\"\"))",
                  style::note);
        p.formula("B" + r, "=" + std::to_string(i) + "/100", style::result, "$0.00");
        p.formula("C" + r, "=GPUDAYCOST($B$6;$B$8;B" + r + ")", style::result, "$0.00");
        p.formula("D" + r, "=GPUDAYCOST($B$6;1;B" + r + ")", style::result, "$0.00");
    }
    p.align_right("A43:A73");
    p.chart({ "CostByPrice", "E42:I73", "Electricity a day for one GPU, by its price",
              "Electricity price ($ per kWh)", "Electricity a day ($ per GPU)", "B42:D73", true,
              false, true, 0, true, NAN, 0.0, 0.30, false });
    p.text("A75",
           "Physics sets the floor: rental prices add hardware, depreciation, capacity, "
           "networking, operations and reliability above it (Chapter VI).",
           style::note);
    p.merge("A75:I75");
    p.print_landscape_one_page_wide();
}

Register facility_floor({ "facility-floor", "The facility floor of one GPU", build });
}
}
