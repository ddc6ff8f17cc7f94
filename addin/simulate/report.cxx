#include "report.hxx"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "../common/sheet_layout.hxx"
#include "../common/strings.hxx"
#include "../portable/formula.hxx"

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
using Row = std::vector<Any>;

Any text(const std::string& s) { return Any(to_ou(s)); }
Any number(double x) { return std::isnan(x) ? text("") : Any(x); }

// Removes a sheet. Removing one that holds charts copies every chart
// into the undo stack (0.2 to 0.4 s for an earlier report's 12), so where
// the document keeps undo its charts go first, each kept as it is (5 ms
// for the 12). Where undo is off (the hidden copy) LibreOffice 7.4 aborts
// on removing a chart, so there the sheet goes whole, as fast.
void remove_sheet(const Reference<css::lang::XComponent>& document,
                  const Reference<css::sheet::XSpreadsheets>& sheets, const rtl::OUString& name)
{
    bool undo = false;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("IsUndoEnabled")
        >>= undo;
    if (undo)
    {
        Reference<css::table::XTableCharts> charts
            = Reference<css::table::XTableChartsSupplier>(sheets->getByName(name), UNO_QUERY_THROW)
                  ->getCharts();
        for (const rtl::OUString& chart : charts->getElementNames())
            charts->removeByName(chart);
    }
    sheets->removeByName(name);
}

// A sheet of that name, new and empty, last in the workbook.
Reference<css::sheet::XSpreadsheet> fresh_sheet(const Reference<css::lang::XComponent>& document,
                                                const char* name)
{
    Reference<css::sheet::XSpreadsheets> sheets
        = Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets();
    if (sheets->hasByName(to_ou(name)))
        remove_sheet(document, sheets, to_ou(name));
    Reference<css::container::XIndexAccess> index(sheets, UNO_QUERY_THROW);
    sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(index->getCount()));
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(to_ou(name)), UNO_QUERY_THROW);
}

class SheetWriter
{
public:
    SheetWriter(const Reference<css::lang::XComponent>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const char* name)
        : document_(document), sheet_(sheet), name_(name)
    {
    }

