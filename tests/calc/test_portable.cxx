// "Save a portable copy", end to end: a workbook that exercises every
// function (nested, mixed with arithmetic, ranges in rows and columns and
// on another sheet, omitted optional arguments, COHORT arrays, a named
// expression) and every template the build ships are copied by
// portable/copy.hxx in the office that has the extension; the copies, .ods
// and .xlsx, are opened in a second office on a fresh profile WITHOUT the
// extension and must
//   - show every cell as the original shows it with the extension (numbers
//     within 1E-12 relative, text exactly),
//   - hold no tokwatt function name (no "TOKWATT" anywhere in their XML,
//     no table name called in a formula),
//   - follow a changed input as the original does,
//   - keep charts, validity rules and styles.
// And the menu entry: its configuration is installed, its URL dispatches
// from a Calc window, and a dispatch with a target writes the copy.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <set>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include <dirent.h>
#include <sys/stat.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "../../addin/function_table.hxx"
#include "../../addin/portable/copy.hxx"
#include "../../addin/portable/menu.hxx"
#include "../../addin/common/strings.hxx"
#include "../../tools/workbook_report.hxx"
#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using namespace tokwatt;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{
using Document = Reference<css::lang::XComponent>;

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
    std::string letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

// What a cell shows.
struct Shown
{
    enum Kind { empty, number, text, error } kind = empty;
    double value = 0;
    std::string string;
    int code = 0;
};

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

// The used area of each sheet of the original: what the copies are read over.
struct Area
{
    sal_Int32 sheet;
    std::string name;
    css::table::CellRangeAddress range;
};

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

// Every cell of the areas as the document shows it, "Sheet.A1" -> shown;
// one call per sheet.
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

// The cells where a copy shows something other than the original; with
// values_only, only where the original shows no error (the add-in's
// validation is not reproduced: README).
std::string differences(const std::map<std::string, Shown>& original,
                        const std::map<std::string, Shown>& copy, const std::string& what,
                        bool values_only = false)
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

std::string unzip(const std::string& path, const std::string& members)
{
    return command_output("unzip -p '" + path + "' " + members + " 2>/dev/null");
}

// The formulas a file stores: table:formula attributes of an .ods, <f>
// elements of an .xlsx.
std::vector<std::string> stored_formulas(const std::string& xml, bool excel)
{
    std::vector<std::string> formulas;
    const std::string open = excel ? "<f" : "table:formula=\"";
    for (std::size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1))
    {
        std::size_t begin = at + open.size(), end;
        if (excel)
        {
            if (begin < xml.size() && xml[begin] != '>' && xml[begin] != ' ')
                continue; // <fill>, <font>, ...
            begin = xml.find('>', begin);
            if (begin == std::string::npos || xml[begin - 1] == '/')
                continue;
            ++begin;
            end = xml.find("</f>", begin);
        }
        else
            end = xml.find('"', begin);
        if (end == std::string::npos)
            break;
        formulas.push_back(xml.substr(begin, end - begin));
    }
    return formulas;
}

// The tokwatt functions a formula calls, by their table names.
std::string calls_in(const std::string& formula)
{
    std::string found;
    for (std::size_t i = 0; i < function_count; ++i)
    {
        const std::string call = std::string(functions[i].name) + "(";
        for (std::size_t at = formula.find(call); at != std::string::npos;
             at = formula.find(call, at + 1))
        {
            const char before = at ? formula[at - 1] : ' ';
            if (!std::isalnum(static_cast<unsigned char>(before)) && before != '_' && before != '.')
                found += " " + call;
        }
    }
    return found;
}

// A file of the copy names no tokwatt function: no "TOKWATT" in any of its
// XML parts (not even in notes), no table name called in a formula; and it
// does hold formulas.
void assert_no_tokwatt(const std::string& path, std::size_t at_least = 6)
{
    const bool excel = path.size() > 5 && path.substr(path.size() - 5) == ".xlsx";
    const std::string xml = unzip(path, "'*.xml'");
    CPPUNIT_ASSERT_MESSAGE(path + ": its XML is read", xml.size() > 1000);
    const std::size_t at = xml.find("TOKWATT");
    const std::string around
        = at == std::string::npos ? "" : xml.substr(at > 80 ? at - 80 : 0, 200);
    CPPUNIT_ASSERT_MESSAGE(path + ": \"TOKWATT\" in its XML: ..." + around,
                           at == std::string::npos);
    const std::string sheets
        = unzip(path, excel ? "'xl/worksheets/*.xml'" : "content.xml");
    const auto formulas = stored_formulas(sheets, excel);
    CPPUNIT_ASSERT_MESSAGE(path + ": stores formulas", formulas.size() >= at_least);
    for (const std::string& f : formulas)
        CPPUNIT_ASSERT_MESSAGE(path + ": a formula calls" + calls_in(f) + ": " + f.substr(0, 200),
                               calls_in(f).empty());
}

