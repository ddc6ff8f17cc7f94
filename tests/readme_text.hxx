// README.md as the tests that hold it against the code's tables read it
// (make check runs from the top folder).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <cppunit/extensions/HelperMacros.h>

namespace tokwatt_test
{
inline std::string readme_text()
{
    std::ifstream file("README.md");
    CPPUNIT_ASSERT_MESSAGE("README.md not found", file.good());
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}
}
