// Template 7: calibration. Every published per-request figure of the
// catalog (DISCLOSURE) beside what the essay's chain (EREQUEST at the
// essay's fleet E_tok) gives for the same request: its stated token counts
// or, where the source states none, an assumed shape said in words; the
// ratio; the J per output token each figure implies; the e_tok at which the
// chain reproduces it; the boundary each counts. A log chart of the implied
// J per output token against the essay's, a conclusion in words computed
// from the figures, the carbon and water figures beside CO2E and WATER, and
// the sources' printed figures checked.
#include "../core/tokwatt.h"
#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"
#include "number_text.hxx"

namespace tokwatt::templates
{
namespace
{
// How a disclosure gives its energy and its tokens.
enum class Given
{
    wh_and_tokens,     // Wh and output tokens, both stated
    wh,                // Wh only: tokens assumed
    j_per_output_token // J per output token only: tokens assumed, Wh derived
};

struct Disclosure
{
    const char* key;   // names its row's cells
    const char* name;  // the catalog's name
    const char* label; // in words, and on the chart
    Given given;
    const char* boundary; // what the figure counts, from its source
};

const Disclosure energy[] = {
    { "gemini", "gemini_median_prompt_2025", "Gemini, median text prompt (Google)", Given::wh,
      "Measured, comprehensive: active accelerators, host CPU and DRAM, idle machines, "
      "data-centre overhead (PUE)" },
    { "gemini_accel", "gemini_median_prompt_2025_accelerator",
      "Gemini, the same, accelerators only", Given::wh,
      "Measured: active TPU and GPU power only (no host, no idle, no PUE)" },
    { "altman", "chatgpt_query_altman_2025", "ChatGPT, average query (Altman)", Given::wh,
      "Stated in a blog post: no boundary or method given" },
    { "epoch", "epoch_gpt4o_query_2025", "GPT-4o, typical query (Epoch AI)",
      Given::wh_and_tokens,
      "Modelled: DGX H100 server power x 0.7 utilisation x PUE 1.2, no idle capacity" },
    { "mlenergy", "mlenergy_llama31_8b_h100_2025", "Llama 3.1 8B on H100 (ML.ENERGY)",
      Given::j_per_output_token,
      "Measured: GPU energy only, batch 64, vLLM; no host, no PUE" },
    { "jegham", "jegham_gpt4o_short_2025", "GPT-4o, short query (Jegham et al.)", Given::wh,
      "Modelled, infrastructure-aware, with the provider's PUE (its short query is 100 input "
      "and 300 output tokens as we read the paper; not in the catalog, not verified here)" },
    { "oss20b", "luccioni_gptoss20b_100tok_2025", "gpt-oss-20b, 100 tokens (Luccioni)",
      Given::wh_and_tokens,
      "Measured with CodeCarbon: a whole 8x A100 node, no PUE" },
    { "oss120b", "luccioni_gptoss120b_100tok_2025", "gpt-oss-120b, 100 tokens (Luccioni)",
      Given::wh_and_tokens,
      "Measured with CodeCarbon: a whole 8x A100 node, no PUE" },
};

// The disclosures that give carbon or water, beside CO2E and WATER.
struct Footprint
{
    const char* key;
    const char* name;
    const char* label;
    const char* tokens; // the energy table's key of its tokens, or "" for its own stated
    bool gco2e, ml_water;
    bool onsite_only; // its water counts on-site cooling only
    const char* boundary;
};

const Footprint footprints[] = {
    { "gemini", "gemini_median_prompt_2025", "Gemini, median text prompt (Google)", "gemini",
      true, true, true,
      "Market-based carbon (Google's clean-energy purchases); on-site water only" },
    { "gemini_accel", "gemini_median_prompt_2025_accelerator",
      "Gemini, the same, accelerators only", "gemini_accel", true, true, true,
      "Accelerators only; market-based carbon; on-site water only" },
    { "altman", "chatgpt_query_altman_2025", "ChatGPT, average query (Altman)", "altman", false,
      true, false, "Water stated in gallons, no boundary given; no carbon figure" },
    { "mistral", "mistral_large2_lechat_2025", "Mistral Large 2, 400-token Le Chat answer", "",
      true, true, false,
      "Full life cycle (hardware manufacturing included), location-based; no energy "
      "figure published" },
};

std::string quoted(const char* s) { return std::string("\"") + s + "\""; }

std::string disclosure(const char* name, const char* field)
{
    return "DISCLOSURE(" + quoted(name) + ";" + quoted(field) + ")";
}

void build(Book& book)
{
    Page p = book.page(0, "Calibration");
    p.widths({ 62, 22, 20, 34, 22, 20, 22, 22, 92 });

    p.next();
    p.text('A', "Calibration: the essay's chain against what the labs have published per request",
           style::title);
    p.next();
    p.text('A',
           "Each published figure (DISCLOSURE, with its source in the catalog) beside what the "
           "essay's chain gives for the same request: EREQUEST at the essay's fleet E_tok (H100 "
           "and B200, PUE 1.4). Yellow cells are inputs: change one and every figure follows. "
           "Each figure counts its own boundary (last column): compare like with like.",
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();
    const int conclusion = p.next(2);

    // The assumed shape of a request whose source states no token counts.
    p.next();
    p.headers({ "Input", "Value", "Unit" });
    inputs(p,
           {
               { "assumed_out", "Output tokens, assumed", 500,
                 { 1, any_size, "Output tokens per request: a number of 1 or more." }, "#,##0",
                 "tokens",
                 "An assumed shape, not a source's figure: a chat answer of about 500 tokens "
                 "(Epoch AI's figure for a typical GPT-4o answer)." },
               { "assumed_in", "Input tokens, assumed", 0,
                 { 0, any_size, "Input tokens per request: a number of 0 or more." }, "#,##0",
                 "tokens",
                 "No disclosure states its input; 0 charges the whole request to its output, "
                 "as J per output token = Wh x 3600 / output tokens does." },
           },
           'I');
    panel(p, { { "e_tok", "E_tok, the essay's fleet", "=ETOK()", "J per output token", "0.000",
                 "", "", "ETOK() with no arguments: the essay's H100/B200 fleet at PUE 1.4" } },
          'I');

    // The energy table.
    p.next(2);
    p.text('A', "Energy per request: the disclosures and the essay's chain", style::heading);
    p.merge('A', 'I');
    p.headers({ "Disclosure", "Wh per request (source)", "Output tokens", "Tokens are",
                "Essay's chain (Wh)", "Essay / source (x)", "Implied J per output token",
                "e_tok that reproduces it (J)", "Boundary: what the figure counts" });
    const int first = p.row() + 1;
    const std::string assumed_row = "assumed (row " + p.ref("assumed_out").substr(1) + ")";
    for (const Disclosure& d : energy)
    {
        p.next();
        const std::string k = d.key;
        p.text('A', d.label);
        if (d.given == Given::wh_and_tokens)
        {
            p.formula('C', "=" + disclosure(d.name, "output_tokens"), style::result, "#,##0");
            p.text('D', "stated by the source");
        }
        else
        {
            p.formula('C', "={$assumed_out}", style::result, "#,##0");
            p.text('D', assumed_row);
        }
        if (d.given == Given::j_per_output_token)
        {
            p.formula('B', "=" + p.at('G') + "*" + p.at('C') + "/3600", style::result, "0.0000");
            p.formula('G', "=" + disclosure(d.name, "j_per_output_token"), style::result, "0.00");
            p.text('D', assumed_row + "; Wh = its J per token x tokens");
        }
        else
        {
            p.formula('B', "=" + disclosure(d.name, "wh"), style::result, "0.00");
            p.formula('G', "=" + p.at('B') + "*3600/" + p.at('C'), style::result, "0.00");
        }
        p.formula('E', "=EREQUEST(" + p.at('C') + ";{$assumed_in})/3600", style::result, "0.00");
        p.formula('F', "=" + p.at('E') + "/" + p.at('B'), style::result, "0.00");
        p.formula('H', "=" + p.at('B') + "*3600/EREQUEST(" + p.at('C') + ";{$assumed_in};0;1)",
                  style::result, "0.00");
        p.text('I', d.boundary, style::note);
        for (char column : { 'A', 'B', 'C', 'E', 'F', 'G', 'H' })
            p.key(std::string(1, column) + "_" + k, p.at(column));
    }
    const int last = p.row();
    p.wrap(cell('A', first) + ":" + cell('I', last));
    p.wrap(cell('D', first - 1) + ":" + cell('I', first - 1));
    p.align_top(cell('A', first) + ":" + cell('I', last));
    p.optimal_heights(cell('A', first - 1) + ":" + cell('I', last));
    const std::string implied = cell('G', first) + ":" + cell('G', last);
    p.key("implied", implied);

    // What the table says.
    p.next();
    p.headers({ "What the table says", "Value", "Unit" });
    panel(p,
          {
              { "n", "Disclosures with an energy figure", "=COUNT({implied})", "", "0" },
              { "j_min", "Lowest implied J per output token", "=MIN({implied})", "J", "0.00" },
              { "j_median", "Median implied J per output token", "=MEDIAN({implied})", "J",
                "0.00" },
              { "j_max", "Highest implied J per output token", "=MAX({implied})", "J", "0.00" },
              { "times", "The essay's E_tok / the median", "={e_tok}/{j_median}", "x", "0.00" },
              { "times_epoch", "Essay / Epoch AI (500 tokens)", "={F_epoch}", "x",
                "0.00" },
          },
          'I');
    p.name("TW_CALIBRATION_MEDIAN_J", p.ref("j_median"));
    p.name("TW_CALIBRATION_TIMES_MEDIAN", p.ref("times"));
    p.name("TW_CALIBRATION_EPOCH_RATIO", p.ref("F_epoch"));
    p.name("TW_CALIBRATION_EPOCH_ETOK", p.ref("H_epoch"));

    // The conclusion, in words, from the figures (two significant figures).
    const auto sig2 = [](const std::string& x) { return significant_text(x, 2); };
    p.text(cell('A', conclusion - 1), "In words", style::heading);
    p.formula(cell('A', conclusion),
              "=\"The essay's fleet assumption gives \"&" + sig2("{e_tok}")
                  + "&\" J per output token; the \"&{n}&\" disclosures with an energy figure "
                    "imply \"&"
                  + sig2("{j_min}") + "&\" to \"&" + sig2("{j_max}") + "&\" J (median \"&"
                  + sig2("{j_median}") + "&\" J): the essay is \"&"
                  + sig2("IF({times}>=1;{times};1/{times})")
                  + "&\" times \"&IF({times}>=1;\"above\";\"below\")&\" the median disclosure, "
                    "and \"&"
                  + sig2("IF({times_epoch}>=1;{times_epoch};1/{times_epoch})")
                  + "&\" times \"&IF({times_epoch}>=1;\"above\";\"below\")&\" Epoch AI's "
                    "500-token estimate.\"",
              style::result);
    p.merge(cell('A', conclusion) + ":" + cell('I', conclusion));
    p.wrap(cell('A', conclusion));
    p.row_lines(conclusion, 2);
    p.name("TW_CALIBRATION_CONCLUSION", cell('A', conclusion));

    // Carbon and water.
    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "Carbon and water per request: the disclosures and CO2E, WATER on the essay's chain",
           style::heading);
    p.merge('A', 'I');
    p.headers({ "Disclosure", "gCO2e (source)", "gCO2e, essay", "Essay / source (x)",
                "mL water (source)", "mL water, essay", "Essay / source (x)",
                "The essay's water counts", "Boundary: what the figures count" });
    const int f_first = p.row() + 1;
    for (const Footprint& f : footprints)
    {
        p.next();
        const std::string k = f.key;
        const std::string tokens
            = *f.tokens ? "{C_" + std::string(f.tokens) + "}" : disclosure(f.name, "output_tokens");
        const std::string joules = "EREQUEST(" + tokens + ";{$assumed_in})";
        p.text('A', f.label);
        // The source's figure (or "none") in column `source`, and the
        // essay's in `essay` over it in `ratio`.
        const auto beside = [&](bool given, const char* field, char source, char essay,
                                char ratio) {
            if (!given)
                return p.text(source, "none");
            p.formula(source, "=" + disclosure(f.name, field), style::result, "0.00");
            p.formula(ratio, "=" + p.at(essay) + "/" + p.at(source), style::result, "0.00");
            p.key(field + ("_" + k), p.at(source));
        };
        p.formula('C', "=CO2E(" + joules + ";\"grid_world\")", style::result, "0.000");
        beside(f.gco2e, "gco2e", 'B', 'C', 'D');
        p.formula('F',
                  f.onsite_only ? "=WATER(" + joules + ";;0)*1000" : "=WATER(" + joules + ")*1000",
                  style::result, "0.00");
        beside(f.ml_water, "ml_water", 'E', 'F', 'G');
        p.text('H', f.onsite_only ? "on-site only, as the source" : "on-site and off-site");
        p.text('I', f.boundary, style::note);
    }
    const int f_last = p.row();
    p.wrap(cell('A', f_first - 1) + ":" + cell('I', f_last));
    p.align_top(cell('A', f_first) + ":" + cell('I', f_last));
    p.optimal_heights(cell('A', f_first - 1) + ":" + cell('I', f_last));
    p.next();
    note(p, 'A', 'I',
         "The essay's figures: CO2E and WATER on EREQUEST for the row's tokens (the energy "
         "table's, or Mistral's stated 400), on the world grid and the catalog's default water "
         "factors, at PUE 1.4. Google's and Mistral's carbon boundaries differ from a grid "
         "average (market-based; full life cycle): the ratios say how far apart the boundaries "
         "put them, not who is right.",
         3);

    // The chart: implied J per output token, log scale, the essay's E_tok
    // as a line.
    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "J per output token: each disclosure against the essay's fleet (log scale)",
           style::title);
    p.headers({ "Disclosure", "Implied J per output token", "The essay's E_tok" });
    const int chart_top = p.row();
    for (const Disclosure& d : energy)
    {
        p.next();
        p.formula('A', "={A_" + std::string(d.key) + "}", style::result);
        p.formula('B', "={G_" + std::string(d.key) + "}", style::result, "0.00");
        p.formula('C', "={$e_tok}", style::result, "0.00");
    }
    const int chart_end = chart_top + 27;
    p.chart({ "JoulesPerOutputToken", cell('D', chart_top) + ":" + cell('I', chart_end),
              "Implied J per output token, against the essay's E_tok", "Disclosure",
              "J per output token (log scale)", cell('A', chart_top) + ":" + p.at('C'), false,
              true, true, 1, true, 0.01 });
    p.next(2);
    note(p, 'A', 'C',
         "Bars: Wh x 3600 / output tokens of each disclosure (ML.ENERGY's J per token as "
         "published). Line: the essay's E_tok. Every tenfold step is one grid line.",
         5);

