// The function table against the core's table of scalar functions and
// against README: what a function's help says of each argument's domain,
// and the signature README's reference shows, are derived from the tables,
// so they cannot drift from what the code does.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "../readme_text.hxx"
#include "../../addin/function_table.hxx"
#include "../../core/tokwatt.h"

namespace tokwatt_test
{
class TableTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(TableTest);
    CPPUNIT_TEST(help_states_every_domain);
    CPPUNIT_TEST(every_scalar_core_function_is_offered);
    CPPUNIT_TEST(readme_shows_every_signature);
    CPPUNIT_TEST_SUITE_END();

public:
    // A Calc function built on a scalar core function takes its arguments
    // in the core's order, and each argument's help states its domain in
    // the words tw_domain_text gives (">= 0", "> 0", ">= 1").
    void help_states_every_domain()
    {
        for (std::size_t i = 0; i < tokwatt::function_count; ++i)
        {
            const tokwatt::FunctionInfo& f = tokwatt::functions[i];
            if (!f.core)
                continue;
            const tw_function_info* core = tw_function_find(f.core);
            CPPUNIT_ASSERT_MESSAGE(std::string(f.name) + ": no core function " + f.core, core);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(f.name, core->n_args, f.arg_count());
            for (std::size_t a = 0; a < core->n_args; ++a)
            {
                const std::string help = f.args[a].help;
                const std::string domain = tw_domain_text(core->args[a].domain);
                CPPUNIT_ASSERT_MESSAGE(std::string(f.name) + " " + f.args[a].name
                                           + ": help does not say " + domain + ": " + help,
                                       help.find(domain + ".") != std::string::npos
                                           || help.find(domain + " ") != std::string::npos
                                           || help.find(domain + ",") != std::string::npos);
            }
        }
    }

    void every_scalar_core_function_is_offered()
    {
        for (std::size_t c = 0; c < TW_FN_COUNT; ++c)
        {
            bool offered = false;
            for (std::size_t i = 0; i < tokwatt::function_count; ++i)
                offered = offered
                          || (tokwatt::functions[i].core
                              && tw_functions[c].name == std::string(tokwatt::functions[i].core));
            CPPUNIT_ASSERT_MESSAGE(std::string(tw_functions[c].name) + " has no Calc function",
                                   offered);
        }
    }

    // README's reference has a row per function: `NAME(required; [optional])`.
    void readme_shows_every_signature()
    {
        const std::string readme = readme_text();
        for (std::size_t i = 0; i < tokwatt::function_count; ++i)
        {
            const tokwatt::FunctionInfo& f = tokwatt::functions[i];
            std::string signature = std::string("| `") + f.name + "(";
            for (std::size_t a = 0; a < f.arg_count(); ++a)
            {
                const bool optional = f.args[a].kind == tokwatt::ArgKind::Optional;
                signature += std::string(a ? "; " : "") + (optional ? "[" : "") + f.args[a].name
                             + (optional ? "]" : "");
            }
            signature += ")` |";
            CPPUNIT_ASSERT_MESSAGE("README lacks the reference row " + signature,
                                   readme.find(signature) != std::string::npos);
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TableTest);
}
