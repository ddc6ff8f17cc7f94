// The toolkit the template workbooks are written with: a workbook made in a
// real Calc through UNO, its cell styles (inputs look like inputs), number
// formats with units, validity rules with plain-words messages, notes,
// named cells, charts and colour scales. Each template (sheets/*.cxx) reads
// as a list of what goes where.
#pragma once

#include <cmath>
#include <functional>
#include <utility>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
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
constexpr const char* unit = "tokwatt Unit";       // a unit, a little apart from its value
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
    // An upper bound that depends on other inputs ("1-{alpha_o}"), used
    // instead of max; the status cell (all_match) checks it too.
    std::string max_formula = "";
};

// Which inputs a sheet holds. A plain sheet has the reader's inputs and its
// own check tables. Twins (Book::twins) are the same model built twice, cell
// for cell: the live one holds the reader's inputs, the text's one the
// source text's own inputs as fixed figures and the check tables, so that
// no input the reader types can turn a check FALSE; the live sheet's check
// tables become "your inputs against the text's" tables beside them.
enum class Scenario
{
    plain,
    live,
    text
};

// The names of the catalog's presets of one kind (enum tw_preset_kind of
// core/tw_catalog.h), in catalog order: the choices of a choice() input.
std::vector<std::string> catalog_names(int kind);

// Number formats with SI prefixes for figures kept in base units (W, J):
// Calc (and Excel) take at most two conditions in a format, so three
// ranges. si_format: from 10^exponent (a multiple of 3) on, in that
// prefix and the next one ("1.3 GW", "429.0 TW"), and below it in
// engineering notation ("53.2E+3 W"), so no figure ever shows as 0.0;
// above the top range the figure grows ("1740.0 TW"). si_axis_format:
// three prefixes from 10^exponent on ("0.1 GW" ... "1 PW"), for a chart
// axis whose minimum is fixed there.
std::string si_format(const std::string& unit, int exponent, const std::string& digits = "0.0");
std::string si_axis_format(const std::string& unit, int exponent);

// Addresses: cell('B', 12) is "B12", fixed('B', 12) is "$B$12".
std::string cell(char column, int row);
std::string fixed(char column, int row);

// A sheet, written row after row. Its cursor is a row (1-based; 0 before
// the first): next() moves it down, and the writers that take a column
// letter instead of a cell write in the cursor's row, so a template lists
// its rows in order and never counts them. Cells it refers to later get a
// key: formulas (formula, array_formula, expand) name them {key}, which
// becomes the address as it was given ("B20" or "$B$20"), {$key} the
// absolute address; an unknown key throws. Copies of a Page share one
// cursor and one set of keys.
class Page
{
public:
    Page(const Reference<css::lang::XComponent>& document,
         const Reference<css::sheet::XSpreadsheet>& sheet);

    // The row cursor.
    int row() const;
    int next(int rows = 1);                   // moves down; returns the new row
    std::string at(char column) const;        // column in the cursor's row: "B12"
    std::string fixed_at(char column) const;  // "$B$12"
    std::string span(char from, char to) const; // "D12:I12"
    // Headings in the next row, from column A on ("" leaves a cell empty).
    void headers(const std::vector<std::string>& cells);

    // Named cells.
    void key(const std::string& key, const std::string& cell);
    std::string ref(const std::string& key) const; // its address, as given
    // The address from another sheet: "$'Sheet name'.B12".
    std::string ref_from_outside(const std::string& key) const;
    // "$'Sheet name'." with any ' in the name doubled, as formulas need it.
    static std::string sheet_prefix(const std::string& sheet);
    std::string expand(const std::string& formula) const;

    // Twins (Book::twins): which scenario this sheet holds, and a cell of
    // the twin at the same address ("$'Calculator'.B12").
    Scenario scenario() const;
    bool text_inputs() const { return scenario() == Scenario::text; }
    std::string twin(const std::string& cell) const;
    std::string twin_name() const; // the twin sheet's name
    // The sentence on what the sheet's inputs are, for its introduction.
    std::string inputs_note() const;

    // The status cell (all_match writes it): every input so far is checked
    // against its rule (empty, not a number, out of range), and `test` (a
    // formula, e.g. "{alpha_o}+{alpha_h}>1") says why in `why` (a text
    // formula, e.g. "\"alpha_m would be \"&FIXED(1-{alpha_o}-{alpha_h};2)").
    void condition(const std::string& test, const std::string& why);
    std::string status_formula() const;

