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

std::string check_table(Page& page, const std::vector<Check>& checks)
{
    using namespace check_column;
    page.headers({ "Quantity", "Computed (live)", "The text prints", "Equations give",
                   "Within +-", "Unit", "Matches", "Text agrees", "Note" });
    const int top = page.row();
    const int first = top + 1;
    for (const Check& check : checks)
    {
        page.next();
        const std::string expected = check.recomputed.empty() ? check.printed : check.recomputed;
        const std::string b = page.at(computed);
        page.text(quantity, check.quantity);
        page.formula(computed, check.formula, style::result, format_as_printed(expected, 1));
        page.number(printed, printed_value(check.printed), style::printed,
                    format_as_printed(check.printed));
        page.number(check_column::expected, printed_value(expected), style::printed,
                    format_as_printed(expected));
        // Half a unit of the last digit the figure is given to.
        page.number(within, printed_tolerance(expected), style::printed);
        page.text(unit, check.unit);
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
    page.name(table_name(page, top), cell(computed, first) + ":" + cell(within, last));
    page.highlight_false(cell(matches, first) + ":" + cell(agrees, last));
    page.text(unit, "All match", style::heading);
    const std::string summary = page.at(matches);
    page.formula(summary, "=AND(" + cell(matches, first) + ":" + cell(matches, last) + ")",
                 style::verdict);
    return summary;
}

void all_match(Page& page, int row, const std::vector<std::string>& table_cells)
{
    std::string formula = "=AND(";
    for (std::size_t i = 0; i < table_cells.size(); ++i)
        formula += (i ? ";" : "") + table_cells[i];
    page.text(cell('A', row), "Every figure matches", style::heading);
    page.formula(cell('B', row), formula + ")", style::verdict);
    page.name("TW_ALL_MATCH", cell('B', row));
}
}
