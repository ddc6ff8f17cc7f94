#include "copy.hxx"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/io/SequenceOutputStream.hpp>
#include <com/sun/star/io/XSequenceOutputStream.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "rewrite.hxx"
#include "../common/document_copy.hxx"
#include "../common/store_options.hxx"
#include "../common/strings.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::portable
{
namespace
{
// What a formula cell shows: a number, a text or an error.
struct Shown
{
    sal_Int32 kind = css::sheet::FormulaResult::VALUE;
    double value = 0;
    OUString text;
    sal_Int32 error = 0;
};

// What every cell of an area shows, [row][column]: one call for the area
// (and one per error cell, which Calc hands over as void).
std::vector<std::vector<Shown>> shown(const Reference<css::sheet::XSpreadsheet>& sheet,
                                      const css::table::CellRangeAddress& area)
{
    const auto range = sheet->getCellRangeByPosition(area.StartColumn, area.StartRow,
                                                     area.EndColumn, area.EndRow);
    const auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    std::vector<std::vector<Shown>> cells(static_cast<std::size_t>(data.getLength()));
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
        {
            Shown s;
            if (data[r][c] >>= s.value)
                s.kind = css::sheet::FormulaResult::VALUE;
            else if (data[r][c] >>= s.text)
                s.kind = css::sheet::FormulaResult::STRING;
            else
            {
                s.kind = css::sheet::FormulaResult::ERROR;
                s.error = range->getCellByPosition(c, r)->getError();
            }
            cells[static_cast<std::size_t>(r)].push_back(s);
        }
    return cells;
}

std::string describe(const Shown& s)
{
    if (s.kind == css::sheet::FormulaResult::ERROR)
        return "error " + std::to_string(s.error);
    if (s.kind == css::sheet::FormulaResult::STRING)
        return "\"" + to_utf8(s.text) + "\"";
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", s.value);
    return text;
}

// The add-in's value and the built-in formula's agree: the same text, the
// same number within 1E-12 relative, or both an error (any: the add-in's
// Err:502 and Excel's #VALUE! are both "no value").
bool agree(const Shown& before, const Shown& after)
{
    if (before.kind != after.kind)
        return false;
    if (before.kind == css::sheet::FormulaResult::ERROR)
        return true;
    if (before.kind == css::sheet::FormulaResult::STRING)
        return before.text == after.text;
    return before.value == after.value
           || std::fabs(before.value - after.value)
                  <= 1e-12 * std::max(std::fabs(before.value), std::fabs(after.value));
}

const char* const note_header = "Portable copy (no tokwatt add-in needed): ";

// A cell note, after any note the cell already has.
void add_note(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
              const std::string& text)
{
    Reference<css::sheet::XSheetAnnotationAnchor> anchor(sheet->getCellByPosition(column, row),
                                                         UNO_QUERY_THROW);
    const OUString existing
        = Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)->getString();
    const OUString note = existing.isEmpty() ? to_ou(text) : existing + "\n\n" + to_ou(text);
    Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet, UNO_QUERY_THROW);
    const auto address = Reference<css::sheet::XCellRangeAddressable>(
                             sheet->getCellByPosition(column, row), UNO_QUERY_THROW)
                             ->getRangeAddress();
    supplier->getAnnotations()->insertNew(
        css::table::CellAddress(address.Sheet, column, row), note);
}

std::string preset_note(const std::vector<std::string>& notes)
{
    std::string text = std::string(note_header)
                       + "presets of the tokwatt catalog are written in as numbers:";
    for (const std::string& n : notes)
        text += "\n" + n;
    return text;
}

// Replaces a formula cell by what it showed, the way a user would keep a
// value: the number, the text, or #N/A for an error.
void freeze(const Reference<css::table::XCell>& cell, const Shown& before)
{
    if (before.kind == css::sheet::FormulaResult::ERROR)
        cell->setFormula("=NA()");
    else if (before.kind == css::sheet::FormulaResult::STRING)
        Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(before.text);
    else
        cell->setValue(before.value);
}

std::string freeze_note(const Shown& before, const std::string& reason)
{
    std::string kept = before.kind == css::sheet::FormulaResult::ERROR
                           ? "it showed error " + std::to_string(before.error)
                                 + " with the add-in and shows #N/A here"
                           : "this is the value the tokwatt add-in computed and it no longer "
                             "follows its inputs";
    return std::string(note_header) + "frozen: " + reason + "; " + kept + ".";
}

