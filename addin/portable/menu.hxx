// The menu entry Tools > Add-Ons > tokwatt > Save portable copy...: a
// protocol handler for org.tokwatt.portable:SaveCopy (addin/package/
// Addons.xcu and ProtocolHandler.xcu), built into tokwatt.uno.so beside
// the add-in. addin_info.cxx lists it among the component's
// implementations.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace tokwatt::portable
{
// The URL the menu entry dispatches. A dispatch argument "URL" (a file
// URL) saves there without asking: for scripts and tests.
constexpr const char* menu_protocol = "org.tokwatt.portable:";
constexpr const char* menu_command = "SaveCopy";

// Names in ProtocolHandler.xcu and tokwatt.components.
constexpr const char* menu_implementation_name = "org.tokwatt.PortableCopyImpl";
constexpr const char* menu_service_name = "org.tokwatt.PortableCopy";

// The component factory's entry points (cppu::ImplementationEntry).
css::uno::Reference<css::uno::XInterface> SAL_CALL
create_menu_handler(const css::uno::Reference<css::uno::XComponentContext>& context);
rtl::OUString SAL_CALL menu_handler_implementation();
css::uno::Sequence<rtl::OUString> SAL_CALL menu_handler_services();
}