bool exists(const std::string& path)
{
    struct stat info;
    return stat(path.c_str(), &info) == 0 && info.st_size > 0;
}

// A second office on a fresh profile, without the extension: what someone
// without the add-in has.
std::unique_ptr<Office> office_without_extension()
{
    const std::string profile = work_dir() + "/plain-profile";
    CPPUNIT_ASSERT(std::system(("rm -rf '" + profile + "'").c_str()) == 0);
    auto plain = std::make_unique<Office>(profile);
    CPPUNIT_ASSERT_MESSAGE("the second office has no tokwatt extension",
                           !plain->extension_enabled(TW_EXTENSION_ID));
    return plain;
}

// An input change applied to the original and to each copy: cells and the
// values they take.
using Change = std::vector<std::pair<std::string, double>>; // "Sheet.B5" -> value

void apply_change(const Document& document, const Change& change)
{
    for (const auto& [where, value] : change)
    {
        const std::size_t dot = where.rfind('.');
        Reference<css::container::XNameAccess> sheets(
            Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
            UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(to_ou(where.substr(0, dot))),
                                                  UNO_QUERY_THROW);
        sheet->getCellRangeByName(to_ou(where.substr(dot + 1)))->getCellByPosition(0, 0)
            ->setValue(value);
    }
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
}

// The original and its copies (opened without the extension) agree now,
// and after each change, which must move some figure of the original. A
// change that takes an input out of a function's domain makes the add-in
// show Err:502 where the built-in formula computes on (README: the copy does
// not repeat the add-in's validation), and figures that count or combine
// those cells then differ too: such a change is not compared, and at least
// one change must be.
void assert_copies_follow(const std::string& what, const Document& original,
                          const std::vector<std::pair<std::string, Document>>& copies,
                          const std::vector<Change>& changes,
                          const std::set<std::string>& frozen = {})
{
    const auto areas = used_areas(original);
    Reference<css::sheet::XCalculatable>(original, UNO_QUERY_THROW)->calculateAll();
    for (const auto& [name, copy] : copies)
        Reference<css::sheet::XCalculatable>(copy, UNO_QUERY_THROW)->calculateAll();
    const auto before = snapshot(original, areas);
    for (const auto& [name, copy] : copies)
    {
        const std::string diff = differences(before, snapshot(copy, areas), name);
        CPPUNIT_ASSERT_MESSAGE(what + ": the copy shows what the original shows" + diff,
                               diff.empty());
    }
    int compared = 0;
    for (const Change& change : changes)
    {
        const std::string label = what + " with " + change.front().first + " changed";
        Change undo;
        for (const auto& [where, value] : change)
            undo.push_back({ where, before.at(where).value });
        apply_change(original, change);
        const auto after = snapshot(original, areas);
        CPPUNIT_ASSERT_MESSAGE(label + ": no figure of the original moved",
                               !differences(before, after, "").empty());
        const bool left_domain = std::any_of(after.begin(), after.end(), [&](const auto& cell) {
            return cell.second.kind == Shown::error
                   && before.at(cell.first).kind != Shown::error;
        });
        if (left_domain)
        {
            apply_change(original, undo);
            continue;
        }
        ++compared;
        for (const auto& [name, copy] : copies)
        {
            apply_change(copy, change);
            // A frozen cell keeps its value by design (its note says so).
            auto moved = after;
            for (const std::string& cell : frozen)
                moved.erase(cell);
            const std::string diff = differences(moved, snapshot(copy, areas), name, true);
            CPPUNIT_ASSERT_MESSAGE(label + ": the copy follows as the original" + diff,
                                   diff.empty());
            apply_change(copy, undo);
        }
        apply_change(original, undo);
    }
    CPPUNIT_ASSERT_MESSAGE(what + ": some input change stays in every function's domain",
                           changes.empty() || compared > 0);
}

sal_Int32 chart_count(const Document& document)
{
    sal_Int32 n = 0;
    for (sal_Int32 s = 0; s < sheets_of(document)->getCount(); ++s)
        n += Reference<css::table::XTableChartsSupplier>(sheet_of(document, s), UNO_QUERY_THROW)
                 ->getCharts()
                 ->getElementNames()
                 .getLength();
    return n;
}

