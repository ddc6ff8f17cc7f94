// Every cell of a workbook, to compare it before and after a save: what
// each cell holds (type, formula, error, value, text), long runs of equal
// cells (a million-row column) kept as run lengths.
#pragma once

#include <map>
#include <string>

#include <com/sun/star/lang/XComponent.hpp>

namespace tokwatt_test::robustness
{
// Cell (or run of cells) -> what it holds: type, formula, error, value, text.
using Snapshot = std::map<std::string, std::string>;

// Every cell with content of every sheet; long runs (the million-row
// column) are read in bulk and kept as run lengths.
Snapshot snapshot(const css::uno::Reference<css::lang::XComponent>& document);

// The cells that differ, at most 20 of them.
std::string differences(const Snapshot& before, const Snapshot& after);
}
