// Runs every registered cppunit suite, printing progress and failures;
// shared by the test programs (core, portable, calc).
#pragma once

#include <cppunit/CompilerOutputter.h>
#include <cppunit/TestResult.h>
#include <cppunit/TestResultCollector.h>
#include <cppunit/TextTestProgressListener.h>
#include <cppunit/TestRunner.h>
#include <cppunit/extensions/TestFactoryRegistry.h>

#include <cstdlib>
#include <iostream>

namespace tokwatt_test
{
struct SuiteCounts
{
    int run;
    int failed;
};

inline SuiteCounts run_registered_suites()
{
    CppUnit::TestResult controller;
    CppUnit::TestResultCollector result;
    controller.addListener(&result);
    CppUnit::TextTestProgressListener progress;
    controller.addListener(&progress);
    CppUnit::TestRunner runner;
    CppUnit::Test* all = CppUnit::TestFactoryRegistry::getRegistry().makeTest();
    // TW_TESTS=Name runs only the suites whose name holds Name, while working
    // on one of them; make check never sets it.
    const char* only = std::getenv("TW_TESTS");
    if (!only)
        runner.addTest(all);
    else
        for (int i = 0; i < all->getChildTestCount(); ++i)
            if (all->getChildTestAt(i)->getName().find(only) != std::string::npos)
                runner.addTest(all->getChildTestAt(i));
    runner.run(controller);
    CppUnit::CompilerOutputter(&result, std::cerr).write();
    return { result.runTests(), result.testFailuresTotal() };
}

// The closing line CI reads: "<label>: N passed, N failed".
inline int report(const char* label, SuiteCounts counts)
{
    std::cout << label << ": " << counts.run - counts.failed << " passed, " << counts.failed
              << " failed" << std::endl;
    return counts.failed ? 1 : 0;
}
}
