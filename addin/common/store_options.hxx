// What loading and storing a Calc document takes, shared by the office
// driver (tools/office.cxx) and the portable copy inside the add-in
// (portable/copy.cxx): property lists, and the filter a file name asks for.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace tokwatt
{
inline css::uno::Sequence<css::beans::PropertyValue>
properties(std::initializer_list<std::pair<const char*, css::uno::Any>> list)
{
    css::uno::Sequence<css::beans::PropertyValue> props(static_cast<sal_Int32>(list.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : list)
    {
        props[i].Name = rtl::OUString::createFromAscii(name);
        props[i++].Value = value;
    }
    return props;
}

// Calc's export filter for a file name, by its extension: .pdf, .ots,
// .xlsx, else ODF (.ods).
inline const char* calc_filter_for(const std::string& path)
{
    const auto dot = path.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    return ext == "pdf"    ? "calc_pdf_Export"
           : ext == "ots"  ? "calc8_template"
           : ext == "xlsx" ? "Calc Office Open XML"
                           : "calc8";
}
}