    // Writes rows (padded to the widest) from (column, row); returns the
    // absolute address of the block, "$Simulation.$A$5:$L$9".
    std::string block(int column, int row, const std::vector<Row>& rows)
    {
        std::size_t width = 1;
        for (const Row& r : rows)
            width = std::max(width, r.size());
        Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i)
        {
            Sequence<Any> line(static_cast<sal_Int32>(width));
            for (std::size_t j = 0; j < width; ++j)
                line[static_cast<sal_Int32>(j)] = j < rows[i].size() ? rows[i][j] : text("");
            data[static_cast<sal_Int32>(i)] = line;
        }
        const int last_column = column + static_cast<int>(width) - 1;
        const int last_row = row + static_cast<int>(rows.size()) - 1;
        Reference<css::sheet::XCellRangeData>(
            sheet_->getCellRangeByPosition(column, row, last_column, last_row), UNO_QUERY_THROW)
            ->setDataArray(data);
        return "$" + std::string(name_) + ".$" + portable::column_name(column) + "$"
               + std::to_string(row + 1) + ":$" + portable::column_name(last_column) + "$"
               + std::to_string(last_row + 1);
    }

    css::table::CellRangeAddress address(int column, int row, int last_column, int last_row)
    {
        return Reference<css::sheet::XCellRangeAddressable>(
                   sheet_->getCellRangeByPosition(column, row, last_column, last_row),
                   UNO_QUERY_THROW)
            ->getRangeAddress();
    }

    // A bar chart over the cells (first column categories, then series) of
    // a fresh sheet (so no chart of that name is there to replace), w x h
    // mm, its top left corner at the cell of `column` in the cells' first
    // row; horizontal bars when `horizontal`. Not anchored to that cell:
    // with the report's charts anchored to cells, building the uncertainty
    // template kept LibreOffice 7.4 busy for 10 minutes until it was
    // stopped; the report's rows keep their height, so its charts stay
    // beside their tables.
    void chart(const std::string& name, css::table::CellRangeAddress data, int column, double w,
               double h, const std::string& title, bool horizontal, bool log_values)
    {
        const Reference<css::table::XCell> corner = sheet_->getCellByPosition(column, data.StartRow);
        css::awt::Point at;
        Reference<css::beans::XPropertySet>(corner, UNO_QUERY_THROW)->getPropertyValue("Position")
            >>= at;
        const css::awt::Rectangle place(at.X, at.Y, static_cast<sal_Int32>(w * 100),
                                        static_cast<sal_Int32>(h * 100));
        const Reference<css::chart::XChartDocument> chart
            = add_chart(document_, sheet_, name, place, data, true, true, nullptr);
        Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
        chart->setDiagram(Reference<css::chart::XDiagram>(
            factory->createInstance("com.sun.star.chart.BarDiagram"), UNO_QUERY_THROW));
        Reference<css::beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)
            ->setPropertyValue("Vertical", Any(horizontal));
        Reference<css::beans::XPropertySet> props(chart, UNO_QUERY_THROW);
        props->setPropertyValue("HasMainTitle", Any(true));
        Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
            ->setPropertyValue("String", Any(to_ou(title)));
        props->setPropertyValue("HasLegend", Any(horizontal));
        if (log_values)
        {
            Reference<css::chart::XAxisYSupplier> axes(chart->getDiagram(), UNO_QUERY);
            if (axes.is())
                Reference<css::beans::XPropertySet>(axes->getYAxis(), UNO_QUERY_THROW)
                    ->setPropertyValue("Logarithmic", Any(true));
        }
    }

    // Printing starts a new page at this row.
    void page_break(int row)
    {
        Reference<css::container::XIndexAccess> rows(
            Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getRows(),
            UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)
            ->setPropertyValue("IsStartOfNewPage", Any(true));
    }

    // The sheet prints landscape, one page wide, in a page style of its own
    // (made once; the workbook's own styles are left as they are), on
    // paper of the size of the workbook's default page style.
    void print_landscape_one_page_wide()
    {
        Reference<css::container::XNameContainer> styles(
            Reference<css::style::XStyleFamiliesSupplier>(document_, UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("PageStyles"),
            UNO_QUERY_THROW);
        const rtl::OUString name = to_ou(report_page_style);
        if (!styles->hasByName(name))
            styles->insertByName(
                name, Any(Reference<css::lang::XMultiServiceFactory>(document_, UNO_QUERY_THROW)
                              ->createInstance("com.sun.star.style.PageStyle")));
        css::awt::Size paper;
        Reference<css::beans::XPropertySet>(styles->getByName("Default"), UNO_QUERY_THROW)
                ->getPropertyValue("Size")
            >>= paper;
        tokwatt::print_landscape_one_page_wide(
            Reference<css::beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW), paper);
        Reference<css::beans::XPropertySet>(sheet_, UNO_QUERY_THROW)
            ->setPropertyValue("PageStyle", Any(name));
    }

    // Column widths in mm from column A on.
    void widths(const std::vector<int>& mm)
    {
        Reference<css::container::XIndexAccess> columns(
            Reference<css::table::XColumnRowRange>(sheet_, UNO_QUERY_THROW)->getColumns(),
            UNO_QUERY_THROW);
        for (std::size_t i = 0; i < mm.size(); ++i)
            Reference<css::beans::XPropertySet>(columns->getByIndex(static_cast<sal_Int32>(i)),
                                                UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(static_cast<sal_Int32>(mm[i] * 100)));
    }

    void name(const char* range_name, const std::string& content)
    {
        Reference<css::beans::XPropertySet> props(document_, UNO_QUERY_THROW);
        Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                                  UNO_QUERY_THROW);
        if (names->hasByName(to_ou(range_name)))
            names->removeByName(to_ou(range_name));
        names->addNewByName(to_ou(range_name), to_ou(content), css::table::CellAddress(), 0);
    }

