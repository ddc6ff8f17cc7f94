#include "workbook_report.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include "../addin/common/strings.hxx"

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt
{
namespace
{

std::string column_letters(sal_Int32 column)
{
    std::string letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

std::string sheet_name(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}
}

void for_each_used_cell(
    const Reference<css::lang::XComponent>& document,
    const std::function<void(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                             sal_Int32 row)>& visit)
{
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s)
    {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
        auto cursor = sheet->createCursor();
        Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        const auto area
            = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
        for (sal_Int32 row = area.StartRow; row <= area.EndRow; ++row)
            for (sal_Int32 col = area.StartColumn; col <= area.EndColumn; ++col)
                visit(sheet, col, row);
    }
}

WorkbookReport inspect(const Reference<css::lang::XComponent>& document)
{
    WorkbookReport report;
    for_each_used_cell(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                      sal_Int32 col, sal_Int32 row) {
        if (const sal_Int32 error = sheet->getCellByPosition(col, row)->getError())
            report.error_cells.push_back(sheet_name(sheet) + "." + column_letters(col)
                                         + std::to_string(row + 1) + " (Err:"
                                         + std::to_string(error) + ")");
    });

    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                              UNO_QUERY_THROW);
    for (const OUString& name : names->getElementNames())
    {
        Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                           UNO_QUERY_THROW);
        auto cells = referrer->getReferredCells();
        if (!cells.is())
            continue;
        if (name == "TW_ALL_MATCH")
        {
            report.has_all_match = true;
            report.all_match = cells->getCellByPosition(0, 0)->getValue() != 0.0
                               && cells->getCellByPosition(0, 0)->getError() == 0;
        }
        else if (name.startsWith("TW_CHECKS_"))
        {
            const auto a = Reference<css::sheet::XCellRangeAddressable>(cells, UNO_QUERY_THROW)
                               ->getRangeAddress();
            Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(a.Sheet),
                                                      UNO_QUERY_THROW);
            for (sal_Int32 r = 0; r <= a.EndRow - a.StartRow; ++r)
                report.checks.push_back({ sheet_name(sheet) + "." + column_letters(a.StartColumn)
                                              + std::to_string(a.StartRow + r + 1),
                                          cells->getCellByPosition(0, r)->getValue(),
                                          cells->getCellByPosition(1, r)->getValue(),
                                          cells->getCellByPosition(2, r)->getValue(),
                                          cells->getCellByPosition(3, r)->getValue() });
        }
    }
    return report;
}
}
