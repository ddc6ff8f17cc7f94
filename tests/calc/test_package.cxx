// What the Extension Manager shows of the installed extension: its name,
// a description that wraps, both icons, release notes, no publisher link;
// and that it reads the declared minimal LibreOffice version (a copy that
// asks for a LibreOffice that does not exist yet is refused).
#include <cppunit/extensions/HelperMacros.h>

#include <cstdlib>
#include <string>

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>

#include "calc_fixture.hxx"
#include "../../addin/common/strings.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{
Reference<css::deployment::XPackage> installed_package()
{
    const auto& context = office().context();
    auto manager = css::deployment::ExtensionManager::get(context);
    for (const auto& package : manager->getDeployedExtensions(
             "user", Reference<css::task::XAbortChannel>(),
             Reference<css::ucb::XCommandEnvironment>()))
    {
        const auto id = package.is() ? package->getIdentifier() : css::beans::Optional<OUString>();
        if (id.IsPresent && to_utf8(id.Value) == TW_EXTENSION_ID)
            return package;
    }
    CPPUNIT_FAIL("the extension is not in the user repository");
}

// The whole content of a file the office can read (file:, vnd.sun.star.expand:).
std::string read_url(const OUString& url)
{
    auto files = css::ucb::SimpleFileAccess::create(office().context());
    auto in = files->openFileRead(url);
    std::string text;
    Sequence<sal_Int8> bytes;
    while (in->readBytes(bytes, 4096) > 0)
        text.append(reinterpret_cast<const char*>(bytes.getConstArray()), bytes.getLength());
    in->closeInput();
    return text;
}

// A graphic's size in pixels.
css::awt::Size pixels(const Reference<css::graphic::XGraphic>& graphic)
{
    Reference<css::beans::XPropertySet> props(graphic, css::uno::UNO_QUERY_THROW);
    return props->getPropertyValue("SizePixel").get<css::awt::Size>();
}

std::string parent(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}
}

class PackageTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(PackageTest);
    CPPUNIT_TEST(extension_manager_entry);
    CPPUNIT_TEST(description_wraps);
    CPPUNIT_TEST(icons);
    CPPUNIT_TEST(release_notes);
    CPPUNIT_TEST(minimal_version_is_read);
    CPPUNIT_TEST_SUITE_END();

public:
    void extension_manager_entry()
    {
        const auto package = installed_package();
        CPPUNIT_ASSERT_EQUAL(std::string("tokwatt: the arithmetic of AI energy"),
                             to_utf8(package->getDisplayName()));
        CPPUNIT_ASSERT_EQUAL(std::string(TW_VERSION), to_utf8(package->getVersion()));
        // A publisher without a link: there is no web site to point at.
        const css::beans::StringPair publisher = package->getPublisherInfo();
        CPPUNIT_ASSERT_EQUAL(std::string("The tokwatt project"), to_utf8(publisher.First));
        CPPUNIT_ASSERT_EQUAL(std::string(), to_utf8(publisher.Second));
    }

    // The Extension Manager breaks lines where the text does: one line per
    // paragraph, so each non-empty line ends a sentence.
    void description_wraps()
    {
        const std::string text = to_utf8(installed_package()->getDescription());
        CPPUNIT_ASSERT_MESSAGE(text, text.find("Calc functions for the arithmetic of AI energy")
                                         == 0);
        std::size_t start = 0, paragraphs = 0;
        while (start <= text.size())
        {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos)
                end = text.size();
            const std::string line = text.substr(start, end - start);
            if (!line.empty())
            {
                ++paragraphs;
                CPPUNIT_ASSERT_MESSAGE("a line broken inside a paragraph: " + line,
                                       line.back() == '.');
            }
            start = end + 1;
        }
        CPPUNIT_ASSERT(paragraphs >= 2);
    }

    // The icons the Extension Manager shows, in its normal and its
    // high-contrast look: 42x42 pixels, as it expects.
    void icons()
    {
        const auto package = installed_package();
        for (const bool high_contrast : { false, true })
        {
            const auto icon = package->getIcon(high_contrast);
            CPPUNIT_ASSERT_MESSAGE(high_contrast ? "high-contrast icon" : "icon", icon.is());
            const css::awt::Size size = pixels(icon);
            CPPUNIT_ASSERT_EQUAL(sal_Int32(42), size.Width);
            CPPUNIT_ASSERT_EQUAL(sal_Int32(42), size.Height);
        }
    }

    // Release notes shipped in the package, naming this version. The
    // office shows them in its update dialog (no XPackage call reads them):
    // description.xml must point at a file that is there once installed.
    void release_notes()
    {
        const OUString root = installed_package()->getURL();
        const std::string description = read_url(root + "/description.xml");
        const std::string href = "<src xlink:href=\"release-notes-en.txt\" lang=\"en\"/>";
        const auto notes_element = description.find("<release-notes>");
        CPPUNIT_ASSERT_MESSAGE(description, notes_element != std::string::npos
                                                && description.find(href) > notes_element
                                                && description.find(href) != std::string::npos);
        const std::string notes = read_url(root + "/release-notes-en.txt");
        CPPUNIT_ASSERT_MESSAGE(notes, notes.find("tokwatt " TW_VERSION "\n") == 0);
        CPPUNIT_ASSERT_MESSAGE(notes, notes.find("LibreOffice 7.4") != std::string::npos);
    }

    // The office installed the real package, so it read its dependency as
    // satisfied; a copy declaring LibreOffice 99.0 must be refused, or the
    // declaration would be ignored rather than checked. The real package
    // then installs into the same profile: the refusal was the version's.
    void minimal_version_is_read()
    {
        const std::string oxt = parent(parent(built_templates_dir())) + "/tokwatt-addin.oxt";
        const std::string dir = work_dir() + "/future";
        const std::string future = dir + "/future.oxt";
        const std::string make_copy
            = "src=$(realpath '" + oxt + "') && rm -rf '" + dir + "' && mkdir -p '" + dir
              + "/pkg' && cd '" + dir + "/pkg' && unzip -q \"$src\""
              + " && grep -q 'LibreOffice-minimal-version value=\"7.4\"' description.xml"
              + " && sed -i 's/LibreOffice-minimal-version value=\"7.4\"/"
                "LibreOffice-minimal-version value=\"99.0\"/' description.xml"
              + " && zip -q -X -r ../future.oxt .";
        CPPUNIT_ASSERT_MESSAGE(make_copy, std::system(make_copy.c_str()) == 0);

        Office other(work_dir() + "/future-profile");
        try
        {
            other.install_extension(future);
        }
        catch (const css::uno::Exception&)
        {
            // DeploymentException: unsatisfied dependencies
        }
        CPPUNIT_ASSERT_MESSAGE("a package for LibreOffice 99.0 was installed",
                               !other.extension_enabled(TW_EXTENSION_ID));
        other.install_extension(oxt);
        CPPUNIT_ASSERT_MESSAGE("the package itself did not install",
                               other.extension_enabled(TW_EXTENSION_ID));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PackageTest);
}
