// How a sheet prints and how a chart is added to it: the same for the
// simulation's report (shipped) and the templates (sheets/kit, harness).
#pragma once

#include <algorithm>

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
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

// A new chart named `name` over the cells `data` of `sheet`, drawn in
// `place` (1/100 mm from the sheet's top left corner); its document, to
// give it a type, titles and axes.
inline css::uno::Reference<css::chart::XChartDocument>
add_chart(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name,
          const css::awt::Rectangle& place, const css::table::CellRangeAddress& data,
          bool first_row_is_header, bool first_column_labels)
{
    using css::uno::Reference;
    using css::uno::UNO_QUERY_THROW;
    Reference<css::table::XTableCharts> charts
        = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    charts->addNewByName(to_ou(name), place, css::uno::Sequence<css::table::CellRangeAddress>(&data, 1),
                         first_row_is_header, first_column_labels);
    Reference<css::document::XEmbeddedObjectSupplier> embedded(
        Reference<css::container::XNameAccess>(charts, UNO_QUERY_THROW)->getByName(to_ou(name)),
        UNO_QUERY_THROW);
    return Reference<css::chart::XChartDocument>(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
}
}
