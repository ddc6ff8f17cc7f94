// Template: the facility floor of "The Physics and Economics of Tokens",
// Chapter VI: one 350 W GPU plus 15% facility overhead (PUE 1.15) is about
// 0.4025 kW, 9.66 kWh a day, $0.97 a day at $0.10/kWh and $1.93 at
// $0.20/kWh. The catalog's GPUs at the same overhead and prices, a chart of
// the 350 W GPU's $/day against the price of electricity, and the
// chapter's figures checked.
#include <limits>

#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"
#include "number_text.hxx"

namespace tokwatt::templates
{
namespace
{
void model(Page& p);

// The floor at the reader's inputs, and its twin at the chapter's.
void build(Book& book)
{
    book.twins(0, "Facility floor", 1, "Facility floor, text inputs", model);
}

void model(Page& p)
{
    p.widths({ 66, 24, 26, 26, 26, 20, 18, 18, 62 });

    p.next();
    p.text('A', "The facility floor: what one GPU's electricity costs a day", style::title);
    p.next();
    p.text('A',
           "Source: \"The Physics and Economics of Tokens\", Chapter VI \"The physics bill\". "
               + p.inputs_note(),
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();

    p.next();
    p.headers({ "Input", "Value", "Unit", "From the chapter" });
    p.merge('D', 'I');
    inputs(p,
           {
               { "gpu_w", "GPU power (IT load)", 350,
                 { 0, any_size, "GPU power in W: a number of 0 or more." }, "#,##0", "W",
                 "\"A 350 W GPU\": an H100-class PCIe accelerator (the catalog's H100_PCIe)" },
               { "overhead", "Facility overhead", 0.15,
                 { 0, 9, "Facility overhead as a share of the IT load, from 0% to 900%." }, "0%",
                 "of IT load",
                 "\"Add 15% facility overhead\": cooling, power delivery, everything else" },
           },
           'I');
    panel(p,
          { { "pue", "PUE = 1 + overhead (derived)", "=1+{overhead}", "wall / IT", "0.00", "", "",
              "Power usage effectiveness: the wall draw over the IT load" } },
          'I');
    inputs(p,
           {
               { "price_low", "Electricity price, low", 0.10,
                 { 0, 10, "Electricity price in $ per kWh, from 0 to 10." }, "$0.00", "$/kWh",
                 "\"At $0.10 per kWh\"" },
               { "price_high", "Electricity price, high", 0.20,
                 { 0, 10, "Electricity price in $ per kWh, from 0 to 10." }, "$0.00", "$/kWh",
                 "\"At $0.20 per kWh\"" },
           },
           'I');

    // The chapter's calculation, step by step.
    p.next();
    p.headers({ "The chapter's rough calculation", "Value", "Unit", "How it is computed" });
    p.merge('D', 'I');
    panel(p,
          {
              { "it_load", "IT load", "=CONVERT({gpu_w};\"W\";\"kW\")", "kW", "0.00", "", "",
                "=CONVERT(GPU W; \"W\"; \"kW\")" },
              { "wall", "At the wall, with the overhead", "=GPUDAYKWH({gpu_w};{pue})/24", "kW",
                "0.0000", "", "", "=GPUDAYKWH(GPU W; PUE) / 24 hours" },
              { "day_kwh", "Energy over a day", "=GPUDAYKWH({gpu_w};{pue})", "kWh/day", "0.00", "",
                "", "=GPUDAYKWH(GPU W; PUE): W x PUE x 24 h / 1000" },
              { "", "  of which the overhead", "=GPUDAYKWH({gpu_w};{pue})-GPUDAYKWH({gpu_w};1)",
                "kWh/day", "0.00", "", "", "=GPUDAYKWH(GPU W; PUE) - GPUDAYKWH(GPU W; 1)" },
              { "day_low", "Electricity a day, low price", "=GPUDAYCOST({gpu_w};{pue};{price_low})",
                "$/day", "$0.000", "", "", "=GPUDAYCOST(GPU W; PUE; low $/kWh)" },
              { "day_high", "Electricity a day, high price",
                "=GPUDAYCOST({gpu_w};{pue};{price_high})", "$/day", "$0.000", "", "",
                "=GPUDAYCOST(GPU W; PUE; high $/kWh)" },
              { "", "Electricity a year, low price", "=365*GPUDAYCOST({gpu_w};{pue};{price_low})",
                "$/yr", "$#,##0", "", "", "365 x the day: the floor under a year of rental" },
              { "", "Electricity a year, high price",
                "=365*GPUDAYCOST({gpu_w};{pue};{price_high})", "$/yr", "$#,##0", "", "",
                "365 x the day" },
          },
          'I');

    // The catalog's GPUs at the same overhead and prices.
    p.next();
    p.headers({ "The catalog's GPUs, at the overhead and prices above", "Power (W)",
                "At the wall (kWh/day)" });
    p.formula('D', "=\"At $\"&" + fixed_text("{price_low}", 2) + "&\"/kWh ($/day)\"", style::heading);
    p.formula('E', "=\"At $\"&" + fixed_text("{price_high}", 2) + "&\"/kWh ($/day)\"", style::heading);
    p.text('F', "What the catalog's figure is", style::heading);
    p.merge('F', 'I');
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
    for (const Gpu& g : gpus)
    {
        p.next();
        const std::string power = p.at('B');
        p.key(std::string("tdp_") + g.name, power);
        p.text('A', g.label);
        p.formula('B', "=GPU(\"" + std::string(g.name) + "\";\"tdp_w\")", style::result, "#,##0");
        p.formula('C', "=GPUDAYKWH(" + power + ";{$pue})", style::result, "0.00");
        p.formula('D', "=GPUDAYCOST(" + power + ";{$pue};{$price_low})", style::result, "$0.00");
        p.formula('E', "=GPUDAYCOST(" + power + ";{$pue};{$price_high})", style::result, "$0.00");
        note(p, 'F', 'I', g.what);
    }
    p.next();
    p.text('A',
           "Power from the catalog (=GPU(name; \"tdp_w\")): sourced maximum board power; "
           "=PRESETINFO(name) gives the source and date of each.",
           style::note);
    p.merge('A', 'I');

    p.next();
    const std::string table = check_table(
        p,
        {
            { "IT load of a 350 W GPU", "={it_load}", "0.35", "kW", "", "Chapter VI" },
            { "With 15% facility overhead", "={wall}", "0.4025", "kW", "",
              "Chapter VI: \"about 0.4025 kW\"" },
            { "Over a day", "={day_kwh}", "9.66", "kWh", "", "Chapter VI: \"roughly 9.66 kWh\"" },
            { "Electricity a day at $0.10/kWh", "={day_low}", "0.97", "USD", "",
              "Chapter VI: \"about $0.97 per day\"" },
            { "Electricity a day at $0.20/kWh", "={day_high}", "1.93", "USD", "",
              "Chapter VI: \"about $1.93 per day\"" },
            { "The catalog's H100 PCIe, max power", "={tdp_H100_PCIe}", "350", "W", "",
              "the H100-class PCIe accelerator the chapter pictures" },
        });
    all_match(p, verdict, { table });

    // $/day against the price of electricity for the GPU above.
    p.next(2);
    p.page_break_before(p.row());
    p.formula('A', "=\"One \"&" + fixed_text("{gpu_w}", 0) + "&\" W GPU: electricity a day against its price\"",
              style::title);
    p.headers({ "The chapter's prices", "Price ($/kWh)", "With the overhead ($/day)",
                "IT load only, PUE 1 ($/day)" });
    const int top = p.row();
    for (int i = 0; i <= 30; ++i)
    {
        p.next();
        const std::string price = p.at('B');
        p.formula('A',
                  "=IF(ROUND(" + price + "-{$price_low};6)=0;\"the low price above\";IF(ROUND("
                      + price + "-{$price_high};6)=0;\"the high price above\";\"\"))",
                  style::note);
        p.formula('B', "=" + std::to_string(i) + "/100", style::result, "$0.00");
        p.formula('C', "=GPUDAYCOST({$gpu_w};{$pue};" + price + ")", style::result, "$0.00");
        p.formula('D', "=GPUDAYCOST({$gpu_w};1;" + price + ")", style::result, "$0.00");
    }
    p.align_right(cell('A', top + 1) + ":" + p.at('A'));
    p.chart({ "CostByPrice", cell('E', top) + ":" + p.at('I'),
              "Electricity a day for one GPU, by its price", "Electricity price ($ per kWh)",
              "Electricity a day ($ per GPU)", cell('B', top) + ":" + p.at('D'), true, false, true,
              0, true, NAN, 0.0, 0.30, false });
    p.next(2);
    p.text('A',
           "Physics sets the floor: rental prices add hardware, depreciation, capacity, "
           "networking, operations and reliability above it (Chapter VI).",
           style::note);
    p.merge('A', 'I');
    p.print_landscape_one_page_wide();
}

Register facility_floor({ "facility-floor", "The facility floor of one GPU", build });
}
}
