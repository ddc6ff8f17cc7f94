#include "simulation_job.hxx"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/XJob.hpp>

#include "../addin/simulate/service.hxx"

namespace tokwatt
{
css::uno::Any run_simulation_job(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const std::vector<css::beans::NamedValue>& arguments)
{
    css::uno::Reference<css::task::XJob> job(
        context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii(simulate::job_service_name), context),
        css::uno::UNO_QUERY_THROW);
    return job->execute(css::uno::Sequence<css::beans::NamedValue>(
        arguments.data(), static_cast<sal_Int32>(arguments.size())));
}
}
