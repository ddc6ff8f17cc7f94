// What a recalculated workbook says about itself: its TW_ALL_MATCH cell,
// its check tables (TW_CHECKS_*), and any cell that shows an error. Used by
// make run and by the template tests.
#pragma once

#include <string>
#include <vector>

#include <functional>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace tokwatt
{
struct CheckRow
{
    std::string where;       // "Calculator.B32"
    double computed;         // column B of a check table
    double printed;          // column C
    double expected;         // column D: printed, or what the equations give
    double tolerance;        // column E: half a unit of its last digit
};

struct WorkbookReport
{
    bool has_all_match = false;
    bool all_match = false;
    std::vector<CheckRow> checks;
    std::vector<std::string> error_cells; // "Sheet.A1 (Err:502)"
};

// Calls visit for every cell in the used area of every sheet.
void for_each_used_cell(
    const css::uno::Reference<css::lang::XComponent>& document,
    const std::function<void(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                             sal_Int32 column, sal_Int32 row)>& visit);

WorkbookReport inspect(const css::uno::Reference<css::lang::XComponent>& document);
}
