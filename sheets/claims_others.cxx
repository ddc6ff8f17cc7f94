// The claims of the post (seeds/002), the facility deep dive (seeds/003) and
// the thread (seeds/001), for the claims check (claims_check.cxx): their
// inputs and their claims, as data.
#include "claims_sheet.hxx"

namespace tokwatt::templates
{
// The post on inference accounting (seeds/002).
void claims_post(ClaimsSheet& s)
{
    s.section("Per-token energy, per response, per dollar", false);
    s.input_headers("Where the post gives it");
    s.input("P", "H100 power at sustained load", 700, { 0, any_size, "GPU power in W, 0 or more." },
            "W", "\"Power draw: ~700W per H100 at sustained load\"", "0");
    s.input("tps", "Throughput", 700, { 1e-9, any_size, "Throughput in tokens/s, more than 0." },
            "tokens/s", "\"Per-token energy at ~700 tok/s\" (of \"~600-1000 tokens/sec\")", "0");
    s.input("pue", "PUE (the post counts the GPU alone)", 1,
            { 1, 10, "PUE is at least 1 (no overhead) and at most 10." }, "ratio",
            "no overhead is added in the post", "0.00");
    s.input("n", "Output tokens per response", 500,
            { 0, any_size, "Tokens per response: 0 or more." }, "tokens",
            "\"Per-response of ~500 output tokens\"", "0");
    s.input("price", "US retail electricity", 0.12, { 0, any_size, "A price in USD/kWh, 0 or more." },
            "USD/kWh", "\"At US retail electricity ($0.12/kWh)\"", "0.00");
    s.derived("Etok", "Energy per token (Eq token_energy, one GPU)", "=ETOK({P};{tps};;{pue})",
              "J/token", "PUE x power / throughput", "0.000");
    s.derived("E", "Energy per response", "={Etok}*{n}", "J", "tokens x J per token", "0.0");
    s.claims({
        { "\"Power draw: ~700W per H100\" against the catalog's H100 SXM", "=GPU(\"H100\";\"tdp_w\")",
          "700", "W", "", "NVIDIA H100 SXM5 datasheet: up to 700 W" },
        { "\"Per-token energy at ~700 tok/s: ~1 mJ (millijoule)\"", "={Etok}*1E3", "1", "mJ/token",
          "1000",
          "700 W / 700 tokens/s = 1 J per token, not 1 mJ: 1000x (0.7-1.2 J over its 600-1000 "
          "tokens/s)" },
        { "\"Per-response of ~500 output tokens: ~0.5 J\"", "={E}", "0.5", "J", "500",
          "500 tokens x 1 J = 500 J: the 0.5 J carries the 1000x slip", "resp" },
        { "Its conversion: \"0.5 J ≈ 0.00014 Wh\"", "=CONVERT({resp:printed};\"J\";\"Wh\")",
          "0.00014", "Wh", "", "its 0.5 J / 3600 J per Wh = 1.39E-4 Wh: the conversion is right",
          "wh" },
        { "The response's energy: \"≈ 0.00014 Wh\"", "=CONVERT({E};\"J\";\"Wh\")", "0.00014", "Wh",
          "0.14", "500 J / 3600 = 0.139 Wh" },
        { "\"~$0.000017 of energy per response\", from its own 0.00014 Wh at $0.12/kWh",
          "={wh:printed}/1E3*{price}", "0.000017", "USD", "1.7E-8",
          "1.4E-7 kWh x $0.12 = $1.7E-8: 1000x below the printed figure, the first slip undone" },
        { "The same \"$0.000017\" from the equations' 500 J",
          "=GPUDAYCOST({P};{pue};{price})/86400*{n}/{tps}", "0.000017", "USD", "",
          "one GPU's electricity for the 500/700 s a response takes: $1.67E-5. Right, because "
          "the two 1000x slips cancel" },
    });
    s.note("Not recomputable from the post: \"sub-cent\" training cost per query (no query count "
           "beyond \"a few hundred billion\"), GPU rent of $2-3 an hour, the $0.001-$0.01 all-in "
           "cost per response, utilisation of 30-50%.",
           10);
}

// "The Physics and Economics of Tokens" (seeds/003), Chapter VI.
void claims_facility(ClaimsSheet& s)
{
    s.section("The facility floor of one GPU (Chapter VI, \"The physics bill\")", false);
    s.input_headers("Where the text gives it");
    s.input("gpu", "GPU power, IT load", 350, { 0, any_size, "GPU power in W, 0 or more." }, "W",
            "\"A 350 W GPU\"; \"H100-class PCIe accelerator\"", "0");
    s.input("ovh", "Facility overhead", 0.15, { 0, 9, "Overhead is a share from 0% to 900%." },
            "share", "\"Add 15% facility overhead\" (a PUE of 1.15)", "0%");
    s.input("pA", "Electricity price, low", 0.10, { 0, any_size, "A price in USD/kWh, 0 or more." },
            "USD/kWh", "\"At $0.10 per kWh\"", "0.00");
    s.input("pB", "Electricity price, high", 0.20, { 0, any_size, "A price in USD/kWh, 0 or more." },
            "USD/kWh", "\"At $0.20 per kWh\"", "0.00");
    s.claims({
        { "\"A 350 W GPU\", an \"H100-class PCIe accelerator\"", "=GPU(\"H100_PCIe\";\"tdp_w\")",
          "350", "W", "", "NVIDIA H100 PCIe product brief: 350 W" },
        { "\"A 350 W GPU is 0.35 kW of IT load\"", "=CONVERT({gpu};\"W\";\"kW\")", "0.35", "kW", "",
          "" },
        { "\"Add 15% facility overhead and it becomes about 0.4025 kW\"",
          "=CONVERT({gpu}*(1+{ovh});\"W\";\"kW\")", "0.4025", "kW", "", "350 W x 1.15" },
        { "\"Over a day, that is roughly 9.66 kWh\"", "=GPUDAYKWH({gpu};1+{ovh})", "9.66",
          "kWh/day", "", "0.4025 kW x 24 h" },
        { "\"At $0.10 per kWh ... about $0.97 per day\"", "=GPUDAYCOST({gpu};1+{ovh};{pA})", "0.97",
          "USD/day", "", "9.66 kWh x $0.10" },
        { "\"At $0.20 per kWh, about $1.93 per day\"", "=GPUDAYCOST({gpu};1+{ovh};{pB})", "1.93",
          "USD/day", "", "9.66 kWh x $0.20" },
    });
    s.note("The rest of the text prints no figures: its cost model (Chapter VII) is a list of terms.",
           6);
}

// The discussion thread (seeds/001): context, but it does some arithmetic.
void claims_thread(ClaimsSheet& s)
{
    s.section("Revenue arithmetic and a reactor", false);
    s.input_headers("Where the thread gives it");
    s.input("rev", "Revenue in the month", 2.5, { 0, any_size, "Revenue in USD billion, 0 or more." },
            "USD bn", "\"the first month where you make $2.5B\"", "0.00");
    s.input("growth", "Growth per month", 2,
            { 1.01, 100, "Growth per month: a factor above 1 (2 doubles), at most 100." }, "x",
            "\"If your revenue doubles every month\"", "0.00");
    s.input("rr", "Disclosed run rate", 14, { 0, any_size, "A run rate in USD billion/yr, 0 or more." },
            "USD bn/yr", "\"Their disclosed run rate was 14bn\"", "0");
    s.input("ramp", "Months from first revenue to that run rate", 12,
            { 0, 120, "A number of months from 0 to 120." }, "months",
            "\"around start of 2025\" to the filings (about a year)", "0");
    s.claims({
        { "\"your total lifetime revenue has been $5B\"", "={rev}/(1-1/{growth})", "5",
          "USD bn", "", "2.5 + 1.25 + 0.625 + ... = 2.5 / (1 - 1/2)" },
        { "\"run rate for the next year will be $2.5B x 12 = $30B\"", "={rev}*12", "30",
          "USD bn/yr", "", "" },
        { "\"linearly extrapolate up that would give you ~7bn-ish actual revenue\"",
          "={rr}*{ramp}/12/2", "7", "USD bn", "",
          "a run rate rising linearly from 0 to $14B/yr over a year earns 14 x 1 / 2" },
        { "\"a single nuclear reactor delivers around 1GW\"", "=POWERREF(\"nuclear_unit\")/1E9", "1",
          "GW", "", "the catalog's nuclear_unit (the essay's \"four large nuclear units\")" },
    });
    s.note("Not recomputable: the API price ratios \"5x ... for Anthropic, and 6x ... for OpenAI\" "
           "(the prices are not in the thread), \"20x more expensive instead of 10x\", \"10x more "
           "cost effective\" locally.",
           9);
}
}
