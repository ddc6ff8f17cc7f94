// What Calc's Function Wizard and the UNO service manager learn about the
// add-in, all read from the function table; and the component's entry
// points.
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <uno/lbnames.h>

#include "../portable/menu.hxx"
#include "calc_functions.hxx"
#include "function_table.hxx"

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::XComponentContext;
using css::uno::XInterface;

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

const char* const addin_service = "com.sun.star.sheet.AddIn";

Sequence<OUString> supported_services()
{
    Sequence<OUString> names(2);
    names[0] = ascii(service_name);
    names[1] = ascii(addin_service);
    return names;
}

Reference<XInterface> SAL_CALL create(const Reference<XComponentContext>&)
{
    return static_cast<cppu::OWeakObject*>(new CalcFunctions);
}

OUString SAL_CALL implementation() { return ascii(implementation_name); }

// The add-in, and the menu entry "Save portable copy..." (portable/menu.cxx).
const cppu::ImplementationEntry entries[]
    = { { create, implementation, supported_services, cppu::createSingleComponentFactory,
          nullptr, 0 },
        { portable::create_menu_handler, portable::menu_handler_implementation,
          portable::menu_handler_services, cppu::createSingleComponentFactory, nullptr, 0 },
        { nullptr, nullptr, nullptr, nullptr, nullptr, 0 } };
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

Sequence<OUString> CalcFunctions::getSupportedServiceNames() { return supported_services(); }
}

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* name,
                                                                     void* service_manager,
                                                                     void* registry)
{
    return cppu::component_getFactoryHelper(name, service_manager, registry, tokwatt::entries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** env_type_name, uno_Environment**)
{
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
