// How the simulation is reached, in the office's own process (a loop of
// recalculations must not cross a pipe):
//   - the UNO service org.tokwatt.Simulation (css::task::XJob), which
//     make simulate (tools/tokwatt-office) and the tests create in the
//     office and call once: execute() takes the named values
//       Document     the workbook to simulate (css::lang::XComponent)
//       OutURL       where to store the copy with the report (a file URL);
//                    without it the report goes into Document itself
//       Trials       number of trials (default 10,000)
//       Seed         the generator's seed (default 1)
//       TrialsSheet  whether to write the "Trials" sheet (default true)
//       TrialsCSV    a file URL: every trial also written there as CSV
//       Progress     a css::task::XStatusIndicator to report to
//       OneCellAtATime, RecalculateAll, CallSimOutput  make bench's
//                    comparisons (booleans, default false): each input set
//                    and each output read by its own XCell call;
//                    calculateAll() in each trial; SIMOUTPUT called in each
//                    trial
//     and returns the run's summary text; a bad workbook is an
//     IllegalArgumentException saying what is wrong where;
//   - the menu entry Tools > Add-Ons > tokwatt > Simulate..., the URL
//     org.tokwatt.simulate:Run (addin/package/Addons.xcu), which asks for
//     the settings (dialogs.hxx), simulates the open workbook with a
//     progress dialog whose Cancel stops the run (nothing is written
//     then), and writes the report into it when the run has finished.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace tokwatt::simulate
{
constexpr const char* job_service_name = "org.tokwatt.Simulation";
constexpr const char* job_implementation_name = "org.tokwatt.SimulationImpl";
constexpr const char* menu_url = "org.tokwatt.simulate:Run";
constexpr const char* menu_implementation_name = "org.tokwatt.SimulateMenuImpl";
constexpr const char* menu_service_name = "org.tokwatt.SimulateMenu";

// The component factory's entry points (cppu::ImplementationEntry).
css::uno::Reference<css::uno::XInterface> SAL_CALL
create_job(const css::uno::Reference<css::uno::XComponentContext>& context);
rtl::OUString SAL_CALL job_implementation();
css::uno::Sequence<rtl::OUString> SAL_CALL job_services();

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_menu(const css::uno::Reference<css::uno::XComponentContext>& context);
rtl::OUString SAL_CALL menu_implementation();
css::uno::Sequence<rtl::OUString> SAL_CALL menu_services();
}