// A sheet of the copy: its used area and what each cell of it showed with
// the add-in.
struct SheetArea
{
    Reference<css::sheet::XSpreadsheet> sheet;
    std::string name;
    css::table::CellRangeAddress area;
    std::vector<std::vector<Shown>> before;

    const Shown& at(sal_Int32 column, sal_Int32 row) const
    {
        return before[static_cast<std::size_t>(row - area.StartRow)]
                     [static_cast<std::size_t>(column - area.StartColumn)];
    }
};

// One cell the copy rewrote: where, what it showed with the add-in.
struct Rewritten
{
    const SheetArea* area;
    Reference<css::sheet::XSpreadsheet> sheet;
    std::string sheet_name;
    sal_Int32 column, row;
    Shown before;
};

// The upper end a rule of one bound gets: the largest number of 15
// significant digits below DBL_MAX that every engine reads back.
const char* const no_upper_bound = "9.99999999999999E+307";

// A validity rule with one bound (">= 0") as a rule with two ("between 0
// and 9.99999999999999E+307"): LibreOffice's .xlsx writer gives a rule of
// one bound a second formula, and Gnumeric drops such a rule on reading;
// a "between" rule it keeps. Only >= and <= have such a form; false when
// the rule is left as it is.
bool two_bound_rule(const Reference<css::beans::XPropertySet>& validation)
{
    const auto type = validation->getPropertyValue("Type").get<css::sheet::ValidationType>();
    if (type != css::sheet::ValidationType_DECIMAL && type != css::sheet::ValidationType_WHOLE)
        return false;
    Reference<css::sheet::XSheetCondition> rule(validation, UNO_QUERY_THROW);
    const auto op = rule->getOperator();
    if (op == css::sheet::ConditionOperator_GREATER_EQUAL)
        rule->setFormula2(OUString::createFromAscii(no_upper_bound));
    else if (op == css::sheet::ConditionOperator_LESS_EQUAL)
    {
        rule->setFormula2(rule->getFormula1());
        rule->setFormula1("-" + OUString::createFromAscii(no_upper_bound));
    }
    else
        return false;
    rule->setOperator(css::sheet::ConditionOperator_BETWEEN);
    return true;
}

class Copier
{
public:
    Copier(const Reference<css::lang::XComponent>& copy, CopyReport& report)
        : copy_(copy)
        , report_(report)
    {
    }

    void run()
    {
        Reference<css::sheet::XSpreadsheetDocument> doc(copy_, UNO_QUERY_THROW);
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        areas_.reserve(static_cast<std::size_t>(sheets->getCount())); // stable addresses
        for (sal_Int32 s = 0; s < sheets->getCount(); ++s)
        {
            const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s),
                                                            UNO_QUERY_THROW);
            rewrite_sheet(sheet);
            rewrite_rules(sheet);
        }
        rewrite_names();
        Reference<css::sheet::XCalculatable>(copy_, UNO_QUERY_THROW)->calculateAll();
        verify();
    }

