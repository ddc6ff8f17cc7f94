// Scenario 1 of bench-calc: every scalar function of the add-in's table
// that takes numbers, with its optional arguments given and omitted, against
// the same arithmetic as a native formula and against the Analysis add-in's
// EFFECT_ADD (the anchor); and how a variant's values are compared.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "office_timing.hxx"

namespace bench
{
struct Scalar
{
    std::string label;
    std::string ours;   // as a user types it, {r} the row
    std::string native; // the same arithmetic in Calc's own functions
    bool check = true;  // compare ours with native row by row
    double abs_tol = 0; // besides the 1E-9 relative tolerance
    bool info = false;  // LibreOffice's own add-in: no target, for reference
};


// Every scalar function of addin/function_table.cxx that takes numbers, with
// its optional arguments given and omitted.
std::vector<Scalar> scalar_variants();

extern const std::string anchor_local;
extern const char* const tokwatt_api_prefix;
extern const char* const analysis_api_prefix;

struct ScalarResult
{
    Scalar variant;
    double ours = NAN, native = NAN, anchor = NAN; // medians, s
    double vs_anchor = NAN, vs_native = NAN;       // medians of paired ratios
    std::string problem;                           // a wrong value or an error
};

// ours against native in column col over a sample of rows: "" when they agree.
std::string compare_columns(const Book& ours, const Book& native, int col, const Scalar& s);
}
