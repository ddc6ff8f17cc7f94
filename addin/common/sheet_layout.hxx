// How a sheet prints and how a chart is added to it: the same for the
// simulation's report (shipped) and the templates (sheets/kit, harness).
#pragma once

#include <algorithm>

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include "strings.hxx"

namespace tokwatt
{
// A page style made to print landscape on paper of `paper`'s size (given
// either way round, 1/100 mm), scaled to one page wide and as many pages
// down as it takes.
inline void print_landscape_one_page_wide(const css::uno::Reference<css::beans::XPropertySet>& page,
                                          css::awt::Size paper)
{
    page->setPropertyValue("IsLandscape", css::uno::Any(true));
    page->setPropertyValue("Size",
                           css::uno::Any(css::awt::Size(std::max(paper.Width, paper.Height),
                                                        std::min(paper.Width, paper.Height))));
    page->setPropertyValue("ScaleToPagesX", css::uno::Any(sal_Int16(1)));
    page->setPropertyValue("ScaleToPagesY", css::uno::Any(sal_Int16(0)));
}

// The document of the chart `name` of `charts`.
inline css::uno::Reference<css::chart::XChartDocument>
chart_document(const css::uno::Reference<css::table::XTableCharts>& charts, const std::string& name)
{
    using css::uno::UNO_QUERY_THROW;
    css::uno::Reference<css::document::XEmbeddedObjectSupplier> embedded(
        css::uno::Reference<css::container::XNameAccess>(charts, UNO_QUERY_THROW)
            ->getByName(to_ou(name)),
        UNO_QUERY_THROW);
    return css::uno::Reference<css::chart::XChartDocument>(embedded->getEmbeddedObject(),
                                                           UNO_QUERY_THROW);
}

// A new chart named `name` over the cells `data` of `sheet` (a sheet of
// `document`), drawn in `place` (1/100 mm from the sheet's top left
// corner) and, unless `anchor` is null, anchored to that cell, so that it
// moves with its row when the rows above change height (as optimal heights
// do when the file is opened); its document, to give it a type, titles and
// axes.
inline css::uno::Reference<css::chart::XChartDocument>
add_chart(const css::uno::Reference<css::lang::XComponent>& document,
          const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name,
          const css::awt::Rectangle& place, const css::table::CellRangeAddress& data,
          bool first_row_is_header, bool first_column_labels,
          const css::uno::Reference<css::table::XCell>& anchor)
{
    using css::uno::Reference;
    using css::uno::UNO_QUERY;
    using css::uno::UNO_QUERY_THROW;
    Reference<css::table::XTableCharts> charts
        = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    charts->addNewByName(to_ou(name), place, css::uno::Sequence<css::table::CellRangeAddress>(&data, 1),
                         first_row_is_header, first_column_labels);
    if (!anchor.is())
        return chart_document(charts, name);
    const sal_Int16 index = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                                ->getRangeAddress()
                                .Sheet;
    Reference<css::container::XIndexAccess> shapes(
        Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)
            ->getDrawPages()
            ->getByIndex(index),
        UNO_QUERY_THROW);
    // The chart's shape: the one whose embedded object has its name.
    for (sal_Int32 i = shapes->getCount() - 1; i >= 0; --i)
    {
        Reference<css::beans::XPropertySet> shape(shapes->getByIndex(i), UNO_QUERY);
        rtl::OUString persist;
        if (shape.is() && shape->getPropertySetInfo()->hasPropertyByName("PersistName")
            && (shape->getPropertyValue("PersistName") >>= persist) && persist == to_ou(name))
        {
            shape->setPropertyValue("Anchor", css::uno::Any(anchor));
            break;
        }
    }
    return chart_document(charts, name);
}
}