private:
    // Every validity rule of one bound on the sheet becomes one of two
    // (two_bound_rule), range by range of cells formatted alike.
    void rewrite_rules(const Reference<css::sheet::XSpreadsheet>& sheet)
    {
        Reference<css::container::XIndexAccess> ranges(
            Reference<css::sheet::XUniqueCellFormatRangesSupplier>(sheet, UNO_QUERY_THROW)
                ->getUniqueCellFormatRanges(),
            UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < ranges->getCount(); ++i)
        {
            Reference<css::beans::XPropertySet> range(ranges->getByIndex(i), UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet> validation(
                range->getPropertyValue("Validation"), UNO_QUERY_THROW);
            if (!two_bound_rule(validation))
                continue;
            range->setPropertyValue("Validation", Any(validation));
            ++report_.rules;
        }
    }

    void rewrite_sheet(const Reference<css::sheet::XSpreadsheet>& sheet)
    {
        const std::string name
            = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        auto cursor = sheet->createCursor();
        Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        const auto area = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                              ->getRangeAddress();
        // One call for every formula of the sheet and one for what every
        // cell shows, then only the tokwatt cells one by one.
        const Sequence<Sequence<OUString>> formulas
            = Reference<css::sheet::XCellRangeFormula>(cursor, UNO_QUERY_THROW)->getFormulaArray();
        bool any = false; // a sheet without tokwatt calls is left as it is
        for (const auto& row : formulas)
            for (const OUString& f : row)
                any = any || needs_rewrite(to_utf8(f));
        if (!any)
            return;
        areas_.push_back({ sheet, name, area, shown(sheet, area) });
        const SheetArea& here = areas_.back();
        capture_notes(sheet);
        std::set<std::pair<sal_Int32, sal_Int32>> done; // cells of arrays already split
        for (sal_Int32 r = 0; r < formulas.getLength(); ++r)
            for (sal_Int32 c = 0; c < formulas[r].getLength(); ++c)
            {
                const std::string formula = to_utf8(formulas[r][c]);
                const sal_Int32 column = area.StartColumn + c, row = area.StartRow + r;
                const bool is_formula = formula.rfind("=", 0) == 0 || formula.rfind("{=", 0) == 0;
                if (!is_formula || done.count({ column, row }) || !needs_rewrite(formula))
                    continue;
                if (formula[0] == '{')
                    rewrite_array(here, column, row, formula, done);
                else
                    rewrite_cell(here, column, row, formula);
            }
        const auto written = write_pending(sheet);
        write_notes(sheet, written);
    }

    // The notes the sheet has, before any cell is written: a run of cells
    // written at once (setFormulaArray) loses its notes.
    void capture_notes(const Reference<css::sheet::XSpreadsheet>& sheet)
    {
        had_notes_.clear();
        Reference<css::container::XIndexAccess> notes(
            Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
                ->getAnnotations(),
            UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < notes->getCount(); ++i)
        {
            Reference<css::sheet::XSheetAnnotation> n(notes->getByIndex(i), UNO_QUERY_THROW);
            const auto at = n->getPosition();
            had_notes_[{ at.Column, at.Row }]
                = Reference<css::text::XTextRange>(n, UNO_QUERY_THROW)->getString();
        }
        queue_notes_ = true;
    }

    // A note for a cell: queued while its sheet is rewritten, else added.
    void note(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
              const std::string& text)
    {
        if (!queue_notes_)
        {
            add_note(sheet, column, row, text);
            return;
        }
        std::string& queued = new_notes_[{ column, row }];
        queued = queued.empty() ? text : queued + "\n\n" + text;
    }

    // The sheet's notes after its cells are written: each cell's own note
    // back where a run lost it, then ours after it.
    void write_notes(const Reference<css::sheet::XSpreadsheet>& sheet,
                     const std::vector<std::pair<sal_Int32, sal_Int32>>& written)
    {
        const sal_Int16 index
            = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                  ->getRangeAddress()
                  .Sheet;
        auto notes = Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
                         ->getAnnotations();
        for (const auto& cell : written)
        {
            const auto had = had_notes_.find(cell);
            if (had != had_notes_.end() && !new_notes_.count(cell))
                notes->insertNew(css::table::CellAddress(index, cell.first, cell.second),
                                 had->second);
        }
        for (const auto& [cell, text] : new_notes_)
        {
            const auto had = had_notes_.find(cell);
            notes->insertNew(css::table::CellAddress(index, cell.first, cell.second),
                             had == had_notes_.end() || had->second.isEmpty()
                                 ? to_ou(text)
                                 : had->second + "\n\n" + to_ou(text));
        }
        new_notes_.clear();
        had_notes_.clear();
        queue_notes_ = false;
    }

    // Writes the rewritten plain formulas of a sheet: each run of cells one
    // above the other in one call.
    std::vector<std::pair<sal_Int32, sal_Int32>>
    write_pending(const Reference<css::sheet::XSpreadsheet>& sheet)
    {
        std::vector<std::pair<sal_Int32, sal_Int32>> written;
        for (const auto& cell : pending_)
            written.push_back(cell.first);
        auto run = pending_.begin();
        while (run != pending_.end())
        {
            const sal_Int32 column = run->first.first, first_row = run->first.second;
            auto end = run;
            sal_Int32 rows = 0;
            while (end != pending_.end() && end->first.first == column
                   && end->first.second == first_row + rows)
            {
                ++end;
                ++rows;
            }
            Sequence<Sequence<OUString>> formulas(rows);
            sal_Int32 i = 0;
            for (auto it = run; it != end; ++it)
                formulas[i++] = Sequence<OUString>(&it->second, 1);
            Reference<css::sheet::XCellRangeFormula>(
                sheet->getCellRangeByPosition(column, first_row, column, first_row + rows - 1),
                UNO_QUERY_THROW)
                ->setFormulaArray(formulas);
            run = end;
        }
        pending_.clear();
        return written;
    }

    void rewrite_cell(const SheetArea& here, sal_Int32 column, sal_Int32 row,
                      const std::string& formula)
    {
        const auto& sheet = here.sheet;
        const Rewritten done{ &here, sheet, here.name, column, row, here.at(column, row) };
        const Rewrite r = rewrite(formula);
        if (r.status == Status::freeze)
        {
            freeze_cell(done, r.reason);
            return;
        }
        if (r.array_entry)
            Reference<css::sheet::XArrayFormulaRange>(
                sheet->getCellRangeByPosition(column, row, column, row), UNO_QUERY_THROW)
                ->setArrayFormula(to_ou(r.formula));
        else
            pending_[{ column, row }] = to_ou(r.formula); // written with its neighbours
        record(done, r.notes);
    }

    void rewrite_array(const SheetArea& here, sal_Int32 column, sal_Int32 row,
                       const std::string& formula, std::set<std::pair<sal_Int32, sal_Int32>>& done)
    {
        const auto& sheet = here.sheet;
        Reference<css::sheet::XSheetCellCursor> cursor(sheet->createCursorByRange(
            Reference<css::sheet::XSheetCellRange>(
                sheet->getCellRangeByPosition(column, row, column, row), UNO_QUERY_THROW)));
        cursor->collapseToCurrentArray();
        const auto a = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                           ->getRangeAddress();
        std::vector<Rewritten> cells;
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
            for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c)
            {
                done.insert({ c, r });
                cells.push_back({ &here, sheet, here.name, c, r, here.at(c, r) });
            }
        const int rows = a.EndRow - a.StartRow + 1, columns = a.EndColumn - a.StartColumn + 1;
        const ArrayRewrite ar
            = portable::rewrite_array(formula, a.StartColumn, a.StartRow, rows, columns);
        Reference<css::sheet::XArrayFormulaRange> range(cursor, UNO_QUERY_THROW);
        if (ar.status == Status::native && ar.cells.empty())
        {
            range->setArrayFormula(to_ou(ar.formula));
            for (const Rewritten& cell : cells)
                record(cell, {});
            if (!ar.notes.empty())
                note(sheet, a.StartColumn, a.StartRow, preset_note(ar.notes));
            return;
        }
        range->setArrayFormula(OUString()); // the cells become plain cells
        if (ar.status == Status::freeze)
        {
            for (const Rewritten& cell : cells)
                freeze_cell(cell, ar.reason);
            return;
        }
        ++report_.arrays;
        for (std::size_t i = 0; i < cells.size(); ++i)
        {
            const Rewritten& cell = cells[i];
            sheet->getCellByPosition(cell.column, cell.row)
                ->setFormula(to_ou(ar.cells[static_cast<std::size_t>(cell.row - a.StartRow)]
                                        [static_cast<std::size_t>(cell.column - a.StartColumn)]));
            record(cell, i == 0 ? ar.notes : std::vector<std::string>());
        }
    }

    void record(const Rewritten& cell, const std::vector<std::string>& notes)
    {
        rewritten_.push_back(cell);
        ++report_.rewritten;
        if (!notes.empty())
        {
            ++report_.with_presets;
            note(cell.sheet, cell.column, cell.row, preset_note(notes));
        }
    }

    void freeze_cell(const Rewritten& cell, const std::string& reason)
    {
        freeze(cell.sheet->getCellByPosition(cell.column, cell.row), cell.before);
        note(cell.sheet, cell.column, cell.row, freeze_note(cell.before, reason));
        ++report_.frozen;
        report_.frozen_cells.push_back(cell.sheet_name + "." + address(cell) + ": " + reason);
    }

    static std::string address(const Rewritten& cell)
    {
        std::string letters;
        for (sal_Int32 c = cell.column + 1; c > 0; c = (c - 1) / 26)
            letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
        return letters + std::to_string(cell.row + 1);
    }

    // Named expressions (Sheet > Named Ranges) that call tokwatt functions.
    void rewrite_names()
    {
        Reference<css::sheet::XNamedRanges> names(
            Reference<css::beans::XPropertySet>(copy_, UNO_QUERY_THROW)
                ->getPropertyValue("NamedRanges"),
            UNO_QUERY_THROW);
        for (const OUString& n : names->getElementNames())
        {
            Reference<css::sheet::XNamedRange> named(names->getByName(n), UNO_QUERY_THROW);
            const std::string content = "=" + to_utf8(named->getContent());
            if (!needs_rewrite(content))
                continue;
            const Rewrite r = rewrite(content);
            if (r.status == Status::native)
            {
                named->setContent(to_ou(r.formula.substr(1)));
                ++report_.names;
            }
            else
                report_.unrewritten_names.push_back(to_utf8(n) + ": " + r.reason);
        }
    }

    // Every rewritten cell, recalculated with built-in functions only, must
    // show what the add-in showed; any that does not is frozen instead.
    void verify()
    {
        std::map<const SheetArea*, std::vector<std::vector<Shown>>> now;
        for (const SheetArea& a : areas_)
            now[&a] = shown(a.sheet, a.area);
        bool froze = false;
        for (Rewritten& cell : rewritten_)
        {
            const Shown after
                = now[cell.area][static_cast<std::size_t>(cell.row - cell.area->area.StartRow)]
                             [static_cast<std::size_t>(cell.column - cell.area->area.StartColumn)];
            if (agree(cell.before, after))
            {
                if (after.kind == css::sheet::FormulaResult::VALUE && after.value != 0)
                    report_.worst_difference
                        = std::max(report_.worst_difference,
                                   std::fabs(after.value - cell.before.value)
                                       / std::fabs(cell.before.value ? cell.before.value
                                                                     : after.value));
                continue;
            }
            --report_.rewritten;
            freeze_cell(cell, "the built-in formula gives " + describe(after)
                                  + " where the add-in gave " + describe(cell.before));
            froze = true;
        }
        if (froze)
            Reference<css::sheet::XCalculatable>(copy_, UNO_QUERY_THROW)->calculateAll();
    }

    Reference<css::lang::XComponent> copy_;
    CopyReport& report_;
    std::vector<SheetArea> areas_; // the sheets with tokwatt calls
    std::vector<Rewritten> rewritten_;
    std::map<std::pair<sal_Int32, sal_Int32>, OUString> pending_; // (column, row): formula
    std::map<std::pair<sal_Int32, sal_Int32>, OUString> had_notes_;
    std::map<std::pair<sal_Int32, sal_Int32>, std::string> new_notes_;
    bool queue_notes_ = false;
};

}

