// The layout of the claims check's sheets (claims_check.cxx): one sheet per
// source text, its inputs as input cells beside the claims that rest on
// them, each list of claims a check table (check_table.hxx) with the ratio
// printed / recomputed beside it, and the sheet's counts at the top. The
// texts' claims are data (claims_essay.cxx, claims_paper.cxx,
// claims_others.cxx) written with it; cells are named by key and rows
// follow the page's cursor (kit.hxx).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check_table.hxx"

namespace tokwatt::templates
{
// A claim: a row of check_table whose formula names cells by {key} (an
// input, a derived figure, or {k:printed} / {k:computed} of the claim keyed
// k in the same sheet).
struct Claim
{
    std::string quantity, formula, printed, unit, recomputed, note;
    std::string key = "";
    std::string format = ""; // of the computed column; "" = a digit more than compared with
};

// A mismatch, for the Summary's list: its row on its sheet.
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

// The ratio printed / recomputed, beside a check table's columns.
constexpr char ratio_column = 'J';

class ClaimsSheet
{
public:
    // `text`: the source text's title, as the sheet names it.
    ClaimsSheet(Page page, const std::string& title, const std::string& source,
                const std::string& text);

    std::string name() const { return p.sheet_name(); }
    Page& page() { return p; }
    int next() { return p.next(); }
    int current() const { return p.row(); }

    // A section: its title starts a printed page (but the first).
    void section(const std::string& title, bool new_page = true);
    // A line of headers.
    void headers(const std::vector<std::string>& cells) { p.headers(cells); }
    // The headers of an inputs block; "where" spans the rest of the row.
    void input_headers(const std::string& where);
    // The next check table starts a printed page.
    void break_page() { p.page_break_before(p.row() + 2); }
    // An empty row.
    void gap() { p.next(); }
    // Prose over the sheet's width.
    void note(const std::string& text, int height_mm = 9);

    // An input: label, value, unit, where the text gives it.
    void input(const std::string& key, const std::string& label, double value, const Rule& rule,
               const std::string& unit, const std::string& where, const std::string& format = "");
    // A figure derived from the inputs, in the same layout.
    void derived(const std::string& key, const std::string& label, const std::string& formula,
                 const std::string& unit, const std::string& how, const std::string& format = "");

    // Cells of the current row; a key names the cell ($B$12) for {key}.
    void input_at(const std::string& key, char column, double value, const Rule& rule,
                  const std::string& format = "");
    void formula_at(const std::string& key, char column, const std::string& formula,
                    const std::string& format = "");
    void text_at(char column, const std::string& text, const char* style = nullptr)
    {
        p.text(column, text, style);
    }
    void name_cell(const std::string& key, char column, int row)
    {
        p.key(key, fixed(column, row));
    }
    std::string expand(const std::string& formula) const { return p.expand(formula); }

    // A check table, and beside it the ratio printed / recomputed.
    void claims(const std::vector<Claim>& list);

    // The counts at the top (COUNTIF over "Text agrees"), named checked,
    // agrees, off and all_match; row heights, print setup.
    void finish();

    std::vector<Table> tables;
    std::vector<Off> offs;

private:
    void finish_counts();
    Page p;
    std::map<int, int> heights;
};

// The texts' claims, each on its sheet.
void claims_essay(ClaimsSheet& s);
void claims_paper(ClaimsSheet& s);
void claims_post(ClaimsSheet& s);
void claims_facility(ClaimsSheet& s);
void claims_thread(ClaimsSheet& s);
}
