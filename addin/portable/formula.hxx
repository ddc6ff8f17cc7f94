// The pieces of a Calc formula the portable rewriter needs, in the API
// grammar XCell::getFormula returns: ';' between arguments, strings in
// double quotes ("" inside), references such as A1, $B$7:$B$13,
// $'My sheet'.A1:B2, inline arrays {1;2|3;4} (';' columns, '|' rows).
// Plain C++: no UNO.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tokwatt::portable
{
enum class Tok
{
    number,      // 700, 0.05, 1.5E+20
    text,        // "us_electricity" (with its quotes)
    word,        // a name: a function, a reference, a named range
    open,        // (
    close,       // )
    sep,         // ;
    array_open,  // {
    array_close, // }
    array_row,   // |
    op,          // + - * / ^ & = <> < > <= >= % : ! ~
    space,
    error,       // #REF!, #N/A, ...
    other,
};

struct Token
{
    Tok kind;
    std::string text;
};

using Tokens = std::vector<Token>;

// Splits a formula (or part of one) into tokens; concatenating their texts
// gives the input back.
Tokens lex(const std::string& formula);

// The text of tokens [begin, end).
std::string join(const Tokens& tokens, std::size_t begin, std::size_t end);

// The index of the ')' (or '}') that closes the bracket at `open`, or
// tokens.size() when it is not closed.
std::size_t matching(const Tokens& tokens, std::size_t open);

// The arguments of a call whose '(' is at `open` and ')' at `close`: the
// [begin, end) token ranges between the top-level ';'. "()" has none.
std::vector<std::pair<std::size_t, std::size_t>> arguments(const Tokens& tokens,
                                                            std::size_t open,
                                                            std::size_t close);

// One cell of a reference: "$Sheet1.$B$7" is sheet "$Sheet1.", column 1
// (B, 0-based), row 6 (0-based), both absolute.
struct CellRef
{
    std::string sheet; // the sheet prefix as written, with its '.', or ""
    int column = 0;
    int row = 0;
    bool column_absolute = false;
    bool row_absolute = false;

    // The same reference moved by (columns, rows): "$Sheet1.$B$8".
    std::string shifted(int columns, int rows) const;
};

std::optional<CellRef> parse_cell(const std::string& word);

// "A", "Z", "AA", ... for a 0-based column.
std::string column_name(int column);

// A1 text of a cell, relative: address(1, 6) == "B7".
std::string address(int column, int row);

// What an argument of a tokwatt call is, once its own tokwatt calls are
// rewritten: the cases the expanders tell apart.
struct Arg
{
    enum class Kind
    {
        omitted,    // nothing between the separators
        number,     // a number literal, possibly negative
        text,       // a string literal
        reference,  // a cell or a cell range
        array,      // an inline array {..}
        expression, // anything else (a named range, a calculation, a call)
    };
    Kind kind = Kind::omitted;
    std::string text;   // the formula text, trimmed
    bool atomic = true; // safe as an operand without parentheses
    double number = 0;  // Kind::number
    std::string string; // Kind::text: the literal's value, unquoted
    // Kind::reference and Kind::array: the shape (rows x columns).
    int rows = 1, columns = 1;
    CellRef first;                     // Kind::reference: the top-left cell
    std::vector<std::string> elements; // Kind::array: row by row

    // Number of cells of a reference or an inline array (1 otherwise).
    int count() const { return rows * columns; }
    // A reference or inline array with more than one row and one column.
    bool two_dimensional() const { return rows > 1 && columns > 1; }
    // A one-column list of several cells (a column), or one-row (a row).
    bool column_list() const { return rows > 1 && columns == 1; }
    bool row_list() const { return rows == 1 && columns > 1; }
    // Its i-th cell (0-based, row by row) as formula text: a reference to
    // that cell or the array's element; the text itself for anything else.
    std::string element(int i) const;
};

// Classifies a formula fragment (an argument's text).
Arg classify(const std::string& text);

// A number as a formula writes it, the same in every locale and in a form
// every engine parses after LibreOffice has stored it (which rewrites
// 1.74E+17 as "1.74E+017", an upper-case exponent HyperFormula rejects):
// the fewest digits that read back as x, plain from 1E-12 up to 1E+15
// (86400, 0.05, 480000000000), else an exponent-free expression
// (174*10^15), (1380649/10^29) in brackets.
std::string number_text(double x);

// The plain range of number_text: decimal exponents of the first digit.
constexpr int plain_min_exponent = -12;
constexpr int plain_max_exponent = 14;

// A number literal's value ("1.5E+20", "0.05"), read the same in every
// locale; NaN when it is none.
double number_value(const std::string& text);

// A string literal: "a""b" for a"b.
std::string quoted(const std::string& text);
}