private:
    Reference<css::lang::XComponent> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    const char* name_;
};

// The histogram's bins: 20 over [min, max] of the finite values, log-spaced
// when the spread from P5 to P95 is over tenfold and every value positive.
struct Histogram
{
    std::vector<double> from, to;
    std::vector<double> count;
    bool log = false;
};

Histogram histogram(const std::vector<double>& values, const Summary& s)
{
    Histogram h;
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values)
        if (std::isfinite(v))
        {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!(lo <= hi))
        return h;
    constexpr int bins = 20;
    h.log = lo > 0 && s.p5 > 0 && s.p95 / s.p5 > 10;
    for (int b = 0; b < bins; ++b)
    {
        const double f0 = static_cast<double>(b) / bins, f1 = static_cast<double>(b + 1) / bins;
        h.from.push_back(h.log ? lo * std::pow(hi / lo, f0) : lo + (hi - lo) * f0);
        h.to.push_back(h.log ? lo * std::pow(hi / lo, f1) : lo + (hi - lo) * f1);
    }
    h.count.assign(bins, 0);
    for (double v : values)
    {
        if (!std::isfinite(v))
            continue;
        double f = hi > lo ? (h.log ? std::log(v / lo) / std::log(hi / lo) : (v - lo) / (hi - lo))
                           : 0;
        const int b = std::min(bins - 1, std::max(0, static_cast<int>(f * bins)));
        h.count[static_cast<std::size_t>(b)] += 1;
    }
    return h;
}

std::string short_number(double x)
{
    char s[32];
    std::snprintf(s, sizeof s, "%.3g", x);
    return s;
}
}

std::vector<std::string> trial_header(const Results& r)
{
    std::vector<std::string> names = { "trial" };
    names.insert(names.end(), r.input_names.begin(), r.input_names.end());
    names.insert(names.end(), r.output_names.begin(), r.output_names.end());
    return names;
}

