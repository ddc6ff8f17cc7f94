#include "kit.hxx"

#include <cctype>
#include <cmath>
#include <algorithm>
#include <stdexcept>

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/ChartSymbolType.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include "../addin/common/sheet_layout.hxx"
#include "../addin/common/strings.hxx"
#include "../core/tokwatt.h"

using css::beans::PropertyValue;
using css::beans::XPropertySet;
using css::uno::Any;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::templates
{
namespace
{

Reference<XPropertySet> props(const Reference<css::uno::XInterface>& object)
{
    return Reference<XPropertySet>(object, UNO_QUERY_THROW);
}

// ASCII RGB as Calc stores colours.
constexpr sal_Int32 rgb(int r, int g, int b) { return (r << 16) | (g << 8) | b; }

sal_Int32 number_format(const Reference<css::lang::XComponent>& document,
                        const std::string& format)
{
    Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY_THROW);
    auto formats = supplier->getNumberFormats();
    const css::lang::Locale en_us("en", "US", "");
    sal_Int32 key = formats->queryKey(to_ou(format), en_us, false);
    if (key == -1)
        key = formats->addNew(to_ou(format), en_us);
    return key;
}
}

std::vector<std::string> catalog_names(int kind)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < tw_catalog_count(); ++i)
    {
        const tw_preset* row;
        if (tw_catalog_entry(i, &row) == TW_OK && row->kind == kind
            && (names.empty() || names.back() != row->name))
            names.push_back(row->name);
    }
    return names;
}

namespace
{
// "G" for 10^9; each ',' after the digits divides by 1000.
std::string prefixed(const std::string& digits, const std::string& unit, int exponent)
{
    static const char* const prefixes[] = { "", "k", "M", "G", "T", "P", "E" };
    if (exponent < 0 || exponent > 18 || exponent % 3 != 0)
        throw std::runtime_error("no SI prefix for 1E" + std::to_string(exponent));
    return digits + std::string(static_cast<std::size_t>(exponent / 3), ',') + "\" "
           + prefixes[exponent / 3] + unit + "\"";
}

std::string below(int exponent) { return "[<1E" + std::to_string(exponent) + "]"; }
}

// Conditions as [<...], so a negative figure falls in the first range and
// keeps its sign (Calc shows the third, unconditioned range unsigned).
std::string si_format(const std::string& unit, int exponent, const std::string& digits)
{
    return below(exponent) + "##0.0E+0\" " + unit + "\";" + below(exponent + 3)
           + prefixed(digits, unit, exponent) + ";" + prefixed(digits, unit, exponent + 3);
}

std::string si_axis_format(const std::string& unit, int exponent)
{
    return below(exponent + 3) + prefixed("0.#", unit, exponent) + ";" + below(exponent + 6)
           + prefixed("0.#", unit, exponent + 3) + ";" + prefixed("0.#", unit, exponent + 6);
}

std::string cell(char column, int row) { return std::string(1, column) + std::to_string(row); }
std::string fixed(char column, int row)
{
    return "$" + std::string(1, column) + "$" + std::to_string(row);
}

Page::Page(const Reference<css::lang::XComponent>& document,
           const Reference<css::sheet::XSpreadsheet>& sheet)
    : document_(document)
    , sheet_(sheet)
    , layout_(std::make_shared<Layout>())
{
}

int Page::row() const { return layout_->row; }
int Page::next(int rows) { return layout_->row += rows; }
std::string Page::at(char column) const { return cell(column, row()); }
std::string Page::fixed_at(char column) const { return fixed(column, row()); }
std::string Page::span(char from, char to) const { return at(from) + ":" + at(to); }

void Page::headers(const std::vector<std::string>& cells)
{
    next();
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (!cells[c].empty())
            text(static_cast<char>('A' + c), cells[c], style::heading);
    // Headings wrap (their style): the row grows to show every line.
    optimal_heights(at('A'));
}