Reference<css::beans::XPropertySet> cell_properties(const Document& document,
                                                    const std::string& where)
{
    const std::size_t dot = where.rfind('.');
    Reference<css::container::XNameAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(to_ou(where.substr(0, dot))),
                                              UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByName(to_ou(where.substr(dot + 1)))->getCellByPosition(0, 0),
        UNO_QUERY_THROW);
}

// The template's inputs (style "tokwatt Input"), each moved by a tenth,
// within what its validity rule allows.
std::vector<Change> template_inputs(const Document& document)
{
    std::vector<Change> changes;
    for_each_used_cell(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                     sal_Int32 column, sal_Int32 row) {
        Reference<css::beans::XPropertySet> cell(sheet->getCellByPosition(column, row),
                                                 UNO_QUERY_THROW);
        if (cell->getPropertyValue("CellStyle").get<OUString>() != "tokwatt Input")
            return;
        Reference<css::sheet::XSheetCondition> rule(cell->getPropertyValue("Validation"),
                                                    UNO_QUERY_THROW);
        const double value = sheet->getCellByPosition(column, row)->getValue();
        const double min = std::stod(to_utf8(rule->getFormula1()));
        const double max = rule->getOperator() == css::sheet::ConditionOperator_BETWEEN
                               ? std::stod(to_utf8(rule->getFormula2()))
                               : INFINITY;
        double moved = value == 0 ? std::min(max, min + 1) : value * 1.1;
        if (moved > max || moved < min)
            moved = value * 0.9;
        changes.push_back({ { name_of(sheet) + "." + address(column, row), moved } });
    });
    return changes;
}

