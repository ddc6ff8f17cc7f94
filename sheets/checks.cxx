#include "checks.hxx"

#include <cctype>
#include <cstdio>

#include "../tools/source_checks.hxx"

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

// A number format that shows a value with the digits of a printed figure:
// "0.280" -> "0.000", "3.02E-3" -> "0.00E+00", "44500" -> "#,##0".
std::string format_as_printed(const std::string& printed)
{
    const std::size_t exponent = printed.find_first_of("eE");
    const std::string mantissa = printed.substr(0, exponent);
    const std::size_t dot = mantissa.find('.');
    const std::string decimals
        = dot == std::string::npos ? "" : "." + std::string(mantissa.size() - dot - 1, '0');
    if (exponent != std::string::npos)
        return "0" + decimals + "E+00";
    return (dot == std::string::npos ? "#,##0" : "0") + decimals;
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
        page.formula("B" + r, check.formula);
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