void Page::key(const std::string& key, const std::string& cell)
{
    if (!layout_->keys.emplace(key, cell).second)
        throw std::runtime_error(sheet_name() + ": the key " + key + " names two cells");
}

std::string Page::ref(const std::string& key) const
{
    const auto found = layout_->keys.find(key);
    if (found == layout_->keys.end())
        throw std::runtime_error(sheet_name() + ": no cell has the key " + key);
    return found->second;
}

std::string Page::ref_from_outside(const std::string& key) const
{
    return sheet_prefix(sheet_name()) + ref(key);
}

std::string Page::sheet_prefix(const std::string& sheet)
{
    std::string out = "$'";
    for (char c : sheet)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'.";
}

namespace
{
bool key_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':'; }

// "B12:C13" -> "$B$12:$C$13".
std::string absolute(const std::string& address)
{
    std::string out;
    bool in_row = false;
    for (char c : address)
    {
        const bool digit = std::isdigit(static_cast<unsigned char>(c));
        if (c != '$' && (out.empty() || out.back() == ':' || (digit && !in_row)))
            out += '$';
        if (c != '$')
            out += c;
        in_row = digit;
    }
    return out;
}
}

std::string Page::expand(const std::string& formula) const
{
    std::string out;
    for (std::size_t i = 0; i < formula.size();)
    {
        const bool fix = formula.compare(i, 2, "{$") == 0;
        const std::size_t start = i + (fix ? 2 : 1);
        std::size_t end = start;
        while (end < formula.size() && key_char(formula[end]))
            ++end;
        // {key}: a key starts with a letter or '_'; anything else (an
        // inline array {1;2}) is left as it is.
        if (formula[i] == '{' && end > start && end < formula.size() && formula[end] == '}'
            && !std::isdigit(static_cast<unsigned char>(formula[start])))
        {
            const std::string address = ref(formula.substr(start, end - start));
            out += fix ? absolute(address) : address;
            i = end + 1;
        }
        else
            out += formula[i++];
    }
    return out;
}

Scenario Page::scenario() const { return layout_->scenario; }

std::string Page::twin(const std::string& cell) const
{
    if (layout_->twin.empty())
        throw std::runtime_error(sheet_name() + " has no twin");
    return sheet_prefix(layout_->twin) + absolute(cell);
}

std::string Page::twin_name() const { return layout_->twin; }

std::string Page::inputs_note() const
{
    switch (scenario())
    {
    case Scenario::live:
        return "Yellow cells are inputs: change one and every figure follows. The check "
               "tables stay on sheet \"" + layout_->twin
               + "\", the same model at the text's own inputs; the table at the end sets "
                 "your figures beside the text's.";
    case Scenario::text:
        return "This sheet is the same model at the text's own inputs (grey figures, fixed), "
               "held apart from yours on sheet \"" + layout_->twin
               + "\": its check tables compare the text's figures with these, so they hold "
                 "whatever you type there.";
    case Scenario::plain:
        break;
    }
    return "Yellow cells are inputs: change one and every figure follows.";
}

void Page::condition(const std::string& test, const std::string& why)
{
    layout_->conditions.emplace_back(expand(test), expand(why));
}

namespace
{
std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string decimal(double x)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", x);
    return text;
}
}

