// The add-in's simulation job (addin/simulate/service.hxx names its
// service and its arguments), called once in the office as make simulate,
// the uncertainty template, the tests and the bench call it.
#pragma once

#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace tokwatt
{
// Runs the job with these named arguments and returns its result (the
// run's summary text); a workbook it refuses throws the job's
// css::lang::IllegalArgumentException.
css::uno::Any run_simulation_job(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const std::vector<css::beans::NamedValue>& arguments);
}
