// The portable rewriter: a formula that calls tokwatt functions becomes one
// made only of built-in spreadsheet functions, so a copy of the workbook
// stays live in a LibreOffice without the extension, in Excel and in other
// spreadsheet programs.
//
// Input and output are Calc's API grammar (XCell::getFormula /
// setFormula): "=ORG.TOKWATT.CALCFUNCTIONS.EEFF(ORG.TOKWATT.CALCFUNCTIONS.
// ETOK();0.05)". Every tokwatt call is expanded, inner calls first, with
// its defaults filled in from the core's constants and ranges kept as
// ranges; the rest of the formula is kept as written. A preset lookup
// with a literal name becomes its constant and a note naming the preset
// and its source; one named by a cell or a formula a choice among the
// catalog's presets of its kind. What has no built-in equivalent (the
// catalog's text, the add-in's version, a truncated metalog range over
// cells) makes the whole cell Status::freeze: the caller keeps its current
// value and says so in a note. Pure C++ (no UNO): the expanders are in expanders.cxx, one per
// function, listed in one table.
#pragma once

#include <string>
#include <vector>

namespace tokwatt
{
struct FunctionInfo;
}

namespace tokwatt::portable
{
// The tokwatt function a word of a formula names, as the API grammar
// spells it ("ORG.TOKWATT.CALCFUNCTIONS.ETOK", any case), or nullptr.
const FunctionInfo* tokwatt_function_named(const std::string& word);

enum class Status
{
    unchanged, // no tokwatt call: keep the cell as it is
    native,    // formula holds the built-in equivalent
    freeze,    // no built-in equivalent: keep the value, note `reason`
};

struct Rewrite
{
    Status status = Status::unchanged;
    std::string formula;            // Status::native: "=..." in API grammar
    bool array_entry = false;       // enter it as an array formula (it
                                    // transposes a range: older Excel needs that)
    std::vector<std::string> notes; // presets written in as constants, with sources
    std::string reason;             // Status::freeze: why, in words
};

// Whether a formula calls any tokwatt function.
bool uses_tokwatt(const std::string& formula);

// Whether the copy rewrites a formula: it calls a tokwatt function, or
// CONVERT, which not every engine has (HyperFormula), and which becomes
// arithmetic over the units the templates use.
bool needs_rewrite(const std::string& formula);

// Rewrites one cell's formula ("=...").
Rewrite rewrite(const std::string& formula);

// An array formula ("{=...}" or "=...") entered over `rows` x `columns`
// cells whose top-left cell is at (column, row), 0-based, of its sheet.
// A COHORT array becomes one native formula per cell (cells[row][column],
// P_pop, the grid ratio and K_1 over the same users); any other array
// formula stays one array formula over the range (`formula`).
struct ArrayRewrite
{
    Status status = Status::unchanged;
    std::string formula;                        // one array formula, or ""
    std::vector<std::vector<std::string>> cells; // or one formula per cell
    std::vector<std::string> notes;
    std::string reason;
};

ArrayRewrite rewrite_array(const std::string& formula, int column, int row, int rows,
                           int columns);

// What each function becomes, as the README lists it: "ETOK" ->
// "pue*SUMPRODUCT(fleet_share;tdp_w/tokens_per_s)...". Empty for a name
// that is not a tokwatt function.
std::string native_form(const std::string& function);

// The longest formula the rewriter writes; a longer native formula freezes
// the cell instead. Excel's limit is 8,192 characters; Calc writes some
// numbers longer than the rewriter does (1E+08 as 100000000), hence the
// margin.
constexpr std::size_t max_formula_length = 7000;
}
