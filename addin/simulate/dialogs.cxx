#include "dialogs.hxx"

#include <initializer_list>
#include <string>
#include <utility>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase2.hxx>

#include "../common/strings.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::simulate
{
namespace
{
using Properties = std::initializer_list<std::pair<const char*, Any>>;

// A dialog's model, its controls added one by one (positions in the
// dialog's font units), then shown over the frame's window.
class DialogBuilder
{
public:
    DialogBuilder(const Reference<css::uno::XComponentContext>& context, const std::string& title,
                  int width, int height)
        : context_(context)
    {
        model_.set(context->getServiceManager()->createInstanceWithContext(
                       "com.sun.star.awt.UnoControlDialogModel", context),
                   UNO_QUERY_THROW);
        set(Reference<css::beans::XPropertySet>(model_, UNO_QUERY_THROW),
            { { "PositionX", Any(sal_Int32(80)) },
              { "PositionY", Any(sal_Int32(60)) },
              { "Width", Any(sal_Int32(width)) },
              { "Height", Any(sal_Int32(height)) },
              { "Title", Any(to_ou(title)) } });
    }

    void add(const char* kind, const char* name, int x, int y, int w, int h, Properties properties)
    {
        Reference<css::beans::XPropertySet> control(
            Reference<css::lang::XMultiServiceFactory>(model_, UNO_QUERY_THROW)
                ->createInstance("com.sun.star.awt.UnoControl" + OUString::createFromAscii(kind)
                                 + "Model"),
            UNO_QUERY_THROW);
        set(control, { { "PositionX", Any(sal_Int32(x)) },
                       { "PositionY", Any(sal_Int32(y)) },
                       { "Width", Any(sal_Int32(w)) },
                       { "Height", Any(sal_Int32(h)) } });
        set(control, properties);
        Reference<css::container::XNameContainer>(model_, UNO_QUERY_THROW)
            ->insertByName(OUString::createFromAscii(name), Any(control));
    }

    // The dialog, its window created (not yet shown) over the frame's.
    Reference<css::awt::XControl> create(const Reference<css::frame::XFrame>& frame)
    {
        Reference<css::awt::XControl> dialog(
            context_->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.UnoControlDialog", context_),
            UNO_QUERY_THROW);
        dialog->setModel(Reference<css::awt::XControlModel>(model_, UNO_QUERY_THROW));
        Reference<css::awt::XWindowPeer> parent(
            frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
        dialog->createPeer(
            Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context_), UNO_QUERY_THROW),
            parent);
        return dialog;
    }

private:
    static void set(const Reference<css::beans::XPropertySet>& object, Properties properties)
    {
        for (const auto& [name, value] : properties)
            object->setPropertyValue(OUString::createFromAscii(name), value);
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::uno::XInterface> model_;
};

Reference<css::beans::XPropertySet> control_model(const Reference<css::awt::XControl>& dialog,
                                                  const char* name)
{
    return Reference<css::beans::XPropertySet>(
        Reference<css::awt::XControlContainer>(dialog, UNO_QUERY_THROW)
            ->getControl(OUString::createFromAscii(name))
            ->getModel(),
        UNO_QUERY_THROW);
}

// 12345 -> "12,345", as the menu and the README write numbers.
std::string grouped(std::size_t n)
{
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i)
    {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string file_name(const OUString& url)
{
    const std::string u = to_utf8(url);
    return u.substr(u.rfind('/') + 1);
}
}

OUString csv_beside(const OUString& document_url)
{
    const sal_Int32 slash = document_url.lastIndexOf('/'), dot = document_url.lastIndexOf('.');
    return (dot > slash ? document_url.copy(0, dot) : document_url) + "-trials.csv";
}

std::optional<Options> ask_settings(const Reference<css::uno::XComponentContext>& context,
                                    const Reference<css::frame::XFrame>& frame,
                                    const OUString& document_url)
{
    const bool saved = document_url.startsWith("file:");
    DialogBuilder b(context, "tokwatt: Simulate", 228, 150);
    b.add("FixedText", "trials_label", 8, 10, 70, 10, { { "Label", Any(to_ou("Trials:")) } });
    b.add("NumericField", "trials", 84, 8, 70, 12,
          { { "Value", Any(10000.0) },
            { "ValueMin", Any(2.0) },
            { "ValueMax", Any(double(max_trials)) },
            { "DecimalAccuracy", Any(sal_Int16(0)) },
            { "ShowThousandsSeparator", Any(true) },
            { "StrictFormat", Any(true) },
            { "Spin", Any(true) },
            { "ValueStep", Any(1000.0) } });
    b.add("FixedText", "seed_label", 8, 26, 70, 10, { { "Label", Any(to_ou("Seed:")) } });
    b.add("NumericField", "seed", 84, 24, 70, 12,
          { { "Value", Any(1.0) },
            { "ValueMin", Any(0.0) },
            { "ValueMax", Any(1e8) },
            { "DecimalAccuracy", Any(sal_Int16(0)) },
            { "StrictFormat", Any(true) },
            { "Spin", Any(true) } });
    b.add("FixedText", "seed_note", 8, 40, 212, 10,
          { { "Label", Any(to_ou("The same workbook and seed give the same results, "
                                 "on every run.")) } });
    b.add("GroupBox", "kept", 6, 54, 216, 62,
          { { "Label", Any(to_ou("Every trial's inputs and outputs")) } });
    b.add("RadioButton", "to_sheet", 12, 68, 204, 10,
          { { "Label", Any(to_ou("in a sheet \"Trials\" of this workbook")) },
            { "State", Any(sal_Int16(1)) } });
    b.add("RadioButton", "to_csv", 12, 82, 204, 10,
          { { "Label", Any(to_ou(saved ? "in a CSV file beside it: " + file_name(csv_beside(document_url))
                                       : std::string("in a CSV file beside it (save the workbook "
                                                     "first)"))) },
            { "Enabled", Any(saved) } });
    b.add("RadioButton", "nowhere", 12, 96, 204, 10,
          { { "Label", Any(to_ou("not kept: the report only")) } });
    b.add("Button", "ok", 110, 128, 52, 14,
          { { "Label", Any(to_ou("Simulate")) },
            { "PushButtonType", Any(sal_Int16(css::awt::PushButtonType_OK)) },
            { "DefaultButton", Any(true) } });
    b.add("Button", "cancel", 168, 128, 52, 14,
          { { "Label", Any(to_ou("Cancel")) },
            { "PushButtonType", Any(sal_Int16(css::awt::PushButtonType_CANCEL)) } });
    const Reference<css::awt::XControl> dialog = b.create(frame);
    const sal_Int16 answer = Reference<css::awt::XDialog>(dialog, UNO_QUERY_THROW)->execute();
    std::optional<Options> chosen;
    if (answer == 1)
    {
        Options o;
        double trials = 0, seed = 0;
        control_model(dialog, "trials")->getPropertyValue("Value") >>= trials;
        control_model(dialog, "seed")->getPropertyValue("Value") >>= seed;
        o.trials = static_cast<std::size_t>(trials);
        o.seed = static_cast<std::uint64_t>(seed);
        sal_Int16 state = 0;
        control_model(dialog, "to_sheet")->getPropertyValue("State") >>= state;
        o.trials_sheet = state == 1;
        control_model(dialog, "to_csv")->getPropertyValue("State") >>= state;
        if (state == 1 && saved)
            o.trials_csv = csv_beside(document_url);
        chosen = o;
    }
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    return chosen;
}

// Hears Cancel, and the dialog's close button, which means the same.
class CancelListener
    : public cppu::WeakImplHelper2<css::awt::XActionListener, css::awt::XTopWindowListener>
{
public:
    bool cancelled = false;

    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { cancelled = true; }
    void SAL_CALL windowClosing(const css::lang::EventObject&) override { cancelled = true; }
    void SAL_CALL windowOpened(const css::lang::EventObject&) override {}
    void SAL_CALL windowClosed(const css::lang::EventObject&) override {}
    void SAL_CALL windowMinimized(const css::lang::EventObject&) override {}
    void SAL_CALL windowNormalized(const css::lang::EventObject&) override {}
    void SAL_CALL windowActivated(const css::lang::EventObject&) override {}
    void SAL_CALL windowDeactivated(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

ProgressDialog::ProgressDialog(const Reference<css::uno::XComponentContext>& context,
                               const Reference<css::frame::XFrame>& frame)
    : context_(context), cancel_(new CancelListener)
{
    if (frame.is())
        workbook_window_ = frame->getContainerWindow();
    DialogBuilder b(context, "tokwatt: simulating", 200, 62);
    b.add("FixedText", "status", 8, 8, 184, 10, { { "Label", Any(to_ou("Drawing the inputs")) } });
    b.add("ProgressBar", "bar", 8, 22, 184, 10,
          { { "ProgressValueMin", Any(sal_Int32(0)) }, { "ProgressValueMax", Any(sal_Int32(100)) } });
    b.add("Button", "cancel", 140, 40, 52, 14, { { "Label", Any(to_ou("Cancel")) } });
    dialog_ = b.create(frame);
    Reference<css::awt::XButton>(
        Reference<css::awt::XControlContainer>(dialog_, UNO_QUERY_THROW)->getControl("cancel"),
        UNO_QUERY_THROW)
        ->addActionListener(Reference<css::awt::XActionListener>(cancel_.get()));
    Reference<css::awt::XTopWindow> top(dialog_->getPeer(), UNO_QUERY);
    if (top.is())
        top->addTopWindowListener(Reference<css::awt::XTopWindowListener>(cancel_.get()));
    events_.set(css::awt::Toolkit::create(context), UNO_QUERY);
    Reference<css::awt::XWindow>(dialog_, UNO_QUERY_THROW)->setVisible(true);
    if (workbook_window_.is())
        workbook_window_->setEnable(false);
    dispatch_events();
}

ProgressDialog::~ProgressDialog()
{
    try
    {
        end();
        Reference<css::lang::XComponent>(dialog_, UNO_QUERY_THROW)->dispose();
    }
    catch (...)
    {
        // the office is closing: nothing left to give back. Nothing may leave
        // a destructor: gcc 14 would call terminate through
        // __cxa_call_terminate, a CXXABI_1.3.15 symbol Debian 12 lacks
    }
}

void ProgressDialog::begin(std::size_t trials)
{
    trials_ = trials;
    control_model(dialog_, "bar")->setPropertyValue("ProgressValueMax", Any(sal_Int32(trials)));
    show(0);
}

bool ProgressDialog::carry_on(std::size_t done)
{
    const auto now = std::chrono::steady_clock::now();
    if (now - shown_ >= std::chrono::milliseconds(100) || done == trials_)
        show(done);
    return !cancel_->cancelled;
}

void ProgressDialog::end()
{
    if (workbook_window_.is())
        workbook_window_->setEnable(true);
    Reference<css::awt::XWindow>(dialog_, UNO_QUERY_THROW)->setVisible(false);
}

// XReschedule is marked deprecated, yet it is still the call that
// dispatches the pending events once and returns (a click on Cancel, a
// repaint) without running the office's idle work.
void ProgressDialog::dispatch_events()
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    if (events_.is())
        events_->reschedule();
#pragma GCC diagnostic pop
}

void ProgressDialog::show(std::size_t done)
{
    control_model(dialog_, "bar")->setPropertyValue("ProgressValue", Any(sal_Int32(done)));
    control_model(dialog_, "status")
        ->setPropertyValue("Label", Any(to_ou("Trial " + grouped(done) + " of " + grouped(trials_))));
    dispatch_events();
    shown_ = std::chrono::steady_clock::now();
}
}
