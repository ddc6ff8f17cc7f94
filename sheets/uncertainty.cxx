// Template 7: the essay's inputs as ranges. Each uncertain input is an
// UNCERTAIN cell with a defined name (tokens per day, each GPU's T_g, PUE,
// alpha_o, alpha_h, beta_m, beta_h; alpha_m is what the other two shares
// leave), its low and high ends (and mode) as yellow inputs, and where the
// range comes from in words. The chain (Eq token_energy to Alg 2) marks its
// results with SIMOUTPUT; the template runs the add-in's simulation job
// (10,000 trials, seed 1) while it is built, so the "Simulation" sheet is
// there when it opens, and a results panel reads P5 / P50 / P95 back from
// TW_SIM_SUMMARY and tests the essay's "the range either way is about 2x".
#include <algorithm>
#include <cmath>
#include <iterator>
#include <stdexcept>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "../addin/common/strings.hxx"
#include "../addin/simulate/report.hxx"
#include "../tools/simulation_job.hxx"
#include "check_table.hxx"
#include "panel.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
using css::uno::Any;
using css::uno::UNO_QUERY_THROW;

constexpr double trials = 10000, seed = 1;

// An uncertain input's row: label (A) | the UNCERTAIN cell (B, named
// `name`, showing the range's median) | unit (C) | low (D) | high (E) |
// likely (F, triangular only) | the shape in words (G) | the source (H:I).
struct Range
{
    std::string name; // the defined name and the key of the UNCERTAIN cell
    std::string label;
    double lo, hi;
    double likely;   // NaN: a lognormal with P5 = lo, P95 = hi
    Rule rule;       // for lo, hi (and likely)
    std::string format, unit, source;
};

void range_row(Page& p, const Range& r)
{
    p.next();
    p.text('A', r.label);
    const bool triangular = !std::isnan(r.likely);
    p.input('D', r.lo, r.rule, r.format);
    p.key(r.name + "_lo", p.at('D'));
    p.input('E', r.hi, r.rule, r.format);
    p.key(r.name + "_hi", p.at('E'));
    if (triangular)
    {
        p.input('F', r.likely, r.rule, r.format);
        p.key(r.name + "_likely", p.at('F'));
    }
    p.formula('B',
              triangular ? "=UNCERTAIN({" + r.name + "_lo};{" + r.name + "_hi};{" + r.name
                               + "_likely};\"triangular\")"
                         : "=UNCERTAIN({" + r.name + "_lo};{" + r.name + "_hi})",
              style::result, r.format);
    p.key(r.name, p.at('B'));
    p.name(r.name, p.at('B'));
    p.text('C', r.unit);
    p.text('G', triangular ? "triangular: min, max, mode" : "lognormal: P5, P95", style::note);
    note(p, 'H', 'I', r.source);
    p.wrap(p.at('H'));
    p.align_top(p.span('A', 'I'));
    p.row_lines(p.row(), 1 + static_cast<int>(r.source.size()) / 70);
}

// The add-in's org.tokwatt.Simulation job on the workbook being built: the
// report goes into it (no OutURL), without the Trials sheet.
void simulate(Book& book)
{
    run_simulation_job(book.context(), { { "Document", Any(book.document()) },
                                         { "Trials", Any(trials) },
                                         { "Seed", Any(seed) },
                                         { "TrialsSheet", Any(false) } });
}

// The report's timings differ from one build to the next; the template
// must not (make check builds it again and compares its content.xml), so
// they are replaced by words. make bench measures them.
void drop_timings(Book& book)
{
    Reference<css::sheet::XSpreadsheet> report(
        Reference<css::sheet::XSpreadsheetDocument>(book.document(), UNO_QUERY_THROW)
            ->getSheets()
            ->getByName("Simulation"),
        UNO_QUERY_THROW);
    int dropped = 0;
    for (sal_Int32 row = 0; row < 13; ++row)
    {
        const std::string label = to_utf8(
            Reference<css::text::XTextRange>(report->getCellByPosition(0, row), UNO_QUERY_THROW)
                ->getString());
        if (label == "seconds copying the workbook" || label == "seconds"
            || label == "trials per second" || label == "seconds in the trials"
            || label == "of those, Calc recalculating"
            || label == "trial time / Calc's recalculation")
        {
            report->getCellByPosition(1, row)->setFormula(
                to_ou("not kept in the template (it differs from build to build): run "
                      "Simulate, or see make bench"));
            ++dropped;
        }
    }
    if (dropped != 6)
        throw std::runtime_error("uncertainty: the Simulation sheet's timings were not found");
}

