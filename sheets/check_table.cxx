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

std::string check_table(Page& page, int top, const std::vector<Check>& checks)
{
    const char* headers[] = { "Quantity", "Computed (live)", "The text prints", "Equations give",
                              "Within +-", "Unit", "Matches", "Text agrees", "Note" };
    const char columns[] = "ABCDEFGHI";
    for (int c = 0; c < 9; ++c)
        page.text(std::string(1, columns[c]) + std::to_string(top), headers[c], style::heading);

    int row = top + 1;
    for (const Check& check : checks)
    {
        const std::string r = std::to_string(row);
        const std::string expected = check.recomputed.empty() ? check.printed : check.recomputed;
        page.text("A" + r, check.quantity);
        page.formula("B" + r, check.formula, style::result, format_as_printed(expected, 1));
        page.number("C" + r, printed_value(check.printed), style::printed,
                    format_as_printed(check.printed));
        page.number("D" + r, printed_value(expected), style::printed, format_as_printed(expected));
        // Half a unit of the last digit the figure is given to.
        page.number("E" + r, printed_tolerance(expected), style::printed);
        page.text("F" + r, check.unit);
        page.formula("G" + r, "=ABS(B" + r + "-D" + r + ")<=E" + r, style::verdict);
        page.formula("H" + r,
                     "=ABS(B" + r + "-C" + r + ")<=" + number(printed_tolerance(check.printed)),
                     style::verdict);
        page.text("I" + r, check.note, style::note);
        ++row;
    }
    const std::string first = std::to_string(top + 1), last = std::to_string(row - 1);
    page.name(table_name(page, top), "B" + first + ":E" + last);
    page.highlight_false("G" + first + ":H" + last);
    const std::string summary = "G" + std::to_string(row);
    page.text("F" + std::to_string(row), "All match", style::heading);
    page.formula(summary, "=AND(G" + first + ":G" + last + ")", style::verdict);
    return summary;
}

void all_match(Page& page, const std::string& label_cell, const std::string& cell,
               const std::vector<std::string>& table_cells)
{
    std::string formula = "=AND(";
    for (std::size_t i = 0; i < table_cells.size(); ++i)
        formula += (i ? ";" : "") + table_cells[i];
    page.text(label_cell, "Every figure matches", style::heading);
    page.formula(cell, formula + ")", style::verdict);
    page.name("TW_ALL_MATCH", cell);
}
}
