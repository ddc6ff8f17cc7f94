// The extension's help as the office sees it: the .oxt's help tree is in
// the installed extension (a page per function naming every argument, the
// Contents tree listing each page), the Extension Manager registered the
// help item, and the office's help provider knows each page. Page text is
// never rendered here: LibreOffice 7.4 without its help package has no
// main_transform.xsl and aborts when asked for an extension page's HTML.
#include <cppunit/extensions/HelperMacros.h>

#include <fstream>
#include <sstream>

#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/deployment/XPackageTypeInfo.hpp>
#include <com/sun/star/sdbc/XRow.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ucb/Command.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XCommandProcessor.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <osl/file.hxx>

#include "../../addin/common/strings.hxx"
#include "../../addin/function_table.hxx"
#include "calc_fixture.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{
const std::string help_dir = "/help/en-US/";
const std::string pages = std::string(TW_EXTENSION_ID) + "/";

std::string read_file(const std::string& path)
{
    std::ifstream file(path);
    CPPUNIT_ASSERT_MESSAGE("missing " + path, file.good());
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string xml(const std::string& text)
{
    std::string out;
    for (char c : text)
        out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;"
                                                                           : std::string(1, c);
    return out;
}
}

class HelpTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(HelpTest);
    CPPUNIT_TEST(every_function_has_a_page_naming_every_argument);
    CPPUNIT_TEST(the_extension_manager_registered_the_help);
    CPPUNIT_TEST(the_help_provider_knows_every_page);
    CPPUNIT_TEST_SUITE_END();

    // The installed extension's folder: the .oxt's files as the office
    // unpacked them.
    std::string extension_dir()
    {
        const OUString url = css::deployment::PackageInformationProvider::get(office().context())
                                 ->getPackageLocation(to_ou(TW_EXTENSION_ID));
        OUString path;
        CPPUNIT_ASSERT_MESSAGE("no installed location of " TW_EXTENSION_ID,
                               !url.isEmpty()
                                   && osl::FileBase::getSystemPathFromFileURL(url, path)
                                          == osl::FileBase::E_None);
        return to_utf8(path);
    }

public:
    void every_function_has_a_page_naming_every_argument()
    {
        const std::string dir = extension_dir() + help_dir;
        const std::string tree = read_file(dir + "help.tree");
        const std::string index = read_file(dir + pages + "index.xhp");
        CPPUNIT_ASSERT(tree.find("scalc/" + pages + "index.xhp") != std::string::npos);
        for (std::size_t i = 0; i < function_count; ++i)
        {
            const FunctionInfo& f = functions[i];
            const std::string file = std::string(f.name) + ".xhp";
            const std::string page = read_file(dir + pages + file);
            CPPUNIT_ASSERT_MESSAGE(file + " is not in help.tree",
                                   tree.find("\"scalc/" + pages + file + "\"") != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + " is not linked from index.xhp",
                                   index.find("\"" + pages + file + "\"") != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + " does not name itself",
                                   page.find("<filename>/" + pages + file + "</filename>")
                                       != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + " does not hold the function's help",
                                   page.find(">" + xml(f.help) + "<") != std::string::npos);
            for (std::size_t a = 0; a < f.arg_count(); ++a)
            {
                const std::string arg = "<emph>" + xml(f.args[a].name) + "</emph>";
                CPPUNIT_ASSERT_MESSAGE(file + " does not name " + f.args[a].name,
                                       page.find(arg) != std::string::npos);
                CPPUNIT_ASSERT_MESSAGE(file + " does not hold the help of " + f.args[a].name,
                                       page.find(xml(f.args[a].help)) != std::string::npos);
            }
        }
    }

    // The bundle's help item (media type application/vnd.sun.star.help)
    // is registered: the help backend compiled it into the profile.
    void the_extension_manager_registered_the_help()
    {
        auto manager = css::deployment::ExtensionManager::get(office().context());
        const Reference<css::ucb::XCommandEnvironment> no_environment;
        bool found = false;
        for (const auto& per_repository :
             manager->getAllExtensions(Reference<css::task::XAbortChannel>(), no_environment))
            for (const auto& package : per_repository)
            {
                if (!package.is() || !package->getIdentifier().IsPresent
                    || to_utf8(package->getIdentifier().Value) != TW_EXTENSION_ID)
                    continue;
                for (const auto& item :
                     package->getBundle(Reference<css::task::XAbortChannel>(), no_environment))
                {
                    if (to_utf8(item->getPackageType()->getMediaType())
                            .rfind("application/vnd.sun.star.help", 0)
                        != 0)
                        continue;
                    const auto registered = item->isRegistered(
                        Reference<css::task::XAbortChannel>(), no_environment);
                    CPPUNIT_ASSERT_MESSAGE("the help item is not registered",
                                           registered.IsPresent && !registered.Value.IsAmbiguous
                                               && registered.Value.Value);
                    found = true;
                }
            }
        CPPUNIT_ASSERT_MESSAGE("the installed extension has no help item", found);
    }

    // What the office's Help button asks before it shows a page: whether
    // the help provider has it (IsErrorDocument false). Every page has to
    // be found in the compiled extension help; a page that is not there
    // must not be.
    void the_help_provider_knows_every_page()
    {
        const auto& context = office().context();
        auto broker = css::ucb::UniversalContentBroker::create(context);
        auto is_error_document = [&](const std::string& page) {
            const OUString url = to_ou("vnd.sun.star.help://scalc/" + std::string(TW_EXTENSION_ID)
                                       + "%2F" + page + "?Language=en-US&System=UNIX");
            Reference<css::ucb::XCommandProcessor> content(
                broker->queryContent(broker->createContentIdentifier(url)),
                css::uno::UNO_QUERY_THROW);
            css::beans::Property property;
            property.Name = "IsErrorDocument";
            property.Handle = -1;
            css::ucb::Command command;
            command.Name = "getPropertyValues";
            command.Handle = -1;
            command.Argument <<= Sequence<css::beans::Property>(&property, 1);
            Reference<css::sdbc::XRow> row(
                content->execute(command, 0, Reference<css::ucb::XCommandEnvironment>()),
                css::uno::UNO_QUERY_THROW);
            return static_cast<bool>(row->getBoolean(1));
        };
        CPPUNIT_ASSERT_MESSAGE("a page that does not exist is found",
                               is_error_document("NOSUCHFUNCTION.xhp"));
        CPPUNIT_ASSERT_MESSAGE("index.xhp is not in the office's help",
                               !is_error_document("index.xhp"));
        for (std::size_t i = 0; i < function_count; ++i)
            CPPUNIT_ASSERT_MESSAGE(std::string(functions[i].name)
                                       + ".xhp is not in the office's help",
                                   !is_error_document(std::string(functions[i].name) + ".xhp"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(HelpTest);
}
