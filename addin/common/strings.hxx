// UTF-8 std::string <-> UNO's OUString, the one conversion every tool and
// test needs.
#pragma once

#include <string>

#include <rtl/ustring.hxx>

namespace tokwatt
{
inline rtl::OUString to_ou(const std::string& s)
{
    return rtl::OStringToOUString(rtl::OString(s.c_str(), static_cast<sal_Int32>(s.size())),
                                  RTL_TEXTENCODING_UTF8);
}

inline std::string to_utf8(const rtl::OUString& s)
{
    const rtl::OString bytes = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}
}
