// Template: the claims check. Every quantitative claim of the source texts
// (seeds 000 essay, 004 paper, 002 post, 003 facility deep dive, 001
// thread) that their own equations and inputs can recompute: one sheet per
// text, the texts' inputs as input cells beside the claims that rest on
// them, each claim a row of check_table (the figure printed, the live
// recomputation with tokwatt functions, what the equations give where the
// text is off) and beside it the ratio printed / recomputed. A FALSE in
// "Text agrees" is shown in red: mismatches are stated, not hidden. The
// Summary sheet counts the claims per text (COUNTIF over "Text agrees"),
// lists every place a text is off, and holds TW_ALL_MATCH.
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>

#include "../addin/common/strings.hxx"
#include "check_table.hxx"
#include "templates.hxx"

namespace tokwatt::templates
{
namespace
{
using css::beans::XPropertySet;
using css::uno::Any;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

Reference<XPropertySet> props(const Reference<css::uno::XInterface>& object)
{
    return Reference<XPropertySet>(object, UNO_QUERY_THROW);
}

// Rows fit their wrapped text; a merged prose row gets a fixed height.
void optimal_heights(Page& page, const std::string& range)
{
    auto rows = Reference<css::table::XColumnRowRange>(
                    page.sheet()->getCellRangeByName(to_ou(range)), UNO_QUERY_THROW)
                    ->getRows();
    props(rows)->setPropertyValue("OptimalHeight", Any(true));
}

void row_height(Page& page, int row, int mm)
{
    auto rows = Reference<css::table::XColumnRowRange>(page.sheet(), UNO_QUERY_THROW)->getRows();
    props(rows->getByIndex(row - 1).get<Reference<XPropertySet>>())
        ->setPropertyValue("Height", Any(sal_Int32(mm * 100)));
}

std::string at_row(const std::string& column, int row) { return column + std::to_string(row); }
std::string absolute(const std::string& column, int row)
{
    return "$" + column + "$" + std::to_string(row);
}

// A claim: a row of check_table whose formula names cells by {key} (an
// input, a derived figure, or {k:printed} / {k:computed} of the claim keyed
// k in the same table).
struct Claim
{
    std::string quantity, formula, printed, unit, recomputed, note;
    std::string key = "";
    std::string format = ""; // of the computed column; "" = a digit more than compared with
};

// A mismatch, for the Summary's list.
struct Off
{
    std::string sheet;
    int row;
    std::string printed, recomputed;
};

struct Table
{
    int first, last;
    std::string all_match;
};

// The columns of every text's sheet: the check table's A..I, the ratio in J (mm).
const std::vector<int> sheet_widths = { 80, 24, 21, 21, 15, 22, 15, 15, 84, 23 };

class ClaimsSheet
{
public:
    ClaimsSheet(Page page, const std::string& title, const std::string& source,
                const std::string& file)
        : p(std::move(page))
    {
        p.widths(sheet_widths);
        p.text("A1", title, style::title);
        p.text("A2", source, style::note);
        p.merge("A2:J2");
        p.wrap("A2");
        p.text("A4", "Claims of this text", style::heading);
        p.text("B4", "Checked (claims)", style::heading);
        p.text("C4", "Text agrees (claims)", style::heading);
        p.text("D4", "Text off (claims)", style::heading);
        p.text("E4", "All match", style::heading);
        p.text("F4", "Source text (file)", style::heading);
        p.merge("F4:I4");
        p.text("A5", "Recomputed from its own equations");
        p.text("F5", file, style::note);
        p.merge("F5:I5");
        row = 5;
    }

    std::string name() const { return p.sheet_name(); }
    Page& page() { return p; }
    int next() { return ++row; }
    int current() const { return row; }

    // A section: its title starts a printed page (but the first).
    void section(const std::string& title, bool new_page = true)
    {
        row += 2;
        if (new_page)
            p.page_break_before(row);
        p.text(at_row("A", row), title, style::title);
    }

    // A line of headers.
    void headers(const std::vector<std::string>& cells)
    {
        ++row;
        const char columns[] = "ABCDEFGHIJ";
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty())
                p.text(std::string(1, columns[c]) + std::to_string(row), cells[c], style::heading);
    }

    // The headers of an inputs block; "where" spans the rest of the row.
    void input_headers(const std::string& where)
    {
        headers({ "Input", "Value", "Unit", where });
        p.merge(at_row("D", row) + ":" + at_row("J", row));
    }

    // The next check table starts a printed page.
    void break_page() { p.page_break_before(row + 2); }

    // An empty row.
    void gap() { ++row; }

    // Prose over the sheet's width.
    void note(const std::string& text, int height_mm = 9)
    {
        ++row;
        p.text(at_row("A", row), text, style::note);
        p.merge(at_row("A", row) + ":" + at_row("J", row));
        p.wrap(at_row("A", row));
        heights[row] = height_mm;
    }

    // An input: label, value, unit, where the text gives it.
    void input(const std::string& key, const std::string& label, double value, const Rule& rule,
               const std::string& unit, const std::string& where, const std::string& format = "")
    {
        ++row;
        p.text(at_row("A", row), label);
        p.wrap(at_row("A", row));
        input_at(key, "B", value, rule, format);
        p.text(at_row("C", row), unit);
        p.wrap(at_row("C", row));
        p.text(at_row("D", row), where, style::note);
    }

    // A figure derived from the inputs, in the same layout.
    void derived(const std::string& key, const std::string& label, const std::string& formula,
                 const std::string& unit, const std::string& how, const std::string& format = "")
    {
        ++row;
        p.text(at_row("A", row), label);
        p.wrap(at_row("A", row));
        formula_at(key, "B", formula, format);
        p.text(at_row("C", row), unit);
        p.wrap(at_row("C", row));
        p.text(at_row("D", row), how, style::note);
    }

    // Cells of the current row.
    void input_at(const std::string& key, const std::string& column, double value,
                  const Rule& rule, const std::string& format = "")
    {
        p.input(at_row(column, row), value, rule, format);
        at[key] = absolute(column, row);
    }
    void formula_at(const std::string& key, const std::string& column, const std::string& formula,
                    const std::string& format = "")
    {
        p.formula(at_row(column, row), expand(formula), style::result, format);
        if (!key.empty())
            at[key] = absolute(column, row);
    }
    void text_at(const std::string& column, const std::string& text, const char* style = nullptr)
    {
        p.text(at_row(column, row), text, style);
    }
    void name_cell(const std::string& key, const std::string& column, int r)
    {
        at[key] = absolute(column, r);
    }

    std::string expand(const std::string& formula) const
    {
        std::string out;
        for (std::size_t i = 0; i < formula.size();)
        {
            if (formula[i] != '{')
            {
                out += formula[i++];
                continue;
            }
            const std::size_t end = formula.find('}', i);
            const std::string key = formula.substr(i + 1, end - i - 1);
            const auto found = at.find(key);
            if (found == at.end())
                throw std::runtime_error("claims-check: no cell named " + key);
            out += found->second;
            i = end + 1;
        }
        return out;
    }

