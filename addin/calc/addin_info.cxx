// What Calc's Function Wizard and the UNO service manager learn about the
// add-in, all read from the function table.
#include <cppuhelper/supportsservice.hxx>

#include "calc_functions.hxx"
#include "../function_table.hxx"

using css::uno::Sequence;

namespace tokwatt
{
namespace
{
OUString ascii(const char* text) { return OUString::createFromAscii(text); }

const FunctionInfo* lookup(const OUString& name)
{
    const rtl::OString ascii_name = rtl::OUStringToOString(name, RTL_TEXTENCODING_ASCII_US);
    return find_function(ascii_name.getStr());
}

const ArgInfo* lookup_arg(const OUString& function, sal_Int32 argument)
{
    const FunctionInfo* f = lookup(function);
    if (!f || argument < 0 || static_cast<std::size_t>(argument) >= f->arg_count())
        return nullptr;
    return &f->args[argument];
}

}

// Display and programmatic names are the same: the table's name.
OUString CalcFunctions::getProgrammaticFuntionName(const OUString& display_name)
{
    const FunctionInfo* f = lookup(display_name);
    return f ? ascii(f->name) : OUString();
}

OUString CalcFunctions::getDisplayFunctionName(const OUString& programmatic_name)
{
    return getProgrammaticFuntionName(programmatic_name);
}

OUString CalcFunctions::getFunctionDescription(const OUString& programmatic_name)
{
    const FunctionInfo* f = lookup(programmatic_name);
    return f ? ascii(f->help) : OUString();
}

OUString CalcFunctions::getDisplayArgumentName(const OUString& programmatic_name,
                                               sal_Int32 argument)
{
    const ArgInfo* a = lookup_arg(programmatic_name, argument);
    return a ? ascii(a->name) : OUString();
}

OUString CalcFunctions::getArgumentDescription(const OUString& programmatic_name,
                                               sal_Int32 argument)
{
    const ArgInfo* a = lookup_arg(programmatic_name, argument);
    return a ? ascii(a->help) : OUString();
}

OUString CalcFunctions::getProgrammaticCategoryName(const OUString& programmatic_name)
{
    const FunctionInfo* f = lookup(programmatic_name);
    return ascii(f ? f->category : "Add-In");
}

OUString CalcFunctions::getDisplayCategoryName(const OUString& programmatic_name)
{
    return getProgrammaticCategoryName(programmatic_name);
}

// Help exists in English only; the locale is kept because XLocalizable
// promises getLocale() returns what was set.
void CalcFunctions::setLocale(const css::lang::Locale& locale) { locale_ = locale; }

css::lang::Locale CalcFunctions::getLocale() { return locale_; }

OUString CalcFunctions::getServiceName() { return ascii(service_name); }

OUString CalcFunctions::getImplementationName() { return ascii(implementation_name); }

sal_Bool CalcFunctions::supportsService(const OUString& service)
{
    return cppu::supportsService(this, service);
}

Sequence<OUString> CalcFunctions::getSupportedServiceNames() { return services(); }

// Its own service and the one every Calc add-in offers.
Sequence<OUString> CalcFunctions::services()
{
    Sequence<OUString> names(2);
    names[0] = ascii(service_name);
    names[1] = ascii("com.sun.star.sheet.AddIn");
    return names;
}
}
