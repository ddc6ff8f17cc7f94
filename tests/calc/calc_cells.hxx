// Cells of a Calc document through the UNO API, for the end-to-end suites
// that work below tools/sheet.hxx: a formula typed as a user types it, a
// cell's text, a column's letters, a whole recalculation, a document closed
// however a test leaves.
#pragma once

#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "../../addin/common/strings.hxx"
#include "../../tools/office.hxx"

namespace tokwatt_test
{
// "A" for column 0, "Z", "AA", ...
inline std::string column_letters(sal_Int32 column)
{
    std::string letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

// Types formula into cell as a user types it (en-US names, ';').
inline void type_formula(const css::uno::Reference<css::table::XCell>& cell,
                         const std::string& formula)
{
    css::uno::Reference<css::beans::XPropertySet>(cell, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("FormulaLocal", css::uno::Any(tokwatt::to_ou(formula)));
}

// Writes text into cell as a text, never a formula.
inline void write_text(const css::uno::Reference<css::table::XCell>& cell,
                       const std::string& text)
{
    css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)
        ->setString(tokwatt::to_ou(text));
}

// What the cell shows, as text.
inline std::string shown_text(const css::uno::Reference<css::table::XCell>& cell)
{
    return tokwatt::to_utf8(
        css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)->getString());
}

// Recalculates every formula of the document.
inline void recalculate(const css::uno::Reference<css::lang::XComponent>& document)
{
    css::uno::Reference<css::sheet::XCalculatable>(document, css::uno::UNO_QUERY_THROW)
        ->calculateAll();
}

// Closes a document when the test leaves, however it leaves.
struct Closer
{
    css::uno::Reference<css::lang::XComponent> document;
    ~Closer()
    {
        try
        {
            if (document.is())
                tokwatt::close(document);
        }
        catch (const css::uno::Exception&)
        {
        }
    }
};
}