    // The sources, as the catalog gives them.
    p.next(chart_end + 2 - p.row());
    p.page_break_before(p.row());
    p.text('A', "Sources: each disclosure as the catalog gives it (PRESETINFO)", style::title);
    p.headers({ "DISCLOSURE name", "Every field, with source and date" });
    p.merge('B', 'I');
    const int s_first = p.row() + 1;
    std::vector<const char*> names;
    for (const Disclosure& d : energy)
        names.push_back(d.name);
    names.push_back(footprints[3].name);
    for (const char* name : names)
    {
        p.next();
        p.text('A', name);
        p.formula('B', "=PRESETINFO(" + quoted(name) + ")", style::note);
        p.merge('B', 'I');
        // Merged cells do not grow: as many lines as the text needs, at
        // about 190 characters a line of B:I.
        char text[TW_CATALOG_TEXT_MAX];
        const std::size_t length = tw_presetinfo(name, text, sizeof text) == TW_OK
                                       ? std::string(text).size()
                                       : 0;
        p.row_lines(p.row(), static_cast<int>(length / 190 + 1));
    }
    p.wrap(cell('A', s_first) + ":" + cell('B', p.row()));
    p.align_top(cell('A', s_first) + ":" + cell('I', p.row()));

    // The sources' printed figures.
    p.next(2);
    p.page_break_before(p.row());
    p.text('A', "The sources' figures beside the catalog's", style::title);
    p.key("table_top", cell('A', p.row() + 2));
    const std::string table = check_table(
        p,
        {
            { "Gemini median text prompt: energy", "={B_gemini}", "0.24", "Wh", "",
              "Google, arXiv 2508.15734 (Aug 2025)" },
            { "Gemini median text prompt: carbon", "={gco2e_gemini}", "0.03", "gCO2e", "",
              "Google, arXiv 2508.15734, market-based" },
            { "Gemini median text prompt: water", "={ml_water_gemini}", "0.26", "mL", "",
              "Google, arXiv 2508.15734, on-site" },
            { "Gemini, accelerators only: energy", "={B_gemini_accel}", "0.10", "Wh", "",
              "Google, arXiv 2508.15734 (read in summaries)" },
            { "Gemini, accelerators only: carbon", "={gco2e_gemini_accel}", "0.02", "gCO2e", "",
              "Google, arXiv 2508.15734 (read in summaries)" },
            { "Gemini, accelerators only: water", "={ml_water_gemini_accel}", "0.12", "mL", "",
              "Google, arXiv 2508.15734 (read in summaries)" },
            { "ChatGPT average query: energy", "={B_altman}", "0.34", "Wh", "",
              "S. Altman, \"The Gentle Singularity\" (Jun 2025)" },
            { "ChatGPT average query: water", "=CONVERT({ml_water_altman}/1000;\"l\";\"gal\")",
              "0.000085", "US gallons", "", "\"about 0.000085 gallons of water\"" },
            { "GPT-4o typical query: energy", "={B_epoch}", "0.3", "Wh", "",
              "Epoch AI, \"How much energy does ChatGPT use?\" (Feb 2025)" },
            { "GPT-4o typical query: output tokens", "={C_epoch}", "500", "tokens", "",
              "Epoch AI's spreadsheet" },
            { "Llama 3.1 8B on H100: energy per output token", "={G_mlenergy}", "0.12", "J", "",
              "ML.ENERGY, leaderboard v3.0" },
            { "GPT-4o short query: energy", "={B_jegham}", "0.42", "Wh", "",
              "Jegham et al., \"How Hungry is AI?\", arXiv 2505.09598v6" },
            { "gpt-oss-20b, 100 tokens: energy", "={B_oss20b}", "2.02", "Wh", "",
              "S. Luccioni, Hugging Face (Aug 2025)" },
            { "gpt-oss-120b, 100 tokens: energy", "={B_oss120b}", "8.31", "Wh", "",
              "S. Luccioni, Hugging Face (Aug 2025)" },
            { "gpt-oss, output tokens", "={C_oss20b}", "100", "tokens", "",
              "S. Luccioni: outputs set to 100 tokens" },
            { "Mistral Large 2, Le Chat answer: carbon", "={gco2e_mistral}", "1.14", "gCO2e", "",
              "Mistral AI with Carbone 4 and ADEME (Jul 2025)" },
            { "Mistral Large 2, Le Chat answer: water", "={ml_water_mistral}", "45", "mL", "",
              "Mistral AI (Jul 2025)" },
            { "The essay's E_tok", "={e_tok}", "3.62", "J/token", "",
              "\"Counting piano tuners, counting tokens\", Derived panel" },
        });
    const int t_last = p.row() - 1;
    p.wrap(p.ref("table_top") + ":" + cell('A', t_last));
    p.optimal_heights(p.ref("table_top") + ":" + cell('I', t_last));
    all_match(p, verdict, { table });
    p.print_landscape_one_page_wide();
}

Register calibration({ "calibration", "Calibration: the essay against published per-request figures",
                       build });
}
}
