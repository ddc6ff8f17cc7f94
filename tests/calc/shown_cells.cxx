// What a workbook shows, cell by cell (shown_cells.hxx).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include "calc_cells.hxx"
#include "calc_fixture.hxx"
#include "shown_cells.hxx"

using namespace tokwatt;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test::portable_copy
{
Reference<css::container::XIndexAccess> sheets_of(const Document& document)
{
    return Reference<css::container::XIndexAccess>(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
}

Reference<css::sheet::XSpreadsheet> sheet_of(const Document& document, sal_Int32 index)
{
    return Reference<css::sheet::XSpreadsheet>(sheets_of(document)->getByIndex(index),
                                               UNO_QUERY_THROW);
}

std::string name_of(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

std::string address(sal_Int32 column, sal_Int32 row)
{
    return column_letters(column) + std::to_string(row + 1);
}

namespace
{
bool agree(const Shown& a, const Shown& b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind)
    {
        case Shown::number:
            return a.value == b.value
                   || std::fabs(a.value - b.value)
                          <= 1e-12 * std::max(std::fabs(a.value), std::fabs(b.value));
        case Shown::text: return a.string == b.string;
        case Shown::error: return a.code == b.code;
        default: return true;
    }
}

std::string describe(const Shown& s)
{
    switch (s.kind)
    {
        case Shown::number:
        {
            char text[40];
            std::snprintf(text, sizeof text, "%.17g", s.value);
            return text;
        }
        case Shown::text: return "\"" + s.string + "\"";
        case Shown::error: return error_name(s.code);
        default: return "empty";
    }
}
}

std::vector<Area> used_areas(const Document& document)
{
    std::vector<Area> areas;
    for (sal_Int32 s = 0; s < sheets_of(document)->getCount(); ++s)
    {
        const auto sheet = sheet_of(document, s);
        auto cursor = sheet->createCursor();
        Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        areas.push_back({ s, name_of(sheet),
                          Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                              ->getRangeAddress() });
    }
    return areas;
}

std::map<std::string, Shown> snapshot(const Document& document, const std::vector<Area>& areas)
{
    std::map<std::string, Shown> cells;
    for (const Area& a : areas)
    {
        const auto sheet = sheet_of(document, a.sheet);
        const auto range = sheet->getCellRangeByPosition(a.range.StartColumn, a.range.StartRow,
                                                         a.range.EndColumn, a.range.EndRow);
        const auto data
            = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
            for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
            {
                const Any& v = data[r][c];
                Shown s;
                double number;
                OUString text;
                if (v >>= number)
                {
                    s.kind = Shown::number;
                    s.value = number;
                }
                else if (v >>= text)
                {
                    s.kind = text.isEmpty() ? Shown::empty : Shown::text;
                    s.string = to_utf8(text);
                }
                else // Calc leaves an error cell void
                {
                    s.kind = Shown::error;
                    s.code = range->getCellByPosition(c, r)->getError();
                }
                cells[a.name + "." + address(a.range.StartColumn + c, a.range.StartRow + r)] = s;
            }
    }
    return cells;
}

std::string differences(const std::map<std::string, Shown>& original,
                        const std::map<std::string, Shown>& copy, const std::string& what,
                        bool values_only)
{
    std::string out;
    int n = 0;
    for (const auto& [where, shown] : original)
    {
        const auto it = copy.find(where);
        const Shown other = it == copy.end() ? Shown() : it->second;
        if (values_only && shown.kind == Shown::error)
            continue;
        if (!agree(shown, other) && ++n <= 8)
            out += "\n  " + what + " " + where + ": the original shows " + describe(shown)
                   + ", the copy " + describe(other);
    }
    if (n > 8)
        out += "\n  ... " + std::to_string(n - 8) + " more";
    return out;
}
}