    // A check table, and beside it the ratio printed / recomputed.
    void claims(const std::vector<Claim>& list)
    {
        row += 2;
        const int top = row;
        const int first = top + 1, last = top + static_cast<int>(list.size());
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!list[i].key.empty())
            {
                at[list[i].key + ":printed"] = absolute("C", first + static_cast<int>(i));
                at[list[i].key + ":computed"] = absolute("B", first + static_cast<int>(i));
            }
        std::vector<Check> checks;
        for (const Claim& c : list)
            checks.push_back(
                { c.quantity, expand(c.formula), c.printed, c.unit, c.recomputed, c.note });
        const std::string all = check_table(p, top, checks);
        p.text(at_row("J", top), "Ratio printed / recomputed (x)", style::heading);
        for (int r = first; r <= last; ++r)
        {
            const Claim& c = list[static_cast<std::size_t>(r - first)];
            const std::string n = std::to_string(r);
            p.formula("J" + n, "=IF(B" + n + "=0;\"-\";C" + n + "/B" + n + ")", style::result,
                      "0.000");
            if (!c.format.empty()) // check_table's is a digit more than printed
                p.format("B" + n, c.format);
            if (!c.recomputed.empty())
                offs.push_back({ name(), r, c.printed, c.recomputed });
        }
        for (const char* column : { "A", "F", "I" })
            p.wrap(at_row(column, first) + ":" + at_row(column, last));
        tables.push_back({ first, last, all });
        row = last + 1; // the table's "All match" row
    }

    // The counts at the top (COUNTIF over "Text agrees"), row heights, print setup.
    void finish()
    {
        std::string agrees, off, all;
        for (const Table& t : tables)
        {
            const std::string h = at_row("H", t.first) + ":" + at_row("H", t.last);
            agrees += (agrees.empty() ? "" : "+") + std::string("COUNTIF(") + h + ";TRUE())";
            off += (off.empty() ? "" : "+") + std::string("COUNTIF(") + h + ";FALSE())";
            all += (all.empty() ? "" : ";") + t.all_match;
        }
        p.formula("B5", "=C5+D5", style::result, "0");
        p.formula("C5", "=" + agrees, style::result, "0");
        p.formula("D5", "=" + off, style::result, "0");
        p.formula("E5", "=AND(" + all + ")", style::verdict);
        p.highlight_false("E5");
        optimal_heights(p, "A3:J" + std::to_string(row + 1));
        row_height(p, 2, 14);
        for (const auto& [r, mm] : heights)
            row_height(p, r, mm);
        p.print_landscape_one_page_wide();
    }

    std::vector<Table> tables;
    std::vector<Off> offs;

private:
    Page p;
    int row = 0;
    std::map<std::string, std::string> at;
    std::map<int, int> heights;
};

