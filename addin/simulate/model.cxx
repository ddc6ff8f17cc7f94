#include "model.hxx"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "../common/strings.hxx"
#include "../function_table.hxx"
#include "../portable/formula.hxx"
#include "../portable/rewrite.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::simulate
{
namespace
{
[[noreturn]] void fail(const std::string& where, const std::string& why)
{
    throw std::invalid_argument(where.empty() ? why : where + ": " + why);
}

// $Sheet1.$B$5, or $'My sheet'.$B$5: the form Calc's defined names hold.
std::string absolute_address(const std::string& sheet, int column, int row)
{
    bool plain = !sheet.empty();
    for (char c : sheet)
        plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    std::string quoted = sheet;
    if (!plain)
    {
        quoted = "'";
        for (char c : sheet)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        quoted += "'";
    }
    return "$" + quoted + ".$" + portable::column_name(column) + "$" + std::to_string(row + 1);
}

// What a cell shows after its formula ran: a number, a text, or an error.
struct Shown
{
    enum Kind { number, text, error } kind;
    double value = NAN;
    std::string string;
};

Shown shown(const Reference<css::table::XCell>& cell)
{
    Reference<css::beans::XPropertySet> props(cell, UNO_QUERY_THROW);
    sal_Int32 type = 0;
    props->getPropertyValue("FormulaResultType2") >>= type;
    if (cell->getError() != 0 || type == css::sheet::FormulaResult::ERROR)
        return { Shown::error, NAN, "" };
    if (type == css::sheet::FormulaResult::STRING)
        return { Shown::text, NAN,
                 to_utf8(Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString()) };
    return { Shown::number, cell->getValue(), "" };
}

// A call's arguments as formula text, when the call is the whole formula
// ("=F(a;b)"), else nullopt.
std::optional<std::vector<std::string>> whole_call(const std::string& formula,
                                                    const char* function)
{
    const portable::Tokens t = portable::lex(formula);
    std::size_t i = 0;
    auto skip = [&] {
        while (i < t.size() && t[i].kind == portable::Tok::space)
            ++i;
    };
    skip();
    if (i < t.size() && t[i].kind == portable::Tok::op && t[i].text == "=")
        ++i;
    skip();
    if (i + 1 >= t.size() || t[i].kind != portable::Tok::word)
        return std::nullopt;
    const FunctionInfo* f = portable::tokwatt_function_named(t[i].text);
    if (!f || std::string(f->name) != function || t[i + 1].kind != portable::Tok::open)
        return std::nullopt;
    const std::size_t open = i + 1, close = portable::matching(t, open);
    if (close >= t.size())
        return std::nullopt;
    i = close + 1;
    skip();
    if (i != t.size())
        return std::nullopt;
    std::vector<std::string> args;
    for (const auto& [b, e] : portable::arguments(t, open, close))
        args.push_back(portable::classify(portable::join(t, b, e)).text);
    return args;
}

bool calls(const std::string& formula, const char* function)
{
    for (const portable::Token& token : portable::lex(formula))
    {
        const FunctionInfo* f = token.kind == portable::Tok::word
                                    ? portable::tokwatt_function_named(token.text)
                                    : nullptr;
        if (f && std::string(f->name) == function)
            return true;
    }
    return false;
}

// Each argument's value, computed by typing it into the cell itself (so
// relative references mean what they mean in the formula).
std::vector<std::optional<Shown>> evaluate(const Reference<css::table::XCell>& cell,
                                           const std::vector<std::string>& args)
{
    std::vector<std::optional<Shown>> values;
    for (const std::string& arg : args)
    {
        if (arg.empty())
        {
            values.emplace_back();
            continue;
        }
        cell->setFormula(to_ou("=" + arg));
        values.push_back(shown(cell));
    }
    return values;
}

const char* const range_args[] = { "lo", "hi", "likely", "shape", "min", "max" };

Range range_of(const std::string& where, const std::vector<std::optional<Shown>>& v)
{
    if (v.size() < 2 || v.size() > 6)
        fail(where, "UNCERTAIN takes 2 to 6 arguments: lo; hi; [likely]; [shape]; [min]; [max]");
    Range r;
    auto number = [&](std::size_t i) -> std::optional<double> {
        if (i >= v.size() || !v[i])
            return std::nullopt;
        if (v[i]->kind != Shown::number)
            fail(where, std::string("UNCERTAIN's ") + range_args[i]
                            + (v[i]->kind == Shown::error ? " is an error" : " is not a number"));
        return v[i]->value;
    };
    if (!v[0] || !v[1])
        fail(where, "UNCERTAIN needs lo and hi");
    r.lo = *number(0);
    r.hi = *number(1);
    r.likely = number(2);
    r.min = number(4);
    r.max = number(5);
    if (v.size() > 3 && v[3])
    {
        if (v[3]->kind != Shown::text)
            fail(where, "UNCERTAIN's shape is a name such as \"lognormal\"");
        r.shape = v[3]->string;
    }
    return r;
}

std::string sheet_name(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

// Defined names of single cells, by the absolute address they hold.
std::map<std::string, std::string> cell_names(const Reference<css::lang::XComponent>& document)
{
    std::map<std::string, std::string> names;
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                               UNO_QUERY_THROW);
    for (const OUString& name : ranges->getElementNames())
    {
        Reference<css::sheet::XNamedRange> range(ranges->getByName(name), UNO_QUERY_THROW);
        const std::string content = to_utf8(range->getContent());
        if (content.find(':') == std::string::npos && content.rfind('$', 0) == 0)
            names.emplace(content, to_utf8(name));
    }
    return names;
}

// TW_SIM_CORRELATION: input names in its first row and column, the matrix
// inside; each name must be an input's.
void read_correlation(const Reference<css::lang::XComponent>& document, Model& model)
{
    Reference<css::beans::XPropertySet> props(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                               UNO_QUERY_THROW);
    if (!ranges->hasByName(to_ou(correlation_name)))
        return;
    Reference<css::sheet::XNamedRange> named(ranges->getByName(to_ou(correlation_name)),
                                             UNO_QUERY_THROW);
    model.correlation_range = to_utf8(named->getContent());
    Reference<css::sheet::XCellRangeReferrer> referrer(named, UNO_QUERY);
    Reference<css::table::XCellRange> range = referrer.is() ? referrer->getReferredCells()
                                                            : nullptr;
    if (!range.is())
        fail(correlation_name, "is not a range of cells");
    const Sequence<Sequence<Any>> data
        = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    const std::size_t n = static_cast<std::size_t>(data.getLength());
    if (n < 2 || static_cast<std::size_t>(data[0].getLength()) != n)
        fail(correlation_name,
             "must be square: input names in its first row and first column, the rank "
             "correlations inside");
    auto text = [&](std::size_t r, std::size_t c) {
        OUString s;
        data[static_cast<sal_Int32>(r)][static_cast<sal_Int32>(c)] >>= s;
        return to_utf8(s);
    };
    const std::size_t k = model.inputs.size();
    std::vector<std::size_t> index(n - 1);
    for (std::size_t i = 1; i < n; ++i)
    {
        const std::string name = text(0, i);
        if (text(i, 0) != name)
            fail(correlation_name, "its first row and first column must name the same inputs "
                                   "in the same order (" + name + " against " + text(i, 0) + ")");
        auto it = std::find_if(model.inputs.begin(), model.inputs.end(),
                               [&](const Input& in) { return in.name == name; });
        if (it == model.inputs.end())
            fail(correlation_name, "\"" + name + "\" names no UNCERTAIN cell");
        index[i - 1] = static_cast<std::size_t>(it - model.inputs.begin());
    }
    // Inputs it does not name are independent of every other.
    model.correlation.assign(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i)
        model.correlation[i * k + i] = 1.0;
    for (std::size_t r = 1; r < n; ++r)
        for (std::size_t c = 1; c < n; ++c)
        {
            double v = NAN;
            if (!(data[static_cast<sal_Int32>(r)][static_cast<sal_Int32>(c)] >>= v))
                fail(correlation_name, "holds a cell that is not a number (" + text(r, 0) + ", "
                                           + text(0, c) + ")");
            model.correlation[index[r - 1] * k + index[c - 1]] = v;
        }
}
}

Model read_model(const Reference<css::lang::XComponent>& document)
{
    Model model;
    const auto names = cell_names(document);
    Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s)
    {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
        const std::string sheet_text = sheet_name(sheet);
        Reference<css::sheet::XSheetCellRanges> formulas
            = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                  ->queryContentCells(css::sheet::CellFlags::FORMULA);
        Reference<css::container::XEnumeration> cells
            = formulas->getCells()->createEnumeration();
        while (cells->hasMoreElements())
        {
            Reference<css::table::XCell> cell(cells->nextElement(), UNO_QUERY_THROW);
            const std::string formula = to_utf8(cell->getFormula());
            const bool input = calls(formula, "UNCERTAIN"), output = calls(formula, "SIMOUTPUT");
            if (!input && !output)
                continue;
            const auto a = Reference<css::sheet::XCellRangeAddressable>(cell, UNO_QUERY_THROW)
                               ->getRangeAddress();
            const std::string address = absolute_address(sheet_text, a.StartColumn, a.StartRow);
            const auto named = names.find(address);
            const std::string name = named != names.end() ? named->second : address;
            if (input && output)
                fail(address, "a cell is either an UNCERTAIN input or a SIMOUTPUT output");
            // The API shows an array formula in braces: a trial could not
            // write into it, nor compute one of its cells alone.
            if (formula.rfind("{", 0) == 0)
                fail(address, std::string(input ? "UNCERTAIN" : "SIMOUTPUT")
                                  + " cannot be simulated in an array formula: enter it as "
                                    "an ordinary formula (Enter, not Ctrl+Shift+Enter)");
            const auto args = whole_call(formula, input ? "UNCERTAIN" : "SIMOUTPUT");
            if (!args)
                fail(address, std::string(input ? "UNCERTAIN" : "SIMOUTPUT")
                                  + " must be the whole formula of its cell to be simulated "
                                    "(put the rest of the formula in another cell)");
            if (output)
            {
                std::string label = name;
                bool named_by_text = true; // or by nothing
                if (args->size() > 1 && !(*args)[1].empty())
                {
                    const auto v = evaluate(cell, { (*args)[1] });
                    cell->setFormula(to_ou(formula));
                    named_by_text = v[0] && v[0]->kind == Shown::text;
                    if (named_by_text && !v[0]->string.empty())
                        label = v[0]->string;
                }
                const std::string value = args->empty() ? "" : (*args)[0];
                model.outputs.push_back(
                    { label, address, formula, named_by_text ? value : "", cell });
                continue;
            }
            const auto values = evaluate(cell, *args);
            cell->setFormula(to_ou(formula));
            const Range range = range_of(address, values);
            try
            {
                model.inputs.push_back({ name, address, formula, cell, Distribution(range) });
            }
            catch (const std::invalid_argument& e)
            {
                fail(address, std::string("UNCERTAIN: ") + e.what());
            }
        }
    }
    if (model.outputs.empty())
        fail("", "the workbook has no SIMOUTPUT cell: mark each result to simulate with "
                 "=SIMOUTPUT(value; \"name\")");
    if (model.inputs.empty())
        fail("", "the workbook has no UNCERTAIN cell: give an input a range with "
                 "=UNCERTAIN(lo; hi)");
    read_correlation(document, model);
    return model;
}
}
