// The toolkit the template workbooks are written with: a workbook made in a
// real Calc through UNO, its cell styles (inputs look like inputs), number
// formats with units, validity rules with plain-words messages, notes,
// named cells, charts and colour scales. Each template (sheets/*.cxx) reads
// as a list of what goes where.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "../tools/office.hxx"

namespace tokwatt::templates
{
using css::uno::Reference;

// The cell styles every template uses (created once per workbook).
namespace style
{
constexpr const char* title = "tokwatt Title";
constexpr const char* heading = "tokwatt Heading"; // a table's column headers
constexpr const char* input = "tokwatt Input";     // a value the reader may change
constexpr const char* result = "tokwatt Result";   // computed by a formula
constexpr const char* printed = "tokwatt Printed"; // a figure as a source text prints it
constexpr const char* note = "tokwatt Note";       // prose
constexpr const char* verdict = "tokwatt Verdict"; // TRUE/FALSE of a check
constexpr const char* off = "tokwatt Off";         // a FALSE: a figure that does not hold
}

// No upper bound, for a Rule.
constexpr double any_size = INFINITY;

// A validity rule for an input: a decimal in [min, max] (max may be
// any_size), with the message Calc shows when someone types another.
struct Rule
{
    double min;
    double max;
    std::string message;
};

class Page
{
public:
    Page(const Reference<css::lang::XComponent>& document,
         const Reference<css::sheet::XSpreadsheet>& sheet);

    void text(const std::string& cell, const std::string& text, const char* style = nullptr);
    void number(const std::string& cell, double value, const char* style = nullptr,
                const std::string& format = "");
    // A formula as a user types it (en-US function names, ';' separators).
    void formula(const std::string& cell, const std::string& formula,
                 const char* style = style::result, const std::string& format = "");
    void array_formula(const std::string& range, const std::string& formula,
                       const std::string& format = "");
    // An input: styled as one, guarded by rule, with a number format.
    void input(const std::string& cell, double value, const Rule& rule,
               const std::string& format = "");
    void style(const std::string& range, const char* style);
    void format(const std::string& range, const std::string& format);
    void comment(const std::string& cell, const std::string& text);
    void name(const std::string& name, const std::string& cell); // a workbook-wide name
    // Column widths in mm, from column A on.
    void widths(const std::vector<int>& mm);
    void wrap(const std::string& range);
    // Merges a range (e.g. a title row) so long text does not widen a column.
    void merge(const std::string& range);

    // A chart of series in columns: x_range (or "" for categories taken
    // from the first column) and one or more y ranges, placed over the
    // cells of `over` (e.g. "H3:N20").
    struct Chart
    {
        std::string name, over, title, x_title, y_title;
        std::string data; // e.g. "A5:C25": first column x, then series
        bool scatter = true;   // XY lines; false: vertical bars by category
        bool log_y = false;
        bool first_row_is_header = true;
        int lines_after_bars = 0; // bars: the last n series drawn as lines
        bool legend = false;      // below the plot; wanted with 2+ series
        double y_min = NAN;       // NaN: automatic (a log axis may need one)
        double x_min = NAN, x_max = NAN;
        bool markers = true;      // scatter: a symbol at every point
    };
    void chart(const Chart& chart);

    // A heat map over range: five background bands from green (the
    // range's smallest figure) to red (its largest), evenly spaced on a log
    // scale, so it follows the numbers live. Figures must be > 0. Returns
    // the bands' cell styles, smallest first, for a colour key.
    std::vector<std::string> colour_scale(const std::string& range);

    // Cells of range that show FALSE (0) take style::off: mismatches are
    // shown, not hidden.
    void highlight_false(const std::string& range);

    void align_top(const std::string& range); // wrapped notes line up with their row
    void align_right(const std::string& range);
    // A row tall enough for `lines` lines of notes (merged cells do not grow).
    void row_lines(int row, int lines);

    // A printed page starts at this row (1-based).
    void page_break_before(int row);

    // Print setup of this sheet: A4 landscape, one page wide.
    void print_landscape_one_page_wide();

    const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }
    std::string sheet_name() const;

private:
    Reference<css::lang::XComponent> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
};

class Book
{
public:
    explicit Book(const Office& office);
    ~Book();
    // The n-th sheet (0 is there already; 1, 2, ... are added), named.
    Page page(int index, const std::string& name);
    void recalculate();
    void save(const std::string& path); // by extension: .ots, .ods, .pdf
    const Reference<css::lang::XComponent>& document() const { return document_; }

private:
    void create_styles();
    Reference<css::lang::XComponent> document_;
};
}