// --------------------------------------------------------------------------
// The essay "Counting piano tuners, counting tokens" (seeds/000).
void essay(ClaimsSheet& s)
{
    s.section("Joules per token and the cache (Eq token_energy, Eq cache_adjust)", false);
    s.headers({ "GPU (Eq token_energy)", "Power P_g (W)", "Throughput T_g (tokens/s)",
                "Fleet share f_g", "Catalog P_g (W)" });
    s.next();
    s.text_at("A", "H100");
    s.input_at("P1", "B", 700, { 0, any_size, "GPU power in W, 0 or more." }, "0");
    s.input_at("T1", "C", 200, { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0");
    s.formula_at("f1", "D", "=1-$D$" + std::to_string(s.current() + 1), "0%");
    s.formula_at("", "E", "=GPU(\"H100\";\"tdp_w\")", "0");
    s.next();
    s.text_at("A", "B200");
    s.input_at("P2", "B", 1000, { 0, any_size, "GPU power in W, 0 or more." }, "0");
    s.input_at("T2", "C", 600, { 1e-9, any_size, "Throughput in tokens/s, more than 0." }, "0");
    s.input_at("f2", "D", 0.5, { 0, 1, "The B200 share of the fleet is a fraction from 0 to 1." },
               "0%");
    s.formula_at("", "E", "=GPU(\"B200\";\"tdp_w\")", "0");
    s.gap();
    s.input_headers("Where the essay gives it");
    s.input("pue", "PUE, datacenter overhead", 1.4,
            { 1, 10, "PUE is at least 1 (no overhead) and at most 10." }, "ratio",
            "Eq token_energy default", "0.00");
    s.derived("Etok", "E_tok, Eq token_energy at these defaults", "=ETOK({P1}:{P2};{T1}:{T2};{f1}:{f2};{pue})",
              "J/token", "PUE x sum of f_g x P_g / T_g", "0.000");
    s.input("E3", "E_tok the body carries on with", 3,
            { 0, 100, "E_tok is a number of joules from 0 to 100." }, "J/token",
            "\"that lands around 3 J per output token\"", "0.00");
    s.input("Eb", "E_eff the body computes with", 0.23,
            { 1e-9, 100, "E_eff is a number of joules, more than 0 and at most 100." }, "J/token",
            "\"~0.23 J / nominal token\"; used by Eq user_load, Alg 1, Alg 2, At scale", "0.00");
    s.input("bm", "beta_m: a cache-miss input token's cost vs an output token", 0.10,
            { 0, 10, "beta_m is a cost ratio from 0 to 10." }, "ratio",
            "Eq cache_adjust, one pair for every profile", "0.00");
    s.input("bh", "beta_h: a cache-hit input token's cost vs an output token", 0.01,
            { 0, 10, "beta_h is a cost ratio from 0 to 10." }, "ratio",
            "Eq cache_adjust, one pair for every profile", "0.000");
    s.input("R0", "R: tokens per day per user, as the essay rounds Peter's rate", 20e9,
            { 1, any_size, "Tokens per day per user: a number of at least 1." }, "tokens/day",
            "\"603B/month -> ~20B/day\"; the calculator's \"20.0B\"", "0.00E+00");

    s.note("Cache profiles: alpha_m = 1 - alpha_o - alpha_h. \"Body\": at the E_tok behind the "
           "body's 0.23 J/tok (0.23 / 0.0775 = 2.97 J); \"Eq\": at Eq token_energy's 3.62 J.",
           6);
    s.headers({ "Cache profile (Eq cache_adjust)", "alpha_o (share)", "alpha_h (share)",
                "alpha_m (share)", "Cache factor (x)", "E_eff, body (J/token)",
                "E_eff, Eq (J/token)", "P_user, body (kW)", "Where the essay gives it" });
    struct Profile
    {
        const char* suffix;
        const char* label;
        double alpha_o, alpha_h;
        const char* where;
    };
    const Profile profiles[] = {
        { "r", "Realistic (the body's defaults)", 0.05, 0.75, "Eq cache_adjust table" },
        { "p", "Peter's own", 0.02, 0.90, "\"closer to 0.02 / 0.08 / 0.90\"" },
        { "x", "Pessimistic", 0.05, 0.50, "\"a pessimistic profile of 0.05 / 0.45 / 0.50\"" },
    };
    for (const Profile& f : profiles)
    {
        const std::string k = f.suffix;
        s.next();
        s.text_at("A", f.label);
        s.input_at("ao_" + k, "B", f.alpha_o,
                   { 0, 1, "alpha_o is a share from 0 to 1 (alpha_o + alpha_h at most 1)." }, "0.00");
        s.input_at("ah_" + k, "C", f.alpha_h,
                   { 0, 1, "alpha_h is a share from 0 to 1 (alpha_o + alpha_h at most 1)." }, "0.00");
        s.formula_at("am_" + k, "D", "=1-{ao_" + k + "}-{ah_" + k + "}", "0.00");
        s.formula_at("cf_" + k, "E",
                     "=CACHEFACTOR({ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.0000");
        s.formula_at("F_" + k, "F",
                     "=EEFF({Eb}/{cf_r};{ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.000");
        s.formula_at("G_" + k, "G",
                     "=EEFF({Etok};{ao_" + k + "};{am_" + k + "};{ah_" + k + "};{bm};{bh})",
                     "0.000");
        s.formula_at("H_" + k, "H", "=PUSER({R0};{F_" + k + "})/1E3", "0.0");
        s.text_at("I", f.where, style::note);
    }
    s.break_page();
    s.claims({
        { "E_tok of the 50/50 H100/B200 fleet at PUE 1.4: \"around 3 J per output token\"",
          "={Etok}", "3", "J/token", "3.6",
          "Eq token_energy at its own defaults: 1.4 x (0.5 x 700/200 + 0.5 x 1000/600) = 3.62 J, "
          "the calculator's figure. The body rounds it to 3 J and builds its 0.23 on that." },
        { "Cache factor: \"0.05 + 0.20·0.10 + 0.75·0.01\" = \"0.0775\"", "={cf_r}", "0.0775", "x",
          "", "Eq cache_adjust, realistic profile" },
        { "E_eff from the body's 3 J: \"≈ 0.23 J / nominal token\"",
          "=EEFF({E3};{ao_r};{am_r};{ah_r};{bm};{bh})", "0.23", "J/token", "",
          "3 J x 0.0775 = 0.2325: holds for the 3 J the body takes" },
        { "The same 0.23 J/tok against Eq token_energy's own E_tok", "={G_r}", "0.23", "J/token",
          "0.280",
          "3.62 J x 0.0775 = 0.280 J/tok, what the essay's own calculator shows: the body's 0.23 "
          "rests on the rounded 3 J" },
        { "\"roughly 13x cheaper than the naive number\"; \"13x more\" without the cache",
          "=1/{cf_r}", "13", "x", "", "1 / 0.0775 = 12.9" },
        { "Strip the cache: \"Closer to 700 kW per person\"", "=PUSER({R0};{Eb}/{cf_r})/1E3",
          "700", "kW", "",
          "20E9 tokens/day x (0.23 / 0.0775) J / 86400 s = 687 kW (837 kW at the calculator's "
          "3.62 J)" },
        { "\"A factor-of-100 discount on the cache-hit portion\"", "=1/{bh}", "100", "x", "",
          "1 / beta_h; also \"Cache hits skip ~99%\", \"cost 1% of an output token\"" },
        { "Calculator: \"0.75 (α_m = 0.20)\"", "={am_r}", "0.20", "share", "",
          "alpha_m = 1 - 0.05 - 0.75" },
    });

    s.section("From tokens to watts (Eq user_load) and the cache profiles");
    s.input_headers("Where the essay gives it");
    s.input("month", "Peter's tokens in his billing period", 603e9,
            { 0, any_size, "Tokens in the billing period: a number of 0 or more." }, "tokens",
            "\"603 billion tokens\" in \"the last 30 days\"", "0.00E+00");
    s.input("days", "Days in that billing period", 30,
            { 1, 31, "The billing period is from 1 to 31 days." }, "days", "\"the last 30 days\"",
            "0");
    s.claims({
        { "\"603B/month → ~20B/day\"", "={month}/{days}/1E9", "20", "billion tokens/day", "",
          "603E9 tokens / 30 days = 20.1E9; the equations go on with R = 20E9 (above)" },
        { "P_user at R = 20E9, E_eff = 0.23: \"≈ 53,000 W ≈ 53 kW continuous\"",
          "=PUSER({R0};{Eb})/1E3", "53", "kW", "",
          "20E9 x 0.23 / 86400 = 53,241 W; also \"about 53 kW\" (So watt?)" },
        { "\"the same continuous power as forty average US households\"",
          "=PUSER({R0};{Eb})/POWERREF(\"us_household\")", "40", "households", "",
          "53.2 kW / 1,248 W (the household of the calculator's \"52 households\") = 42.7, one "
          "significant figure (43.6 at the EIA's 1.22 kW)" },
        { "Peter's profile: \"E_eff drops from 0.23 J/tok to 0.11 J/tok\"", "={F_p}", "0.11",
          "J/token", "", "0.23 x 0.037 / 0.0775 = 0.110" },
        { "Peter himself: \"comes in around 26 kW\"", "={H_p}", "26", "kW", "25.4",
          "20E9 x 0.110 J / 86400 s = 25.4 kW; 26 is half of 53 rounded up" },
        { "\"Half that\"; \"Per-user power halves\"", "={H_p}/{H_r}", "0.5", "x", "",
          "0.037 / 0.0775 = 0.48" },
        { "Peter: \"still twenty households' worth of grid\"",
          "={H_p}*1E3/POWERREF(\"us_household\")", "20", "households", "",
          "25.4 kW / 1,248 W = 20.4" },
        { "Pessimistic profile: \"E_eff jumps to 0.55 J/tok\"", "={F_x}", "0.55", "J/token",
          "0.297",
          "Its cache factor is 0.05 + 0.45 x 0.10 + 0.50 x 0.01 = 0.100, so E_eff = 0.23 x 0.100 "
          "/ 0.0775 = 0.297 J/tok (0.300 at 3 J, 0.362 at 3.62 J): 0.55 follows from none" },
        { "Pessimistic: \"Every number doubles in the other direction\"", "={cf_x}/{cf_r}", "2",
          "x", "1.3",
          "0.100 / 0.0775 = 1.29: every figure rises 29%, not 2x (Peter's side, 0.0775 / 0.037 = "
          "2.1, is the \"about 2x\")" },
    });

    s.section("At scale (Alg 0 at P_user = 53 kW)");
    s.input_headers("Where the essay gives it");
    s.input("Pt", "P_user of the At scale table", 53,
            { 0, any_size, "P_user is a power in kW, 0 or more." }, "kW",
            "\"With E_eff = 0.23 J/tok and P_user = 53 kW\"", "0.0");
    s.input("US", "US electricity, average load (P_budget of Alg 1)", 480,
            { 1e-9, any_size, "A grid's average load in GW, more than 0." }, "GW",
            "\"current US electricity average (480 GW)\"", "0");
    s.input("WPE", "World primary energy, average", 19,
            { 1e-9, any_size, "World primary energy in TW, more than 0." }, "TW",
            "calculator: \"vs world primary energy (19 TW)\"", "0.0");
    s.headers({ "Cohort (people: input)", "N (people)", "P_pop (W)", "vs US electricity (x)",
                "K_1 (share)", "vs world primary energy (x)", "vs Hoover Dams (x)",
                "vs nuclear units (x)", "In words (POWERCOMPARE)" });
    struct Cohort
    {
        const char* key;
        const char* label;
        double users;
    };
    const Cohort cohorts[] = {
        { "town", "Small town", 25e3 },         { "city", "Major US city", 75e3 },
        { "metro", "Major US metro", 5e6 },     { "nyc", "NYC", 8.3e6 },
        { "usa", "USA", 335e6 },                { "china", "China", 1.41e9 },
        { "world", "World", 8.1e9 },
    };
    const int first = s.current() + 1;
    for (const Cohort& c : cohorts)
    {
        s.next();
        s.text_at("A", c.label);
        s.input_at(std::string("N_") + c.key, "B", c.users,
                   { 1, any_size, "A cohort is a number of people, at least 1." }, "#,##0");
        s.name_cell(std::string("C_") + c.key, "C", s.current());
        s.name_cell(std::string("D_") + c.key, "D", s.current());
        s.name_cell(std::string("E_") + c.key, "E", s.current());
        const std::string r = std::to_string(s.current());
        s.formula_at(std::string("F_") + c.key, "F", "=GRIDRATIO(C" + r + ";{WPE}*1E12)", "0.000");
        s.formula_at("", "G", "=C" + r + "/POWERREF(\"hoover_dam\")", "[<1000]0.00;0.0E+00");
        s.formula_at("", "H", "=C" + r + "/POWERREF(\"nuclear_unit\")", "[<1000]0.00;0.0E+00");
        s.formula_at("", "I", "=POWERCOMPARE(C" + r + ")");
    }
    const int last = s.current();
    s.page().array_formula("C" + std::to_string(first) + ":E" + std::to_string(last),
                           s.expand("=COHORT(B" + std::to_string(first) + ":B"
                                    + std::to_string(last) + ";{Pt}*1E3;{US}*1E9)"));
    s.page().format("C" + std::to_string(first) + ":C" + std::to_string(last), "0.000E+00");
    s.page().format("D" + std::to_string(first) + ":D" + std::to_string(last), "[<100]0.000;#,##0");
    s.page().format("E" + std::to_string(first) + ":E" + std::to_string(last), "0.00E+00");
    s.claims({
        { "Small town, 25,000: P_pop \"1.3 GW\"", "={C_town}/1E9", "1.3", "GW", "",
          "N x 53 kW (COHORT)" },
        { "Major US city, 75,000: \"4.0 GW\"", "={C_city}/1E9", "4.0", "GW", "", "N x 53 kW" },
        { "Major US metro, 5,000,000: \"265 GW\"", "={C_metro}/1E9", "265", "GW", "", "N x 53 kW" },
        { "NYC, 8,300,000: \"440 GW\"", "={C_nyc}/1E9", "440", "GW", "", "N x 53 kW" },
        { "USA, 335,000,000: \"17.8 TW\"", "={C_usa}/1E12", "17.8", "TW", "", "N x 53 kW" },
        { "China, 1,410,000,000: \"75 TW\"", "={C_china}/1E12", "75", "TW", "", "N x 53 kW" },
        { "World, 8,100,000,000: \"429 TW\"", "={C_world}/1E12", "429", "TW", "", "N x 53 kW" },
    });
    s.break_page();
    s.claims({
        { "Small town: \"one Hoover Dam\"; \"A town of them draws a Hoover Dam\"",
          "={C_town}/POWERREF(\"hoover_dam\")", "1", "Hoover Dams", "",
          "1.325 GW / 2.08 GW nameplate = 0.64: \"one\" holds only to one significant figure",
          "", "0.00" },
        { "Major US city: \"four large nuclear units\"", "={C_city}/POWERREF(\"nuclear_unit\")",
          "4", "units", "", "3.975 GW / 1 GW a unit", "", "0.00" },
        { "Major US metro: \"55% of total US electricity\"", "={D_metro}*100", "55", "%", "",
          "265 GW / 480 GW (COHORT's ratio to the grid)" },
        { "NYC: \"92% of US electricity\" (also So watt?)", "={D_nyc}*100", "92", "%", "",
          "439.9 GW / 480 GW = 91.6%" },
        { "USA: \"94% of total world primary energy\"", "={F_usa}*100", "94", "%", "93.4",
          "335E6 x 53 kW = 17.755 TW; / 19 TW = 93.4%. 94% divides the rounded 17.8 TW (93.7%)" },
        { "China: \"4x world primary energy\"", "={F_china}", "4", "x", "", "74.7 TW / 19 TW = 3.9" },
        { "World: \"23x world primary energy\"; \"twenty-three times\", \"twenty-three "
          "civilizations\"",
          "={F_world}", "23", "x", "", "429.3 TW / 19 TW = 22.6" },
        { "World row: \"K_1 ≈ 2.5 × 10⁻³\"", "={E_world}", "2.5E-3", "share", "",
          "429.3 TW / 1.74E17 W (Eq kardashev_frac)" },
        { "\"Current humanity sits at K_1 ≈ 1 × 10⁻⁴\"", "=KARDASHEV({WPE}*1E12)", "1E-4", "share",
          "", "19 TW / 1.74E17 W = 1.09E-4" },
        { "\"roughly 25x our current energy footprint\"", "={E_world}/KARDASHEV({WPE}*1E12)", "25",
          "x", "23",
          "2.467E-3 / 1.092E-4 = 22.6, the table's own \"23x world primary energy\"; 25 divides "
          "the rounded 2.5E-3 by the rounded 1E-4" },
    });

    s.section("Running the chain backwards (Alg 1: how many fit; Alg 2: the gap)");
    s.input_headers("Where the essay gives it");
    s.input("pop", "World population (N_target of Alg 2)", 8.1e9,
            { 1, any_size, "Population: a number of people, at least 1." }, "people",
            "\"N_target = world population\", \"8.1e9\"; the calculator's 8.10B", "0.00E+00");
    s.input("WE", "World electricity (P_budget of Alg 2)", 3.3,
            { 1e-9, any_size, "World electricity in TW, more than 0." }, "TW",
            "\"P_budget = world electricity (3.3 TW)\"", "0.0");
    s.claims({
        { "Alg 1 on the US grid: \"N_max ≈ 9 million\"", "=NMAX({R0};{Eb};{US}*1E9)/1E6", "9",
          "million users", "", "floor(480 GW / 53,241 W) = 9,015,652" },
        { "\"Roughly the population of New York City\"", "=NMAX({R0};{Eb};{US}*1E9)/{N_nyc}",
          "1", "x NYC", "", "9.0 million / the At scale table's 8.3 million = 1.09" },
        { "Alg 2: \"P_user_max = 3.3e12 / 8.1e9 ≈ 407 W\"", "={WE}*1E12/{pop}", "407", "W", "",
          "world electricity / world population" },
        { "Alg 2: \"E_eff_target ≈ 1.76 mJ/tok\"", "=ETARGET({pop};{R0};{WE}*1E12)*1E3", "1.76",
          "mJ/token", "", "407 W x 86400 s / 20E9 tokens" },
        { "Alg 2: \"gap = 0.23 / 0.00176 ≈ 130x\"", "=GAPFACTOR({Eb};{pop};{R0};{WE}*1E12)",
          "130", "x", "", "130.7; also \"a 130x reduction\" (159x at the calculator's 0.280 J)" },
    });

    s.section("The calculator's Derived panel, at its Inputs");
    s.note("Its Inputs are the cells above: 20.0B tokens/day (R), 8.10B people, 50% B200 at PUE "
           "1.40, alpha_o 0.05, alpha_h 0.75, beta_h 0.010. The essay's slider shows the same "
           "\"E_eff 0.280 J/tok\", \"525.55 TW\" and \"28x total human energy use\".");
    s.claims({
        { "E_tok (naive): \"3.62 J/tok\"", "={Etok}", "3.62", "J/token", "", "Eq token_energy" },
        { "E_eff (after cache): \"0.280 J/tok\"", "={G_r}", "0.280", "J/token", "",
          "Eq cache_adjust" },
        { "\"(13x cheaper)\"", "={Etok}/{G_r}", "13", "x", "", "1 / 0.0775" },
        { "P_user: \"64.9 kW\"", "=PUSER({R0};{G_r})/1E3", "64.9", "kW", "", "Eq user_load" },
        { "\"(52 households)\"", "=PUSER({R0};{G_r})/POWERREF(\"us_household\")", "52",
          "households", "", "the catalog's us_household is the 1,248 W this implies" },
        { "P_pop: \"525.55 TW\"", "=PPOP({pop};PUSER({R0};{G_r}))/1E12", "525.55", "TW", "",
          "Eq pop_load, 8.1E9 users" },
        { "vs US electricity (480 GW): \"1094.9x\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{US}*1E9)", "1094.9", "x", "",
          "Eq grid_ratio" },
        { "vs world primary energy (19 TW): \"27.7x\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{WPE}*1E12)", "27.7", "x", "",
          "Eq grid_ratio" },
        { "\"weighs 28x total human energy use\"",
          "=GRIDRATIO(PPOP({pop};PUSER({R0};{G_r}));{WPE}*1E12)", "28", "x", "",
          "the same ratio, rounded" },
        { "Kardashev fraction K_1: \"3.02e-3\"", "=KARDASHEV(PPOP({pop};PUSER({R0};{G_r})))",
          "3.02E-3", "share", "", "Eq kardashev_frac" },
    });
    s.note("Not recomputable from the essay: \"$1.3M in API fees\" (no price per token is given), "
           "the piano tuners (no result is printed), \"roughly 1.25x input price\" for a cache "
           "write, \"stops fitting in a rack\" (no rack power is given).",
           10);
}

// --------------------------------------------------------------------------
// The paper "Photons = Tokens" (seeds/004). Its equations lost their symbols
// in extraction; the figures its prose and tables still print are checked.
void paper(ClaimsSheet& s)
{
    s.section("The Landauer floor and bits per token (Sec. 2)", false);
    s.input_headers("Where the paper gives it");
    s.input("T", "Temperature", 300, { 1e-9, any_size, "A temperature in K, more than 0." }, "K",
            "\"At room temperature\" (the figure is lost in extraction; the add-in's default)", "0");
    s.input("b4", "Bits per token at the Shannon entropy", 4,
            { 1e-9, any_size, "Bits per token: a number more than 0." }, "bits",
            "\"(at the Shannon entropy of 4 bits)\"", "0.0");
    s.input("b16", "Bits per token at the full vocabulary", 16.6,
            { 1e-9, any_size, "Bits per token: a number more than 0." }, "bits",
            "\"(at the full vocabulary of 16.6 bits)\"", "0.0");
    s.derived("L4", "Landauer floor at 4 bits (Eq 1-2)", "=LANDAUER({T};{b4})", "J/token",
              "k_B T ln 2 x bits", "0.00E+00");
    s.derived("L16", "Landauer floor at 16.6 bits", "=LANDAUER({T};{b16})", "J/token",
              "k_B T ln 2 x bits", "0.00E+00");
    s.input("cpt_lo", "Characters per token, low", 3,
            { 0, any_size, "Characters per token: 0 or more." }, "characters",
            "\"typically three to four characters of English text\"", "0");
    s.input("cpt_hi", "Characters per token, high", 4,
            { 0, any_size, "Characters per token: 0 or more." }, "characters",
            "\"typically three to four characters of English text\"", "0");
    s.input("bpc_lo", "Entropy of printed English, low", 1.0,
            { 0, any_size, "Bits per character: 0 or more." }, "bits/character",
            "Shannon (1951): \"1.0-1.3 bits per character\"", "0.0");
    s.input("bpc_hi", "Entropy of printed English, high", 1.3,
            { 0, any_size, "Bits per character: 0 or more." }, "bits/character",
            "Shannon (1951): \"1.0-1.3 bits per character\"", "0.0");
    s.claims({
        { "The floors at 4 and 16.6 bits: \"a factor of five\"", "={L16}/{L4}", "5", "x", "4",
          "16.6 / 4 = 4.15 (1.15E-20 J and 4.77E-20 J at 300 K): a factor of about four" },
        { "\"1.0-1.3 bits per character, implying 3-5 bits per subword token\": low end",
          "={bpc_lo}*{cpt_lo}", "3", "bits/token", "", "1.0 bits x 3 characters" },
        { "... high end", "={bpc_hi}*{cpt_hi}", "5", "bits/token", "",
          "1.3 bits x 4 characters = 5.2" },
    });

    s.section("The token budget (Sec. 3, Table 1)");
    s.input_headers("Where the paper gives it");
    s.input("wh", "Energy per output token, mid-range", 5e-4,
            { 1e-12, any_size, "Energy per token in Wh, more than 0." }, "Wh/token",
            "\"a mid-range estimate of [ ] Wh per token\": lost in extraction; 5E-4 is what its "
            "44,500 and Table 2 pin down",
            "0.0E+00");
    s.input("t24", "US AI electricity, 2024", 65, { 0, any_size, "Energy in TWh/yr, 0 or more." },
            "TWh/yr", "Table 1 (the text: \"53-76 TWh in 2024\")", "0");
    s.input("t28", "US AI electricity, 2028, upper projection", 326,
            { 0, any_size, "Energy in TWh/yr, 0 or more." }, "TWh/yr",
            "\"the upper-bound projection (326 TWh)\"; Table 1", "0");
    s.input("pop", "World population, the divisor of Eq 9", 8.0e9,
            { 1, any_size, "Population: a number of people, at least 1." }, "people",
            "\"Dividing US energy capacity by the world population\" (the figure is lost)",
            "0.0E+00");
    s.input("days", "Days per year", 365, { 1, 366, "Days per year: from 1 to 366." }, "days",
            "Eq 9 (per day)", "0");
    s.input("wpt", "Words per token", 0.75, { 0, 10, "Words per token: from 0 to 10." },
            "words/token", "\"at 0.75 words per token\"", "0.00");
    s.input("obs", "Observed tokens per person per day, mid-2024", 125,
            { 1e-9, any_size, "Tokens per person per day: more than 0." }, "tokens/person/day",
            "Eq 7; Table 1 \"125*\"", "0");
    s.input("g23", "US electricity generation, 2023", 4178,
            { 1e-9, any_size, "Generation in TWh/yr, more than 0." }, "TWh/yr",
            "\"producing 4,178 TWh in 2023\"; Table 1", "#,##0");
    s.input("g28", "US electricity generation, 2028 projection", 4500,
            { 1e-9, any_size, "Generation in TWh/yr, more than 0." }, "TWh/yr", "Table 1",
            "#,##0");
    s.input("price", "US industrial electricity price", 0.07,
            { 0, any_size, "A price in USD per kWh, 0 or more." }, "USD/kWh",
            "\"At 326 TWh and $0.07/kWh\"", "0.00");
    s.derived("tpc24", "Tokens per person per day, 2024 (Eq 9)",
              "=TOKENSPERCAPITA({t24};{wh};{pop};{days})", "tokens/person/day",
              "TWh x 1E12 / Wh per token / days / people", "#,##0");
    s.derived("tpc28", "Tokens per person per day, 2028", "=TOKENSPERCAPITA({t28};{wh};{pop};{days})",
              "tokens/person/day", "the same at 326 TWh", "#,##0");
    s.claims({
        { "Table 1, 2024 capacity: \"44,500\" tokens per person per day", "={tpc24}", "44500",
          "tokens/person/day", "", "65 TWh (Eq 9); also \"an energy-implied capacity of 44,500\"" },
        { "2028 at 326 TWh: \"225,000 tokens per person per day\" (abstract, Table 1, Sec. 3.4, 8)",
          "={tpc28}", "225000", "tokens/person/day", "223288",
          "326E12 Wh / 5E-4 Wh / 365 / 8.0E9 = 223,288: the printed figure is 0.8% high" },
        { "\"or roughly 169,000 words (at 0.75 words per token)\"", "={tpc28}*{wpt}", "169000",
          "words/person/day", "167466",
          "0.75 x 223,288 = 167,466; 169,000 is 0.75 x the printed 225,000" },
        { "\"At 0.75 words per token, 125 tokens is roughly 94 words\"", "={obs}*{wpt}", "94",
          "words", "", "93.75" },
        { "\"more than three orders of magnitude above\" mid-2024 use; \"a thousand-fold "
          "expansion\"",
          "=INT(LOG10({tpc28}/{obs}))", "3", "orders of magnitude", "",
          "223,288 / 125 = 1,786 = 10^3.25: three whole orders (INT of LOG10)", "", "0" },
        { "Table 1, AI share of the US grid, 2024: \"1.6%\"",
          "=GRIDRATIO(AVGPOWER({t24});AVGPOWER({g23}))*100", "1.6", "%", "", "65 / 4,178 TWh" },
        { "Table 1, 2028: \"7.2%\"", "=GRIDRATIO(AVGPOWER({t28});AVGPOWER({g28}))*100", "7.2", "%",
          "", "326 / 4,500 TWh" },
        { "\"At 326 TWh and $0.07/kWh ... roughly $23 billion\"",
          "=GPUDAYCOST(AVGPOWER({t28});1;{price})*365/1E9", "23", "USD bn/yr", "",
          "326E9 kWh x $0.07 = $22.8 billion (a day of the average load, 365 times)" },
    });

    s.section("The question budget (Sec. 5, Table 2: questions per person per day)");
    s.note("Each cell: QUESTIONBUDGET(TWh/yr; Wh per token; tokens per question; people; days), "
           "questions per person per day, with the inputs of the token budget above.",
           6);
    s.headers({ "Tokens per question (rows) x AI electricity (columns)" });
    s.next();
    s.text_at("A", "AI electricity (TWh/yr); 65 and 326 are Table 1's");
    const char* twh_format = "#,##0";
    s.formula_at("tw1", "B", "={t24}", twh_format);
    s.input_at("tw2", "C", 165, { 0, any_size, "Energy in TWh/yr, 0 or more." }, twh_format);
    s.formula_at("tw3", "D", "={t28}", twh_format);
    s.input_at("tw4", "E", 650, { 0, any_size, "Energy in TWh/yr, 0 or more." }, twh_format);
    const int tokens[] = { 100, 250, 500, 1000 };
    const char* columns[] = { "B", "C", "D", "E" };
    for (int t : tokens)
    {
        s.next();
        const std::string k = "q" + std::to_string(t);
        s.input_at(k, "A", t, { 1e-9, any_size, "Tokens per question: a number more than 0." },
                   "#,##0\" tokens per question\"");
        for (int c = 0; c < 4; ++c)
            s.formula_at(k + "_" + std::to_string(c + 1), columns[c],
                         "=QUESTIONBUDGET({tw" + std::to_string(c + 1) + "};{wh};{" + k
                             + "};{pop};{days})",
                         "#,##0.00");
    }
    struct Cell
    {
        int tokens, column;
        const char* printed;
        const char* recomputed;
        const char* note;
    };
    const Cell table2[] = {
        { 100, 1, "450", "", "" },
        { 100, 2, "1130", "", "" },
        { 100, 3, "2200", "", "223,288 tokens / 100; Eq 15: \"2,200 questions per person per day\"" },
        { 100, 4, "4500", "", "" },
        { 250, 1, "180", "", "" },
        { 250, 2, "450", "", "" },
        { 250, 3, "900", "", "" },
        { 250, 4, "1800", "", "" },
        { 500, 1, "90", "", "" },
        { 500, 2, "225", "226", "165 TWh gives 113,014 tokens/person/day; / 500 = 226.03" },
        { 500, 3, "450", "", "" },
        { 500, 4, "900", "", "" },
        { 1000, 1, "45", "", "" },
        { 1000, 2, "113", "", "" },
        { 1000, 3, "225", "223",
          "223,288 / 1,000 = 223.29; 225 is the printed 225,000 / 1,000. Also \"the budget drops "
          "to 225\"" },
        { 1000, 4, "450", "", "" },
    };
    const char* twh_label[] = { "65", "165", "326", "650" };
    const char* per_capita[] = { "44,521", "113,014", "223,288", "445,205" };
    std::vector<Claim> cells;
    for (const Cell& c : table2)
        cells.push_back({ "Table 2, " + std::to_string(c.tokens) + " tokens, "
                              + twh_label[c.column - 1] + " TWh: \"" + c.printed + "\"",
                          "={q" + std::to_string(c.tokens) + "_" + std::to_string(c.column) + "}",
                          c.printed, "questions", c.recomputed,
                          *c.note ? std::string(c.note)
                                  : std::string(per_capita[c.column - 1]) + " tokens / "
                                        + std::to_string(c.tokens) });
    s.claims(cells);

    s.section("Around Table 2 (Sec. 5.3)");
    s.input_headers("Where the paper gives it");
    s.input("long_lo", "A medical diagnosis or legal memo, short", 2000,
            { 1e-9, any_size, "Tokens per question: a number more than 0." }, "tokens",
            "\"may consume 2,000-5,000 tokens\"", "#,##0");
    s.input("long_hi", "... long", 5000,
            { 1e-9, any_size, "Tokens per question: a number more than 0." }, "tokens",
            "\"may consume 2,000-5,000 tokens\"", "#,##0");
    s.claims({
        { "Eq 14: \"or roughly 6.5 quadrillion questions\" a year",
          "=TOKENBUDGET({t28};{wh})/{q100}/1E15", "6.5", "quadrillion/yr", "",
          "326 TWh / 5E-4 Wh = 6.52E17 tokens (Eq 8), / 100 tokens" },
        { "1,000 tokens: \"an order of magnitude smaller\" than at 100", "={q100_3}/{q1000_3}",
          "10", "x", "", "2,232.9 / 223.3" },
        { "2,000 tokens: \"reducing the effective question budget by a factor of 20\"",
          "=QUESTIONBUDGET({t28};{wh};{q100};{pop};{days})/QUESTIONBUDGET({t28};{wh};{long_lo};{pop};{days})",
          "20", "x", "", "relative to the 100-token query" },
        { "5,000 tokens: \"... 50\"",
          "=QUESTIONBUDGET({t28};{wh};{q100};{pop};{days})/QUESTIONBUDGET({t28};{wh};{long_hi};{pop};{days})",
          "50", "x", "", "relative to the 100-token query" },
    });

    s.section("Copper, the Simon wager, solar panels (Sec. 3.3, 3.4)");
    s.input_headers("Where the paper gives it");
    s.input("cu24", "Copper used by data centers, 2024", 0.5,
            { 1e-9, any_size, "Copper in million tons, more than 0." }, "Mt/yr",
            "\"approximately 500,000 tons of copper worldwide\"", "0.0");
    s.input("cu30", "... projected for 2030", 1.1, { 0, any_size, "Copper in million tons, 0 or more." },
            "Mt/yr", "\"1.1 million tons annually by 2030\"", "0.0");
    s.input("cu50", "... projected for 2050", 3, { 0, any_size, "Copper in million tons, 0 or more." },
            "Mt/yr", "\"3 million tons by 2050\"", "0.0");
    s.input("cud", "Global copper demand, 2025", 28,
            { 1e-9, any_size, "Copper demand in million tons, more than 0." }, "Mt/yr",
            "\"28 million metric tons in 2025\" (2030's is not given)", "0");
    s.input("sim", "Simon wager: stake per metal", 200,
            { 0, any_size, "A stake in USD, 0 or more." }, "USD", "\"$200 of each\"", "0");
    s.input("metals", "... metals", 5, { 0, 100, "A number of metals, from 0 to 100." }, "metals",
            "chromium, copper, nickel, tin, tungsten", "0");
    s.input("solar", "Solar cells for the world's electricity", 53000,
            { 0, any_size, "An area in km2, 0 or more." }, "km2", "\"roughly 53,000 km2\"",
            "#,##0");
    s.input("earth", "Earth's surface area", 5.1e8,
            { 1e-9, any_size, "An area in km2, more than 0." }, "km2",
            "not in the text: 510 million km2", "0.00E+00");
    s.claims({
        { "\"1.1 million tons annually by 2030—roughly 4% of global demand\"",
          "={cu30}/{cud}*100", "4", "%", "",
          "1.1 / 28 Mt (2025's demand) = 3.9%; at a 2030 demand interpolated toward 42 Mt in "
          "2040, 3.4%" },
        { "\"3 million tons by 2050, a sixfold increase\"", "={cu50}/{cu24}", "6", "x", "",
          "3 / 0.5 Mt" },
        { "Simon wager: \"for a total stake of $1,000\"", "={sim}*{metals}", "1000", "USD", "",
          "5 x $200" },
        { "Solar: \"53,000 km2 of solar cells—about 0.01% of Earth's surface\"",
          "={solar}/{earth}*100", "0.01", "%", "", "53,000 / 510E6 km2 = 0.0104%" },
    });

    s.section("The value stack, Keynes, discounting (Sec. 4, 8)");
    s.input_headers("Where the paper gives it");
    s.input("purity", "Silicon purity", 99.9999999,
            { 0, 99.99999999999, "A purity in percent, from 0 to below 100." }, "%",
            "\"purified to 99.9999999% ('nine nines')\"", "0.0000000");
    s.input("l1", "L1 cache access", 0.5, { 1e-9, any_size, "A time in ns, more than 0." }, "ns",
            "Dean's numbers: \"L1 cache (0.5 nanoseconds)\"", "0.0");
    s.input("seek", "Disk seek", 1.6, { 1e-9, any_size, "A time in ms, more than 0." }, "ms",
            "\"to disk seek (1.6 milliseconds)\"", "0.0");
    s.derived("dean", "Disk seek / L1 access", "={seek}*1E-3/({l1}*1E-9)", "x",
              "the span of Dean's numbers as the text quotes them", "0.0E+00");
    s.input("tsmc", "TSMC's Arizona complex", 65, { 0, any_size, "A cost in USD billion, 0 or more." },
            "USD bn", "\"budgeted at over $65 billion for three fabs\"", "0");
    s.input("fabs", "... fabs", 3, { 1, 100, "A number of fabs, from 1 to 100." }, "fabs",
            "\"for three fabs\"", "0");
    s.input("moore", "Moore's observation", 1965, { 1900, 2100, "A year from 1900 to 2100." },
            "year", "Moore (1965)", "0");
    s.input("year", "The paper's year", 2025, { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "its draft date is lost; its latest references are 2025", "0");
    s.input("hop", "First generation of the cadence (Hopper)", 2022,
            { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "\"Hopper (2022), Blackwell (2024), Vera Rubin (2026), Feynman (2028)\"", "0");
    s.input("fey", "Last generation (Feynman)", 2028, { 1900, 2100, "A year from 1900 to 2100." },
            "year", "the same cadence", "0");
    s.input("steps", "Steps between them", 3, { 1, 20, "A number of generations, from 1 to 20." },
            "generations", "Hopper to Blackwell to Vera Rubin to Feynman", "0");
    s.input("keynes", "Keynes's essay", 1930, { 1900, 2100, "A year from 1900 to 2100." }, "year",
            "Keynes (1930)", "0");
    s.input("hundred", "Keynes's horizon", 100, { 0, 1000, "A number of years, from 0 to 1000." },
            "years", "\"within a hundred years\"", "0");
    s.input("rate", "Discount rate", 0.05, { 0, 1, "A discount rate from 0% to 100%." }, "per year",
            "\"At a discount rate of 5%\"", "0%");
    s.input("gen", "A generation hence", 50, { 0, 1000, "A number of years, from 0 to 1000." },
            "years", "\"a generation 50 years hence\"", "0");
    s.claims({
        { "\"99.9999999% ('nine nines')\"", "=-LOG10(1-{purity}/100)", "9", "nines", "",
          "-log10 of the impurity" },
        { "Dean's numbers, 0.5 ns to 1.6 ms: \"spanning six orders of magnitude\"",
          "=INT(LOG10({dean}))", "6", "orders of magnitude", "",
          "1.6 ms / 0.5 ns = 3.2E6 = 10^6.5: six whole orders (INT of LOG10)", "", "0" },
        { "\"capital expenditures exceeding $20 billion per facility\"", "={tsmc}/{fabs}", "20",
          "USD bn/fab", "", "$65 billion / 3 fabs = $21.7 billion" },
        { "Moore (1965): \"six decades of hardware improvement\"", "=({year}-{moore})/10", "6",
          "decades", "", "1965 to 2025" },
        { "\"Every buyer knows the next generation is eighteen months away\"",
          "=({fey}-{hop})/{steps}*12", "18", "months", "24",
          "its own cadence, 2022, 2024, 2026, 2028, is a generation every 24 months" },
        { "Keynes: \"within a hundred years—by approximately 2030\"", "={keynes}+{hundred}",
          "2030", "year", "", "1930 + 100", "", "0" },
        { "\"5% ... 50 years hence is weighted at [ ]—less than a tenth\"; \"valued at a tenth\"",
          "=1/(1+{rate})^{gen}", "0.1", "weight", "", "1 / 1.05^50 = 0.087" },
    });
    s.note("Not recomputable here: the figures lost in extraction (the Landauer floor per bit and at "
           "12 bits, the actual J per token and the efficiency gap of Eq 3-4, the token capacity of "
           "Eq 8, Eq 7's tokens per day, LLMflation's factors); the $1.6 million training run (no "
           "hours given), its 30% overhead and 20-25% savings; the solar waste heat's \"0.006 C, "
           "roughly 300 times smaller\" than CO2 warming (not given); \"twelve orders of magnitude "
           "in timescale\" (years and milliseconds are words, not figures).",
           14);
}

// --------------------------------------------------------------------------
// The post on inference accounting (seeds/002).
void post(ClaimsSheet& s)
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
    s.derived("Etok", "Energy per token (Eq token_energy, one GPU type)", "=ETOK({P};{tps};;{pue})",
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

// --------------------------------------------------------------------------
// "The Physics and Economics of Tokens" (seeds/003), Chapter VI.
void facility(ClaimsSheet& s)
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

// --------------------------------------------------------------------------
// The discussion thread (seeds/001): context, but it does some arithmetic.
void thread(ClaimsSheet& s)
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

// --------------------------------------------------------------------------
// The Summary: counts per text, TW_ALL_MATCH, and every place a text is off.
struct Source
{
    const char* label;
    ClaimsSheet* sheet;
    const char* file;
};

void summary(Page p, const std::vector<Source>& sources)
{
    p.widths({ 80, 22, 26, 26, 24, 18, 92 });
    p.text("A1", "Claims check: every figure the source texts print, recomputed", style::title);
    p.text("A2",
           "Each quantitative claim of the source texts that their own equations and inputs can "
           "recompute, one sheet per text: the figure printed, the live recomputation (tokwatt "
           "formulas over the texts' inputs, the yellow cells beside each table), what the "
           "equations give where a text is off, and the ratio printed / recomputed. \"Text "
           "agrees\" is FALSE, in red, where a text contradicts its own equations; every such "
           "place is listed below. Sources: the texts in seeds/ (000 essay, 004 paper, 002 post, "
           "003 facility deep dive, 001 thread).",
           style::note);
    p.merge("A2:G2");
    p.wrap("A2");

    std::vector<std::string> all;
    for (const Source& s : sources)
        for (const Table& t : s.sheet->tables)
            all.push_back("$" + s.sheet->name() + "." + t.all_match);
    all_match(p, "A4", "B4", all);
    p.text("C4",
           "TRUE when every recomputation equals what the equations give, to the precision of "
           "the figure it is compared with (each table's \"Matches\"). It does not say the texts "
           "are right: \"Text off\" counts where they are not.",
           style::note);
    p.merge("C4:G4");
    p.wrap("C4");

    p.text("A6", "Source text", style::heading);
    p.text("B6", "Sheet", style::heading);
    p.text("C6", "Checked (claims)", style::heading);
    p.text("D6", "Text agrees (claims)", style::heading);
    p.text("E6", "Text off (claims)", style::heading);
    p.text("F6", "All match", style::heading);
    p.text("G6", "File", style::heading);
    int row = 7;
    for (const Source& s : sources)
    {
        const std::string r = std::to_string(row), sheet = "$" + s.sheet->name() + ".";
        p.text("A" + r, s.label);
        p.text("B" + r, s.sheet->name());
        p.formula("C" + r, "=" + sheet + "B5", style::result, "0");
        p.formula("D" + r, "=" + sheet + "C5", style::result, "0");
        p.formula("E" + r, "=" + sheet + "D5", style::result, "0");
        p.formula("F" + r, "=" + sheet + "E5", style::verdict);
        p.text("G" + r, s.file, style::note);
        ++row;
    }
    const std::string first = "7", last = std::to_string(row - 1), r = std::to_string(row);
    p.text("A" + r, "All five texts", style::heading);
    for (const char* c : { "C", "D", "E" })
        p.formula(c + r, std::string("=SUM(") + c + first + ":" + c + last + ")", style::result, "0");
    p.formula("F" + r, "=AND(F" + first + ":F" + last + ")", style::verdict);
    p.highlight_false("F" + first + ":F" + r);

    row += 2;
    p.page_break_before(row);
    p.text("A" + std::to_string(row), "Where the texts are off, at their own inputs", style::title);
    ++row;
    const char* headers[] = { "Claim (the text's words)", "The text prints", "Recomputed (live)",
                              "Unit", "Ratio printed / recomputed (x)", "Text agrees", "Why" };
    for (int c = 0; c < 7; ++c)
        p.text(std::string(1, static_cast<char>('A' + c)) + std::to_string(row), headers[c],
               style::heading);
    const int first_off = row + 1;
    for (const Source& s : sources)
    {
        if (s.sheet->offs.empty())
            continue;
        ++row;
        p.text("A" + std::to_string(row), s.label, style::heading);
        p.highlight_false("F" + std::to_string(row + 1) + ":F"
                          + std::to_string(row + static_cast<int>(s.sheet->offs.size())));
        for (const Off& o : s.sheet->offs)
        {
            ++row;
            const std::string n = std::to_string(row), src = "$" + o.sheet + ".",
                              at = std::to_string(o.row);
            p.formula("A" + n, "=" + src + "A" + at, nullptr);
            p.formula("B" + n, "=" + src + "C" + at, style::printed, format_as_printed(o.printed, 0));
            p.formula("C" + n, "=" + src + "B" + at, style::result, format_as_printed(o.recomputed, 1));
            p.formula("D" + n, "=" + src + "F" + at, nullptr);
            p.formula("E" + n, "=" + src + "J" + at, style::result, "0.000");
            p.formula("F" + n, "=" + src + "H" + at, style::verdict);
            p.formula("G" + n, "=" + src + "I" + at, style::note);
        }
    }
    p.wrap("A" + std::to_string(first_off) + ":A" + std::to_string(row));
    p.wrap("G" + std::to_string(first_off) + ":G" + std::to_string(row));
    p.wrap("D" + std::to_string(first_off) + ":D" + std::to_string(row));
    optimal_heights(p, "A3:G" + std::to_string(row));
    row_height(p, 2, 15);
    row_height(p, 4, 10);
    p.print_landscape_one_page_wide();
}

void build(Book& book)
{
    Page summary_page = book.page(0, "Summary");
    ClaimsSheet essay_sheet(book.page(1, "Essay"),
                            "Claims check: the essay \"Counting piano tuners, counting tokens\"",
                            "Source: the essay (seeds/000). Each quantitative claim it makes, "
                            "recomputed from its own equations and inputs (the yellow cells): the "
                            "figure it prints, what the equations give where it is off, and the "
                            "ratio printed / recomputed. Its body rounds E_tok to 3 J and E_eff to "
                            "0.23 J/tok; its calculator keeps 3.62 and 0.280: both chains are "
                            "checked, each against its own figures.",
                            "seeds/000_93ee5d7fb7df8da6.txt");
    essay(essay_sheet);
    essay_sheet.finish();
    ClaimsSheet paper_sheet(book.page(2, "Paper"),
                            "Claims check: the paper \"Photons = Tokens\"",
                            "Source: the paper (seeds/004). Its equations lost their symbols in "
                            "extraction; the figures its prose and tables still print are "
                            "recomputed from its inputs (the yellow cells) with the add-in's "
                            "LANDAUER, TOKENSPERCAPITA, TOKENBUDGET, QUESTIONBUDGET, AVGPOWER.",
                            "seeds/004_5b1f663dedf71041.txt");
    paper(paper_sheet);
    paper_sheet.finish();
    ClaimsSheet post_sheet(book.page(3, "Post"), "Claims check: the post on inference accounting",
                           "Source: the post (seeds/002), its \"concrete back-of-envelope\". Its "
                           "per-token energy is 1000x too small; its dollar figure, computed from "
                           "that, is 1000x too large again, and so right.",
                           "seeds/002_e6b9e38adbae3753.txt");
    post(post_sheet);
    post_sheet.finish();
    ClaimsSheet facility_sheet(book.page(4, "Facility"),
                               "Claims check: \"The Physics and Economics of Tokens\"",
                               "Source: the facility deep dive (seeds/003), Chapter VI: the "
                               "electricity floor of one GPU, with GPUDAYKWH and GPUDAYCOST.",
                               "seeds/003_33d833d81ab5ebfd.txt");
    facility(facility_sheet);
    facility_sheet.finish();
    ClaimsSheet thread_sheet(book.page(5, "Thread"),
                             "Claims check: the discussion thread (context)",
                             "Source: the thread (seeds/001), context for why datacenters are "
                             "measured in watts; the few figures it derives are checked too.",
                             "seeds/001_b8b3085fcb4976dd.txt");
    thread(thread_sheet);
    thread_sheet.finish();
    summary(summary_page,
            {
                { "Essay \"Counting piano tuners, counting tokens\"", &essay_sheet,
                  "seeds/000_93ee5d7fb7df8da6.txt" },
                { "Paper \"Photons = Tokens\"", &paper_sheet, "seeds/004_5b1f663dedf71041.txt" },
                { "Post on inference accounting", &post_sheet, "seeds/002_e6b9e38adbae3753.txt" },
                { "\"The Physics and Economics of Tokens\"", &facility_sheet,
                  "seeds/003_33d833d81ab5ebfd.txt" },
                { "Discussion thread (context)", &thread_sheet, "seeds/001_b8b3085fcb4976dd.txt" },
            });
}

Register claims_check({ "claims-check", "The claims check", build });
}
}
