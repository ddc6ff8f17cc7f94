// Tools > Add-Ons > tokwatt > Save portable copy...: asks where to save
// (.ods or .xlsx), writes the portable copy of the current workbook there
// (portable/copy.hxx) and says what it did. A dispatch argument "URL"
// (a file URL) saves there without a dialog or a message: that is how
// scripts and the tests drive the menu entry headless.
#include "menu.hxx"

#include <exception>
#include <string>

#include <osl/file.hxx>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>

#include "copy.hxx"
#include "../common/protocol_handler.hxx"
#include "../common/strings.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt::portable
{
namespace
{
const char* const ods_filter = "ODF Spreadsheet (.ods)";
const char* const xlsx_filter = "Excel 2007-365 (.xlsx)";

OUString ascii(const char* s) { return OUString::createFromAscii(s); }

class MenuHandler : public ProtocolHandler
{
public:
    explicit MenuHandler(const Reference<css::uno::XComponentContext>& context)
        : ProtocolHandler(context, (std::string(menu_protocol) + menu_command).c_str(),
                          menu_implementation_name, menu_handler_services())
    {
    }

private:
    void run(const Sequence<css::beans::PropertyValue>& arguments,
             const Reference<css::frame::XDispatchResultListener>& listener) override
    {
        OUString target;
        for (const auto& argument : arguments)
            if (argument.Name == "URL")
                argument.Value >>= target;
        const bool interactive = target.isEmpty();
        css::frame::DispatchResultEvent result;
        result.Source = static_cast<cppu::OWeakObject*>(this);
        result.State = css::frame::DispatchResultState::FAILURE;
        try
        {
            const Reference<css::frame::XModel> document = current_document();
            if (interactive)
                target = ask_target(document);
            if (!target.isEmpty())
            {
                if (!document->getURL().isEmpty() && target == document->getURL())
                    throw std::runtime_error("The portable copy cannot replace the workbook "
                                             "itself: choose another name.");
                const CopyReport report = save_portable_copy(
                    context_, Reference<css::lang::XComponent>(document.get()), target);
                const std::string text = summary(report);
                result.State = css::frame::DispatchResultState::SUCCESS;
                result.Result <<= to_ou(text);
                if (interactive)
                {
                    OUString path;
                    if (osl::FileBase::getSystemPathFromFileURL(target, path)
                        != osl::FileBase::E_None)
                        path = target;
                    tell(css::awt::MessageBoxType_INFOBOX,
                         "Portable copy saved as "
                             + std::string(rtl::OUStringToOString(path, RTL_TEXTENCODING_UTF8).getStr())
                             + "\n\n" + text);
                }
            }
            else
                result.State = css::frame::DispatchResultState::DONTKNOW; // cancelled
        }
        catch (const css::uno::Exception& e)
        {
            result.Result <<= e.Message;
        }
        catch (const std::exception& e)
        {
            result.Result <<= to_ou(e.what());
        }
        if (result.State == css::frame::DispatchResultState::FAILURE && interactive)
            tell(css::awt::MessageBoxType_ERRORBOX,
                 "The portable copy could not be saved: " + to_utf8(result.Result));
        if (listener.is())
            listener->dispatchFinished(result);
        else if (result.State == css::frame::DispatchResultState::FAILURE)
            throw css::uno::RuntimeException(result.Result.get<OUString>());
    }

    Reference<css::frame::XModel> current_document() const
    {
        if (!frame_.is() || !frame_->getController().is())
            throw std::runtime_error("no workbook is open in this window");
        Reference<css::frame::XModel> model = frame_->getController()->getModel();
        if (!Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY).is())
            throw std::runtime_error("the portable copy is made of a Calc workbook");
        return model;
    }

    // The save dialog: .ods or .xlsx, next to the workbook, named after it.
    OUString ask_target(const Reference<css::frame::XModel>& document) const
    {
        namespace dialogs = css::ui::dialogs;
        auto picker = dialogs::FilePicker::createWithMode(
            context_, dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
        picker->setTitle("Save a portable copy (no add-in needed)");
        picker->appendFilter(ascii(ods_filter), "*.ods");
        picker->appendFilter(ascii(xlsx_filter), "*.xlsx");
        picker->setCurrentFilter(ascii(ods_filter));
        Reference<dialogs::XFilePickerControlAccess> controls(picker, UNO_QUERY);
        if (controls.is())
            controls->setValue(dialogs::ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                               Any(true));
        OUString name = "workbook";
        Reference<css::frame::XTitle> title(document, UNO_QUERY);
        if (title.is())
            name = title->getTitle();
        const sal_Int32 dot = name.lastIndexOf('.');
        picker->setDefaultName((dot > 0 ? name.copy(0, dot) : name) + "-portable");
        const OUString url = document->getURL();
        if (!url.isEmpty())
            picker->setDisplayDirectory(url.copy(0, url.lastIndexOf('/')));
        if (picker->execute() != dialogs::ExecutableDialogResults::OK)
            return OUString();
        const auto files = picker->getSelectedFiles();
        if (files.getLength() == 0)
            return OUString();
        OUString target = files[0];
        const OUString lower = target.toAsciiLowerCase();
        if (!lower.endsWith(".ods") && !lower.endsWith(".xlsx"))
            target += picker->getCurrentFilter() == ascii(xlsx_filter) ? OUString(".xlsx")
                                                                        : OUString(".ods");
        return target;
    }

    static std::string to_utf8(const Any& value)
    {
        const rtl::OString s = rtl::OUStringToOString(value.get<OUString>(), RTL_TEXTENCODING_UTF8);
        return std::string(s.getStr(), static_cast<std::size_t>(s.getLength()));
    }

};
}

Reference<css::uno::XInterface> SAL_CALL
create_menu_handler(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new MenuHandler(context));
}

OUString SAL_CALL menu_handler_implementation() { return ascii(menu_implementation_name); }

Sequence<OUString> SAL_CALL menu_handler_services()
{
    Sequence<OUString> names(2);
    names[0] = ascii(menu_service_name);
    names[1] = "com.sun.star.frame.ProtocolHandler";
    return names;
}
}