// ="All inputs ..." when every input is a number within its rule and no
// condition holds; else the reasons, one after the other.
std::string Page::status_formula() const
{
    std::string fine, reasons;
    for (const Guard& g : layout_->guards)
    {
        const std::string& c = g.cell;
        std::string range = c + "<" + decimal(g.rule.min);
        if (!g.rule.max_formula.empty())
            range += ";" + c + ">" + expand(g.rule.max_formula);
        else if (!std::isinf(g.rule.max))
            range += ";" + c + ">" + decimal(g.rule.max);
        fine += (fine.empty() ? "" : ";") + ("ISNUMBER(" + c + ");NOT(OR(" + range + "))");
        reasons += (reasons.empty() ? "" : "&") + ("IF(ISNUMBER(" + c + ");IF(OR(" + range
                                                    + ");" + quoted(g.rule.message + " ") + ";\"\");"
                                                    + quoted(c + " is empty or not a number: "
                                                             + g.rule.message + " ")
                                                    + ")");
    }
    for (const auto& [test, why] : layout_->conditions)
    {
        fine += (fine.empty() ? "" : ";") + ("NOT(" + test + ")");
        reasons += (reasons.empty() ? "" : "&") + ("IF(" + test + ";" + why + "&\". \";\"\")");
    }
    const std::string ok = quoted("All inputs are in range: every figure is computed.");
    if (fine.empty())
        return "=" + ok;
    return "=IF(AND(" + fine + ");" + ok + ";\"Error: \"&" + reasons + ")";
}

std::string Page::sheet_name() const
{
    return rtl::OUStringToOString(Reference<css::container::XNamed>(sheet_, UNO_QUERY_THROW)
                                      ->getName(),
                                  RTL_TEXTENCODING_UTF8)
        .getStr();
}

void Page::style(const std::string& range, const char* style)
{
    if (style)
        props(sheet_->getCellRangeByName(to_ou(range)))->setPropertyValue("CellStyle",
                                                                        Any(to_ou(style)));
}

void Page::format(const std::string& range, const std::string& format)
{
    if (!format.empty())
        props(sheet_->getCellRangeByName(to_ou(range)))
            ->setPropertyValue("NumberFormat", Any(number_format(document_, format)));
}

void Page::text(const std::string& cell, const std::string& text, const char* style)
{
    Reference<css::text::XText>(sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0),
                                UNO_QUERY_THROW)
        ->setString(to_ou(text));
    this->style(cell, style);
}

void Page::number(const std::string& cell, double value, const char* style,
                  const std::string& format)
{
    sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0)->setValue(value);
    this->style(cell, style);
    this->format(cell, format);
}

void Page::formula(const std::string& cell, const std::string& formula, const char* style,
                   const std::string& format)
{
    props(sheet_->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0))
        ->setPropertyValue("FormulaLocal", Any(to_ou(expand(formula))));
    this->style(cell, style);
    this->format(cell, format);
}

void Page::array_formula(const std::string& range, const std::string& formula,
                         const std::string& format)
{
    Reference<css::sheet::XArrayFormulaRange>(sheet_->getCellRangeByName(to_ou(range)),
                                              UNO_QUERY_THROW)
        ->setArrayFormula(to_ou(expand(formula)));
    style(range, style::result);
    this->format(range, format);
}

void Page::input(const std::string& cell, double value, const Rule& rule,
                 const std::string& format)
{
    layout_->guards.push_back({ cell, rule });
    if (text_inputs()) // the text's own figure, fixed
    {
        number(cell, value, style::printed, format);
        return;
    }
    number(cell, value, style::input, format);
    auto range = props(sheet_->getCellRangeByName(to_ou(cell)));
    auto validation = props(range->getPropertyValue("Validation").get<Reference<XPropertySet>>());
    validation->setPropertyValue("Type", Any(css::sheet::ValidationType_DECIMAL));
    Reference<css::sheet::XSheetCondition> condition(validation, UNO_QUERY_THROW);
    auto number_text = [](double x) {
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", x);
        return OUString::createFromAscii(text);
    };
    if (!rule.max_formula.empty())
    {
        condition->setOperator(css::sheet::ConditionOperator_BETWEEN);
        condition->setFormula1(number_text(rule.min));
        condition->setFormula2(to_ou(expand(rule.max_formula)));
    }
    else if (std::isinf(rule.max))
    {
        condition->setOperator(css::sheet::ConditionOperator_GREATER_EQUAL);
        condition->setFormula1(number_text(rule.min));
    }
    else
    {
        condition->setOperator(css::sheet::ConditionOperator_BETWEEN);
        condition->setFormula1(number_text(rule.min));
        condition->setFormula2(number_text(rule.max));
    }
    guard(range, validation, rule.message);
}

