#include "sheet.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include "../addin/common/strings.hxx"

using css::uno::Any;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt
{
namespace
{
}

Sheet::Sheet(const Reference<css::lang::XComponent>& document, const std::string& name)
    : document_(document)
{
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    sheet_.set(sheets->getByIndex(0), UNO_QUERY_THROW);
    if (!name.empty())
        Reference<css::container::XNamed>(sheet_, UNO_QUERY_THROW)->setName(to_ou(name));
}

// Through "FormulaLocal", as a user types into the cell: the UI's function
// names (CONVERT is the Analysis add-in's, not the API's CONVERT_OOO).
void Sheet::set(const std::string& cell, const std::string& content)
{
    Reference<css::beans::XPropertySet> props(
        sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0), UNO_QUERY_THROW);
    props->setPropertyValue("FormulaLocal", Any(to_ou(content)));
}

void Sheet::set(const std::string& cell, double number)
{
    sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0)->setValue(number);
}

void Sheet::set_text(const std::string& cell, const std::string& text)
{
    Reference<css::text::XText>(sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0),
                                UNO_QUERY_THROW)
        ->setString(to_ou(text));
}

void Sheet::set_array(const std::string& range, const std::string& formula)
{
    Reference<css::sheet::XArrayFormulaRange> array(sheet_->getCellRangeByName(to_ou(range)),
                                                    UNO_QUERY_THROW);
    array->setArrayFormula(to_ou(formula));
}

void Sheet::clear(const std::string& range)
{
    using namespace css::sheet::CellFlags;
    Reference<css::sheet::XSheetOperation> op(sheet_->getCellRangeByName(to_ou(range)),
                                              UNO_QUERY_THROW);
    op->clearContents(VALUE | DATETIME | STRING | ANNOTATION | FORMULA | HARDATTR | STYLES);
}

void Sheet::recalculate()
{
    Reference<css::sheet::XCalculatable>(document_, UNO_QUERY_THROW)->calculateAll();
}

double Sheet::value(const std::string& cell) const
{
    return sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0)->getValue();
}

std::string Sheet::text(const std::string& cell) const
{
    Reference<css::text::XText> text(
        sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0), UNO_QUERY_THROW);
    return to_utf8(text->getString());
}

int Sheet::error(const std::string& cell) const
{
    return sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0)->getError();
}

std::string Sheet::formula(const std::string& cell) const
{
    return to_utf8(sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0)->getFormula());
}

void Sheet::fit_columns(int count, int first_mm)
{
    Reference<css::table::XColumnRowRange> range(sheet_, UNO_QUERY_THROW);
    auto columns = range->getColumns();
    for (int c = 0; c < count; ++c)
    {
        Reference<css::beans::XPropertySet> column(columns->getByIndex(c), UNO_QUERY_THROW);
        if (c == 0)
            column->setPropertyValue("Width", Any(sal_Int32(first_mm * 100)));
        else
            column->setPropertyValue("OptimalWidth", Any(true));
    }
}
}
