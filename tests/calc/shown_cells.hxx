// What a workbook shows, cell by cell, for the portable-copy suite: the
// used area of each sheet, every cell of it as a number, text, error or
// empty, and where two workbooks (an original and its copy) disagree.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace tokwatt_test::portable_copy
{
using Document = css::uno::Reference<css::lang::XComponent>;

css::uno::Reference<css::container::XIndexAccess> sheets_of(const Document& document);
css::uno::Reference<css::sheet::XSpreadsheet> sheet_of(const Document& document,
                                                       sal_Int32 index);
std::string name_of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// "B5" for column 1, row 4.
std::string address(sal_Int32 column, sal_Int32 row);

// What a cell shows.
struct Shown
{
    enum Kind { empty, number, text, error } kind = empty;
    double value = 0;
    std::string string;
    int code = 0;
};

// The used area of each sheet of the original: what the copies are read over.
struct Area
{
    sal_Int32 sheet;
    std::string name;
    css::table::CellRangeAddress range;
};

std::vector<Area> used_areas(const Document& document);

// Every cell of the areas as the document shows it, "Sheet.A1" -> shown;
// one call per sheet.
std::map<std::string, Shown> snapshot(const Document& document, const std::vector<Area>& areas);

// The cells where a copy shows something other than the original; with
// values_only, only where the original shows no error (the add-in's
// validation is not reproduced: README).
std::string differences(const std::map<std::string, Shown>& original,
                        const std::map<std::string, Shown>& copy, const std::string& what,
                        bool values_only = false);
}
