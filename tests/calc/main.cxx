// End-to-end tests of the add-in in a real headless LibreOffice Calc.
//   calc-tests OXT PROFILE TEMPLATES_DIR
// Installs OXT into a fresh PROFILE the way the Extension Manager does,
// restarts the office, runs every registered suite against it, and checks
// the office is still alive at the end.
#include <cppunit/CompilerOutputter.h>
#include <cppunit/TestResult.h>
#include <cppunit/TestResultCollector.h>
#include <cppunit/TestRunner.h>
#include <cppunit/TextTestProgressListener.h>
#include <cppunit/extensions/TestFactoryRegistry.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "calc_fixture.hxx"

namespace
{
std::unique_ptr<tokwatt::Office> running_office;
std::string templates_dir;
}

tokwatt::Office& tokwatt_test::office() { return *running_office; }
const std::string& tokwatt_test::built_templates_dir() { return templates_dir; }

int main(int argc, char** argv)
{
    if (argc != 4)
    {
        std::cerr << "usage: calc-tests OXT PROFILE TEMPLATES_DIR\n";
        return 2;
    }
    const std::string oxt = argv[1], profile = argv[2];
    templates_dir = argv[3];
    try
    {
        // A fresh profile every run: nothing left from an earlier install.
        if (std::system(("rm -rf '" + profile + "'").c_str()) != 0)
            throw std::runtime_error("cannot remove " + profile);
        tokwatt::prepare_profile(profile, oxt, TW_EXTENSION_ID);
        running_office = std::make_unique<tokwatt::Office>(profile);
    }
    catch (const std::exception& e)
    {
        std::cerr << "calc-tests: cannot set up the office: " << e.what() << "\n";
        return 1;
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "calc-tests: cannot set up the office: "
                  << rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr() << "\n";
        return 1;
    }

    CppUnit::TestResult controller;
    CppUnit::TestResultCollector result;
    controller.addListener(&result);
    CppUnit::TextTestProgressListener progress;
    controller.addListener(&progress);
    CppUnit::TestRunner runner;
    runner.addTest(CppUnit::TestFactoryRegistry::getRegistry().makeTest());
    runner.run(controller);
    CppUnit::CompilerOutputter(&result, std::cerr).write();

    // After every bad input the suites fed it, the office must still answer.
    const bool alive = running_office->alive();
    if (!alive)
        std::cerr << "calc-tests: the office died during the tests\n";
    running_office.reset();

    const int failed = result.testFailuresTotal() + (alive ? 0 : 1);
    std::cout << "calc: " << result.runTests() + 1 - failed << " passed, " << failed
              << " failed" << std::endl;
    return failed ? 1 : 0;
}
