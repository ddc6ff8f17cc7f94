#include "document_copy.hxx"

#include <cstring>
#include <stdexcept>

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/io/SequenceOutputStream.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "store_options.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt
{
Reference<css::lang::XComponent>
hidden_copy(const Reference<css::uno::XComponentContext>& context,
            const Reference<css::lang::XComponent>& document)
{
    auto out = css::io::SequenceOutputStream::create(context);
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL("private:stream",
                     properties({ { "FilterName", Any(OUString("calc8")) },
                                  { "OutputStream",
                                    Any(Reference<css::io::XOutputStream>(out.get())) } }));
    auto in = css::io::SequenceInputStream::createStreamFromSequence(context,
                                                                     out->getWrittenBytes());
    Reference<css::frame::XComponentLoader> loader(css::frame::Desktop::create(context),
                                                   UNO_QUERY_THROW);
    const Reference<css::lang::XComponent> copy = loader->loadComponentFromURL(
        "private:stream", "_blank", 0,
        properties({ { "InputStream", Any(Reference<css::io::XInputStream>(in.get())) },
                     { "FilterName", Any(OUString("calc8")) },
                     { "Hidden", Any(true) } }));
    if (!copy.is())
        throw std::runtime_error("cannot open a copy of the workbook");
    return copy;
}

void store_by_extension(const Reference<css::lang::XComponent>& document, const OUString& url)
{
    const bool xlsx = url.toAsciiLowerCase().endsWithAsciiL(".xlsx", 5);
    // A copy is Excel or ODF, whatever else its name ends in.
    const char* filter = calc_filter_for(xlsx ? ".xlsx" : ".ods");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL(url, properties({ { "FilterName", Any(OUString::createFromAscii(filter)) },
                                       { "Overwrite", Any(true) } }));
}

void close_document(const Reference<css::lang::XComponent>& document)
{
    Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
}
}
