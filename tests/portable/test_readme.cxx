// The README's section "Sharing with people who do not have the add-in"
// lists what each function becomes: one row per function, read from the
// rewriter's table, so the two cannot drift apart.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "../readme_text.hxx"
#include "../../addin/function_table.hxx"
#include "../../addin/portable/rewrite.hxx"

namespace tokwatt_test
{
class PortableReadmeTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(PortableReadmeTest);
    CPPUNIT_TEST(lists_every_native_form);
    CPPUNIT_TEST_SUITE_END();

public:
    void lists_every_native_form()
    {
        const std::string readme = readme_text();
        CPPUNIT_ASSERT(readme.find("## Sharing with people who do not have the add-in")
                       != std::string::npos);
        for (std::size_t i = 0; i < tokwatt::function_count; ++i)
        {
            const char* name = tokwatt::functions[i].name;
            const std::string row = std::string("| `") + name + "` | "
                                    + tokwatt::portable::native_form(name) + " |";
            CPPUNIT_ASSERT_MESSAGE("README lacks the row " + row,
                                   readme.find(row) != std::string::npos);
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PortableReadmeTest);
}
