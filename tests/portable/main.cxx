// Runs every registered cppunit suite of the portable rewriter (no office)
// and prints the summary.
#include "../run_suites.hxx"

int main() { return tokwatt_test::report("portable", tokwatt_test::run_registered_suites()); }
