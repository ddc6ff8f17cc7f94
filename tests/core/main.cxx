// Runs every registered cppunit suite of the core and prints the summary.
#include "../run_suites.hxx"

int main() { return tokwatt_test::report("core", tokwatt_test::run_registered_suites()); }