void Page::choice(const std::string& cell, const std::string& value,
                  const std::vector<std::string>& options, const std::string& message)
{
    text(cell, value, style::input);
    auto range = props(sheet_->getCellRangeByName(to_ou(cell)));
    auto validation = props(range->getPropertyValue("Validation").get<Reference<XPropertySet>>());
    validation->setPropertyValue("Type", Any(css::sheet::ValidationType_LIST));
    validation->setPropertyValue("ShowList", Any(sal_Int16(1))); // a drop-down, unsorted
    std::string list;
    for (const std::string& option : options)
        list += (list.empty() ? "\"" : ";\"") + option + "\"";
    Reference<css::sheet::XSheetCondition>(validation, UNO_QUERY_THROW)
        ->setFormula1(to_ou(list));
    guard(range, validation, message);
}

void Page::guard(const Reference<XPropertySet>& range, const Reference<XPropertySet>& validation,
                 const std::string& message)
{
    validation->setPropertyValue("ShowErrorMessage", Any(true));
    validation->setPropertyValue("ErrorTitle", Any(OUString("tokwatt")));
    validation->setPropertyValue("ErrorMessage", Any(to_ou(message)));
    validation->setPropertyValue("ErrorAlertStyle",
                                 Any(css::sheet::ValidationAlertStyle_STOP));
    validation->setPropertyValue("ShowInputMessage", Any(true));
    validation->setPropertyValue("InputTitle", Any(OUString("Input")));
    validation->setPropertyValue("InputMessage", Any(to_ou(message)));
    range->setPropertyValue("Validation", Any(validation));
}

void Page::comment(const std::string& cell, const std::string& text)
{
    Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet_, UNO_QUERY_THROW);
    Reference<css::sheet::XCellRangeAddressable> addressable(
        sheet_->getCellRangeByName(to_ou(cell)), UNO_QUERY_THROW);
    const auto a = addressable->getRangeAddress();
    supplier->getAnnotations()->insertNew(
        css::table::CellAddress(a.Sheet, a.StartColumn, a.StartRow), to_ou(text));
}

