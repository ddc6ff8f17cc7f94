// The menu entry's two windows, built in code from the awt toolkit's
// dialog models (no Basic, no .xdl to ship):
//   - the settings, asked before a run: trials (10,000), seed (1), and
//     where every trial goes: a sheet "Trials" (the default), a CSV beside
//     the workbook (when it has been saved), or nowhere;
//   - the progress while it runs: a small dialog over the workbook with a
//     progress bar, "trial N of M" and Cancel. The workbook's window is
//     disabled meanwhile (the run works on a copy of it as it was), and
//     events are dispatched between trials, a few times a second, so that
//     Cancel (or closing the dialog) is heard.
#pragma once

#include <chrono>
#include <optional>

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XReschedule.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ref.hxx>

#include "simulate.hxx"

namespace tokwatt::simulate
{
// The settings the user chose, or nullopt for Cancel. document_url: the
// workbook's location ("" when it was never saved: then no CSV).
std::optional<Options> ask_settings(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const css::uno::Reference<css::frame::XFrame>& frame,
                                    const rtl::OUString& document_url);

// The CSV beside a workbook: "file:///a/model.ods" -> "file:///a/model-trials.csv".
rtl::OUString csv_beside(const rtl::OUString& document_url);

class CancelListener;

class ProgressDialog : public Monitor
{
public:
    ProgressDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame);
    ~ProgressDialog() override;

    void begin(std::size_t trials) override;
    bool carry_on(std::size_t done) override;
    void end() override;

private:
    void show(std::size_t done);
    void dispatch_events();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XWindow> workbook_window_;
    css::uno::Reference<css::awt::XControl> dialog_;
    css::uno::Reference<css::awt::XReschedule> events_;
    rtl::Reference<CancelListener> cancel_;
    std::size_t trials_ = 0;
    std::chrono::steady_clock::time_point shown_;
};
}
