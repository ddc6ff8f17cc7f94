// Many cells' values written or read at once. In Calc each XCell::setValue
// is a whole document modification (undo, broadcast, repaint, UNO
// notification), so the cells are grouped into runs (one sheet, one
// column, rows next to each other) and each run is one XCellRangeData
// call: a trial of the uncertainty template costs one setDataArray and
// one getDataArray instead of 8 setValue and 6 getValue (make bench,
// section 6, measures both).
#pragma once

#include <cstddef>
#include <vector>

#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCell.hpp>

namespace tokwatt::simulate
{
class CellBlocks
{
public:
    // cells in the order of the values; a run may span up to max_gap cells
    // that are not listed (only for reading: a write never touches a cell
    // it was not given).
    CellBlocks(const std::vector<css::uno::Reference<css::table::XCell>>& cells, int max_gap);

    void write(const std::vector<double>& values); // values[i] into cells[i]
    void read(std::vector<double>& values);        // cells[i] into values[i]; NaN: an error or a text

    std::size_t runs() const { return runs_.size(); }

private:
    struct Run
    {
        css::uno::Reference<css::sheet::XCellRangeData> range;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data; // a row per cell
        std::vector<std::size_t> value;  // per row: the index of its value, or npos
    };
    std::vector<Run> runs_;
};
}