void Page::name(const std::string& name, const std::string& cell, bool workbook_wide)
{
    std::vector<Reference<css::sheet::XNamedRanges>> scopes;
    if (text_inputs() && layout_->text_sheets && !workbook_wide)
        for (const auto& sheet : *layout_->text_sheets)
            scopes.emplace_back(props(sheet)->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
    else
        scopes.emplace_back(props(document_)->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
    Reference<css::sheet::XCellRangeAddressable> addressable(
        sheet_->getCellRangeByName(to_ou(cell)), UNO_QUERY_THROW);
    const auto a = addressable->getRangeAddress();
    auto absolute = [&](sal_Int32 column, sal_Int32 row) {
        std::string letters;
        for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
            letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
        return sheet_prefix(sheet_name()) + "$" + letters + "$" + std::to_string(row + 1);
    };
    std::string reference = absolute(a.StartColumn, a.StartRow);
    if (a.EndColumn != a.StartColumn || a.EndRow != a.StartRow)
        reference += ":" + absolute(a.EndColumn, a.EndRow);
    for (const auto& names : scopes)
        names->addNewByName(to_ou(name), to_ou(reference),
                            css::table::CellAddress(a.Sheet, a.StartColumn, a.StartRow), 0);
}

void Page::widths(const std::vector<int>& mm)
{
    auto columns = Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getColumns();
    for (std::size_t c = 0; c < mm.size(); ++c)
        props(columns->getByIndex(static_cast<sal_Int32>(c)).get<Reference<XPropertySet>>())
            ->setPropertyValue("Width", Any(sal_Int32(mm[c] * 100)));
}

void Page::wrap(const std::string& range)
{
    props(sheet_->getCellRangeByName(to_ou(range)))->setPropertyValue("IsTextWrapped", Any(true));
}

void Page::merge(const std::string& range)
{
    Reference<css::util::XMergeable>(sheet_->getCellRangeByName(to_ou(range)), UNO_QUERY_THROW)
        ->merge(true);
}

void Page::chart(const Chart& chart)
{
    if (text_inputs()) // the live sheet has it; the text's twin holds the checks
        return;
    auto over = props(sheet_->getCellRangeByName(to_ou(chart.over)));
    const auto position = over->getPropertyValue("Position").get<css::awt::Point>();
    const auto size = over->getPropertyValue("Size").get<css::awt::Size>();
    Reference<css::sheet::XCellRangeAddressable> data(sheet_->getCellRangeByName(to_ou(chart.data)),
                                                      UNO_QUERY_THROW);
    const css::table::CellRangeAddress range_address = data->getRangeAddress();
    // Scatter: the first column holds x values; bars: category labels.
    const Reference<css::chart::XChartDocument> document = add_chart(
        document_, sheet_, chart.name,
        css::awt::Rectangle(position.X, position.Y, size.Width, size.Height), range_address,
        chart.first_row_is_header, !chart.scatter,
        sheet_->getCellRangeByName(to_ou(chart.over))->getCellByPosition(0, 0));
    if (chart.scatter)
    {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        document->setDiagram(Reference<css::chart::XDiagram>(
            factory->createInstance("com.sun.star.chart.XYDiagram"), UNO_QUERY_THROW));
    }
    props(document)->setPropertyValue("HasMainTitle", Any(true));
    props(document->getTitle())->setPropertyValue("String", Any(to_ou(chart.title)));
    auto diagram = props(document->getDiagram());
    diagram->setPropertyValue("HasXAxisTitle", Any(true));
    diagram->setPropertyValue("HasYAxisTitle", Any(true));
    Reference<css::chart::XAxisXSupplier> x_axis(diagram, UNO_QUERY_THROW);
    Reference<css::chart::XAxisYSupplier> y_axis(diagram, UNO_QUERY_THROW);
    props(x_axis->getXAxisTitle())->setPropertyValue("String", Any(to_ou(chart.x_title)));
    props(y_axis->getYAxisTitle())->setPropertyValue("String", Any(to_ou(chart.y_title)));
    if (chart.log_y) // a grid line at every tenfold step (the step is in decades)
    {
        props(y_axis->getYAxis())->setPropertyValue("Logarithmic", Any(true));
        props(y_axis->getYAxis())->setPropertyValue("StepMain", Any(1.0));
    }
    if (chart.lines_after_bars > 0)
        diagram->setPropertyValue("NumberOfLines", Any(sal_Int32(chart.lines_after_bars)));
    if (chart.legend)
    {
        props(document)->setPropertyValue("HasLegend", Any(true));
        props(document->getLegend())
            ->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));
    }
    if (!chart.markers)
        diagram->setPropertyValue("SymbolType", Any(css::chart::ChartSymbolType::NONE));
    auto set_bound = [](const Reference<XPropertySet>& axis, const char* name, double value) {
        if (!std::isnan(value))
            axis->setPropertyValue(OUString::createFromAscii(name), Any(value));
    };
    set_bound(props(y_axis->getYAxis()), "Min", chart.y_min);
    if (!chart.y_format.empty())
    {
        auto axis = props(y_axis->getYAxis());
        axis->setPropertyValue("LinkNumberFormatToSource", Any(false));
        axis->setPropertyValue("NumberFormat",
                               Any(number_format(Reference<css::lang::XComponent>(
                                                     document, UNO_QUERY_THROW),
                                                 chart.y_format)));
    }
    set_bound(props(x_axis->getXAxis()), "Min", chart.x_min);
    set_bound(props(x_axis->getXAxis()), "Max", chart.x_max);
}