    // The writers below in the cursor's row.
    void text(char column, const std::string& text, const char* style = nullptr)
    {
        this->text(at(column), text, style);
    }
    void number(char column, double value, const char* style = nullptr,
                const std::string& format = "")
    {
        number(at(column), value, style, format);
    }
    void formula(char column, const std::string& formula, const char* style = style::result,
                 const std::string& format = "")
    {
        this->formula(at(column), formula, style, format);
    }
    void input(char column, double value, const Rule& rule, const std::string& format = "")
    {
        input(at(column), value, rule, format);
    }
    void choice(char column, const std::string& value, const std::vector<std::string>& options,
                const std::string& message)
    {
        choice(at(column), value, options, message);
    }
    void merge(char from, char to) { merge(span(from, to)); }

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
    // An input holding one of options (text), guarded by a list rule: a
    // drop-down of the options, any other text refused with message.
    void choice(const std::string& cell, const std::string& value,
                const std::vector<std::string>& options, const std::string& message);
    void style(const std::string& range, const char* style);
    void format(const std::string& range, const std::string& format);
    void comment(const std::string& cell, const std::string& text);
    // A workbook-wide name; on a text twin, a name local to every text twin
    // of the book (the live sheets' formulas read the global one), unless
    // workbook_wide.
    void name(const std::string& name, const std::string& cell, bool workbook_wide = false);
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
        std::string y_format = ""; // the y axis' number format; "": the data's
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
    // A status cell (status_formula) takes style::off when it reports an error.
    void highlight_error(const std::string& cell);

    void align_top(const std::string& range); // wrapped notes line up with their row
    void align_right(const std::string& range);
    // A row tall enough for `lines` lines of notes (merged cells do not grow).
    void row_lines(int row, int lines);
    void row_height(int row, int mm);
    // Rows of range fit their wrapped text.
    void optimal_heights(const std::string& range);

    // A printed page starts at this row (1-based).
    void page_break_before(int row);

    // Print setup of this sheet: A4 landscape, one page wide.
    void print_landscape_one_page_wide();

    const Reference<css::sheet::XSpreadsheet>& sheet() const { return sheet_; }
    std::string sheet_name() const;

private:
    // Sets validation on range, with message shown on input and on refusal.
    void guard(const Reference<css::beans::XPropertySet>& range,
               const Reference<css::beans::XPropertySet>& validation, const std::string& message);
    struct Guard
    {
        std::string cell;
        Rule rule;
    };
    struct Layout
    {
        int row = 0;
        std::map<std::string, std::string> keys;
        Scenario scenario = Scenario::plain;
        std::string twin; // the twin sheet's name
        std::vector<Guard> guards;
        std::vector<std::pair<std::string, std::string>> conditions; // test, why
        // The book's text twins: a name (Page::name) given on one of them is
        // local to each of them, so their formulas read the text's cells.
        std::shared_ptr<std::vector<Reference<css::sheet::XSpreadsheet>>> text_sheets;
    };
    friend class Book;
    Reference<css::lang::XComponent> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    std::shared_ptr<Layout> layout_;
};

class Book
{
public:
    explicit Book(const Office& office);
    ~Book();
    // The n-th sheet (0 is there already; 1, 2, ... are added), named.
    Page page(int index, const std::string& name);
    // The same model twice (Scenario): build runs on the live sheet (at
    // live_index, the reader's inputs) and on its twin (the text's inputs).
    void twins(int live_index, const std::string& live_name, int text_index,
               const std::string& text_name, const std::function<void(Page&)>& build);
    // Both pages (created in the order of their indices), for a model whose
    // sheets refer to each other.
    std::pair<Page, Page> twin_pages(int live_index, const std::string& live_name,
                                     int text_index, const std::string& text_name);
    // Makes two pages twins: live (the reader's inputs) and text.
    void make_twins(Page& live, Page& text);
    void title(const std::string& title); // the document's Title property
    void recalculate();
    void save(const std::string& path); // by extension: .ots, .ods, .pdf
    const Reference<css::lang::XComponent>& document() const { return document_; }
    // The office's context, to create its services (a template that runs
    // the add-in's simulation job while it is built).
    const Reference<css::uno::XComponentContext>& context() const { return context_; }

private:
    void create_styles();
    Reference<css::uno::XComponentContext> context_;
    Reference<css::lang::XComponent> document_;
    std::shared_ptr<std::vector<Reference<css::sheet::XSpreadsheet>>> text_sheets_
        = std::make_shared<std::vector<Reference<css::sheet::XSpreadsheet>>>();
};
}
