// README lists the preset catalog: every row of the core's table must
// appear there with its value and date, so the two cannot drift apart.
#include <cppunit/extensions/HelperMacros.h>

#include <cstdio>
#include <string>

#include "../readme_text.hxx"
#include "../../core/tokwatt.h"

namespace tokwatt_test
{
class ReadmeTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(ReadmeTest);
    CPPUNIT_TEST(lists_every_catalog_row);
    CPPUNIT_TEST_SUITE_END();

public:
    void lists_every_catalog_row()
    {
        const std::string readme = readme_text();

        CPPUNIT_ASSERT(tw_catalog_count() > 0);
        for (std::size_t i = 0; i < tw_catalog_count(); ++i)
        {
            const tw_preset* e;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_catalog_entry(i, &e));
            char value[64];
            std::snprintf(value, sizeof value, "%.6g%s%s", e->value, *e->unit ? " " : "",
                          e->unit);
            const std::string row = std::string("| `") + e->name + "` | " + e->field + " | "
                                    + value + " | " + e->as_of + " | " + e->source + " |";
            CPPUNIT_ASSERT_MESSAGE("README lacks the catalog row " + row,
                                   readme.find(row) != std::string::npos);
        }
        CPPUNIT_ASSERT_MESSAGE("README names the catalog version",
                               readme.find(std::string("is ") + tw_catalog_version + ".")
                                   != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ReadmeTest);
}