// Calc 7.4's colour scales cannot be made through UNO (an entry set on a
// new scale is written through a null pointer and the office aborts), so
// the bands are cell styles under classic conditional formats.
std::vector<std::string> Page::colour_scale(const std::string& range)
{
    constexpr int bands = 5;
    Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> cell_styles(
        families->getStyleFamilies()->getByName("CellStyles"), UNO_QUERY_THROW);
    Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
    const sal_Int32 colours[bands] = { 0x63BE7B, 0xB1D580, 0xFFEB84, 0xFBAA77, 0xF8696B };
    std::vector<std::string> styles;
    for (int band = 0; band < bands; ++band)
    {
        const std::string name = "tokwatt Heat " + std::to_string(band + 1);
        if (!cell_styles->hasByName(to_ou(name)))
        {
            Reference<XPropertySet> style(factory->createInstance("com.sun.star.style.CellStyle"),
                                          UNO_QUERY_THROW);
            cell_styles->insertByName(to_ou(name), Any(style));
            style->setPropertyValue("CellBackColor", Any(colours[band]));
            style->setPropertyValue("IsCellBackgroundTransparent", Any(false));
        }
        styles.push_back(name);
    }
    // Band k holds a figure whose log-position between the smallest and the
    // largest is at most k/5 (the first condition that holds wins).
    const std::string abs_range = "$" + range.substr(0, 1) + "$" + range.substr(1, range.find(':') - 1)
                                  + ":$" + range.substr(range.find(':') + 1, 1) + "$"
                                  + range.substr(range.find(':') + 2);
    const std::string min = "MIN(" + abs_range + ")", max = "MAX(" + abs_range + ")";
    const std::string top_left = range.substr(0, range.find(':'));
    Reference<XPropertySet> cells(sheet_->getCellRangeByName(to_ou(range)), UNO_QUERY_THROW);
    // Relative references in the conditions are relative to this cell.
    const auto address
        = Reference<css::sheet::XCellRangeAddressable>(cells, UNO_QUERY_THROW)->getRangeAddress();
    const css::table::CellAddress source(address.Sheet, address.StartColumn, address.StartRow);
    Reference<css::sheet::XSheetConditionalEntries> entries(
        cells->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
    entries->clear();
    for (int band = 0; band < bands; ++band)
    {
        const std::string formula = "LN(" + top_left + "/" + min + ")<=" + std::to_string(band + 1)
                                    + "/" + std::to_string(bands) + "*LN(" + max + "/" + min
                                    + ")+1E-9";
        PropertyValue condition[4];
        condition[0].Name = "Operator";
        condition[0].Value <<= css::sheet::ConditionOperator_FORMULA;
        condition[1].Name = "Formula1";
        condition[1].Value <<= to_ou(formula);
        condition[2].Name = "StyleName";
        condition[2].Value <<= to_ou(styles[band]);
        condition[3].Name = "SourcePosition";
        condition[3].Value <<= source;
        entries->addNew(css::uno::Sequence<PropertyValue>(condition, 4));
    }
    cells->setPropertyValue("ConditionalFormat", Any(entries));
    return styles;
}

namespace
{
// A conditional format over range: style::off where the condition holds.
void show_off(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& range,
              css::sheet::ConditionOperator op, const std::string& formula)
{
    auto cells = props(sheet->getCellRangeByName(to_ou(range)));
    Reference<css::sheet::XSheetConditionalEntries> entries(
        cells->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
    Sequence<PropertyValue> condition(3);
    auto* c = condition.getArray();
    c[0].Name = "Operator";
    c[0].Value <<= op;
    c[1].Name = "Formula1";
    c[1].Value <<= to_ou(formula);
    c[2].Name = "StyleName";
    c[2].Value <<= OUString::createFromAscii(style::off);
    entries->addNew(condition);
    cells->setPropertyValue("ConditionalFormat", Any(entries));
}
}

void Page::highlight_false(const std::string& range)
{
    show_off(sheet_, range, css::sheet::ConditionOperator_EQUAL, "0");
}

void Page::highlight_error(const std::string& cell)
{
    show_off(sheet_, cell, css::sheet::ConditionOperator_FORMULA,
             "LEFT(" + absolute(cell) + ";6)=\"Error:\"");
}

void Page::align_top(const std::string& range)
{
    props(sheet_->getCellRangeByName(to_ou(range)))
        ->setPropertyValue("VertJustify", Any(sal_Int32(css::table::CellVertJustify2::TOP)));
}

void Page::align_right(const std::string& range)
{
    props(sheet_->getCellRangeByName(to_ou(range)))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
}

void Page::row_lines(int row, int lines)
{
    auto rows = Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows();
    props(rows->getByIndex(row - 1).get<Reference<XPropertySet>>())
        ->setPropertyValue("Height", Any(sal_Int32(lines * 400 + 80)));
}

void Page::row_height(int row, int mm)
{
    auto rows = Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows();
    props(rows->getByIndex(row - 1).get<Reference<XPropertySet>>())
        ->setPropertyValue("Height", Any(sal_Int32(mm * 100)));
}

void Page::optimal_heights(const std::string& range)
{
    auto rows = Reference<css::table::XColumnRowRange>(sheet_->getCellRangeByName(to_ou(range)),
                                                       UNO_QUERY_THROW)
                    ->getRows();
    props(rows)->setPropertyValue("OptimalHeight", Any(true));
}

void Page::page_break_before(int row)
{
    auto rows = Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows();
    props(rows->getByIndex(row - 1).get<Reference<XPropertySet>>())
        ->setPropertyValue("IsStartOfNewPage", Any(true));
}

void Page::print_landscape_one_page_wide()
{
    const OUString page_style = props(sheet_)->getPropertyValue("PageStyle").get<OUString>();
    Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> page_styles(
        families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
    // A4 (in 1/100 mm) whatever the office's locale would choose.
    tokwatt::print_landscape_one_page_wide(
        Reference<XPropertySet>(page_styles->getByName(page_style), UNO_QUERY_THROW),
        css::awt::Size(21000, 29700));
}

Book::Book(const Office& office)
    : context_(office.context()), document_(office.new_spreadsheet())
{
    create_styles();
}

Book::~Book()
{
    try
    {
        close(document_);
    }
    catch (const css::uno::Exception&)
    {
    }
}

Page Book::page(int index, const std::string& name)
{
    // A reference to a sheet whose name holds an apostrophe ('It''s'!A1)
    // is read as text by Gnumeric from .xlsx: portable copies must compute.
    if (name.find('\'') != std::string::npos)
        throw std::logic_error("sheet name with an apostrophe: " + name);
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document_, UNO_QUERY_THROW);
    auto sheets = spreadsheet->getSheets();
    Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
    if (index >= indexed->getCount())
        sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(index));
    Reference<css::sheet::XSpreadsheet> sheet(indexed->getByIndex(index), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(to_ou(name));
    return Page(document_, sheet);
}

std::pair<Page, Page> Book::twin_pages(int live_index, const std::string& live_name,
                                       int text_index, const std::string& text_name)
{
    Page first = page(std::min(live_index, text_index), live_index < text_index ? live_name : text_name);
    Page second = page(std::max(live_index, text_index), live_index < text_index ? text_name : live_name);
    Page live = live_index < text_index ? first : second;
    Page text = live_index < text_index ? second : first;
    make_twins(live, text);
    return { live, text };
}

void Book::make_twins(Page& live, Page& text)
{
    text_sheets_->push_back(text.sheet());
    text.layout_->text_sheets = text_sheets_;
    live.layout_->scenario = Scenario::live;
    live.layout_->twin = text.sheet_name();
    text.layout_->scenario = Scenario::text;
    text.layout_->twin = live.sheet_name();
}

void Book::twins(int live_index, const std::string& live_name, int text_index,
                 const std::string& text_name, const std::function<void(Page&)>& build)
{
    auto [live, text] = twin_pages(live_index, live_name, text_index, text_name);
    build(text);
    build(live);
}

void Book::title(const std::string& title)
{
    Reference<css::document::XDocumentPropertiesSupplier>(document_, UNO_QUERY_THROW)
        ->getDocumentProperties()
        ->setTitle(to_ou(title));
}

void Book::recalculate()
{
    Reference<css::sheet::XCalculatable>(document_, UNO_QUERY_THROW)->calculateAll();
}

void Book::save(const std::string& path) { save_as(document_, path); }

void Book::create_styles()
{
    Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> cell_styles(
        families->getStyleFamilies()->getByName("CellStyles"), UNO_QUERY_THROW);
    Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
    struct Look
    {
        const char* name;
        sal_Int32 background; // -1: none
        sal_Int32 colour;
        float weight;
        float height;
        bool italic;
    };
    const Look looks[] = {
        { style::title, -1, rgb(31, 56, 100), 150.f, 14.f, false },
        { style::heading, rgb(221, 235, 247), rgb(0, 0, 0), 150.f, 10.f, false },
        { style::input, rgb(255, 242, 204), rgb(0, 51, 153), 150.f, 10.f, false },
        { style::result, rgb(242, 242, 242), rgb(0, 0, 0), 100.f, 10.f, false },
        { style::printed, -1, rgb(89, 89, 89), 100.f, 10.f, true },
        { style::note, -1, rgb(64, 64, 64), 100.f, 9.f, true },
        { style::verdict, -1, rgb(0, 97, 0), 150.f, 10.f, false },
        { style::off, rgb(255, 199, 206), rgb(156, 0, 6), 150.f, 10.f, false },
        { style::unit, -1, rgb(0, 0, 0), 100.f, 10.f, false },
    };
    // Symbols and units (E_tok, PUE, GW) are no words of a language: no
    // spelling marks under them. Prose (notes, titles) stays English.
    const css::lang::Locale none("zxx", "", "");
    auto default_style = props(cell_styles->getByName("Default").get<Reference<XPropertySet>>());
    default_style->setPropertyValue("CharLocale", Any(none));
    // A row's cells line up on their first line: a wrapped label, value,
    // unit and note read across, and a note taller than its neighbours
    // grows down into its own row, never up over the row above.
    default_style->setPropertyValue("VertJustify",
                                    Any(sal_Int32(css::table::CellVertJustify2::TOP)));
    for (const Look& look : looks)
    {
        auto style = props(factory->createInstance("com.sun.star.style.CellStyle"));
        cell_styles->insertByName(OUString::createFromAscii(look.name), Any(style));
        if (look.background >= 0)
        {
            style->setPropertyValue("CellBackColor", Any(look.background));
            style->setPropertyValue("IsCellBackgroundTransparent", Any(false));
        }
        style->setPropertyValue("CharColor", Any(look.colour));
        style->setPropertyValue("CharWeight", Any(look.weight));
        style->setPropertyValue("CharHeight", Any(look.height));
        if (look.italic)
            style->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
        if (look.name == std::string(style::heading)) // long headers wrap, not spill
            style->setPropertyValue("IsTextWrapped", Any(true));
        if (look.name == std::string(style::unit)) // "2.00E+10 tokens/day", not "...E+10tokens"
            style->setPropertyValue("ParaIndent", Any(sal_Int16(150)));
        const bool prose = look.name == std::string(style::note)
                           || look.name == std::string(style::title);
        style->setPropertyValue("CharLocale",
                                Any(prose ? css::lang::Locale("en", "US", "") : none));
    }
}
}