// A figure of an output from TW_SIM_SUMMARY: its row by the output's name,
// its column by the header's (P5, P50, P95), divided by `scale`.
std::string summary(const std::string& output, const std::string& column, const std::string& scale)
{
    const auto& columns = simulate::summary_columns;
    const auto* place = std::find(std::begin(columns), std::end(columns), column);
    if (place == std::end(columns))
        throw std::logic_error("uncertainty: no column " + column + " in the simulation summary");
    return "VLOOKUP(\"" + output + "\";" + simulate::summary_name + ";"
           + std::to_string(place - std::begin(columns) + 1) + ";0)" + (scale.empty() ? "" : "/" + scale);
}

void build(Book& book)
{
    Page p = book.page(0, "Uncertainty");
    p.widths({ 70, 26, 24, 22, 22, 22, 26, 20, 96 });

    p.next();
    p.text('A', "The essay's inputs as ranges: how sure is each figure?", style::title);
    p.next();
    p.text('A',
           "Source: \"Counting piano tuners, counting tokens\" (a Fermi estimate, \"correct to "
           "about a factor of two\"). Each uncertain input is a range: UNCERTAIN(low; high) in "
           "column B shows its median, and Tools > Add-Ons > tokwatt > Simulate draws it in "
           "every trial. Yellow cells are the ranges' ends: change one and the medians follow; "
           "run Simulate again for the percentiles.",
           style::note);
    p.merge('A', 'I');
    p.wrap(p.at('A'));
    p.row_lines(p.row(), 2);
    const int verdict = p.next();

    p.next();
    p.headers({ "Input (a range)", "Median (shown)", "Unit", "Low (P5 / min)", "High (P95 / max)",
                "Likely (mode)", "Shape", "Where the range comes from" });
    p.merge('H', 'I');
    const double none = NAN;
    for (const Range& r : {
             Range{ "tokens_per_day", "R: tokens per day per user (a Peter-rate user)", 14e9, 28e9,
                    none, { 1, any_size, "Tokens per day: a number of 1 or more." }, "0.00E+00",
                    "tokens/day",
                    "Centre: the essay's \"603B/month -> ~20B/day\" (Eq user_load). The spread, "
                    "a factor of 1.4 either way (median 19.8B), is assumed: the essay gives one "
                    "user's one month." },
             Range{ "T_H100", "T_g of the H100: batched output throughput", 100, 400, none,
                    { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0", "tokens/s",
                    "Centre: 200, the catalog's H100 tokens_per_s, the essay's \"middle-of-the-road "
                    "estimates for production serving\". Half to double is assumed: the essay says "
                    "it \"depends on batch size, model architecture, KV-cache discipline, and "
                    "whether you're using speculative decoding\"." },
             Range{ "T_B200", "T_g of the B200: batched output throughput", 300, 1200, none,
                    { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0", "tokens/s",
                    "Centre: 600, the catalog's B200 tokens_per_s (the essay's estimate). Half to "
                    "double is assumed, as for the H100; the two are rank-correlated 0.7 "
                    "(TW_SIM_CORRELATION below)." },
             Range{ "PUE", "PUE (datacenter overhead)", 1.1, 1.6, 1.4,
                    { 1, 3, "PUE is at least 1 (no overhead) and at most 3." }, "0.00", "",
                    "Mode: the essay's 1.4. Min 1.1: Google's published fleet PUE (1.1 for Q2 "
                    "2021, CNBC, 13 Apr 2022). Max 1.6: the Uptime Institute's industry average, "
                    "1.58 in 2023 (Uptime Intelligence update 221, Nov 2023), rounded up." },
             Range{ "alpha_o", "alpha_o: share of tokens that are output", 0.02, 0.10, 0.05,
                    { 0, 1, "alpha_o is a share from 0 to 1." }, "0.000", "share",
                    "Mode: the body's realistic 0.05 (and the pessimistic profile's). Min: "
                    "Peter's profile \"0.02 / 0.08 / 0.90\". Max 0.10 (twice the default) is "
                    "assumed." },
             Range{ "alpha_h", "alpha_h: share that are cache-hit input", 0.4, 0.9, 0.75,
                    { 0, 1, "alpha_h is a share from 0 to 1." }, "0.000", "share",
                    "Mode: the body's 0.75. Min: cold starts, \"closer to 0.4 than 0.75\"; max: "
                    "Peter's 0.90; tool-mutating agents \"somewhere between 0.9 and 0.5\" "
                    "(\"When the cache doesn't bail you out\")." },
             Range{ "beta_m", "beta_m: cost of a cache-miss input token vs an output token", 0.05,
                    0.2, none, { 0, 1, "beta_m is a cost ratio from 0 to 1." }, "0.000", "x output",
                    "Median 0.10: the essay's default. P95 0.2: input vs output list price "
                    "(Anthropic, Claude Sonnet: $3 against $15 a million tokens), a price ratio "
                    "used as a ceiling; P5 0.05 (half) is assumed." },
             Range{ "beta_h", "beta_h: cost of a cache-hit input token vs an output token", 0.005,
                    0.02, none, { 0, 1, "beta_h is a cost ratio from 0 to 1." }, "0.0000",
                    "x output",
                    "Median 0.01: \"about a hundredth of an output token\"; \"Cache hits skip ~99% "
                    "of the attention compute\". P95 0.02: the cache-read list price ($0.30 against "
                    "$15 a million output tokens, Claude Sonnet); P5 0.005 (a factor of 2 the "
                    "other way) is assumed." },
         })
        range_row(p, r);
    p.next();
    p.text('A', "alpha_m: share that are cache-miss input (derived)");
    p.formula('B', "=MAX(0;1-{alpha_o}-{alpha_h})", style::result, "0.000");
    p.key("alpha_m", p.at('B'));
    p.text('C', "share");
    note(p, 'H', 'I',
         "1 - alpha_o - alpha_h, never below 0 (the ranges' maxima 0.10 + 0.90 leave it >= 0); "
         "the body's 0.20");
    p.next();
    p.text('A', "alpha_h used (gives way if alpha_o + alpha_h > 1)");
    p.formula('B', "=1-{alpha_o}-{alpha_m}", style::result, "0.000");
    p.key("alpha_h_used", p.at('B'));
    p.text('C', "share");
    note(p, 'H', 'I', "the shares always sum to 1");

    // The throughputs move together: the same model and software on both.
    p.next();
    p.next();
    p.text('A', "Rank correlation of the inputs (TW_SIM_CORRELATION)", style::heading);
    const int corr = p.row();
    p.text('B', "", style::heading);
    p.text('C', "T_H100", style::heading);
    p.text('D', "T_B200", style::heading);
    note(p, 'E', 'I',
         "Assumed 0.7: both GPUs serve the same models with the same software, so a better or "
         "worse serving stack moves both. Inputs not listed are independent.");
    p.next();
    p.text('B', "T_H100", style::heading);
    p.number('C', 1, style::printed, "0.0");
    p.number('D', 0.7, style::printed, "0.0");
    p.next();
    p.text('B', "T_B200", style::heading);
    p.number('C', 0.7, style::printed, "0.0");
    p.number('D', 1, style::printed, "0.0");
    p.name("TW_SIM_CORRELATION", cell('B', corr) + ":" + p.at('D'));

    // The chain at the medians; its results are the simulation's outputs.
    p.next();
    p.next();
    p.headers({ "The chain (at the medians)", "Value", "Unit", "Note" });
    p.merge('D', 'I');
    inputs(p,
           { { "N_world", "N: world population", 8.1e9,
               { 1, any_size, "A number of people: 1 or more." }, "0.00E+00", "people",
               "\"N_target = world population\", 8.1 billion (not a range)" } },
           'I');
    panel(p,
          {
              { "tdp_H100", "P_g of the H100 (catalog)", "=GPU(\"H100\";\"tdp_w\")", "W", "0", "",
                "", "fixed: a datasheet figure, not a range" },
              { "tdp_B200", "P_g of the B200 (catalog)", "=GPU(\"B200\";\"tdp_w\")", "W", "0", "",
                "", "the fleet: half H100, half B200, as the essay" },
              { "e_tok", "E_tok = PUE x sum f_g P_g / T_g",
                "=ETOK({tdp_H100}:{tdp_B200};{T_H100}:{T_B200};;{PUE})", "J/token", "0.000", "", "",
                "Eq token_energy" },
              { "cache_factor", "cache factor (simulated)",
                "=SIMOUTPUT(CACHEFACTOR({alpha_o};{alpha_m};{alpha_h_used};{beta_m};{beta_h});"
                "\"cache_factor\")",
                "x", "0.0000", "", "", "alpha_o + alpha_m beta_m + alpha_h beta_h (Eq cache_adjust)" },
              { "e_eff", "E_eff (simulated)",
                "=SIMOUTPUT(EEFF({e_tok};{alpha_o};{alpha_m};{alpha_h_used};{beta_m};{beta_h});"
                "\"E_eff\")",
                "J/token", "0.000", "", "", "E_tok x the cache factor" },
              { "p_user", "P_user (simulated)", "=SIMOUTPUT(PUSER({tokens_per_day};{e_eff});\"P_user\")",
                "", si_format("W", 3), "", "", "R x E_eff / 86400 (Eq user_load)" },
              // Powers in W, shown with their SI prefix (the format holds the unit).
              { "p_pop", "P_pop of the world", "=PPOP({N_world};{p_user})", "",
                si_format("W", 12, "0.00"), "", "",
                "N x P_user (Eq pop_load)" },
              { "civilizations", "... against world primary energy (simulated)",
                "=SIMOUTPUT(GRIDRATIO({p_pop};\"world_primary_energy\");\"civilizations\")", "x",
                "0.0", "", "", "\"weighs N civilizations\": P_pop / 19 TW" },
              { "n_max", "N_max on the US grid (simulated)",
                "=SIMOUTPUT(NMAX({tokens_per_day};{e_eff};POWERREF(\"us_electricity\"));"
                "\"N_max_US\")",
                "people", "#,##0", "", "", "floor(480 GW / P_user) (Alg 1)" },
              { "gap", "gap inside world electricity (simulated)",
                "=SIMOUTPUT(GAPFACTOR({e_eff};{N_world};{tokens_per_day};"
                "POWERREF(\"world_electricity\"));\"gap\")",
                "x", "0", "", "", "E_eff / E_eff_target at 3.3 TW for everyone (Alg 2)" },
          },
          'I');

    // The report, then what it says.
    simulate(book);
    drop_timings(book);

    p.next();
    p.next();
    p.text('A', "What the simulation says (sheet \"Simulation\", 10,000 trials, seed 1)",
           style::title);
    p.next();
    p.headers({ "Output", "P5", "P50", "P95", "Unit", "P95 / P50", "P50 / P5", "The essay",
                "Note" });
    struct Result
    {
        const char *key, *output, *label, *scale, *unit, *format;
        double essay;
        const char* note;
    };
    for (const Result& r : {
             Result{ "cf", "cache_factor", "cache factor", "", "x", "0.0000", 0.0775,
                     "the body's 0.0775; the cache shares and betas alone" },
             Result{ "ee", "E_eff", "E_eff", "", "J/token", "0.000", 0.23,
                     "the body's 0.23 (the calculator's 0.280)" },
             Result{ "pu", "P_user", "P_user", "1E3", "kW", "0.0", 53,
                     "\"53 kW continuous\" (the calculator's 64.9)" },
             Result{ "civ", "civilizations", "the world's P_pop / world primary energy", "", "x",
                     "0.0", 23, "\"weighs twenty-three civilizations\" (the calculator's 27.7)" },
             Result{ "nm", "N_max_US", "N_max on the US grid", "1E6", "million", "0.0", 9,
                     "\"N_max = 9 million\"" },
             Result{ "gp", "gap", "gap", "", "x", "0", 130, "\"130x\"" },
         })
    {
        p.next();
        p.text('A', std::string(r.label) + " (essay: " + r.note + ")");
        p.wrap(p.at('A'));
        p.formula('B', "=" + summary(r.output, "P5", r.scale), style::result, r.format);
        p.key(std::string(r.key) + "_p5", p.at('B'));
        p.formula('C', "=" + summary(r.output, "P50", r.scale), style::result, r.format);
        p.key(std::string(r.key) + "_p50", p.at('C'));
        p.formula('D', "=" + summary(r.output, "P95", r.scale), style::result, r.format);
        p.key(std::string(r.key) + "_p95", p.at('D'));
        p.text('E', r.unit);
        const std::string k = r.key;
        p.formula('F', "={" + k + "_p95}/{" + k + "_p50}", style::result, "0.00");
        p.key(k + "_up", p.at('F'));
        p.formula('G', "={" + k + "_p50}/{" + k + "_p5}", style::result, "0.00");
        p.key(k + "_down", p.at('G'));
        p.number('H', r.essay, style::printed, r.format);
        p.formula('I',
                  "=IF(AND(" + p.at('H') + ">={" + k + "_p5};" + p.at('H') + "<={" + k
                      + "_p95});\"the essay's figure is inside the 90% interval\";\"the essay's "
                        "figure is outside the 90% interval\")",
                  style::note);
    }
    p.next();
    p.text('A', "\"Peter is just early\" weighs");
    p.formula('B',
              "=ROUND({civ_p5};0)&\" to \"&ROUND({civ_p95};0)&\" civilizations (90% interval), \""
              "&ROUND({civ_p50};0)&\" at the median\"",
              style::result);
    p.merge('B', 'I');

    // The essay's claim against the simulated spread.
    p.next(2);
    p.text('A', "The essay's \"about 2x\" beside the simulated spread", style::title);
    const int top = p.row() + 1;
    const std::string table = check_table(
        p,
        {
            { "cache factor: P95 / P50 (\"the range either way is about 2x\")", "={cf_up}", "2",
              "x", "1.5",
              "\"about 2x\" does not hold for the cache shares and betas at these ranges: their "
              "90% interval spans 1.46x above the median and 1.51x below. The essay's own profiles "
              "give 2.1x down (Peter's 0.037 against 0.0775) but 1.3x up (the pessimistic 0.100)" },
            { "cache factor: P50 / P5", "={cf_down}", "2", "x", "",
              "1.51x: just inside \"about 2\" read as 2 +- 0.5, the table's rule for a figure "
              "printed without decimals" },
            { "E_eff, every range: P95 / P50", "={ee_up}", "2", "x", "",
              "with T_g and PUE uncertain too, \"about 2x\" holds: 2.15x above the median" },
            { "E_eff, every range: P50 / P5", "={ee_down}", "2", "x", "",
              "and 2.20x below; P_user, the civilizations, N_max and the gap spread 2.3 to 2.4x "
              "(tokens per day adds its own range)" },
        });
    const int last = p.row() - 1;
    p.wrap(cell('A', top + 1) + ":" + cell('A', last));
    p.wrap(cell('I', top + 1) + ":" + cell('I', last));
    p.align_top(cell('A', top + 1) + ":" + cell('I', last));
    all_match(p, verdict, { table });
    p.print_landscape_one_page_wide();
}

Register uncertainty({ "uncertainty", "The essay's inputs as ranges, simulated", build });
}
}
