#include "claims_sheet.hxx"

namespace tokwatt::templates
{
namespace
{
// The columns of every text's sheet: the check table's A..I, the ratio in J (mm).
// G holds "Matches" in bold on one line.
const std::vector<int> sheet_widths = { 80, 24, 21, 21, 15, 22, 18, 15, 81, 23 };
}

ClaimsSheet::ClaimsSheet(Page page, const std::string& title, const std::string& source,
                         const std::string& file)
    : p(std::move(page))
{
    p.widths(sheet_widths);
    p.next();
    p.text('A', title, style::title);
    p.next();
    p.text('A', source, style::note);
    p.merge('A', ratio_column);
    p.wrap(p.at('A'));
    p.next();
    p.headers({ "Claims of this text", "Checked (claims)", "Text agrees (claims)",
                "Text off (claims)", "All match", "Source text" });
    p.merge('F', 'I');
    p.next();
    p.text('A', p.text_inputs() || p.scenario() == Scenario::plain
                    ? "Recomputed from its own equations"
                    : "At the text's inputs (its sheet)");
    p.text('F', file, style::note);
    p.merge('F', 'I');
    p.key("checked", p.at('B'));
    p.key("agrees", p.at('C'));
    p.key("off", p.at('D'));
    p.key("all_match", p.at('E'));
    p.next(); // the status of the inputs (finish)
    p.text('A', "Inputs", style::heading);
    p.key("status", p.at('B'));
}

void ClaimsSheet::section(const std::string& title, bool new_page)
{
    p.next(2);
    if (new_page)
        p.page_break_before(p.row());
    p.text('A', title, style::title);
}

void ClaimsSheet::input_headers(const std::string& where)
{
    headers({ "Input", "Value", "Unit", where });
    p.merge('D', ratio_column);
}

void ClaimsSheet::note(const std::string& text, int height_mm)
{
    p.next();
    p.text('A', text, style::note);
    p.merge('A', ratio_column);
    p.wrap(p.at('A'));
    heights[p.row()] = height_mm;
}

void ClaimsSheet::input(const std::string& key, const std::string& label, double value,
                        const Rule& rule, const std::string& unit, const std::string& where,
                        const std::string& format)
{
    p.next();
    p.text('A', label);
    p.wrap(p.at('A'));
    input_at(key, 'B', value, rule, format);
    p.text('C', unit);
    p.wrap(p.at('C'));
    p.text('D', where, style::note);
}

void ClaimsSheet::derived(const std::string& key, const std::string& label,
                          const std::string& formula, const std::string& unit,
                          const std::string& how, const std::string& format)
{
    p.next();
    p.text('A', label);
    p.wrap(p.at('A'));
    formula_at(key, 'B', formula, format);
    p.text('C', unit);
    p.wrap(p.at('C'));
    p.text('D', how, style::note);
}

void ClaimsSheet::input_at(const std::string& key, char column, double value, const Rule& rule,
                           const std::string& format)
{
    p.input(column, value, rule, format);
    p.key(key, p.fixed_at(column));
}

void ClaimsSheet::formula_at(const std::string& key, char column, const std::string& formula,
                             const std::string& format)
{
    p.formula(column, formula, style::result, format);
    if (!key.empty())
        p.key(key, p.fixed_at(column));
}

void ClaimsSheet::claims(const std::vector<Claim>& list)
{
    using namespace check_column;
    p.next();
    const int top = p.row() + 1;
    const int first = top + 1, last = top + static_cast<int>(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        if (!list[i].key.empty())
        {
            p.key(list[i].key + ":printed", fixed(printed, first + static_cast<int>(i)));
            p.key(list[i].key + ":computed", fixed(computed, first + static_cast<int>(i)));
        }
    std::vector<Check> checks;
    for (const Claim& c : list)
        checks.push_back(
            { c.quantity, p.expand(c.formula), c.printed, c.unit, c.recomputed, c.note });
    const std::string all = check_table(p, checks);
    p.text(cell(ratio_column, top),
           p.scenario() == Scenario::live ? "Ratio printed / yours (x)"
                                          : "Ratio printed / recomputed (x)",
           style::heading);
    for (int r = first; r <= last; ++r)
    {
        const Claim& c = list[static_cast<std::size_t>(r - first)];
        const std::string b = cell(computed, r);
        p.formula(cell(ratio_column, r),
                  "=IF(" + b + "=0;\"-\";" + cell(printed, r) + "/" + b + ")", style::result,
                  "0.000");
        if (!c.format.empty()) // check_table's is a digit more than printed
            p.format(b, c.format);
        if (!c.recomputed.empty())
            offs.push_back({ name(), r, c.printed, c.recomputed });
    }
    for (char column : { quantity, unit, check_column::note })
        p.wrap(cell(column, first) + ":" + cell(column, last));
    tables.push_back({ first, last, all });
    // The cursor is on the table's "All match" row.
}

void ClaimsSheet::finish()
{
    if (p.scenario() == Scenario::live) // the counts are the text twin's
        for (const char* key : { "checked", "agrees", "off", "all_match" })
        {
            const std::string at = p.ref(key);
            p.formula(at, "=" + p.twin(at), key == std::string("all_match") ? style::verdict
                                                                             : style::result,
                      key == std::string("all_match") ? "" : "0");
        }
    else
        finish_counts();
    const int status_row = std::stoi(p.ref("status").substr(1));
    status(p, status_row, 'B', ratio_column);
    p.highlight_false(p.ref("all_match"));
    p.optimal_heights(cell('A', 3) + ":" + cell(ratio_column, p.row() + 1));
    p.row_height(2, 14);
    p.row_height(status_row, 10);
    for (const auto& [r, mm] : heights)
        p.row_height(r, mm);
    p.print_landscape_one_page_wide();
}

void ClaimsSheet::finish_counts()
{
    std::string agrees, off, all;
    for (const Table& t : tables)
    {
        const std::string h
            = cell(check_column::agrees, t.first) + ":" + cell(check_column::agrees, t.last);
        agrees += (agrees.empty() ? "" : "+") + std::string("COUNTIF(") + h + ";TRUE())";
        off += (off.empty() ? "" : "+") + std::string("COUNTIF(") + h + ";FALSE())";
        all += (all.empty() ? "" : ";") + t.all_match;
    }
    p.formula(p.ref("checked"), "={agrees}+{off}", style::result, "0");
    p.formula(p.ref("agrees"), "=" + agrees, style::result, "0");
    p.formula(p.ref("off"), "=" + off, style::result, "0");
    p.formula(p.ref("all_match"), "=AND(" + all + ")", style::verdict);
}
}