void write_report(const Reference<css::lang::XComponent>& document, const Results& r,
                  const Options& options)
{
    const Reference<css::sheet::XSpreadsheet> sheet = fresh_sheet(document, report_sheet);
    SheetWriter w(document, sheet, report_sheet);
    w.widths({ 42, 30, 24, 22, 22, 20, 20, 20, 20, 20, 20, 20 });
    const double per_second = r.trials / std::max(r.seconds, 1e-9);
    w.block(0, 0, { { text("Simulation: " + std::to_string(r.trials) + " trials") } });
    w.block(0, 2,
            { { text("trials"), Any(static_cast<double>(r.trials)) },
              { text("seed"), Any(static_cast<double>(r.seed)) },
              { text("sampling"), text("Latin hypercube, counter-based generator "
                                       "(trial i of input v a function of seed, v, i)") },
              { text("correlation"),
                text(r.correlation.empty() ? "none: inputs independent"
                                           : std::string("Iman-Conover, rank correlations of ")
                                                 + r.correlation) },
              { text("seconds copying the workbook"), Any(r.copy_seconds) },
              { text("seconds"), Any(r.seconds) },
              { text("trials per second"), Any(per_second) },
              { text("seconds in the trials"), Any(r.recalc_seconds) },
              { text("of those, Calc recalculating"), Any(r.calculate_seconds) },
              { text("trial time / Calc's recalculation"),
                Any(r.recalc_seconds / std::max(r.calculate_seconds, 1e-9)) } });

    int row = 13;
    std::vector<Row> summary(1);
    for (const char* column : summary_columns)
        summary[0].push_back(text(column));
    for (std::size_t o = 0; o < r.summaries.size(); ++o)
    {
        const Summary& s = r.summaries[o];
        summary.push_back({ text(r.output_names[o]), text(r.output_cells[o]),
                            Any(static_cast<double>(s.trials)), number(s.mean), number(s.sd),
                            number(s.p5), number(s.p10), number(s.p25), number(s.p50),
                            number(s.p75), number(s.p90), number(s.p95) });
    }
    w.name(summary_name, w.block(0, row, summary));
    row += static_cast<int>(summary.size()) + 2;

    std::vector<Row> sensitivity = { { text("output"), text("input"), text("rank correlation"),
                                       text("output P50 at input P5"),
                                       text("output P50 at input P95") } };
    for (const Swing& s : r.sensitivity)
        sensitivity.push_back({ text(r.output_names[s.output]), text(r.input_names[s.input]),
                                number(s.rank_correlation), number(s.at_p5), number(s.at_p95) });
    w.name(sensitivity_name, w.block(0, row, sensitivity));
    row += static_cast<int>(sensitivity.size()) + 2;

    // Per output: its histogram and its tornado, tables on the left (A to
    // C), charts to their right (from D), each table and its chart a
    // printed page of its own.
    w.print_landscape_one_page_wide();
    constexpr int chart_column = 3;
    for (std::size_t o = 0; o < r.summaries.size(); ++o)
    {
        const std::string& name = r.output_names[o];
        const Histogram h = histogram(r.outputs[o], r.summaries[o]);
        std::vector<Row> bins = { { text("bin of " + name), text("trials") } };
        for (std::size_t b = 0; b < h.count.size(); ++b)
            bins.push_back({ text(short_number(h.from[b]) + " to " + short_number(h.to[b])),
                             Any(h.count[b]) });
        w.page_break(row);
        w.block(0, row, bins);
        w.chart("histogram_" + std::to_string(o + 1),
                w.address(0, row, 1, row + static_cast<int>(bins.size()) - 1), chart_column,
                160, 90,
                name + ": " + std::to_string(r.trials) + " trials"
                    + (h.log ? " (log-spaced bins)" : ""),
                false, false);
        row += std::max(static_cast<int>(bins.size()), 21) + 2;

        std::vector<Row> tornado = { { text(name + " by input"), text("at input P5"),
                                       text("at input P95") } };
        for (const Swing& s : r.sensitivity)
            if (s.output == o)
                tornado.push_back({ text(r.input_names[s.input]), number(s.at_p5),
                                    number(s.at_p95) });
        w.page_break(row);
        w.block(0, row, tornado);
        w.chart("tornado_" + std::to_string(o + 1),
                w.address(0, row, 2, row + static_cast<int>(tornado.size()) - 1), chart_column,
                160, 90,
                name + ": one input at a time at its P5 and P95, the others at their medians",
                true, false);
        row += std::max(static_cast<int>(tornado.size()), 21) + 2;
    }

    if (!options.trials_sheet)
        return;
    const Reference<css::sheet::XSpreadsheet> trials = fresh_sheet(document, trials_sheet);
    SheetWriter t(document, trials, trials_sheet);
    std::vector<Row> header(1);
    for (const std::string& n : trial_header(r))
        header[0].push_back(text(n));
    t.block(0, 0, header);
    // In chunks, so a million trials never need one huge array at once.
    constexpr std::size_t chunk = 20000;
    for (std::size_t first = 0; first < r.trials; first += chunk)
    {
        std::vector<Row> rows;
        for (std::size_t i = first; i < std::min(r.trials, first + chunk); ++i)
        {
            Row row_values = { Any(static_cast<double>(i + 1)) };
            for (const auto& column : r.inputs)
                row_values.push_back(number(column[i]));
            for (const auto& column : r.outputs)
                row_values.push_back(number(column[i]));
            rows.push_back(std::move(row_values));
        }
        t.block(0, static_cast<int>(first) + 1, rows);
    }
}
}
