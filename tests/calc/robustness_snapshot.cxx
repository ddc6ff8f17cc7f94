// Every cell of a workbook (robustness_snapshot.hxx).
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "calc_cells.hxx"
#include "formula_rows.hxx"
#include "robustness_snapshot.hxx"

using namespace tokwatt;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt_test::robustness
{
namespace
{
std::string describe(const Reference<css::table::XCell>& cell)
{
    const int error = cell->getError();
    std::string text = "type " + std::to_string(static_cast<int>(cell->getType())) + " formula "
                       + to_utf8(cell->getFormula()) + " error " + std::to_string(error);
    if (!error)
        text += " value " + show(cell->getValue());
    return text + " shows " + shown_text(cell);
}

std::string describe(const Any& value)
{
    double number;
    if (value >>= number)
        return show(number);
    rtl::OUString text;
    if (value >>= text)
        return "\"" + to_utf8(text) + "\"";
    return value.hasValue() ? "?" : "empty";
}
}

Snapshot snapshot(const Reference<css::lang::XComponent>& document)
{
    using namespace css::sheet::CellFlags;
    Snapshot cells;
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s)
    {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
        const std::string name
            = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        const auto content = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                                 ->queryContentCells(VALUE | DATETIME | STRING | FORMULA);
        cells[name + " content"] = to_utf8(content->getRangeAddressesAsString());
        for (const auto& r : content->getRangeAddresses())
        {
            const long count = static_cast<long>(r.EndColumn - r.StartColumn + 1)
                               * (r.EndRow - r.StartRow + 1);
            for (sal_Int32 col = r.StartColumn; col <= r.EndColumn; ++col)
            {
                const std::string letters = column_letters(col);
                if (count <= 100000)
                {
                    for (sal_Int32 row = r.StartRow; row <= r.EndRow; ++row)
                        cells[name + "." + letters + std::to_string(row + 1)]
                            = describe(sheet->getCellByPosition(col, row));
                    continue;
                }
                const auto data = Reference<css::sheet::XCellRangeData>(
                                      sheet->getCellRangeByPosition(col, r.StartRow, col, r.EndRow),
                                      UNO_QUERY_THROW)
                                      ->getDataArray();
                std::string runs, last;
                long run = 0;
                for (const auto& row : data)
                {
                    const std::string value = describe(row[0]);
                    if (run && value != last)
                    {
                        runs += last + " x" + std::to_string(run) + ", ";
                        run = 0;
                    }
                    last = value;
                    ++run;
                }
                runs += last + " x" + std::to_string(run);
                cells[name + "." + letters + std::to_string(r.StartRow + 1) + ":" + letters
                      + std::to_string(r.EndRow + 1)]
                    = runs;
            }
        }
    }
    return cells;
}

// The cells that differ, at most 20 of them.
std::string differences(const Snapshot& before, const Snapshot& after)
{
    std::string out;
    int count = 0;
    auto note = [&](const std::string& key, const std::string& was, const std::string& is) {
        if (++count <= 20)
            out += "\n    " + key + ": before [" + was + "] after [" + is + "]";
    };
    for (const auto& [key, was] : before)
    {
        const auto it = after.find(key);
        if (it == after.end())
            note(key, was, "missing");
        else if (it->second != was)
            note(key, was, it->second);
    }
    for (const auto& [key, is] : after)
        if (!before.count(key))
            note(key, "missing", is);
    if (count > 20)
        out += "\n    ... " + std::to_string(count - 20) + " more";
    return out;
}
}
