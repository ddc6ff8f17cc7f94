// End-to-end tests of the add-in in a real headless LibreOffice Calc.
//   calc-tests OXT PROFILE TEMPLATES_DIR
// Installs OXT into a fresh PROFILE the way the Extension Manager does,
// restarts the office, runs every registered suite against it, and checks
// the office is still alive at the end.

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "../run_suites.hxx"
#include "calc_fixture.hxx"

namespace
{
std::unique_ptr<tokwatt::Office> running_office;
std::string templates_dir;
std::string work;
}

tokwatt::Office& tokwatt_test::office() { return *running_office; }
const std::string& tokwatt_test::built_templates_dir() { return templates_dir; }
const std::string& tokwatt_test::work_dir() { return work; }

int main(int argc, char** argv)
{
    if (argc != 4)
    {
        std::cerr << "usage: calc-tests OXT PROFILE TEMPLATES_DIR\n";
        return 2;
    }
    const std::string oxt = argv[1], profile = argv[2];
    templates_dir = argv[3];
    work = profile + "-work";
    try
    {
        // A fresh profile every run: nothing left from an earlier install.
        if (std::system(("rm -rf '" + profile + "' '" + work + "' && mkdir -p '" + work + "'")
                            .c_str())
            != 0)
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

    tokwatt_test::SuiteCounts counts = tokwatt_test::run_registered_suites();

    // After every bad input the suites fed it, the office must still answer.
    const bool alive = running_office->alive();
    if (!alive)
        std::cerr << "calc-tests: the office died during the tests\n";
    running_office.reset();

    // The office's survival counts as one more test.
    counts.run += 1;
    counts.failed += alive ? 0 : 1;
    return tokwatt_test::report("calc", counts);
}