std::vector<std::string> template_files()
{
    std::vector<std::string> files;
    if (DIR* d = opendir(built_templates_dir().c_str()))
    {
        while (const dirent* e = readdir(d))
        {
            const std::string name = e->d_name;
            if (name.size() > 4 && name.substr(name.size() - 4) == ".ots")
                files.push_back(name);
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end());
    return files;
}

portable::CopyReport copy_to(const Document& document, const std::string& path)
{
    return portable::save_portable_copy(office().context(), document, to_ou(file_url(path)));
}

// Cells frozen because the built-in formula disagreed with the add-in: a
// rewriter bug, never expected.
std::string disagreeing(const portable::CopyReport& report)
{
    std::string out;
    for (const std::string& f : report.frozen_cells)
        if (f.find("the built-in formula gives") != std::string::npos)
            out += "\n  " + f;
    return out;
}

// Receives the result of a dispatch made with XNotifyingDispatch.
class ResultListener : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener>
{
public:
    sal_Int16 state = -1;
    std::string result;
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override
    {
        state = event.State;
        OUString text;
        if (event.Result >>= text)
            result = to_utf8(text);
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

// The exercise workbook: inputs on one sheet, every function on another.
const char* const exercise_formulas[] = {
    // Eq token_energy: defaults, omitted in the middle, columns, rows, mixed
    "=ETOK()",
    "=ETOK(;;;$Inputs.B3)",
    "=ETOK($Inputs.D1:D2;$Inputs.E1:E2;$Inputs.F1:F2;$Inputs.B3)",
    "=ETOK($Inputs.D5:E5;$Inputs.D6:E6;$Inputs.D7:E7)",
    "=ETOK($Inputs.D1:D2;$Inputs.D6:E6)",
    "=ETOK($Inputs.D1:D2;$Inputs.E1:E2)",
    "=ETOK(;;$Inputs.F1:F2)",
    "=ETOK(;;{0.3,0.7})",
    "=ETOK(GPU(\"H100\";\"tdp_w\");GPU(\"H100\";\"tokens_per_s\");;$Inputs.B3)",
    // Eq cache_adjust
    "=CACHEFACTOR()",
    "=CACHEFACTOR($Inputs.B14;;$Inputs.B15)",
    "=CACHEFACTOR(;;;$Inputs.B16;$Inputs.B17)",
    "=EEFF(ETOK())",
    "=EEFF(B3;$Inputs.B14;;$Inputs.B15;$Inputs.B16;$Inputs.B17)",
    "=EEFF(ETOK();CACHEPROFILE(\"pessimistic\";\"alpha_o\");CACHEPROFILE(\"pessimistic\";"
    "\"alpha_m\");CACHEPROFILE(\"pessimistic\";\"alpha_h\"))",
    // the chain, nested and mixed with arithmetic
    "=PUSER($Inputs.B1;B14)",
    "=PPOP($Inputs.B2;PUSER($Inputs.B1;EEFF(ETOK())))",
    "=GRIDRATIO(B17)",
    "=GRIDRATIO(B17;\"world_electricity\")",
    "=GRIDRATIO(B17;$Inputs.B5)",
    "=KARDASHEV(B17)*1000",
    "=NMAX($Inputs.B1;$Inputs.B4;480E9)",
    "=NMAX(20E9;EEFF(ETOK());PPOP(9;PUSER(20E9;EEFF(ETOK()))))",
    "=ETARGET($Inputs.B2;$Inputs.B1;$Inputs.B5)",
    "=GAPFACTOR(EEFF(ETOK(;;;$Inputs.B3));$Inputs.B2;$Inputs.B1;$Inputs.B5)",
    "=1/GAPFACTOR($Inputs.B4;$Inputs.B2;$Inputs.B1;$Inputs.B5)+ETARGET(1;86400;5)",
    // the paper and the facility floor
    "=LANDAUER()",
    "=LANDAUER($Inputs.B9;$Inputs.B10)",
    "=LANDAUER(;$Inputs.B10)",
    "=EFFGAP($Inputs.B7*3600)",
    "=EFFGAP(1.8;;$Inputs.B9)",
    "=TOKENBUDGET($Inputs.B6;$Inputs.B7)",
    "=TOKENSPERCAPITA($Inputs.B6;$Inputs.B7)",
    "=TOKENSPERCAPITA($Inputs.B6;$Inputs.B7;;366)",
    "=QUESTIONBUDGET($Inputs.B6;$Inputs.B7;$Inputs.B8)",
    "=AVGPOWER($Inputs.B6)",
    "=ANNUALTWH(AVGPOWER($Inputs.B6))",
    "=GPUDAYKWH($Inputs.B11;$Inputs.B12)",
    "=GPUDAYCOST(GPU(\"H100_PCIe\";\"tdp_w\");$Inputs.B12;$Inputs.B13)",
    // presets, power in words
    "=POWERREF(\"hoover_dam\")/1E9",
    "=POWERCOMPARE(B17)",
    "=POWERCOMPARE(1.325E9;\"hoover_dam\")",
    "=POWERCOMPARE(B17;\"us_household\")",
    "=POWERCOMPARE($Inputs.H1*53000)",
    "=POWERCOMPARE(0)",
    "=PRESETINFO(\"H100\")",        // frozen
    "=\"computed with \"&TOKWATTVERSION()", // frozen
    // other functions and add-ins around tokwatt calls
    "=CONVERT(EEFF(ETOK());\"J\";\"Wh\")",
    "=IF(ETOK($Inputs.D1:D2;$Inputs.E1:E2;$Inputs.F1:F2;$Inputs.B3)>3;\"above 3 J\";"
    "\"3 J or less\")",
    "=COHORT($Inputs.H1:H4;53000)",
    "=essay_etok*2",
    // POWERCOMPARE's every format, and where rounding rolls the exponent
    "=POWERCOMPARE(1.5;\"us_household\")",        // 0.0012
    "=POWERCOMPARE(80;\"us_household\")",         // 0.064
    "=POWERCOMPARE(1148160;\"us_household\")",    // 920
    "=POWERCOMPARE(1372800;\"us_household\")",    // 1100
    "=POWERCOMPARE(1.5E7;\"us_household\")",      // 1.2E+04
    "=POWERCOMPARE(0.0624;\"us_household\")",     // 5.0E-05
    "=POWERCOMPARE(12478752;\"us_household\")",   // 9999 -> 1.0E+04
    "=POWERCOMPARE(1.2479501;\"us_household\")",  // 0.00099996 -> 0.0010
    "=POWERCOMPARE(4E9)",                         // 4.0 x large nuclear unit
    "=POWERCOMPARE($Inputs.B11*1E6)",
    "=POWERCOMPARE(1E300)",                       // 5.7E+282 x sunlight
};
}

class PortableTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(PortableTest);
    CPPUNIT_TEST(exercise_workbook);
    CPPUNIT_TEST(every_template);
    CPPUNIT_TEST(cells_showing_errors);
    CPPUNIT_TEST(menu_entry);
    CPPUNIT_TEST_SUITE_END();

public:
    void exercise_workbook()
    {
        Workbook book;
        const Document& original = book.document();
        Sheet inputs(original, "Inputs");
        const double column_b[] = { 20e9, 8.1e9, 1.2, 0.23, 3.3e12, 326, 5e-4, 100, 300, 12,
                                    350, 1.15, 0.10, 0.02, 0.9, 0.1, 0.01 };
        for (int i = 0; i < 17; ++i)
            inputs.set("B" + std::to_string(i + 1), column_b[i]);
        inputs.set("D1", 700.0); inputs.set("D2", 1000.0);   // a fleet in columns
        inputs.set("E1", 200.0); inputs.set("E2", 600.0);
        inputs.set("F1", 0.25); inputs.set("F2", 0.75);
        inputs.set("D5", 700.0); inputs.set("E5", 1000.0);   // ... and in rows
        inputs.set("D6", 200.0); inputs.set("E6", 600.0);
        inputs.set("D7", 0.5); inputs.set("E7", 0.5);
        const double users[] = { 25000, 0, 1.2e6, 8.1e9 };
        const double grids[] = { 480e9, 2e12, 3.3e12, 19e12 };
        for (int i = 0; i < 4; ++i)
        {
            inputs.set("H" + std::to_string(i + 1), users[i]);          // users in a column
            inputs.set(std::string(1, char('H' + i)) + "7", users[i]);  // ... and in a row
            inputs.set(std::string(1, char('H' + i)) + "8", grids[i]);  // grids in a row
        }
        Reference<css::sheet::XNamedRanges>(
            Reference<css::beans::XPropertySet>(original, UNO_QUERY_THROW)
                ->getPropertyValue("NamedRanges"),
            UNO_QUERY_THROW)
            ->addNewByName("essay_etok", "ORG.TOKWATT.CALCFUNCTIONS.ETOK()",
                           css::table::CellAddress(0, 0, 0), 0);

        Reference<css::sheet::XSpreadsheets>(
            Reference<css::sheet::XSpreadsheetDocument>(original, UNO_QUERY_THROW)->getSheets(),
            UNO_QUERY_THROW)
            ->insertNewByName("Results", 1);
        Reference<css::sheet::XSpreadsheet> results_sheet = sheet_of(original, 1);
        int row = 1;
        for (const char* formula : exercise_formulas)
        {
            Reference<css::beans::XPropertySet>(
                results_sheet->getCellRangeByName(to_ou("B" + std::to_string(row++)))
                    ->getCellByPosition(0, 0),
                UNO_QUERY_THROW)
                ->setPropertyValue("FormulaLocal", Any(to_ou(formula)));
        }
        // COHORT arrays: users in a column, in a row with grids, one cohort
        // repeated; and an array formula that stays one.
        auto array = [&](const char* range, const char* formula) {
            Reference<css::sheet::XArrayFormulaRange>(
                results_sheet->getCellRangeByName(OUString::createFromAscii(range)),
                UNO_QUERY_THROW)
                ->setArrayFormula(OUString::createFromAscii(formula));
        };
        array("D1:F4", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT($Inputs.H1:H4;"
                       "ORG.TOKWATT.CALCFUNCTIONS.PUSER($Inputs.B1;$Inputs.B4))");
        array("D6:F9", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT($Inputs.H7:K7;53000;$Inputs.H8:K8)");
        array("D11:F12", "=ORG.TOKWATT.CALCFUNCTIONS.COHORT(1000;53000;\"world_electricity\")");
        array("D14:E14", "=ORG.TOKWATT.CALCFUNCTIONS.ETOK($Inputs.D1:D2;$Inputs.E1:E2)*{1;2}");
        // The user's own notes on two rewritten cells, one with presets.
        auto user_notes = Reference<css::sheet::XSheetAnnotationsSupplier>(results_sheet,
                                                                           UNO_QUERY_THROW)
                              ->getAnnotations();
        user_notes->insertNew(css::table::CellAddress(1, 1, 0), "my note on E_tok");
        user_notes->insertNew(css::table::CellAddress(1, 1, 8), "my note on the H100");
        Reference<css::sheet::XCalculatable>(original, UNO_QUERY_THROW)->calculateAll();

        // The original computes every figure with the add-in.
        const WorkbookReport report = inspect(original);
        CPPUNIT_ASSERT_MESSAGE("the exercise workbook shows no error: "
                                   + (report.error_cells.empty() ? "" : report.error_cells.front()),
                               report.error_cells.empty());

        const std::string ods = work_dir() + "/exercise portable.ods";
        const std::string xlsx = work_dir() + "/exercise portable.xlsx";
        const auto made = copy_to(original, ods);
        copy_to(original, xlsx);
        CPPUNIT_ASSERT_MESSAGE("cells frozen because their values disagreed:" + disagreeing(made),
                               disagreeing(made).empty());
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.frozen == 2); // PRESETINFO, version
        CPPUNIT_ASSERT_EQUAL(3, made.arrays);
        CPPUNIT_ASSERT_EQUAL(1, made.names);
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.rewritten > 60);
        std::printf("\n  portable copy of the exercise workbook: %d formulas rewritten, values "
                    "within %.1E relative; %.2f s ",
                    made.rewritten, made.worst_difference, made.seconds);
        // The original is not touched: its formulas still call the add-in.
        CPPUNIT_ASSERT(to_utf8(results_sheet->getCellByPosition(1, 0)->getFormula())
                       == "=ORG.TOKWATT.CALCFUNCTIONS.ETOK()");
        assert_no_tokwatt(ods);
        assert_no_tokwatt(xlsx);

        auto plain = office_without_extension();
        const Document ods_copy = plain->load(ods), xlsx_copy = plain->load(xlsx);
        // Notes name the presets and say what is frozen.
        Reference<css::sheet::XSheetAnnotationsSupplier> notes(sheet_of(ods_copy, 1),
                                                               UNO_QUERY_THROW);
        CPPUNIT_ASSERT(notes->getAnnotations()->getCount() >= 8);
        auto note_at = [&](const char* cell) {
            Reference<css::sheet::XSheetAnnotationAnchor> anchor(
                sheet_of(ods_copy, 1)
                    ->getCellRangeByName(OUString::createFromAscii(cell))
                    ->getCellByPosition(0, 0),
                UNO_QUERY_THROW);
            return to_utf8(
                Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)
                    ->getString());
        };
        CPPUNIT_ASSERT_EQUAL(std::string("my note on E_tok"), note_at("B1"));
        const std::string h100 = note_at("B9");
        CPPUNIT_ASSERT_MESSAGE(h100, h100.rfind("my note on the H100\n\nPortable copy", 0) == 0
                                         && h100.find("H100 tdp_w = 700 W") != std::string::npos);
        CPPUNIT_ASSERT_MESSAGE(note_at("B46"), note_at("B46").find("frozen") != std::string::npos);

        const std::vector<Change> changes = {
            { { "Inputs.B1", 30e9 } },  { { "Inputs.B2", 1e9 } },    { { "Inputs.B3", 1.5 } },
            { { "Inputs.B4", 0.3 } },   { { "Inputs.B5", 4e12 } },   { { "Inputs.B6", 650 } },
            { { "Inputs.B7", 2e-4 } },  { { "Inputs.B8", 250 } },    { { "Inputs.B9", 77 } },
            { { "Inputs.B10", 16 } },   { { "Inputs.B11", 700 } },   { { "Inputs.B12", 1.4 } },
            { { "Inputs.B13", 0.2 } },  { { "Inputs.B14", 0.05 } },  { { "Inputs.B15", 0.5 } },
            { { "Inputs.B16", 0.2 } },  { { "Inputs.B17", 0.02 } },  { { "Inputs.D1", 400 } },
            { { "Inputs.E2", 900 } },   { { "Inputs.F1", 0.6 }, { "Inputs.F2", 0.4 } },
            { { "Inputs.D5", 750 } },   { { "Inputs.E6", 450 } },
            { { "Inputs.D7", 0.1 }, { "Inputs.E7", 0.9 } },
            { { "Inputs.H1", 2.5e6 } }, { { "Inputs.H3", 4e9 } },    { { "Inputs.J7", 7e5 } },
            { { "Inputs.K8", 3e12 } },
        };
        assert_copies_follow("exercise workbook", original,
                             { { ".ods", ods_copy }, { ".xlsx", xlsx_copy } }, changes);
        close(ods_copy);
        close(xlsx_copy);
    }

    // Every template the build ships: copied, opened without the
    // extension, equal, live, with its chart, rules and styles.
    void every_template()
    {
        const auto files = template_files();
        CPPUNIT_ASSERT_MESSAGE("templates are built", !files.empty());
        auto plain = office_without_extension();
        for (const std::string& file : files)
        {
            const Document original = office().load(built_templates_dir() + "/" + file);
            Reference<css::sheet::XCalculatable>(original, UNO_QUERY_THROW)->calculateAll();
            const std::string base = work_dir() + "/" + file.substr(0, file.size() - 4);
            const auto start = std::chrono::steady_clock::now();
            const auto made = copy_to(original, base + "-portable.ods");
            const double ods_s = std::chrono::duration<double>(std::chrono::steady_clock::now()
                                                               - start)
                                     .count();
            const auto made_xlsx = copy_to(original, base + "-portable.xlsx");
            std::printf("\n  portable copy of %s: %d formulas rewritten, %d frozen, values "
                        "within %.1E relative; %.2f s (.ods), %.2f s (.xlsx) ",
                        file.c_str(), made.rewritten, made.frozen, made.worst_difference, ods_s,
                        made_xlsx.seconds);
            CPPUNIT_ASSERT_MESSAGE(file + ": cells frozen because their values disagreed:"
                                       + disagreeing(made),
                                   disagreeing(made).empty());
            CPPUNIT_ASSERT_MESSAGE(file + ": " + portable::summary(made), made.rewritten > 0);
            assert_no_tokwatt(base + "-portable.ods");
            assert_no_tokwatt(base + "-portable.xlsx");

            const Document ods = plain->load(base + "-portable.ods");
            const Document xlsx = plain->load(base + "-portable.xlsx");
            // Charts, validity rules and styles survive.
            const sal_Int32 charts = chart_count(original);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file + ": charts in the .ods", charts, chart_count(ods));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file + ": charts in the .xlsx", charts, chart_count(xlsx));
            const auto changes = template_inputs(original);
            CPPUNIT_ASSERT_MESSAGE(file + ": has inputs", !changes.empty());
            for (const Change& input : changes)
            {
                const std::string& where = input.front().first;
                for (const Document& copy : { ods, xlsx })
                {
                    const auto cell = cell_properties(copy, where);
                    Reference<css::beans::XPropertySet> rule(cell->getPropertyValue("Validation"),
                                                             UNO_QUERY_THROW);
                    CPPUNIT_ASSERT_MESSAGE(file + " " + where + ": keeps its validity rule",
                                           rule->getPropertyValue("Type")
                                                   .get<css::sheet::ValidationType>()
                                               == css::sheet::ValidationType_DECIMAL);
                }
                CPPUNIT_ASSERT_MESSAGE(file + " " + where + ": keeps its style in the .ods",
                                       cell_properties(ods, where)
                                               ->getPropertyValue("CellStyle")
                                               .get<OUString>()
                                           == "tokwatt Input");
            }
            std::set<std::string> frozen;
            for (const std::string& cell : made.frozen_cells) // "Sheet.B29: why"
                frozen.insert(cell.substr(0, cell.find(": ")));
            assert_copies_follow(file, original, { { ".ods", ods }, { ".xlsx", xlsx } }, changes,
                                 frozen);
            close(ods);
            close(xlsx);
            close(original);
        }
    }

    // Cells that show an error with the add-in: where the built-in formula
    // would show a value instead (the add-in's validation is not repeated)
    // or there is no built-in equivalent, the copy shows #N/A and its note
    // says why; an error both show stays a live formula.
    void cells_showing_errors()
    {
        Workbook book;
        Sheet& s = book.sheet();
        s.set("A1", "=PUSER(-1;1)");             // Err:502: a negative rate
        s.set("A2", "=ETOK(700)");               // Err:502, and no built-in equivalent
        s.set("A3", "=PUSER(1/0;1)");            // #DIV/0! with or without the add-in
        s.set("A4", "=GPU(\"H100\";\"tdp_w\")*2");
        s.recalculate();
        CPPUNIT_ASSERT_EQUAL(int(calc_error::illegal_argument), s.error("A1"));
        const std::string path = work_dir() + "/errors portable.ods";
        const auto made = copy_to(book.document(), path);
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.frozen == 2);

        auto plain = office_without_extension();
        const Document copy = plain->load(path);
        Sheet c(copy);
        c.recalculate();
        CPPUNIT_ASSERT_EQUAL(int(calc_error::na), c.error("A1"));
        CPPUNIT_ASSERT_EQUAL(int(calc_error::na), c.error("A2"));
        CPPUNIT_ASSERT_EQUAL(div0, c.error("A3"));
        CPPUNIT_ASSERT_EQUAL(std::string("=(1/0)*1/86400"), c.formula("A3"));
        CPPUNIT_ASSERT_EQUAL(1400.0, c.value("A4"));
        for (const char* cell : { "A1", "A2" })
        {
            Reference<css::sheet::XSheetAnnotationAnchor> anchor(
                c.raw()->getCellRangeByName(OUString::createFromAscii(cell))
                    ->getCellByPosition(0, 0),
                UNO_QUERY_THROW);
            const std::string note = to_utf8(
                Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)
                    ->getString());
            CPPUNIT_ASSERT_MESSAGE(note, note.find("frozen") != std::string::npos
                                             && note.find("error 502") != std::string::npos);
        }
        close(copy);
    }

    // Tools > Add-Ons > tokwatt > Save portable copy...: installed, and
    // driven headless through the dispatch the menu item makes.
    void menu_entry()
    {
        const auto& context = office().context();
        auto provider = css::configuration::theDefaultProvider::get(context);
        auto node = [&](const std::string& path) {
            css::beans::NamedValue arg("nodepath", Any(to_ou(path)));
            Sequence<Any> args(1);
            args[0] <<= arg;
            return Reference<css::container::XNameAccess>(
                provider->createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", args),
                UNO_QUERY_THROW);
        };
        const std::string command
            = std::string(portable::menu_protocol) + portable::menu_command;
        auto item = node("/org.openoffice.Office.Addons/AddonUI/AddonMenu/"
                         "org.tokwatt.calc.menu/Submenu/m1");
        CPPUNIT_ASSERT_EQUAL(command, to_utf8(item->getByName("URL").get<OUString>()));
        CPPUNIT_ASSERT_EQUAL(std::string("Save portable copy..."),
                             to_utf8(item->getByName("Title").get<OUString>()));
        auto handler = node(std::string("/org.openoffice.Office.ProtocolHandler/HandlerSet/")
                            + portable::menu_implementation_name);
        const auto protocols = handler->getByName("Protocols").get<Sequence<OUString>>();
        CPPUNIT_ASSERT(protocols.getLength() == 1
                       && to_utf8(protocols[0]) == std::string(portable::menu_protocol) + "*");

        // A workbook in a Calc window (hidden), and the dispatch its menu
        // item makes.
        Workbook book;
        book.sheet().set("A1", 20e9);
        book.sheet().set("B1", "=PUSER(A1;EEFF(ETOK()))");
        book.sheet().set("B2", "=POWERCOMPARE(B1*1E6)");
        book.sheet().recalculate();
        auto frame = Reference<css::frame::XModel>(book.document(), UNO_QUERY_THROW)
                         ->getCurrentController()
                         ->getFrame();
        css::util::URL url;
        url.Complete = to_ou(command);
        css::util::URLTransformer::create(context)->parseStrict(url);
        Reference<css::frame::XNotifyingDispatch> dispatch(
            Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW)
                ->queryDispatch(url, "", 0),
            UNO_QUERY);
        CPPUNIT_ASSERT_MESSAGE("the menu's URL dispatches from a Calc window", dispatch.is());

        const std::string target = work_dir() + "/from the menu.xlsx";
        Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "URL";
        args[0].Value <<= to_ou(file_url(target));
        rtl::Reference<ResultListener> listener(new ResultListener);
        dispatch->dispatchWithNotification(url, args, listener.get());
        CPPUNIT_ASSERT_MESSAGE(listener->result,
                               listener->state == css::frame::DispatchResultState::SUCCESS);
        CPPUNIT_ASSERT_MESSAGE(listener->result,
                               listener->result.find("2 formulas rewritten") != std::string::npos);
        CPPUNIT_ASSERT(exists(target));
        assert_no_tokwatt(target, 2);
        // The plain dispatch (what a click sends) with a target works too.
        const std::string second = work_dir() + "/from the menu.ods";
        args[0].Value <<= to_ou(file_url(second));
        dispatch->dispatch(url, args);
        CPPUNIT_ASSERT(exists(second));
        // The workbook itself is unchanged.
        CPPUNIT_ASSERT_EQUAL(std::string("=ORG.TOKWATT.CALCFUNCTIONS.PUSER(A1;"
                                         "ORG.TOKWATT.CALCFUNCTIONS.EEFF("
                                         "ORG.TOKWATT.CALCFUNCTIONS.ETOK()))"),
                             book.sheet().formula("B1"));
        // Without a target it asks with a file dialog, which a headless
        // office cancels: nothing written, no failure.
        rtl::Reference<ResultListener> cancelled(new ResultListener);
        dispatch->dispatchWithNotification(url, Sequence<css::beans::PropertyValue>(),
                                           cancelled.get());
        CPPUNIT_ASSERT_MESSAGE(cancelled->result,
                               cancelled->state == css::frame::DispatchResultState::DONTKNOW);
        CPPUNIT_ASSERT(office().alive());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PortableTest);
}
