// The check table every template ends a sheet with: each figure a source
// text prints, beside the one the workbook computes live, and whether they
// match. Where a text contradicts its own equations the row says what the
// equations give, and the table matches against that, saying the text is
// off rather than hiding it.
//
// Columns: quantity | computed | the text prints | the equations give |
// within +- (half a unit of its last digit) | unit | matches | the text
// agrees | note. The workbook's one summary cell TW_ALL_MATCH is TRUE when
// every row of every table matches; each table's rows (computed .. within)
// are the named range TW_CHECKS_<sheet>_<row>. The computed column shows a
// digit more than the figure it is compared with; a FALSE is highlighted.
#pragma once

#include <string>
#include <vector>

#include "kit.hxx"

namespace tokwatt::templates
{
struct Check
{
    std::string quantity;
    std::string formula;    // the figure in `unit`, e.g. "=B12/1E3"
    std::string printed;    // as the text prints it, e.g. "64.9"
    std::string unit;       // e.g. "kW"
    std::string recomputed; // "" when the text is right; else what the equations give
    std::string note;       // source, or why the text is off
};

// The table's columns.
namespace check_column
{
constexpr char quantity = 'A', computed = 'B', printed = 'C', expected = 'D', within = 'E',
               unit = 'F', matches = 'G', agrees = 'H', note = 'I';
}

// A number format showing a value with the digits of a printed figure and
// `extra` more decimals: ("0.280", 0) -> "0.000", ("3.02E-3", 1) ->
// "0.000E+00", ("44500", 0) -> "#,##0".
std::string format_as_printed(const std::string& printed, int extra = 0);

// Writes a table from the next row of page on (its headings), one row a
// check (a check's formula may name cells {key}), and leaves the cursor on
// the table's "All match" row; returns the cell holding it (e.g. "G30").
std::string check_table(Page& page, const std::vector<Check>& checks);

// On a live twin (Book::twins) the table is instead "your inputs against
// the text's": the figure at the reader's inputs (computed), the text's
// figure (printed), the twin's figure at the text's inputs (expected) and
// the ratio of the two (matches); its "All match" is the twin's.

// Writes TW_ALL_MATCH, "Every figure matches" = AND of the tables' cells,
// in column B of `row` of page, with its label in A (on a text twin the
// same without the name), and the page's status cell from C to I.
void all_match(Page& page, int row, const std::vector<std::string>& table_cells,
               bool with_status = true);

// The status cell (Page::status_formula) over from:to of `row`: says in
// words which input is empty or out of range, shown red when one is.
void status(Page& page, int row, char from, char to);
}
