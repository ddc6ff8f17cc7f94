// A Calc sheet as tokwatt's tools and tests use it: type a formula into a
// cell, recalculate, read the value, the text or the Calc error shown.
#pragma once

#include <string>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace tokwatt
{
using css::uno::Reference;

// Calc's error codes as XCell::getError() reports them.
namespace calc_error
{
constexpr int none = 0;
constexpr int illegal_argument = 502; // Err:502, IllegalArgumentException
constexpr int num = 503;              // #NUM!: NaN or infinite result
constexpr int parameter_expected = 504; // Err:504: a required argument omitted
constexpr int value = 519;            // #VALUE!
constexpr int name = 525;             // #NAME?: unknown function
constexpr int na = 32767;             // #N/A
}

class Sheet
{
public:
    // The first sheet of a spreadsheet document, optionally renamed.
    explicit Sheet(const Reference<css::lang::XComponent>& document,
                   const std::string& name = "");

    // Content as a user types it into a cell: "=ETOK()", a number, a text.
    void set(const std::string& cell, const std::string& content);
    void set(const std::string& cell, double number);
    void set_text(const std::string& cell, const std::string& text); // never a formula
    // An array formula over a range such as "C1:E7".
    void set_array(const std::string& range, const std::string& formula);
    void clear(const std::string& range);

    void recalculate();
    double value(const std::string& cell) const;
    std::string text(const std::string& cell) const; // as Calc displays it
    int error(const std::string& cell) const;        // a calc_error code
    std::string formula(const std::string& cell) const;

    // Column widths fitted to content, so printed output shows no ###;
    // the first column gets first_mm instead (its titles may run across).
    void fit_columns(int count, int first_mm);
    Reference<css::sheet::XSpreadsheet> raw() const { return sheet_; }

private:
    Reference<css::lang::XComponent> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
};
}
