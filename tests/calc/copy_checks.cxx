// The checks of the portable-copy suite (copy_checks.hxx).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <sys/stat.h>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <cppunit/extensions/HelperMacros.h>

#include "../../addin/common/store_options.hxx"
#include "../../addin/common/strings.hxx"
#include "../../addin/function_table.hxx"
#include "../../tools/workbook_report.hxx"
#include "calc_cells.hxx"
#include "calc_fixture.hxx"
#include "copy_checks.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test::portable_copy
{
namespace
{
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

// The cell at "Sheet.B5".
Reference<css::table::XCell> cell_at(const Document& document, const std::string& where)
{
    const std::size_t dot = where.rfind('.');
    Reference<css::container::XNameAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(to_ou(where.substr(0, dot))),
                                              UNO_QUERY_THROW);
    return sheet->getCellRangeByName(to_ou(where.substr(dot + 1)))->getCellByPosition(0, 0);
}

// One state of a copy for the engines: the copy stored as it stands, and
// what the original shows with the add-in, one cell a line:
//   sheet_index <TAB> sheet_name <TAB> A1 <TAB> n|t|e <TAB> value
void store_engine_case(const std::string& path, const Document& copy,
                       const std::vector<Area>& areas,
                       const std::map<std::string, Shown>& expected,
                       const std::set<std::string>& skip)
{
    Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW)
        ->storeToURL(to_ou(file_url(path)),
                     properties({ { "FilterName",
                                    css::uno::Any(OUString::createFromAscii(calc_filter_for(path))) },
                                  { "Overwrite", css::uno::Any(true) } }));
    std::ofstream out(path + ".expect");
    for (const auto& [where, shown] : expected)
    {
        if (shown.kind == Shown::empty || skip.count(where))
            continue;
        const std::size_t dot = where.rfind('.');
        const std::string sheet = where.substr(0, dot);
        sal_Int32 index = -1;
        for (const Area& a : areas)
            if (a.name == sheet)
                index = a.sheet;
        std::string value;
        if (shown.kind == Shown::number)
        {
            char text[40];
            std::snprintf(text, sizeof text, "%.17g", shown.value);
            value = text;
        }
        else if (shown.kind == Shown::text)
            for (char c : shown.string)
                value += c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\\' ? "\\\\"
                                                                     : std::string(1, c);
        out << index << '\t' << sheet << '\t' << where.substr(dot + 1) << '\t'
            << (shown.kind == Shown::number ? 'n' : shown.kind == Shown::text ? 't' : 'e') << '\t'
            << value << '\n';
    }
    CPPUNIT_ASSERT_MESSAGE(path + ".expect is written", out.good());
}

std::string file_part(const std::string& what)
{
    std::string name;
    for (char c : what)
        name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
    return name;
}

void apply_change(const Document& document, const Change& change)
{
    for (const auto& [where, value] : change)
        if (value.is_text)
            Reference<css::text::XText>(cell_at(document, where), UNO_QUERY_THROW)
                ->setString(to_ou(value.text));
        else
            cell_at(document, where)->setValue(value.number);
    recalculate(document);
}
}

void assert_no_tokwatt(const std::string& path, std::size_t at_least)
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

std::unique_ptr<Office> office_without_extension()
{
    const std::string profile = work_dir() + "/plain-profile";
    CPPUNIT_ASSERT(std::system(("rm -rf '" + profile + "'").c_str()) == 0);
    auto plain = std::make_unique<Office>(profile);
    CPPUNIT_ASSERT_MESSAGE("the second office has no tokwatt extension",
                           !plain->extension_enabled(TW_EXTENSION_ID));
    return plain;
}

void assert_copies_follow(const std::string& what, const Document& original,
                          const std::vector<std::pair<std::string, Document>>& copies,
                          const std::vector<Change>& changes,
                          const std::set<std::string>& frozen)
{
    const auto areas = used_areas(original);
    recalculate(original);
    for (const auto& [name, copy] : copies)
        recalculate(copy);
    const auto before = snapshot(original, areas);
    const std::string cases = engine_dir() + "/" + file_part(what);
    for (const auto& [name, copy] : copies)
    {
        const std::string diff = differences(before, snapshot(copy, areas), name);
        CPPUNIT_ASSERT_MESSAGE(what + ": the copy shows what the original shows" + diff,
                               diff.empty());
        store_engine_case(cases + "-0" + name, copy, areas, before, {});
    }
    int compared = 0;
    for (const Change& change : changes)
    {
        const std::string label = what + " with " + change.front().first + " changed";
        Change undo;
        for (const auto& [where, value] : change)
        {
            const Shown& was = before.at(where);
            undo.push_back({ where, was.kind == Shown::text ? Input(was.string) : Input(was.value) });
        }
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
            store_engine_case(cases + "-" + std::to_string(compared) + name, copy, areas, after,
                              frozen);
            apply_change(copy, undo);
        }
        apply_change(original, undo);
    }
    CPPUNIT_ASSERT_MESSAGE(what + ": some input change stays in every function's domain",
                           changes.empty() || compared > 0);
}

std::string engine_dir()
{
    const std::string dir = work_dir() + "/engines";
    CPPUNIT_ASSERT(std::system(("mkdir -p '" + dir + "'").c_str()) == 0);
    return dir;
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
    return Reference<css::beans::XPropertySet>(cell_at(document, where), UNO_QUERY_THROW);
}

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
        // A list input holds a catalog name, not a number to move (the
        // templates test moves it to another name).
        if (Reference<css::beans::XPropertySet>(rule, UNO_QUERY_THROW)
                ->getPropertyValue("Type")
                .get<css::sheet::ValidationType>()
            == css::sheet::ValidationType_LIST)
            return;
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
}
