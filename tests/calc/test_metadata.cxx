// What Calc learns about the add-in: every function of the table in the
// Function Wizard with its help and arguments, and the stored formula names
// (a file format) surviving a save and reload.
#include <cppunit/extensions/HelperMacros.h>

#include <cstdio>
#include <memory>
#include <type_traits>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/sheet/FunctionCategory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "../../addin/function_table.hxx"
#include "calc_fixture.hxx"
#include "../../addin/common/strings.hxx"

using namespace tokwatt;
using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{

template <class T> T property(const Sequence<css::beans::PropertyValue>& props, const char* name)
{
    for (const auto& p : props)
        if (p.Name.equalsAscii(name))
        {
            if constexpr (std::is_same_v<T, Any>)
                return p.Value;
            else
                return p.Value.get<T>();
        }
    CPPUNIT_FAIL(std::string("no property ") + name);
}

}

class MetadataTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(MetadataTest);
    CPPUNIT_TEST(function_wizard_shows_every_function);
    CPPUNIT_TEST(stored_names_survive_save_and_reload);
    CPPUNIT_TEST_SUITE_END();

public:
    void function_wizard_shows_every_function()
    {
        const auto& context = office().context();
        css::uno::Reference<css::container::XNameAccess> descriptions(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.sheet.FunctionDescriptions", context),
            css::uno::UNO_QUERY_THROW);
        for (std::size_t i = 0; i < function_count; ++i)
        {
            const FunctionInfo& f = functions[i];
            CPPUNIT_ASSERT_MESSAGE(f.name, descriptions->hasByName(OUString::createFromAscii(f.name)));
            const auto props = descriptions->getByName(OUString::createFromAscii(f.name))
                                   .get<Sequence<css::beans::PropertyValue>>();
            CPPUNIT_ASSERT_EQUAL(std::string(f.help),
                                 to_utf8(property<OUString>(props, "Description")));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(f.name, sal_Int32(css::sheet::FunctionCategory::ADDIN),
                                         property<sal_Int32>(props, "Category"));
            // A function without arguments has none: the property is void.
            const auto args
                = property<Any>(props, "Arguments").hasValue()
                      ? property<Sequence<css::sheet::FunctionArgument>>(props, "Arguments")
                      : Sequence<css::sheet::FunctionArgument>();
            CPPUNIT_ASSERT_EQUAL_MESSAGE(f.name, static_cast<sal_Int32>(f.arg_count()),
                                         args.getLength());
            for (sal_Int32 a = 0; a < args.getLength(); ++a)
            {
                const ArgInfo& want = f.args[a];
                const std::string what = std::string(f.name) + " " + want.name;
                CPPUNIT_ASSERT_EQUAL_MESSAGE(what, std::string(want.name), to_utf8(args[a].Name));
                CPPUNIT_ASSERT_EQUAL_MESSAGE(what, std::string(want.help),
                                             to_utf8(args[a].Description));
                CPPUNIT_ASSERT_EQUAL_MESSAGE(what, want.kind == ArgKind::Optional,
                                             static_cast<bool>(args[a].IsOptional));
                CPPUNIT_ASSERT_MESSAGE(what + ": help text", std::string(want.help).size() >= 10);
            }
        }
    }

    // ODF stores SERVICE.METHOD: the names README documents as a file format.
    void stored_names_survive_save_and_reload()
    {
        const std::string path = "build/test-stored-names.ods";
        for (std::size_t i = 0; i < function_count; ++i)
            sheet().set("A" + std::to_string(i + 1), "=ISERROR(" + std::string(functions[i].name)
                                                         + "())");
        sheet().set("B1", "=EEFF(ETOK())");
        sheet().recalculate();
        const double before = sheet().value("B1");
        save_as(document(), path);

        const std::string content = command_output("unzip -p '" + path + "' content.xml");
        for (std::size_t i = 0; i < function_count; ++i)
        {
            const std::string stored = std::string("ORG.TOKWATT.CALCFUNCTIONS.") + functions[i].name + "(";
            CPPUNIT_ASSERT_MESSAGE(stored, content.find(stored) != std::string::npos);
        }

        auto reloaded = office().load(path);
        Sheet again(reloaded);
        again.recalculate();
        CPPUNIT_ASSERT_EQUAL(0, again.error("B1"));
        CPPUNIT_ASSERT_EQUAL(before, again.value("B1"));
        // The API reads formulas back in their stored, programmatic form.
        CPPUNIT_ASSERT_EQUAL(
            std::string("=ORG.TOKWATT.CALCFUNCTIONS.EEFF(ORG.TOKWATT.CALCFUNCTIONS.ETOK())"),
            again.formula("B1"));
        close(reloaded);
        std::remove(path.c_str());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MetadataTest);
}
