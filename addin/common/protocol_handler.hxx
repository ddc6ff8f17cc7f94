// What every menu entry of the extension is to the office: a protocol
// handler (ProtocolHandler.xcu) for the URLs "<protocol><command>" that
// runs the entry in the frame the menu belongs to. A subclass supplies
// the command and run(); the dispatch plumbing is here once.
#pragma once

#include <string>

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/URL.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace tokwatt
{
class ProtocolHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo>
{
public:
    ProtocolHandler(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const char* url, const char* implementation,
                    const css::uno::Sequence<rtl::OUString>& services)
        : context_(context), url_(rtl::OUString::createFromAscii(url)),
          implementation_(rtl::OUString::createFromAscii(implementation)), services_(services)
    {
    }

    // XInitialization: the framework hands over the frame the menu belongs to.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override
    {
        if (arguments.getLength() > 0)
            arguments[0] >>= frame_;
    }

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL
    queryDispatch(const css::util::URL& url, const rtl::OUString&, sal_Int32) override
    {
        return url.Complete == url_ ? this : nullptr;
    }

    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override
    {
        css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(
            requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                          requests[i].SearchFlags);
        return dispatches;
    }

    // XDispatch, XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL&,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override
    {
        run(arguments, nullptr);
    }

    void SAL_CALL dispatchWithNotification(
        const css::util::URL&, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override
    {
        run(arguments, listener);
    }

    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override
    {
    }
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override
    {
    }

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override { return implementation_; }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& service) override
    {
        return cppu::supportsService(this, service);
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override
    {
        return services_;
    }

protected:
    // The menu entry's work; reports to listener when there is one.
    virtual void run(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                     const css::uno::Reference<css::frame::XDispatchResultListener>& listener)
        = 0;

    // A message box over the frame's window (nothing without a window).
    void tell(css::awt::MessageBoxType type, const std::string& text) const
    {
        try
        {
            css::uno::Reference<css::awt::XWindowPeer> parent(
                frame_.is() ? frame_->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
            css::uno::Reference<css::awt::XMessageBoxFactory> factory(
                css::awt::Toolkit::create(context_), css::uno::UNO_QUERY_THROW);
            factory
                ->createMessageBox(parent, type, css::awt::MessageBoxButtons::BUTTONS_OK,
                                   "tokwatt",
                                   rtl::OUString(text.c_str(), static_cast<sal_Int32>(text.size()),
                                                 RTL_TEXTENCODING_UTF8))
                ->execute();
        }
        catch (const css::uno::Exception&)
        {
            // no window to show it in: nothing more to say
        }
    }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;

private:
    rtl::OUString url_, implementation_;
    css::uno::Sequence<rtl::OUString> services_;
};
}