CopyReport save_portable_copy(const Reference<css::uno::XComponentContext>& context,
                              const Reference<css::lang::XComponent>& document,
                              const OUString& target_url)
{
    const auto start = std::chrono::steady_clock::now();
    CopyReport report;

    const Reference<css::lang::XComponent> copy = hidden_copy(context, document);
    try
    {
        Copier(copy, report).run();
        store_by_extension(copy, target_url);
    }
    catch (...)
    {
        close_document(copy);
        throw;
    }
    close_document(copy);
    report.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

// Short: what became built-in, what was frozen, then the details.
std::string summary(const CopyReport& r)
{
    auto count = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::string s = count(r.rewritten, "formula", "formulas") + " became built-in formulas; "
                    + (r.frozen == 0 ? std::string("no cell was frozen")
                                     : count(r.frozen, "cell was", "cells were")
                                           + " frozen to the add-in's values");
    std::string details;
    if (r.with_presets)
        details += "\n  " + count(r.with_presets, "formula has", "formulas have")
                   + " presets written in as numbers (noted in their cells)";
    if (r.arrays)
        details += "\n  " + count(r.arrays, "COHORT array was", "COHORT arrays were")
                   + " split into one formula per cell";
    if (r.names)
        details += "\n  " + count(r.names, "named expression was", "named expressions were")
                   + " rewritten";
    for (const std::string& f : r.frozen_cells)
        details += "\n  frozen " + f;
    for (const std::string& n : r.unrewritten_names)
        details += "\n  named expression left as it is: " + n;
    s += ".";
    if (!details.empty())
        s += "\n\nDetails:" + details;
    return s;
}
}
