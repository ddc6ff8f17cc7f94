#include "service.hxx"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <cppuhelper/implbase2.hxx>
#include <osl/file.hxx>

#include "../common/protocol_handler.hxx"
#include "../common/strings.hxx"
#include "dialogs.hxx"
#include "simulate.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::simulate
{
namespace
{
OUString ascii(const char* s) { return OUString::createFromAscii(s); }

Sequence<OUString> names(const char* a, const char* b)
{
    Sequence<OUString> s(2);
    s[0] = ascii(a);
    s[1] = ascii(b);
    return s;
}

[[noreturn]] void rethrow_for_user(const std::exception& e)
{
    throw css::lang::IllegalArgumentException(to_ou(e.what()), nullptr, 0);
}

// Progress on an XStatusIndicator (a terminal line, a status bar), at each
// whole percent; it never cancels.
class IndicatorMonitor : public Monitor
{
public:
    explicit IndicatorMonitor(const Reference<css::task::XStatusIndicator>& indicator)
        : indicator_(indicator)
    {
    }
    void begin(std::size_t trials) override
    {
        step_ = std::max<std::size_t>(1, trials / 100);
        indicator_->start(to_ou("tokwatt: simulating " + std::to_string(trials) + " trials"),
                          static_cast<sal_Int32>(trials));
    }
    bool carry_on(std::size_t done) override
    {
        if (done % step_ == 0)
            indicator_->setValue(static_cast<sal_Int32>(done));
        return true;
    }
    void end() override { indicator_->end(); }

private:
    Reference<css::task::XStatusIndicator> indicator_;
    std::size_t step_ = 1;
};

class Job : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo>
{
public:
    explicit Job(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    Any SAL_CALL execute(const Sequence<css::beans::NamedValue>& arguments) override
    {
        Reference<css::lang::XComponent> document;
        OUString out;
        Options options;
        Reference<css::task::XStatusIndicator> progress;
        for (const auto& a : arguments)
        {
            double number = 0;
            if (a.Name == "Document")
                a.Value >>= document;
            else if (a.Name == "OutURL")
                a.Value >>= out;
            else if (a.Name == "Trials" && (a.Value >>= number))
                options.trials = number >= 0 && number <= 1e7 ? static_cast<std::size_t>(number)
                                                              : 0;
            else if (a.Name == "Seed" && (a.Value >>= number))
                options.seed = static_cast<std::uint64_t>(number);
            else if (a.Name == "TrialsSheet")
                a.Value >>= options.trials_sheet;
            else if (a.Name == "TrialsCSV")
                a.Value >>= options.trials_csv;
            else if (a.Name == "Progress")
                a.Value >>= progress;
            else if (a.Name == "OneCellAtATime")
                a.Value >>= options.one_cell_at_a_time;
            else if (a.Name == "RecalculateAll")
                a.Value >>= options.recalculate_all;
            else if (a.Name == "CallSimOutput")
                a.Value >>= options.call_simoutput;
        }
        IndicatorMonitor monitor(progress);
        if (progress.is())
            options.monitor = &monitor;
        if (!Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY).is())
            throw css::lang::IllegalArgumentException("Document: a Calc workbook is needed",
                                                      nullptr, 0);
        try
        {
            const Results r = out.isEmpty() ? simulate_into(context_, document, options)
                                            : simulate_to_file(context_, document, out, options);
            return Any(to_ou(summary(r, out.isEmpty() ? "the workbook" : to_utf8(out))));
        }
        catch (const std::invalid_argument& e)
        {
            rethrow_for_user(e);
        }
        catch (const std::runtime_error& e)
        {
            rethrow_for_user(e);
        }
    }

    OUString SAL_CALL getImplementationName() override { return job_implementation(); }
    sal_Bool SAL_CALL supportsService(const OUString& service) override
    {
        return cppu::supportsService(this, service);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return job_services(); }

private:
    Reference<css::uno::XComponentContext> context_;
};

class Menu : public ProtocolHandler
{
public:
    explicit Menu(const Reference<css::uno::XComponentContext>& context)
        : ProtocolHandler(context, menu_url, menu_implementation_name, menu_services())
    {
    }

private:
    void run(const Sequence<css::beans::PropertyValue>&,
             const Reference<css::frame::XDispatchResultListener>& listener) override
    {
        css::frame::DispatchResultEvent result;
        result.Source = static_cast<cppu::OWeakObject*>(this);
        result.State = css::frame::DispatchResultState::FAILURE;
        try
        {
            if (!frame_.is() || !frame_->getController().is())
                throw std::runtime_error("no workbook is open in this window");
            Reference<css::frame::XModel> model = frame_->getController()->getModel();
            Reference<css::lang::XComponent> document(model, UNO_QUERY_THROW);
            const std::optional<Options> chosen = ask_settings(context_, frame_, model->getURL());
            if (!chosen)
            {
                result.State = css::frame::DispatchResultState::DONTKNOW;
                if (listener.is())
                    listener->dispatchFinished(result);
                return;
            }
            Options options = *chosen;
            std::string text;
            try
            {
                ProgressDialog progress(context_, frame_);
                options.monitor = &progress;
                text = summary(simulate_into(context_, document, options), "this workbook");
            }
            catch (const Cancelled& e)
            {
                // the user asked for it: said plainly, not as an error
                result.State = css::frame::DispatchResultState::SUCCESS;
                result.Result <<= to_ou(std::string("The simulation was ") + e.what());
                if (listener.is())
                    listener->dispatchFinished(result);
                else
                    tell(css::awt::MessageBoxType_INFOBOX,
                         std::string("The simulation was ") + e.what() + ".");
                return;
            }
            OUString csv_path;
            if (!options.trials_csv.isEmpty())
                text += "; every trial in "
                        + to_utf8(osl::FileBase::getSystemPathFromFileURL(options.trials_csv,
                                                                          csv_path)
                                          == osl::FileBase::E_None
                                      ? csv_path
                                      : options.trials_csv);
            result.State = css::frame::DispatchResultState::SUCCESS;
            result.Result <<= to_ou(text);
            if (!listener.is())
                tell(css::awt::MessageBoxType_INFOBOX, "Simulation finished: " + text);
        }
        catch (const std::exception& e)
        {
            result.Result <<= to_ou(e.what());
        }
        catch (const css::uno::Exception& e)
        {
            result.Result <<= e.Message;
        }
        if (result.State == css::frame::DispatchResultState::FAILURE && !listener.is())
            tell(css::awt::MessageBoxType_ERRORBOX,
                 "The simulation did not run: " + to_utf8(result.Result.get<OUString>()));
        if (listener.is())
            listener->dispatchFinished(result);
    }
};
}

Reference<css::uno::XInterface> SAL_CALL
create_job(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new Job(context));
}
OUString SAL_CALL job_implementation() { return ascii(job_implementation_name); }
Sequence<OUString> SAL_CALL job_services()
{
    return names(job_service_name, "com.sun.star.task.Job");
}

Reference<css::uno::XInterface> SAL_CALL
create_menu(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new Menu(context));
}
OUString SAL_CALL menu_implementation() { return ascii(menu_implementation_name); }
Sequence<OUString> SAL_CALL menu_services()
{
    return names(menu_service_name, "com.sun.star.frame.ProtocolHandler");
}
}
