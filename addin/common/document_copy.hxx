// A hidden copy of an open workbook, made through memory so the workbook
// itself is never touched (the portable copy and the simulation work on
// one), and storing a workbook by the format its file name asks for.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace tokwatt
{
// The document as it is now (saved or not), loaded again, hidden.
css::uno::Reference<css::lang::XComponent>
hidden_copy(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::lang::XComponent>& document);

// Stores document to url: Excel for a name ending in .xlsx, else ODF.
void store_by_extension(const css::uno::Reference<css::lang::XComponent>& document,
                        const rtl::OUString& url);

// Closes a document the add-in opened, dropping any change.
void close_document(const css::uno::Reference<css::lang::XComponent>& document);
}
