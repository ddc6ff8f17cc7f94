// Numbers written into a template's texts by formulas that every engine
// computes alike. FIXED is missing in HyperFormula, and TEXT's formats are
// read differently ("#,##0" gives "350,##0" there), so the digits are built
// from whole numbers, which every engine turns into text the same way.
#pragma once

#include <string>

namespace tokwatt::templates
{
// A formula: the text of x with `decimals` digits after the point, as
// FIXED(x; decimals; 1) (no thousands separators).
std::string fixed_text(const std::string& x, int decimals);

// A formula: the text of x (> 0) to `digits` significant digits, the
// decimals as many as they need (0.12, 2.3, 299).
std::string significant_text(const std::string& x, int digits);
}
