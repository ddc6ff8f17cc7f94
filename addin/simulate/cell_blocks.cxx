#include "cell_blocks.hxx"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt::simulate
{
namespace
{
constexpr std::size_t none = static_cast<std::size_t>(-1);
}

CellBlocks::CellBlocks(const std::vector<Reference<css::table::XCell>>& cells, int max_gap)
{
    std::vector<css::table::CellAddress> at;
    for (const auto& cell : cells)
        at.push_back(Reference<css::sheet::XCellAddressable>(cell, UNO_QUERY_THROW)->getCellAddress());
    std::vector<std::size_t> order(cells.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::make_tuple(at[a].Sheet, at[a].Column, at[a].Row)
               < std::make_tuple(at[b].Sheet, at[b].Column, at[b].Row);
    });
    for (std::size_t first = 0; first < order.size();)
    {
        // The run: the cells after `first` on its sheet and column, each at
        // most max_gap rows below the one before.
        std::size_t last = first;
        const auto& a = at[order[first]];
        while (last + 1 < order.size() && at[order[last + 1]].Sheet == a.Sheet
               && at[order[last + 1]].Column == a.Column
               && at[order[last + 1]].Row - at[order[last]].Row <= max_gap + 1)
            ++last;
        const sal_Int32 top = a.Row, bottom = at[order[last]].Row;
        Run run;
        run.range.set(Reference<css::sheet::XSheetCellRange>(cells[order[first]], UNO_QUERY_THROW)
                          ->getSpreadsheet()
                          ->getCellRangeByPosition(a.Column, top, a.Column, bottom),
                      UNO_QUERY_THROW);
        run.value.assign(static_cast<std::size_t>(bottom - top + 1), none);
        for (std::size_t k = first; k <= last; ++k)
            run.value[static_cast<std::size_t>(at[order[k]].Row - top)] = order[k];
        run.data.realloc(bottom - top + 1);
        for (auto& row : run.data)
            row.realloc(1);
        runs_.push_back(std::move(run));
        first = last + 1;
    }
}

void CellBlocks::write(const std::vector<double>& values)
{
    for (Run& run : runs_)
    {
        for (std::size_t r = 0; r < run.value.size(); ++r)
        {
            if (run.value[r] == none)
                throw std::logic_error("CellBlocks: a write would overwrite a cell not given");
            run.data[static_cast<sal_Int32>(r)][0] <<= values[run.value[r]];
        }
        run.range->setDataArray(run.data);
    }
}

void CellBlocks::read(std::vector<double>& values)
{
    for (const Run& run : runs_)
    {
        const Sequence<Sequence<Any>> data = run.range->getDataArray();
        for (std::size_t r = 0; r < run.value.size(); ++r)
        {
            if (run.value[r] == none)
                continue;
            double v = NAN;
            // an error arrives void, a text as a string: neither is a number
            if (!(data[static_cast<sal_Int32>(r)][0] >>= v))
                v = NAN;
            values[run.value[r]] = v;
        }
    }
}
}
