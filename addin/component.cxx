// The component's entry points: the one file that owns what tokwatt.uno.so
// exports. It offers the Calc add-in (calc/), the menu entry "Save
// portable copy..." (portable/menu.cxx) and the simulation (simulate/).
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

#include "calc/calc_functions.hxx"
#include "function_table.hxx"
#include "portable/menu.hxx"
#include "simulate/service.hxx"

namespace tokwatt
{
namespace
{
css::uno::Reference<css::uno::XInterface> SAL_CALL
create_calc_functions(const css::uno::Reference<css::uno::XComponentContext>&)
{
    return static_cast<cppu::OWeakObject*>(new CalcFunctions);
}

rtl::OUString SAL_CALL calc_functions_implementation()
{
    return rtl::OUString::createFromAscii(implementation_name);
}

css::uno::Sequence<rtl::OUString> SAL_CALL calc_functions_services()
{
    return CalcFunctions::services();
}

const cppu::ImplementationEntry entries[]
    = { { create_calc_functions, calc_functions_implementation, calc_functions_services,
          cppu::createSingleComponentFactory, nullptr, 0 },
        { portable::create_menu_handler, portable::menu_handler_implementation,
          portable::menu_handler_services, cppu::createSingleComponentFactory, nullptr, 0 },
        { simulate::create_job, simulate::job_implementation, simulate::job_services,
          cppu::createSingleComponentFactory, nullptr, 0 },
        { simulate::create_menu, simulate::menu_implementation, simulate::menu_services,
          cppu::createSingleComponentFactory, nullptr, 0 },
        { nullptr, nullptr, nullptr, nullptr, nullptr, 0 } };
}
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
