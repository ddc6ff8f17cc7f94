#include "check_table.hxx"

#include <cctype>
#include <cstdio>

#include "../sources/printed_figures.hxx"

namespace tokwatt::templates
{
namespace
{
std::string number(double x)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", x);
    return text;
}


// TW_CHECKS_<sheet>_<row>: unique in the workbook, and a valid name.
std::string table_name(const Page& page, int top)
{
    std::string name = "TW_CHECKS_";
    for (char c : page.sheet_name())
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name + "_" + std::to_string(top);
}
}

std::string format_as_printed(const std::string& printed, int extra)
{
    const std::size_t exponent = printed.find_first_of("eE");
    const std::string mantissa = printed.substr(0, exponent);
    const std::size_t dot = mantissa.find('.');
    const std::size_t decimals = (dot == std::string::npos ? 0 : mantissa.size() - dot - 1)
                                 + static_cast<std::size_t>(extra);
    const std::string tail = decimals ? "." + std::string(decimals, '0') : "";
    if (exponent != std::string::npos)
        return "0" + tail + "E+00";
    return (dot == std::string::npos ? "#,##0" : "0") + tail;
}

namespace
{
// A check's row, its first columns (quantity, computed, printed); returns
// the figure it is compared with.
std::string row_start(Page& page, const Check& check)
{
    using namespace check_column;
    page.next();
    const std::string expected = check.recomputed.empty() ? check.printed : check.recomputed;
    page.text(quantity, check.quantity);
    page.formula(computed, check.formula, style::result, format_as_printed(expected, 1));
    page.number(printed, printed_value(check.printed), style::printed,
                format_as_printed(check.printed));
    return expected;
}

// On a live twin: the figures at the reader's inputs beside the twin's, at
// the text's own inputs, where the check table is (same rows, same cells).
std::string beside_table(Page& page, const std::vector<Check>& checks)
{
    using namespace check_column;
    page.headers({ "Quantity", "At your inputs (live)", "The text prints",
                   "At the text's inputs", "", "Unit", "Yours / the text's (x)", "",
                   "Note" });
    for (const Check& check : checks)
    {
        const std::string expected = row_start(page, check);
        const std::string b = page.at(computed);
        page.formula(check_column::expected, "=" + page.twin(b), style::printed,
                     format_as_printed(expected, 1));
        page.text(unit, check.unit, style::unit);
        page.formula(matches,
                     "=IF(" + page.at(check_column::expected) + "=0;\"-\";" + b + "/"
                         + page.at(check_column::expected) + ")",
                     style::result, "0.00");
        page.text(note, check.note, style::note);
    }
    page.next();
    page.text(unit, "All match (at the text's inputs)", style::heading);
    const std::string summary = page.at(matches);
    page.formula(summary, "=" + page.twin(summary), style::verdict);
    page.highlight_false(summary);
    return summary;
}
}

std::string check_table(Page& page, const std::vector<Check>& checks)
{
    using namespace check_column;
    if (page.scenario() == Scenario::live)
        return beside_table(page, checks);
    page.headers({ "Quantity", "Computed (live)", "The text prints", "Equations give",
                   "Within +-", "Unit", "Matches", "Text agrees", "Note" });
    const int top = page.row();
    const int first = top + 1;
    for (const Check& check : checks)
    {
        const std::string expected = row_start(page, check);
        const std::string b = page.at(computed);
        page.number(check_column::expected, printed_value(expected), style::printed,
                    format_as_printed(expected));
        // Half a unit of the last digit the figure is given to.
        page.number(within, printed_tolerance(expected), style::printed);
        page.text(unit, check.unit, style::unit);
        page.formula(matches,
                     "=ABS(" + b + "-" + page.at(check_column::expected) + ")<=" + page.at(within),
                     style::verdict);
        page.formula(agrees,
                     "=ABS(" + b + "-" + page.at(printed)
                         + ")<=" + number(printed_tolerance(check.printed)),
                     style::verdict);
        page.text(note, check.note, style::note);
    }
    const int last = page.next() - 1;
    page.name(table_name(page, top), cell(computed, first) + ":" + cell(within, last), true);
    page.highlight_false(cell(matches, first) + ":" + cell(agrees, last));
    page.text(unit, "All match", style::heading);
    const std::string summary = page.at(matches);
    page.formula(summary, "=AND(" + cell(matches, first) + ":" + cell(matches, last) + ")",
                 style::verdict);
    return summary;
}

void status(Page& page, int row, char from, char to)
{
    const std::string at = cell(from, row);
    page.formula(at, page.status_formula(), style::result);
    page.merge(at + ":" + cell(to, row));
    page.wrap(at);
    page.align_top(at);
    page.row_height(row, 10);
    page.highlight_error(at);
}

void all_match(Page& page, int row, const std::vector<std::string>& table_cells,
               bool with_status)
{
    std::string formula = "=AND(";
    for (std::size_t i = 0; i < table_cells.size(); ++i)
        formula += (i ? ";" : "") + table_cells[i];
    const bool plain = page.scenario() == Scenario::plain;
    page.text(cell('A', row), plain ? "Every figure matches" : "Every figure matches (at the text's inputs)",
              style::heading);
    page.formula(cell('B', row), formula + ")", style::verdict);
    page.highlight_false(cell('B', row));
    if (!page.text_inputs()) // one workbook-wide name: the sheet the reader starts on
        page.name("TW_ALL_MATCH", cell('B', row));
    if (with_status)
        status(page, row, 'C', 'I');
}
}
