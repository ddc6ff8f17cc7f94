// Inside the rewriter: one expander per tokwatt function, listed in one
// table. An expander gets the call's arguments (already rewritten and
// classified) and returns the built-in formula text that computes the
// same value, or throws Unportable.
#pragma once

#include <string>
#include <vector>

#include "../function_table.hxx"
#include "formula.hxx"

namespace tokwatt::portable
{
// No built-in equivalent: the cell is frozen to its value; `reason` says
// why, in words a cell note can show.
struct Unportable
{
    std::string reason;
};

// What a rewrite collects besides the formula.
struct Context
{
    std::vector<std::string> notes; // each once, in order
    bool array_entry = false;       // a range was transposed

    void note(const std::string& text);
};

struct Call
{
    const FunctionInfo* function;
    std::vector<Arg> args; // one per argument of the table, omitted ones too

    const Arg& operator[](std::size_t i) const { return args[i]; }
};

struct Expander
{
    const char* name;                                 // the function table's name
    std::string (*expand)(const Call&, Context&);     // its built-in formula
    const char* native;                               // as the README shows it
};

// The built-in functions an expander may write: each is implemented alike
// in Excel, LibreOffice, Gnumeric and HyperFormula (no LOOKUP, no CONVERT
// (HyperFormula lacks both; the rewriter turns the workbook's own CONVERT
// calls into arithmetic), no TEXT (locale-dependent formats); INT only of
// numbers that are not negative, which HyperFormula truncates toward zero;
// EXACT, case-sensitive in every engine, for a CONVERT unit in a cell;
// NORMDIST with all four arguments and NORMINV with three, the names every
// engine reads from .ods and .xlsx alike (NORMSDIST has one argument in
// Calc and Excel and two in HyperFormula; NORM.S.DIST is stored in .ods as
// COM.MICROSOFT.NORM.S.DIST, which HyperFormula does not read); no MATCH,
// which may treat its text as a wildcard or regular expression, or match
// part of a cell, depending on a document's settings).
// The tests check that every expansion calls only these.
extern const char* const allowed_builtins[];
extern const std::size_t allowed_builtin_count;
bool allowed_builtin(const std::string& name);

extern const Expander expanders[];
extern const std::size_t expander_count;

// The expander of a function table entry, or nullptr.
const Expander* find_expander(const char* name);

// A COHORT call's number of cohorts (rows of its array), and the figure
// in row i, column k (0-based: P_pop, grid ratio, K_1) as one formula;
// both throw Unportable where the add-in shows an error.
int cohort_count(const Call& call);
std::string cohort_value(const Call& call, Context& cx, int i, int k);

// COHORT entered as an array over rows x columns cells from (column, row):
// one built-in formula per cell ("=..."), P_pop / grid ratio / K_1 of the
// cohort in that row, #N/A where Calc shows it.
std::vector<std::vector<std::string>> cohort_cells(const Call& call, Context& cx, int column,
                                                   int row, int rows, int columns);
}
